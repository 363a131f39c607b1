"""The Issues panel as a writer uses it: the list says where and what, the detail under it says
why in full and offers the fixes and the ignores as buttons, all reachable from the keyboard.

Real widgets, the real core checkers, checks on the app's TaskRunner (offscreen Qt).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QPlainTextEdit, QPushButton

from editor_app.ui.checks import IssuesPanel, attach_checks
from editor_app.ui.tasks import TaskRunner

WAIT_MS = 5000

# A sentence with a short fix (wordy phrase) and one with a long message (web boilerplate).
TEXT = "Officials talked in an attempt to prevent escalation.\n\nLeave a Reply\n"


@pytest.fixture
def env(tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("EDITOR_APP_HOME", str(tmp_path / "home"))
    editor = QPlainTextEdit()
    editor.resize(600, 400)
    qtbot.addWidget(editor)
    editor.show()
    runner = TaskRunner()
    ctrl = attach_checks(editor, runner, dictionary_path=tmp_path / "dictionary.txt")
    panel = IssuesPanel(refresh_ms=10)
    qtbot.addWidget(panel)
    panel.resize(420, 520)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_controller(ctrl)
    yield editor, ctrl, panel
    runner.wait_for_done(10000)


def listed(panel: IssuesPanel, qtbot: Any, category: str) -> Any:
    qtbot.waitUntil(lambda: any(li.issue.category == category for li in panel.shown_issues()), timeout=WAIT_MS)
    return next(li for li in panel.shown_issues() if li.issue.category == category)


def buttons(panel: IssuesPanel) -> dict[str, QPushButton]:
    return {b.text(): b for b in panel.detail.buttons if b.isVisible()}


def test_selected_issue_shows_its_whole_message_the_list_cuts_short(env: Any, qtbot: Any) -> None:
    editor, ctrl, panel = env
    panel.resize(300, 520)  # a narrow dock
    editor.setPlainText(TEXT)
    live = listed(panel, qtbot, "web_boilerplate")
    row = panel.row_of(live)
    message = live.issue.message
    # the list row is one line: the message does not fit in its column and nothing scrolls sideways
    column = panel.view.visualRect(panel.model.index(row, 2))
    assert panel.view.fontMetrics().horizontalAdvance(message) > column.width()
    assert column.right() <= panel.view.viewport().width()
    assert not panel.view.horizontalScrollBar().isVisible()
    assert not panel.detail.message.isVisible()  # nothing selected yet: a hint instead
    assert "Select an issue" in panel.detail.placeholder.text()

    panel.view.setFocus()
    panel.select_row(row)
    assert panel.detail.message.isVisible()
    assert panel.detail.message.text() == message  # all of it, wrapped
    assert panel.detail.message.height() > panel.detail.message.fontMetrics().height()  # on several lines
    assert "web_boilerplate" in panel.detail.header.text() and "line 3" in panel.detail.header.text()
    assert "“Leave a Reply”" in panel.detail.flagged.text()
    assert "Delete it" in buttons(panel)
    assert not panel.fix_all_button.isVisible()  # the only one of its kind: its own button will do
    # everything in the detail fits the narrow panel: buttons wrap, a label too long is cut
    # short with "…" and said in full in its tooltip
    panel.resize(250, 520)
    qtbot.waitUntil(lambda: panel.detail.width() <= panel.detail_scroll.viewport().width(), timeout=1000)
    qtbot.wait(20)
    for button in panel.detail.buttons:
        right = button.mapTo(panel, button.rect().topRight()).x()
        assert right <= panel.width(), button.full_text
    ignore_rule = next(b for b in panel.detail.buttons if b.full_text == "Ignore “web_boilerplate” in this document")
    assert ignore_rule.text().endswith("…") and ignore_rule.full_text in ignore_rule.toolTip()
    assert panel.detail.message.text() == message


def test_clicking_a_fix_button_changes_the_text_and_the_issue_goes(env: Any, qtbot: Any) -> None:
    editor, ctrl, panel = env
    editor.setPlainText(TEXT)
    live = listed(panel, qtbot, "wordy_phrase")
    listed(panel, qtbot, "web_boilerplate")
    panel.select_row(panel.row_of(live))
    fix = buttons(panel)["Replace with “to”"]
    qtbot.mouseClick(fix, Qt.MouseButton.LeftButton)
    assert editor.toPlainText().startswith("Officials talked to prevent escalation.")
    # gone from the list at once, and still gone after the checks have run on the new text
    qtbot.waitUntil(lambda: all(li.issue.category != "wordy_phrase" for li in panel.shown_issues()), timeout=WAIT_MS)
    with qtbot.waitSignal(ctrl.checked, timeout=WAIT_MS, check_params_cb=lambda g: g == "document"):
        ctrl.recheck(immediately=True)
    qtbot.wait(50)  # the panel's coalesced refresh
    assert all(li.issue.category != "wordy_phrase" for li in panel.shown_issues())
    # the next issue took its place in the detail, ready for the next fix
    assert panel.selected_issue() is not None
    assert panel.detail.message.text() == panel.selected_issue().issue.message
    editor.undo()
    assert editor.toPlainText() == TEXT


def test_enter_on_a_row_jumps_to_the_flagged_words(env: Any, qtbot: Any) -> None:
    editor, ctrl, panel = env
    editor.setPlainText(TEXT)
    live = listed(panel, qtbot, "web_boilerplate")
    panel.view.setFocus()
    panel.select_row(panel.row_of(live))
    assert editor.textCursor().selectedText() == ""
    with qtbot.waitSignal(panel.jumped, timeout=1000):
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    cursor = editor.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (live.start, live.end)
    assert cursor.selectedText() == "Leave a Reply"


def test_clicking_a_row_still_jumps(env: Any, qtbot: Any) -> None:
    editor, ctrl, panel = env
    editor.setPlainText(TEXT)
    live = listed(panel, qtbot, "wordy_phrase")
    rect = panel.view.visualRect(panel.model.index(panel.row_of(live), 2))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.textCursor().selectedText() == "in an attempt to"
    assert panel.detail.message.text() == live.issue.message


def test_the_fix_is_reachable_from_the_keyboard(env: Any, qtbot: Any) -> None:
    editor, ctrl, panel = env
    editor.setPlainText(TEXT)
    live = listed(panel, qtbot, "wordy_phrase")
    listed(panel, qtbot, "web_boilerplate")
    panel.activateWindow()
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus, timeout=1000)
    panel.select_row(panel.row_of(live))
    qtbot.keyClick(panel.view, Qt.Key.Key_Tab)  # from the list straight to the first fix
    focused = QApplication.focusWidget()
    assert isinstance(focused, QPushButton) and focused.text() == "Replace with “to”"
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert editor.toPlainText().startswith("Officials talked to prevent escalation.")
    # back in the list, on the issue that took its place: arrows and Tab carry on from there
    qtbot.waitUntil(panel.view.hasFocus, timeout=1000)
    assert panel.selected_issue() is not None
    assert panel.selected_issue().issue.category == "web_boilerplate"


def test_ignore_buttons_are_the_editor_menus_own(env: Any, qtbot: Any) -> None:
    editor, ctrl, panel = env
    editor.setPlainText(TEXT)
    live = listed(panel, qtbot, "wordy_phrase")
    panel.select_row(panel.row_of(live))
    menu_texts = [a.text() for a in ctrl.menu.actions_for(live.start, editor) if a.text() and a.isEnabled()]
    assert list(buttons(panel)) == menu_texts
    qtbot.mouseClick(buttons(panel)["Ignore once"], Qt.MouseButton.LeftButton)
    assert editor.toPlainText() == TEXT  # nothing written into the article
    qtbot.waitUntil(lambda: all(li.issue.category != "wordy_phrase" for li in panel.shown_issues()), timeout=WAIT_MS)
    with qtbot.waitSignal(ctrl.checked, timeout=WAIT_MS, check_params_cb=lambda g: g == "document"):
        ctrl.recheck(immediately=True)
    qtbot.wait(50)
    assert all(li.issue.category != "wordy_phrase" for li in panel.shown_issues())


def test_ignore_the_rule_in_this_document_from_the_detail(env: Any, qtbot: Any) -> None:
    editor, ctrl, panel = env
    editor.setPlainText(TEXT)
    live = listed(panel, qtbot, "wordy_phrase")
    panel.select_row(panel.row_of(live))
    qtbot.mouseClick(buttons(panel)["Ignore “wordy_phrase” in this document"], Qt.MouseButton.LeftButton)
    assert "<!-- check-ignore: wordy_phrase -->" in editor.toPlainText()
    qtbot.waitUntil(lambda: all(li.issue.category != "wordy_phrase" for li in panel.shown_issues()), timeout=WAIT_MS)


def test_filter_and_fix_all_still_work_with_the_detail(env: Any, qtbot: Any) -> None:
    editor, ctrl, panel = env
    editor.setPlainText("They spoke in an attempt to calm it.\n\nAid came as a means to help.\n\nLeave a Reply\n")
    qtbot.waitUntil(lambda: sum(li.issue.category == "wordy_phrase" for li in panel.shown_issues()) == 2, timeout=WAIT_MS)
    panel.category_filter.setCurrentIndex(panel.category_filter.findData("wordy_phrase"))
    assert {li.issue.category for li in panel.shown_issues()} == {"wordy_phrase"}
    panel.select_row(0)
    assert panel.detail.message.text() == panel.shown_issues()[0].issue.message
    # offered in the detail, with the selected issue's own fix, and next after it for Tab
    assert panel.fix_all_button.isVisible() and panel.detail.isAncestorOf(panel.fix_all_button)
    assert panel.fix_all_button.text() == "Fix all of this kind (2)"
    assert panel.detail.buttons[0].nextInFocusChain() is panel.fix_all_button
    qtbot.mouseClick(panel.fix_all_button, Qt.MouseButton.LeftButton)
    assert editor.toPlainText() == "They spoke to calm it.\n\nAid came to help.\n\nLeave a Reply\n"
    qtbot.waitUntil(lambda: panel.shown_issues() == [], timeout=WAIT_MS)
    assert not panel.detail.message.isVisible()


@pytest.fixture
def shell(tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The whole main window with its extensions (the panel in its dock, the View menu, review mode)."""
    from tests.ui.shell_helpers import close_window, make_window

    monkeypatch.setenv("EDITOR_APP_HOME", str(tmp_path / "home"))
    window, services = make_window(qtbot, tmp_path, extensions=True)
    yield window, services
    close_window(window)


def test_in_review_mode_the_fix_buttons_write_suggestions(shell: Any, qtbot: Any) -> None:
    window, services = shell
    tab = services.files.new_document("Officials talked in an attempt to prevent escalation.\n")
    qtbot.waitUntil(lambda: "checks" in tab.features, timeout=20000)
    window.findChild(QDockWidget, "issuesDock").show()
    panel = window.findChild(IssuesPanel)
    live = listed(panel, qtbot, "wordy_phrase")
    panel.select_row(panel.row_of(live))
    assert "Replace with “to”" in buttons(panel)
    tab.features["review"].set_enabled(True)  # while the issue is shown
    assert "Replace with “to”" not in buttons(panel)
    qtbot.mouseClick(buttons(panel)["Suggest “to”"], Qt.MouseButton.LeftButton)
    assert "{~~in an attempt to~>to~~}" in tab.editor.toPlainText()


def test_f8_goes_from_the_text_to_the_issue_at_the_caret(shell: Any, qtbot: Any) -> None:
    window, services = shell
    tab = services.files.new_document(TEXT)
    qtbot.waitUntil(lambda: "checks" in tab.features, timeout=20000)
    checks = tab.features["checks"]
    qtbot.waitUntil(lambda: {li.issue.category for li in checks.issues()} >= {"wordy_phrase", "web_boilerplate"},
                    timeout=10000)
    dock = window.findChild(QDockWidget, "issuesDock")
    assert not dock.isVisible()
    cursor = tab.editor.textCursor()
    cursor.setPosition(TEXT.index("Leave"))
    tab.editor.setTextCursor(cursor)
    go = next(a for a in window.menu("&View").actions() if a.text() == "Go to &Issues")
    assert go.shortcut().toString() == "F8"
    go.trigger()
    panel = window.findChild(IssuesPanel)
    assert dock.isVisible()
    assert panel.selected_issue().issue.category == "web_boilerplate"
    assert panel.detail.message.text() == panel.selected_issue().issue.message
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.view, timeout=1000)
