"""What to do when the post changed on the site, or was deleted there.

``ConflictDialog`` shows a line diff between the site's version and ours and returns the writer's
choice: keep mine (publish over it), take theirs (replace the document with the site's version),
or cancel. ``ask_recreate_deleted`` is the "deleted on the site: create it again?" question.
"""

from __future__ import annotations

import difflib
import html as html_lib
import re
from enum import Enum

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument
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

from editor_app.core.publishing.base import Conflict, RemoteDeleted


class ConflictChoice(Enum):
    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"
    CANCEL = "cancel"


_BLOCK_END = re.compile(r"(</(?:p|h[1-6]|li|ul|ol|blockquote|pre|figure|table|tr|div)>|<br\s*/?>)", re.I)
_MARKER = re.compile(r"<!--\s*editor-app:[^>]*-->")
_TAG = re.compile(r"<[^>]+>")


def html_to_lines(html: str) -> list[str]:
    """Readable lines for a diff: one per block, tags dropped, entities decoded, our marker removed."""
    html = _MARKER.sub("", html)
    html = _BLOCK_END.sub(lambda m: m.group(1) + "\n", html)
    lines = []
    for raw in html.splitlines():
        text = html_lib.unescape(_TAG.sub("", raw)).strip()
        if text:
            lines.append(" ".join(text.split()))
    return lines


def diff_text(theirs_html: str, mine_html: str) -> str:
    """A unified diff, site version first ("-") and ours second ("+")."""
    diff = difflib.unified_diff(
        html_to_lines(theirs_html),
        html_to_lines(mine_html),
        fromfile="On the site",
        tofile="Your document",
        lineterm="",
        n=2,
    )
    return "\n".join(diff)


class _DiffHighlighter(QSyntaxHighlighter):
    def __init__(self, doc: QTextDocument) -> None:
        super().__init__(doc)
        self._fmts: dict[str, QTextCharFormat] = {}
        for prefix, color in (("-", "#b71c1c"), ("+", "#1b5e20"), ("@", "#6a1b9a")):
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(color))
            self._fmts[prefix] = fmt

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt API)
        if text.startswith(("---", "+++")):
            return
        fmt = self._fmts.get(text[:1])
        if fmt is not None:
            self.setFormat(0, len(text), fmt)


class ConflictDialog(QDialog):
    def __init__(self, conflict: Conflict, site_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle("The post was changed on the site")
        self.choice = ConflictChoice.CANCEL
        where = f" on “{site_name}”" if site_name else " on the site"
        intro = QLabel(
            f"Someone edited this post{where} after you last published it. "
            "Lines marked − are only on the site, lines marked + only in your document.",
            self,
        )
        intro.setWordWrap(True)
        self.diff_view = QPlainTextEdit(self)
        self.diff_view.setObjectName("conflictDiff")
        self.diff_view.setReadOnly(True)
        self.diff_view.setFont(QFont("monospace"))
        text = diff_text(conflict.remote.html, conflict.local.html)
        if conflict.remote.title != conflict.local.title:
            text = f"Title on the site: {conflict.remote.title}\nYour title:       {conflict.local.title}\n\n" + text
        self.diff_view.setPlainText(text or "(The text is the same; other fields changed on the site.)")
        self._hl = _DiffHighlighter(self.diff_view.document())

        buttons = QDialogButtonBox(self)
        self.keep_mine_button = QPushButton("Keep mine (overwrite the site)", self)
        self.take_theirs_button = QPushButton("Take theirs (replace my document)", self)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.keep_mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take_theirs_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.keep_mine_button.clicked.connect(lambda: self._choose(ConflictChoice.KEEP_MINE))
        self.take_theirs_button.clicked.connect(lambda: self._choose(ConflictChoice.TAKE_THEIRS))
        self.cancel_button.clicked.connect(lambda: self._choose(ConflictChoice.CANCEL))
        self.cancel_button.setDefault(True)  # Enter must not overwrite anyone's work

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.diff_view, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        if choice is ConflictChoice.CANCEL:
            self.reject()
        else:
            self.accept()


def ask_conflict(conflict: Conflict, site_name: str = "", parent: QWidget | None = None) -> ConflictChoice:
    dlg = ConflictDialog(conflict, site_name, parent)
    dlg.exec()
    return dlg.choice


def recreate_question(error: RemoteDeleted, site_name: str = "") -> str:
    where = f"“{site_name}”" if site_name else "the site"
    state = "moved to the trash" if error.trashed else "deleted"
    return (
        f"This article was published to {where} before, but the post was {state} there.\n\n"
        "Create it again as a new post?"
    )


def ask_recreate_deleted(error: RemoteDeleted, site_name: str = "", parent: QWidget | None = None) -> bool:
    box = QMessageBox(parent)
    box.setObjectName("deletedOnSiteBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Post deleted on the site")
    box.setText(recreate_question(error, site_name))
    create = box.addButton("Create it again", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is create
