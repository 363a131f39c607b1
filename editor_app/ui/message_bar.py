"""A slim bar above the editor for things the writer must notice but need not answer at once
(invalid front matter, the encoding a file was opened with, a file changed on disk)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class MessageBar(QWidget):
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAutoFillBackground(True)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(self.label.textFormat().PlainText)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 6, 8, 6)
        self._layout.setSpacing(8)
        self._layout.addWidget(self.label, 1)
        self._buttons: list[QPushButton] = []
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip("Dismiss")
        close.clicked.connect(self.dismiss)
        self._layout.addWidget(close)
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "info", actions: list[tuple[str, Callable[[], None]]] | None = None) -> None:
        for b in self._buttons:
            b.deleteLater()
        self._buttons = []
        self.kind = kind
        self.label.setText(text)
        for i, (label, cb) in enumerate(actions or []):
            b = QPushButton(label, self)
            b.clicked.connect(cb)
            self._layout.insertWidget(1 + i, b)
            self._buttons.append(b)
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def action_labels(self) -> list[str]:
        return [b.text() for b in self._buttons]

    def trigger(self, label: str) -> None:
        for b in self._buttons:
            if b.text() == label:
                b.click()
                return
        raise KeyError(label)

    def dismiss(self) -> None:
        self.hide()
        self.kind = ""
        self.dismissed.emit()
