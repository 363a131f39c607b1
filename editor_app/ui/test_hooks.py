"""Hooks that let tests and benchmarks drive a real app process. Inert unless their variable is set.

``EDITOR_APP_TEST_TYPE_SCRIPT=FILE``  type FILE's text into the current tab, one character every
    ``EDITOR_APP_TEST_TYPE_INTERVAL_MS`` (default 20) ms, as real key events; after each character
    append "<count> <unix time>" to ``EDITOR_APP_TEST_TYPE_LOG`` so a test knows what was typed when.
``EDITOR_APP_TEST_READY_FILE=FILE``   write "ready <ms since app.py import> <unix time>" once the
    window is shown and "painted <ms> <unix time>" once the first preview render reached the page.
``EDITOR_APP_TEST_RECOVERY=recover|discard``  answer the crash-recovery dialog like a writer would
    (click "Recover selected" / "Discard all"), then ``EDITOR_APP_TEST_DUMP=FILE`` receives a JSON
    list of the open tabs ({"path", "text", "dirty"}) and the app quits.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

_keep: list[QObject] = []


def install(window: Any, services: Any) -> None:
    ready = os.environ.get("EDITOR_APP_TEST_READY_FILE")
    if ready:
        _mark_ready(window, Path(ready))
    answer = os.environ.get("EDITOR_APP_TEST_RECOVERY")
    if answer:
        _RecoveryAnswer(window, answer, os.environ.get("EDITOR_APP_TEST_DUMP"))
    script = os.environ.get("EDITOR_APP_TEST_TYPE_SCRIPT")
    if script:
        interval = int(os.environ.get("EDITOR_APP_TEST_TYPE_INTERVAL_MS", "20"))
        log = os.environ.get("EDITOR_APP_TEST_TYPE_LOG")
        _Typist(window, Path(script).read_text(encoding="utf-8"), interval, Path(log) if log else None)


def _mark_ready(window: Any, path: Path) -> None:
    from editor_app.app import _T0

    def write(line: str) -> None:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(line + "\n")

    def stamp(what: str) -> str:
        return f"{what} {(time.perf_counter() - _T0) * 1000:.1f} {time.time():.4f}"

    # The window's first paint (its own background; the children paint in the same pass).
    _FirstPaint(window, lambda: write(stamp("ready")))
    tab = window.current_tab()
    if tab is not None:
        done = {"n": 0}

        def painted(*_args: Any) -> None:
            if not done["n"]:
                done["n"] = 1
                write(stamp("painted"))

        def hook(preview: Any) -> None:
            signal = getattr(preview, "render_applied", None)
            (signal if signal is not None else tab.rendered).connect(painted)

        if tab.preview is not None:
            hook(tab.preview)
        else:
            tab.preview_created.connect(hook)


class _FirstPaint(QObject):
    def __init__(self, window: Any, callback: Any) -> None:
        super().__init__(window)
        self.callback = callback
        window.installEventFilter(self)
        _keep.append(self)

    def eventFilter(self, obj: QObject, event: Any) -> bool:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            self.callback()
        return False


class _Typist(QObject):
    def __init__(self, window: Any, text: str, interval: int, log: Path | None) -> None:
        super().__init__(window)
        self.window = window
        self.text = text
        self.pos = 0
        self.log = open(log, "a", encoding="utf-8") if log else None  # noqa: SIM115 - lives with the app
        self.timer = QTimer(self)
        self.timer.setInterval(interval)
        self.timer.timeout.connect(self._type_one)
        QTimer.singleShot(200, self.timer.start)
        _keep.append(self)

    def _type_one(self) -> None:
        tab = self.window.current_tab()
        if tab is None:
            return
        if self.pos >= len(self.text):
            self.timer.stop()
            return
        ch = self.text[self.pos]
        editor = tab.editor
        if ch == "\n":
            key, s = Qt.Key.Key_Return, "\r"
        else:
            key, s = Qt.Key.Key_unknown, ch
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, s))
        self.pos += 1
        if self.log is not None:
            self.log.write(f"{self.pos} {time.time():.3f}\n")
            self.log.flush()


class _RecoveryAnswer(QObject):
    def __init__(self, window: Any, answer: str, dump: str | None) -> None:
        super().__init__(window)
        self.window = window
        self.answer = answer
        self.dump = Path(dump) if dump else None
        self.answered = False
        self.timer = QTimer(self)
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._poll)
        self.timer.start()
        QTimer.singleShot(8000, self._finish)  # no dialog came: dump what is open anyway
        _keep.append(self)

    def _poll(self) -> None:
        from PySide6.QtWidgets import QPushButton

        from editor_app.ui.dialogs.recovery import RecoveryDialog

        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, RecoveryDialog) or self.answered:
            return
        self.answered = True
        wanted = "Recover selected" if self.answer == "recover" else "Discard all"
        for b in dlg.findChildren(QPushButton):
            if b.text() == wanted:
                b.click()
        QTimer.singleShot(300, self._finish)

    def _finish(self) -> None:
        import json

        self.timer.stop()
        if self.dump is not None:
            tabs = [
                {"path": str(t.path) if t.path else None, "text": t.editor.toPlainText(), "dirty": t.is_dirty,
                 "offered": self.answered}
                for t in self.window.all_tabs()
            ]
            self.dump.write_text(json.dumps(tabs), encoding="utf-8")
        app = QApplication.instance()
        if app is not None:
            app.exit(0)
