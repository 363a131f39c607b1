"""The session: which files were open, in what order, the current tab and each cursor position.

Saved when the window closes (after the writer agreed), restored on the next start when no file
was given on the command line. Missing files are skipped without a dialog.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer

from editor_app.ui.document_tab import DocumentTab
from editor_app.ui.files import FileController
from editor_app.ui.main_window import MainWindow
from editor_app.ui.settings_seam import SettingsLike


class SessionKeeper(QObject):
    def __init__(self, window: MainWindow, files: FileController, settings: SettingsLike) -> None:
        super().__init__(window)
        self.window = window
        self.files = files
        self.settings = settings
        files.close_hooks.append(self.save)

    def snapshot(self) -> dict[str, Any]:
        entries = []
        for tab in self.window.all_tabs():
            if tab.path is None:
                continue
            line, col = tab.editor.cursor_position()
            entries.append({"path": str(tab.path.resolve()), "line": line, "column": col,
                            "top": tab.editor.first_visible_line()})
        current = self.window.current_tab()
        current_path = str(current.path.resolve()) if current is not None and current.path else None
        return {"files": entries, "current": current_path}

    def save(self) -> None:
        self.settings.set("session", self.snapshot())

    def restore(self) -> list[DocumentTab]:
        data = self.settings.get("session")
        if not isinstance(data, dict):
            return []
        tabs: list[DocumentTab] = []
        current: DocumentTab | None = None
        for entry in data.get("files", []):
            if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
                continue
            opened = self.files.open_paths([entry["path"]], quiet_missing=True)
            if not opened:
                continue
            tab = opened[0]
            tabs.append(tab)
            line, col, top = int(entry.get("line", 0)), int(entry.get("column", 0)), int(entry.get("top", 0))
            self._place_cursor(tab, line, col, top)
            if entry["path"] == data.get("current"):
                current = tab
        if current is not None:
            self.window.tabs.setCurrentWidget(current)
        return tabs

    @staticmethod
    def _place_cursor(tab: DocumentTab, line: int, col: int, top: int) -> None:
        tab.editor.go_to_line(line, col)
        # Scrolling needs the layout done; do it once the window is shown.
        QTimer.singleShot(0, lambda: tab.editor.scroll_to_line(min(top, line)))
