""""Export review": one standalone HTML page with the changes, comments and remaining check issues
per section, for an editor to send to a writer who does not use this app.

``build_report(text, *, title=None, issues=(), source_name="") -> str``

Sections are the document's ATX headings (``#`` … ``######``, outside fenced code); text before
the first heading is "Start of the document". Every item shows its line number, what changes
(deleted text struck through in red, new text underlined in green), and a little of the text
around it as it reads with the other suggestions accepted. ``issues`` are check issues in source
offsets (see ``review.check_accepted``). At the end, the whole text is shown with the changes
marked (as the preview's "markup" mode). The page has no scripts and no external resources.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from editor_app.core import frontmatter, review
from editor_app.core.checks.base import Issue

_HEADING_RE = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_FENCE_RE = re.compile(r"^ {0,3}(```|~~~)")

_CSS = """
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;max-width:52rem;
margin:2rem auto;padding:0 1rem;color:#1f2328;background:#fff}
h1{font-size:1.6rem;margin-bottom:.2rem} h2{font-size:1.2rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1rem;margin:1rem 0 .3rem;color:#57606a}
.summary{color:#57606a} .summary b{color:#1f2328}
ol{padding-left:1.4rem} li{margin:.35rem 0}
.line{color:#8c959f;font-size:.85em;margin-right:.4rem}
ins{background:rgba(46,160,67,.18);text-decoration:underline;text-decoration-color:#2ea043}
del{background:rgba(218,54,51,.15);text-decoration:line-through;text-decoration-color:#da3633}
.ctx{color:#57606a} .comment{background:#fff8d6;border-left:3px solid #e3c35a;padding:.3rem .6rem;border-radius:4px}
.comment.resolved{background:#f3f3f3;border-left-color:#ccc;color:#666}
.reply{margin-left:1.2rem} .who{font-weight:600} .issue .msg{font-weight:500}
.fix{color:#1a7f37} .none{color:#8c959f;font-style:italic}
.legend{font-size:.9em;color:#57606a;border:1px solid #d0d7de;border-radius:6px;padding:.5rem .8rem}
.fulltext{margin-top:3rem} .fulltext h2{color:#57606a}
"""


@dataclass
class Section:
    title: str
    level: int
    start: int  # source offset of the heading line (0 for the start of the document)
    end: int = 0
    changes: list[review.Mark] = field(default_factory=list)
    threads: list[review.Thread] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.changes or self.threads or self.issues)


def sections(text: str) -> list[Section]:
    """Sections of the body by ATX heading (headings inside fenced code are not headings)."""
    body_start = frontmatter.split(text).body_offset
    out = [Section("Start of the document", 0, 0)]
    in_fence = ""
    pos = body_start
    for line in text[body_start:].splitlines(keepends=True):
        fence = _FENCE_RE.match(line)
        if fence:
            in_fence = "" if in_fence and line.lstrip().startswith(in_fence) else (in_fence or fence.group(1))
        elif not in_fence:
            m = _HEADING_RE.match(line.rstrip("\r\n"))
            if m:
                title = review.accept_all(m.group(2)).strip() or "(untitled)"
                out.append(Section(title, len(m.group(1)), pos))
        pos += len(line)
    for a, b in zip(out, out[1:], strict=False):
        a.end = b.start
    out[-1].end = len(text)
    return out


def _section_for(secs: list[Section], offset: int) -> Section:
    for s in reversed(secs):
        if s.start <= offset:
            return s
    return secs[0]


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _context(text: str, start: int, end: int, width: int = 60) -> tuple[str, str]:
    before = review.accept_all(text[max(0, start - width * 2) : start])
    after = review.accept_all(text[end : end + width * 2])
    before = " ".join(before.split("\n\n")[-1].split())[-width:]
    after = " ".join(after.split("\n\n")[0].split())[:width]
    if before and " " in before and start > width:
        before = "…" + before[before.index(" ") :]
    if after and " " in after and len(after) == width:
        after = after[: after.rindex(" ")] + " …"
    return before, after


def _esc(s: str) -> str:
    return html.escape(s).replace("\n", "↵<br>")


def _change_html(text: str, m: review.Mark) -> str:
    before, after = _context(text, m.start, m.end)
    if m.kind == "insertion":
        label, core = "Insert", f"<ins>{_esc(m.new)}</ins>"
    elif m.kind == "deletion":
        label, core = "Delete", f"<del>{_esc(m.old)}</del>"
    else:
        label, core = "Replace", f"<del>{_esc(m.old)}</del> → <ins>{_esc(m.new)}</ins>"
    return (
        f'<li><span class="line">line {_line(text, m.start)}</span><b>{label}</b>: '
        f'<span class="ctx">{html.escape(before)}</span>{core}<span class="ctx">{html.escape(after)}</span></li>'
    )


def _thread_html(text: str, t: review.Thread) -> str:
    anchor = ""
    if t.anchor is not None:
        anchor = f" on “<mark>{_esc(t.anchor.old)}</mark>”"
    else:
        before, _ = _context(text, t.start, t.end, 40)
        if before:
            anchor = f' after “<span class="ctx">{html.escape(before)}</span>”'
    state = " resolved" if t.resolved else ""
    rows = []
    for i, c in enumerate(t.comments):
        who = f'<span class="who">{html.escape(c.author)}</span>: ' if c.author else ""
        cls = ' class="reply"' if i else ""
        rows.append(f"<div{cls}>{who}{_esc(c.body)}</div>")
    status = " <i>(resolved)</i>" if t.resolved else ""
    return (
        f'<li><span class="line">line {_line(text, t.start)}</span>Comment{anchor}{status}'
        f'<div class="comment{state}">{"".join(rows)}</div></li>'
    )


def _issue_html(text: str, issue: Issue) -> str:
    flagged = review.accept_all(text[issue.start : issue.end])
    fixes = ""
    if issue.replacements:
        options = ", ".join(f"“{html.escape(r)}”" if r.strip() else "remove it" for r in issue.replacements[:3])
        fixes = f' <span class="fix">Suggested: {options}</span>'
    return (
        f'<li class="issue"><span class="line">line {_line(text, issue.start)}</span>'
        f'“{_esc(flagged)}” — <span class="msg">{html.escape(issue.message)}</span>{fixes}</li>'
    )


def build_report(
    text: str,
    *,
    title: str | None = None,
    issues: Sequence[Issue] = (),
    source_name: str = "",
    include_text: bool = True,
) -> str:
    marks = review.parse(text)
    secs = sections(text)
    for m in marks:
        if m.is_suggestion:
            _section_for(secs, m.start).changes.append(m)
    all_threads = review.threads(text, marks)
    for t in all_threads:
        _section_for(secs, t.start).threads.append(t)
    for issue in sorted(issues):
        _section_for(secs, issue.start).issues.append(issue)
    if title is None:
        title = str(frontmatter.parse(text).get("title") or "") if _safe_fm(text) else ""
        title = title or next((s.title for s in secs if s.level == 1), "") or source_name or "Document"
    n_ins = sum(m.kind == "insertion" for m in marks)
    n_del = sum(m.kind == "deletion" for m in marks)
    n_sub = sum(m.kind == "substitution" for m in marks)
    n_open = sum(not t.resolved for t in all_threads)
    n_res = len(all_threads) - n_open
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Review: {html.escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>Review: {html.escape(title)}</h1>",
        f'<p class="summary">{html.escape(source_name) + " — " if source_name else ""}'
        f"<b>{n_sub}</b> replacements, <b>{n_ins}</b> insertions, <b>{n_del}</b> deletions, "
        f"<b>{n_open}</b> open comments ({n_res} resolved), <b>{len(issues)}</b> remaining check issues.</p>",
        '<p class="legend">How to read this: <del>struck-through red</del> text is suggested for removal, '
        "<ins>underlined green</ins> text is suggested as new. Grey text around a change is there for "
        "context. Line numbers refer to the Markdown file.</p>",
    ]
    shown = [s for s in secs if not s.empty]
    if not shown:
        parts.append('<p class="none">No suggestions, comments or check issues.</p>')
    for s in shown:
        parts.append(f'<section><h2><span class="line">line {_line(text, s.start)}</span>{html.escape(s.title)}</h2>')
        if s.changes:
            parts.append("<h3>Changes</h3><ol>" + "".join(_change_html(text, m) for m in s.changes) + "</ol>")
        if s.threads:
            parts.append("<h3>Comments</h3><ol>" + "".join(_thread_html(text, t) for t in s.threads) + "</ol>")
        if s.issues:
            parts.append("<h3>Check issues</h3><ol>" + "".join(_issue_html(text, i) for i in s.issues) + "</ol>")
        parts.append("</section>")
    if include_text and marks:
        parts.append(f'<section class="fulltext"><h2>The text with the changes</h2>{_full_text(text)}</section>')
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _full_text(text: str) -> str:
    """The body rendered as the preview's "markup" mode shows it (sanitised by the renderer)."""
    from editor_app.core import rendering, review_render

    body = frontmatter.split(text).body
    return rendering.render(review_render.preprocess(body, "markup")).html


def _safe_fm(text: str) -> bool:
    try:
        frontmatter.parse(text)
    except Exception:  # broken front matter must not stop the report
        return False
    return True
