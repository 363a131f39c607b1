"""Secrets live in a real Secret Service keyring (private dbus + gnome-keyring), never in files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.backends.SecretService
import pytest

from editor_app.core.publishing.base import SiteConfig
from editor_app.core.publishing.sites import SiteStore
from editor_app.core.storage.credentials import CredentialStore, NoSystemKeyring, keyring_status
from tests.harness.secret_service import SecretServiceUnavailable, missing_tools, secret_service

SECRET = "abcdEFGH1234ijklMNOP5678"


@pytest.fixture
def real_keyring(tmp_path: Path) -> Iterator[Path]:
    if missing_tools():
        pytest.skip("needs dbus-daemon and gnome-keyring-daemon (scripts/system-deps.sh)")
    saved_env = dict(os.environ)
    saved_backend = keyring.get_keyring()
    try:
        with secret_service(tmp_path / "home") as env:
            os.environ.update(env)
            os.environ.pop("PYTHON_KEYRING_BACKEND", None)
            # keyring picked its backend when first used (no bus then); choose the Secret Service
            # now that one runs. Its priority property raises if it is not actually usable.
            backend = keyring.backends.SecretService.Keyring()
            assert backend.priority > 0
            keyring.set_keyring(backend)
            yield tmp_path / "home"
    except SecretServiceUnavailable as exc:
        pytest.skip(str(exc))
    finally:
        os.environ.clear()
        os.environ.update(saved_env)
        keyring.set_keyring(saved_backend)


def test_secret_round_trips_through_the_system_keyring_and_never_reaches_a_file(
    real_keyring: Path, tmp_path: Path
) -> None:
    assert keyring_status().usable, keyring_status()
    sites = SiteStore(tmp_path / "config" / "sites.json")
    sites.add(SiteConfig("Blog", "wordpress", "https://example.com", "anna"))
    store = CredentialStore(service="editor-app-test")
    assert store.set("Blog", SECRET) == "keyring"
    assert CredentialStore(service="editor-app-test").get("Blog") == SECRET  # a new instance: from the keyring
    assert CredentialStore(service="editor-app-test").where("Blog") == "keyring"
    assert SECRET not in repr(store)
    # the settings file, and nothing else we wrote, contains the secret in any form
    for f in (tmp_path / "config").rglob("*"):
        if f.is_file():
            assert SECRET not in f.read_text(errors="replace")
    # gnome-keyring stores it encrypted under HOME: not as plain text either
    for f in real_keyring.rglob("*"):
        if f.is_file():
            assert SECRET.encode() not in f.read_bytes()
    store.delete("Blog")
    assert CredentialStore(service="editor-app-test").get("Blog") is None


def test_without_a_keyring_it_says_so_and_offers_session_only() -> None:
    saved = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        status = keyring_status()
        assert not status.usable and "No system keyring" in status.message
        store = CredentialStore(service="editor-app-test")
        with pytest.raises(NoSystemKeyring, match="session only"):
            store.set("Blog", SECRET)
        assert store.get("Blog") is None and "No system keyring" in store.last_problem
        assert store.set("Blog", SECRET, session_only=True) == "session"
        assert store.get("Blog") == SECRET and store.where("Blog") == "session"
        assert CredentialStore(service="editor-app-test").get("Blog") is None  # gone with the session
    finally:
        keyring.set_keyring(saved)
