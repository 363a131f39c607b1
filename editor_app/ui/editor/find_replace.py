"""Find and replace bar: plain text or regular expression, whole word, match case.

Searching uses QRegularExpression through QTextDocument.find, so positions agree with the editor
(UTF-16) even with emoji in the text. In regex mode the replacement may use \\1 or $1 for groups.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

_GROUP_REF = re.compile(r"\\(\d+)|\$(\d+)|\$\{(\w+)\}|\\g<(\w+)>|\\n|\\t|\\\\")


def build_pattern(text: str, *, regex: bool, whole_word: bool, match_case: bool) -> QRegularExpression:
    body = text if regex else QRegularExpression.escape(text)
    if whole_word:
        body = rf"\b(?:{body})\b"
    opts = QRegularExpression.PatternOption.UseUnicodePropertiesOption
    if not match_case:
        opts |= QRegularExpression.PatternOption.CaseInsensitiveOption
    return QRegularExpression(body, opts)


def expand_replacement(template: str, match: object) -> str:
    """Expand \\1, $1, ${name}, \\g<name>, \\n and \\t against a QRegularExpressionMatch."""

    def sub(m: re.Match[str]) -> str:
        tok = m.group(0)
        if tok == "\\n":
            return "\n"
        if tok == "\\t":
            return "\t"
        if tok == "\\\\":
            return "\\"
        ref = m.group(1) or m.group(2) or m.group(3) or m.group(4)
        cap = match.captured(int(ref) if ref.isdigit() else ref)  # type: ignore[attr-defined]
        return str(cap)

    return _GROUP_REF.sub(sub, template)


class FindReplaceBar(QWidget):
    """Lives under the tab widget; ``set_editor`` points it at the current tab's editor."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._editor: QPlainTextEdit | None = None
        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText("Find")
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setPlaceholderText("Replace with")
        self.regex_box = QCheckBox("Regular expression", self)
        self.word_box = QCheckBox("Whole word", self)
        self.case_box = QCheckBox("Match case", self)
        self.status = QLabel("", self)
        self.status.setObjectName("findStatus")
        prev_btn = QPushButton("Previous", self)
        next_btn = QPushButton("Next", self)
        replace_btn = QPushButton("Replace", self)
        all_btn = QPushButton("Replace all", self)
        close_btn = QToolButton(self)
        close_btn.setText("✕")
        close_btn.setToolTip("Close (Esc)")
        close_btn.setAutoRaise(True)

        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.find_edit, 0, 0)
        grid.addWidget(prev_btn, 0, 1)
        grid.addWidget(next_btn, 0, 2)
        grid.addWidget(self.regex_box, 0, 3)
        grid.addWidget(self.word_box, 0, 4)
        grid.addWidget(self.case_box, 0, 5)
        grid.addWidget(close_btn, 0, 7)
        grid.addWidget(self.replace_edit, 1, 0)
        grid.addWidget(replace_btn, 1, 1)
        grid.addWidget(all_btn, 1, 2)
        grid.addWidget(self.status, 1, 3, 1, 4)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(6, 0)

        self.find_edit.returnPressed.connect(self.find_next)
        self.find_edit.textChanged.connect(self._incremental)
        self.replace_edit.returnPressed.connect(self.replace_one)
        next_btn.clicked.connect(self.find_next)
        prev_btn.clicked.connect(self.find_previous)
        replace_btn.clicked.connect(self.replace_one)
        all_btn.clicked.connect(self.replace_all)
        close_btn.clicked.connect(self.close_bar)
        esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar)
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # only while the bar has focus
        self.hide()

    def set_editor(self, editor: QPlainTextEdit | None) -> None:
        self._editor = editor

    def open_bar(self, replace: bool = False) -> None:
        self.show()
        if self._editor is not None:
            selected = self._editor.textCursor().selectedText()
            if selected and "\u2029" not in selected:
                self.find_edit.setText(selected)
        (self.replace_edit if replace and self.find_edit.text() else self.find_edit).setFocus()
        self.find_edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()
        if self._editor is not None:
            self._editor.setFocus()

    # -- searching --------------------------------------------------------------------------
    def pattern(self) -> QRegularExpression | None:
        text = self.find_edit.text()
        if not text:
            self.status.setText("")
            return None
        pat = build_pattern(
            text,
            regex=self.regex_box.isChecked(),
            whole_word=self.word_box.isChecked(),
            match_case=self.case_box.isChecked(),
        )
        if not pat.isValid():
            self.status.setText(f"Invalid regular expression: {pat.errorString()}")
            return None
        return pat

    def _incremental(self) -> None:
        if self._editor is None:
            return
        c = self._editor.textCursor()
        c.setPosition(c.selectionStart())
        self._editor.setTextCursor(c)
        self.find_next()

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _find(self, backward: bool) -> bool:
        ed = self._editor
        pat = self.pattern()
        if ed is None or pat is None:
            return False
        doc = ed.document()
        flags = self._flags()
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        found = doc.find(pat, ed.textCursor(), flags)
        wrapped = False
        if found.isNull():
            start = QTextCursor(doc)
            if backward:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = doc.find(pat, start, flags)
            wrapped = True
        if found.isNull() or found.selectionStart() == found.selectionEnd():
            self.status.setText("No matches")
            return False
        ed.setTextCursor(found)
        ed.centerCursor()
        self.status.setText("Wrapped around" if wrapped else "")
        return True

    def _flags(self) -> QTextDocument.FindFlag:
        # QTextDocument.find ignores the pattern's case option; it needs this flag instead.
        flags = QTextDocument.FindFlag(0)
        if self.case_box.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        return flags

    def _current_match(self, pat: QRegularExpression) -> object | None:
        ed = self._editor
        if ed is None or not ed.textCursor().hasSelection():
            return None
        return self._current_match_in(pat, ed.textCursor().selectedText())

    @staticmethod
    def _current_match_in(pat: QRegularExpression, text: str) -> object | None:
        anchored = QRegularExpression("\\A(?:" + pat.pattern() + ")\\z", pat.patternOptions())
        m = anchored.match(text)
        return m if m.hasMatch() else None

    def _replacement_for(self, m: object) -> str:
        tmpl = self.replace_edit.text()
        return expand_replacement(tmpl, m) if self.regex_box.isChecked() else tmpl

    def replace_one(self) -> bool:
        pat = self.pattern()
        if self._editor is None or pat is None:
            return False
        m = self._current_match(pat)
        if m is None:
            return self.find_next()
        self._editor.textCursor().insertText(self._replacement_for(m))
        self.find_next()
        return True

    def replace_all(self) -> int:
        ed = self._editor
        pat = self.pattern()
        if ed is None or pat is None:
            return 0
        doc = ed.document()
        cursor = QTextCursor(doc)
        count = 0
        edit = QTextCursor(doc)
        edit.beginEditBlock()  # one undo step for the whole replace-all
        while True:
            cursor = doc.find(pat, cursor, self._flags())
            if cursor.isNull() or cursor.selectionStart() == cursor.selectionEnd():
                break
            m = self._current_match_in(pat, cursor.selectedText())
            cursor.insertText(self._replacement_for(m))
            count += 1
        edit.endEditBlock()
        self.status.setText(f"Replaced {count} occurrence{'s' if count != 1 else ''}" if count else "No matches")
        return count
