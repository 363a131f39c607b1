"""Fixtures that start real servers for the integration tests (marked ``wordpress`` / ``ghost``)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.harness.wordpress import WordPressServer, free_port, unavailable_reason


@pytest.fixture(scope="session")
def wordpress(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WordPressServer]:
    """A fresh WordPress for the whole session: ``.url``, ``.user``, ``.app_password``.

    ``stop_web()`` / ``start_web()`` take the site offline and back (data kept). The state dir
    lives under pytest's tmp dir (short path: the MariaDB socket path must stay < 100 chars) and
    is purged at the end.
    """
    reason = unavailable_reason()
    if reason:
        pytest.skip(reason)
    base = Path(os.environ.get("WP_TEST_STATE_BASE") or tmp_path_factory.getbasetemp())
    state = base / f"wp{os.getpid()}"
    server = WordPressServer(port=free_port(), state_dir=state)
    server.start(fresh=True)
    try:
        yield server
    finally:
        server.stop(purge=True)


@pytest.fixture
def secret_service_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """Environment (HOME, XDG_*, DBUS_SESSION_BUS_ADDRESS) of a private, unlocked gnome-keyring."""
    from tests.harness.secret_service import SecretServiceUnavailable, missing_tools, secret_service

    if missing_tools():
        pytest.skip("needs dbus-daemon and gnome-keyring-daemon (scripts/system-deps.sh)")
    try:
        with secret_service(tmp_path / "keyring-home") as env:
            yield env
    except SecretServiceUnavailable as exc:
        pytest.skip(str(exc))
