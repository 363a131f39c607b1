"""Repeated phrases across the document ("rising tensions" ... "tensions rising")."""

from __future__ import annotations

from editor_app.core.checks.builtin.findings import Finding
from editor_app.core.prose import ProseSegment


def find_repeated_phrases(segs: list[tuple[int, ProseSegment]]) -> list[tuple[tuple[int, ProseSegment], Finding]]:
    return []
