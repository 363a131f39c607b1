"""Preflight: what must be fixed (or explicitly overridden) before a publish, and what is worth a look.

``run_preflight(text, doc_path, site=None, *, issues=None, prepared=None) -> PreflightReport``

Blocking (``severity == "block"``): chatbot leftovers, web boilerplate pasted with the text, and
TODO/FIXME/TK markers. Warnings: every other check issue, images without alt text, missing
images, no featured image or excerpt (when the site supports them), images larger than the site
maximum (they are shrunk, but the writer may want to crop), and a slug already used by another
post on the site. Every finding has ``start``/``end`` offsets into the *whole* document text
(editor positions), so a click can jump to it.

Check issues come from ``issues`` when the caller already has them (the editor's live
checks), else from the checks registry (``editor_app.core.checks.registry``, fast local
checkers only). If that registry is not available, a small built-in list of chatbot and
boilerplate phrases is used so that preflight never silently lets such text through.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from editor_app.core import frontmatter
from editor_app.core.checks.base import Issue
from editor_app.core.publishing.base import PublishError, Site

Severity = Literal["block", "warning", "info"]
BLOCKING_CATEGORIES = frozenset({"chatbot_leftover", "web_boilerplate", "todo"})


@dataclass(frozen=True)
class Finding:
    code: str  # chatbot_leftover | web_boilerplate | todo | check | missing_alt | missing_image |
    #            no_featured_image | no_excerpt | oversized_image | slug_taken | front_matter | not_checked
    severity: Severity
    message: str
    start: int
    end: int
    rule: str = ""

    def line_col(self, text: str) -> tuple[int, int]:
        line = text.count("\n", 0, self.start) + 1
        col = self.start - (text.rfind("\n", 0, self.start) + 1) + 1
        return line, col


@dataclass
class PreflightReport:
    findings: list[Finding] = field(default_factory=list)
    checks_source: str = ""  # "editor", "registry" or "fallback"

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "block"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    def may_publish(self, override: bool = False) -> bool:
        return override or not self.blocking


# --------------------------------------------------------------------------------------------
# Fallback phrase lists (used only without the checks registry)

_CHATBOT = [
    r"would you (?:be interested in|like me to)\b[^\n]*\?",
    r"\b(?:i hope this helps|hope this helps)\b[^\n]*",
    r"\bas an ai(?: language model)?\b[^\n]*",
    r"\blet me know if you(?:'d| would)? (?:like|want|need)\b[^\n]*",
    r"^(?:certainly|sure|absolutely|of course)[!,.] (?:here(?:'s| is)|below is)\b[^\n]*",
    r"^here(?:'s| is) (?:a|an|the|your) (?:revised |rewritten |draft |short )?(?:article|version|draft|summary|blog post)\b[^\n]*",
    r"\bi(?:'d| would) be (?:happy|glad) to\b[^\n]*",
    r"\bfeel free to (?:ask|let me know|reach out)\b[^\n]*",
    r"\bif you(?:'d| would) like,? i can\b[^\n]*",
]
_BOILERPLATE = [
    r"^leave a reply\b.*$",
    r"your email address will not be published\.?[^\n]*",
    r"^required fields are marked\b.*$",
    r"^(?:share this|click to share on|like this|related posts?|you may also like|subscribe to our newsletter)\b.*$",
    r"^(?:all rights reserved|©)\b.*$",
    r"^(?:posted|published) (?:in|on|by) [^\n]{0,60}\| ?\d* ?comments?$",
    r"^(?:cancel reply|post comment|save my name, email)\b.*$",
]
_TODO = re.compile(r"(?<![\w-])(?:TODO|FIXME|TBD|XXX)(?![\w-])|\[TK\]|\bTK\b(?=[:\s])")
_FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.MULTILINE | re.DOTALL)


def _code_spans(text: str) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in _FENCE.finditer(text)]
    spans += [(m.start(), m.end()) for m in re.finditer(r"`[^`\n]+`", text)]
    return spans


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def fallback_issues(text: str) -> list[Issue]:
    """Chatbot leftovers and web boilerplate by a short phrase list (no registry needed)."""
    body_start = frontmatter.split(text).body_offset
    out: list[Issue] = []
    for category, patterns in (("chatbot_leftover", _CHATBOT), ("web_boilerplate", _BOILERPLATE)):
        for pat in patterns:
            for m in re.finditer(pat, text, re.IGNORECASE | re.MULTILINE):
                if m.start() < body_start:
                    continue
                out.append(
                    Issue(m.start(), m.end(), f"preflight.{category}", category, _describe(category), "error")
                )
    return out


def _describe(category: str) -> str:
    if category == "chatbot_leftover":
        return "This looks like a line left over from a chatbot conversation; remove it before publishing."
    if category == "web_boilerplate":
        return "This looks like web page boilerplate (comment form, share buttons) copied with the text."
    return category


def registry_issues(text: str) -> list[Issue] | None:
    """Issues from the checks registry's default (offline, fast) checkers through the pipeline
    (suppressions honoured), or None if the checks package is not usable."""
    try:
        registry = importlib.import_module("editor_app.core.checks.registry")
        pipeline = importlib.import_module("editor_app.core.checks.pipeline")
    except Exception:  # missing or broken: the caller falls back to the phrase list
        return None
    names: Sequence[str] = getattr(registry, "DEFAULT_CHECKERS", ("builtin",))
    checkers = []
    for name in names:
        try:
            checker = registry.create(name)
        except Exception:
            continue
        if checker.available().ok:
            checkers.append(checker)
    if not checkers:
        return None
    result = pipeline.run(text, checkers)
    return [i for i in result.issues if isinstance(i, Issue)]


# --------------------------------------------------------------------------------------------

_IMG_MD = re.compile(r"!\[(?P<alt>[^\]]*)\]\(\s*<?(?P<src>[^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_IMG_HTML = re.compile(r"<img\b[^>]*>", re.IGNORECASE)


def _key_span(text: str, key: str) -> tuple[int, int]:
    parts = frontmatter.split(text)
    m = re.search(rf"^{re.escape(key)}\s*:.*$", parts.raw, re.MULTILINE)
    return (m.start(), m.end()) if m else (0, 0)


def run_preflight(
    text: str,
    doc_path: Path | None,
    site: Site | None = None,
    *,
    issues: Sequence[Issue] | None = None,
    check_remote: bool = True,
) -> PreflightReport:
    from editor_app.core.metadata import Metadata
    from editor_app.core.publishing.images import ImageError, inspect_image
    from editor_app.core.publishing.publisher import is_local_src, resolve_src

    report = PreflightReport()
    add = report.findings.append
    meta, err = Metadata.from_text(text)
    if err is not None:
        line_start = 0
        if err.line:
            line_start = sum(len(line) + 1 for line in text.split("\n")[: err.line - 1])
        add(Finding("front_matter", "block", err.message, line_start, line_start))

    # checks
    if issues is not None:
        found = list(issues)
        report.checks_source = "editor"
    else:
        reg = registry_issues(text)
        if reg is None:
            found = fallback_issues(text)
            report.checks_source = "fallback"
        else:
            found = reg
            report.checks_source = "registry"
            # the registry may not know every blocking category yet: add the fallback's findings
            known = {i.category for i in found}
            found += [i for i in fallback_issues(text) if i.category not in known]
    for issue in sorted(found):
        blocking = issue.category in BLOCKING_CATEGORIES
        add(
            Finding(
                issue.category if blocking else "check",
                "block" if blocking else "warning",
                issue.message,
                issue.start,
                issue.end,
                issue.rule,
            )
        )

    # unresolved CriticMarkup suggestions and comments (review mode) block publishing
    from editor_app.core import review

    report.findings.extend(review.review_blockers(text))

    body_start = frontmatter.split(text).body_offset
    code = _code_spans(text)
    for m in _TODO.finditer(text, body_start):
        if not _inside(m.start(), code):
            add(Finding("todo", "block", f"“{m.group(0)}” marks unfinished text.", m.start(), m.end(), "todo"))

    # images
    base_dir = doc_path.parent if doc_path is not None else Path.cwd()
    max_px = site.config.max_image_px if site is not None else 2048
    for m in _IMG_MD.finditer(text, body_start):
        if _inside(m.start(), code):
            continue
        alt, src = m.group("alt"), m.group("src")
        if not alt.strip():
            add(Finding("missing_alt", "warning", f"The image {src} has no alt text (for readers who cannot see it).", m.start(), m.end()))
        if not is_local_src(src):
            continue
        path = resolve_src(src, base_dir)
        if not path.is_file():
            add(Finding("missing_image", "block", f"The image {src} was not found.", m.start(), m.end()))
            continue
        try:
            info = inspect_image(path)
        except ImageError as exc:
            add(Finding("missing_image", "block", exc.message, m.start(), m.end()))
            continue
        if max(info.width, info.height) > max_px:
            add(
                Finding(
                    "oversized_image",
                    "info",
                    f"{src} is {info.width}×{info.height}; it will be shrunk to {max_px} px on the long edge.",
                    m.start(),
                    m.end(),
                )
            )
    for m in _IMG_HTML.finditer(text, body_start):
        if not re.search(r"\balt\s*=\s*([\"'])\s*\S", m.group(0)) and not _inside(m.start(), code):
            add(Finding("missing_alt", "warning", "This image has no alt text.", m.start(), m.end()))

    caps = site.capabilities if site is not None else None
    if caps is None or caps.supports_featured_image:
        if not meta.featured_image:
            add(Finding("no_featured_image", "warning", "No featured image (featured_image: in the front matter).", 0, 0))
        elif is_local_src(meta.featured_image) and not resolve_src(meta.featured_image, base_dir).is_file():
            s, e = _key_span(text, "featured_image")
            add(Finding("missing_image", "block", f"The featured image {meta.featured_image} was not found.", s, e))
    if (caps is None or caps.supports_excerpt) and not meta.excerpt:
        add(Finding("no_excerpt", "warning", "No excerpt (excerpt: in the front matter); the site will cut one itself.", 0, 0))

    if site is not None and check_remote and meta.slug:
        record = meta.publish_record(site.name) or {}
        own_id = str(record.get("id", ""))
        try:
            others = [p for p in site.find_by_slug(meta.slug) if p.id != own_id]
        except PublishError as exc:
            add(Finding("not_checked", "info", f"Could not check the slug on the site: {exc.message}", 0, 0))
        else:
            if others:
                s, e = _key_span(text, "slug")
                add(
                    Finding(
                        "slug_taken",
                        "warning",
                        f"Another post on {site.name} already uses the slug “{meta.slug}” ({others[0].link}); "
                        "the site will add a number to this one.",
                        s,
                        e,
                    )
                )
    report.findings.sort(key=lambda f: ({"block": 0, "warning": 1, "info": 2}[f.severity], f.start))
    return report
