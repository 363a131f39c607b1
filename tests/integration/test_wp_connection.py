""""Test connection" names the problem in the writer's words. Real servers on 127.0.0.1: the
harness WordPress, and small stdlib HTTP servers that behave like a plain web site, a site that
moved to https, and a WordPress whose REST API a security plugin blocks."""

from __future__ import annotations

import http.server
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import requests

from editor_app.core.publishing.base import SiteConfig
from editor_app.core.publishing.publisher import pull_post
from editor_app.core.publishing.wordpress import WordPressSite
from tests.harness.wordpress import WordPressServer

SECRET = "abcdEFGH1234ijklMNOP5678"


@contextmanager
def serve(handler: type[http.server.BaseHTTPRequestHandler]) -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


class _Quiet(http.server.BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, code: int, body: str, ctype: str = "text/html", headers: dict[str, str] | None = None) -> None:
        data = body.encode()
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)


class PlainSite(_Quiet):
    def do_GET(self) -> None:
        self._send(200, "<html><body>My static homepage</body></html>")


class MovedToHttps(_Quiet):
    def do_GET(self) -> None:
        host = self.headers["Host"]
        self._send(301, "", headers={"Location": f"https://{host}{self.path}"})


class RestBlocked(_Quiet):
    def do_GET(self) -> None:
        if "rest_route" in self.path or "wp-json" in self.path:
            self._send(403, "<html><body>Blocked by security plugin</body></html>")
        else:
            self._send(200, '<html><link rel="stylesheet" href="/wp-content/themes/x/style.css"></html>')


def _site(url: str, user: str = "anna", secret: str = SECRET) -> WordPressSite:
    return WordPressSite(SiteConfig("Mine", "wordpress", url, user), secret)


def test_not_a_wordpress_site() -> None:
    with serve(PlainSite) as url:
        result = _site(url).test_connection()
    assert result.problem == "not_a_site" and "not a WordPress site" in result.message


def test_redirect_to_https_is_explained_with_the_new_address() -> None:
    with serve(MovedToHttps) as url:
        result = _site(url).test_connection()
    assert result.problem == "redirect"
    assert result.suggested_url == url.replace("http://", "https://")
    assert "secure address" in result.message


def test_rest_api_blocked_on_a_wordpress_site() -> None:
    with serve(RestBlocked) as url:
        result = _site(url).test_connection()
    assert result.problem == "api_unavailable" and "REST API" in result.message


@pytest.mark.wordpress
def test_role_too_weak_is_explained(wordpress: WordPressServer) -> None:
    admin = (wordpress.user, wordpress.app_password)
    api = f"{wordpress.url}/?rest_route="
    name = f"contrib{uuid.uuid4().hex[:6]}"
    user = requests.post(
        f"{api}/wp/v2/users",
        json={"username": name, "email": f"{name}@example.com", "password": uuid.uuid4().hex, "roles": ["contributor"]},
        auth=admin,
        timeout=30,
    )
    assert user.status_code == 201, user.text
    app = requests.post(
        f"{api}/wp/v2/users/{user.json()['id']}/application-passwords", json={"name": "t"}, auth=admin, timeout=30
    )
    assert app.status_code == 201, app.text
    result = _site(wordpress.url, name, app.json()["password"]).test_connection()
    assert not result.ok and result.problem == "forbidden"
    assert "role" in result.message and "Author" in result.message


@pytest.mark.wordpress
def test_pull_turns_a_post_into_markdown(wordpress: WordPressServer) -> None:
    r = requests.post(
        f"{wordpress.url}/?rest_route=/wp/v2/posts",
        json={"title": "Written online", "content": "<h2>Part one</h2><p>Some <strong>bold</strong> words.</p>",
              "status": "draft", "slug": f"online-{uuid.uuid4().hex[:6]}"},
        auth=(wordpress.user, wordpress.app_password),
        timeout=30,
    )
    assert r.status_code == 201
    site = _site(wordpress.url, wordpress.user, wordpress.app_password)
    text = pull_post(site, str(r.json()["id"]))
    assert text.startswith("---\n") and "title: Written online" in text
    assert "## Part one" in text and "**bold**" in text
    assert f"id: '{r.json()['id']}'" in text or f"id: {r.json()['id']}" in text
