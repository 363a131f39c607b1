"""Markdown -> HTML for the preview and the ``render`` command, rendered block by block.

Python-Markdown needs ~95 ms for a 20k-word article, too slow to redo on every keystroke. So the
body is cut into top-level blocks at the places where Python-Markdown itself starts a new
element no matter what came before (blank lines outside fenced code and raw HTML, ATX headings),
and each block is rendered on its own with a cache keyed by its text. A keystroke then costs one
block render plus bookkeeping, and :class:`RenderResult.patch` says which blocks the page must
swap. Things that need the whole document (reference links, abbreviations, footnotes, duplicate
heading ids) are collected first and handed to every block render, so the block-wise output
equals what ``markdown.markdown`` gives for the whole body (a property test checks this).

Every top-level element carries ``data-line="N"``: the 1-based line in the source *file* (front
matter included) where it starts; list items of top-level lists carry their own line too. That is
the line map the preview uses for sync scroll.

Sanitising: ``<script>``, ``<meta>``, ``<base>``, event-handler attributes and ``javascript:``
URLs are removed from the output. The preview also forbids scripts with a Content-Security-Policy;
this is the second lock on the same door.

Thread safety: :func:`render` may be called from any thread; each thread gets its own
``Markdown`` instance and the block cache is shared under a lock.
"""

from __future__ import annotations

import html as html_lib
import itertools
import re
import threading
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Literal

import markdown
from markdown.extensions.abbr import AbbrExtension
from markdown.extensions.attr_list import get_attrs_and_remainder
from markdown.extensions.fenced_code import FencedBlockPreprocessor
from markdown.extensions.footnotes import FootnoteExtension
from markdown.extensions.toc import unique as toc_unique
from markdown.treeprocessors import Treeprocessor

from editor_app.core import frontmatter

Theme = Literal["light", "dark"]

EXTENSIONS: tuple[str, ...] = ("extra", "toc", "sane_lists", "codehilite")
EXTENSION_CONFIGS: dict[str, dict[str, Any]] = {
    "codehilite": {"css_class": "codehilite", "guess_lang": False},
    # A [TOC] marker needs every heading of the document, which a block render does not see;
    # with the marker off, "[TOC]" stays visible text instead of a silently wrong list.
    "toc": {"marker": ""},
}

_CACHE_LIMIT = 20_000

# --- sanitising -----------------------------------------------------------------------------

_SCRIPT_RE = re.compile(r"<script\b.*?(?:</script\s*>|\Z)", re.IGNORECASE | re.DOTALL)
_DANGEROUS_TAG_RE = re.compile(r"<(?:meta|base)\b[^>]*>", re.IGNORECASE)
_EVENT_ATTR_RE = re.compile(
    r"""(<[a-zA-Z][^<>]*?)\s+on[a-zA-Z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE
)
_JS_URL_RE = re.compile(
    r"""(\s(?:href|src|action|formaction|xlink:href|data)\s*=\s*["']?)\s*(?:javascript|vbscript):""",
    re.IGNORECASE,
)
_SUSPICIOUS_RE = re.compile(r"<script|<meta|<base|\son[a-z]+\s*=|script:", re.IGNORECASE)


def sanitize_html(fragment: str) -> str:
    """Remove what could run code: script elements, event handlers, ``javascript:`` URLs."""
    if not _SUSPICIOUS_RE.search(fragment):
        return fragment
    out = _SCRIPT_RE.sub("<!-- script removed -->", fragment)
    out = _DANGEROUS_TAG_RE.sub("", out)
    previous = None
    while previous != out:  # one attribute per pass per tag
        previous = out
        out = _EVENT_ATTR_RE.sub(r"\1", out)
    return _JS_URL_RE.sub(r"\1about:blank#", out)


# --- the result types -----------------------------------------------------------------------

_REL_RE = re.compile(r'data-mdrel="(\d+)"')


class Block:
    """One top-level block of the body: where it is in the source and the HTML it renders to."""

    __slots__ = ("id", "start_line", "end_line", "source", "_key", "_rel_html", "_html")

    def __init__(self, id: str, start_line: int, end_line: int, source: str, key: object, rel_html: str):
        self.id = id
        #: 1-based source-file lines, inclusive.
        self.start_line = start_line
        self.end_line = end_line
        self.source = source
        self._key = key
        self._rel_html = rel_html
        self._html: str | None = None

    @property
    def html(self) -> str:
        """The block's HTML with absolute ``data-line`` numbers (may be empty, e.g. link definitions)."""
        if self._html is None:
            start = self.start_line
            self._html = _REL_RE.sub(lambda m: f'data-line="{start + int(m.group(1))}"', self._rel_html)
        return self._html

    def __repr__(self) -> str:
        return f"Block({self.id!r}, lines {self.start_line}-{self.end_line})"


class BlockPatch:
    """How to turn a page showing one result into a page showing a later one, without reloading.

    Remove the blocks ``remove_ids``; then for each ``(after_id, blocks)`` in ``inserts`` (in
    order) insert the blocks right after the block ``after_id`` (at the very start when None);
    then for each ``(id, start_line, end_line)`` in ``line_moves`` give that kept block its new
    lines (its inner ``data-line`` values move by the same amount).
    """

    __slots__ = ("remove_ids", "inserts", "line_moves")

    def __init__(
        self,
        remove_ids: tuple[str, ...],
        inserts: tuple[tuple[str | None, tuple[Block, ...]], ...],
        line_moves: tuple[tuple[str, int, int], ...],
    ):
        self.remove_ids = remove_ids
        self.inserts = inserts
        self.line_moves = line_moves

    @property
    def insert(self) -> tuple[Block, ...]:
        """Every inserted block, in page order."""
        return tuple(b for _, run in self.inserts for b in run)

    @property
    def is_empty(self) -> bool:
        return not (self.remove_ids or self.inserts or self.line_moves)

    def __repr__(self) -> str:
        return (
            f"BlockPatch(remove={list(self.remove_ids)}, "
            f"insert={[(a, [b.id for b in run]) for a, run in self.inserts]}, moves={len(self.line_moves)})"
        )


def diff_blocks(old: Sequence[Block], new: Sequence[Block]) -> BlockPatch | None:
    """The patch from a page showing ``old`` to ``new``; None if only a reload can do it.

    Works across any number of renders in between (a block keeps its id only while its HTML is
    unchanged), so a preview that skipped stale results can still patch.
    """
    old_by_id = {b.id: b for b in old}
    new_ids = {b.id for b in new}
    kept_old = [b.id for b in old if b.id in new_ids]
    kept_new = [b.id for b in new if b.id in old_by_id]
    if kept_old != kept_new:
        return None
    inserts: list[tuple[str | None, tuple[Block, ...]]] = []
    moves: list[tuple[str, int, int]] = []
    run: list[Block] = []
    anchor: str | None = None
    for b in new:
        o = old_by_id.get(b.id)
        if o is None:
            run.append(b)
            continue
        if run:
            inserts.append((anchor, tuple(run)))
            run = []
        anchor = b.id
        if o.start_line != b.start_line or o.end_line != b.end_line:
            moves.append((b.id, b.start_line, b.end_line))
    if run:
        inserts.append((anchor, tuple(run)))
    return BlockPatch(tuple(b.id for b in old if b.id not in new_ids), tuple(inserts), tuple(moves))


_SERIALS = itertools.count(1)


class RenderResult:
    """The rendered body: its blocks in order, and the patch from the previous result."""

    __slots__ = (
        "blocks", "patch", "body_start_line", "_html", "_starts", "last_line", "serial", "base_serial",
        "partial", "finish", "_lines", "_spans",
    )

    def __init__(
        self,
        blocks: tuple[Block, ...],
        patch: BlockPatch | None,
        body_start_line: int,
        last_line: int,
        *,
        base_serial: int = 0,
        partial: bool = False,
    ):
        self.blocks = blocks
        #: None when there was no previous result: the page must be loaded in full.
        self.patch = patch
        #: Source line where the Markdown body starts (after the front matter).
        self.body_start_line = body_start_line
        #: Last source line of the document.
        self.last_line = last_line
        #: Unique per result; ``base_serial`` is the serial of the result ``patch`` starts from
        #: (0 without one), so a view showing exactly that result can apply ``patch`` as it is.
        self.serial = next(_SERIALS)
        self.base_serial = base_serial
        #: Only the first blocks of the document (a quick first paint); the rest comes later.
        self.partial = partial
        #: For a partial result: a function (any thread) returning the whole render of the same
        #: text, or None when a newer render made it pointless. Set by whoever made the result.
        self.finish: Callable[[], RenderResult | None] | None = None
        #: The body's lines and its block spans (line indices), kept so the next render of an
        #: edited text re-splits only around the edit.
        self._lines: list[str] | None = None
        self._spans: list[tuple[int, int]] | None = None
        self._html: str | None = None
        self._starts: list[int] | None = None

    @property
    def html(self) -> str:
        """The whole body as one HTML fragment (no page shell, no CSS)."""
        if self._html is None:
            self._html = "\n".join(b.html for b in self.blocks if b.html)
        return self._html

    @property
    def changed_block_ids(self) -> tuple[str, ...]:
        """Ids of the blocks that are new or re-rendered since the previous result (all on a first render)."""
        if self.patch is None:
            return tuple(b.id for b in self.blocks)
        return tuple(b.id for b in self.patch.insert)

    def block_at_line(self, line: int) -> Block | None:
        """The block that contains source line ``line``, or the last one starting before it."""
        if self._starts is None:
            self._starts = [b.start_line for b in self.blocks]
        i = bisect_right(self._starts, line) - 1
        return self.blocks[i] if i >= 0 else (self.blocks[0] if self.blocks else None)


# --- splitting the body into blocks -----------------------------------------------------------

_FENCE_RE = FencedBlockPreprocessor.FENCED_BLOCK_RE
_FENCE_START_RE = re.compile(r"^(?:~{3,}|`{3,})", re.MULTILINE)
_ATX_RE = re.compile(r"#{1,6}")
_LIST_RE = re.compile(r"[ ]{0,3}(?:[*+-]|\d+\.)[ ]+")
_QUOTE_RE = re.compile(r"[ ]{0,3}>")
_DEFLIST_RE = re.compile(r"[ ]{0,3}:[ ]{1,3}")
_DEFINITION_RE = re.compile(r"[ ]{0,3}\[[^\]]*\]:|\*\[")
_FOOTNOTE_DEF_RE = re.compile(r"[ ]{0,3}\[\^[^\]]*\]:")
_TABLE_SEP_RE = re.compile(r"[ ]*\|?[ ]*:?-+:?[ ]*(?:\|[ ]*:?-*:?[ ]*)*\|?[ ]*$")
_HTML_START_RE = re.compile(r"[ ]{0,3}<(!--|[a-zA-Z][a-zA-Z0-9]*)")
_VOID_TAGS = frozenset(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"])
_BLOCK_LEVEL_TAGS = frozenset(markdown.util.BLOCK_LEVEL_ELEMENTS)

# Block kinds that a following indented (4+ spaces) chunk continues.
_CONTINUABLE = frozenset({"list", "footnote", "deflist", "code"})


def _is_blank(line: str) -> bool:
    return not line.strip(" \t")


def _is_indented(line: str) -> bool:
    return line.startswith(("    ", "\t")) or line.expandtabs(4).startswith("    ")


def _fence_line_ranges(body: str) -> dict[int, int]:
    """Fenced code blocks as {first line index: last line index}, found exactly as fenced_code does.

    fenced_code runs ``FENCED_BLOCK_RE.search`` from the end of the previous match; trying
    ``match`` only where a line starts with a fence gives the same matches much faster.
    """
    ranges: dict[int, int] = {}
    if "```" not in body and "~~~" not in body:
        return ranges
    index = 0
    counted_to, line = 0, 0
    for cand in _FENCE_START_RE.finditer(body):
        if cand.start() < index:
            continue
        m = _FENCE_RE.match(body, cand.start())
        if not m:
            continue
        if m.group("attrs"):
            _, remainder = get_attrs_and_remainder(m.group("attrs"))
            if remainder:
                index = m.end("attrs")
                continue
        line += body.count("\n", counted_to, m.start())
        first = line
        line += body.count("\n", m.start(), m.end())
        counted_to = m.end()
        ranges[first] = line
        index = m.end()
    return ranges


_TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)(?=[\s/>])[^>]*?(/?)>")


def _html_end(lines: Sequence[str], i: int, tag: str) -> int:
    """Index of the line that closes the raw HTML opened on line ``i`` (last line if never).

    Counts every block-level element (``<hr><div>`` leaves a div open), so where Python-Markdown
    would swallow the rest of the document into raw HTML, so does the block.
    """
    if tag == "!--":
        for j in range(i, len(lines)):
            if "-->" in lines[j]:
                return j
        return len(lines) - 1
    stack: list[str] = []
    for j in range(i, len(lines)):
        for m in _TAG_RE.finditer(lines[j]):
            name = m.group(2).lower()
            if name not in _BLOCK_LEVEL_TAGS or name in _VOID_TAGS or m.group(3):
                continue
            if not m.group(1):
                stack.append(name)
            elif name in stack:  # a stray end tag closes nothing
                del stack[len(stack) - 1 - stack[::-1].index(name) :]
        if not stack:
            return j
    return len(lines) - 1


def _line_kinds(line: str) -> frozenset[str]:
    """What a line may open that a later chunk (after blank lines) can continue."""
    c = line[:1]
    if c in (" ", "\t") and _is_indented(line):
        return _CODE
    if c not in _KIND_FIRST_CHARS:
        return _NONE
    if _LIST_RE.match(line):
        return _LIST
    if _QUOTE_RE.match(line):
        return _QUOTE
    if _FOOTNOTE_DEF_RE.match(line):
        return _FOOTNOTE
    if _DEFLIST_RE.match(line):
        return _DEFLIST
    return _NONE


_NONE: frozenset[str] = frozenset()
_CODE = frozenset({"code"})
_LIST = frozenset({"list"})
_QUOTE = frozenset({"quote"})
_FOOTNOTE = frozenset({"footnote"})
_DEFLIST = frozenset({"deflist"})
_KIND_FIRST_CHARS = frozenset(" \t-*+0123456789>[:")


class _Span:
    __slots__ = ("first", "last", "kinds", "splittable", "single_heading", "after_blank")

    def __init__(
        self, first: int, last: int, kinds: set[str], splittable: bool, single_heading: bool,
        after_blank: bool = False,
    ):
        self.first = first
        self.last = last
        #: Kinds of element this block contains that a following chunk may continue.
        self.kinds = kinds
        #: False while inside an indented chunk, a table or raw HTML: a heading line there is not one.
        self.splittable = splittable
        self.single_heading = single_heading
        #: Opened by a chunk after blank lines (not by a heading split).
        self.after_blank = after_blank


def _opens_comment(line: str) -> bool:
    """An HTML comment left open at the end of the line swallows the next line's markup."""
    at = line.rfind("<!--")
    return at >= 0 and "-->" not in line[at:]


_COMMENT_CLOSE_RE = re.compile(r"--!?>")


def _comment_swallow_end(lines: list[str], i: int, fences: dict[int, int], closes: list[int]) -> int:
    """Last line of what a ``<!--`` inside line ``i`` (not at its start) turns into plain text.

    Python-Markdown's HTML extractor reads such a comment up to its ``-->``, however far, as
    inline data: a ``<div>`` on a line in between starts no raw HTML block. Fenced code is
    stashed before the extractor runs, so a ``-->`` inside it closes nothing. An unclosed
    ``<!--`` is a plain "<". Returns ``i`` when nothing reaches past the line. ``closes`` is
    filled on first use: for each line, the first line at or after it holding a close.
    """
    j, at = i, 0
    while True:
        line = lines[j]
        p = line.find("<!--", at)
        if p < 0:
            return j
        m = _COMMENT_CLOSE_RE.search(line, p + 4)
        if m:
            at = m.end()
            continue
        if not closes:
            closes.extend(_comment_close_lines(lines, fences))
        k = closes[j + 1]
        if k >= len(lines):
            at = p + 4  # never closed: a plain "<"; look for a later opener on the line
            continue
        m = _COMMENT_CLOSE_RE.search(lines[k])
        assert m is not None
        j, at = k, m.end()


def _comment_close_lines(lines: list[str], fences: dict[int, int]) -> list[int]:
    """For each line index (and one past the end), the first line at or after it with a
    comment close outside fenced code; ``len(lines)`` when there is none."""
    n = len(lines)
    in_fence = [False] * n
    for a, b in fences.items():
        for k in range(a, b + 1):
            in_fence[k] = True
    out = [n] * (n + 1)
    for k in range(n - 1, -1, -1):
        out[k] = k if not in_fence[k] and "-" in lines[k] and _COMMENT_CLOSE_RE.search(lines[k]) else out[k + 1]
    return out


def _starts_table(lines: list[str], i: int) -> bool:
    """A table swallows every line of its chunk, heading lines included."""
    return i + 1 < len(lines) and "-" in lines[i + 1] and bool(_TABLE_SEP_RE.match(lines[i + 1]))


def split_blocks(body: str) -> list[tuple[int, int]]:
    """Cut the body into independently renderable blocks: [(first line index, last line index)].

    A boundary is only placed where Python-Markdown itself starts a new top-level element
    whatever came before; where unsure, lines stay in one block (bigger blocks are always safe).
    """
    lines = body.split("\n")
    n = len(lines)
    fences = _fence_line_ranges(body)
    closes: list[int] = []  # comment closes, found when first needed (see _comment_swallow_end)
    blocks: list[_Span] = []
    i = 0
    after_blank = True
    while i < n:
        line = lines[i]
        # Python-Markdown only blanks whitespace lines that follow a newline: a first line of
        # spaces is content (four of them make an empty code block).
        if _is_blank(line) and (i > 0 or not line):
            # ...and a block of nothing but that line would render to nothing on its own.
            after_blank = not (i > 0 and len(blocks) == 1 and blocks[0].last == 0 and _is_blank(lines[0]))
            i += 1
            continue
        # Atomic units: fenced code and raw HTML blocks may span blank lines.
        end = i
        atomic = False
        if i in fences:
            end, atomic = fences[i], True
        elif line.lstrip(" ")[:1] == "<":
            hm = _HTML_START_RE.match(line)
            if hm:
                tag = hm.group(1).lower()
                atomic = True
                if tag == "!--" or tag in _BLOCK_LEVEL_TAGS:
                    end = _html_end(lines, i, tag)
        kinds = _NONE if atomic else _line_kinds(line)
        swallow = False
        if not atomic and "<!--" in line:
            end = _comment_swallow_end(lines, i, fences, closes)
            swallow = end > i
        is_heading = not atomic and line[:1] == "#" and bool(_ATX_RE.match(line)) and not _opens_comment(line)
        cur = blocks[-1] if blocks else None
        if cur is None or after_blank:
            merge = cur is not None and (
                ("code" in kinds and bool(cur.kinds & _CONTINUABLE))
                or ("list" in kinds and "list" in cur.kinds)
                or ("quote" in kinds and "quote" in cur.kinds)
                or "deflist" in kinds
                # A link, abbreviation or footnote definition vanishes and what follows continues the
                # previous element (e.g. more items of the same list).
                or (not atomic and bool(_DEFINITION_RE.match(line)))
            )
            splittable = not (atomic or swallow) and "code" not in kinds and not _starts_table(lines, i)
            if merge and cur is not None:
                cur.last = end
                cur.kinds = cur.kinds | kinds
                cur.splittable = splittable
                cur.single_heading = False
            else:
                blocks.append(_Span(i, end, set(kinds), splittable, is_heading, True))
            after_blank = False
        elif is_heading and cur.splittable:
            # An ATX heading line always starts a new element in Python-Markdown.
            blocks.append(_Span(i, i, set(), True, True))
        elif cur.single_heading and "deflist" not in kinds:
            # So does whatever follows a heading line.
            splittable = not (atomic or swallow) and "code" not in kinds and not _starts_table(lines, i)
            blocks.append(_Span(i, end, set(kinds), splittable, False))
        else:
            cur.last = end
            cur.single_heading = False
            if kinds:
                cur.kinds = cur.kinds | kinds
            if "deflist" in kinds and cur.after_blank and len(blocks) > 1 and "deflist" in blocks[-2].kinds:
                # "Term / : definition" right after a definition list extends that list.
                prev = blocks[-2]
                prev.last, prev.kinds, prev.splittable = cur.last, prev.kinds | cur.kinds, cur.splittable
                blocks.pop()
            if atomic or swallow:
                cur.splittable = False
        i = end + 1
    return [(b.first, b.last) for b in blocks]


def _changed_lines(old: list[str], new: list[str]) -> tuple[int, int, int]:
    """``(first, old_end, new_end)``: lines ``old[first:old_end]`` became ``new[first:new_end]``."""
    n = min(len(old), len(new))
    a = 0
    step = 256
    while a + step <= n and old[a : a + step] == new[a : a + step]:
        a += step
    while a < n and old[a] == new[a]:
        a += 1
    b = 0
    limit = n - a
    lo, ln = len(old), len(new)
    while b + step <= limit and old[lo - b - step : lo - b] == new[ln - b - step : ln - b]:
        b += step
    while b < limit and old[lo - b - 1] == new[ln - b - 1]:
        b += 1
    return a, lo - b, ln - b


def split_blocks_after_edit(
    old_lines: list[str], old_spans: list[tuple[int, int]], lines: list[str], margin: int = 2
) -> list[tuple[int, int]] | None:
    """:func:`split_blocks` of the edited body ``lines``, re-splitting only a window around the
    edit and reusing the spans before and after it (shifted). None when that is not safe (the
    edit touches code fences or HTML, or no clean restart point exists): split the whole body.

    The window starts at an old block that follows a blank line (the splitter starts every such
    block afresh) and ends at an old block after the edit whose next block also follows a blank
    line; the window's own split must end exactly there, or the result is refused.
    """
    if not old_spans:
        return None
    first, old_end, new_end = _changed_lines(old_lines, lines)
    changed = [*old_lines[first:old_end], *lines[first:new_end]]
    if any(
        "```" in ln or "~~~" in ln or "<!--" in ln or "-->" in ln or ln.lstrip()[:1] == "<" for ln in changed
    ):
        return None  # fences, comments and raw HTML blocks can reach far beyond their lines
    starts = [a for a, _ in old_spans]
    # Restart at an unchanged block that follows a blank line (the splitter starts it afresh).
    j = bisect_right(starts, first) - 1 - margin
    while j > 0 and (starts[j] >= first or not _is_blank(old_lines[starts[j] - 1])):
        j -= 1
    j = max(j, 0)
    w0 = starts[j] if j > 0 else 0  # from the very start, the splitter's first-line rules apply
    # Stop after block m, wholly in the unchanged suffix, whose successor follows a blank line;
    # the new split must reproduce block m exactly for the old blocks after it to stand.
    m = bisect_left(starts, old_end) + margin
    while m + 1 < len(old_spans) and not _is_blank(old_lines[starts[m + 1] - 1]):
        m += 1
    delta = len(lines) - len(old_lines)
    tail: list[tuple[int, int]] = []
    if m + 1 >= len(old_spans):
        w1 = len(lines) - 1
    else:
        w1 = old_spans[m][1] + delta
        tail = [(a + delta, b + delta) for a, b in old_spans[m + 1 :]]
    window = lines[w0 : w1 + 1]
    if any("```" in ln or "~~~" in ln for ln in window):
        return None  # fences pair up across the whole body
    spans = split_blocks("\n".join(window))
    if tail and (not spans or spans[-1] != (starts[m] + delta - w0, w1 - w0)):
        return None
    return [*old_spans[:j], *((a + w0, b + w0) for a, b in spans), *tail]


# --- rendering one block ------------------------------------------------------------------------


class _LineTagger(Treeprocessor):  # type: ignore[misc]
    """Mark top-level elements (and items of top-level lists) with their line inside the block."""

    block_lines: list[str] = []

    def run(self, root: Any) -> None:
        item_lines = [k for k, line in enumerate(self.block_lines) if _LIST_RE.match(line)]
        items = [li for el in root if el.tag in ("ul", "ol") for li in el if li.tag == "li"]
        tag_items = len(items) == len(item_lines) and len(items) > 0
        for el in root:
            if el.tag == "div" and el.get("class") == "footnote":
                continue
            if el.tag == "p" and el.text and not len(el) and markdown.util.HTML_PLACEHOLDER_RE.fullmatch(el.text.strip()):
                continue  # stashed raw HTML / fenced code: tagged after conversion
            el.set("data-mdrel", "0")
        if tag_items:
            for li, k in zip(items, item_lines, strict=True):
                li.set("data-mdrel", str(k))


class _FootnoteLevels:
    """Tag each footnote reference with the pass in which Python-Markdown numbered it.

    A note cited again gets the ids ``fnref:``, ``fnref2:``, ``fnref3:``... in the order the
    inline tree processor meets the citations, and that is not page order: it walks the tree
    breadth-first and, on taking an element off its queue, runs the inline patterns over the
    text and tail of each of that element's children. So the citations in top-level paragraphs
    (text of the root's children, pass 0) are numbered before those in list items or quotes
    (pass 1), those before ones in paragraphs of loose list items (pass 2), and so on; within a
    pass the order is page order. A block render knows only its own block, so each reference
    gets ``data-mdfn="PASS:NOTE"`` on its ``<sup>`` (NOTE: the note's place in definition
    order, which every block render shares) and :meth:`BlockRenderer.render` sorts the whole
    page's references by (pass, page position), as the single whole-document walk would, and
    writes the ids back (see :class:`_FootnoteTemplate`).

    ``before`` runs ahead of the inline processor and remembers the parsed (block-level) elements
    and their depths; ``after`` runs right after it (before attr_list may change a ``<sup>`` id):
    an inline element in block element B at depth d came from B's text (pass d - 1) unless it
    follows one of B's block-level children, whose tail it came from (pass d).
    """

    def __init__(self, md: Any, footnotes: FootnoteExtension) -> None:
        self.active = False
        self._footnotes = footnotes
        self._depths: dict[Any, int] = {}
        self.before = _Hook(md, self._remember)
        self.after = _Hook(md, self._mark)
        md.treeprocessors.register(self.before, "editor_app_fn_before", 40)  # after 'footnote' (50)
        md.treeprocessors.register(self.after, "editor_app_fn_after", 19)  # after 'inline' (20)

    def _remember(self, root: Any) -> None:
        self._depths = {}
        if not self.active:
            return
        stack = [(root, 0)]
        while stack:
            el, d = stack.pop()
            self._depths[el] = d
            stack.extend((c, d + 1) for c in el)

    def _mark(self, root: Any) -> None:
        depths = self._depths
        if not depths:
            return
        self._depths = {}
        index = {fid: i for i, fid in enumerate(self._footnotes.footnotes)}
        stack = [root]
        while stack:
            block = stack.pop()
            d = depths[block]
            after_block = False
            for child in block:
                if child in depths:
                    stack.append(child)
                    after_block = True
                    continue
                level = d if after_block else max(d - 1, 0)
                for sup in child.iter("sup"):
                    ref_id = sup.get("id", "")
                    note = index.get(ref_id.split(":", 1)[1]) if ref_id.startswith("fnref") and ":" in ref_id else None
                    if note is not None and sup.get("data-mdfn") is None:
                        sup.set("data-mdfn", f"{level}:{note}")


class _Hook(Treeprocessor):  # type: ignore[misc]
    def __init__(self, md: Any, fn: Callable[[Any], None]) -> None:
        super().__init__(md)
        self._fn = fn

    def run(self, root: Any) -> None:
        self._fn(root)


# Python-Markdown writes attributes sorted by name: "data-mdfn" comes before "id".
_FN_MARK_RE = re.compile(r'<sup\b([^>]*?) data-mdfn="(\d+):(\d+)"([^>]*)>')
_FN_ID_RE = re.compile(r'( id=")fnref\d*:([^"]*")')


class _FootnoteTemplate:
    """A block's HTML cut around the ids of its marked footnote references.

    ``html = parts[0] + slot[0] + parts[1] + ... + parts[-1]`` where slot i is ``fnref:`` or
    ``fnrefN:`` for the reference's turn, or "" when attr_list gave the ``<sup>`` an id of its
    own (the reference still takes its turn, as in Python-Markdown). ``marks`` holds each
    reference's (pass, note index), in page order.
    """

    __slots__ = ("parts", "marks", "slots")

    def __init__(self, html: str):
        self.parts: list[str] = []
        self.marks: list[tuple[int, int]] = []
        self.slots: list[bool] = []
        at, lead = 0, ""
        for m in _FN_MARK_RE.finditer(html):
            rest = m.group(4)
            im = _FN_ID_RE.search(rest)
            if im:  # the id's "fnrefN:" becomes the slot
                self.parts.append(lead + html[at : m.start()] + "<sup" + m.group(1) + rest[: im.end(1)])
                lead = rest[im.start(2) :] + ">"
            else:
                self.parts.append(lead + html[at : m.start()] + "<sup" + m.group(1) + rest + ">")
                lead = ""
            self.marks.append((int(m.group(2)), int(m.group(3))))
            self.slots.append(bool(im))
            at = m.end()
        self.parts.append(lead + html[at:])

    def fill(self, turns: Sequence[int]) -> str:
        out = [self.parts[0]]
        for i, n in enumerate(turns):
            if self.slots[i]:
                out.append(f"fnref{n if n > 1 else ''}:")
            out.append(self.parts[i + 1])
        return "".join(out)


_FIRST_TAG_RE = re.compile(r"\s*<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>")
_HEADING_ID_RE = re.compile(r'(<h[1-6]\b[^>]*?\bid=")([^"]*)(")')
_FOOTNOTE_DIV_MARK = '<div class="footnote">'


class _Context:
    """Document-wide definitions a block render needs: links, abbreviations, footnotes."""

    __slots__ = ("refs", "abbrs", "footnotes")

    def __init__(
        self,
        refs: tuple[tuple[str, tuple[str, str | None]], ...] = (),
        abbrs: tuple[tuple[str, str], ...] = (),
        footnotes: tuple[tuple[str, str], ...] = (),
    ):
        self.refs = refs
        self.abbrs = abbrs
        self.footnotes = footnotes

    def key(self) -> tuple[object, ...]:
        return (self.refs, self.abbrs, tuple(f for f, _ in self.footnotes))


_EMPTY_CONTEXT = _Context()


class _Converter:
    """One thread's Markdown instance plus helpers to render a block in document context."""

    def __init__(self) -> None:
        self.md = markdown.Markdown(extensions=list(EXTENSIONS), extension_configs=EXTENSION_CONFIGS)
        self.tagger = _LineTagger(self.md)
        self.md.treeprocessors.register(self.tagger, "editor_app_lines", 1)
        exts = self.md.registeredExtensions
        self.footnotes: FootnoteExtension = next(e for e in exts if isinstance(e, FootnoteExtension))
        self.abbr: AbbrExtension = next(e for e in exts if isinstance(e, AbbrExtension))
        self.fn_levels = _FootnoteLevels(self.md, self.footnotes)

    def _reset(self, context: _Context, block_lines: list[str], mark_refs: bool = False) -> None:
        self.md.reset()
        self.fn_levels.active = mark_refs and bool(context.footnotes)
        self.md.references.update(context.refs)
        self.abbr.abbrs.update(context.abbrs)
        for fid, ftext in context.footnotes:
            self.footnotes.setFootnote(fid, ftext)
        self.tagger.block_lines = block_lines

    def convert(self, source: str, context: _Context) -> str:
        self._reset(context, source.split("\n"), "[^" in source)
        out: str = self.md.convert(source)
        if self.footnotes.footnotes:
            cut = out.rfind(_FOOTNOTE_DIV_MARK)
            if cut >= 0:
                out = out[:cut].rstrip("\n")
        m = _FIRST_TAG_RE.match(out)
        if m and "data-mdrel" not in m.group(2):
            out = out[: m.end(1)] + ' data-mdrel="0"' + out[m.end(1) :]
        return sanitize_html(out)

    def footnotes_div(self, context: _Context, cited: tuple[tuple[str, int], ...] = ()) -> str:
        """The footnotes section; ``cited`` (id, times cited in the body) adds the back-links.

        References inside the notes themselves keep their ``data-mdfn`` marks (see
        :class:`_FootnoteLevels`) so they are numbered together with the body's.
        """
        self._reset(context, [], any("[^" in text for _, text in context.footnotes))
        # An empty source returns "" before the footnotes run; citing the notes here as often as
        # the body does makes Python-Markdown add their fnref2/fnref3 back-links (counting the
        # notes' own citations too). Only the div is kept.
        cites = " ".join(f"[^{fid}]" * n for fid, n in cited)
        out: str = self.md.convert("<!-- -->\n\n" + cites if cites else "<!-- -->")
        cut = out.find(_FOOTNOTE_DIV_MARK)
        return sanitize_html(out[cut:] if cut >= 0 else "")

    def definitions(self, source: str) -> _Context:
        """The links, abbreviations and footnotes ``source`` defines, parsed as the block it is."""
        self._reset(_EMPTY_CONTEXT, [])
        self.md.convert(source)
        return _Context(
            tuple(self.md.references.items()),
            tuple(self.abbr.abbrs.items()),
            tuple(self.footnotes.footnotes.items()),
        )


class _CacheEntry:
    __slots__ = ("rel_html", "heading_ids", "defs", "_fn_template")

    def __init__(self, rel_html: str, heading_ids: tuple[str, ...], defs: _Context = _EMPTY_CONTEXT):
        self.rel_html = rel_html
        self.heading_ids = heading_ids
        self.defs = defs
        self._fn_template: _FootnoteTemplate | None | Literal[False] = False  # False: not computed yet

    def footnote_template(self) -> _FootnoteTemplate | None:
        """The HTML cut around its footnote reference ids; None without references."""
        if self._fn_template is False:
            self._fn_template = _FootnoteTemplate(self.rel_html) if 'data-mdfn="' in self.rel_html else None
        return self._fn_template


class BlockRenderer:
    """Renders documents block by block with a shared, bounded cache. Safe to use from any thread."""

    def __init__(self, cache_limit: int = _CACHE_LIMIT):
        self._local = threading.local()
        self._lock = threading.Lock()
        self._cache: OrderedDict[object, _CacheEntry] = OrderedDict()
        self._cache_limit = cache_limit
        self._ids = itertools.count(1)

    def _converter(self) -> _Converter:
        conv: _Converter | None = getattr(self._local, "conv", None)
        if conv is None:
            conv = _Converter()
            self._local.conv = conv
        return conv

    def _cached(self, key: object) -> _CacheEntry | None:
        # A plain dict read is atomic under the GIL; eviction is oldest-inserted first (a block
        # evicted while still in use costs one re-render, which puts it back).
        return self._cache.get(key)

    def _store(self, key: object, entry: _CacheEntry) -> None:
        with self._lock:
            self._cache[key] = entry
            while len(self._cache) > self._cache_limit:
                self._cache.popitem(last=False)

    def _new_id(self) -> str:
        with self._lock:
            return f"b{next(self._ids)}"

    def render(
        self, text: str, previous: RenderResult | None = None, *, first_chars: int | None = None
    ) -> RenderResult:
        """Render ``text``; with ``first_chars``, only the first blocks holding about that many
        characters of source (a ``partial`` result for a quick first paint)."""
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        parts = frontmatter.split(text)
        first_line = parts.raw.count("\n") + 1
        body = parts.body
        lines = body.split("\n")
        spans: list[tuple[int, int]] | None = None
        if (
            previous is not None
            and previous._lines is not None
            and previous._spans is not None
            and previous.body_start_line == first_line
            and not previous.partial
        ):
            spans = split_blocks_after_edit(previous._lines, previous._spans, lines)
        if spans is None:
            spans = split_blocks(body)
        all_spans = spans
        sources = ["\n".join(lines[a : b + 1]) for a, b in spans]
        if spans and spans[-1][1] < len(lines) - 1:
            # Trailing blank lines matter inside raw HTML left open to the end of the document.
            sources[-1] = "\n".join(lines[spans[-1][0] :])
        conv = self._converter()
        ctx = self._context(conv, sources)
        ctx_key = ctx.key()
        link_ctx = _Context(ctx.refs, ctx.abbrs, tuple((fid, "") for fid, _ in ctx.footnotes))
        text_ctx = _Context((), ctx.abbrs, ())  # no "[" in the block: links and notes cannot matter
        text_key = text_ctx.key()

        partial = False
        if first_chars is not None:
            total = 0
            for n, src in enumerate(sources):
                total += len(src) + 2
                if total >= first_chars and n + 1 < len(sources):
                    spans, sources, partial = spans[: n + 1], sources[: n + 1], True
                    break
        entries: list[tuple[object, _CacheEntry, int, int, str]] = []
        for (a, b), src in zip(spans, sources, strict=True):
            key: tuple[object, ...]
            if "[" in src:
                block_ctx, key = link_ctx, (src, ctx_key)
            else:
                block_ctx, key = text_ctx, (src, text_key)
            entry = self._cached(key)
            if entry is None:
                rel = conv.convert(src, block_ctx)
                entry = _CacheEntry(rel, tuple(m.group(2) for m in _HEADING_ID_RE.finditer(rel)))
                self._store(key, entry)
            entries.append((key, entry, first_line + a, first_line + b, src))
        rels = [entry.rel_html for _, entry, _, _, _ in entries]
        if ctx.footnotes:
            # A note cited again gets ids fnref2:, fnref3:... in the order of Python-Markdown's
            # tree walk over the whole page (see _FootnoteLevels), the notes' own citations
            # included. A partial render numbers only the blocks it has; finishing patches the rest.
            templates = [entry.footnote_template() for _, entry, _, _, _ in entries]
            counts: dict[int, int] = {}
            for t in templates:
                if t is not None:
                    for _, note in t.marks:
                        counts[note] = counts.get(note, 0) + 1
            if not partial:  # the notes go at the very end, which a partial render does not reach
                cited = tuple((ctx.footnotes[note][0], n) for note, n in sorted(counts.items()))
                key = ("\x00footnotes", ctx.refs, ctx.abbrs, ctx.footnotes, cited)  # texts matter here
                entry = self._cached(key)
                if entry is None:
                    div = conv.footnotes_div(ctx, cited)
                    entry = _CacheEntry(div, tuple(m.group(2) for m in _HEADING_ID_RE.finditer(div)))
                    self._store(key, entry)
                last = first_line + len(lines) - 1
                entries.append((key, entry, last, last, ""))
                rels.append(entry.rel_html)
                templates.append(entry.footnote_template())
            order = sorted(
                (level, k, i, note)
                for k, t in enumerate(templates)
                if t is not None
                for i, (level, note) in enumerate(t.marks)
            )
            turns: dict[int, list[int]] = {k: [0] * len(t.marks) for k, t in enumerate(templates) if t is not None}
            seen: dict[int, int] = {}
            for _, k, i, note in order:
                turns[k][i] = seen[note] = seen.get(note, 0) + 1
            for k, block_turns in turns.items():
                template = templates[k]
                assert template is not None
                rels[k] = template.fill(block_turns)

        # Duplicate heading texts get unique ids across blocks, exactly as toc does for the whole page.
        used: set[str] = set()
        rel_htmls: list[str] = []
        for (_, entry, _, _, _), rel in zip(entries, rels, strict=True):
            if entry.heading_ids:
                if any(h in used for h in entry.heading_ids):
                    rel = _HEADING_ID_RE.sub(lambda m: m.group(1) + _unique(m.group(2), used) + m.group(3), rel)
                else:
                    used.update(entry.heading_ids)
            rel_htmls.append(rel)

        result = self._diff(previous, entries, rel_htmls, first_line, len(lines) + first_line - 1)
        result.partial = partial
        if not partial:
            result._lines, result._spans = lines, all_spans
        return result

    def _context(self, conv: _Converter, sources: list[str]) -> _Context:
        """Merge every block's own definitions, in document order, as one whole-document parse would."""
        refs: dict[str, tuple[str, str | None]] = {}
        abbrs: dict[str, str] = {}
        notes: dict[str, str] = {}
        for src in sources:
            if "]:" not in src and "] :" not in src:
                continue  # no definition of any kind (they may hide in quotes and lists too)
            # Parsed in the block's own context: a definition inside a list item, or a line a
            # definition list claims first, ends differently from one at the top level.
            key = ("\x00defs", src)
            entry = self._cached(key)
            if entry is None:
                entry = _CacheEntry("", (), conv.definitions(src))
                self._store(key, entry)
            refs.update(entry.defs.refs)
            abbrs.update(entry.defs.abbrs)
            notes.update(entry.defs.footnotes)
        return _Context(tuple(refs.items()), tuple(abbrs.items()), tuple(notes.items()))

    def _diff(
        self,
        previous: RenderResult | None,
        entries: list[tuple[object, _CacheEntry, int, int, str]],
        rel_htmls: list[str],
        first_line: int,
        last_line: int,
    ) -> RenderResult:
        old = previous.blocks if previous is not None else ()
        n_new, n_old = len(entries), len(old)

        def same(o: Block, k: int) -> bool:
            return o._key == entries[k][0] and o._rel_html == rel_htmls[k]

        p = 0
        while p < n_new and p < n_old and same(old[p], p):
            p += 1
        s = 0
        while s < n_new - p and s < n_old - p and same(old[n_old - 1 - s], n_new - 1 - s):
            s += 1

        blocks: list[Block] = []
        moves: list[tuple[str, int, int]] = []
        for k, ((key, _, start, end, src), rel) in enumerate(zip(entries, rel_htmls, strict=True)):
            if k < p or k >= n_new - s:
                o = old[k] if k < p else old[n_old - (n_new - k)]
                if o.start_line == start and o.end_line == end:
                    blk = o  # same text (the key holds it), same HTML, same place
                else:
                    blk = Block(o.id, start, end, src, key, rel)
                    if o.start_line == start:
                        blk._html = o._html
                    moves.append((o.id, start, end))
            else:
                blk = Block(self._new_id(), start, end, src, key, rel)
            blocks.append(blk)
        patch: BlockPatch | None = None
        if previous is not None:
            # What diff_blocks(old, blocks) gives, known directly: one run replaced in the middle.
            run = tuple(blocks[p : n_new - s])
            patch = BlockPatch(
                tuple(b.id for b in old[p : n_old - s]),
                ((old[p - 1].id if p > 0 else None, run),) if run else (),
                tuple(moves),
            )
        return RenderResult(
            tuple(blocks), patch, first_line, last_line, base_serial=previous.serial if previous is not None else 0
        )


def _unique(ident: str, used: set[str]) -> str:
    new: str = toc_unique(ident, used)  # adds to ``used``
    return new


# --- public functions ---------------------------------------------------------------------------

_default_renderer = BlockRenderer()


def render(text: str, previous: RenderResult | None = None, *, first_chars: int | None = None) -> RenderResult:
    """Render a whole document (front matter is skipped); pass the previous result to get a patch.

    With ``first_chars``, only the first blocks (about that many source characters) are rendered
    and the result is ``partial``: a preview can paint them at once and patch in the rest.

    Pure as far as callers can tell: the cache only makes repeat work fast. Safe off the UI thread.
    """
    return _default_renderer.render(text, previous, first_chars=first_chars)


def render_reference_html(text: str) -> str:
    """The whole body through one ``markdown.markdown`` call, same extensions (no line map, no cache).

    The slow, obviously-correct path; tests compare the block-wise output against it.
    """
    body = frontmatter.split(text.replace("\r\n", "\n").replace("\r", "\n")).body
    out: str = markdown.markdown(body, extensions=list(EXTENSIONS), extension_configs=EXTENSION_CONFIGS)
    return sanitize_html(out)


def preview_css(theme: Theme = "light") -> str:
    """The preview style sheet for ``theme`` plus the code-highlighting colours."""
    from editor_app.core.resources import read_text

    if theme not in ("light", "dark"):
        raise ValueError(f"unknown theme {theme!r}; use 'light' or 'dark'")
    return read_text("css", f"preview-{theme}.css") + "\n" + read_text("css", f"codehilite-{theme}.css")


def document_title(text: str) -> str | None:
    """The front matter ``title``, else the first level-1 heading's text, else None."""
    parts = frontmatter.split(text)
    if parts.yaml_text:
        m = re.search(r"^title:[ \t]*(.+?)[ \t]*$", parts.yaml_text, re.MULTILINE)
        if m:
            value = m.group(1)
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]
            if value:
                return value
    m = re.search(r"^#[ \t]+(.+?)[ \t#]*$", parts.body, re.MULTILINE)
    return m.group(1) if m else None


_DATA_LINE_RE = re.compile(r' data-line="\d+"')

CSP_STANDALONE = "default-src 'none'; img-src * data:; style-src 'unsafe-inline'; font-src data:"


def render_standalone(text: str, theme: Theme = "light", title: str | None = None) -> str:
    """A complete HTML page: the rendered body with the preview's CSS embedded."""
    css = preview_css(theme)
    body = _DATA_LINE_RE.sub("", render(text).html)  # the line map is for the live preview only
    page_title = title if title is not None else (document_title(text) or "Untitled")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP_STANDALONE}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html_lib.escape(page_title)}</title>\n"
        f"<style>\n{css}\n</style>\n</head>\n"
        f'<body class="theme-{theme}">\n<article class="markdown-body">\n{body}\n</article>\n'
        "</body>\n</html>\n"
    )


def iter_heading_lines(result: RenderResult) -> Iterator[tuple[int, str]]:
    """(source line, heading id) for every heading, in order: handy for outline panels."""
    for blk in result.blocks:
        for m in re.finditer(r'<h[1-6]\b[^>]*?data-line="(\d+)"[^>]*?id="([^"]*)"', blk.html):
            yield int(m.group(1)), m.group(2)
