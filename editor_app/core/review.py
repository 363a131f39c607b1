"""CriticMarkup suggestions and comments: parse, accept, reject, and the "as accepted" view.

Syntax (http://criticmarkup.com): insertion ``{++ new ++}``, deletion ``{-- old --}``,
substitution ``{~~ old ~> new ~~}``, comment ``{>> note <<}``, highlight ``{== text ==}``
(usually followed by a comment). Markup is never nested by the spec; an opener inside another
mark's content is kept as literal text of that mark, and an opener that is never closed is plain
text. Nothing the writer typed is ever dropped by parsing: every character is either markup
delimiters or belongs to exactly one mark or to the plain text around them.

API:
- ``parse(text) -> list[Mark]`` marks in source order with source offsets;
- ``accept(text, mark)`` / ``reject(text, mark)`` -> new text with that one mark resolved;
- ``accept_all(text)`` / ``reject_all(text)``;
- ``accepted_view(text) -> AcceptedView``: the text as it reads with every suggestion accepted and
  comments removed, plus ``to_source(i)`` so issues found on it map back to source offsets (checks
  run on this view, so they never flag the markup itself);
- ``unresolved(text)`` for publishing preflight.

Threads (a convention inside plain CriticMarkup, readable in any editor)::

    {==the anchored words==}{>>@ana: Is this the right date?<<}{>>@ben: Yes, checked.<<}

Adjacent comments form a thread (optionally anchored on the highlight right before it); each
may start with ``@author:``; a reply is appended as a new adjacent comment; resolving writes
``[resolved]`` at the start of the first comment. ``threads``, ``reply``, ``resolve``,
``reopen``, ``remove_thread``, ``add_comment``, ``publishable_text`` (resolved threads removed).

Navigation: ``stops``, ``next_stop``, ``previous_stop``, ``mark_at``, ``suggestion_at``.

Review mode: ``record_edit(text, start, end, new)`` (and ``record_backspace``,
``record_delete``, ``suggest``) turn an edit into CriticMarkup and say where the caret goes.

Checks and publishing: ``check_accepted(text, run_checks)`` and ``review_blockers(text)``.
"""

from __future__ import annotations

import bisect
import difflib
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Concatenate, Literal, ParamSpec, Protocol, TypeVar

from editor_app.core.checks.base import Issue

if TYPE_CHECKING:
    from editor_app.core.publishing.preflight import Finding

Kind = Literal["insertion", "deletion", "substitution", "comment", "highlight"]

_OPENERS: dict[str, tuple[Kind, str]] = {
    "{++": ("insertion", "++}"),
    "{--": ("deletion", "--}"),
    "{~~": ("substitution", "~~}"),
    "{>>": ("comment", "<<}"),
    "{==": ("highlight", "==}"),
}
_OPEN_RE = re.compile(r"\{(\+\+|--|~~|>>|==)")
_SUB_SEP = "~>"


@dataclass(frozen=True)
class Mark:
    kind: Kind
    start: int  # source offset of "{"
    end: int  # source offset just past the closing "}"
    old: str  # text as it reads when rejected (deletion/substitution old/highlight text)
    new: str  # text as it reads when accepted
    comment: str = ""  # comment text (comment marks)
    content_start: int = 0  # source offset of the mark's inner content

    @property
    def is_suggestion(self) -> bool:
        return self.kind in ("insertion", "deletion", "substitution")


def parse(text: str) -> list[Mark]:
    marks: list[Mark] = []
    pos = 0
    while True:
        m = _OPEN_RE.search(text, pos)
        if not m:
            return marks
        kind, closer = _OPENERS[m.group(0)]
        close = text.find(closer, m.end())
        if close < 0:
            pos = m.end()  # unclosed: plain text
            continue
        inner = text[m.end() : close]
        end = close + len(closer)
        cs = m.end()
        if kind == "insertion":
            marks.append(Mark(kind, m.start(), end, "", inner, content_start=cs))
        elif kind == "deletion":
            marks.append(Mark(kind, m.start(), end, inner, "", content_start=cs))
        elif kind == "substitution":
            sep = inner.find(_SUB_SEP)
            if sep < 0:
                pos = m.end()  # malformed substitution: keep as text
                continue
            marks.append(Mark(kind, m.start(), end, inner[:sep], inner[sep + 2 :], content_start=cs))
        elif kind == "comment":
            marks.append(Mark(kind, m.start(), end, "", "", comment=inner, content_start=cs))
        else:
            marks.append(Mark(kind, m.start(), end, inner, inner, content_start=cs))
        pos = end


def _resolve(text: str, mark: Mark, accept: bool) -> str:
    replacement = mark.new if accept else mark.old
    return text[: mark.start] + replacement + text[mark.end :]


def accept(text: str, mark: Mark) -> str:
    return _resolve(text, mark, True)


def reject(text: str, mark: Mark) -> str:
    return _resolve(text, mark, False)


def _resolve_all(text: str, accept_: bool, keep_comments: bool = False) -> str:
    out: list[str] = []
    pos = 0
    for mark in parse(text):
        out.append(text[pos : mark.start])
        if mark.kind == "comment" and keep_comments:
            out.append(text[mark.start : mark.end])
        else:
            out.append(mark.new if accept_ else mark.old)
        pos = mark.end
    out.append(text[pos:])
    return "".join(out)


def accept_all(text: str, keep_comments: bool = False) -> str:
    return _resolve_all(text, True, keep_comments)


def reject_all(text: str, keep_comments: bool = False) -> str:
    return _resolve_all(text, False, keep_comments)


def unresolved(text: str) -> list[Mark]:
    """Suggestions and comments still in the text (publishing refuses these)."""
    return [m for m in parse(text) if m.kind != "highlight"]


@dataclass(frozen=True)
class AcceptedView:
    text: str
    _starts: tuple[int, ...]  # accepted-text offsets where a run begins
    _sources: tuple[int, ...]  # source offset of each run's first character

    def to_source(self, i: int) -> int:
        k = bisect.bisect_right(self._starts, i) - 1
        if k < 0:
            return i
        return self._sources[k] + (i - self._starts[k])


def accepted_view(text: str) -> AcceptedView:
    """The text with every suggestion accepted and comments removed, with an offset map."""
    out: list[str] = []
    starts: list[int] = []
    sources: list[int] = []
    n = 0
    pos = 0

    def emit(chunk: str, src: int) -> None:
        nonlocal n
        if chunk:
            starts.append(n)
            sources.append(src)
            out.append(chunk)
            n += len(chunk)

    for mark in parse(text):
        emit(text[pos : mark.start], pos)
        if mark.kind in ("insertion", "highlight"):
            emit(mark.new, mark.content_start)
        elif mark.kind == "substitution":
            emit(mark.new, mark.content_start + len(mark.old) + len(_SUB_SEP))
        pos = mark.end
    emit(text[pos:], pos)
    return AcceptedView("".join(out), tuple(starts), tuple(sources))


# ============================================================================================
# Comment threads
#
# Convention (plain CriticMarkup, readable without the app):
#   {==the anchored words==}{>>@ana: Is this the right date?<<}{>>@ben: Yes, checked.<<}
# A thread is a run of comment marks with nothing between them, optionally right after a
# highlight (its anchor). Each comment may start with "@author:"; replies are appended as new
# adjacent comments. Resolving puts "[resolved]" in front of the first comment:
#   {>>[resolved] @ana: Is this the right date?<<}{>>@ben: Yes, checked.<<}
# Resolved threads do not block publishing; ``publishable_text`` removes them.

_RESOLVED_RE = re.compile(r"\A\s*\[resolved\]\s*", re.IGNORECASE)
_AUTHOR_RE = re.compile(r"\A\s*@([^\s:@<>{}][^:\n<>{}]{0,39}?):[ \t]*")
_TOKENS = ("{++", "++}", "{--", "--}", "{~~", "~~}", "~>", "{>>", "<<}", "{==", "==}")


@dataclass(frozen=True)
class Comment:
    mark: Mark
    author: str  # "" when the comment has no "@author:" prefix
    body: str
    resolved: bool  # this comment carries the "[resolved]" flag


@dataclass(frozen=True)
class Thread:
    comments: tuple[Comment, ...]
    anchor: Mark | None = None  # the highlight the thread comments on, if any

    @property
    def start(self) -> int:
        return self.anchor.start if self.anchor is not None else self.comments[0].mark.start

    @property
    def end(self) -> int:
        return self.comments[-1].mark.end

    @property
    def resolved(self) -> bool:
        return self.comments[0].resolved

    @property
    def first(self) -> Comment:
        return self.comments[0]


def parse_comment(mark: Mark) -> Comment:
    body = mark.comment
    resolved = False
    m = _RESOLVED_RE.match(body)
    if m:
        resolved = True
        body = body[m.end() :]
    author = ""
    a = _AUTHOR_RE.match(body)
    if a:
        author = a.group(1).strip()
        body = body[a.end() :]
    return Comment(mark, author, body.strip(), resolved)


def threads(text: str, marks: list[Mark] | None = None) -> list[Thread]:
    marks = parse(text) if marks is None else marks
    out: list[Thread] = []
    run: list[Comment] = []
    anchor: Mark | None = None
    prev: Mark | None = None
    for mark in marks:
        if mark.kind == "comment":
            if run and prev is not None and prev.kind == "comment" and prev.end == mark.start:
                run.append(parse_comment(mark))
            else:
                if run:
                    out.append(Thread(tuple(run), anchor))
                anchor = prev if prev is not None and prev.kind == "highlight" and prev.end == mark.start else None
                run = [parse_comment(mark)]
        elif run:
            out.append(Thread(tuple(run), anchor))
            run, anchor = [], None
        prev = mark
    if run:
        out.append(Thread(tuple(run), anchor))
    return out


def thread_at(text: str, offset: int) -> Thread | None:
    """The thread whose source span (anchor included) contains ``offset`` (ends inclusive)."""
    for t in threads(text):
        if t.start <= offset <= t.end:
            return t
    return None


def safe_comment_text(body: str) -> str:
    """Comment text that cannot end the comment early or start new markup (no escape exists)."""
    out = body
    for token in _TOKENS:
        if token in out:
            out = out.replace(token, token[0] + " " + token[1:])
    return out


def format_comment(body: str, author: str = "", resolved: bool = False) -> str:
    inner = safe_comment_text(body.strip())
    if author:
        inner = f"@{safe_comment_text(author.strip().replace(':', ''))}: {inner}"
    if resolved:
        inner = "[resolved] " + inner
    return "{>>" + inner + "<<}"


def add_comment(text: str, start: int, end: int, body: str, author: str = "") -> tuple[str, int]:
    """Comment on ``text[start:end]`` (highlighted when not empty). Returns (text, comment offset)."""
    comment = format_comment(body, author)
    if end > start and not any(m.start < end and start < m.end for m in parse(text)):
        chosen = text[start:end]
        if not _has_token(chosen):
            new = text[:start] + "{==" + chosen + "==}" + comment + text[end:]
            return new, end + 6
    return text[:end] + comment + text[end:], end


def reply(text: str, thread: Thread, body: str, author: str = "") -> str:
    """Append a reply comment right after the thread's last comment."""
    return text[: thread.end] + format_comment(body, author) + text[thread.end :]


def _set_first_comment(text: str, thread: Thread, resolved: bool) -> str:
    first = thread.first
    inner = first.mark.comment
    m = _RESOLVED_RE.match(inner)
    if m:
        inner = inner[m.end() :]
    if resolved:
        inner = "[resolved] " + inner.lstrip()
    cs = first.mark.content_start
    return text[:cs] + inner + text[first.mark.end - 3 :]


def resolve(text: str, thread: Thread) -> str:
    return _set_first_comment(text, thread, True)


def reopen(text: str, thread: Thread) -> str:
    return _set_first_comment(text, thread, False)


def remove_thread(text: str, thread: Thread) -> str:
    """Delete the thread's comments; an anchor highlight keeps its words, loses its markup."""
    tail = text[thread.end :]
    if thread.anchor is not None:
        return text[: thread.anchor.start] + thread.anchor.old + tail
    return text[: thread.comments[0].mark.start] + tail


def publishable_text(text: str) -> str:
    """The text to publish: resolved threads removed, highlights unwrapped, all else untouched.

    Unresolved suggestions and comments are left as they are: preflight blocks on them."""
    marks = parse(text)
    resolved_spans = {(t.start, t.end) for t in threads(text, marks) if t.resolved}
    out: list[str] = []
    pos = 0
    skip_until = -1
    for mark in marks:
        if mark.start < skip_until:
            continue
        span = next(((s, e) for s, e in resolved_spans if s == mark.start), None)
        if span is not None:
            out.append(text[pos : span[0]])
            if mark.kind == "highlight":
                out.append(mark.old)
            pos = skip_until = span[1]
            continue
        if mark.kind == "highlight":
            out.append(text[pos : mark.start])
            out.append(mark.old)
            pos = mark.end
    out.append(text[pos:])
    return "".join(out)


# ============================================================================================
# Navigation


def stops(text: str) -> list[Mark]:
    """Where next/previous stop: each suggestion, and each thread once (at its anchor or first
    comment); a highlight without a comment is a stop too."""
    marks = parse(text)
    later_in_thread: set[int] = set()
    for t in threads(text, marks):
        for c in (t.comments[1:] if t.anchor is None else t.comments):
            later_in_thread.add(c.mark.start)
    return [m for m in marks if m.start not in later_in_thread]


def next_stop(text: str, offset: int, wrap: bool = True) -> Mark | None:
    items = stops(text)
    for m in items:
        if m.start > offset:
            return m
    return items[0] if wrap and items else None


def previous_stop(text: str, offset: int, wrap: bool = True) -> Mark | None:
    items = stops(text)
    for m in reversed(items):
        if m.start < offset:
            return m
    return items[-1] if wrap and items else None


def mark_at(text: str, offset: int) -> Mark | None:
    """The mark containing ``offset`` (its edges included); a suggestion wins over a comment."""
    found = [m for m in parse(text) if m.start <= offset <= m.end]
    found.sort(key=lambda m: (not m.is_suggestion, m.start))
    return found[0] if found else None


def suggestion_at(text: str, offset: int) -> Mark | None:
    for m in parse(text):
        if m.is_suggestion and m.start <= offset <= m.end:
            return m
    return None


# ============================================================================================
# Recording edits as suggestions
#
# ``record_edit(text, start, end, new)`` is what review mode does instead of replacing
# ``text[start:end]`` by ``new``: plain text that goes away becomes a deletion, new text an
# insertion (right after a deletion: a substitution), typing inside or right next to an
# insertion extends it, deleting inside one really deletes, and text inside a comment is
# edited directly. Deletions next to each other merge. Only the marks around the edit are
# rewritten; the rest of the text is copied unchanged.
#
# Work happens on a small "cell" model of the window: one cell per character with its state
# (plain/ins/del/com/hl) and the id of the mark it belongs to.


@dataclass(frozen=True)
class Recorded:
    text: str
    cursor: int  # where the caret goes (after typed text; before a deletion for Backspace)
    cursor_after: int  # where the caret goes for a forward Delete (after the deletion)
    recorded: bool = True  # False: the edit could not be expressed as markup and was made directly


def _has_token(s: str) -> bool:
    return any(t in s for t in _TOKENS)


class _Cell:
    __slots__ = ("ch", "state", "gid")

    def __init__(self, ch: str, state: str, gid: int | None) -> None:
        self.ch = ch
        self.state = state  # plain ins del com hl anchor caret
        self.gid = gid


_KIND_TO_G = {"insertion": "ins", "deletion": "del", "substitution": "sub", "comment": "com", "highlight": "hl"}
_G_DELIMS = {"ins": ("{++", "++}"), "del": ("{--", "--}"), "sub": ("{~~", "~~}"), "com": ("{>>", "<<}"), "hl": ("{==", "==}")}


class _Window:
    """Cells of ``text[w0:w1]`` plus a map from source offsets to (cell boundary, inside gid)."""

    def __init__(self, text: str, marks: list[Mark], w0: int, w1: int) -> None:
        self.cells: list[_Cell] = []
        self.kinds: dict[int, str] = {}
        self.w0 = w0
        # per source offset (relative) -> (boundary index, gid or None, zone)
        self.where: dict[int, tuple[int, int | None, str]] = {}
        pos = w0
        for gid, mark in enumerate(marks, start=1):
            self._plain(text, pos, mark.start)
            g = _KIND_TO_G[mark.kind]
            self.kinds[gid] = g
            self.where[mark.start] = (len(self.cells), None, "")
            cs = mark.content_start
            if g == "sub":
                old_end = cs + len(mark.old)
                self._content(cs, mark.old, "del", gid)
                new_start = old_end + 2
                for o in range(old_end, new_start):  # end of the old text and the "~>"
                    self.where[o] = (len(self.cells), gid, "new")
                self._content(new_start, mark.new, "ins", gid, zone="new")
                content_end = new_start + len(mark.new)
            else:
                content = {"ins": mark.new, "del": mark.old, "com": mark.comment, "hl": mark.old}[g]
                state = g
                self._content(cs, content, state, gid)
                content_end = cs + len(content)
            if not any(c.gid == gid for c in self.cells):
                self.cells.append(_Cell("", "anchor", gid))
            for o in range(mark.start + 1, cs):  # inside the opener: content start
                first_zone = "old" if g == "sub" else g
                self.where[o] = (self._first_index(gid), gid, first_zone)
            for o in range(content_end + 1, mark.end):  # inside the closer: content end
                self.where[o] = (len(self.cells), gid, "new" if g == "sub" else g)
            self.where[content_end] = (len(self.cells), gid, "new" if g == "sub" else g)
            pos = mark.end
        self._plain(text, pos, w1)
        self.where[w1] = (len(self.cells), None, "")

    def _first_index(self, gid: int) -> int:
        for i, c in enumerate(self.cells):
            if c.gid == gid:
                return i if c.state != "anchor" else i
        return len(self.cells)

    def _plain(self, text: str, a: int, b: int) -> None:
        for o in range(a, b):
            self.where[o] = (len(self.cells), None, "")
            self.cells.append(_Cell(text[o], "plain", None))

    def _content(self, cs: int, content: str, state: str, gid: int, zone: str = "") -> None:
        zone = zone or ("old" if state == "del" and self.kinds[gid] == "sub" else self.kinds[gid])
        for k, ch in enumerate(content):
            self.where[cs + k] = (len(self.cells), gid, zone)
            self.cells.append(_Cell(ch, state, gid))


def _serialize(cells: list[_Cell], kinds: dict[int, str]) -> tuple[str, dict[int, int]]:
    """Text of the cells and the offset of each caret cell (by list index)."""
    out: list[str] = []
    n = 0
    carets: dict[int, int] = {}
    pending_outside: list[int] = []
    i = 0
    real = [k for k, c in enumerate(cells) if c.state != "caret"]
    # group runs of real cells
    k = 0
    while k < len(real):
        idx = real[k]
        cell = cells[idx]
        # carets before this real cell that are outside any group
        for j in range(i, idx):
            if cells[j].gid is None:
                carets[j] = n
            else:
                pending_outside.append(j)
        i = idx
        if cell.gid is None:
            out.append(cell.ch)
            n += len(cell.ch)
            i = idx + 1
            k += 1
            continue
        gid = cell.gid
        kind = kinds[gid]
        opener, closer = _G_DELIMS[kind]
        out.append(opener)
        n += 3
        in_new = False
        run_end = k
        while run_end < len(real) and cells[real[run_end]].gid == gid:
            run_end += 1
        last_idx = real[run_end - 1]
        for j in range(idx, last_idx + 1):
            c = cells[j]
            if kind == "sub" and not in_new and (c.state == "ins" or (c.state == "caret" and c.gid == gid and _next_is_new(cells, j, gid))):
                out.append("~>")
                n += 2
                in_new = True
            if c.state == "caret":
                if c.gid == gid or c.gid is None:
                    carets[j] = n
                continue
            out.append(c.ch)
            n += len(c.ch)
        if kind == "sub" and not in_new:
            out.append("~>")
            n += 2
        # carets right after the run's last cell that belong inside the group
        j = last_idx + 1
        while j < len(cells) and cells[j].state == "caret" and cells[j].gid == gid:
            carets[j] = n
            j += 1
        out.append(closer)
        n += 3
        i = j
        k = run_end
    for j in range(i, len(cells)):
        carets[j] = n
    for j in pending_outside:
        carets.setdefault(j, n)
    return "".join(out), carets


def _next_is_new(cells: list[_Cell], j: int, gid: int) -> bool:
    for c in cells[j + 1 :]:
        if c.gid != gid and c.state != "caret":
            return True  # caret at the end of an old-only part: treat as start of the new part
        if c.gid == gid and c.state != "caret":
            return c.state == "ins"
    return True


def record_edit(text: str, start: int, end: int, new: str) -> Recorded:
    """Replace ``text[start:end]`` by ``new`` as a tracked change (see the section comment)."""
    start, end = sorted((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    if start == end and not new:
        return Recorded(text, start, start)
    marks = parse(text)
    near = [m for m in marks if m.start <= end and start <= m.end]
    w0 = min([start] + [m.start for m in near])
    w1 = max([end] + [m.end for m in near])
    win = _Window(text, near, w0, w1)
    result = _edit_window(win, start, end, new)
    if result is None:
        return _direct(text, start, end, new)
    window_text, cursor, cursor_after = result
    out = text[:w0] + window_text + text[w1:]
    cursor += w0
    cursor_after += w0
    # the spliced text must still mean the same outside the window (an unclosed opener before
    # the window could swallow the new markup): check and fall back to a direct edit
    if reject_all(out) != reject_all(text) or accept_all(out) != (
        accept_all(text[:w0]) + accept_all(window_text) + accept_all(text[w1:])
    ):
        return _direct(text, start, end, new)
    return Recorded(out, cursor, cursor_after)


def _direct(text: str, start: int, end: int, new: str) -> Recorded:
    """The edit made as typed, but never splitting the delimiters of an existing mark."""
    marks = parse(text)
    # both ends move inwards out of a delimiter, so the edit never removes more than was selected
    start = _outside_delimiters(marks, start)
    end = max(start, _outside_delimiters(marks, end, after=False))
    c = start + len(new)
    return Recorded(text[:start] + new + text[end:], c, c, recorded=False)


def _outside_delimiters(marks: list[Mark], pos: int, after: bool = True) -> int:
    """``pos`` moved out of any mark delimiter: past the mark (``after``) or before it."""
    for m in marks:
        if m.start < pos < m.end:
            cs, ce = m.content_start, m.end - 3
            if pos < cs or pos > ce:
                return m.end if after else m.start
            if m.kind == "substitution":
                sep = cs + len(m.old)
                if sep < pos < sep + 2:
                    return sep + 2 if after else sep
            return pos
    return pos


def _edit_window(win: _Window, start: int, end: int, new: str) -> tuple[str, int, int] | None:
    cells, kinds = win.cells, win.kinds
    bs, gs, zs = win.where[start]
    be, ge, ze = win.where[end]
    # 1. an edit entirely inside one editable content (an insertion, a substitution's new
    #    text, a comment): edit that content directly
    if gs is not None and gs == ge and zs == ze and zs in ("ins", "new", "com"):
        if _has_token(new):
            return None
        state = "com" if zs == "com" else "ins"
        del cells[bs:be]
        new_cells = [_Cell(ch, state, gs) for ch in new]
        cells[bs:bs] = new_cells + [_Cell("", "caret", gs)]
        caret_index = bs + len(new_cells)
        if zs != "com" and not any(c.gid == gs and c.state in ("ins", "del") for c in cells):
            # the insertion is now empty: drop it
            cells[:] = [c for c in cells if c.gid != gs or c.state == "caret"]
            cells[caret_index - len(new_cells)].gid = None
        elif zs == "new" and not any(c.gid == gs and c.state == "ins" for c in cells):
            kinds[gs] = "del"  # a substitution without new text is a deletion
        text, carets = _serialize(cells, kinds)
        pos = carets[caret_index]
        return text, pos, pos
    if _has_token(new):
        return None
    # 2. highlights touched by the edit dissolve into plain text (their comment stays)
    touched_hl = {c.gid for c in cells[max(0, bs - 1) : be + 1] if c.gid is not None and kinds[c.gid] == "hl"}
    for g in (gs, ge):
        if g is not None and kinds[g] == "hl":
            touched_hl.add(g)
    for c in cells:
        if c.gid in touched_hl:
            c.gid = None
            c.state = "plain" if c.state != "anchor" else "anchor"
    cells[:] = [c for c in cells if not (c.state == "anchor" and c.gid is None)]
    # recompute boundaries after dropping anchors
    bs = _recount(win, start, cells)
    be = _recount(win, end, cells)
    next_gid = max(kinds, default=0) + 1
    deleted_gids: list[int] = []
    first_del: _Cell | None = None
    last_del: _Cell | None = None
    out_cells: list[_Cell] = cells[:bs]
    caret_before = _Cell("", "caret", None)
    out_cells.append(caret_before)
    cur_new_gid: int | None = None
    for c in cells[bs:be]:
        if c.state == "plain":
            if cur_new_gid is None:
                cur_new_gid = next_gid
                next_gid += 1
                kinds[cur_new_gid] = "del"
                deleted_gids.append(cur_new_gid)
            c.state, c.gid = "del", cur_new_gid
            out_cells.append(c)
            first_del = first_del or c
            last_del = c
            continue
        cur_new_gid = None
        if c.state == "ins":
            continue  # the writer's own suggested text: really removed
        out_cells.append(c)  # deletions, comments, anchors stay
    caret_after = _Cell("", "caret", None)
    out_cells.append(caret_after)
    out_cells.extend(cells[be:])
    cells = out_cells
    # empty insertions/substitution-new parts left by removal
    _drop_empty(cells, kinds)
    typed_caret: _Cell | None = None
    if new:
        new_cells = [_Cell(ch, "ins", None) for ch in new]
        typed_caret = _Cell("", "caret", None)
        if last_del is not None and start != end:
            # right after the last new deletion
            k = max(i for i, c in enumerate(cells) if c is last_del) + 1
        else:
            k = cells.index(caret_after)
            if start == end and gs is not None and gs == ge and kinds.get(gs) in ("del", "sub", "com") and zs in ("del", "old", "com", "sub", "new"):
                # typing inside something that cannot hold it: after that mark's deleted text
                idxs = [i for i, c in enumerate(cells) if c.gid == gs and c.state != "caret"]
                if idxs:
                    if kinds[gs] == "sub":
                        news = [i for i in idxs if cells[i].state == "ins"]
                        k = (news[-1] + 1) if news else idxs[-1] + 1
                    else:
                        k = idxs[-1] + 1
        prev = _prev_real(cells, k)
        nxt = _next_real(cells, k)
        target: int | None = None
        if prev is not None and prev.gid is not None and kinds[prev.gid] in ("ins", "sub", "del"):
            target = prev.gid
            if kinds[target] == "del":
                if _has_token_del(cells, target):
                    target = None
                else:
                    kinds[target] = "sub"
        if target is None and nxt is not None and nxt.gid is not None and kinds[nxt.gid] in ("ins", "sub", "del"):
            g = nxt.gid
            if kinds[g] == "del" and not _has_token_del(cells, g):
                kinds[g] = "sub"
                target = g
                k = max(i for i, c in enumerate(cells) if c.gid == g and c.state != "caret") + 1
            elif kinds[g] == "ins":
                target = g
            elif kinds[g] == "sub":
                target = g
                olds = [i for i, c in enumerate(cells) if c.gid == g and c.state == "del"]
                k = (olds[-1] + 1) if olds else k
        if target is None:
            target = next_gid
            kinds[target] = "ins"
        for c in new_cells:
            c.gid = target
        typed_caret.gid = target
        cells[k:k] = new_cells + [typed_caret]
    _merge_adjacent(cells, kinds)
    text, carets = _serialize(cells, kinds)
    index = {id(c): i for i, c in enumerate(cells)}
    if typed_caret is not None:
        pos = carets[index[id(typed_caret)]]
        return text, pos, pos
    before = carets[index[id(caret_before)]]
    after = carets[index[id(caret_after)]]
    return text, before, after


def _has_token_del(cells: list[_Cell], gid: int) -> bool:
    return "~>" in "".join(c.ch for c in cells if c.gid == gid)


def _recount(win: _Window, offset: int, cells: list[_Cell]) -> int:
    # boundary index of a source offset after anchors of dissolved highlights were dropped
    b, _, _ = win.where[offset]
    original = win.cells
    target = original[b] if b < len(original) else None
    if target is None:
        return len(cells)
    for i, c in enumerate(cells):
        if c is target:
            return i
    # the target cell was a dropped anchor: the next surviving cell
    for later in original[b + 1 :]:
        for i, c in enumerate(cells):
            if c is later:
                return i
    return len(cells)


def _prev_real(cells: list[_Cell], k: int) -> _Cell | None:
    for c in reversed(cells[:k]):
        if c.state != "caret":
            return c
    return None


def _next_real(cells: list[_Cell], k: int) -> _Cell | None:
    for c in cells[k:]:
        if c.state != "caret":
            return c
    return None


def _drop_empty(cells: list[_Cell], kinds: dict[int, str]) -> None:
    present: dict[int, set[str]] = {}
    for c in cells:
        if c.gid is not None:
            present.setdefault(c.gid, set()).add(c.state)
    for gid, states in present.items():
        kind = kinds[gid]
        if kind == "ins" and "ins" not in states and "anchor" not in states:
            for c in cells:
                if c.gid == gid:
                    c.gid = None  # only carets are left
        elif kind == "sub" and "ins" not in states:
            kinds[gid] = "del"


def _merge_adjacent(cells: list[_Cell], kinds: dict[int, str]) -> None:
    """Deletion next to deletion -> one; deletion followed by insertion -> substitution."""
    real = [c for c in cells if c.state != "caret"]
    for a, b in zip(real, real[1:], strict=False):
        if a.gid is None or b.gid is None or a.gid == b.gid:
            continue
        ka, kb = kinds[a.gid], kinds[b.gid]
        if a.state == "anchor" or b.state == "anchor":
            continue
        if ka == "del" and kb == "del":
            _regroup(cells, b.gid, a.gid)
        elif ka == "del" and kb in ("ins", "sub") and not _has_token_del(cells, a.gid):
            # {--x--}{++y++} -> {~~x~>y~~};  {--x--}{~~a~>b~~} -> {~~xa~>b~~}
            old_gid = b.gid
            kinds[a.gid] = "sub"
            _regroup(cells, old_gid, a.gid)
        elif ka == "ins" and kb == "ins":
            _regroup(cells, b.gid, a.gid)


def _regroup(cells: list[_Cell], src: int, dst: int) -> None:
    for c in cells:
        if c.gid == src:
            c.gid = dst


def _live_char(text: str, pos: int, direction: int) -> tuple[int, int] | None:
    """The source range of the nearest character Backspace (-1) / Delete (+1) would remove,
    skipping markup delimiters and text that is already deleted."""
    marks = parse(text)
    inside = next((m for m in marks if m.start < pos < m.end), None)
    # inside a comment's content: edit the comment
    if inside is not None and inside.kind == "comment":
        cs, ce = inside.content_start, inside.end - 3
        if cs <= pos <= ce:
            if direction < 0 and pos > cs:
                return pos - 1, pos
            if direction > 0 and pos < ce:
                return pos, pos + 1
            return None
    live: list[tuple[int, int]] = []  # editable source ranges near pos, in order
    for m in marks:
        cs = m.content_start
        if m.kind == "insertion":
            live.append((cs, cs + len(m.new)))
        elif m.kind == "substitution":
            ns = cs + len(m.old) + 2
            live.append((ns, ns + len(m.new)))
        elif m.kind == "highlight":
            live.append((cs, cs + len(m.old)))
    # plain text between marks is live too
    pos0 = 0
    for m in marks:
        live.append((pos0, m.start))
        pos0 = m.end
    live.append((pos0, len(text)))
    live = sorted((a, b) for a, b in live if b > a)
    if direction < 0:
        for a, b in reversed(live):
            if a < pos:
                c = min(pos, b)
                return c - 1, c
        return None
    for a, b in live:
        if b > pos:
            c = max(pos, a)
            return c, c + 1
    return None


def record_backspace(text: str, pos: int) -> Recorded:
    """Backspace at ``pos`` in review mode (no selection)."""
    rng = _live_char(text, pos, -1)
    if rng is None:
        return Recorded(text, pos, pos)
    return record_edit(text, rng[0], rng[1], "")


def record_delete(text: str, pos: int) -> Recorded:
    """Forward Delete at ``pos`` in review mode (no selection); the caret ends after the mark."""
    rng = _live_char(text, pos, +1)
    if rng is None:
        return Recorded(text, pos, pos)
    r = record_edit(text, rng[0], rng[1], "")
    return Recorded(r.text, r.cursor_after, r.cursor_after, r.recorded)


def suggest(text: str, start: int, end: int, replacement: str) -> Recorded:
    """A check issue's replacement as a suggestion: ``{~~old~>new~~}`` (or insertion/deletion)."""
    return record_edit(text, start, end, replacement)


# ============================================================================================
# Checks and preflight


def has_markup(text: str) -> bool:
    return "{" in text and bool(_OPEN_RE.search(text)) and bool(parse(text))


def map_issues(view: AcceptedView, issues: Iterable[Issue], source_len: int) -> list[Issue]:
    """Issues found on ``view.text`` with their offsets moved to the source text."""
    out: list[Issue] = []
    n = len(view.text)
    for issue in issues:
        start = view.to_source(issue.start) if issue.start < n else source_len
        end = view.to_source(issue.end - 1) + 1 if issue.end > issue.start else start
        out.append(replace(issue, start=start, end=max(start, end)))
    return out


def check_accepted(text: str, run_checks: Callable[[str], Sequence[Issue]]) -> list[Issue]:
    """Run ``run_checks`` on the text as it reads with every suggestion accepted (comments
    removed) and map the issues back to source offsets. The markup itself is never checked."""
    if not has_markup(text):
        return list(run_checks(text))
    view = accepted_view(text)
    return map_issues(view, run_checks(view.text), len(text))


class _HasIssues(Protocol):
    issues: list[Issue]


R = TypeVar("R", bound=_HasIssues)


def check_accepted_result(text: str, run: Callable[[str], R]) -> R:
    """Like ``check_accepted`` for functions returning an object with ``.issues`` (a
    ``pipeline.CheckResult``): the same object comes back with mapped issues."""
    if not has_markup(text):
        return run(text)
    view = accepted_view(text)
    result = run(view.text)
    result.issues = map_issues(view, result.issues, len(text))
    return result


P = ParamSpec("P")
T = TypeVar("T")


def on_accepted_text(fn: Callable[Concatenate[str, P], T]) -> Callable[Concatenate[str, P], T]:
    """Decorator for check entry points ``fn(text, ...)`` returning a list of issues or an
    object with ``.issues``: they then run on the accepted view and report source offsets."""

    @functools.wraps(fn)
    def wrapper(text: str, /, *args: P.args, **kwargs: P.kwargs) -> T:
        if not has_markup(text):
            return fn(text, *args, **kwargs)
        view = accepted_view(text)
        result = fn(view.text, *args, **kwargs)
        if isinstance(result, list):
            return map_issues(view, result, len(text))  # type: ignore[return-value]
        issues = getattr(result, "issues", None)
        if isinstance(issues, list):
            result.issues = map_issues(view, issues, len(text))  # type: ignore[attr-defined]
        return result

    return wrapper


def review_blockers(text: str) -> list[Finding]:
    """Preflight findings: every unresolved suggestion or comment blocks publishing."""
    from editor_app.core.publishing.preflight import Finding

    marks = parse(text)
    found: list[Finding] = []
    thread_list = threads(text, marks)
    in_thread = {c.mark.start: t for t in thread_list for c in t.comments}
    seen_threads: set[int] = set()
    for m in marks:
        if m.is_suggestion:
            found.append(Finding("review_suggestion", "block", _describe_suggestion(m), m.start, m.end, "review"))
        elif m.kind == "comment":
            t = in_thread[m.start]
            if t.start in seen_threads:
                continue
            seen_threads.add(t.start)
            first = t.first
            who = f" from {first.author}" if first.author else ""
            replies = len(t.comments) - 1
            more = f" ({replies} repl{'y' if replies == 1 else 'ies'})" if replies else ""
            if t.resolved:
                found.append(
                    Finding(
                        "review_comment_resolved",
                        "info",
                        f"Resolved comment{who}: “{_snippet(first.body)}”{more} is left out of the published text.",
                        t.start,
                        t.end,
                        "review",
                    )
                )
            else:
                found.append(
                    Finding(
                        "review_comment",
                        "block",
                        f"Unresolved comment{who}: “{_snippet(first.body)}”{more}. Reply and resolve it, or delete it.",
                        t.start,
                        t.end,
                        "review",
                    )
                )
    return found


def _snippet(s: str, limit: int = 60) -> str:
    s = " ".join(s.split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _describe_suggestion(m: Mark) -> str:
    if m.kind == "insertion":
        what = f"Suggested insertion “{_snippet(m.new)}”"
    elif m.kind == "deletion":
        what = f"Suggested deletion of “{_snippet(m.old)}”"
    else:
        what = f"Suggested change “{_snippet(m.old)}” → “{_snippet(m.new)}”"
    return what + " is neither accepted nor rejected yet."


def describe(m: Mark) -> str:
    """A one-line, writer-facing description of a mark (status bars, lists, tooltips)."""
    if m.is_suggestion:
        return _describe_suggestion(m).replace(" is neither accepted nor rejected yet.", "")
    if m.kind == "comment":
        c = parse_comment(m)
        who = f"{c.author}: " if c.author else ""
        return ("[resolved] " if c.resolved else "") + f"Comment {who}“{_snippet(c.body)}”"
    return f"Highlight “{_snippet(m.old)}”"


def accept_mark_edits(text: str, marks: Sequence[Mark], accept_: bool) -> list[tuple[int, int, str]]:
    """(start, end, replacement) edits, last first, that accept/reject the given marks; the UI
    applies them inside one undo step."""
    edits = [(m.start, m.end, m.new if accept_ else m.old) for m in marks if m.is_suggestion]
    return sorted(edits, reverse=True)


# ============================================================================================
# Recording a change the widget already made (paste, drop, replace all …)


def common_span(old: str, new: str) -> tuple[int, int, int]:
    """(start, old_end, new_end): the smallest ``old[start:old_end]`` -> ``new[start:new_end]``."""
    n = min(len(old), len(new))
    lo, hi = 0, n
    while lo < hi:  # longest common prefix by bisection on slices (C-speed compares)
        mid = (lo + hi + 1) // 2
        if old[:mid] == new[:mid]:
            lo = mid
        else:
            hi = mid - 1
    prefix = lo
    lo, hi = 0, n - prefix
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if old[len(old) - mid :] == new[len(new) - mid :]:
            lo = mid
        else:
            hi = mid - 1
    return prefix, len(old) - lo, len(new) - lo


_TOKEN_RE = re.compile(r"\w+|\s+|[^\w\s]")


def record_change(before: str, after: str, selection: tuple[int, int] | None, caret: int) -> Recorded:
    """Record the change from ``before`` to ``after`` as markup. A single edit (typing, paste
    over a selection) becomes one mark; a spread-out change that no selection explains (replace
    all, fix all) is split word by word so each change gets its own small mark."""
    s, e, new, exact = _intent(before, after, selection, caret)
    if exact or (e - s) < 40 or len(new) < 40 or (e - s) + len(new) > 200_000:
        return record_edit(before, s, e, new)
    a_tokens = _TOKEN_RE.findall(before[s:e])
    b_tokens = _TOKEN_RE.findall(new)
    a_off = [s]
    for t in a_tokens:
        a_off.append(a_off[-1] + len(t))
    edits: list[tuple[int, int, str]] = []
    matcher = difflib.SequenceMatcher(None, a_tokens, b_tokens, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            edits.append((a_off[i1], a_off[i2], "".join(b_tokens[j1:j2])))
    text = before
    cursor = caret
    recorded = True
    for es, ee, enew in reversed(edits):  # back to front: earlier offsets stay valid
        rec = record_edit(text, es, ee, enew)
        text, cursor, recorded = rec.text, rec.cursor, recorded and rec.recorded
    return Recorded(text, cursor, cursor, recorded)


def _intent(
    before: str, after: str, selection: tuple[int, int] | None, caret: int
) -> tuple[int, int, str, bool]:
    """What the widget did to ``before`` to get ``after``: replace ``before[s:e]`` by ``new``
    (and whether the old selection or the new caret explains it exactly).

    Several explanations fit a change inside repeated characters; the one that agrees with the
    old selection or the new caret is chosen, so markup lands where the writer worked."""
    d = len(after) - len(before)
    if selection is not None:
        a, b = selection
        k = d + (b - a)
        if k >= 0 and a + k <= len(after) and after[:a] == before[:a] and after[a + k :] == before[b:]:
            return a, b, after[a : a + k], True
    if d > 0 and caret - d >= 0 and after[: caret - d] + after[caret:] == before:
        return caret - d, caret - d, after[caret - d : caret], True
    if d < 0 and before[:caret] + before[caret - d :] == after:
        return caret, caret - d, "", True
    s, e_old, e_new = common_span(before, after)
    if e_old > s and e_new > s:
        # a replacement found by diffing: widen it to whole words ("teh" -> "the", not "eh" -> "he")
        while s > 0 and before[s - 1].isalnum():
            s -= 1
        while e_old < len(before) and before[e_old].isalnum():
            e_old += 1
            e_new += 1
    return s, e_old, after[s:e_new], False
