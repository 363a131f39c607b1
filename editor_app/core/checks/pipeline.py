"""Run checkers over a text: merge, de-duplicate, honour suppressions, sort, locate.

``run(text, checkers)`` is the whole-document path (CLI, first check of a file). The editor uses
``check_paragraphs`` after each keystroke and ``check_document`` debounced: checkers that have
these methods (the built-in one) cache per paragraph; the others fall back to ``check``.

Suppressions: when ``editor_app.core.checks.suppressions`` provides
``apply_suppressions(text, issues, ignored_once)``, it runs on every result (document-level
``<!-- check-ignore: ... -->`` comments, ignore-once keys).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from editor_app.core.checks.base import Checker, Issue


@dataclass
class CheckResult:
    issues: list[Issue] = field(default_factory=list)
    # Writer-facing notes about checkers that could not run ("LanguageTool is not available: ...").
    notices: list[str] = field(default_factory=list)


class LineIndex:
    """1-based line and column (in code points) for str offsets."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        pos = text.find("\n")
        while pos != -1:
            self._starts.append(pos + 1)
            pos = text.find("\n", pos + 1)

    def locate(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1


def dedupe(issues: Iterable[Issue]) -> list[Issue]:
    """One issue per (span, category): the first checker's wins (checkers run in priority order)."""
    seen: set[tuple[int, int, str]] = set()
    out: list[Issue] = []
    for i in issues:
        key = (i.start, i.end, i.category)
        if key in seen:
            continue
        seen.add(key)
        out.append(i)
    return out


def sort_issues(issues: Iterable[Issue]) -> list[Issue]:
    return sorted(issues, key=lambda i: (i.start, i.end, i.category, i.rule))


def _suppressor() -> Callable[..., list[Issue]] | None:
    try:
        from editor_app.core.checks import suppressions
    except ImportError:
        return None
    fn = getattr(suppressions, "apply_suppressions", None)
    return fn if callable(fn) else None


def finish(text: str, issues: Iterable[Issue], ignored_once: Any = None) -> list[Issue]:
    """De-duplicate, drop suppressed issues, sort."""
    merged = dedupe(issues)
    suppress = _suppressor()
    if suppress is not None:
        merged = suppress(text, merged, ignored_once)
    return sort_issues(merged)


def _run_one(checker: Checker, method: str, text: str, result: CheckResult) -> list[Issue]:
    avail = checker.available()
    if not avail.ok:
        result.notices.append(f"{checker.name} is not available: {avail.reason}".rstrip(": "))
        return []
    fn = getattr(checker, method, None) or checker.check
    try:
        return list(fn(text))
    except Exception as exc:  # a failing checker must not take the others down
        result.notices.append(f"{checker.name} failed: {exc}")
        return []


def run(text: str, checkers: Sequence[Checker], ignored_once: Any = None) -> CheckResult:
    result = CheckResult()
    found: list[Issue] = []
    for c in checkers:
        found.extend(_run_one(c, "check", text, result))
    result.issues = finish(text, found, ignored_once)
    return result


def check_paragraphs(text: str, checkers: Sequence[Checker], ignored_once: Any = None) -> CheckResult:
    """The fast path after a keystroke: per-paragraph rules only (cached per paragraph)."""
    result = CheckResult()
    found: list[Issue] = []
    for c in checkers:
        if hasattr(c, "check_paragraphs"):
            found.extend(_run_one(c, "check_paragraphs", text, result))
    result.issues = finish(text, found, ignored_once)
    return result


def check_document(text: str, checkers: Sequence[Checker], ignored_once: Any = None) -> CheckResult:
    """Document-wide rules of incremental checkers plus whole-text checkers (run debounced)."""
    result = CheckResult()
    found: list[Issue] = []
    for c in checkers:
        method = "check_document" if hasattr(c, "check_paragraphs") else "check"
        found.extend(_run_one(c, method, text, result))
    result.issues = finish(text, found, ignored_once)
    return result


def to_json(text: str, issues: Iterable[Issue]) -> list[dict[str, object]]:
    index = LineIndex(text)
    out = []
    for i in issues:
        line, col = index.locate(i.start)
        out.append(i.to_json(line, col))
    return out
