"""A Markdown document published to the real Ghost through the same publisher as WordPress."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

import pytest
import requests
from PIL import Image

from editor_app.core.publishing import publisher
from editor_app.core.publishing.base import Conflict, RemoteDeleted
from editor_app.core.publishing.ghost import GhostSite
from editor_app.core.publishing.media_cache import MediaCache

from .conftest import GhostAdmin, wait_past_second

pytestmark = pytest.mark.ghost


def photo_with_gps(path: Path, color: tuple[int, int, int], size: tuple[int, int] = (3000, 2000)) -> None:
    """A JPEG carrying EXIF GPS coordinates and a camera model, larger than the 2048 px limit."""
    img = Image.new("RGB", size, color)
    exif = Image.Exif()
    exif[0x0110] = "Test Camera"  # Model
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (44.0, 6.0, 0.0)  # GPSLatitudeRef, GPSLatitude
    gps[3], gps[4] = "E", (9.0, 42.0, 0.0)
    img.save(path, "JPEG", exif=exif, quality=85)


def write_article(folder: Path, slug: str, body_extra: str = "") -> Path:
    photo_with_gps(folder / "harbour.jpg", (20, 90, 160))
    photo_with_gps(folder / "cover.jpg", (180, 120, 40), size=(1600, 900))
    doc = folder / "article.md"
    doc.write_text(
        "---\n"
        "title: A morning in Vernazza\n"
        f"slug: {slug}\n"
        "excerpt: Coffee, boats and a steep path.\n"
        "status: publish\n"
        "tags: [Italy, Coffee]\n"
        "featured_image: cover.jpg\n"
        "---\n"
        "The harbour wakes up **slowly**.\n\n"
        "![Boats in the harbour](harbour.jpg)\n\n"
        "- espresso\n- focaccia\n" + body_extra,
        encoding="utf-8",
    )
    return doc


def test_markdown_document_to_ghost_end_to_end(
    tmp_path: Path, ghost_site: GhostSite, ghost_admin: GhostAdmin
) -> None:
    slug = f"vernazza-{uuid.uuid4().hex[:8]}"
    doc = write_article(tmp_path, slug)
    cache = MediaCache(tmp_path / "media-cache.json")
    before = ghost_admin.post_count()

    # first publish: one new post, two uploads
    first = publisher.publish(doc.read_text(encoding="utf-8"), doc, ghost_site, cache=cache)
    assert first.created and first.uploaded == 2
    assert ghost_admin.post_count() == before + 1
    publisher.write_record(doc, first.record)
    assert f"id: {first.post.id}" in doc.read_text(encoding="utf-8")

    raw = ghost_admin.raw_post(first.post.id)
    assert raw["title"] == "A morning in Vernazza"
    assert raw["slug"] == slug and raw["status"] == "published"
    assert raw["custom_excerpt"] == "Coffee, boats and a steep path."
    assert [t["name"] for t in raw["tags"]] == ["Italy", "Coffee"]
    assert "<strong>slowly</strong>" in raw["html"] and "<li>focaccia</li>" in raw["html"]
    assert raw["feature_image"].startswith(ghost_site.base_url + "/content/images/")
    # the body image points at the upload, keeps its alt text, and lost its GPS data and size
    body_img = next(u for u in ghost_site_images(raw["html"]) if "/content/images/" in u)
    assert 'alt="Boats in the harbour"' in raw["html"]
    served = Image.open(io.BytesIO(requests.get(body_img, timeout=30).content))
    assert max(served.size) <= 2048
    assert not served.getexif().get_ifd(0x8825)
    assert "harbour.jpg" not in raw["html"].replace(body_img, "")

    # republish unchanged: nothing sent, nothing uploaded
    same = publisher.publish(doc.read_text(encoding="utf-8"), doc, ghost_site, cache=cache)
    assert same.unchanged and same.uploaded == 0

    # republish after an edit: same post, count unchanged, images reused
    wait_past_second()
    doc.write_text(doc.read_text(encoding="utf-8") + "\nLater the sun came out.\n", encoding="utf-8")
    second = publisher.publish(doc.read_text(encoding="utf-8"), doc, ghost_site, cache=cache)
    assert not second.created and second.post.id == first.post.id
    assert second.uploaded == 0 and second.reused == 2
    assert ghost_admin.post_count() == before + 1
    assert "Later the sun came out." in ghost_admin.raw_post(first.post.id)["html"]
    publisher.write_record(doc, second.record)

    # an edit on the site is a conflict; "keep mine" overwrites it
    wait_past_second()
    ghost_admin.edit_title(first.post.id, "Fixed on the site")
    wait_past_second()
    doc.write_text(doc.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    with pytest.raises(Conflict) as info:
        publisher.publish(doc.read_text(encoding="utf-8"), doc, ghost_site, cache=cache)
    assert info.value.remote.title == "Fixed on the site"
    kept = publisher.publish(doc.read_text(encoding="utf-8"), doc, ghost_site, publisher.PublishOptions(force=True),
                             cache=cache)
    assert kept.post.id == first.post.id
    assert ghost_admin.raw_post(first.post.id)["title"] == "A morning in Vernazza"
    publisher.write_record(doc, kept.record)

    # pull it back as Markdown
    pulled = publisher.pull_post(ghost_site, first.post.id)
    assert "title: A morning in Vernazza" in pulled
    assert "**slowly**" in pulled and "One more line." in pulled

    # deleted on the site: said so, and "create it again" makes a new post
    ghost_admin.delete(first.post.id)
    with pytest.raises(RemoteDeleted):
        publisher.publish(doc.read_text(encoding="utf-8"), doc, ghost_site, cache=cache)
    again = publisher.publish(doc.read_text(encoding="utf-8"), doc, ghost_site,
                              publisher.PublishOptions(recreate=True), cache=cache)
    assert again.created and again.post.id != first.post.id
    assert ghost_admin.post_count() == before + 1


def ghost_site_images(html: str) -> list[str]:
    return [src for src, _alt, _title in publisher.find_images(html)]


def test_edit_on_the_site_in_the_same_second_as_our_publish_is_a_conflict(
    tmp_path: Path, ghost_site: GhostSite, ghost_admin: GhostAdmin
) -> None:
    """Ghost's updated_at keeps whole seconds: an edit right after our publish (no sleep) leaves it
    unchanged, so the fingerprint of the stored title + html must reveal it."""
    import time

    cache = MediaCache(tmp_path / "media-cache.json")
    for attempt in range(5):
        doc = tmp_path / f"same-second-{attempt}.md"
        doc.write_text(f"---\ntitle: Same second\nslug: same-second-{uuid.uuid4().hex[:8]}\n---\nOur words.\n",
                       encoding="utf-8")
        time.sleep(1.0 - (time.time() % 1.0) + 0.01)  # start just after a whole second
        first = publisher.publish(doc.read_text(encoding="utf-8"), doc, ghost_site, cache=cache)
        theirs = ghost_admin.edit_title(first.post.id, "Retitled on the site")
        if theirs["updated_at"] == first.record.modified:
            break
    else:
        pytest.fail("could not edit within the same second as the publish (machine too slow?)")
    publisher.write_record(doc, first.record)
    assert first.record.remote_hash

    doc.write_text(doc.read_text(encoding="utf-8").replace("Our words.", "Our better words."), encoding="utf-8")
    with pytest.raises(Conflict) as info:
        publisher.publish(doc.read_text(encoding="utf-8"), doc, ghost_site, cache=cache)
    assert info.value.remote.title == "Retitled on the site"
    assert ghost_admin.raw_post(first.post.id)["title"] == "Retitled on the site"  # not overwritten
