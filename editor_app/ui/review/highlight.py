"""CriticMarkup colours inside the syntax highlighter (layout formats, not extra selections).

Insertions are green and underlined, deletions red and struck through, comments sit in a yellow
bubble (grey when resolved), highlights are yellow, and the delimiters (``{++``, ``~>``,
``<<}`` …) are small and light grey, so the markup reads as annotation rather than noise.

Why not ``ExtraSelection``s: Qt 6 drops an extra selection that touches one drawn before it
(checked here with PySide6 6.12), and a delimiter always touches its mark's text. Layout
formats from the highlighter have no such problem and can also change the font size.

Use:
- ``review_aware(MarkdownHighlighter)`` returns a subclass that colours Markdown as before and
  then lays the review formats over it (merged, so bold inside an insertion stays bold);
- ``ReviewHighlighter(document)`` does only the review colours, for an editor without a
  highlighter.

Marks can span lines: the whole text is parsed once per document revision, and when an edit
changes which marks cover other lines (typing a closing ``++}`` three lines down), those lines
are re-highlighted in the next event-loop turn.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from editor_app.core import review
from editor_app.ui.review.positions import has_astral, to_py, to_qt

_NEWLINE = re.compile("\n")

Segment = tuple[int, int, str]  # (start, end, role) in Python offsets of the whole text


def _fmt(fg: str | None = None, bg: str | None = None, *, underline: str | None = None, strike: bool = False,
         italic: bool = False) -> QTextCharFormat:
    f = QTextCharFormat()
    if fg:
        f.setForeground(QBrush(QColor(fg)))
    if bg:
        f.setBackground(QBrush(QColor(bg)))
    if underline:
        f.setFontUnderline(True)
        f.setUnderlineColor(QColor(underline))
    # explicit, so Markdown "~~strike~~" around a substitution does not strike its new text
    f.setFontStrikeOut(strike)
    if italic:
        f.setFontItalic(True)
    return f


class ReviewStyle:
    """The formats per role; ``delimiter`` sizes are set from the document font."""

    def __init__(self) -> None:
        self.roles: dict[str, QTextCharFormat] = {
            "delimiter": _fmt("#a8a8a8"),
            "insertion": _fmt("#116329", "#e3f4e6", underline="#2ea043"),
            "deletion": _fmt("#a40e26", "#fde8e8", strike=True),
            "comment": _fmt("#5c4700", "#fff1b8", italic=True),
            "comment-delimiter": _fmt("#b59a3c", "#fff1b8"),
            "resolved": _fmt("#7a7a7a", "#eeeeee", italic=True),
            "resolved-delimiter": _fmt("#b0b0b0", "#eeeeee"),
            "highlight": _fmt(None, "#ffec99"),
        }

        self._cache: dict[tuple[str, float], QTextCharFormat] = {}

    def format(self, role: str, base_size: float) -> QTextCharFormat:
        key = (role, base_size)
        cached = self._cache.get(key)
        if cached is None:
            cached = QTextCharFormat(self.roles[role])
            if role.endswith("delimiter") and base_size > 0:
                cached.setFontPointSize(max(6.0, base_size * 0.75))
                cached.setFontWeight(QFont.Weight.Normal)
            self._cache[key] = cached
        return cached


def segments(text: str) -> list[Segment]:
    """Every coloured span of the text, in order, for the marks ``core.review`` finds."""
    out: list[Segment] = []
    if "{" not in text:
        return out
    marks = review.parse(text)
    resolved = {c.mark.start for t in review.threads(text, marks) if t.resolved for c in t.comments}
    for m in marks:
        cs, ce = m.content_start, m.end - 3
        if m.kind == "substitution":
            sep = cs + len(m.old)
            out += [(m.start, cs, "delimiter"), (cs, sep, "deletion"), (sep, sep + 2, "delimiter"),
                    (sep + 2, ce, "insertion"), (ce, m.end, "delimiter")]
        elif m.kind == "comment":
            body = "resolved" if m.start in resolved else "comment"
            out += [(m.start, cs, body + "-delimiter"), (cs, ce, body), (ce, m.end, body + "-delimiter")]
        else:
            out += [(m.start, cs, "delimiter"), (cs, ce, m.kind), (ce, m.end, "delimiter")]
    return [s for s in out if s[1] > s[0]]


class ReviewFormatter(QObject):
    """Per document: parses once per revision and applies the formats for one block at a time."""

    def __init__(self, document: QTextDocument, style: ReviewStyle | None = None) -> None:
        super().__init__(document)
        self._doc = document
        self.style = style or ReviewStyle()
        self._stale = True  # the text changed since we last parsed it
        self._text = ""
        self._segments: list[Segment] = []
        self._starts: list[int] = []
        self._line_starts: list[int] = [0]
        self._astral = False
        self._block_sigs: dict[int, tuple[Segment, ...]] = {}
        self._highlighter: QSyntaxHighlighter | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._rehighlight_changed_blocks)
        document.contentsChange.connect(self._changed)

    def _refresh(self) -> None:
        if not self._stale:
            return
        self._stale = False
        self._text = self._doc.toPlainText()
        self._astral = has_astral(self._text)
        self._segments = segments(self._text)
        self._starts = [s[0] for s in self._segments]
        self._line_starts = [0] + [m.end() for m in _NEWLINE.finditer(self._text)] if self._segments else [0]

    def _py(self, qt_pos: int) -> int:
        return to_py(self._text, qt_pos) if self._astral else qt_pos

    def _qt(self, py_pos: int) -> int:
        return to_qt(self._text, py_pos) if self._astral else py_pos

    def _block_segments(self, qt_start: int, qt_end: int) -> list[Segment]:
        start, end = self._py(qt_start), self._py(qt_end)
        i = max(0, bisect.bisect_right(self._starts, start) - 1)
        found = []
        while i < len(self._segments) and self._segments[i][0] <= end:
            a, b, role = self._segments[i]
            if b > start and a < end:
                found.append((max(a, start) - start, min(b, end) - start, role))
            i += 1
        return found

    def apply(self, highlighter: QSyntaxHighlighter, text: str) -> None:
        """Call at the end of ``highlightBlock(text)``."""
        self._highlighter = highlighter
        self._refresh()
        block = highlighter.currentBlock()
        pos = block.position()
        segs = self._block_segments(pos, pos + len(text))
        self._block_sigs[block.blockNumber()] = tuple(segs)
        if not segs:
            return
        size = self._doc.defaultFont().pointSizeF()
        for a, b, role in segs:
            mine = self.style.format(role, size)
            qa = self._qt(a + self._py(pos)) - pos if self._astral else a
            qb = self._qt(b + self._py(pos)) - pos if self._astral else b
            # merge over the Markdown formats run by run, so emphasis inside a mark survives
            run_start = qa
            current = highlighter.format(qa)
            for k in range(qa + 1, qb + 1):
                nxt = highlighter.format(k) if k < qb else None
                if nxt is None or nxt != current:
                    merged = QTextCharFormat(current)
                    merged.merge(mine)
                    highlighter.setFormat(run_start, k - run_start, merged)
                    if nxt is not None:
                        run_start, current = k, nxt

    def _changed(self, pos: int, removed: int, added: int) -> None:
        # connected before the highlighter's own slot (see formatter_for), so a block is never
        # coloured from an old parse; (pos, n, n) is also what a highlighter sends when it only
        # changed formats: then the text is the same and nothing needs re-parsing
        if not (removed or added) or self._stale:
            return
        if removed == added and self._text:
            cur = QTextCursor(self._doc)
            cur.setPosition(pos)
            cur.setPosition(min(pos + added, self._doc.characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
            now = cur.selectedText().replace("\u2029", "\n").replace("\u2028", "\n")
            if now == self._text[self._py(pos) : self._py(pos + removed)]:
                return
        self._stale = True
        self._timer.start()

    def _rehighlight_changed_blocks(self) -> None:
        hl = self._highlighter
        if hl is None:
            return
        self._refresh()
        todo = []
        seen: set[int] = set()
        # only blocks that hold marks now or held them before can change
        lines = self._line_starts
        for a, b, _role in self._segments:
            first = bisect.bisect_right(lines, a) - 1
            last = bisect.bisect_right(lines, max(a, b - 1)) - 1
            seen.update(range(first, last + 1))
        seen.update(k for k, v in self._block_sigs.items() if v)
        for number in sorted(seen):
            block = self._doc.findBlockByNumber(number)
            if not block.isValid():
                self._block_sigs.pop(number, None)
                continue
            pos = block.position()
            sig = tuple(self._block_segments(pos, pos + block.length() - 1))
            if self._block_sigs.get(number) != sig:
                todo.append(block)
        for block in todo:
            hl.rehighlightBlock(block)


def formatter_for(document: QTextDocument) -> ReviewFormatter:
    found = document.findChild(ReviewFormatter)
    if isinstance(found, ReviewFormatter):
        return found
    return ReviewFormatter(document)


def review_aware(base: type[QSyntaxHighlighter]) -> type[QSyntaxHighlighter]:
    """A subclass of ``base`` that adds the review colours after ``base`` coloured a block."""

    class ReviewAware(base):  # type: ignore[valid-type,misc]
        review_aware = True

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            document = next((a for a in args if isinstance(a, QTextDocument)), kwargs.get("document"))
            if isinstance(document, QTextDocument):
                formatter_for(document)  # first, so its change slot runs before the highlighter's
            super().__init__(*args, **kwargs)

        def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
            super().highlightBlock(text)
            formatter_for(self.document()).apply(self, text)

    ReviewAware.__name__ = f"ReviewAware{base.__name__}"
    ReviewAware.__qualname__ = ReviewAware.__name__
    return ReviewAware


class ReviewHighlighter(QSyntaxHighlighter):
    """Review colours only (for a plain QPlainTextEdit without a Markdown highlighter)."""

    review_aware = True

    def __init__(self, document: QTextDocument) -> None:
        formatter_for(document)  # first, so its change slot runs before ours
        super().__init__(document)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        formatter_for(self.document()).apply(self, text)


def is_review_aware(highlighter: Any) -> bool:
    return bool(getattr(highlighter, "review_aware", False))
