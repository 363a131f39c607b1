"""Conflict and deleted-on-site prompts, on real dialogs with the core's own error objects."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from editor_app.core.publishing.base import Conflict, PublishRequest, RemoteDeleted, RemotePost
from editor_app.ui.dialogs.conflict import (
    ConflictChoice,
    ConflictDialog,
    ask_recreate_deleted,
    diff_text,
    html_to_lines,
)


def _conflict() -> Conflict:
    local = PublishRequest(title="Ceasefire", html="<p>War was avoided.</p>\n<p>Both sides stood down.</p>")
    remote = RemotePost(
        id="7",
        link="http://example.test/?p=7",
        modified="2026-01-01T10:00:00",
        status="publish",
        title="Ceasefire",
        html="<p>War was avoided.</p><p>An editor changed this line.</p><!-- editor-app:abc -->",
    )
    return Conflict("changed on the site", local=local, remote=remote)


def test_diff_shows_both_versions_without_markup_or_marker() -> None:
    lines = html_to_lines(_conflict().remote.html)
    assert lines == ["War was avoided.", "An editor changed this line."]
    diff = diff_text(_conflict().remote.html, _conflict().local.html)
    assert "-An editor changed this line." in diff
    assert "+Both sides stood down." in diff
    assert " War was avoided." in diff
    assert "editor-app:abc" not in diff


def test_conflict_dialog_buttons_return_the_choice(qtbot) -> None:
    for button, expected in (
        ("keep_mine_button", ConflictChoice.KEEP_MINE),
        ("take_theirs_button", ConflictChoice.TAKE_THEIRS),
        ("cancel_button", ConflictChoice.CANCEL),
    ):
        dlg = ConflictDialog(_conflict(), "My blog")
        qtbot.addWidget(dlg)
        assert "+Both sides stood down." in dlg.diff_view.toPlainText()
        getattr(dlg, button).click()
        assert dlg.choice is expected


def _click_when_box_appears(button_text: str) -> None:
    def poll() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.isVisible():
                for b in w.buttons():
                    if b.text().replace("&", "") == button_text:
                        b.click()
                        return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def test_deleted_on_site_offers_to_create_again(qtbot) -> None:
    err = RemoteDeleted("gone", remote_id="7", trashed=True)
    _click_when_box_appears("Create it again")
    assert ask_recreate_deleted(err, "My blog") is True
    _click_when_box_appears("Cancel")
    assert ask_recreate_deleted(err, "My blog") is False
