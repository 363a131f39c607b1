"""Autosave to the recovery journal, and the offer to recover after a crash.

Every dirty document is snapshotted to the core ``RecoveryJournal`` after ~1 s without typing,
at least once a second while the writer keeps typing (so a kill loses at most ~1-2 s), and at
once when the window loses focus. The text is copied on the UI thread (cheap); JSON encoding and
the fsync'd write happen on the task runner, one coalesced job per document.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QObject, QTimer

from editor_app.ui.document_tab import DocumentTab
from editor_app.ui.files import FileController
from editor_app.ui.main_window import MainWindow

IDLE_MS = 1000
MAX_GAP_S = 1.0  # while typing non-stop, snapshot at least this often


class _NoJournal:
    """Stands in when the recovery folder cannot be used: autosave does nothing, quietly."""

    def snapshot(self, *_args: Any) -> None:
        return None

    def discard(self, *_args: Any) -> None:
        return None

    def pending(self) -> list[Any]:
        return []

    def discard_entry(self, *_args: Any) -> None:
        return None

    def close(self) -> None:
        return None


class AutosaveController(QObject):
    def __init__(self, window: MainWindow, files: FileController, journal: Any) -> None:
        super().__init__(window)
        self.window = window
        self.files = files
        self.journal = journal
        self._crashed: bool | None = None
        self._journaled_revision: dict[str, int] = {}
        self._last_snapshot_at: dict[str, float] = {}
        self.snapshots_written = 0
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self.snapshot_all)
        window.tab_opened.connect(self._attach)
        window.focus_lost.connect(self.snapshot_all)
        files.saved.connect(self._forget)
        files.closed.connect(self._forget)

    # -- start-up ------------------------------------------------------------------------------
    def previous_run_crashed(self) -> bool:
        if self._crashed is None:
            try:
                self._crashed = bool(self.journal.open_session())
            except Exception as exc:  # noqa: BLE001 - no journal (read-only disk...) must not stop the start
                self.window.statusBar().showMessage(f"Autosave is off: {exc}", 15000)
                self._crashed = False
                self.journal = _NoJournal()
        return self._crashed

    def start(self, offer_recovery: bool) -> None:
        self.previous_run_crashed()
        if offer_recovery:
            QTimer.singleShot(0, self.offer_recovery)

    def offer_recovery(self) -> int:
        """Ask which unsaved documents from the crashed run to bring back; returns how many."""
        from editor_app.ui.dialogs.recovery import RecoveryDialog

        entries = self.journal.pending()
        if not entries:
            return 0
        recover, discard = RecoveryDialog.ask(self.window, entries)
        for entry in recover:
            self._restore(entry)
            self.journal.discard_entry(entry)
        for entry in discard:
            self.journal.discard_entry(entry)
        if recover:
            self.snapshot_all()  # the recovered text is unsaved again: journal it in this run
        return len(recover)

    def _restore(self, entry: Any) -> DocumentTab:
        tab: DocumentTab | None = None
        if entry.path is not None:
            tab = self.files.find_open(entry.path)
            if tab is None and entry.path.exists():
                tab = self.files.open_path(entry.path, doc_id=entry.doc_id)
        if tab is None:
            tab = self.files.new_document()
            if entry.path is not None:
                tab.message_bar.show_message(
                    f"Recovered text of {entry.path} (the file no longer exists). Save it to keep it.", "warning"
                )
        cursor = tab.editor.textCursor()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(entry.text)  # an edit, so undo can go back to the file's version
        c = tab.editor.textCursor()
        c.setPosition(min(entry.cursor, len(entry.text)))
        tab.editor.setTextCursor(c)
        tab.editor.document().setModified(True)
        self.window.tabs.setCurrentWidget(tab)
        self.window.statusBar().showMessage(f"Recovered {entry.display_name}", 5000)
        return tab

    # -- snapshots -----------------------------------------------------------------------------
    def _attach(self, tab: DocumentTab) -> None:
        tab.editor.revision_changed.connect(lambda _r, t=tab: self._edited(t))
        tab.dirty_changed.connect(lambda dirty, t=tab: None if dirty else self._forget(t))

    def _edited(self, tab: DocumentTab) -> None:
        self._idle.start()
        last = self._last_snapshot_at.get(tab.doc_id)
        now = time.monotonic()
        if last is None:
            self._last_snapshot_at[tab.doc_id] = now  # the first keystroke starts the clock
        elif now - last >= MAX_GAP_S:
            self.snapshot(tab)

    def snapshot_all(self) -> None:
        for tab in self.window.all_tabs():
            self.snapshot(tab)

    def snapshot(self, tab: DocumentTab) -> None:
        if not tab.is_dirty or self._journaled_revision.get(tab.doc_id) == tab.editor.revision:
            return
        self._last_snapshot_at[tab.doc_id] = time.monotonic()
        doc_id, journal = tab.doc_id, self.journal

        def take() -> tuple[tuple[Any, ...], int]:
            text, revision = tab.snapshot()
            data = (revision, doc_id, tab.path, tab.display_name(), text, tab.editor.textCursor().position())
            return data, revision

        def write(data: tuple[Any, ...]) -> int:
            journal.snapshot(*data[1:])
            return int(data[0])

        def written(revision: int) -> None:
            self._journaled_revision[doc_id] = revision
            self.snapshots_written += 1

        self.window.runner.request(
            ("autosave", doc_id), take, write, written, label="Autosave", priority=10, interactive=True,
        )

    def _forget(self, tab: DocumentTab) -> None:
        if tab.is_dirty:
            return
        self._journaled_revision.pop(tab.doc_id, None)
        self._last_snapshot_at.pop(tab.doc_id, None)
        doc_id, journal = tab.doc_id, self.journal
        # Through the runner too, so it is ordered after a snapshot still being written.
        self.window.runner.request(("autosave", doc_id), lambda: (doc_id, 0), journal.discard, lambda _r: None,
                                   label="Autosave", priority=10, interactive=True)

    def shutdown(self) -> None:
        """Clean exit: wait for writes, then remove this run's journal."""
        self._idle.stop()
        self.window.runner.wait_for_done(3000)
        self.journal.close()
