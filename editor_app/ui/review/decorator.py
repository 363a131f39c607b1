"""Fallback colours for CriticMarkup when the editor's highlighter is not review-aware (see
``highlight.review_aware``): the text of each mark as ``QTextEdit.ExtraSelection``s —
insertions green and underlined, deletions red and struck through, comments and highlights on
yellow. Delimiters are left alone: Qt 6 drops an extra selection that touches one drawn before
it, and a delimiter always touches its mark's text, so only the highlighter can grey them.

If the editor offers ``set_extra_selections_layer(name, selections)`` they go to the
``"review"`` layer; otherwise they are merged into the editor's list, replacing only our own
(each of our formats carries a marker property).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from editor_app.core import review
from editor_app.ui.review.positions import to_qt

LAYER_NAME = "review"
_MARKER = int(QTextFormat.Property.UserProperty) + 0x5E7  # tags our selections


def _fmt(fg: str | None = None, bg: str | None = None, *, underline: str | None = None, strike: bool = False,
         italic: bool = False) -> QTextCharFormat:
    f = QTextCharFormat()
    f.setProperty(_MARKER, True)
    if fg:
        f.setForeground(QBrush(QColor(fg)))
    if bg:
        f.setBackground(QBrush(QColor(bg)))
    if underline:
        f.setFontUnderline(True)
        f.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        f.setUnderlineColor(QColor(underline))
    if strike:
        f.setFontStrikeOut(True)
    if italic:
        f.setFontItalic(True)
    return f


class ReviewFormats:
    def __init__(self) -> None:
        self.delimiter = _fmt("#b4b4b4")
        self.delimiter.setFontWeight(QFont.Weight.Light)
        self.insertion = _fmt("#116329", "#e6f6e9", underline="#2ea043")
        self.deletion = _fmt("#a40e26", "#fdecec", strike=True)
        self.comment = _fmt("#5c4700", "#fff4c2", italic=True)
        self.resolved = _fmt("#7a7a7a", "#f0f0f0", italic=True)
        self.highlight = _fmt(None, "#fff0a0")


class ReviewDecorator(QObject):
    """Keeps the review colours in step with the text (re-parsed once per event-loop turn)."""

    def __init__(self, editor: QPlainTextEdit, formats: ReviewFormats | None = None) -> None:
        super().__init__(editor)
        self._editor = editor
        self.formats = formats or ReviewFormats()
        self._selections: list[QTextEdit.ExtraSelection] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        editor.document().contentsChange.connect(self._changed)
        self.refresh()

    @property
    def selections(self) -> list[QTextEdit.ExtraSelection]:
        return list(self._selections)

    def _changed(self, _pos: int, removed: int, added: int) -> None:
        if removed or added:
            self._timer.start()

    def refresh(self) -> None:
        text = self._editor.toPlainText()
        sels: list[QTextEdit.ExtraSelection] = []
        if "{" in text:
            f = self.formats
            marks = review.parse(text)
            resolved = {c.mark.start for t in review.threads(text, marks) if t.resolved for c in t.comments}
            for m in marks:
                cs = m.content_start
                ce = m.end - 3
                if m.kind == "substitution":
                    sep = cs + len(m.old)
                    spans = [(cs, sep, f.deletion), (sep + 2, ce, f.insertion)]
                else:
                    body = {
                        "insertion": f.insertion,
                        "deletion": f.deletion,
                        "comment": f.resolved if m.start in resolved else f.comment,
                        "highlight": f.highlight,
                    }[m.kind]
                    spans = [(cs, ce, body)]
                for a, b, fmt in spans:
                    if b > a:
                        sels.append(self._selection(text, a, b, fmt))
        self._selections = sels
        self._apply()

    def _selection(self, text: str, a: int, b: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cur = QTextCursor(self._editor.document())
        cur.setPosition(to_qt(text, a))
        cur.setPosition(to_qt(text, b), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cur
        sel.format = fmt
        return sel

    def _apply(self) -> None:
        setter = getattr(self._editor, "set_extra_selections_layer", None)
        if callable(setter):
            setter(LAYER_NAME, self._selections)
            return
        others = [s for s in self._editor.extraSelections() if not s.format.property(_MARKER)]
        self._editor.setExtraSelections(others + self._selections)

    def clear(self) -> None:
        self._selections = []
        self._apply()
