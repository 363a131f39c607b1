"""Duplicate information: the same fact stated twice in one sentence or adjacent sentences."""

from __future__ import annotations

from editor_app.core.checks.builtin.findings import Finding
from editor_app.core.checks.builtin.text import Analysis


def check_duplicates(an: Analysis) -> list[Finding]:
    return []
