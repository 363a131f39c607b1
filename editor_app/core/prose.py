"""Markdown source -> prose segments, with an offset map back to the source.

Public API (stable; checkers in ``editor_app.core.checks`` build on it)::

    from editor_app.core.prose import extract_prose, ProseSegment, PLACEHOLDER

    for seg in extract_prose(markdown_text):
        seg.kind            # "paragraph" | "list_item" | "table_cell" | "heading" | "blockquote"
        seg.text            # the prose, markup removed (see below)
        seg.offsets         # Sequence[int] (a list or a range): seg.offsets[i] is the source index of seg.text[i]
        seg.to_source(i)    # source index of prose index i (i == len(text) -> one past the last char)
        seg.source_span(a, b)  # prose slice [a, b) -> source slice [start, end)
        seg.start, seg.end  # source span of the whole segment
        seg.is_body         # True for paragraph / list_item / table_cell (what rules should check)
        seg.breaks, seg.lines()  # soft line breaks: prose indices of joining spaces / line spans

What becomes prose:

* paragraphs, list items (each item its own segment), table cells (header and body), headings
  and block quotes (flagged by ``kind`` so rules can skip them; ``is_body`` is False for them);
* soft line breaks inside a block are joined with a single space (mapped to the line break), so
  a doubled word across a wrap is still adjacent in ``text``;
* emphasis markers (``*``, ``_``, ``~~``) are dropped; a link keeps its text and drops its
  target; backslash escapes keep the escaped char; HTML entities are decoded; CriticMarkup keeps
  the proposed text.

What never becomes prose: YAML front matter, fenced and indented code, HTML blocks, HTML tags and
comments, link targets, reference definitions, image syntax (alt text included), footnote
markers, URLs and lines that are only a template tag (``{{< figure >}}``, ``{% include %}``). Inline code, images, autolinks and bare URLs leave one ``PLACEHOLDER`` char
(U+FFFC) so sentences keep their shape; rules must treat it as an opaque non-word token.

Mapping guarantees (tested with hypothesis): ``offsets`` is strictly increasing, and every char
of ``text`` other than a joining space or ``PLACEHOLDER`` (or a decoded entity) equals the
source char it maps to.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from editor_app.core.frontmatter import split as split_front_matter

PLACEHOLDER = "\ufffc"

SegmentKind = Literal["paragraph", "list_item", "table_cell", "heading", "blockquote"]
BODY_KINDS: frozenset[str] = frozenset({"paragraph", "list_item", "table_cell"})


@dataclass
class ProseSegment:
    kind: SegmentKind
    text: str
    offsets: Sequence[int] = field(repr=False)  # a list, or a range for a line without markup
    # Prose indices of the spaces that stand for soft line breaks (a block's source lines).
    breaks: tuple[int, ...] = field(default=(), repr=False)

    def lines(self) -> list[tuple[int, int]]:
        """Prose ``[start, end)`` of each source line of the block."""
        out: list[tuple[int, int]] = []
        start = 0
        for b in self.breaks:
            out.append((start, b))
            start = b + 1
        out.append((start, len(self.text)))
        return out

    @property
    def start(self) -> int:
        return self.offsets[0]

    @property
    def end(self) -> int:
        return self.offsets[-1] + 1

    @property
    def is_body(self) -> bool:
        return self.kind in BODY_KINDS

    def to_source(self, i: int) -> int:
        if i >= len(self.offsets):
            return self.offsets[-1] + 1
        return self.offsets[i]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source ``[start, end)`` for prose ``[start, end)``; an empty slice maps to an empty span."""
        if end <= start:
            p = self.to_source(start)
            return p, p
        return self.offsets[start], self.offsets[end - 1] + 1


# A line of the source: absolute offset of its first char, and its text without the line ending.
_Line = tuple[int, str]


def extract_prose(text: str) -> list[ProseSegment]:
    """Split Markdown ``text`` (front matter allowed) into prose segments in document order."""
    # Front matter opens the text with "---" (after an optional BOM); a block of the checker
    # never does, and skipping the split there saves a regex and an object per block.
    body = split_front_matter(text).body_offset if text.startswith(("---", "\ufeff---")) else 0
    lines = _split_lines(text, body)
    out: list[ProseSegment] = []
    _parse_blocks(lines, None, out)
    return out


def _split_lines(text: str, start: int) -> list[_Line]:
    lines: list[_Line] = []
    pos = start
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        if nl == -1:
            nl = n
        end = nl
        if end > pos and text[end - 1] == "\r":
            end -= 1
        lines.append((pos, text[pos:end]))
        pos = nl + 1
    return lines


# ---------------------------------------------------------------------------------------------
# Block level

_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})(.*)$")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$|^#+[ \t]*$")
_THEMATIC = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_LIST = re.compile(r"^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)")
_TASK = re.compile(r"^\[[ xX]\][ \t]+")
_QUOTE = re.compile(r"^ {0,3}> ?")
_REFDEF = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S")
_HTML_BLOCK = re.compile(
    r"^ {0,3}(?:<!--|<\?|<![A-Z]|</?(?:address|article|aside|blockquote|body|center|details|dialog|"
    r"div|dl|dt|dd|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|iframe|li|main|nav|ol|p|"
    r"pre|script|section|style|summary|table|tbody|td|tfoot|th|thead|tr|ul|video|audio|picture|"
    r"source|img|embed|object|noscript|svg|canvas|br)(?:[\s/>]|$))",
    re.IGNORECASE,
)
# A line that is only a static-site template tag: Hugo {{< figure >}}, Jekyll {% include %}.
_SHORTCODE = re.compile(r"^\s*(?:\{\{[<%].*[>%]\}\}|\{%.*%\})\s*$")
_TABLE_DELIM = re.compile(r"^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")


def _indent(s: str) -> int:
    width = 0
    for ch in s:
        if ch == " ":
            width += 1
        elif ch == "\t":
            width += 4 - width % 4
        else:
            break
    return width


def _is_blank(s: str) -> bool:
    return not s.strip()


def _starts_block(s: str) -> bool:
    """Does this line interrupt a paragraph?"""
    if _FENCE.match(s) or _ATX.match(s) or _QUOTE.match(s) or _THEMATIC.match(s):
        return True
    if _HTML_BLOCK.match(s):
        return True
    m = _LIST.match(s)
    return bool(m and m.group(3) and _indent(m.group(1)) <= 3)


def _lstrip_line(line: _Line) -> _Line:
    off, s = line
    k = len(s) - len(s.lstrip(" \t"))
    return off + k, s[k:]


def _dedent(line: _Line, width: int) -> _Line:
    """Remove up to ``width`` columns of leading whitespace."""
    off, s = line
    col = 0
    k = 0
    while k < len(s) and col < width and s[k] in " \t":
        col += 1 if s[k] == " " else 4 - col % 4
        k += 1
    return off + k, s[k:]


def _parse_blocks(lines: list[_Line], override: SegmentKind | None, out: list[ProseSegment]) -> None:
    i = 0
    n = len(lines)
    while i < n:
        off, s = lines[i]
        if _is_blank(s):
            i += 1
            continue
        # A line opening with a letter (most paragraphs) starts none of the blocks below but a
        # table or a paragraph: each of their patterns needs a space, a tab, a digit or a mark
        # (`~#*-_<[{>+) first.
        if s[0].isalpha() and not _table_starts(lines, i):
            i = _parse_paragraph(lines, i, override, out)
            continue
        ind = _indent(s)
        # Fenced code
        m = _FENCE.match(s)
        if m and not (m.group(2)[0] == "`" and "`" in m.group(3)):
            fence = m.group(2)
            i += 1
            while i < n:
                t = lines[i][1].strip()
                if t.startswith(fence[0] * len(fence)) and not t.strip(fence[0]):
                    i += 1
                    break
                i += 1
            continue
        # Indented code
        if ind >= 4:
            while i < n and (_is_blank(lines[i][1]) or _indent(lines[i][1]) >= 4):
                i += 1
            continue
        # HTML blocks and comments
        if _HTML_BLOCK.match(s):
            if s.lstrip().startswith("<!--"):
                while i < n and "-->" not in lines[i][1]:
                    i += 1
                i += 1
            else:
                while i < n and not _is_blank(lines[i][1]):
                    i += 1
            continue
        if _THEMATIC.match(s):
            i += 1
            continue
        if _REFDEF.match(s) or _SHORTCODE.match(s):
            i += 1
            continue
        m = _ATX.match(s)
        if m:
            body = s[m.end() :]
            cm = _ATX_CLOSE.search(body)
            if cm:
                body = body[: cm.start()]
            _emit(override or "heading", [(off + m.end(), body)], out)
            i += 1
            continue
        if _QUOTE.match(s):
            inner: list[_Line] = []
            while i < n:
                o2, s2 = lines[i]
                qm = _QUOTE.match(s2)
                if qm:
                    inner.append((o2 + qm.end(), s2[qm.end() :]))
                elif not _is_blank(s2) and inner and not _is_blank(inner[-1][1]) and not _starts_block(s2):
                    inner.append((o2, s2))  # lazy continuation
                else:
                    break
                i += 1
            _parse_blocks(inner, "blockquote", out)
            continue
        # Tables: a header row followed by a delimiter row
        if _table_starts(lines, i):
            _emit_table_row(lines[i], override, out)
            i += 2
            while i < n and "|" in lines[i][1] and not _is_blank(lines[i][1]):
                _emit_table_row(lines[i], override, out)
                i += 1
            continue
        m = _LIST.match(s)
        if m and (m.group(3) or i + 1 >= n or _is_blank(lines[i + 1][1]) is False):
            i = _parse_list_item(lines, i, m, override, out)
            continue
        i = _parse_paragraph(lines, i, override, out)


def _table_starts(lines: list[_Line], i: int) -> bool:
    """Does a table start at line ``i``: a header row with a "|", then a delimiter row?"""
    if "|" not in lines[i][1] or i + 1 >= len(lines):
        return False
    delim = lines[i + 1][1]
    return _TABLE_DELIM.match(delim) is not None and "-" in delim

def _parse_paragraph(lines: list[_Line], i: int, override: SegmentKind | None, out: list[ProseSegment]) -> int:
    """A paragraph (possibly a setext heading) from line ``i``; the index of the line after it."""
    n = len(lines)
    para: list[_Line] = [_lstrip_line(lines[i])]
    i += 1
    kind: SegmentKind = override or "paragraph"
    while i < n:
        o2, s2 = lines[i]
        if _is_blank(s2):
            break
        if _SETEXT.match(s2) and _indent(s2) <= 3:
            if override is None:
                kind = "heading"
            i += 1
            break
        if _starts_block(s2):
            break
        para.append(_lstrip_line(lines[i]))
        i += 1
    _emit(kind, para, out)
    return i


def _parse_list_item(
    lines: list[_Line], i: int, m: re.Match[str], override: SegmentKind | None, out: list[ProseSegment]
) -> int:
    n = len(lines)
    off, s = lines[i]
    content_col = len(s[: m.end()].expandtabs(4)) if m.group(3) else _indent(m.group(1)) + len(m.group(2)) + 1
    first = (off + m.end(), s[m.end() :])
    tm = _TASK.match(first[1])
    if tm:
        first = (first[0] + tm.end(), first[1][tm.end() :])
    item: list[_Line] = [first]
    i += 1
    # Lazy / indented continuation lines of the first paragraph
    while i < n:
        s2 = lines[i][1]
        if _is_blank(s2) or _starts_block(s2.lstrip()) or _LIST.match(s2) and _LIST.match(s2).group(3):  # type: ignore[union-attr]
            break
        item.append(_lstrip_line(lines[i]))
        i += 1
    # Further blocks that belong to the item: indented at least to the content column
    rest: list[_Line] = []
    j = i
    while j < n:
        s2 = lines[j][1]
        if _is_blank(s2):
            rest.append(lines[j])
            j += 1
            continue
        if _indent(s2) >= content_col:
            rest.append(_dedent(lines[j], content_col))
            j += 1
            continue
        break
    while rest and _is_blank(rest[-1][1]):
        rest.pop()
    _emit(override or "list_item", item, out)
    if rest:
        _parse_blocks(rest, override or "list_item", out)
        return i + len(rest)
    return i


def _split_cells(line: _Line) -> Iterable[_Line]:
    off, s = line
    cells: list[_Line] = []
    start = 0
    k = 0
    in_code = False
    while k < len(s):
        ch = s[k]
        if ch == "\\":
            k += 2
            continue
        if ch == "`":
            in_code = not in_code
        elif ch == "|" and not in_code:
            cells.append((off + start, s[start:k]))
            start = k + 1
        k += 1
    cells.append((off + start, s[start:]))
    if cells and _is_blank(cells[0][1]):
        cells = cells[1:]
    if cells and _is_blank(cells[-1][1]):
        cells = cells[:-1]
    return cells


def _emit_table_row(line: _Line, override: SegmentKind | None, out: list[ProseSegment]) -> None:
    for cell in _split_cells(line):
        _emit(override or "table_cell", [_lstrip_line(cell)], out)


def _emit(kind: SegmentKind, lines: list[_Line], out: list[ProseSegment]) -> None:
    """Join a block's lines (soft breaks -> one space) and run inline processing."""
    if len(lines) == 1:
        off, s = lines[0]
        raw = s.rstrip(" \t")
        if _no_markup(raw):
            # One line without markup (most paragraphs and list items): the prose is the line,
            # trimmed, and its offsets a run of consecutive source indices (a ``range``: no list
            # of one int per char).
            a, b = len(raw) - len(raw.lstrip()), len(raw.rstrip())
            if a >= b:
                return
            text = raw[a:b]
            if text.strip(PLACEHOLDER + " \t"):
                out.append(ProseSegment(kind, text, range(off + a, off + b)))
            return
    raw_parts: list[str] = []
    raw_offs: list[int] = []
    join_offs: set[int] = set()
    for idx, (off, s) in enumerate(lines):
        s2 = s.rstrip(" \t")
        if s2.endswith("\\") and idx < len(lines) - 1 and not s2.endswith("\\\\"):
            s2 = s2[:-1]  # hard line break
        if idx > 0:
            raw_parts.append(" ")
            # The joining space stands for the previous line's break.
            prev_off, prev_s = lines[idx - 1]
            raw_offs.append(max(prev_off + len(prev_s), raw_offs[-1] + 1 if raw_offs else 0))
            join_offs.add(raw_offs[-1])
        raw_parts.append(s2)
        raw_offs.extend(range(off, off + len(s2)))
    raw = "".join(raw_parts)
    if _no_markup(raw):
        # No markup at all (most paragraphs): the prose is the joined source, char for char, so
        # skip the per-char lists of ``_inline``. Same trimming (``str.strip`` and
        # ``str.isspace`` agree on whitespace).
        a, b = len(raw) - len(raw.lstrip()), len(raw.rstrip())
        if a >= b:
            return
        text = raw[a:b]
        kept = raw_offs[a:b]
    else:
        chars: list[str] = []
        offs: list[int] = []
        _inline(raw, raw_offs, 0, len(raw), chars, offs)
        # Trim surrounding whitespace
        a, b = 0, len(chars)
        while a < b and chars[a].isspace():
            a += 1
        while b > a and chars[b - 1].isspace():
            b -= 1
        if a == b:
            return
        text = "".join(chars[a:b])
        kept = offs[a:b]
    if not text.strip(PLACEHOLDER + " \t"):
        return
    breaks = tuple(i for i, o in enumerate(kept) if o in join_offs and text[i] == " ") if join_offs else ()
    out.append(ProseSegment(kind, text, kept, breaks))


# ---------------------------------------------------------------------------------------------
# Inline level

_SPECIAL = re.compile(r"[\\`<!\[*_~{&]|https?://|www\.|\bmailto:")
_SPECIAL_CHARS = "\\`<![*_~{&"


def _no_markup(s: str) -> bool:
    """``_SPECIAL.search(s) is None``, by substring tests (several times faster than the regex,
    whose alternatives cannot share a first-char scan): none of its chars, and none of the
    strings its longer alternatives need."""
    for ch in _SPECIAL_CHARS:
        if ch in s:
            return False
    return "http" not in s and "www." not in s and "mailto:" not in s
_URL = re.compile(r"(?:https?://|www\.|mailto:)[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]}*_]")
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+\.[A-Za-z]+)>")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s+[^<>]*?)?/?>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_CRITIC = re.compile(r"\{(\+\+|--|~~|>>|==)(.*?)(\+\+|--|~~|<<|==)\}", re.DOTALL)
_ASCII_PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


_BACKTICKS = re.compile(r"`+")


def _find_closing_bracket(s: str, i: int, end: int, open_ch: str, close_ch: str) -> int:
    """Index of the bracket matching s[i] (== open_ch), or -1."""
    depth = 0
    k = i
    while k < end:
        ch = s[k]
        if ch == "\\":
            k += 2
            continue
        if ch == "`":
            m = _BACKTICKS.match(s, k, end)
            run = m.end() - k if m else 1
            close = s.find("`" * run, k + run, end)
            if close != -1:
                k = close + run
                continue
        if ch == open_ch:
            depth += 1
        elif ch == close_ch:
            depth -= 1
            if depth == 0:
                return k
        k += 1
    return -1


def _inline(s: str, o: list[int], i: int, end: int, chars: list[str], offs: list[int]) -> None:
    while i < end:
        m = _SPECIAL.search(s, i, end)
        if m is None:
            chars.extend(s[i:end])
            offs.extend(o[i:end])
            return
        j = m.start()
        if j > i:
            chars.extend(s[i:j])
            offs.extend(o[i:j])
        i = _inline_special(s, o, j, end, chars, offs)


def _placeholder(o: list[int], i: int, chars: list[str], offs: list[int]) -> None:
    chars.append(PLACEHOLDER)
    offs.append(o[i])


def _inline_special(s: str, o: list[int], i: int, end: int, chars: list[str], offs: list[int]) -> int:
    """Handle the markup starting at s[i]; return the index after it."""
    ch = s[i]
    if ch == "\\":
        if i + 1 < end and s[i + 1] in _ASCII_PUNCT:
            chars.append(s[i + 1])
            offs.append(o[i + 1])
            return i + 2
        chars.append(ch)
        offs.append(o[i])
        return i + 1
    if ch == "`":
        run = len(s[i:end]) - len(s[i:end].lstrip("`"))
        close = s.find("`" * run, i + run, end)
        while close != -1 and close + run < end and s[close + run] == "`":
            k = close
            while k < end and s[k] == "`":
                k += 1
            close = s.find("`" * run, k, end)
        if close == -1:
            chars.extend(s[i : i + run])
            offs.extend(o[i : i + run])
            return i + run
        _placeholder(o, i, chars, offs)
        return close + run
    if ch == "<":
        if s.startswith("<!--", i):
            close = s.find("-->", i + 4, end)
            return end if close == -1 else close + 3
        m = _AUTOLINK.match(s, i, end)
        if m:
            _placeholder(o, i, chars, offs)
            return m.end()
        m = _TAG.match(s, i, end)
        if m:
            return m.end()
        chars.append(ch)
        offs.append(o[i])
        return i + 1
    if ch == "!" and i + 1 < end and s[i + 1] == "[":
        close = _find_closing_bracket(s, i + 1, end, "[", "]")
        if close != -1:
            after = _link_tail(s, close + 1, end)
            if after != -1:
                _placeholder(o, i, chars, offs)
                return after
        chars.append(ch)
        offs.append(o[i])
        return i + 1
    if ch == "[":
        if s.startswith("[^", i):
            close = s.find("]", i, end)
            if close != -1 and " " not in s[i:close]:
                return close + 1
        close = _find_closing_bracket(s, i, end, "[", "]")
        if close != -1:
            after = _link_tail(s, close + 1, end)
            if after != -1:
                _inline(s, o, i + 1, close, chars, offs)
                return after
        chars.append(ch)
        offs.append(o[i])
        return i + 1
    if ch in "*_~":
        k = i
        while k < end and s[k] == ch:
            k += 1
        run = k - i
        prev = s[i - 1] if i > 0 else " "
        nxt = s[k] if k < end else " "
        if ch == "~" and run != 2:
            chars.extend(s[i:k])
            offs.extend(o[i:k])
            return k
        left = not nxt.isspace()
        right = not prev.isspace()
        if ch == "_" and prev.isalnum() and nxt.isalnum():
            left = right = False  # snake_case stays
        if not (left or right):
            chars.extend(s[i:k])
            offs.extend(o[i:k])
        return k
    if ch == "{":
        m = _CRITIC.match(s, i, end)
        if m and _critic_pair_ok(m.group(1), m.group(3)):
            kind = m.group(1)
            a = m.start(2)
            b = m.end(2)
            if kind in ("++", "=="):
                _inline(s, o, a, b, chars, offs)
            elif kind == "~~":
                arrow = s.find("~>", a, b)
                if arrow != -1:
                    _inline(s, o, arrow + 2, b, chars, offs)
            return m.end()
        chars.append(ch)
        offs.append(o[i])
        return i + 1
    if ch == "&":
        m = _ENTITY.match(s, i, end)
        if m:
            decoded = html.unescape(m.group(0))
            if len(decoded) == 1:
                chars.append(" " if decoded == "\xa0" else decoded)
                offs.append(o[i])
                return m.end()
        chars.append(ch)
        offs.append(o[i])
        return i + 1
    # URL
    if i == 0 or not (s[i - 1].isalnum()):
        m = _URL.match(s, i, end)
        if m:
            _placeholder(o, i, chars, offs)
            return m.end()
    chars.append(ch)
    offs.append(o[i])
    return i + 1


def _critic_pair_ok(a: str, b: str) -> bool:
    return {"++": "++", "--": "--", "~~": "~~", ">>": "<<", "==": "=="}.get(a) == b


def _link_tail(s: str, k: int, end: int) -> int:
    """After ``[text]``: the index past ``(target)`` or ``[ref]``; -1 when there is no link."""
    if k < end and s[k] == "(":
        close = _find_closing_bracket(s, k, end, "(", ")")
        return -1 if close == -1 else close + 1
    if k < end and s[k] == "[":
        close = s.find("]", k, end)
        return -1 if close == -1 else close + 1
    return -1
