"""Ghost Admin API key handling (no server needed)."""

from __future__ import annotations

import jwt
import pytest

from editor_app.core.publishing.base import SiteConfig
from editor_app.core.publishing.ghost import SITE_TYPE, GhostSite, make_token, merged_tags, parse_admin_key

KEY_ID = "6b095b8c8385bc56dd16d720"
SECRET_HEX = "0123456789abcdef" * 4
KEY = f"{KEY_ID}:{SECRET_HEX}"


def test_token_is_what_ghost_expects() -> None:
    token = make_token(KEY, now=1_700_000_000)
    header = jwt.get_unverified_header(token)
    assert header["alg"] == "HS256"
    assert header["kid"] == KEY_ID
    claims = jwt.decode(token, bytes.fromhex(SECRET_HEX), algorithms=["HS256"], audience="/admin/",
                        options={"verify_exp": False})
    assert claims["iat"] == 1_700_000_000
    assert 0 < claims["exp"] - claims["iat"] <= 300  # Ghost refuses tokens that live longer than 5 min
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(token, b"another secret of 32 bytes or so!", algorithms=["HS256"], audience="/admin/", options={"verify_exp": False})


@pytest.mark.parametrize("bad", ["", "abc", KEY_ID, f"{KEY_ID}:{SECRET_HEX[:-2]}", f"{KEY_ID}:{'zz' * 32}",
                                 f"{KEY_ID}{SECRET_HEX}"])
def test_malformed_keys_are_explained(bad: str) -> None:
    with pytest.raises(ValueError, match="Admin API key"):
        parse_admin_key(bad)
    message = SITE_TYPE.validate_secret(bad)
    assert message is not None and "Integrations" in message
    assert not GhostSite(SiteConfig("g", "ghost", "https://example.org"), bad).available().ok


def test_good_key_passes_and_is_never_shown() -> None:
    assert SITE_TYPE.validate_secret(f"  {KEY}\n") is None
    site = SITE_TYPE.create(SiteConfig("g", "ghost", "https://example.org/"), KEY)
    assert site.available().ok
    assert SECRET_HEX not in repr(site)
    assert site.api_url == "https://example.org/ghost/api/admin"


def test_missing_key_is_explained() -> None:
    avail = GhostSite(SiteConfig("g", "ghost", "https://example.org"), None).available()
    assert not avail.ok and "No Admin API key" in avail.reason


def test_categories_become_leading_tags_without_duplicates() -> None:
    assert merged_tags(["Italy", "travel", " Hiking "], ["Travel", ""]) == ["Travel", "Italy", "Hiking"]
