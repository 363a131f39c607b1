"""The writing surface: typing updates the preview, highlighting, find/replace, outline, status
bar, themes. Real widgets, offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor

from editor_app.ui.editor.highlighter import (
    FENCE_BACKTICK,
    FRONT_MATTER,
    HTML_COMMENT,
    NORMAL,
    MarkdownHighlighter,
)
from tests.ui.shell_helpers import close_window, make_window, type_text

pytestmark = pytest.mark.ui


def preview_text(qtbot, tab) -> str:
    box: dict[str, str] = {}
    tab.ensure_preview().plain_text(lambda t: box.setdefault("t", t))
    qtbot.waitUntil(lambda: "t" in box, timeout=5000)
    return box["t"]


def wait_preview_contains(qtbot, tab, needle: str) -> None:
    def ok() -> bool:
        return needle in preview_text(qtbot, tab)

    qtbot.waitUntil(ok, timeout=10000)


@pytest.fixture
def window(qtbot, tmp_path):
    w, services = make_window(qtbot, tmp_path)
    w.services = services
    yield w
    close_window(w)


def test_typing_updates_the_preview(qtbot, window):
    tab = window.services.files.new_document("# Draft\n\nFirst paragraph.\n")
    wait_preview_contains(qtbot, tab, "First paragraph.")
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, tab.editor, "\nA sentence typed by the writer.")
    wait_preview_contains(qtbot, tab, "A sentence typed by the writer.")
    assert "# Draft" not in preview_text(qtbot, tab)  # rendered, not echoed


def test_status_bar_counts_words_characters_and_reading_time(qtbot, window):
    tab = window.services.files.new_document("")
    type_text(qtbot, tab.editor, "one two three four five")
    qtbot.waitUntil(lambda: window.stats_label.text().startswith("5 words"), timeout=5000)
    assert "23 characters" in window.stats_label.text()
    assert "1 min read" in window.stats_label.text()
    tab.editor.setPlainText(" ".join(["word"] * 1000))
    qtbot.waitUntil(lambda: "1,000 words" in window.stats_label.text(), timeout=5000)
    assert "5 min read" in window.stats_label.text()


def test_outline_lists_headings_and_jumps_to_them(qtbot, window):
    text = "---\ntitle: T\n---\n# Intro\n\ntext\n\n```\n# not a heading\n```\n\n## Details\n\nmore\n\nSetext\n------\n"
    tab = window.services.files.new_document(text)
    qtbot.waitUntil(lambda: window.outline.titles() == ["Intro", "Details", "Setext"], timeout=5000)
    details = window.outline.tree.topLevelItem(0).child(0)
    assert details.text(0) == "Details"
    window.outline.tree.itemActivated.emit(details, 0)
    assert tab.editor.textCursor().block().text() == "## Details"
    type_text(qtbot, tab.editor, "")
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, tab.editor, "\n# Added later")
    qtbot.waitUntil(lambda: window.outline.titles()[-1] == "Added later", timeout=5000)


def _fmt_at(editor, line: int, col: int):
    block = editor.document().findBlockByNumber(line)
    for r in block.layout().formats():
        if r.start <= col < r.start + r.length:
            return QTextCharFormat(r.format)
    return None


def test_highlighting_tracks_fences_front_matter_and_comments(qtbot, window):
    text = "---\ntitle: x\n---\n# Heading\n\nSome *emph* and `code` and [a link](http://x).\n\n```\ncode line\n```\n\n<!-- a\ncomment -->\nafter"
    tab = window.services.files.new_document(text)
    doc = tab.editor.document()
    # Colouring happens on the next event-loop turn after the text is loaded.
    qtbot.waitUntil(lambda: doc.lastBlock().userState() != -1, timeout=3000)
    states = [doc.findBlockByNumber(i).userState() for i in range(doc.blockCount())]
    assert states[0] == FRONT_MATTER and states[1] == FRONT_MATTER and states[2] == NORMAL
    assert states[7] == FENCE_BACKTICK and states[8] == FENCE_BACKTICK and states[9] == NORMAL
    assert states[11] == HTML_COMMENT and states[12] == NORMAL
    assert _fmt_at(tab.editor, 3, 3).fontWeight() == QFont.Weight.Bold
    assert _fmt_at(tab.editor, 5, 6).fontItalic()
    assert _fmt_at(tab.editor, 5, 18).fontFixedPitch()  # `code`
    assert _fmt_at(tab.editor, 5, 29).fontUnderline()  # link text
    # Typing an opening fence turns what follows into code; closing it turns it back.
    cursor = QTextCursor(doc.findBlockByNumber(4))
    tab.editor.setTextCursor(cursor)
    type_text(qtbot, tab.editor, "```")
    assert doc.findBlockByNumber(5).userState() == FENCE_BACKTICK
    assert _fmt_at(tab.editor, 5, 6).fontFixedPitch()
    for _ in range(3):
        qtbot.keyClick(tab.editor, Qt.Key.Key_Backspace)
    assert doc.findBlockByNumber(5).userState() == NORMAL
    assert _fmt_at(tab.editor, 5, 6).fontItalic()


class _CountingHighlighter(MarkdownHighlighter):
    calls = 0

    def highlightBlock(self, text: str) -> None:  # noqa: N802
        type(self).calls += 1
        super().highlightBlock(text)


def test_typing_in_a_20k_word_document_rehighlights_only_the_edited_block(qtbot, window):
    paragraph = " ".join(["word"] * 50)
    text = "\n\n".join(f"## Section {i}\n\n{paragraph} *emph* `code`" for i in range(400))
    tab = window.services.files.new_document(text)
    assert len(text.split()) > 20_000
    tab.highlighter.setDocument(None)
    counting = _CountingHighlighter(tab.editor.document())
    counting.rehighlight()  # the initial full pass, done before we count
    tab.editor.setTextCursor(QTextCursor(tab.editor.document().findBlockByNumber(800)))
    _CountingHighlighter.calls = 0
    type_text(qtbot, tab.editor, "abc")
    assert 0 < _CountingHighlighter.calls <= 6
    assert counting.document() is tab.editor.document()


def test_find_and_replace_with_regex_whole_word_and_case(qtbot, window):
    tab = window.services.files.new_document("Cat cat concat CAT\ndog-2 dog-13")
    bar = window.find_bar
    bar.open_bar(replace=True)
    bar.find_edit.setText("cat")
    bar.word_box.setChecked(True)
    bar.case_box.setChecked(True)
    assert bar.find_next()
    assert tab.editor.textCursor().selectedText() == "cat"
    assert tab.editor.textCursor().selectionStart() == 4
    bar.replace_edit.setText("dog")
    assert bar.replace_all() == 1
    assert tab.editor.toPlainText().startswith("Cat dog concat CAT")
    bar.case_box.setChecked(False)
    bar.find_edit.setText("cat")
    assert bar.replace_all() == 2  # Cat and CAT; "concat" is not a whole word
    assert tab.editor.toPlainText().splitlines()[0] == "dog dog concat dog"
    bar.word_box.setChecked(False)
    bar.regex_box.setChecked(True)
    bar.find_edit.setText(r"dog-(\d+)")
    bar.replace_edit.setText(r"[\1]")
    assert bar.replace_all() == 2
    assert tab.editor.toPlainText().splitlines()[1] == "[2] [13]"
    tab.editor.undo()  # one undo step for the whole replace-all
    assert tab.editor.toPlainText().splitlines()[1] == "dog-2 dog-13"
    bar.find_edit.setText("(unclosed")
    assert not bar.find_next()
    assert "Invalid regular expression" in bar.status.text()


def test_theme_switch_changes_editor_and_preview_together(qtbot, window):
    tab = window.services.files.new_document("# Title\n\nText")
    qtbot.waitUntil(lambda: tab.editor.document().lastBlock().userState() != -1, timeout=3000)
    window.themes.set_choice("light")
    light_bg = tab.editor.palette().color(tab.editor.backgroundRole()).name()
    light_heading = _fmt_at(tab.editor, 0, 3).foreground().color().name()
    window.themes.set_choice("dark")
    qtbot.wait(50)
    dark_bg = tab.editor.palette().color(tab.editor.backgroundRole()).name()
    dark_heading = _fmt_at(tab.editor, 0, 3).foreground().color().name()
    assert QColor(light_bg).lightness() > 200 and QColor(dark_bg).lightness() < 60
    assert light_heading != dark_heading
    assert tab.theme_name == "dark"
    # The preview page itself turned dark: sample its pixels.
    qtbot.wait(300)
    img = tab.ensure_preview().widget().grab().toImage()
    assert QColor(img.pixel(img.width() // 2, img.height() - 5)).lightness() < 80
    assert window.services.settings.theme == "dark"


def test_theme_follows_the_system_by_default(qtbot, window):
    from PySide6.QtGui import QGuiApplication

    assert window.themes.choice == "system"
    scheme = QGuiApplication.styleHints().colorScheme()
    expected = "dark" if scheme == Qt.ColorScheme.Dark else "light"
    assert window.themes.current.name == expected


def test_pasted_html_becomes_markdown(qtbot, window):
    from PySide6.QtCore import QMimeData

    tab = window.services.files.new_document("")
    mime = QMimeData()
    mime.setHtml("<h2>Hello</h2><p>Some <b>bold</b> and <a href='https://example.org'>a link</a>.</p>")
    mime.setText("Hello Some bold and a link.")
    tab.editor.insertFromMimeData(mime)
    text = tab.editor.toPlainText()
    assert "## Hello" in text
    assert "**bold**" in text
    assert "[a link](https://example.org)" in text


def test_pasted_image_is_saved_next_to_the_document(qtbot, window, tmp_path: Path):
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QImage

    doc = tmp_path / "post.md"
    doc.write_text("Intro\n", encoding="utf-8")
    tab = window.services.files.open_paths([doc])[0]
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    mime = QMimeData()
    mime.setImageData(image)
    tab.editor.insertFromMimeData(mime)
    assets = list((tmp_path / "assets").glob("*.png"))
    assert len(assets) == 1
    assert f"](assets/{assets[0].name})" in tab.editor.toPlainText()


def test_pasting_an_image_into_an_untitled_document_explains_why_not(qtbot, window):
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QImage

    from tests.ui.shell_helpers import DialogAnswerer

    tab = window.services.files.new_document("")
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    mime = QMimeData()
    mime.setImageData(image)
    answer = DialogAnswerer("OK")
    tab.editor.insertFromMimeData(mime)
    answer.stop()
    assert any("Save the document first" in s for s in answer.seen)
    assert tab.editor.toPlainText() == ""


def test_the_full_composition_attaches_features_to_each_tab(qtbot, tmp_path):
    """build_window with every extension: checks underline a typed redundancy, menus are there."""
    from PySide6.QtWidgets import QDockWidget

    from editor_app.app import build_window
    from editor_app.core.storage.settings import Settings

    window, services = build_window(Settings(), None)
    window.show()
    try:
        titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
        assert titles[:3] == ["File", "Edit", "View"]
        tab = services.files.new_document("")
        # Checks attach once the preview has painted and the engine is built off the UI thread.
        qtbot.waitUntil(lambda: "checks" in tab.features, timeout=20000)
        type_text(qtbot, tab.editor, "We will make a final conclusion in the end.")
        qtbot.waitUntil(lambda: len(tab.features["checks"].issues()) > 0, timeout=10000)
        from PySide6.QtWidgets import QToolButton

        button = window.findChild(QToolButton, "issuesCount")
        qtbot.waitUntil(lambda: button.isVisible() and "issue" in button.text(), timeout=5000)
        dock = window.findChild(QDockWidget, "issuesDock")
        assert not dock.isVisible()
        button.click()
        assert dock.isVisible()
    finally:
        close_window(window)


def test_edit_menu_text_size_and_tab_switching(qtbot, window):
    a = window.services.files.new_document("first")
    b = window.services.files.new_document("second")
    edit_items = [x.text().replace("&", "") for x in window.menu("&Edit").actions() if x.text()]
    assert edit_items[:4] == ["Undo", "Redo", "Cut", "Copy"]
    assert window.current_tab() is b
    qtbot.keyClick(b.editor, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_tab() is a
    qtbot.keyClick(a.editor, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert a.editor.toPlainText() == "first"  # Ctrl+Tab never types spaces
    before = a.editor.font().pointSizeF()
    qtbot.keyClick(a.editor, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert a.editor.font().pointSizeF() == before + 1
    assert b.editor.font().pointSizeF() == before + 1  # every tab, not just the current one
    assert window.services.settings.editor_font_size == int(before + 1)
    qtbot.keyClick(a.editor, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert a.editor.font().pointSizeF() == before
