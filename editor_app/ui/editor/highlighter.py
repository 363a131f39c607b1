"""Markdown syntax colouring that stays correct while typing in a long document.

Multi-line constructs (front matter, fenced code, HTML comments) are tracked with Qt block states,
so QSyntaxHighlighter only re-colours the edited block and, when its end state changes, the
following blocks until the state settles. We never re-highlight the whole document per keystroke.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

# Block states (QTextBlock.userState). -1 is Qt's "never highlighted".
NORMAL = 0
FRONT_MATTER = 1
FENCE_BACKTICK = 2
FENCE_TILDE = 3
HTML_COMMENT = 4

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_QUOTE = re.compile(r"^ {0,3}>")
_LIST = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_HR = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_FM_OPEN = re.compile(r"^\ufeff?---[ \t]*$")
_FM_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
_FM_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:")
_INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPH = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*)|(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_LINK = re.compile(r"(!?)\[([^\]\n]*)\](\(([^)\s]*)(?:\s+\"[^\"]*\")?\)|\[[^\]\n]*\])")
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^>\s]+>|\bhttps?://[^\s<>()]+")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s+\S+")
_COMMENT_OPEN = "<!--"
_COMMENT_CLOSE = "-->"


@dataclass(frozen=True)
class SyntaxColors:
    text: str
    heading: str
    code: str
    code_background: str
    link: str
    url: str
    markup: str  # the punctuation: #, *, >, list markers
    quote: str
    front_matter: str
    front_matter_key: str
    comment: str


LIGHT_SYNTAX = SyntaxColors(
    text="#1f2328",
    heading="#0b4f8a",
    code="#8a3b12",
    code_background="#f3f1ec",
    link="#0a6a5a",
    url="#6b7f7a",
    markup="#9aa3ad",
    quote="#5b6470",
    front_matter="#6f5a8a",
    front_matter_key="#4b2f7a",
    comment="#8c959f",
)

DARK_SYNTAX = SyntaxColors(
    text="#d8dee6",
    heading="#7cb7ff",
    code="#f0a977",
    code_background="#2a2d33",
    link="#6fd3bd",
    url="#7d8f8a",
    markup="#6b7480",
    quote="#a3acb8",
    front_matter="#b8a3d9",
    front_matter_key="#d2b8ff",
    comment="#6e7781",
)


def _fmt(
    color: str,
    *,
    bold: bool = False,
    italic: bool = False,
    mono: bool = False,
    background: str | None = None,
    size_delta: float = 0.0,
    strike: bool = False,
    underline: bool = False,
) -> QTextCharFormat:
    f = QTextCharFormat()
    f.setForeground(QColor(color))
    if bold:
        f.setFontWeight(QFont.Weight.Bold)
    if italic:
        f.setFontItalic(True)
    if mono:
        f.setFontFamilies(["DejaVu Sans Mono", "Noto Sans Mono", "monospace"])
        f.setFontFixedPitch(True)
    if background:
        f.setBackground(QColor(background))
    if strike:
        f.setFontStrikeOut(True)
    if underline:
        f.setFontUnderline(True)
    return f


# QPlainTextEdit ignores QTextBlockFormat.lineHeight, so lines are as tall as their tallest
# glyph run. Spaces (every wrapped line has some) get a font LINE_SPACING times the text size,
# with letter spacing taking back the extra width: lines come out about 1.5x the text size, like
# the preview's, while the words keep their size and spacing.
LINE_SPACING = 1.3


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, colors: SyntaxColors = LIGHT_SYNTAX) -> None:
        super().__init__(document)
        self._build_formats(colors)
        self._strut = QTextCharFormat()
        self._strut_for = -1.0

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        self._highlight(text)
        if " " in text:
            self._space_lines(text)

    def _strut_format(self) -> QTextCharFormat:
        base = self.document().defaultFont()
        size = base.pointSizeF()
        if size != self._strut_for:
            from PySide6.QtGui import QFontMetricsF

            big = QFont(base)
            big.setPointSizeF(size * LINE_SPACING)
            strut = QTextCharFormat()
            strut.setFontPointSize(size * LINE_SPACING)
            strut.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
            strut.setFontLetterSpacing(
                QFontMetricsF(base).horizontalAdvance(" ") - QFontMetricsF(big).horizontalAdvance(" ")
            )
            self._strut, self._strut_for = strut, size
        return self._strut

    def _space_lines(self, text: str) -> None:
        strut = self._strut_format()
        i = text.find(" ")
        while i >= 0:
            current = self.format(i)
            if current.isEmpty():
                self.setFormat(i, 1, strut)
            elif not (current.hasProperty(QTextCharFormat.Property.FontPointSize)
                      or current.hasProperty(QTextCharFormat.Property.FontFamilies)):  # code keeps its columns
                merged = QTextCharFormat(current)
                merged.merge(strut)
                self.setFormat(i, 1, merged)
            i = text.find(" ", i + 1)

    def set_colors(self, colors: SyntaxColors) -> None:
        self._build_formats(colors)
        self.rehighlight()  # a theme switch is the one case where every block changes

    def _build_formats(self, c: SyntaxColors) -> None:
        self.f_heading = [_fmt(c.heading, bold=True) for _ in range(6)]
        self.f_markup = _fmt(c.markup)
        # No colour on emphasis, so it merges over a heading's colour instead of replacing it.
        self.f_strong = QTextCharFormat()
        self.f_strong.setFontWeight(QFont.Weight.Bold)
        self.f_emph = QTextCharFormat()
        self.f_emph.setFontItalic(True)
        self.f_strike = _fmt(c.markup, strike=True)
        self.f_code = _fmt(c.code, mono=True, background=c.code_background)
        self.f_fence = _fmt(c.markup, mono=True, background=c.code_background)
        self.f_link = _fmt(c.link, underline=True)
        self.f_url = _fmt(c.url)
        self.f_quote = _fmt(c.quote, italic=True)
        self.f_fm = _fmt(c.front_matter, mono=True)
        self.f_fm_key = _fmt(c.front_matter_key, mono=True, bold=True)
        self.f_comment = _fmt(c.comment, italic=True)

    # QSyntaxHighlighter hook, called per block -------------------------------------------------
    def _highlight(self, text: str) -> None:
        prev = self.previousBlockState()
        if prev < 0:
            prev = NORMAL
        block_number = self.currentBlock().blockNumber()

        if prev == FRONT_MATTER or (block_number == 0 and _FM_OPEN.match(text)):
            self._front_matter(text, opening=prev != FRONT_MATTER)
            return
        if prev in (FENCE_BACKTICK, FENCE_TILDE):
            self._in_fence(text, prev)
            return
        start = 0
        if prev == HTML_COMMENT:
            end = text.find(_COMMENT_CLOSE)
            if end < 0:
                self.setFormat(0, len(text), self.f_comment)
                self.setCurrentBlockState(HTML_COMMENT)
                return
            self.setFormat(0, end + 3, self.f_comment)
            start = end + 3
        self.setCurrentBlockState(NORMAL)
        if start == 0:
            m = _FENCE.match(text)
            if m:
                self.setFormat(0, len(text), self.f_fence)
                self.setCurrentBlockState(FENCE_BACKTICK if m.group(1)[0] == "`" else FENCE_TILDE)
                return
        self._normal(text, start)

    def _front_matter(self, text: str, opening: bool) -> None:
        if not opening and _FM_CLOSE.match(text):
            self.setFormat(0, len(text), self.f_markup)
            self.setCurrentBlockState(NORMAL)
            return
        if opening:
            self.setFormat(0, len(text), self.f_markup)
        else:
            self.setFormat(0, len(text), self.f_fm)
            m = _FM_KEY.match(text)
            if m:
                self.setFormat(0, m.end(1), self.f_fm_key)
        self.setCurrentBlockState(FRONT_MATTER)

    def _in_fence(self, text: str, state: int) -> None:
        self.setFormat(0, len(text), self.f_code if text else self.f_fence)
        m = _FENCE.match(text)
        closing = "`" if state == FENCE_BACKTICK else "~"
        if m and m.group(1)[0] == closing and not text[m.end() :].strip():
            self.setFormat(0, len(text), self.f_fence)
            self.setCurrentBlockState(NORMAL)
        else:
            self.setCurrentBlockState(state)

    def _normal(self, text: str, start: int) -> None:
        if start == 0:
            m = _HEADING.match(text)
            if m:
                level = len(m.group(1))
                self.setFormat(0, len(text), self.f_heading[level - 1])
                self.setFormat(0, m.end(1), self.f_markup)
            elif _HR.match(text) or _SETEXT.match(text):
                self.setFormat(0, len(text), self.f_markup)
                return
            elif _QUOTE.match(text):
                self.setFormat(0, len(text), self.f_quote)
            lm = _LIST.match(text)
            if lm:
                self.setFormat(0, lm.end(), self.f_markup)
            if _REF_DEF.match(text):
                self.setFormat(0, len(text), self.f_url)
                return
        covered = self._inline(text, start)
        self._comments(text, start, covered)

    def _inline(self, text: str, start: int) -> list[tuple[int, int]]:
        """Colour inline spans; returns code spans, inside which nothing else applies."""
        code_spans: list[tuple[int, int]] = []
        for m in _INLINE_CODE.finditer(text, start):
            self.setFormat(m.start(), m.end() - m.start(), self.f_code)
            code_spans.append((m.start(), m.end()))

        def in_code(pos: int) -> bool:
            return any(a <= pos < b for a, b in code_spans)

        for m in _STRONG.finditer(text, start):
            if not in_code(m.start()):
                self._merge(m.start(), m.end() - m.start(), self.f_strong)
                self.setFormat(m.start(), 2, self.f_markup)
                self.setFormat(m.end() - 2, 2, self.f_markup)
        for m in _EMPH.finditer(text, start):
            if not in_code(m.start()):
                self._merge(m.start(), m.end() - m.start(), self.f_emph)
                self.setFormat(m.start(), 1, self.f_markup)
                self.setFormat(m.end() - 1, 1, self.f_markup)
        for m in _STRIKE.finditer(text, start):
            if not in_code(m.start()):
                self.setFormat(m.start(), m.end() - m.start(), self.f_strike)
        for m in _LINK.finditer(text, start):
            if in_code(m.start()):
                continue
            label_start = m.start(2)
            self.setFormat(m.start(), label_start - m.start(), self.f_markup)
            self.setFormat(label_start, m.end(2) - label_start, self.f_link)
            self.setFormat(m.end(2), m.end() - m.end(2), self.f_url)
        for m in _AUTOLINK.finditer(text, start):
            if not in_code(m.start()):
                self.setFormat(m.start(), m.end() - m.start(), self.f_url)
        return code_spans

    def _merge(self, start: int, length: int, fmt: QTextCharFormat) -> None:
        # Merge weight/italic over whatever is there (heading colour, quote, link) run by run.
        i = start
        end = start + length
        while i < end:
            cur = self.format(i)
            j = i + 1
            while j < end and self.format(j) == cur:
                j += 1
            cur.merge(fmt)
            self.setFormat(i, j - i, cur)
            i = j

    def _comments(self, text: str, start: int, code_spans: list[tuple[int, int]]) -> None:
        pos = start
        while True:
            open_at = text.find(_COMMENT_OPEN, pos)
            if open_at < 0 or any(a <= open_at < b for a, b in code_spans):
                return
            close_at = text.find(_COMMENT_CLOSE, open_at + 4)
            if close_at < 0:
                self.setFormat(open_at, len(text) - open_at, self.f_comment)
                self.setCurrentBlockState(HTML_COMMENT)
                return
            self.setFormat(open_at, close_at + 3 - open_at, self.f_comment)
            pos = close_at + 3
