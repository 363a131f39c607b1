"""Helpers for the shell's UI tests: build a real main window, answer real modal dialogs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox

from editor_app.app import build_window
from editor_app.core.storage.recovery import RecoveryJournal
from editor_app.core.storage.settings import Settings


def make_window(qtbot: Any, tmp_path: Path, *, journal: bool = False, settings: Settings | None = None,
                settings_file: Path | None = None, extensions: bool = False) -> tuple[Any, Any]:
    settings = settings or Settings()
    j = RecoveryJournal(tmp_path / "recovery") if journal else None
    persist = (lambda: settings.save(settings_file)) if settings_file else None
    window, services = build_window(settings, j, persist=persist, install_extensions=extensions)
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    return window, services


def close_window(window: Any) -> None:
    """Tear down without the unsaved-changes prompt (tests leave dirty tabs behind)."""
    window.on_close_request = None
    # Let in-flight page callbacks (JavaScript results) land while their views still exist.
    from PySide6.QtCore import QElapsedTimer

    t = QElapsedTimer()
    t.start()
    while t.elapsed() < 150:
        QApplication.processEvents()
    for tab in window.all_tabs():
        window.remove_tab(tab)
    window.runner.wait_for_done(5000)
    window.close()
    window.deleteLater()
    # Web pages must be gone before their profile is released at exit, or QtWebEngine crashes.
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


class DialogAnswerer:
    """Answers the next modal dialog(s) by clicking a button whose text contains ``button``.

    Records each dialog's text so tests can assert what the writer was told."""

    def __init__(self, button: str | Callable[[QDialog], None], repeat: bool = False) -> None:
        self.button = button
        self.repeat = repeat
        self.seen: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        w = QApplication.activeModalWidget()
        if not isinstance(w, QDialog) or not w.isVisible():
            return
        if isinstance(w, QMessageBox):
            self.seen.append(f"{w.text()}\n{w.informativeText()}")
        else:
            self.seen.append(w.windowTitle())
        if not self.repeat:
            self._timer.stop()
        if callable(self.button):
            self.button(w)
            return
        for b in w.findChildren(QAbstractButton):
            if self.button.lower() in b.text().replace("&", "").lower() and b.isVisible():
                b.click()
                return
        w.reject()

    def stop(self) -> None:
        self._timer.stop()


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    from PySide6.QtCore import Qt

    for i, line in enumerate(text.split("\n")):
        if i:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(widget, line)
