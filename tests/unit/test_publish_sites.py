"""sites.json: add/list/update/remove with validation, never a secret in it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor_app.core.publishing.base import SiteConfig
from editor_app.core.publishing.registry import UnknownSiteType, site_types
from editor_app.core.publishing.sites import SiteConfigError, SiteStore, normalize_url


def test_add_list_update_remove(tmp_path: Path) -> None:
    store = SiteStore(tmp_path / "sites.json")
    store.add(SiteConfig("Blog", "wordpress", "Example.com/blog/", "anna"))
    store.add(SiteConfig("News", "ghost", "https://news.example"))
    assert [(s.name, s.kind, s.url) for s in SiteStore(tmp_path / "sites.json").list()] == [
        ("Blog", "wordpress", "https://example.com/blog"),
        ("News", "ghost", "https://news.example"),
    ]
    with pytest.raises(SiteConfigError, match="already exists"):
        store.add(SiteConfig("blog", "ghost", "https://x.example"))
    store.update("Blog", SiteConfig("Blog 2", "wordpress", "https://example.com/blog", "anna", max_image_px=1600))
    assert store.get("blog 2").max_image_px == 1600
    store.remove("News")
    assert [s.name for s in store.list()] == ["Blog 2"]
    data = json.loads((tmp_path / "sites.json").read_text())
    assert set(data["sites"][0]) <= {"name", "type", "url", "user", "max_image_px", "verify_tls"}


def test_validation_messages(tmp_path: Path) -> None:
    store = SiteStore(tmp_path / "sites.json")
    with pytest.raises(SiteConfigError, match="user name"):
        store.add(SiteConfig("Blog", "wordpress", "https://example.com", ""))
    with pytest.raises(UnknownSiteType, match="wordpress"):
        store.add(SiteConfig("Blog", "medium", "https://example.com"))
    with pytest.raises(SiteConfigError, match="not a web address"):
        normalize_url("ftp://example.com")
    with pytest.raises(SiteConfigError, match="There is no site called"):
        store.get("nope")


def test_registry_lists_both_backends_with_labels() -> None:
    types = {t.kind: t for t in site_types()}
    assert set(types) == {"wordpress", "ghost"}
    assert types["wordpress"].needs_user and types["wordpress"].secret_label == "Application Password"
    assert types["wordpress"].validate_secret("abcd EFGH 1234 ijkl MNOP 5678") is None
    assert "login password" in (types["wordpress"].validate_secret("hunter2") or "")
