"""CriticMarkup -> HTML for the preview: a text-to-text step run before Markdown rendering.

``preprocess(text, mode)`` takes the whole file text (front matter included) and returns text for
``core.rendering.render``:

- ``"markup"``: suggestions become inline HTML that Markdown keeps: ``<ins>`` (green),
  ``<del>`` (red, struck through), a substitution is ``<del>`` + ``<ins>``, a highlight is
  ``<mark>``, a comment thread is a bubble ``<span class="critic-comment">`` with its authors.
  Markdown inside the marks still renders (``{++*new*++}`` is an emphasised insertion). Line
  numbers do not change (newlines are kept, a mark spanning paragraphs is closed and reopened
  in each), so the preview's sync scroll line map stays right. Markup inside fenced code is
  left as it is (code shows its source).
- ``"final"``: the text as it reads with every suggestion accepted and comments removed.
  (Multi-line suggestions shift later line numbers by the lines they add or remove.)
- ``"source"`` (or anything else): unchanged.

Styles are inline (``style=``) so the page needs no extra stylesheet; classes
``critic-ins/critic-del/critic-mark/critic-comment`` are there for themes.
"""

from __future__ import annotations

import html
import re
from typing import Literal

from editor_app.core import frontmatter, review

Mode = Literal["markup", "final", "source"]

INS_STYLE = "background:rgba(46,160,67,.18);color:inherit;text-decoration:underline;text-decoration-color:#2ea043"
DEL_STYLE = "background:rgba(218,54,51,.15);color:inherit;text-decoration:line-through;text-decoration-color:#da3633"
MARK_STYLE = "background:rgba(255,200,0,.35);color:inherit"
COMMENT_STYLE = (
    "display:inline-block;background:#fff4c2;color:#4a3b00;border:1px solid #e3c35a;"
    "border-radius:9px;padding:0 6px;margin:0 2px;font-size:80%;line-height:1.4;vertical-align:middle"
)
RESOLVED_STYLE = COMMENT_STYLE.replace("#fff4c2", "#eeeeee").replace("#4a3b00", "#666666").replace("#e3c35a", "#cccccc")

_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_PARA_BREAK_RE = re.compile(r"\n[ \t]*\n")


def preprocess(text: str, mode: str = "markup") -> str:
    """The text to hand to the Markdown renderer for this preview mode."""
    if mode not in ("markup", "final") or "{" not in text:
        return text
    parts = frontmatter.split(text)
    body = parts.body
    if not review.parse(body):
        return text
    if mode == "final":
        return parts.raw + review.accept_all(body)
    return parts.raw + _markup(body)


def _fenced_ranges(body: str) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    pos = 0
    open_at = -1
    fence = ""
    for line in body.splitlines(keepends=True):
        m = _FENCE_RE.match(line)
        if open_at < 0 and m:
            open_at, fence = pos, m.group(1)
        elif open_at >= 0 and line.strip().startswith(fence[0] * len(fence)) and not line.strip().strip(fence[0]):
            ranges.append((open_at, pos + len(line)))
            open_at = -1
        pos += len(line)
    if open_at >= 0:
        ranges.append((open_at, len(body)))
    return ranges


def _wrap(content: str, tag: str, cls: str, style: str) -> str:
    """``<tag>content</tag>``, closed and reopened around blank lines so paragraphs survive."""
    if not content:
        return ""
    pieces: list[str] = []
    pos = 0
    for m in _PARA_BREAK_RE.finditer(content):
        pieces.append(_one(content[pos : m.start()], tag, cls, style))
        pieces.append(m.group(0))
        pos = m.end()
    pieces.append(_one(content[pos:], tag, cls, style))
    return "".join(pieces)


def _one(chunk: str, tag: str, cls: str, style: str) -> str:
    if not chunk.strip():
        return chunk
    return f'<{tag} class="{cls}" style="{style}">{chunk}</{tag}>'


def _bubble(thread: review.Thread) -> str:
    parts: list[str] = []
    for c in thread.comments:
        body = html.escape(" ".join(c.body.split()))
        who = f"<b>{html.escape(c.author)}</b>: " if c.author else ""
        parts.append(who + body)
    # text glyphs every font has: an emoji shows as a missing-glyph box without an emoji font
    icon = "✓" if thread.resolved else "¶"
    style = RESOLVED_STYLE if thread.resolved else COMMENT_STYLE
    cls = "critic-comment critic-resolved" if thread.resolved else "critic-comment"
    # keep the thread's newlines so line numbers after it stay right
    newlines = "".join(c.mark.comment for c in thread.comments).count("\n")
    joined = " · ".join(parts)
    return f'<span class="{cls}" style="{style}">{icon} {joined}</span>' + "\n" * newlines


def _markup(body: str) -> str:
    marks = review.parse(body)
    fences = _fenced_ranges(body)
    thread_by_start = {t.comments[0].mark.start: t for t in review.threads(body, marks)}
    in_later_comment = {c.mark.start for t in thread_by_start.values() for c in t.comments[1:]}
    out: list[str] = []
    pos = 0
    for m in marks:
        if any(a <= m.start < b for a, b in fences):
            continue
        out.append(body[pos : m.start])
        pos = m.end
        if m.kind == "insertion":
            out.append(_wrap(m.new, "ins", "critic-ins", INS_STYLE))
        elif m.kind == "deletion":
            out.append(_wrap(m.old, "del", "critic-del", DEL_STYLE))
        elif m.kind == "substitution":
            out.append(_wrap(m.old, "del", "critic-del", DEL_STYLE) + _wrap(m.new, "ins", "critic-ins", INS_STYLE))
        elif m.kind == "highlight":
            out.append(_wrap(m.old, "mark", "critic-mark", MARK_STYLE))
        elif m.start in thread_by_start:
            out.append(_bubble(thread_by_start[m.start]))
        elif m.start in in_later_comment:
            continue
    out.append(body[pos:])
    return "".join(out)
