"""The full composition (every feature installed): review mode in the preview, the reviewer's
name, "Suggest" from the Issues panel, "ignore once" per file, window layout kept across starts,
document words kept out of the log. Real widgets, offscreen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu

from editor_app.app import build_window
from editor_app.core import logsetup
from editor_app.core.storage.settings import Settings
from tests.ui.shell_helpers import DialogAnswerer, close_window

pytestmark = pytest.mark.ui


def preview_text(qtbot: Any, tab: Any) -> str:
    box: dict[str, str] = {}
    tab.ensure_preview().plain_text(lambda t: box.setdefault("t", t))
    qtbot.waitUntil(lambda: "t" in box, timeout=5000)
    return box["t"]


@pytest.fixture
def full(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("EDITOR_APP_HOME", str(tmp_path / "home"))
    settings = Settings()
    settings.reviewer_name = "Ana"
    window, services = build_window(settings, None)
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    window.services = services
    yield window
    close_window(window)


def test_preview_shows_suggestions_as_marks_or_as_the_final_text(qtbot: Any, full: Any) -> None:
    tab = full.services.files.new_document("The {~~slow~>quick~~} fox{>>@Ana: check the name<<}.\n")
    review = tab.features["review"]

    def shown() -> str:
        return preview_text(qtbot, tab)

    # Markup view: old and new words both there, the comment as a bubble, no raw CriticMarkup.
    qtbot.waitUntil(lambda: "quick" in shown() and "slow" in shown(), timeout=10000)
    assert "{~~" not in shown() and "~>" not in shown()
    assert "check the name" in shown()
    review.set_preview_final(True)
    qtbot.waitUntil(lambda: "slow" not in shown(), timeout=10000)
    assert "The quick fox." in shown()
    assert "check the name" not in shown()


def test_comments_are_signed_with_the_reviewer_name_and_it_can_be_changed(qtbot: Any, full: Any) -> None:
    tab = full.services.files.new_document("A sentence worth a note.")
    review = tab.features["review"]
    review.add_comment("Source?")
    assert "@Ana: Source?" in tab.editor.toPlainText()

    def answer(dialog: Any) -> None:
        dialog.setTextValue("Bea")
        dialog.accept()

    answerer = DialogAnswerer(answer)
    action = next(a for a in full.menu("&Review").actions() if a.text().startswith("Reviewer"))
    action.trigger()
    answerer.stop()
    assert full.services.settings.reviewer_name == "Bea"
    review.add_comment("Second note")
    assert "@Bea: Second note" in tab.editor.toPlainText()


def _run_popup(qtbot: Any, choose: str) -> list[str]:
    """Answer the next popup menu: record its items and trigger the one starting with ``choose``."""
    seen: list[str] = []

    def poll() -> None:
        popup = QApplication.activePopupWidget()
        if not isinstance(popup, QMenu):
            return
        timer.stop()
        seen.extend(a.text() for a in popup.actions() if not a.isSeparator())
        target = next((a for a in popup.actions() if a.text().startswith(choose)), None)
        popup.close()
        if target is not None:
            target.trigger()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(poll)
    timer.start()
    return seen


def test_issues_panel_offers_suggest_in_review_mode(qtbot: Any, full: Any) -> None:
    from editor_app.ui import features
    from editor_app.ui.checks import IssuesPanel

    text = "We must make a final conclusion in the end of the day."
    tab = full.services.files.new_document(text)
    qtbot.waitUntil(lambda: "checks" in tab.features, timeout=20000)
    checks = tab.features["checks"]
    qtbot.waitUntil(lambda: any(li.issue.replacements for li in checks.issues()), timeout=10000)
    panel = full.findChild(IssuesPanel)
    full.findChild(QDockWidget, "issuesDock").show()
    panel.refresh()
    row = next(i for i, li in enumerate(panel.shown_issues()) if li.issue.replacements)
    live = panel.shown_issues()[row]
    flagged, replacement = live.text, live.issue.replacements[0]
    pos = panel.view.visualRect(panel.model.index(row, 0)).center()

    # Outside review mode the menu fixes the text directly.
    seen = _run_popup(qtbot, "Go to")
    features._issues_panel_menu(full, panel, pos)
    assert any(s.startswith("Replace with") or s == "Delete it" for s in seen)
    assert not any(s.startswith("Suggest") for s in seen)

    tab.features["review"].set_enabled(True)
    seen = _run_popup(qtbot, "Suggest")
    features._issues_panel_menu(full, panel, pos)
    assert any(s.startswith("Suggest") for s in seen)
    after = tab.editor.toPlainText()
    assert f"{{~~{flagged}~>{replacement}~~}}" in after or f"{{--{flagged}--}}" in after


def test_ignore_once_is_kept_per_file_and_follows_save_as(qtbot: Any, full: Any, tmp_path: Path) -> None:
    first = tmp_path / "draft.md"
    first.write_text("We must make a final conclusion today.\n", encoding="utf-8")
    tab = full.services.files.open_paths([first])[0]
    qtbot.waitUntil(lambda: "checks" in tab.features, timeout=20000)
    checks = tab.features["checks"]
    assert checks.ignore_file is not None
    before = checks.ignore_file
    second = tmp_path / "renamed.md"
    assert full.services.files._write(tab, second)  # what "Save As" does after its file dialog
    assert tab.path == second
    assert checks.ignore_file is not None and checks.ignore_file != before


def test_window_size_and_panels_come_back_next_time(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDITOR_APP_HOME", str(tmp_path / "home"))
    settings = Settings()
    window, services = build_window(settings, None)
    window.resize(760, 540)  # within the offscreen screen (800x600)
    window.show()
    qtbot.waitExposed(window)
    window.findChild(QDockWidget, "issuesDock").show()
    services.session.save()
    close_window(window)
    assert settings.window_geometry and settings.window_state

    again, services2 = build_window(settings, None)
    services2.session.restore_window()
    again.show()
    qtbot.waitExposed(again)
    try:
        assert (again.width(), again.height()) == (760, 540)
        assert again.findChild(QDockWidget, "issuesDock").isVisible()
    finally:
        close_window(again)


def test_an_open_documents_words_never_reach_the_log(qtbot: Any, full: Any) -> None:
    words = "zebra crossing lanterns whisper quietly beyond harbour walls"
    full.services.files.new_document(f"# Notes\n\n{words}.\n")
    assert "zebra crossing lanterns whisper quietly" not in logsetup.redact(f"failed near '{words}'")


def test_outline_panel_shows_only_for_documents_with_headings(qtbot: Any, full: Any) -> None:
    dock = full.outline_dock
    plain = full.services.files.new_document("Just a paragraph of prose, no headings at all.")
    qtbot.waitUntil(lambda: plain.last_analysis is not None, timeout=5000)
    assert not dock.isVisible()  # an empty panel would only take the editor's width
    titled = full.services.files.new_document("# Title\n\nText.\n\n## Part two\n\nMore.")
    qtbot.waitUntil(lambda: dock.isVisible(), timeout=5000)
    full.tabs.setCurrentWidget(plain)
    assert not dock.isVisible()
    full.tabs.setCurrentWidget(titled)
    assert dock.isVisible()
    dock.toggleViewAction().trigger()  # the writer closes it: that choice sticks
    full.tabs.setCurrentWidget(plain)
    full.tabs.setCurrentWidget(titled)
    assert not dock.isVisible()


def test_opening_the_issues_panel_keeps_the_editor_preview_split(qtbot: Any, full: Any) -> None:
    tab = full.services.files.new_document("Some text.")
    tab.ensure_preview()
    qtbot.waitUntil(lambda: tab.splitter.sizes()[1] > 0, timeout=5000)
    full.findChild(QDockWidget, "issuesDock").show()
    qtbot.wait(50)
    editor_w, preview_w = tab.splitter.sizes()
    assert editor_w > 0.8 * preview_w and preview_w > 0.8 * editor_w, (editor_w, preview_w)


def test_editor_lines_are_spaced_like_the_preview_without_widening_words(qtbot: Any) -> None:
    from editor_app.ui.editor.highlighter import MarkdownHighlighter
    from editor_app.ui.editor.widget import MarkdownEditor

    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.resize(420, 600)
    editor.show()
    editor.setPlainText("words that wrap over several lines of prose " * 12 + "\n\n`code` and **bold** here")
    block = editor.document().firstBlock()

    def measure() -> tuple[float, float]:
        QApplication.processEvents()
        layout = block.layout()
        per_line = editor.blockBoundingRect(block).height() / layout.lineCount()
        return per_line, layout.lineAt(0).naturalTextWidth()

    tight, width = measure()
    highlighter = MarkdownHighlighter(editor.document())
    highlighter.rehighlight()
    spaced, spaced_width = measure()
    assert spaced >= 1.25 * tight  # QPlainTextEdit's own lines are only ~1.16x the text size
    assert abs(spaced_width - width) <= 0.03 * width  # the words keep their spacing


def test_right_click_on_an_underline_offers_suggest_in_review_mode(qtbot: Any, full: Any) -> None:
    from PySide6.QtGui import QContextMenuEvent

    tab = full.services.files.new_document("We must make a final conclusion in the end of the day.")
    qtbot.waitUntil(lambda: "checks" in tab.features, timeout=20000)
    checks = tab.features["checks"]
    qtbot.waitUntil(lambda: any(li.issue.replacements for li in checks.issues()), timeout=10000)
    live = next(li for li in checks.issues() if li.issue.replacements)
    flagged = live.text
    tab.features["review"].set_enabled(True)
    cursor = tab.editor.textCursor()
    cursor.setPosition(live.start + 1)
    point = tab.editor.cursorRect(cursor).center()
    seen = _run_popup(qtbot, "Suggest")
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, tab.editor.viewport().mapToGlobal(point))
    QApplication.sendEvent(tab.editor.viewport(), event)
    assert any(s.startswith("Suggest") for s in seen)
    assert any(s.startswith("Ignore once") for s in seen)  # the checks' own items are still there
    text = tab.editor.toPlainText()
    assert "{~~" + flagged + "~>" in text or "{--" + flagged + "--}" in text
