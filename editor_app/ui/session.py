"""The session: which files were open, in what order, the current tab and each cursor position,
and the window's size, position and panel layout.

Saved when the window closes (after the writer agreed), restored on the next start when no file
was given on the command line. Missing files are skipped without a dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject
from PySide6.QtGui import QTextCursor

from editor_app.core.storage.settings import SessionFile, Settings
from editor_app.ui.document_tab import DocumentTab
from editor_app.ui.files import FileController
from editor_app.ui.main_window import MainWindow


class SessionKeeper(QObject):
    def __init__(self, window: MainWindow, files: FileController, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.files = files
        self.settings = settings
        files.close_hooks.append(self.save)

    def snapshot(self) -> tuple[list[SessionFile], int]:
        entries: list[SessionFile] = []
        active = 0
        current = self.window.current_tab()
        for tab in self.window.all_tabs():
            if tab.path is None:
                continue
            if tab is current:
                active = len(entries)
            entries.append({"path": str(tab.path.resolve()), "cursor": tab.editor.textCursor().position()})
        return entries, active

    def save(self) -> None:
        entries, active = self.snapshot()
        self.settings.session = entries
        self.settings.session_active = active
        self.settings.window_geometry = bytes(self.window.saveGeometry().toBase64().data()).decode("ascii")
        self.settings.window_state = bytes(self.window.saveState().toBase64().data()).decode("ascii")
        try:
            self.files.persist()
        except OSError:
            pass  # losing the session is not worth blocking the quit

    def restore_window(self) -> None:
        """Size, position and panel layout from last time (call after every panel exists, before
        the window is shown). Broken or missing values leave the defaults."""
        if self.settings.window_geometry:
            self.window.restoreGeometry(QByteArray.fromBase64(self.settings.window_geometry.encode("ascii")))
        if self.settings.window_state:
            self.window.restoreState(QByteArray.fromBase64(self.settings.window_state.encode("ascii")))

    def restore(self) -> list[DocumentTab]:
        if not self.settings.restore_session:
            return []
        tabs: list[DocumentTab] = []
        current: DocumentTab | None = None
        for i, entry in enumerate(self.settings.session):
            opened = self.files.open_paths([entry["path"]], quiet_missing=True)
            if not opened:
                continue
            tab = opened[0]
            tabs.append(tab)
            cursor = QTextCursor(tab.editor.document())
            cursor.setPosition(min(int(entry.get("cursor", 0)), tab.editor.document().characterCount() - 1))
            tab.editor.setTextCursor(cursor)
            tab.editor.centerCursor()
            if i == self.settings.session_active:
                current = tab
        if current is not None:
            self.window.tabs.setCurrentWidget(current)
        return tabs
