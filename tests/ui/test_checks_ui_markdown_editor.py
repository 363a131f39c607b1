"""The checks attached to the app's own editor widget and syntax highlighter (not a bare
QPlainTextEdit): underlines and highlighting coexist, Markdown syntax is not flagged, the
editor's revision counter is not bumped by check results, and the issue menu sits on top of the
editor's usual context menu actions."""

from __future__ import annotations

from pathlib import Path

from editor_app.ui.checks import attach_checks
from editor_app.ui.editor.highlighter import MarkdownHighlighter
from editor_app.ui.editor.widget import MarkdownEditor
from editor_app.ui.tasks import TaskRunner

TEXT = """---
title: In an attempt to explain
---
# Talks

They met in an attempt to talk. See `in an attempt to` and [link](https://example.com/in-an-attempt-to).

```
in an attempt to
```
"""


def test_checks_on_the_markdown_editor(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("EDITOR_APP_HOME", str(tmp_path / "home"))
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    MarkdownHighlighter(editor.document())
    editor.show()
    editor.set_text_unmodified(TEXT)
    runner = TaskRunner()
    ctrl = attach_checks(editor, runner, dictionary_path=tmp_path / "dict.txt")
    qtbot.waitUntil(lambda: any(li.issue.category == "wordy_phrase" for li in ctrl.issues()), timeout=5000)
    qtbot.wait(900)  # let the debounced document pass land too
    wordy = [li for li in ctrl.issues() if li.issue.category == "wordy_phrase"]
    # only the prose occurrence: front matter, inline code, link target and fenced code are not prose
    assert [li.start for li in wordy] == [TEXT.index("in an attempt to talk")]
    revision = editor.revision
    assert not editor.document().isModified()  # showing results did not touch the text
    ctrl.recheck(immediately=True)
    qtbot.wait(300)
    assert editor.revision == revision
    # the highlighter's formats and our underline live side by side
    block = editor.document().findBlock(wordy[0].start)
    assert block.layout().formats(), "the highlighter still formats the block"
    assert any(s.cursor.selectedText() == "in an attempt to" for s in editor.extraSelections())
    # right-click menu: issue actions first, then the editor's own (Undo, Copy, Paste ...)
    menu = editor.createStandardContextMenu()
    assert ctrl.menu.populate(menu, wordy[0].start + 1)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[0] == wordy[0].issue.message and "Replace with “to”" in texts
    assert any("Paste" in t for t in texts)
    runner.wait_for_done(5000)
