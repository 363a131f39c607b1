"""Reload / keep mine / compare, for a file another program changed while it was open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.storage.fileinfo import unified_diff
from editor_app.ui.document_tab import DocumentTab


def _read_disk_text(path: Path | None) -> str:
    if path is None:
        return ""
    try:
        from editor_app.core.document import load_document

        return load_document(path).text
    except Exception as exc:  # noqa: BLE001 - deleted or unreadable: say so in the diff
        return f"(the file on disk cannot be read: {exc})\n"


class _DiffColors(QSyntaxHighlighter):
    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        f = QTextCharFormat()
        if text.startswith("+") and not text.startswith("+++"):
            f.setBackground(QColor(46, 160, 67, 60))
        elif text.startswith("-") and not text.startswith("---"):
            f.setBackground(QColor(248, 81, 73, 60))
        elif text.startswith("@@"):
            f.setForeground(QColor("#6a7079"))
        else:
            return
        self.setFormat(0, len(text), f)


class CompareDialog(QDialog):
    """Shows the difference between the file on disk and the editor; returns the writer's choice."""

    def __init__(self, parent: QWidget | None, tab: DocumentTab) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Compare — {tab.display_name()}")
        self.resize(820, 560)
        self.choice = "cancel"
        diff = unified_diff(tab.editor.toPlainText(), _read_disk_text(tab.path), tab.display_name())
        label = QLabel("Lines starting with − are only on disk; lines starting with + are only in the editor.", self)
        label.setWordWrap(True)
        view = QPlainTextEdit(self)
        view.setObjectName("diffView")
        view.setReadOnly(True)
        view.setFont(QFont("DejaVu Sans Mono", 10))
        view.setPlainText(diff or "The two versions are identical.")
        self._colors = _DiffColors(view.document())
        self.diff_text = view.toPlainText()
        buttons = QDialogButtonBox(self)
        reload_btn = QPushButton("Reload from disk", self)
        keep_btn = QPushButton("Keep mine", self)
        buttons.addButton(reload_btn, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(keep_btn, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        reload_btn.clicked.connect(lambda: self._choose("reload"))
        keep_btn.clicked.connect(lambda: self._choose("keep"))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(label)
        lay.addWidget(view, 1)
        lay.addWidget(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, tab: DocumentTab) -> str:
        dlg = cls(parent, tab)
        dlg.exec()
        return dlg.choice


def ask_external_change(parent: QWidget | None, tab: DocumentTab, *, saving: bool = False) -> str:
    """Modal question used when saving would overwrite someone else's change."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("File changed on disk")
    box.setText(f"{tab.display_name()} was changed by another program since you opened it.")
    box.setInformativeText(
        "Saving now would replace their changes with yours." if saving else "What do you want to do?"
    )
    keep = box.addButton("Keep mine (overwrite)" if saving else "Keep mine", QMessageBox.ButtonRole.AcceptRole)
    reload_btn = box.addButton("Reload theirs", QMessageBox.ButtonRole.DestructiveRole)
    compare = box.addButton("Compare…", QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    while True:
        box.exec()
        clicked = box.clickedButton()
        if clicked is compare:
            choice = CompareDialog.ask(parent, tab)
            if choice != "cancel":
                return choice
            continue
        if clicked is keep:
            return "keep"
        if clicked is reload_btn:
            return "reload"
        return "cancel"
