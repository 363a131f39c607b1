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
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Literal

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
