"""The publish dialog with the real core objects (site store, credentials, publisher, outbox,
preflight) and a WordPress site that is down: nothing listens on its port, so the connection is
refused. That is the offline path a writer meets on a train: the job must land in the outbox.
"""

from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from editor_app.core.metadata import Metadata
from editor_app.core.publishing.base import SiteConfig
from editor_app.core.publishing.outbox import Outbox
from editor_app.core.publishing.sites import SiteStore
from editor_app.core.storage.credentials import CredentialStore
from editor_app.ui.dialogs.outbox import OutboxView
from editor_app.ui.dialogs.publish import CorePublishServices, make_publish_dialog, to_date_gmt
from editor_app.ui.tasks import TaskRunner
from tests.conftest import SEED_DRAFT

FRONT_MATTER = """---
title: How quiet diplomacy stopped a war
slug: quiet-diplomacy
excerpt: Backchannels between Washington, Delhi and Islamabad.
status: draft
tags: [diplomacy, South Asia]
categories: [World]
---
"""


def refused_port() -> int:
    """A port nothing listens on (bound, then closed)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def setup(tmp_path: Path, qtbot, monkeypatch):
    monkeypatch.setenv("EDITOR_APP_HOME", str(tmp_path / "home"))
    store = SiteStore(tmp_path / "sites.json")
    store.add(SiteConfig(name="Down blog", kind="wordpress", url=f"http://127.0.0.1:{refused_port()}", user="admin"))
    creds = CredentialStore(service=f"editor-app-test-{tmp_path.name}")
    creds.set("Down blog", "abcd efgh ijkl mnop qrst uvwx", session_only=True)
    outbox = Outbox(tmp_path / "outbox")
    services = CorePublishServices(store, creds, outbox)
    doc = tmp_path / "article.md"
    doc.write_text(FRONT_MATTER + SEED_DRAFT.read_text(encoding="utf-8"), encoding="utf-8")
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(doc.read_text(encoding="utf-8"))
    runner = TaskRunner()
    yield editor, runner, services, outbox, doc
    runner.wait_for_done(10000)


def test_fields_come_from_the_front_matter(setup, qtbot) -> None:
    editor, runner, services, _outbox, doc = setup
    dlg = make_publish_dialog(editor, runner, path=doc, services=services)
    qtbot.addWidget(dlg)
    assert dlg.site_box.currentText() == "Down blog"
    assert dlg.title_edit.text() == "How quiet diplomacy stopped a war"
    assert dlg.slug_edit.text() == "quiet-diplomacy"
    assert dlg.excerpt_edit.toPlainText() == "Backchannels between Washington, Delhi and Islamabad."
    assert dlg.selected_status() == "draft"
    assert dlg.tags_edit.text() == "diplomacy, South Asia"
    assert dlg.categories_edit.text() == "World"
    # WordPress can schedule: the status list offers it, and the date/time picker follows it
    assert dlg.status_box.findData("future") >= 0
    assert not dlg.schedule_widget.isEnabled()
    dlg.status_box.setCurrentIndex(dlg.status_box.findData("future"))
    assert dlg.schedule_widget.isEnabled()


def test_scheduled_time_in_a_time_zone_becomes_date_gmt(setup, qtbot) -> None:
    editor, runner, services, _outbox, doc = setup
    dlg = make_publish_dialog(editor, runner, path=doc, services=services)
    qtbot.addWidget(dlg)
    dlg.status_box.setCurrentIndex(dlg.status_box.findData("future"))
    from PySide6.QtCore import QDate, QDateTime, QTime

    dlg.date_edit.setDateTime(QDateTime(QDate(2027, 3, 1), QTime(10, 0)))
    dlg.zone_box.setCurrentText("Asia/Kolkata")
    assert dlg.date_gmt() == dt.datetime(2027, 3, 1, 4, 30, tzinfo=dt.UTC)
    # New York is on standard time on 1 March and on summer time on 1 July
    dlg.zone_box.setCurrentText("America/New_York")
    assert dlg.date_gmt() == dt.datetime(2027, 3, 1, 15, 0, tzinfo=dt.UTC)
    assert to_date_gmt(dt.datetime(2027, 7, 1, 10, 0), "America/New_York") == dt.datetime(
        2027, 7, 1, 14, 0, tzinfo=dt.UTC
    )
    # what is written back to the front matter keeps the writer's wall-clock time and zone
    meta, err = Metadata.from_text(dlg.text_with_fields(dlg.options()))
    assert err is None
    assert meta.status == "future"
    assert dt.datetime.fromisoformat(meta.date) == dt.datetime(2027, 3, 1, 15, 0, tzinfo=dt.UTC)
    assert meta.date.startswith("2027-03-01T10:00")


def test_chatbot_line_blocks_until_overridden_then_offline_publish_goes_to_outbox(setup, qtbot) -> None:
    editor, runner, services, outbox, doc = setup
    dlg = make_publish_dialog(editor, runner, path=doc, services=services)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.preflight.findings() != [], timeout=20000)

    text = editor.toPlainText()
    blockers = [f for f in dlg.preflight.findings() if f.severity == "block"]
    assert any("Would you be interested in reading" in text[f.start : f.end] for f in blockers)
    assert any(text[f.start : f.end].startswith("Leave a Reply") for f in blockers)
    assert not dlg.publish_button.isEnabled()

    # clicking the entry selects the chatbot line in the editor
    idx = next(
        i for i, f in enumerate(dlg.preflight.findings()) if "Would you be interested" in text[f.start : f.end]
    )
    item = dlg.preflight.item_for(idx)
    tree = dlg.preflight.tree
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
    assert "Would you be interested in reading" in editor.textCursor().selectedText()

    # the site is down: existing categories/tags are unknown, so nothing is announced as "new"
    qtbot.waitUntil(lambda: "could not be loaded" in dlg.terms_note.text(), timeout=20000)

    # explicit override, then publish: the site refuses the connection -> outbox
    assert dlg.preflight.override.isVisible()
    dlg.preflight.override.setChecked(True)
    assert dlg.publish_button.isEnabled()
    with qtbot.waitSignal(dlg.queued, timeout=30000) as queued:
        dlg.publish_button.click()
        assert dlg.is_busy()
    assert "outbox" in queued.args[0]
    jobs = outbox.jobs()
    assert len(jobs) == 1
    assert jobs[0].state == "retrying" and jobs[0].site == "Down blog"
    assert jobs[0].error_kind == "Unreachable"
    assert "Would you be interested" in jobs[0].text  # the writer overrode the blocker

    view = OutboxView(outbox, runner, executor=lambda job: None)
    qtbot.addWidget(view)
    row = view.tree.topLevelItem(0)
    assert row.text(0) == "How quiet diplomacy stopped a war"
    assert row.text(2) == "Waiting to retry"
    assert row.text(4).startswith("in ")


def test_edited_fields_are_written_to_the_front_matter_as_one_undo_step(setup, qtbot) -> None:
    editor, runner, services, _outbox, doc = setup
    before = editor.toPlainText()
    dlg = make_publish_dialog(editor, runner, path=doc, services=services)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.preflight.findings() != [], timeout=20000)
    dlg.title_edit.setText("Quiet diplomacy")
    dlg.tags_edit.setText("diplomacy, South Asia, ceasefire")
    dlg.preflight.override.setChecked(True)
    with qtbot.waitSignal(dlg.queued, timeout=30000):
        dlg.publish_button.click()
    after = editor.toPlainText()
    assert "title: Quiet diplomacy\n" in after
    assert "tags: [diplomacy, South Asia, ceasefire]" in after
    assert after.split("---\n", 2)[2] == before.split("---\n", 2)[2]  # body untouched
    editor.undo()
    assert editor.toPlainText() == before


def test_publishing_again_while_queued_updates_the_waiting_job(setup, qtbot) -> None:
    """Two jobs for one article could each create a post; the waiting one is reused instead."""
    editor, runner, services, outbox, doc = setup
    for title in ("First title", "Second title"):
        dlg = make_publish_dialog(editor, runner, path=doc, services=services)
        qtbot.addWidget(dlg)
        qtbot.waitUntil(lambda d=dlg: d.preflight.findings() != [], timeout=20000)
        dlg.title_edit.setText(title)
        dlg.preflight.override.setChecked(True)
        with qtbot.waitSignal(dlg.queued, timeout=30000):
            dlg.publish_button.click()
    jobs = outbox.jobs()
    assert len(jobs) == 1
    assert jobs[0].title == "Second title" and "title: Second title" in jobs[0].text
    assert jobs[0].attempts == 2


def test_form_follows_the_site_type(setup, qtbot) -> None:
    editor, runner, services, _outbox, doc = setup
    services.store.add(SiteConfig(name="Ghost news", kind="ghost", url=f"http://127.0.0.1:{refused_port()}"))
    dlg = make_publish_dialog(editor, runner, path=doc, services=services)
    qtbot.addWidget(dlg)
    statuses = lambda: {dlg.status_box.itemData(i) for i in range(dlg.status_box.count())}  # noqa: E731
    assert {"draft", "pending", "private", "publish", "future"} <= statuses()
    assert dlg.categories_edit.isEnabled()
    dlg.site_box.setCurrentText("Ghost news")
    assert "pending" not in statuses() and "private" not in statuses()
    assert {"draft", "publish", "future"} <= statuses()
    assert not dlg.categories_edit.isEnabled()  # Ghost has tags only
    assert dlg.tags_edit.isEnabled()


def test_fixing_a_blocker_in_the_editor_updates_the_open_dialog(setup, qtbot) -> None:
    editor, runner, services, _outbox, doc = setup
    dlg = make_publish_dialog(editor, runner, path=doc, services=services)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.preflight.blocker_count() > 0, timeout=20000)
    before = dlg.preflight.blocker_count()
    text = editor.toPlainText()
    start = text.index("Would you be interested")
    cur = editor.textCursor()
    cur.setPosition(start)
    cur.setPosition(text.index("\n", start) + 1, cur.MoveMode.KeepAnchor)
    cur.removeSelectedText()  # the writer deletes the chatbot line while the dialog stays open
    qtbot.waitUntil(lambda: dlg.preflight.blocker_count() == before - 1, timeout=20000)
    assert all("Would you be interested" not in f.message for f in dlg.preflight.findings())
