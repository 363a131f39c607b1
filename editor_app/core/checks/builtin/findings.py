"""What a segment rule returns: an issue in the segment's own char offsets."""

from __future__ import annotations

from dataclasses import dataclass

from editor_app.core.checks.base import Severity


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    rule: str
    category: str
    message: str
    replacements: tuple[str, ...] = ()
    severity: Severity = "warning"


def quote(s: str) -> str:
    return f"“{s}”"
