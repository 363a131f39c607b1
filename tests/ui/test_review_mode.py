"""Review mode in a real editor widget: typing, Backspace, selection+typing, paste and cut are
recorded as CriticMarkup; accept/reject and undo leave exactly the expected text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from editor_app.core import review
from editor_app.core.checks.base import Issue
from editor_app.ui.review import ReviewActions, ReviewController


def make(qtbot: QtBot, text: str, editor: QPlainTextEdit | None = None) -> tuple[QPlainTextEdit, ReviewController]:
    editor = editor or QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(text)
    editor.show()
    qtbot.waitExposed(editor)
    editor.setFocus()
    controller = ReviewController(editor, author="ana")
    controller.set_enabled(True)
    return editor, controller


def put_caret(editor: QPlainTextEdit, pos: int, anchor: int | None = None) -> None:
    c = editor.textCursor()
    c.setPosition(anchor if anchor is not None else pos)
    if anchor is not None:
        c.setPosition(pos, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(c)


def undo(qtbot: QtBot, editor: QPlainTextEdit) -> None:
    qtbot.keySequence(editor, QKeySequence.StandardKey.Undo)


def test_typing_is_recorded_as_one_insertion_and_one_undo_removes_it(qtbot: QtBot) -> None:
    editor, _ = make(qtbot, "the cat")
    put_caret(editor, 4)
    qtbot.keyClicks(editor, "big ")
    assert editor.toPlainText() == "the {++big ++}cat"
    qtbot.keyClicks(editor, "fat ")  # still inside: extends, never nests
    assert editor.toPlainText() == "the {++big fat ++}cat"
    undo(qtbot, editor)
    assert editor.toPlainText() == "the cat"


def test_backspace_records_a_deletion_and_typing_turns_it_into_a_substitution(qtbot: QtBot) -> None:
    editor, controller = make(qtbot, "the cat sat")
    put_caret(editor, 7)
    for _ in range(3):
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.toPlainText() == "the {--cat--} sat"
    qtbot.keyClicks(editor, "dog")
    assert editor.toPlainText() == "the {~~cat~>dog~~} sat"
    assert controller.accept_current()
    assert editor.toPlainText() == "the dog sat"
    undo(qtbot, editor)
    assert editor.toPlainText() == "the {~~cat~>dog~~} sat"
    assert controller.reject_current()
    assert editor.toPlainText() == "the cat sat"


def test_selection_then_typing_is_a_substitution(qtbot: QtBot) -> None:
    editor, _ = make(qtbot, "It is very unique.")
    put_caret(editor, 17, anchor=6)  # select "very unique"
    qtbot.keyClicks(editor, "unique")
    assert editor.toPlainText() == "It is {~~very unique~>unique~~}."
    assert review.accept_all(editor.toPlainText()) == "It is unique."
    assert review.reject_all(editor.toPlainText()) == "It is very unique."


def test_delete_key_and_enter(qtbot: QtBot) -> None:
    editor, _ = make(qtbot, "ab cd")
    put_caret(editor, 2)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.toPlainText() == "ab{-- c--}d"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert review.accept_all(editor.toPlainText()) == "ab\nd"
    assert review.reject_all(editor.toPlainText()) == "ab cd"


def test_paste_and_cut_are_recorded(qtbot: QtBot) -> None:
    editor, _ = make(qtbot, "one two three")
    QGuiApplication.clipboard().setText("2")
    put_caret(editor, 7, anchor=4)
    qtbot.keySequence(editor, QKeySequence.StandardKey.Paste)
    assert editor.toPlainText() == "one {~~two~>2~~} three"
    text = editor.toPlainText()
    s = text.index("three")
    put_caret(editor, s + 5, anchor=s)
    qtbot.keySequence(editor, QKeySequence.StandardKey.Cut)
    assert editor.toPlainText() == "one {~~two~>2~~} {--three--}"
    assert QGuiApplication.clipboard().text() == "three"
    undo(qtbot, editor)
    assert editor.toPlainText() == "one {~~two~>2~~} three"


def test_edits_made_by_code_are_recorded_too(qtbot: QtBot) -> None:
    editor, _ = make(qtbot, "a teh b")
    c = editor.textCursor()  # like a quick fix or a context-menu paste: no key event
    c.setPosition(2)
    c.setPosition(5, QTextCursor.MoveMode.KeepAnchor)
    c.insertText("the")
    qtbot.waitUntil(lambda: "{~~" in editor.toPlainText(), timeout=2000)
    assert editor.toPlainText() == "a {~~teh~>the~~} b"
    undo(qtbot, editor)  # the fix and its rewrite as markup are one undo step
    assert editor.toPlainText() == "a teh b"


def test_undo_and_redo_are_not_recorded(qtbot: QtBot) -> None:
    editor, _ = make(qtbot, "x y")
    put_caret(editor, 1)
    qtbot.keyClicks(editor, "z")
    undo(qtbot, editor)
    qtbot.wait(20)
    assert editor.toPlainText() == "x y"
    qtbot.keySequence(editor, QKeySequence.StandardKey.Redo)
    qtbot.wait(20)
    assert editor.toPlainText() == "x{++z++} y"


def test_review_mode_off_edits_directly(qtbot: QtBot) -> None:
    editor, controller = make(qtbot, "the cat")
    controller.set_enabled(False)
    put_caret(editor, 7)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, "r")
    assert editor.toPlainText() == "the car"


def test_accept_all_and_reject_all_are_single_undo_steps(qtbot: QtBot) -> None:
    doc = "A {++big ++}cat {--really --}sat {~~on~>upon~~} it.{>>@ben: ok?<<}"
    editor, controller = make(qtbot, doc)
    assert controller.accept_all() == 3
    assert editor.toPlainText() == "A big cat sat upon it.{>>@ben: ok?<<}"
    undo(qtbot, editor)
    assert editor.toPlainText() == doc
    assert controller.reject_all() == 3
    assert editor.toPlainText() == "A cat really sat on it.{>>@ben: ok?<<}"


def test_next_and_previous_select_each_item(qtbot: QtBot) -> None:
    doc = "A {++big ++}cat {==sat==}{>>@ben: ok?<<}{>>@ana: yes<<} {--x--}"
    editor, controller = make(qtbot, doc)
    put_caret(editor, 0)
    seen = []
    for _ in range(3):
        controller.next_item()
        seen.append(editor.textCursor().selectedText())
    assert seen == ["{++big ++}", "{==sat==}{>>@ben: ok?<<}{>>@ana: yes<<}", "{--x--}"]
    controller.previous_item()
    assert editor.textCursor().selectedText().startswith("{==sat==}")


def test_check_issue_becomes_a_suggestion(qtbot: QtBot) -> None:
    editor, controller = make(qtbot, "It is very unique.")
    controller.set_enabled(False)  # works with review mode on or off
    issue = Issue(6, 17, "pleonasm", "pleonasm", "redundant", replacements=("unique",))
    assert controller.suggest_issue(issue)
    assert editor.toPlainText() == "It is {~~very unique~>unique~~}."
    assert not controller.suggest_issue(Issue(0, 2, "r", "c", "m"))  # no replacement


def test_comment_reply_resolve(qtbot: QtBot) -> None:
    editor, controller = make(qtbot, "The river is long.")
    put_caret(editor, 9, anchor=4)
    assert controller.add_comment("Which river?")
    assert editor.toPlainText() == "The {==river==}{>>@ana: Which river?<<} is long."
    controller.author = "ben"
    put_caret(editor, 6)
    assert controller.reply("The Elbe.")
    assert "{>>@ana: Which river?<<}{>>@ben: The Elbe.<<}" in editor.toPlainText()
    assert controller.resolve()
    assert "{>>[resolved] @ana: Which river?<<}" in editor.toPlainText()
    assert review.review_blockers(editor.toPlainText())[0].severity == "info"
    assert controller.remove_resolved() == 1
    assert editor.toPlainText() == "The river is long."
    undo(qtbot, editor)
    assert "[resolved]" in editor.toPlainText()


def test_typing_inside_a_comment_edits_it(qtbot: QtBot) -> None:
    editor, _ = make(qtbot, "x{>>note<<}")
    put_caret(editor, 8)
    qtbot.keyClicks(editor, "s")
    assert editor.toPlainText() == "x{>>notes<<}"


def test_emoji_before_the_edit_keeps_positions_right(qtbot: QtBot) -> None:
    editor, _ = make(qtbot, "🙂 the cat")
    c = editor.textCursor()
    c.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(c)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.toPlainText() == "🙂 the ca{--t--}"


def _formats_at(editor: QPlainTextEdit, needle: str) -> list:  # type: ignore[type-arg]
    """The layout formats covering the first occurrence of ``needle`` (block-relative ranges)."""
    doc = editor.document()
    pos = editor.toPlainText().index(needle)
    block = doc.findBlock(pos)
    rel = pos - block.position()
    ranges = block.layout().formats()
    return [QTextCharFormat(r.format) for r in ranges if r.start <= rel and rel + len(needle) <= r.start + r.length]


def test_colours_strike_deletions_underline_insertions_and_shrink_delimiters(qtbot: QtBot) -> None:
    editor, controller = make(qtbot, "a {++b++} {--c--} {>>note<<}")
    qtbot.wait(10)
    assert controller.highlighter is not None and controller.decorator is None
    [ins] = _formats_at(editor, "b")
    [dele] = _formats_at(editor, "c")
    [opener] = _formats_at(editor, "{++")
    [comment] = _formats_at(editor, "note")
    assert ins.fontUnderline() and not ins.fontStrikeOut()
    assert dele.fontStrikeOut()
    assert opener.fontPointSize() < editor.document().defaultFont().pointSizeF()
    assert opener.foreground().color().lightness() > 150  # light grey
    assert comment.background().color().name() != "#000000" and comment.fontItalic()


def test_a_mark_closed_lines_later_colours_its_first_line(qtbot: QtBot) -> None:
    editor, controller = make(qtbot, "x {++one\ntwo")
    controller.set_enabled(False)
    qtbot.wait(10)
    assert not any(f.fontUnderline() for f in _formats_at(editor, "one"))
    c = editor.textCursor()
    c.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(c)
    qtbot.keyClicks(editor, "++}")
    qtbot.waitUntil(lambda: any(f.fontUnderline() for f in _formats_at(editor, "one")), timeout=2000)


def test_app_editor_with_review_aware_markdown_highlighter(qtbot: QtBot) -> None:
    from editor_app.ui.editor.highlighter import MarkdownHighlighter
    from editor_app.ui.editor.widget import MarkdownEditor
    from editor_app.ui.review import review_aware

    editor = MarkdownEditor()
    review_aware(MarkdownHighlighter)(editor.document())
    editor, controller = make(qtbot, "**bold {++new++}** and {~~old~>new~~}", editor)
    qtbot.wait(10)
    assert controller.decorator is None
    [ins] = _formats_at(editor, "new")
    assert ins.fontUnderline() and ins.fontWeight() >= 600  # still bold from the Markdown colours
    text = editor.toPlainText()
    assert review.accept_all(text) == "**bold new** and new"


def test_plain_markdown_highlighter_falls_back_to_coloured_text(qtbot: QtBot) -> None:
    from editor_app.ui.editor.highlighter import MarkdownHighlighter
    from editor_app.ui.editor.widget import MarkdownEditor

    editor = MarkdownEditor()
    MarkdownHighlighter(editor.document())
    editor, controller = make(qtbot, "a {++b++} {--c--}", editor)
    assert controller.decorator is not None
    controller.decorator.refresh()
    fmts = {s.cursor.selectedText(): s.format for s in controller.decorator.selections}
    assert fmts["b"].fontUnderline() and fmts["c"].fontStrikeOut()


def test_actions_drive_the_current_controller(qtbot: QtBot) -> None:
    editor, controller = make(qtbot, "a {++b++}")
    controller.set_enabled(False)
    actions = ReviewActions()
    by_name = {a.objectName(): a for a in actions.actions()}
    assert not by_name["review-mode"].isEnabled()
    actions.set_controller(controller)
    by_name["review-mode"].trigger()
    assert controller.is_enabled() and by_name["review-mode"].isChecked()
    put_caret(editor, 4)
    by_name["review-accept"].trigger()
    assert editor.toPlainText() == "a b"


@pytest.mark.parametrize("keys", ["ab", "a b\tc"])
def test_works_on_the_app_editor_widget(qtbot: QtBot, keys: str) -> None:
    from editor_app.ui.editor.widget import MarkdownEditor

    editor, _ = make(qtbot, "start end", MarkdownEditor())
    put_caret(editor, 6)
    for ch in keys:
        if ch == "\t":
            qtbot.keyClick(editor, Qt.Key.Key_Tab)  # the widget's own Tab handling (spaces)
        else:
            qtbot.keyClicks(editor, ch)
    text = editor.toPlainText()
    assert review.reject_all(text) == "start end"
    assert review.accept_all(text).startswith("start " + keys.replace("\t", "").split()[0])


def test_undo_walks_back_through_each_review_step(qtbot: QtBot) -> None:
    editor, controller = make(qtbot, "the cat sat")
    states = [editor.toPlainText()]
    put_caret(editor, 7)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    states.append(editor.toPlainText())
    qtbot.keyClicks(editor, "r")
    states.append(editor.toPlainText())
    put_caret(editor, 0)
    qtbot.keyClicks(editor, "So ")
    states.append(editor.toPlainText())
    assert controller.accept_all() == 2
    assert editor.toPlainText() == "So the car sat"
    for expected in reversed(states):
        undo(qtbot, editor)
        assert editor.toPlainText() == expected
    assert states[0] == "the cat sat"


MESSY = [
    "x {++ outer {++ inner ++} tail ++} y",
    "Keep {++ this open and {~~ no arrow ~~} and {-- gone --} here",
    "a {-- b {>>c<<} d --} e {~~f~>g~>h~~} i}",
    "{{++}}++} {--} --} {==x {>>y<<}",
]


@pytest.mark.parametrize("doc", MESSY)
def test_editing_inside_nested_and_malformed_markup_loses_no_text(qtbot: QtBot, doc: str) -> None:
    import random

    editor, controller = make(qtbot, doc)
    messages: list[str] = []
    controller.message.connect(messages.append)
    rng = random.Random(doc)
    recorded = 0
    for _ in range(30):
        before = editor.toPlainText()
        put_caret(editor, rng.randint(0, len(before)))
        messages.clear()
        action = rng.choice(["type", "back", "del"])
        if action == "type":
            qtbot.keyClicks(editor, "Z")
        else:
            qtbot.keyClick(editor, Qt.Key.Key_Backspace if action == "back" else Qt.Key.Key_Delete)
        after = editor.toPlainText()
        if any("made directly" in m for m in messages):
            # next to unclosed markup the edit is made as typed, and the writer is told
            assert abs(len(after) - len(before)) == 1
        else:
            # the original text (everything as it read before review) is never touched
            assert review.reject_all(after) == review.reject_all(before)
            recorded += after != before
    assert recorded >= 10


def test_export_review_writes_the_report(qtbot: QtBot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    doc = "# Notes\n\nWe {~~teh~>the~~} river.{>>@ana: Which river?<<}\n\n## End\n\nIt is very unique.\n"
    editor, controller = make(qtbot, doc)
    s = doc.index("very unique")
    controller.issues_provider = lambda: [Issue(s, s + 4, "r", "pleonasm", "“very” is redundant")]
    controller.title_provider = lambda: "notes.md"
    target = controller.export_review(tmp_path / "r.html")
    assert target == tmp_path / "r.html"
    html = target.read_text(encoding="utf-8")
    notes, end = html.split("<h2>")[1:3]
    assert "<del>teh</del> → <ins>the</ins>" in notes and "Which river?" in notes
    assert "is redundant" in end and "is redundant" not in notes


def test_preview_mode_toggle_feeds_the_preprocessor(qtbot: QtBot) -> None:
    from editor_app.core.review_render import preprocess

    editor, controller = make(qtbot, "a {++b++}")
    modes: list[str] = []
    controller.preview_mode_changed.connect(modes.append)
    assert "<ins" in preprocess(editor.toPlainText(), controller.preview_mode)
    controller.set_preview_final(True)
    assert modes == ["final"] and preprocess(editor.toPlainText(), controller.preview_mode) == "a b"


def test_replace_all_by_code_becomes_one_small_suggestion_per_change(qtbot: QtBot) -> None:
    doc = "The colour of the sea. A long sentence in between that does not change at all. Colour again."
    editor, _ = make(qtbot, doc)
    c = editor.textCursor()  # like find/replace "Replace All": one edit block, no key events
    c.beginEditBlock()
    for old, new in (("Colour", "Color"), ("colour", "color")):
        text = editor.toPlainText()
        i = text.rfind(old)
        c.setPosition(i)
        c.setPosition(i + len(old), QTextCursor.MoveMode.KeepAnchor)
        c.insertText(new)
    c.endEditBlock()
    qtbot.waitUntil(lambda: "{~~" in editor.toPlainText(), timeout=2000)
    text = editor.toPlainText()
    assert text == (
        "The {~~colour~>color~~} of the sea. A long sentence in between that does not change at all. "
        "{~~Colour~>Color~~} again."
    )


def test_suggestion_actions_for_an_issue_context_menu(qtbot: QtBot) -> None:
    editor, controller = make(qtbot, "🙂 It is very unique.")
    text = editor.toPlainText()
    s = text.index("very unique")
    qs = s + 1  # the emoji takes two UTF-16 units in Qt positions
    issue = Issue(qs, qs + len("very unique"), "pleonasm", "pleonasm", "redundant", replacements=("unique", "one of a kind"))
    actions = controller.suggestion_actions(issue, qt_positions=True)
    assert [a.text() for a in actions] == ["Suggest “unique”", "Suggest “one of a kind”"]
    actions[1].trigger()
    assert editor.toPlainText() == "🙂 It is {~~very unique~>one of a kind~~}."


@pytest.mark.filterwarnings("ignore:Function.*QDrag:DeprecationWarning")
def test_input_method_commit_and_drop_are_recorded(qtbot: QtBot) -> None:
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent, QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    editor, _ = make(qtbot, "cafe end")
    put_caret(editor, 4)
    ev = QInputMethodEvent()
    ev.setCommitString("é", -1, 1)  # an input method replaces the "e" before the caret
    QApplication.sendEvent(editor, ev)
    assert review.accept_all(editor.toPlainText()) == "café end"
    assert review.reject_all(editor.toPlainText()) == "cafe end"

    text = editor.toPlainText()
    end_pos = text.index(" end") + len(" end")
    rect = editor.cursorRect(_cursor_at(editor, end_pos))
    mime = QMimeData()
    mime.setText(" now")
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent

    at = rect.center()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(editor.viewport(), QDragEnterEvent(at, Qt.DropAction.CopyAction, mime, buttons, mods))
    QApplication.sendEvent(editor.viewport(), QDragMoveEvent(at, Qt.DropAction.CopyAction, mime, buttons, mods))
    drop = QDropEvent(QPointF(at), Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(editor.viewport(), drop)
    assert review.accept_all(editor.toPlainText()) == "café end now"
    assert review.reject_all(editor.toPlainText()) == "cafe end"


def test_loading_new_text_is_not_recorded(qtbot: QtBot) -> None:
    editor, _ = make(qtbot, "old text")
    editor.setPlainText("a fresh file")
    qtbot.wait(20)
    assert editor.toPlainText() == "a fresh file"


def _cursor_at(editor: QPlainTextEdit, pos: int) -> QTextCursor:
    c = editor.textCursor()
    c.setPosition(pos)
    return c
