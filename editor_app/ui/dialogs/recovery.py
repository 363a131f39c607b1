"""After a crash: show every unsaved document the journal kept and let the writer choose."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)


def _describe(entry: Any) -> str:
    when = _dt.datetime.fromtimestamp(entry.saved_at).strftime("%H:%M:%S, %d %b")
    where = str(entry.path) if entry.path is not None else "not saved yet"
    words = len(entry.text.split())
    return f"{entry.display_name} — {words:,} words — {where} — autosaved {when}"


class RecoveryDialog(QDialog):
    def __init__(self, parent: QWidget | None, entries: list[Any]) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle("Recover unsaved work")
        self.resize(760, 480)
        self.entries = entries
        self.result_recover: list[Any] = []
        self.result_discard: list[Any] = []
        intro = QLabel(
            "The editor did not close properly last time. These documents had changes that were not "
            "saved. Tick the ones to bring back; they open as unsaved tabs so you can check and save them.",
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        for e in entries:
            item = QListWidgetItem(_describe(e))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.list.currentRowChanged.connect(self._show)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.list)
        split.addWidget(self.preview)
        split.setSizes([140, 300])
        buttons = QDialogButtonBox(self)
        self.recover_button = QPushButton("Recover selected", self)
        self.recover_button.setDefault(True)
        discard = QPushButton("Discard all", self)
        later = QPushButton("Decide later", self)
        buttons.addButton(self.recover_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(discard, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(later, QDialogButtonBox.ButtonRole.RejectRole)
        self.recover_button.clicked.connect(self._recover)
        discard.clicked.connect(self._discard_all)
        later.clicked.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(split, 1)
        lay.addWidget(buttons)
        if entries:
            self.list.setCurrentRow(0)

    def _show(self, row: int) -> None:
        self.preview.setPlainText(self.entries[row].text if 0 <= row < len(self.entries) else "")

    def _recover(self) -> None:
        for i, e in enumerate(self.entries):
            (self.result_recover if self.list.item(i).checkState() == Qt.CheckState.Checked else self.result_discard).append(e)
        self.accept()

    def _discard_all(self) -> None:
        self.result_discard = list(self.entries)
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, entries: list[Any]) -> tuple[list[Any], list[Any]]:
        """(to recover, to discard); "Decide later" returns two empty lists and keeps everything."""
        dlg = cls(parent, entries)
        dlg.exec()
        return dlg.result_recover, dlg.result_discard
