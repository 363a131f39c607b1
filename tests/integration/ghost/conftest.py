"""A real Ghost 5 on 127.0.0.1 for the Ghost tests (marker ``ghost``).

The install is cached in ``${XDG_CACHE_HOME:-~/.cache}/editor-app-test-ghost`` (cold ~2 min, then
reused); each session gets a fresh site (SQLite DB, owner, Admin API key) in pytest's temp dir.
Missing node/npm fails loudly: run ``bash scripts/system-deps.sh --test`` or deselect with
``-m "not ghost"``.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests
from PIL import Image

from editor_app.core.publishing.base import SiteConfig
from editor_app.core.publishing.ghost import GhostSite, make_token
from tests.harness import ghost as harness


@pytest.fixture(scope="session")
def ghost_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[harness.GhostServer]:
    """A fresh Ghost site for the whole session: ``.url``, ``.admin_api_key``, ``.log_tail()``."""
    home = tmp_path_factory.mktemp("ghost-site")
    try:
        server = harness.start(home)
    except harness.GhostHarnessError as exc:
        pytest.fail(f"The Ghost test server could not start: {exc}", pytrace=False)
    try:
        yield server
    finally:
        harness.stop(home)


@pytest.fixture
def ghost_site(ghost_server: harness.GhostServer) -> GhostSite:
    return GhostSite(SiteConfig(name="Local Ghost", kind="ghost", url=ghost_server.url), ghost_server.admin_api_key)


class GhostAdmin:
    """Direct Admin API calls for the tests: the "someone else" who edits on the site, and counting."""

    def __init__(self, server: harness.GhostServer) -> None:
        self.api = server.url + "/ghost/api/admin"
        self.key = server.admin_api_key

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Ghost {make_token(self.key)}", "Accept-Version": "v5.0"}

    def get(self, path: str, **params: str) -> dict[str, Any]:
        r = requests.get(self.api + path, headers=self.headers(), params=params, timeout=30)
        r.raise_for_status()
        data: dict[str, Any] = r.json()
        return data

    def post_count(self) -> int:
        meta = self.get("/posts/", limit="1", fields="id")["meta"]
        return int(meta["pagination"]["total"])

    def raw_post(self, post_id: str) -> dict[str, Any]:
        post: dict[str, Any] = self.get(f"/posts/{post_id}/", formats="html", include="tags")["posts"][0]
        return post

    def edit_title(self, post_id: str, title: str) -> dict[str, Any]:
        current = self.raw_post(post_id)
        r = requests.put(
            f"{self.api}/posts/{post_id}/", headers=self.headers(), timeout=30,
            json={"posts": [{"title": title, "updated_at": current["updated_at"]}]},
        )
        r.raise_for_status()
        post: dict[str, Any] = r.json()["posts"][0]
        return post

    def delete(self, post_id: str) -> None:
        requests.delete(f"{self.api}/posts/{post_id}/", headers=self.headers(), timeout=30)


@pytest.fixture
def ghost_admin(ghost_server: harness.GhostServer) -> GhostAdmin:
    return GhostAdmin(ghost_server)


@pytest.fixture
def png_bytes() -> Callable[[tuple[int, int, int]], bytes]:
    def make(color: tuple[int, int, int] = (200, 30, 30)) -> bytes:
        buf = io.BytesIO()
        Image.new("RGB", (64, 48), color).save(buf, "PNG")
        return buf.getvalue()

    return make


def wait_past_second() -> None:
    """Ghost's updated_at has 1-second resolution; two writes in one second look alike."""
    time.sleep(1.1)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """On a failing Ghost test, attach the tail of Ghost's own log to the report."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if report.failed and "ghost_server" in getattr(item, "fixturenames", ()):
        server = item.funcargs.get("ghost_server") if hasattr(item, "funcargs") else None  # type: ignore[attr-defined]
        if isinstance(server, harness.GhostServer):
            report.sections.append(("ghost.log (last 60 lines)", server.log_tail(60)))
