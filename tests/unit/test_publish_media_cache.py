"""The media cache persists per site across instances (restarts) and never mixes sites."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.publishing.base import MediaItem, SiteConfig
from editor_app.core.publishing.media_cache import MediaCache


def test_cache_survives_restart_and_is_per_site(tmp_path: Path) -> None:
    path = tmp_path / "media.json"
    a = SiteConfig("A", "wordpress", "https://a.example", "u")
    b = SiteConfig("B", "wordpress", "https://b.example", "u")
    item = MediaItem("7", "https://a.example/wp-content/uploads/x.jpg", "out-hash")
    MediaCache(path).store(a, item, source_key="src-hash")

    again = MediaCache(path)  # a new process
    assert again.lookup(a, source_key="src-hash") == item
    assert again.lookup(a, content_hash="out-hash") == item
    assert again.lookup(b, source_key="src-hash") is None
    renamed = SiteConfig("Renamed", "wordpress", "https://a.example/", "u")
    assert again.lookup(renamed, source_key="src-hash") == item

    again.forget(a, item)
    assert MediaCache(path).lookup(a, source_key="src-hash") is None
    assert "secret" not in path.read_text()


def test_two_writers_merge(tmp_path: Path) -> None:
    path = tmp_path / "media.json"
    site = SiteConfig("A", "ghost", "https://a.example")
    one, two = MediaCache(path), MediaCache(path)
    one.store(site, MediaItem("1", "u1", "h1"), source_key="s1")
    two.store(site, MediaItem("2", "u2", "h2"), source_key="s2")
    fresh = MediaCache(path)
    assert fresh.lookup(site, source_key="s1") is not None and fresh.lookup(site, source_key="s2") is not None
