"""Autosave while typing and the recovery offer, in-process with real widgets and a real journal.

A crashed run is made by a separate Python process that snapshots into the journal and exits
without closing it (its OS lock dies with it, exactly as after a kill)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QListWidget, QWidget

from editor_app.core.storage.recovery import RecoveryJournal
from tests.ui.shell_helpers import DialogAnswerer, close_window, make_window, type_text

pytestmark = pytest.mark.ui

ROOT = Path(__file__).resolve().parents[2]


def _crashed_run(recovery_dir: Path, entries: list[tuple[str, str | None, str]]) -> None:
    code = (
        "import json, os, sys\n"
        "from editor_app.core.storage.recovery import RecoveryJournal\n"
        "j = RecoveryJournal(sys.argv[1]); j.open_session()\n"
        "for doc_id, path, text in json.loads(sys.argv[2]):\n"
        "    j.snapshot(doc_id, path, '', text, 0)\n"
        "os._exit(0)  # no close(): like a crash\n"
    )
    subprocess.run([sys.executable, "-c", code, str(recovery_dir), json.dumps(entries)], check=True, cwd=ROOT)


def _session_files(recovery_dir: Path) -> list[Path]:
    return list((recovery_dir / "sessions").glob("*/*.json"))


def test_typing_is_autosaved_after_a_second_idle_and_on_focus_loss(qtbot, tmp_path, monkeypatch):
    import editor_app.ui.autosave as autosave

    monkeypatch.setattr(autosave, "MAX_GAP_S", 60.0)  # only idle and focus loss may save here
    win, services = make_window(qtbot, tmp_path, journal=True)
    try:
        services.autosave.start(offer_recovery=False)
        tab = services.files.new_document("")
        type_text(qtbot, tab.editor, "Words worth keeping")
        assert _session_files(tmp_path / "recovery") == []  # not yet: the writer is still typing
        qtbot.waitUntil(lambda: len(_session_files(tmp_path / "recovery")) == 1, timeout=4000)
        data = json.loads(_session_files(tmp_path / "recovery")[0].read_text())
        assert data["text"] == "Words worth keeping"

        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow, timeout=2000)
        type_text(qtbot, tab.editor, " and more")
        other = QWidget()  # the writer switches to another window
        other.show()
        other.activateWindow()
        qtbot.waitUntil(
            lambda: json.loads(_session_files(tmp_path / "recovery")[0].read_text())["text"].endswith("and more"),
            timeout=700,  # well before the 1 s idle timer
        )
        assert not win.isActiveWindow()
        other.close()
    finally:
        close_window(win)


def test_saving_removes_the_snapshot(qtbot, tmp_path):
    p = tmp_path / "post.md"
    p.write_text("Hello\n", encoding="utf-8")
    win, services = make_window(qtbot, tmp_path, journal=True)
    try:
        services.autosave.start(offer_recovery=False)
        tab = services.files.open_paths([p])[0]
        type_text(qtbot, tab.editor, "Hi. ")
        services.autosave.snapshot_all()
        qtbot.waitUntil(lambda: len(_session_files(tmp_path / "recovery")) == 1, timeout=3000)
        assert services.files.save(tab)
        qtbot.waitUntil(lambda: _session_files(tmp_path / "recovery") == [], timeout=3000)
    finally:
        close_window(win)


def test_after_a_crash_every_unsaved_document_is_offered_and_recovered(qtbot, tmp_path):
    p = tmp_path / "saved.md"
    p.write_text("What is on disk.\n", encoding="utf-8")
    _crashed_run(tmp_path / "recovery", [
        ("doc-a", str(p), "What is on disk.\nPlus an unsaved paragraph.\n"),
        ("doc-b", None, "An untitled draft that was never saved.\n"),
    ])
    win, services = make_window(qtbot, tmp_path, journal=True)
    try:
        assert services.autosave.previous_run_crashed()
        listed: list[int] = []

        def recover(dlg) -> None:
            listed.append(dlg.findChild(QListWidget).count())
            dlg.recover_button.click()

        answer = DialogAnswerer(recover)
        assert services.autosave.offer_recovery() == 2
        answer.stop()
        assert listed == [2]
        texts = {(t.path.name if t.path else None): t.editor.toPlainText() for t in win.all_tabs()}
        assert texts["saved.md"] == "What is on disk.\nPlus an unsaved paragraph.\n"
        assert texts[None] == "An untitled draft that was never saved.\n"
        assert all(t.is_dirty for t in win.all_tabs())
        assert p.read_text(encoding="utf-8") == "What is on disk.\n"  # only the writer saves
        assert RecoveryJournal(tmp_path / "recovery").pending() == []  # taken, not offered twice
    finally:
        close_window(win)


def test_decide_later_keeps_the_snapshots_for_next_time(qtbot, tmp_path):
    _crashed_run(tmp_path / "recovery", [("doc-c", None, "Keep me for later.\n")])
    win, services = make_window(qtbot, tmp_path, journal=True)
    try:
        answer = DialogAnswerer("Decide later")
        assert services.autosave.offer_recovery() == 0
        answer.stop()
        assert [e.text for e in RecoveryJournal(tmp_path / "recovery").pending()] == ["Keep me for later.\n"]
    finally:
        close_window(win)


def test_an_unusable_recovery_folder_turns_autosave_off_without_stopping_the_editor(qtbot, tmp_path):
    (tmp_path / "recovery").write_text("a file where the folder should be", encoding="utf-8")
    win, services = make_window(qtbot, tmp_path, journal=True)
    try:
        services.autosave.start(offer_recovery=False)
        assert "Autosave is off" in win.statusBar().currentMessage()
        tab = services.files.new_document("")
        type_text(qtbot, tab.editor, "still works")
        services.autosave.snapshot_all()
        qtbot.wait(100)
        assert tab.editor.toPlainText() == "still works"
    finally:
        close_window(win)
