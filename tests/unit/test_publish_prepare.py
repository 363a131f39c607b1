"""Turning a Markdown document into what is sent: fields, HTML, local images, URL rewriting."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from editor_app.core.publishing.base import PublishRecord, Rejected, SiteConfig
from editor_app.core.publishing.publisher import apply_record, parse_date, prepare, rewrite_image_urls
from editor_app.core.publishing.wordpress import WordPressSite


def _site() -> WordPressSite:
    return WordPressSite(SiteConfig("Blog", "wordpress", "http://127.0.0.1:9", "anna"), None)


def test_fields_come_from_front_matter_and_images_are_resolved(tmp_path: Path) -> None:
    (tmp_path / "img").mkdir()
    Image.new("RGB", (10, 10)).save(tmp_path / "img" / "a b.png")
    doc = tmp_path / "post.md"
    text = (
        "---\ntitle: My trip\nslug: my-trip\ntags: [Travel, Food]\ncategories: Stories\n"
        "excerpt: Short.\nstatus: scheduled\ndate: 2031-05-01T09:30:00+02:00\n---\n"
        "Hello ![Harbour at dawn](img/a%20b.png) and ![](https://example.com/x.png)\n"
    )
    p = prepare(text, doc, _site())
    f = p.fields
    assert (f.title, f.slug, f.tags, f.categories, f.excerpt) == ("My trip", "my-trip", ("Travel", "Food"), ("Stories",), "Short.")
    assert f.status == "future" and f.date_gmt == datetime(2031, 5, 1, 7, 30, tzinfo=UTC)
    assert [(i.src, i.alt, i.path.name) for i in p.images] == [("img/a%20b.png", "Harbour at dawn", "a b.png")]
    assert p.missing_images == ()
    assert "<img" in p.html and "Harbour at dawn" in p.html


def test_title_from_leading_heading_is_not_repeated_in_body(tmp_path: Path) -> None:
    p = prepare("# Big news\n\nBody text.\n", tmp_path / "x.md", _site())
    assert p.fields.title == "Big news"
    assert "Big news" not in p.html and "Body text." in p.html


def test_scheduled_without_date_and_bad_status_are_explained(tmp_path: Path) -> None:
    with pytest.raises(Rejected, match="needs a date"):
        prepare("---\ntitle: T\nstatus: future\n---\nx\n", tmp_path / "x.md", _site())
    with pytest.raises(Rejected, match="not a post status"):
        prepare("---\ntitle: T\nstatus: live\n---\nx\n", tmp_path / "x.md", _site())


def test_naive_date_is_local_time_converted_to_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        assert parse_date("2031-01-10T12:00") == datetime(2031, 1, 10, 11, 0, tzinfo=UTC)
        assert parse_date("2031-01-10T12:00Z") == datetime(2031, 1, 10, 12, 0, tzinfo=UTC)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_rewrite_only_img_src_values() -> None:
    html = '<p><a href="a.png">a.png</a> <img alt="x" src="a.png" /> <img src=\'b &amp; c.png\'></p>'
    out = rewrite_image_urls(html, {"a.png": "https://s/u/a.png", "b & c.png": "https://s/u/b.png"})
    assert out == '<p><a href="a.png">a.png</a> <img alt="x" src="https://s/u/a.png" /> <img src=\'https://s/u/b.png\'></p>'


def test_record_round_trips_through_front_matter() -> None:
    rec = PublishRecord("Blog", "wordpress", "42", "https://b/?p=42", "2025-01-01T10:00:00", "abc", "draft")
    text = apply_record("---\ntitle: T  # mine\n---\nBody\n", rec)
    assert text.startswith("---\ntitle: T  # mine\n")  # the writer's line is untouched
    p = prepare(text, None, _site())
    assert p.record is not None
    assert (p.record.remote_id, p.record.modified, p.record.content_hash) == ("42", "2025-01-01T10:00:00", "abc")


def test_republish_without_a_status_keeps_the_status_on_the_site(tmp_path: Path) -> None:
    rec = PublishRecord("Blog", "wordpress", "42", "https://b/p", "2025-01-01T10:00:00", "abc", "publish")
    text = apply_record("---\ntitle: T\n---\nBody\n", rec)
    assert prepare(text, None, _site()).fields.status == "publish"  # not back to draft
    assert prepare(text.replace("title: T", "title: T\nstatus: draft"), None, _site()).fields.status == "draft"
    scheduled = apply_record("---\ntitle: T\n---\nBody\n", PublishRecord("Blog", "wordpress", "4", "l", "m", "h", "future"))
    assert prepare(scheduled, None, _site()).fields.status == "future"  # the site keeps its date
    assert prepare("---\ntitle: T\n---\nBody\n", None, _site()).fields.status == "draft"  # new post
