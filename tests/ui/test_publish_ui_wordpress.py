"""The publish dialog against a real WordPress (the tests/harness instance on 127.0.0.1):
first publish, progress while uploading, the conflict dialog after an edit on the site ("keep
mine"), and the deleted-on-site prompt ("create it again"), all through the real widgets."""

from __future__ import annotations

import io
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from PIL import Image
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPlainTextEdit

from editor_app.core.metadata import Metadata
from editor_app.core.publishing.base import SiteConfig
from editor_app.core.publishing.media_cache import MediaCache
from editor_app.core.publishing.outbox import Outbox
from editor_app.core.publishing.sites import SiteStore
from editor_app.core.storage.credentials import CredentialStore
from editor_app.ui.dialogs.conflict import ConflictDialog
from editor_app.ui.dialogs.publish import CorePublishServices, make_publish_dialog
from editor_app.ui.tasks import TaskRunner
from tests.harness.wordpress import WordPressServer, free_port, unavailable_reason

pytestmark = [pytest.mark.wordpress, pytest.mark.slow]

ARTICLE = """---
title: Talks at the border
slug: talks-at-the-border
excerpt: How two envoys kept a crisis from turning into a war.
tags: [diplomacy]
categories: [World]
---
Envoys from both capitals met at the crossing before dawn.

![The crossing at dawn](crossing.jpg)

They agreed to keep the hotline open and to meet again within a week.
"""


@pytest.fixture(scope="module")
def wp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WordPressServer]:
    reason = unavailable_reason()
    if reason:
        pytest.skip(reason)
    base = Path(os.environ.get("WP_TEST_STATE_BASE") or tmp_path_factory.getbasetemp())
    server = WordPressServer(port=free_port(), state_dir=base / f"wpui{os.getpid()}")
    server.start(fresh=True)
    try:
        yield server
    finally:
        server.stop(purge=True)


def rest(wp: WordPressServer, method: str, route: str, **kw: Any) -> requests.Response:
    r = requests.request(method, f"{wp.url}/?rest_route={route}", auth=(wp.user, wp.app_password), timeout=30, **kw)
    r.raise_for_status()
    return r


def click_in_dialog(kind: type, find_button) -> list[str]:  # type: ignore[no-untyped-def]
    """When a ``kind`` window opens, click the button ``find_button(window)`` returns."""
    seen: list[str] = []

    def poll() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, kind) and w.isVisible():
                seen.append(w.objectName())
                find_button(w).click()
                return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
    return seen


@pytest.fixture
def env(wp: WordPressServer, tmp_path: Path, qtbot, monkeypatch):
    monkeypatch.setenv("EDITOR_APP_HOME", str(tmp_path / "home"))
    store = SiteStore(tmp_path / "sites.json")
    store.add(SiteConfig(name="Local WP", kind="wordpress", url=wp.url, user=wp.user))
    creds = CredentialStore(service=f"editor-app-test-{tmp_path.name}")
    creds.set("Local WP", wp.app_password, session_only=True)
    services = CorePublishServices(store, creds, Outbox(tmp_path / "outbox"), MediaCache(tmp_path / "media.json"))
    img = Image.new("RGB", (1600, 900), (40, 90, 160))
    buf = io.BytesIO()
    img.save(buf, "JPEG")
    (tmp_path / "crossing.jpg").write_bytes(buf.getvalue())
    doc = tmp_path / "talks.md"
    doc.write_text(ARTICLE, encoding="utf-8")
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(ARTICLE)
    runner = TaskRunner()
    yield editor, runner, services, doc
    runner.wait_for_done(20000)


def publish_once(qtbot, editor, runner, services, doc):  # type: ignore[no-untyped-def]
    dlg = make_publish_dialog(editor, runner, path=doc, services=services)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.preflight.status.text() != "Checking the article…", timeout=30000)
    assert dlg.preflight.blocker_count() == 0, [f.message for f in dlg.preflight.findings()]
    assert dlg.publish_button.isEnabled()
    progress: list[Any] = []
    runner.progress.connect(lambda *a: progress.append(a))
    with qtbot.waitSignal(dlg.published, timeout=60000) as sig:
        dlg.publish_button.click()
    return dlg, sig.args[0], progress


def test_publish_conflict_keep_mine_and_recreate_after_delete(env, wp, qtbot) -> None:
    editor, runner, services, doc = env

    # 1. first publish: one post, with our title; the record lands in the front matter
    dlg, outcome, progress = publish_once(qtbot, editor, runner, services, doc)
    assert outcome.created and outcome.uploaded == 1
    assert progress, "the upload reported progress to the dialog"
    post_id = outcome.record.remote_id
    post = rest(wp, "GET", f"/wp/v2/posts/{post_id}", params={"context": "edit"}).json()
    assert post["title"]["raw"] == "Talks at the border"
    assert "Envoys from both capitals" in post["content"]["raw"]
    meta, _ = Metadata.from_text(editor.toPlainText())
    assert str(meta.publish["Local WP"]["id"]) == post_id
    assert post_id in dlg.message.text() or post["link"] in dlg.message.text()

    # 2. someone edits the post on the site; publishing again shows the conflict with a diff
    # (WordPress keeps modified_gmt in whole seconds: an edit within the same second as our
    # publish would look unchanged, so wait like a real editor would take longer than that)
    time.sleep(1.1)
    rest(wp, "POST", f"/wp/v2/posts/{post_id}", json={"content": "<p>Rewritten by an editor.</p>"})
    seen_diff: list[str] = []

    def keep_mine(d: QDialog):  # type: ignore[no-untyped-def]
        assert isinstance(d, ConflictDialog)
        seen_diff.append(d.diff_view.toPlainText())
        return d.keep_mine_button

    click_in_dialog(ConflictDialog, keep_mine)
    dlg2, outcome2, _ = publish_once(qtbot, editor, runner, services, doc)
    assert seen_diff and "-Rewritten by an editor." in seen_diff[0]
    assert "+Envoys from both capitals met at the crossing before dawn." in seen_diff[0]
    assert outcome2.record.remote_id == post_id and not outcome2.created
    post = rest(wp, "GET", f"/wp/v2/posts/{post_id}", params={"context": "edit"}).json()
    assert "Envoys from both capitals" in post["content"]["raw"]
    assert "Rewritten by an editor" not in post["content"]["raw"]

    # 3. the post is deleted on the site: the writer is asked, and "create it again" makes a new one
    rest(wp, "DELETE", f"/wp/v2/posts/{post_id}")  # to the trash
    questions: list[str] = []

    def create_again(box: QMessageBox):  # type: ignore[no-untyped-def]
        questions.append(box.text())
        return next(b for b in box.buttons() if b.text().replace("&", "") == "Create it again")

    click_in_dialog(QMessageBox, create_again)
    _dlg3, outcome3, _ = publish_once(qtbot, editor, runner, services, doc)
    assert questions and "trash" in questions[0]
    assert outcome3.created and outcome3.record.remote_id != post_id
    meta, _ = Metadata.from_text(editor.toPlainText())
    assert str(meta.publish["Local WP"]["id"]) == outcome3.record.remote_id
    published = rest(wp, "GET", "/wp/v2/posts", params={"status": "any", "search": "Talks at the border"}).json()
    assert [p["id"] for p in published] == [int(outcome3.record.remote_id)]


def test_ui_keeps_running_during_uploads_and_escape_stops_the_upload(env, wp, qtbot, tmp_path) -> None:
    editor, runner, services, doc = env
    body = "\n\n".join(f"![Photo {n}](photo{n}.jpg)" for n in range(4))
    for n in range(4):
        Image.effect_noise((4000, 3000), 60 + n).convert("RGB").save(tmp_path / f"photo{n}.jpg", "JPEG")
    text = ARTICLE.replace("slug: talks-at-the-border", "slug: photo-story").replace(
        "title: Talks at the border", "title: Photo story"
    ) + "\n" + body + "\n"
    editor.setPlainText(text)
    before = rest(wp, "GET", "/wp/v2/posts", params={"status": "any", "per_page": 1}).headers["X-WP-Total"]

    dlg = make_publish_dialog(editor, runner, path=doc, services=services)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.preflight.status.text() != "Checking the article…", timeout=30000)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    dlg.publish_button.click()
    assert dlg.is_busy() and dlg.cancel_button.text() == "Stop" and dlg.progress.isVisible()
    qtbot.waitUntil(lambda: dlg.progress.maximum() == 100, timeout=30000)  # first image reported
    # Escape / closing the window while uploading does not drop the job's result: it stops it
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert dlg.isVisible() and "Stopping" in dlg.message.text()
    qtbot.waitUntil(lambda: not dlg.is_busy(), timeout=60000)
    timer.stop()
    assert "cancelled" in dlg.last_error
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert len(ticks) > 10 and max(gaps) < 1.0, max(gaps)  # the event loop kept turning (uploads take seconds)
    print(f"\nUI event loop during 12 MP uploads: {len(ticks)} ticks, longest gap {max(gaps) * 1000:.0f} ms")
    after = rest(wp, "GET", "/wp/v2/posts", params={"status": "any", "per_page": 1}).headers["X-WP-Total"]
    assert after == before  # nothing was created
    assert services.outbox.jobs() == []  # and nothing is left to be retried behind the writer's back


def test_conflict_take_theirs_replaces_the_document(env, wp, qtbot) -> None:
    editor, runner, services, doc = env
    text = ARTICLE.replace("title: Talks at the border", "title: Night talks").replace(
        "slug: talks-at-the-border", "slug: night-talks"
    )
    editor.setPlainText(text)
    _dlg, outcome, _ = publish_once(qtbot, editor, runner, services, doc)
    post_id = outcome.record.remote_id
    time.sleep(1.1)  # WordPress's modified time has one-second steps
    rest(wp, "POST", f"/wp/v2/posts/{post_id}", json={"content": "<p>The copy desk's version.</p>"})
    editor.appendPlainText("\nA line added locally.")
    click_in_dialog(ConflictDialog, lambda d: d.take_theirs_button)

    dlg = make_publish_dialog(editor, runner, path=doc, services=services)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.preflight.status.text() != "Checking the article…", timeout=30000)
    with qtbot.waitSignal(dlg.take_theirs, timeout=60000):
        dlg.publish_button.click()
    after = editor.toPlainText()
    assert "The copy desk's version." in after
    assert "A line added locally." not in after and "Envoys from both capitals" not in after
    meta, _ = Metadata.from_text(after)
    remote = rest(wp, "GET", f"/wp/v2/posts/{post_id}", params={"context": "edit"}).json()
    record = meta.publish["Local WP"]
    assert str(record["id"]) == post_id and record["modified"] == remote["modified_gmt"]
    editor.undo()  # one step back to the writer's own text
    assert "A line added locally." in editor.toPlainText()


def test_scheduled_post_gets_the_right_date_gmt(env, wp, qtbot) -> None:
    editor, runner, services, doc = env
    editor.setPlainText(
        ARTICLE.replace("title: Talks at the border", "title: Later talks").replace(
            "slug: talks-at-the-border", "slug: later-talks"
        )
    )
    dlg = make_publish_dialog(editor, runner, path=doc, services=services)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.preflight.status.text() != "Checking the article…", timeout=30000)
    dlg.status_box.setCurrentIndex(dlg.status_box.findData("future"))
    dlg.date_edit.setDateTime(QDateTime(QDate(2031, 1, 15), QTime(9, 30)))
    dlg.zone_box.setCurrentText("Europe/Berlin")  # UTC+1 in January
    with qtbot.waitSignal(dlg.published, timeout=60000) as sig:
        dlg.publish_button.click()
    post = rest(wp, "GET", f"/wp/v2/posts/{sig.args[0].record.remote_id}", params={"context": "edit"}).json()
    assert post["status"] == "future"
    assert post["date_gmt"] == "2031-01-15T08:30:00"
    meta, _ = Metadata.from_text(editor.toPlainText())
    assert meta.status == "future" and meta.date.startswith("2031-01-15T09:30+01:00")


def test_site_down_then_back_outbox_sends_once_and_record_lands_in_the_editor(wp, tmp_path, qtbot, monkeypatch) -> None:
    monkeypatch.setenv("EDITOR_APP_HOME", str(tmp_path / "home"))
    from PySide6.QtWidgets import QMainWindow

    from editor_app.ui.dialogs.publish import PublishingActions

    window = QMainWindow()
    qtbot.addWidget(window)
    editor = QPlainTextEdit()
    window.setCentralWidget(editor)
    text = ARTICLE.replace("title: Talks at the border", "title: Offline talks").replace(
        "slug: talks-at-the-border", "slug: offline-talks"
    ).replace("![The crossing at dawn](crossing.jpg)\n\n", "")
    doc = tmp_path / "offline.md"
    doc.write_text(text, encoding="utf-8")
    editor.setPlainText(text)
    store = SiteStore(tmp_path / "sites.json")
    store.add(SiteConfig(name="Local WP", kind="wordpress", url=wp.url, user=wp.user))
    creds = CredentialStore(service=f"editor-app-test-{tmp_path.name}")
    creds.set("Local WP", wp.app_password, session_only=True)
    outbox = Outbox(tmp_path / "outbox", backoff=lambda attempts: 0.0)
    runner = TaskRunner()
    publishing = PublishingActions(
        window, runner, lambda: (editor, doc), lambda: [(editor, doc)],
        store=store, credentials=creds, outbox=outbox, start_retrier=False,
    )
    assert [a.text() for a in publishing.actions()] == [
        "&Publish…", "Open a Post from a &Site…", "&Sites…", "&Outbox…"
    ]

    wp.stop_web()
    try:
        dlg = publishing.publish_current()
        qtbot.addWidget(dlg)
        qtbot.waitUntil(lambda: dlg.preflight.status.text() != "Checking the article…", timeout=30000)
        with qtbot.waitSignal(dlg.queued, timeout=60000):
            dlg.publish_button.click()
        assert [j.state for j in outbox.jobs()] == ["retrying"]
        assert "publish:" not in editor.toPlainText()
    finally:
        wp.start_web()

    with qtbot.waitSignal(publishing.record_applied, timeout=60000):
        publishing.retrier.run_due()
    meta, _ = Metadata.from_text(editor.toPlainText())
    post_id = str(meta.publish["Local WP"]["id"])
    found = rest(wp, "GET", "/wp/v2/posts", params={"status": "any", "search": "Offline talks"}).json()
    assert [str(p["id"]) for p in found] == [post_id]
    assert [j.state for j in outbox.jobs()] == ["done"]
    # running the outbox again sends nothing more
    publishing.retrier.run_due()
    runner.wait_for_done(20000)
    qtbot.wait(100)
    assert len(rest(wp, "GET", "/wp/v2/posts", params={"status": "any", "search": "Offline talks"}).json()) == 1


def test_open_a_post_from_the_site_as_a_new_document(wp, tmp_path, qtbot, monkeypatch) -> None:
    monkeypatch.setenv("EDITOR_APP_HOME", str(tmp_path / "home"))
    from PySide6.QtWidgets import QMainWindow

    from editor_app.ui.dialogs.publish import PublishingActions

    post = rest(
        wp, "POST", "/wp/v2/posts",
        json={"title": "Pulled piece", "content": "<p>Written <strong>on the site</strong>.</p>", "status": "draft"},
    ).json()
    window = QMainWindow()
    qtbot.addWidget(window)
    store = SiteStore(tmp_path / "sites.json")
    store.add(SiteConfig(name="Local WP", kind="wordpress", url=wp.url, user=wp.user))
    creds = CredentialStore(service=f"editor-app-test-{tmp_path.name}")
    creds.set("Local WP", wp.app_password, session_only=True)
    opened: list[str] = []
    runner = TaskRunner()
    publishing = PublishingActions(
        window, runner, lambda: None, lambda: [], opened.append,
        store=store, credentials=creds, outbox=Outbox(tmp_path / "outbox"), start_retrier=False,
    )
    dlg = publishing.pull()
    qtbot.addWidget(dlg)
    dlg.search_edit.setText("Pulled piece")
    dlg.load()
    qtbot.waitUntil(lambda: any(p.id == str(post["id"]) for p in dlg.posts), timeout=30000)
    row = next(i for i, p in enumerate(dlg.posts) if p.id == str(post["id"]))
    dlg.list.setCurrentItem(dlg.list.topLevelItem(row))
    dlg.open_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=30000)
    meta, _ = Metadata.from_text(opened[0])
    assert meta.title == "Pulled piece"
    assert "Written **on the site**." in opened[0]
    assert str(meta.publish["Local WP"]["id"]) == str(post["id"])  # publishing it again updates that post
    runner.wait_for_done(20000)


def test_existing_terms_are_offered_new_ones_announced_and_featured_image_sent(env, wp, qtbot) -> None:
    editor, runner, services, doc = env
    rest(wp, "POST", "/wp/v2/categories", json={"name": "Analysis"})
    editor.setPlainText(
        ARTICLE.replace("title: Talks at the border", "title: Terms and images").replace(
            "slug: talks-at-the-border", "slug: terms-and-images"
        )
    )
    dlg = make_publish_dialog(editor, runner, path=doc, services=services)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.categories_edit.completer() is not None, timeout=30000)
    offered = dlg.categories_edit.completer().model().stringList()
    assert "Analysis" in offered  # fetched from the site in the background
    # typing part of a name after a comma offers the existing one and completes just that part
    dlg.categories_edit.setText("World, ")
    dlg.categories_edit.setFocus()
    qtbot.keyClicks(dlg.categories_edit, "Anal")
    completer = dlg.categories_edit.completer()
    assert completer.currentCompletion() == "World, Analysis"
    dlg.categories_edit.setText("Analysis, Brand new section")
    assert "new categories: Brand new section" in dlg.terms_note.text()
    assert "Analysis" not in dlg.terms_note.text()
    dlg.featured_edit.setText("crossing.jpg")
    qtbot.waitUntil(lambda: dlg.preflight.status.text() != "Checking the article…", timeout=30000)
    with qtbot.waitSignal(dlg.published, timeout=60000) as sig:
        dlg.publish_button.click()
    post = rest(wp, "GET", f"/wp/v2/posts/{sig.args[0].record.remote_id}", params={"context": "edit"}).json()
    names = {c["name"] for c in rest(wp, "GET", "/wp/v2/categories", params={"per_page": 100}).json() if c["id"] in post["categories"]}
    assert names == {"Analysis", "Brand new section"}
    assert post["featured_media"]
    meta, _ = Metadata.from_text(editor.toPlainText())
    assert meta.featured_image == "crossing.jpg" and meta.categories == ("Analysis", "Brand new section")
