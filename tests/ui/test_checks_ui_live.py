"""Live checks in a real QPlainTextEdit with the real core checkers (built-in rules + spelling).

Typing goes through Qt's key events (qtbot.keyClicks), checks run on the app's TaskRunner, and
what is asserted is what a writer sees: the wavy underline over the right words, the Issues panel
entry, what a context menu action does to the text, and that one Undo reverts it.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QToolTip

from editor_app.core.checks.base import Issue
from editor_app.ui.checks import IssuesPanel, attach_checks
from editor_app.ui.checks.controller import (
    changed_span,
    keyed_issues,
    map_issue,
    map_keyed,
    map_position,
    paragraph_region,
)
from editor_app.ui.checks.decorator import SEVERITY_COLORS
from editor_app.ui.checks.engine import default_engine
from editor_app.ui.tasks import TaskRunner

WAIT_MS = 5000  # generous for a loaded CI machine; the checks themselves take milliseconds


@pytest.fixture
def env(tmp_path: Path, qtbot, monkeypatch):
    monkeypatch.setenv("EDITOR_APP_HOME", str(tmp_path / "home"))
    editor = QPlainTextEdit()
    editor.resize(700, 400)
    qtbot.addWidget(editor)
    editor.show()
    runner = TaskRunner()
    dictionary = tmp_path / "dictionary.txt"
    ctrl = attach_checks(editor, runner, dictionary_path=dictionary)
    panel = IssuesPanel(refresh_ms=10)
    qtbot.addWidget(panel)
    panel.resize(700, 300)
    panel.show()
    panel.set_controller(ctrl)
    yield editor, ctrl, panel, dictionary
    runner.wait_for_done(10000)


def issues_of(ctrl, category: str):
    return [li for li in ctrl.issues() if li.issue.category == category]


def underline_over(editor: QPlainTextEdit, text: str):
    """The extra selection drawn over ``text`` (what is painted), or None."""
    for sel in editor.extraSelections():
        if sel.cursor.selectedText() == text:
            return sel
    return None


def test_typed_wordy_phrase_is_underlined_and_listed(env, qtbot) -> None:
    editor, ctrl, panel, _ = env
    qtbot.keyClicks(editor, "We left at dawn in an attempt to reach the border.")
    qtbot.waitUntil(lambda: underline_over(editor, "in an attempt to") is not None, timeout=WAIT_MS)
    sel = underline_over(editor, "in an attempt to")
    text = editor.toPlainText()
    live = issues_of(ctrl, "wordy_phrase")[0]
    assert sel.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert sel.format.underlineColor().name() == SEVERITY_COLORS[live.issue.severity]
    assert (live.start, live.end) == (text.index("in an attempt to"), text.index("in an attempt to") + 16)
    # hovering over the phrase shows the message as a tooltip
    cur = editor.textCursor()
    cur.setPosition(live.start + 3)
    pos = editor.cursorRect(cur).center()
    QApplication.sendEvent(editor.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, editor.viewport().mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible, timeout=WAIT_MS)
    assert live.issue.message in QToolTip.text()
    # the Issues panel lists it, and clicking it selects the phrase in the editor
    qtbot.waitUntil(lambda: panel.row_of(live) is not None, timeout=WAIT_MS)
    row = panel.row_of(live)
    model = panel.model
    assert [model.index(row, c).data() for c in range(4)] == ["1", "wordy_phrase", live.issue.message, "in an attempt to"]
    editor.setTextCursor(editor.cursorForPosition(editor.rect().topLeft()))
    assert editor.textCursor().position() != live.start
    rect = panel.view.visualRect(model.index(row, 2))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    cur = editor.textCursor()
    assert (cur.selectionStart(), cur.selectionEnd()) == (live.start, live.end)
    assert cur.selectedText() == "in an attempt to"


def test_underline_follows_the_text_when_typing_before_it(env, qtbot) -> None:
    editor, ctrl, _panel, _ = env
    editor.setPlainText("They met in an attempt to calm things.")
    qtbot.waitUntil(lambda: underline_over(editor, "in an attempt to") is not None, timeout=WAIT_MS)
    editor.moveCursor(editor.textCursor().MoveOperation.Start)
    qtbot.keyClicks(editor, "Yesterday ")
    # immediately, before any re-check: the same words are still underlined
    assert underline_over(editor, "in an attempt to") is not None
    live = issues_of(ctrl, "wordy_phrase")[0]
    assert editor.toPlainText()[live.start : live.end] == "in an attempt to"


def test_replacement_from_context_menu_is_one_undo_step(env, qtbot) -> None:
    editor, ctrl, _panel, _ = env
    original = "Officials talked in an attempt to prevent escalation."
    qtbot.keyClicks(editor, original)
    qtbot.waitUntil(lambda: bool(issues_of(ctrl, "wordy_phrase")), timeout=WAIT_MS)
    live = issues_of(ctrl, "wordy_phrase")[0]
    actions = ctrl.menu.actions_for(live.start + 2, editor)
    replace = [a for a in actions if a.text() == "Replace with “to”"]
    assert replace, [a.text() for a in actions]
    replace[0].trigger()
    assert editor.toPlainText() == "Officials talked to prevent escalation."
    editor.undo()
    assert editor.toPlainText() == original


def test_ignore_rule_writes_comment_and_issue_disappears(env, qtbot) -> None:
    editor, ctrl, panel, _ = env
    editor.setPlainText("She called in an attempt to help.\n\nHe wrote as a means to explain.\n")
    qtbot.waitUntil(lambda: len(issues_of(ctrl, "wordy_phrase")) == 2, timeout=WAIT_MS)
    live = issues_of(ctrl, "wordy_phrase")[0]
    action = next(a for a in ctrl.menu.actions_for(live.start, editor) if "in this document" in a.text())
    action.trigger()
    assert "<!-- check-ignore: wordy_phrase -->" in editor.toPlainText()
    assert issues_of(ctrl, "wordy_phrase") == []
    assert underline_over(editor, "in an attempt to") is None
    # and it stays gone once the background checks have run again on the new text
    with qtbot.waitSignal(ctrl.checked, timeout=WAIT_MS, check_params_cb=lambda g: g == "document"):
        ctrl.recheck(immediately=True)
    assert issues_of(ctrl, "wordy_phrase") == []
    qtbot.waitUntil(lambda: all(li.issue.category != "wordy_phrase" for li in panel.shown_issues()), timeout=WAIT_MS)


def test_ignore_once_and_add_to_dictionary(env, qtbot) -> None:
    editor, ctrl, _panel, dictionary = env
    editor.setPlainText("The envoy arrived in an attempt to talk. The recieved note was short.\n")
    qtbot.waitUntil(lambda: bool(issues_of(ctrl, "wordy_phrase") and issues_of(ctrl, "spelling")), timeout=WAIT_MS)
    wordy = issues_of(ctrl, "wordy_phrase")[0]
    next(a for a in ctrl.menu.actions_for(wordy.start, editor) if a.text() == "Ignore once").trigger()
    assert issues_of(ctrl, "wordy_phrase") == []
    spelled = issues_of(ctrl, "spelling")[0]
    assert spelled.text == "recieved"
    add = next(a for a in ctrl.menu.actions_for(spelled.start, editor) if a.text().startswith("Add “recieved”"))
    add.trigger()
    assert "recieved" in dictionary.read_text(encoding="utf-8").split()
    with qtbot.waitSignal(ctrl.checked, timeout=WAIT_MS, check_params_cb=lambda g: g == "document"):
        ctrl.recheck(immediately=True)
    assert issues_of(ctrl, "spelling") == []
    assert issues_of(ctrl, "wordy_phrase") == []  # ignored once: not back after a re-check
    assert "-ignore" not in editor.toPlainText()  # neither writes anything into the document


def test_ignore_a_word_in_this_document(env, qtbot) -> None:
    editor, ctrl, _panel, dictionary = env
    editor.setPlainText("The Qarzai plan failed. Then the plan recieved support.\n")
    qtbot.waitUntil(lambda: bool(issues_of(ctrl, "spelling")), timeout=WAIT_MS)
    spelled = next(li for li in issues_of(ctrl, "spelling") if li.text == "recieved")
    act = next(a for a in ctrl.menu.actions_for(spelled.start, editor) if a.text() == "Ignore “recieved” in this document")
    act.trigger()
    assert "<!-- spell-ignore: recieved -->" in editor.toPlainText()
    assert not dictionary.exists()
    with qtbot.waitSignal(ctrl.checked, timeout=WAIT_MS, check_params_cb=lambda g: g == "document"):
        ctrl.recheck(immediately=True)
    assert all(li.text != "recieved" for li in issues_of(ctrl, "spelling"))


def test_fix_all_of_this_kind_is_one_undo_step(env, qtbot) -> None:
    editor, ctrl, panel, _ = env
    original = (
        "They spoke in an attempt to calm the border.\n\n"
        "Aid arrived as a means to help.\n\n"
        "Envoys flew in in an attempt to mediate.\n"
    )
    editor.setPlainText(original)
    qtbot.waitUntil(lambda: len(issues_of(ctrl, "wordy_phrase")) == 3, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(panel.shown_issues()) >= 3, timeout=WAIT_MS)
    panel.select_row(panel.row_of(issues_of(ctrl, "wordy_phrase")[0]))
    assert panel.fix_all_button.isEnabled()
    panel.fix_all_button.click()
    assert editor.toPlainText() == (
        "They spoke to calm the border.\n\nAid arrived to help.\n\nEnvoys flew in to mediate.\n"
    )
    editor.undo()
    assert editor.toPlainText() == original


def test_category_filter_in_panel(env, qtbot) -> None:
    editor, ctrl, panel, _ = env
    editor.setPlainText("We met in an attempt to talk.\n\nLeave a Reply\n")
    qtbot.waitUntil(
        lambda: {li.issue.category for li in panel.shown_issues()} >= {"wordy_phrase", "web_boilerplate"},
        timeout=WAIT_MS,
    )
    panel.category_filter.setCurrentIndex(panel.category_filter.findData("web_boilerplate"))
    assert {li.issue.category for li in panel.shown_issues()} == {"web_boilerplate"}


class SlowEngine:
    """The real engine behind a deliberately slow checker (like a remote LanguageTool)."""

    def __init__(self, delay: float) -> None:
        self.inner = default_engine(None)
        self.delay = delay
        self.running = threading.Event()
        self.calls = 0

    def _slow(self, fn, text):
        self.running.set()
        self.calls += 1
        try:
            time.sleep(self.delay)
            return fn(text)
        finally:
            self.running.clear()

    def check_local(self, text):
        return self._slow(self.inner.check_local, text)

    def check_document(self, text):
        return self._slow(self.inner.check_document, text)


def test_typing_never_waits_for_a_slow_check(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("EDITOR_APP_HOME", str(tmp_path / "home"))
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.show()
    runner = TaskRunner()
    engine = SlowEngine(delay=0.8)
    ctrl = attach_checks(editor, runner, engine=engine, check_now=False)
    ctrl.local_debounce_ms = 0
    durations = []
    overlapped = 0
    for ch in "Talks began in an attempt to end the crisis quickly":
        t0 = time.perf_counter()
        qtbot.keyClick(editor, ch)
        durations.append(time.perf_counter() - t0)
        overlapped += engine.running.is_set()
        qtbot.wait(15)
    # the check really was running while keys were being typed...
    assert overlapped > 5
    # ...and no keystroke waited for it (a blocked keystroke would take the full 0.8 s)
    assert max(durations) < engine.delay / 2, durations
    print(f"\nUI-thread time per keystroke while an 0.8 s check runs: max {max(durations) * 1000:.1f} ms, "
          f"median {sorted(durations)[len(durations) // 2] * 1000:.1f} ms over {len(durations)} keys")
    # coalesced: far fewer check runs than keystrokes, and the result still arrives
    qtbot.waitUntil(lambda: bool(issues_of(ctrl, "wordy_phrase")), timeout=10000)
    assert engine.calls < 15
    runner.wait_for_done(10000)


def test_results_for_an_older_text_are_mapped_through_later_edits() -> None:
    issue = Issue(20, 36, "wordy", "wordy_phrase", "m", replacements=("to",))
    assert map_issue(issue, [(0, 0, 5)]) == Issue(25, 41, "wordy", "wordy_phrase", "m")  # typed before
    assert map_issue(issue, [(50, 0, 3)]) is issue  # typed after
    assert map_issue(issue, [(25, 1, 0)]) is None  # deleted inside
    assert map_issue(issue, [(36, 0, 1)]) is None  # typed onto its last word
    assert map_issue(issue, [(5, 3, 0), (0, 0, 1)]) == Issue(18, 34, "wordy", "wordy_phrase", "m")


@given(
    spans=st.lists(st.tuples(st.integers(0, 300), st.integers(1, 40)), max_size=40),
    edits=st.lists(
        st.tuples(st.integers(0, 320), st.integers(0, 6), st.integers(0, 6)).filter(lambda e: e[1] or e[2]),
        max_size=6,
    ),
)
@settings(max_examples=300, deadline=None)
def test_keyed_mapping_moves_issues_exactly_like_one_by_one_mapping(spans, edits) -> None:
    """The UI maps a whole result at once (skipping the part before the first edit); every issue
    must land where mapping it alone puts it, and the same ones must be dropped."""
    issues = [Issue(s, s + n, "x", f"rule{k % 3}", "m") for k, (s, n) in enumerate(spans)]
    expected = sorted(
        {(m.start, m.end, m.rule): i for i in issues if (m := map_issue(i, edits)) is not None}.items()
    )
    got = sorted(map_keyed(keyed_issues(issues), edits), key=lambda kv: kv[0])
    assert [k for k, _ in got] == [k for k, _ in expected]


def test_long_document_paints_underlines_where_the_writer_looks(env, qtbot) -> None:
    editor, ctrl, _panel, _ = env
    paragraphs = [f"Paragraph {n} was written in an attempt to fill space." for n in range(400)]
    editor.setPlainText("\n\n".join(paragraphs) + "\n")
    qtbot.waitUntil(lambda: len(issues_of(ctrl, "wordy_phrase")) == 400, timeout=20000)
    lives = issues_of(ctrl, "wordy_phrase")
    painted = {(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in editor.extraSelections()}
    assert (lives[0].start, lives[0].end) in painted  # on screen at the top
    assert (lives[-1].start, lives[-1].end) not in painted  # far below: Qt is not asked to lay it out
    editor.verticalScrollBar().setValue(editor.verticalScrollBar().maximum())
    painted = {(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in editor.extraSelections()}
    assert (lives[-1].start, lives[-1].end) in painted
    # hover and menu work for every issue, painted or not
    assert ctrl.menu.tooltip_for(lives[200].start + 1)


def test_typing_updates_only_the_edited_paragraphs_and_ends_with_exactly_the_full_result(env, qtbot) -> None:
    """After a keystroke only the changed paragraphs' underlines are replaced; what is shown must
    still equal a fresh check of the whole text, wherever the writer typed or deleted."""
    editor, ctrl, _panel, _ = env
    ctrl.document_debounce_ms = 60_000  # the local pass alone must get it right
    paragraphs = [
        f"Paragraph {n} was written in an attempt to fill space, and the the end came." for n in range(60)
    ]
    editor.setPlainText("\n\n".join(paragraphs) + "\n")
    qtbot.waitUntil(lambda: len(issues_of(ctrl, "wordy_phrase")) == 60, timeout=20000)
    doc = editor.document()

    def go_to(block_no: int, column: int) -> None:
        cur = editor.textCursor()
        cur.setPosition(doc.findBlockByNumber(block_no).position() + column)
        editor.setTextCursor(cur)

    go_to(40, 0)
    qtbot.keyClicks(editor, "They met in an attempt to talk. ")  # a new issue in paragraph 20
    go_to(10, 30)
    for _ in range(12):  # delete "in an attempt to" of paragraph 5 letter by letter
        qtbot.keyClick(editor, Qt.Key.Key_Delete)
    go_to(100, 0)
    qtbot.keyClicks(editor, "Short. ")  # shifts everything after it
    qtbot.waitUntil(lambda: not ctrl.runner.is_busy((*ctrl._key_base, "local")), timeout=WAIT_MS)
    qtbot.wait(100)
    qtbot.waitUntil(lambda: not ctrl.runner.is_busy((*ctrl._key_base, "local")), timeout=WAIT_MS)
    assert ctrl.region_updates > 0  # the partial path was taken
    text = editor.toPlainText()
    fresh = {k for k, _ in keyed_issues(ctrl.engine.check_local(text))}
    shown = {(li.start, li.end, li.issue.rule) for li in ctrl.issues() if li.group == "local"}
    assert shown == fresh
    assert sum(1 for li in issues_of(ctrl, "wordy_phrase")) == 60  # one added, one deleted
    assert any(li.text == "in an attempt to" and li.start < text.index("Paragraph 20") for li in ctrl.issues())


@given(
    old=st.text(alphabet="ab\n ", max_size=60),
    cut=st.tuples(st.integers(0, 60), st.integers(0, 60)),
    insert=st.text(alphabet="ab\n ", max_size=10),
)
@settings(max_examples=300, deadline=None)
def test_changed_span_and_position_mapping(old, cut, insert) -> None:
    i, j = sorted(min(c, len(old)) for c in cut)
    new = old[:i] + insert + old[j:]
    a, old_end, new_end = changed_span(old, new)
    assert old[:a] == new[:a] and old[old_end:] == new[new_end:]
    assert new == new[:a] + new[a:new_end] + old[old_end:]
    assert a <= old_end and a <= new_end and new_end - old_end == len(new) - len(old)
    # the change starts where the texts first differ: no later (the edit is not missed) and no
    # earlier (the re-check is not wider than it must be). Not 'a <= i + len(insert)': deleting
    # either 'a' of 'aa' gives the same text, so the edit's own position is not recoverable.
    assert a == len(os.path.commonprefix([old, new]))
    region = paragraph_region(new, a, new_end)
    assert region[0] <= a and region[1] >= new_end
    # a position after the edit moves by the size change; one before stays
    for pos in range(len(old) + 1):
        moved = map_position(pos, [(i, j - i, len(insert))])
        if pos <= i:
            assert moved == pos
        elif pos >= j:
            assert moved == pos + len(insert) - (j - i)


def test_underline_colour_follows_severity(env, qtbot) -> None:
    editor, ctrl, _panel, _ = env
    editor.setPlainText("They met in an attempt to talk.\n\nLeave a Reply\n")
    qtbot.waitUntil(lambda: len({li.issue.severity for li in ctrl.issues()}) >= 2, timeout=WAIT_MS)
    colours = {}
    for li in ctrl.issues():
        sel = underline_over(editor, li.text)
        colours[li.issue.severity] = sel.format.underlineColor().name()
    assert len(set(colours.values())) == len(colours)  # different severities look different
    assert all(SEVERITY_COLORS[sev] == c for sev, c in colours.items())


def test_editing_inside_an_underlined_phrase_drops_it_at_once(env, qtbot) -> None:
    editor, ctrl, _panel, _ = env
    editor.setPlainText("They met in an attempt to talk.")
    qtbot.waitUntil(lambda: underline_over(editor, "in an attempt to") is not None, timeout=WAIT_MS)
    live = issues_of(ctrl, "wordy_phrase")[0]
    cur = editor.textCursor()
    cur.setPosition(live.start + len("in an att"))
    editor.setTextCursor(cur)
    qtbot.keyClick(editor, "x")
    # no waiting: the stale underline is gone with the keystroke that made it stale
    assert issues_of(ctrl, "wordy_phrase") == []
    assert all("attxempt" not in s.cursor.selectedText() for s in editor.extraSelections())
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: underline_over(editor, "in an attempt to") is not None, timeout=WAIT_MS)


def test_deleting_a_redundant_phrase_leaves_no_double_space(env, qtbot) -> None:
    editor, ctrl, _panel, _ = env
    editor.setPlainText("Both nations were exchanging rhetoric against each other daily.\n")
    qtbot.waitUntil(lambda: bool(issues_of(ctrl, "pleonasm")), timeout=WAIT_MS)
    live = issues_of(ctrl, "pleonasm")[0]
    assert live.text == "against each other" and live.issue.replacements == ("",)
    next(a for a in ctrl.menu.actions_for(live.start + 1, editor) if a.text() == "Delete it").trigger()
    assert editor.toPlainText() == "Both nations were exchanging rhetoric daily.\n"


def test_ignore_once_is_remembered_for_the_file_across_sessions(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("EDITOR_APP_HOME", str(tmp_path / "home"))
    doc = tmp_path / "article.md"
    text = "They met in an attempt to talk.\n\nLater they wrote in an attempt to agree.\n"
    runner = TaskRunner()
    for session in (1, 2):
        editor = QPlainTextEdit()
        qtbot.addWidget(editor)
        editor.setPlainText(text)
        ctrl = attach_checks(editor, runner, dictionary_path=tmp_path / "dict.txt")
        ctrl.set_document_path(doc)
        if session == 1:
            qtbot.waitUntil(lambda c=ctrl: len(issues_of(c, "wordy_phrase")) == 2, timeout=WAIT_MS)
            ctrl.ignore_once(issues_of(ctrl, "wordy_phrase")[0])
        else:
            with qtbot.waitSignal(ctrl.checked, timeout=WAIT_MS, check_params_cb=lambda g: g == "local"):
                pass
            qtbot.waitUntil(lambda c=ctrl: len(issues_of(c, "wordy_phrase")) == 1, timeout=WAIT_MS)
            assert issues_of(ctrl, "wordy_phrase")[0].start == text.index("in an attempt to agree")
    assert "check-ignore" not in text
    runner.wait_for_done(WAIT_MS)
