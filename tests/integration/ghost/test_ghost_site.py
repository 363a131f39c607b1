"""GhostSite against a real Ghost 5 on 127.0.0.1 (started by tests/harness/ghost.py)."""

from __future__ import annotations

import http.server
import shutil
import ssl
import subprocess
import threading
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests

from editor_app.core.publishing.base import (
    AuthFailed,
    Conflict,
    PublishRequest,
    Rejected,
    RemoteDeleted,
    SiteConfig,
    Unreachable,
)
from editor_app.core.publishing.ghost import GhostSite
from tests.harness import ghost as harness

from .conftest import GhostAdmin, wait_past_second

pytestmark = pytest.mark.ghost

PngMaker = Callable[..., bytes]


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def article(slug: str, **overrides: object) -> PublishRequest:
    fields: dict[str, object] = {
        "title": "Walking the Cinque Terre",
        "html": "<h2>Day one</h2><p>We started in <strong>Riomaggiore</strong> at dawn.</p>",
        "slug": slug,
        "excerpt": "Five villages, one path.",
        "status": "publish",
        "tags": ("Italy", "Hiking"),
        "categories": ("Travel",),
        "marker": uuid.uuid4().hex,
    }
    fields.update(overrides)
    return PublishRequest(**fields)  # type: ignore[arg-type]


# ------------------------------------------------------------------ test connection


def test_connection_ok(ghost_site: GhostSite) -> None:
    result = ghost_site.test_connection()
    assert result.ok, result.message
    assert result.problem == "ok"
    assert result.can_publish
    assert "Local Test Blog" in result.message


def test_wrong_key_gets_the_key_explanation(ghost_server: harness.GhostServer) -> None:
    key_id, _secret = ghost_server.admin_api_key.split(":")
    wrong = GhostSite(SiteConfig("Local Ghost", "ghost", ghost_server.url), key_id + ":" + "ab" * 32)
    result = wrong.test_connection()
    assert not result.ok
    assert result.problem == "auth"
    assert "Admin API key" in result.message
    assert "401" in result.message
    assert "ab" * 32 not in result.message + result.detail  # the secret never shows up
    with pytest.raises(AuthFailed):
        wrong.create_post(article(unique("never")))

    unknown = GhostSite(SiteConfig("Local Ghost", "ghost", ghost_server.url), "0" * 24 + ":" + "cd" * 32)
    assert unknown.test_connection().problem == "auth"


def test_malformed_key_is_explained_without_network() -> None:
    site = GhostSite(SiteConfig("Somewhere", "ghost", "http://127.0.0.1:9"), "not-a-key")
    result = site.test_connection()
    assert result.problem == "auth"
    assert "Admin API key" in result.message


def test_unreachable_host_is_explained() -> None:
    port = harness.free_port()  # nothing listens there
    site = GhostSite(SiteConfig("Down", "ghost", f"http://127.0.0.1:{port}"), "a" * 24 + ":" + "b" * 64)
    result = site.test_connection()
    assert result.problem == "unreachable"
    assert "Cannot reach" in result.message
    with pytest.raises(Unreachable) as info:
        site.create_post(article("x"))
    assert info.value.retryable


@pytest.fixture
def plain_web_server() -> Iterator[str]:
    """A real web server that is not Ghost (serves a static page, 404 elsewhere)."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            if self.path == "/":
                body = b"<html><head><title>My homepage</title></head><body>Hello</body></html>"
                self.send_response(200)
            else:
                body = b"<html><body>Not found</body></html>"
                self.send_response(404)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_not_a_ghost_site_is_explained(plain_web_server: str) -> None:
    site = GhostSite(SiteConfig("Homepage", "ghost", plain_web_server), "a" * 24 + ":" + "b" * 64)
    result = site.test_connection()
    assert result.problem == "not_a_site"
    assert "not a Ghost site" in result.message


def _serve(handler: type[http.server.BaseHTTPRequestHandler], context: ssl.SSLContext | None = None
           ) -> tuple[http.server.ThreadingHTTPServer, str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    scheme = "http"
    if context is not None:
        server.socket = context.wrap_socket(server.socket, server_side=True)
        scheme = "https"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"{scheme}://127.0.0.1:{server.server_address[1]}"


def test_redirecting_address_suggests_the_target(ghost_server: harness.GhostServer) -> None:
    """Like http -> https or example.com -> www.example.com: a real server that redirects to Ghost."""

    class Redirect(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(301)
            self.send_header("Location", ghost_server.url + self.path)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server, url = _serve(Redirect)
    try:
        site = GhostSite(SiteConfig("Old address", "ghost", url), ghost_server.admin_api_key)
        result = site.test_connection()
        assert result.problem == "redirect"
        assert result.suggested_url == ghost_server.url
        assert ghost_server.url in result.message
        fixed = GhostSite(SiteConfig("New address", "ghost", result.suggested_url), ghost_server.admin_api_key)
        assert fixed.test_connection().ok
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command to make a certificate")
def test_untrusted_certificate_is_a_tls_problem(tmp_path: Path) -> None:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                    "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)

    class Hello(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server, url = _serve(Hello, context)
    try:
        site = GhostSite(SiteConfig("Self-signed", "ghost", url), "a" * 24 + ":" + "b" * 64)
        result = site.test_connection()
        assert result.problem == "tls"
        assert "certificate" in result.message
    finally:
        server.shutdown()
        server.server_close()


# ------------------------------------------------------------------ publishing


def test_first_publish_creates_one_post_with_everything(
    ghost_site: GhostSite, ghost_admin: GhostAdmin, png_bytes: PngMaker
) -> None:
    before = ghost_admin.post_count()
    image = ghost_site.upload_media(png_bytes((10, 120, 200)), "harbour.png", "image/png")
    assert image.url.startswith(ghost_site.base_url + "/content/images/")
    served = requests.get(image.url, timeout=30)
    assert served.status_code == 200 and served.content[:8] == b"\x89PNG\r\n\x1a\n"

    slug = unique("cinque-terre")
    post = ghost_site.create_post(article(slug, featured_media=image))

    assert ghost_admin.post_count() == before + 1
    raw = ghost_admin.raw_post(post.id)
    assert raw["title"] == "Walking the Cinque Terre"
    assert raw["slug"] == slug
    assert raw["status"] == "published"
    assert raw["custom_excerpt"] == "Five villages, one path."
    assert raw["feature_image"] == image.url
    assert "<strong>Riomaggiore</strong>" in raw["html"]
    assert "Day one" in raw["html"]
    # categories go first, so "Travel" is the primary tag; then the tags
    assert [t["name"] for t in raw["tags"]] == ["Travel", "Italy", "Hiking"]
    assert raw["primary_tag"]["name"] == "Travel"
    # what create_post reports matches the site
    assert post.modified == raw["updated_at"]
    assert post.link == raw["url"]
    assert requests.get(post.link, timeout=30).status_code == 200
    assert ghost_site.media_exists(image.url)
    assert not ghost_site.media_exists(image.url.replace("harbour", "no-such-file"))
    assert "Travel" in ghost_site.list_terms("tags")
    assert ghost_site.list_terms("categories") == []


def test_republish_after_edit_updates_the_same_post(ghost_site: GhostSite, ghost_admin: GhostAdmin) -> None:
    slug = unique("republish")
    first = ghost_site.create_post(article(slug))
    count = ghost_admin.post_count()
    wait_past_second()

    edited = article(slug, html="<p>Second version, with a new ending.</p>", title="Walking, revised",
                     tags=("Italy",))
    second = ghost_site.update_post(first.id, edited, expected_modified=first.modified)

    assert second.id == first.id
    assert ghost_admin.post_count() == count
    raw = ghost_admin.raw_post(first.id)
    assert raw["title"] == "Walking, revised"
    assert "Second version" in raw["html"] and "Riomaggiore" not in raw["html"]
    assert [t["name"] for t in raw["tags"]] == ["Travel", "Italy"]
    assert second.modified == raw["updated_at"] != first.modified
    assert [p.id for p in ghost_site.find_by_slug(slug)] == [first.id]


def test_edit_on_the_site_is_a_conflict_with_their_version(ghost_site: GhostSite, ghost_admin: GhostAdmin) -> None:
    slug = unique("conflict")
    mine = ghost_site.create_post(article(slug))
    wait_past_second()
    ghost_admin.edit_title(mine.id, "Title fixed by the editor on the site")
    wait_past_second()

    with pytest.raises(Conflict) as info:
        ghost_site.update_post(mine.id, article(slug, title="My new title"), expected_modified=mine.modified)
    conflict = info.value
    assert conflict.remote.title == "Title fixed by the editor on the site"
    assert "Riomaggiore" in conflict.remote.html  # their body, for the diff
    assert conflict.local.title == "My new title"
    assert "changed on" in str(conflict)
    assert ghost_admin.raw_post(mine.id)["title"] == "Title fixed by the editor on the site"

    # "Keep mine": publish again without the old token; the site's edit is overwritten.
    kept = ghost_site.update_post(mine.id, article(slug, title="My new title"))
    assert kept.id == mine.id
    assert ghost_admin.raw_post(mine.id)["title"] == "My new title"


def test_scheduled_post_has_the_right_published_at(ghost_site: GhostSite, ghost_admin: GhostAdmin) -> None:
    when = (datetime.now(UTC) + timedelta(days=3)).replace(microsecond=0, second=0)
    post = ghost_site.create_post(article(unique("later"), status="future", date_gmt=when))
    raw = ghost_admin.raw_post(post.id)
    assert raw["status"] == "scheduled"
    assert datetime.fromisoformat(raw["published_at"].replace("Z", "+00:00")) == when
    assert post.date_gmt == when
    assert post.status == "scheduled"


def test_deleted_on_site_is_detected(ghost_site: GhostSite, ghost_admin: GhostAdmin) -> None:
    post = ghost_site.create_post(article(unique("gone")))
    ghost_admin.delete(post.id)
    with pytest.raises(RemoteDeleted) as info:
        ghost_site.get_post(post.id)
    assert info.value.remote_id == post.id
    assert "deleted" in str(info.value)
    with pytest.raises(RemoteDeleted):
        ghost_site.update_post(post.id, article(post.slug), expected_modified=post.modified)


def test_slug_lookup_finds_drafts(ghost_site: GhostSite) -> None:
    slug = unique("draft-slug")
    draft = ghost_site.create_post(article(slug, status="draft"))
    found = ghost_site.find_by_slug(slug)
    assert [p.id for p in found] == [draft.id]
    assert found[0].status == "draft"
    assert ghost_site.find_by_slug(unique("no-such-slug")) == []


def test_marker_finds_a_post_created_by_an_earlier_attempt(ghost_site: GhostSite) -> None:
    request = article(unique("replay"), status="draft")
    created = ghost_site.create_post(request)
    found = ghost_site.find_by_marker(request.marker)
    assert found is not None and found.id == created.id
    narrowed = ghost_site.find_by_marker(request.marker, slug=request.slug)
    assert narrowed is not None and narrowed.id == created.id
    assert ghost_site.find_by_marker(uuid.uuid4().hex) is None


def test_pull_reads_an_existing_posts_html(ghost_site: GhostSite, ghost_admin: GhostAdmin) -> None:
    title = unique("Written in Ghost")
    r = requests.post(
        ghost_admin.api + "/posts/", params={"source": "html"}, headers=ghost_admin.headers(), timeout=30,
        json={"posts": [{"title": title, "status": "published", "tags": [{"name": "Notes"}],
                         "html": "<p>Made in the <em>Ghost editor</em>.</p><ul><li>one</li><li>two</li></ul>"}]},
    )
    r.raise_for_status()
    listed = ghost_site.list_posts(search=title)
    assert [p.title for p in listed] == [title]
    pulled = ghost_site.get_post(listed[0].id)
    assert "<em>Ghost editor</em>" in pulled.html
    assert "<li>two</li>" in pulled.html
    assert pulled.tags == ("Notes",)


def test_statuses_ghost_lacks_are_refused_before_sending(ghost_site: GhostSite, ghost_admin: GhostAdmin) -> None:
    before = ghost_admin.post_count()
    with pytest.raises(Rejected, match="no 'pending' status"):
        ghost_site.create_post(article(unique("pending"), status="pending"))
    with pytest.raises(Rejected, match="300 characters"):
        ghost_site.create_post(article(unique("long"), excerpt="word " * 70))
    assert ghost_admin.post_count() == before


def test_site_down_is_retryable_and_a_retry_makes_one_post(
    ghost_server: harness.GhostServer, ghost_site: GhostSite, ghost_admin: GhostAdmin
) -> None:
    """What the outbox relies on: a stopped Ghost is 'Unreachable' (retry later), and after the
    restart the marker look-up tells the retry whether the post already exists."""
    request = article(unique("offline"), status="draft")
    before = ghost_admin.post_count()
    port = int(ghost_server.url.rsplit(":", 1)[1])
    harness.stop(ghost_server.home)
    try:
        with pytest.raises(Unreachable) as info:
            ghost_site.create_post(request)
        assert info.value.retryable
        assert ghost_site.test_connection().problem == "unreachable"
    finally:
        restarted = harness.start(ghost_server.home, port)
    assert restarted.url == ghost_server.url
    assert ghost_site.find_by_marker(request.marker) is None
    created = ghost_site.create_post(request)
    found = ghost_site.find_by_marker(request.marker)  # a second replay would find this one
    assert found is not None and found.id == created.id
    assert ghost_admin.post_count() == before + 1
