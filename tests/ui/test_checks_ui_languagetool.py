"""LanguageTool in the live editor, against tests/lt_server's stand-in for LanguageTool's
documented /v2/check API (a real LanguageTool cannot be downloaded on this machine).

The server-backed checker has its own background pass, so its underlines join the built-in ones,
and when the server is down the writer is told once while the built-in checks carry on."""

from __future__ import annotations

import socket
from pathlib import Path

from PySide6.QtWidgets import QPlainTextEdit

from editor_app.ui.checks import attach_checks
from editor_app.ui.checks.engine import default_engine
from editor_app.ui.tasks import TaskRunner
from tests.lt_server.server import FakeLanguageTool

WAIT_MS = 10000


def _editor(qtbot, tmp_path: Path, url: str):  # type: ignore[no-untyped-def]
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.show()
    runner = TaskRunner()
    engine = default_engine(tmp_path / "dict.txt", names=("builtin", "spelling", "languagetool"), languagetool_url=url)
    ctrl = attach_checks(editor, runner, engine=engine, dictionary_path=tmp_path / "dict.txt")
    ctrl.remote_debounce_ms = 50
    return editor, runner, ctrl


def test_languagetool_underlines_join_the_builtin_ones(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("EDITOR_APP_HOME", str(tmp_path / "home"))
    with FakeLanguageTool() as lt:
        editor, runner, ctrl = _editor(qtbot, tmp_path, lt.url)
        qtbot.keyClicks(editor, "She could of known that they met in an attempt to talk.")
        qtbot.waitUntil(
            lambda: {li.issue.source for li in ctrl.issues()} >= {"languagetool", "builtin"}, timeout=WAIT_MS
        )
        lt_issue = next(li for li in ctrl.issues() if li.issue.source == "languagetool")
        assert lt_issue.text == "could of"
        assert any(sel.cursor.selectedText() == "could of" for sel in editor.extraSelections())
        replace = next(a for a in ctrl.menu.actions_for(lt_issue.start + 1, editor) if a.text() == "Replace with “could have”")
        replace.trigger()
        assert editor.toPlainText().startswith("She could have known")
        runner.wait_for_done(WAIT_MS)


def test_languagetool_down_is_said_once_and_builtin_checks_still_run(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("EDITOR_APP_HOME", str(tmp_path / "home"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    editor, runner, ctrl = _editor(qtbot, tmp_path, dead)
    notices: list[str] = []
    ctrl.notice.connect(notices.append)
    qtbot.keyClicks(editor, "They met in an attempt to talk.")
    qtbot.waitUntil(lambda: any(li.issue.category == "wordy_phrase" for li in ctrl.issues()), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bool(notices), timeout=WAIT_MS)
    qtbot.keyClicks(editor, " Then they left.")
    with qtbot.waitSignal(ctrl.checked, timeout=WAIT_MS, check_params_cb=lambda g: g == "remote"):
        ctrl.recheck(immediately=True)
    assert len(notices) == 1 and "LanguageTool" in notices[0]
    assert any(li.issue.category == "wordy_phrase" for li in ctrl.issues())
    runner.wait_for_done(WAIT_MS)
