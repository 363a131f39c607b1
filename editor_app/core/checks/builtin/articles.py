"""Missing articles: "US offered" -> "the US offered", "in fridge" -> "in the fridge"."""

from __future__ import annotations

from editor_app.core.checks.builtin.findings import Finding
from editor_app.core.checks.builtin.text import Analysis


def check_articles(an: Analysis) -> list[Finding]:
    return []
