"""Publishing to a real WordPress (tests/harness starts it): create, update, images, schedule,
conflicts, deletion, wrong password."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from PIL import Image

from editor_app.core.publishing.base import AuthFailed, Conflict, RemoteDeleted, SiteConfig
from editor_app.core.publishing.media_cache import MediaCache
from editor_app.core.publishing.publisher import PublishOptions, apply_record, publish, take_theirs
from editor_app.core.publishing.wordpress import WordPressSite
from tests.harness.wordpress import WordPressServer

pytestmark = pytest.mark.wordpress
GPS_IFD = 0x8825


class Api:
    """Direct REST access for assertions (what a person would see on the site)."""

    def __init__(self, wp: WordPressServer) -> None:
        self.wp = wp
        self.auth = (wp.user, wp.app_password)

    def get(self, route: str, **params: Any) -> requests.Response:
        r = requests.get(f"{self.wp.url}/?rest_route={route}", params=params, auth=self.auth, timeout=30)
        r.raise_for_status()
        return r

    def post(self, route: str, body: dict[str, Any]) -> requests.Response:
        r = requests.post(f"{self.wp.url}/?rest_route={route}", json=body, auth=self.auth, timeout=30)
        r.raise_for_status()
        return r

    def total(self, route: str, **params: Any) -> int:
        return int(self.get(route, per_page=1, **params).headers["X-WP-Total"])


@pytest.fixture
def api(wordpress: WordPressServer) -> Api:
    return Api(wordpress)


@pytest.fixture
def site(wordpress: WordPressServer) -> WordPressSite:
    return WordPressSite(SiteConfig("Test WP", "wordpress", wordpress.url, wordpress.user), wordpress.app_password)


@pytest.fixture
def cache(tmp_path: Path) -> MediaCache:
    return MediaCache(tmp_path / "media-cache.json")


def _photo(path: Path, color: tuple[int, int, int], size: tuple[int, int] = (2400, 1600)) -> Path:
    img = Image.new("RGB", size, color)
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"
    exif[GPS_IFD] = {1: "N", 2: (52.0, 31.0, 12.0), 3: "E", 4: (13.0, 24.0, 0.0)}
    img.save(path, "JPEG", exif=exif.tobytes(), quality=90)
    return path


def _article(folder: Path, title: str, extra_fm: str = "", body: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    _photo(folder / "harbour.jpg", (30, 90, 160))
    _photo(folder / "cover.jpg", (160, 90, 30))
    doc = folder / "article.md"
    doc.write_text(
        f"---\ntitle: {title}\ntags: [Travel, Harbours]\ncategories: [Stories]\nexcerpt: A walk by the sea.\n"
        f"featured_image: cover.jpg\n{extra_fm}---\n"
        + (body or "We walked to the *old harbour*.\n\n![Boats at dawn](harbour.jpg)\n\nThe end.\n"),
        encoding="utf-8",
    )
    return doc


def _publish_and_record(doc: Path, site: WordPressSite, cache: MediaCache, **opts: Any):  # type: ignore[no-untyped-def]
    outcome = publish(doc.read_text(encoding="utf-8"), doc, site, PublishOptions(**opts), cache=cache)
    doc.write_text(apply_record(doc.read_text(encoding="utf-8"), outcome.record), encoding="utf-8")
    return outcome


def test_first_publish_creates_one_complete_post_and_republish_updates_it(
    tmp_path: Path, site: WordPressSite, api: Api, cache: MediaCache
) -> None:
    title = f"Harbour walk {uuid.uuid4().hex[:6]}"
    doc = _article(tmp_path / "a", title)
    posts_before = api.total("/wp/v2/posts", status="any")
    media_before = api.total("/wp/v2/media")

    first = _publish_and_record(doc, site, cache)
    assert first.created and first.uploaded == 2
    post = api.get(f"/wp/v2/posts/{first.record.remote_id}", context="edit").json()
    assert post["title"]["raw"] == title
    html = post["content"]["raw"]
    assert "<em>old harbour</em>" in html and 'alt="Boats at dawn"' in html
    assert "harbour.jpg\"" not in html.replace("/harbour.jpg", "")  # local src was rewritten ...
    assert f"{site.config.url}/wp-content/uploads/" in html  # ... to the uploaded file
    tags = {t["name"] for t in api.get("/wp/v2/tags", include=",".join(map(str, post["tags"]))).json()}
    cats = {c["name"] for c in api.get("/wp/v2/categories", include=",".join(map(str, post["categories"]))).json()}
    assert tags == {"Travel", "Harbours"} and cats == {"Stories"}
    assert post["excerpt"]["raw"] == "A walk by the sea."
    featured = api.get(f"/wp/v2/media/{post['featured_media']}").json()
    assert featured["source_url"].endswith(".jpg") and "cover" in featured["source_url"]
    assert api.total("/wp/v2/posts", status="any") == posts_before + 1
    assert api.total("/wp/v2/media") == media_before + 2
    # the record went into the front matter
    assert f"id: '{first.record.remote_id}'" in doc.read_text() or f"id: {first.record.remote_id}" in doc.read_text()

    # republish unchanged: nothing sent, nothing uploaded
    same = _publish_and_record(doc, site, cache)
    assert same.unchanged and same.uploaded == 0

    # edit and republish: same post, updated, no duplicate, no new uploads
    doc.write_text(doc.read_text().replace("The end.", "The very end."), encoding="utf-8")
    second = _publish_and_record(doc, site, cache)
    assert not second.created and second.record.remote_id == first.record.remote_id
    assert second.uploaded == 0 and second.reused == 2
    assert "The very end." in api.get(f"/wp/v2/posts/{first.record.remote_id}", context="edit").json()["content"]["raw"]
    assert api.total("/wp/v2/posts", status="any") == posts_before + 1
    assert api.total("/wp/v2/media") == media_before + 2


def test_same_images_are_uploaded_once_across_documents_and_carry_no_gps(
    tmp_path: Path, site: WordPressSite, api: Api, cache: MediaCache
) -> None:
    doc1 = _article(tmp_path / "one", f"One {uuid.uuid4().hex[:6]}")
    doc2 = _article(tmp_path / "two", f"Two {uuid.uuid4().hex[:6]}")  # same pixels, other folder
    media_before = api.total("/wp/v2/media")
    a = _publish_and_record(doc1, site, cache)
    b = publish(doc2.read_text(), doc2, site, cache=MediaCache(cache.path))  # a fresh cache object: "restart"
    assert a.uploaded == 2 and b.uploaded == 0 and b.reused == 2
    assert api.total("/wp/v2/media") == media_before + 2

    html = api.get(f"/wp/v2/posts/{b.record.remote_id}", context="edit").json()["content"]["raw"]
    url = html.split('src="', 1)[1].split('"', 1)[0]
    data = requests.get(url, timeout=30).content
    img = Image.open(io.BytesIO(data))
    assert img.format == "JPEG" and max(img.size) <= 2048
    assert not img.getexif().get_ifd(GPS_IFD) and len(img.getexif()) == 0
    assert b"SecretCam" not in data


def test_scheduled_post_has_the_right_date_gmt(tmp_path: Path, site: WordPressSite, api: Api, cache: MediaCache) -> None:
    when = (datetime.now(UTC) + timedelta(days=30)).replace(microsecond=0, second=0)
    local = when.astimezone(__import__("zoneinfo").ZoneInfo("America/New_York"))
    doc = _article(tmp_path / "s", f"Later {uuid.uuid4().hex[:6]}", extra_fm=f"status: scheduled\ndate: {local.isoformat()}\n")
    out = _publish_and_record(doc, site, cache)
    post = api.get(f"/wp/v2/posts/{out.record.remote_id}", context="edit").json()
    assert post["status"] == "future"
    assert post["date_gmt"] == when.strftime("%Y-%m-%dT%H:%M:%S")


def test_edit_on_the_site_is_a_conflict_with_both_versions(
    tmp_path: Path, site: WordPressSite, api: Api, cache: MediaCache
) -> None:
    doc = _article(tmp_path / "c", f"Conflict {uuid.uuid4().hex[:6]}")
    first = _publish_and_record(doc, site, cache)
    import time

    time.sleep(1.1)  # modified_gmt has one-second resolution
    api.post(f"/wp/v2/posts/{first.record.remote_id}", {"content": "<p>Edited in wp-admin by the editor.</p>"})
    doc.write_text(doc.read_text().replace("The end.", "My local change."), encoding="utf-8")
    with pytest.raises(Conflict) as info:
        publish(doc.read_text(), doc, site, cache=cache)
    conflict = info.value
    assert "changed on Test WP" in str(conflict)
    assert "Edited in wp-admin" in conflict.remote.html
    assert "My local change." in conflict.local.html
    # take theirs: the body becomes the site's text, a republish then changes nothing on the site
    theirs = take_theirs(doc.read_text(), conflict.remote, site)
    assert "Edited in wp-admin by the editor." in theirs and "My local change." not in theirs
    # keep mine: overwrite on purpose
    kept = publish(doc.read_text(), doc, site, PublishOptions(force=True), cache=cache)
    assert kept.record.remote_id == first.record.remote_id
    assert "My local change." in api.get(f"/wp/v2/posts/{first.record.remote_id}", context="edit").json()["content"]["raw"]


def test_post_deleted_on_the_site_is_reported_and_can_be_recreated(
    tmp_path: Path, site: WordPressSite, api: Api, cache: MediaCache
) -> None:
    doc = _article(tmp_path / "d", f"Deleted {uuid.uuid4().hex[:6]}")
    first = _publish_and_record(doc, site, cache)
    r = requests.delete(f"{api.wp.url}/?rest_route=/wp/v2/posts/{first.record.remote_id}", auth=api.auth, timeout=30)
    assert r.status_code == 200  # moved to the trash
    with pytest.raises(RemoteDeleted) as info:
        publish(doc.read_text(), doc, site, cache=cache)
    assert info.value.trashed and "trash" in str(info.value)
    again = _publish_and_record(doc, site, cache, recreate=True)
    assert again.created and again.record.remote_id != first.record.remote_id


def test_wrong_password_gets_the_401_explanation(wordpress: WordPressServer, tmp_path: Path, cache: MediaCache) -> None:
    bad = WordPressSite(SiteConfig("Test WP", "wordpress", wordpress.url, wordpress.user), "abcd" * 6)
    result = bad.test_connection()
    assert not result.ok and result.problem == "auth"
    assert "401" in result.message and "Application Password" in result.message
    doc = _article(tmp_path / "w", "Wrong password")
    with pytest.raises(AuthFailed, match="401"):
        publish(doc.read_text(), doc, bad, cache=cache)
    good = WordPressSite(SiteConfig("Test WP", "wordpress", wordpress.url, wordpress.user), wordpress.app_password)
    ok = good.test_connection()
    assert ok.ok and ok.can_publish, ok


def test_connection_problems_are_named(wordpress: WordPressServer) -> None:
    from tests.harness.wordpress import free_port

    down = WordPressSite(SiteConfig("Down", "wordpress", f"http://127.0.0.1:{free_port()}", "x"), "y" * 24)
    assert down.test_connection().problem == "unreachable"
    # an https address on a plain-http server: the TLS handshake fails
    tls = WordPressSite(SiteConfig("TLS", "wordpress", wordpress.url.replace("http://", "https://"), "x"), "y" * 24)
    assert tls.test_connection().problem == "tls"


def test_cached_upload_deleted_on_the_site_is_uploaded_again(
    tmp_path: Path, site: WordPressSite, api: Api, cache: MediaCache
) -> None:
    first = _publish_and_record(_article(tmp_path / "m1", f"Media one {uuid.uuid4().hex[:6]}"), site, cache)
    html = api.get(f"/wp/v2/posts/{first.record.remote_id}", context="edit").json()["content"]["raw"]
    old_url = html.split('src="', 1)[1].split('"', 1)[0]
    media = [m for m in api.get("/wp/v2/media", per_page=100).json() if m["source_url"] == old_url]
    assert len(media) == 1
    r = requests.delete(f"{api.wp.url}/?rest_route=/wp/v2/media/{media[0]['id']}", params={"force": "true"},
                        auth=api.auth, timeout=30)
    assert r.status_code == 200
    second = _publish_and_record(_article(tmp_path / "m2", f"Media two {uuid.uuid4().hex[:6]}"), site, cache)
    assert second.uploaded == 1 and second.reused == 1  # only the deleted one again
    html2 = api.get(f"/wp/v2/posts/{second.record.remote_id}", context="edit").json()["content"]["raw"]
    new_url = html2.split('src="', 1)[1].split('"', 1)[0]
    assert requests.get(new_url, timeout=30).status_code == 200  # the post's image is really there
    again = [m for m in api.get("/wp/v2/media", per_page=100).json() if m["source_url"] == new_url]
    assert len(again) == 1 and again[0]["id"] != media[0]["id"]


def test_preflight_warns_when_the_slug_is_taken_by_another_post(
    tmp_path: Path, site: WordPressSite, api: Api
) -> None:
    from editor_app.core.publishing.preflight import run_preflight

    slug = f"taken-{uuid.uuid4().hex[:6]}"
    api.post("/wp/v2/posts", {"title": "Someone else's draft", "slug": slug, "status": "draft"})
    text = f"---\ntitle: Mine\nslug: {slug}\nexcerpt: e\n---\nA finished paragraph.\n"
    report = run_preflight(text, tmp_path / "d.md", site)
    taken = [f for f in report.warnings if f.code == "slug_taken"]
    assert len(taken) == 1 and slug in taken[0].message
    assert text[taken[0].start : taken[0].end] == f"slug: {slug}"  # the jump lands on the slug line
    assert report.blocking == []


def _at_start_of_a_second() -> None:
    """Sleep until just after a whole second, so the next few requests share one modified_gmt."""
    import time

    time.sleep(1.0 - (time.time() % 1.0) + 0.01)


def test_edit_on_the_site_in_the_same_second_as_our_publish_is_a_conflict(
    tmp_path: Path, site: WordPressSite, api: Api, cache: MediaCache
) -> None:
    """modified_gmt keeps whole seconds: an edit right after our publish leaves it unchanged, so the
    fingerprint of the stored title + content.raw must reveal it (no sleep between the two)."""
    for attempt in range(5):
        doc = tmp_path / f"same-second-{attempt}.md"
        doc.write_text(f"---\ntitle: Same second {uuid.uuid4().hex[:6]}\n---\nOur first words.\n", encoding="utf-8")
        _at_start_of_a_second()
        first = _publish_and_record(doc, site, cache)
        edited = api.post(f"/wp/v2/posts/{first.record.remote_id}", {"content": "<p>Fixed on the site.</p>"}).json()
        if edited["modified_gmt"] == first.record.modified:
            break  # the situation this test is about: the site's clock cannot tell the two writes apart
    else:
        pytest.fail("could not edit within the same second as the publish (machine too slow?)")
    assert first.record.remote_hash and f"remote_hash: {first.record.remote_hash}" in doc.read_text()

    doc.write_text(doc.read_text().replace("Our first words.", "Our second words."), encoding="utf-8")
    with pytest.raises(Conflict) as info:
        publish(doc.read_text(), doc, site, cache=cache)
    assert "Fixed on the site." in info.value.remote.html and "Our second words." in info.value.local.html
    # nothing was overwritten
    raw = api.get(f"/wp/v2/posts/{first.record.remote_id}", context="edit").json()["content"]["raw"]
    assert "Fixed on the site." in raw and "Our second words." not in raw

    # keep mine, then a republish with no edit on the site is quiet (no false conflict)
    kept = _publish_and_record(doc, site, cache, force=True)
    assert kept.record.remote_id == first.record.remote_id
    assert _publish_and_record(doc, site, cache).unchanged
