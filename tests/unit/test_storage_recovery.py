"""Recovery journal: what was typed survives SIGKILL; a clean exit leaves nothing behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.core.storage.recovery import RecoveryJournal

ROOT = Path(__file__).resolve().parents[2]

# A child "app" that snapshots what the writer types, reports each snapshot, and then waits to be
# killed (or exits cleanly when told to).
CHILD = textwrap.dedent(
    """
    import sys
    from editor_app.core.storage.recovery import RecoveryJournal
    j = RecoveryJournal(sys.argv[1])
    print("crashed-before" if j.open_session() else "clean-before", flush=True)
    for line in sys.stdin:
        cmd, _, arg = line.rstrip("\\n").partition(" ")
        if cmd == "type":
            text = arg.encode().decode("unicode_escape")
            j.snapshot("doc-1", "/tmp/article.md", "My article", text, len(text))
            j.snapshot("doc-2", None, "", "untitled " + text, 3)
            print("ok", flush=True)
        elif cmd == "save":
            j.discard("doc-1")
            print("ok", flush=True)
        elif cmd == "quit":
            j.close()
            print("bye", flush=True)
            break
    """
)


class Child:
    def __init__(self, journal_dir: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(journal_dir)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        self.hello = self.read()

    def read(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def send(self, line: str) -> str:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return self.read()

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)
        assert self.proc.returncode == -signal.SIGKILL


def test_sigkill_leaves_every_unsaved_document_recoverable(tmp_path: Path) -> None:
    child = Child(tmp_path)
    assert child.hello == "clean-before"
    assert child.send("type first draft") == "ok"
    assert child.send("type second draft, caf\\u00e9 \\U0001f600\\r\\n\\ttab") == "ok"
    child.kill()

    journal = RecoveryJournal(tmp_path)
    assert journal.open_session() is True
    entries = {e.doc_id: e for e in journal.pending()}
    assert set(entries) == {"doc-1", "doc-2"}
    typed = "second draft, caf\u00e9 \U0001f600\r\n\ttab"
    assert entries["doc-1"].text == typed
    assert entries["doc-1"].path == Path("/tmp/article.md")
    assert entries["doc-1"].title == "My article"
    assert entries["doc-1"].cursor == len(typed)
    assert entries["doc-2"].path is None and entries["doc-2"].text == "untitled " + typed
    assert time.time() - entries["doc-1"].saved_at < 60

    journal.discard_entry(entries["doc-1"])
    assert [e.doc_id for e in journal.pending()] == ["doc-2"]
    journal.clear_all()
    assert journal.pending() == []
    journal.close()
    assert RecoveryJournal(tmp_path).open_session() is False


def test_saved_document_is_not_offered_after_a_crash(tmp_path: Path) -> None:
    child = Child(tmp_path)
    child.send("type hello")
    child.send("save")
    child.kill()
    journal = RecoveryJournal(tmp_path)
    journal.open_session()
    assert [e.doc_id for e in journal.pending()] == ["doc-2"]


def test_clean_exit_discards_the_journal(tmp_path: Path) -> None:
    child = Child(tmp_path)
    child.send("type hello")
    assert child.send("quit") == "bye"
    child.proc.wait(timeout=10)
    journal = RecoveryJournal(tmp_path)
    assert journal.open_session() is False
    assert journal.pending() == []


def test_a_running_instance_is_not_taken_for_a_crash(tmp_path: Path) -> None:
    child = Child(tmp_path)
    try:
        child.send("type still being edited")
        journal = RecoveryJournal(tmp_path)
        assert journal.open_session() is False
        assert journal.pending() == []
        journal.close()
        # and our own clean exit does not remove the other instance's journal
        assert any(p.suffix == ".json" for p in tmp_path.rglob("*"))
    finally:
        child.kill()
    later = RecoveryJournal(tmp_path)
    later.open_session()
    assert {e.text for e in later.pending()} == {"still being edited", "untitled still being edited"}


def test_own_entries_are_never_pending_and_snapshot_overwrites(tmp_path: Path) -> None:
    journal = RecoveryJournal(tmp_path)
    journal.open_session()
    journal.snapshot("d", None, "", "one", 0)
    journal.snapshot("d", None, "", "two", 1)
    assert journal.pending() == []
    files = list(journal.session_dir.glob("*.json"))
    assert len(files) == 1 and '"two"' in files[0].read_text()


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_journal_text_is_exactly_the_typed_text(tmp_path: Path, text: str) -> None:
    folder = tmp_path / uuid.uuid4().hex
    writer = RecoveryJournal(folder)
    writer.open_session()
    writer.snapshot("x", None, "t", text, 0)
    # simulate a crash: drop the lock without the clean-exit cleanup
    assert writer._lock_fh is not None
    writer._lock_fh.close()
    writer._lock_fh = None
    reader = RecoveryJournal(folder)
    reader.open_session()
    [entry] = reader.pending()
    assert entry.text == text
    reader.close()
