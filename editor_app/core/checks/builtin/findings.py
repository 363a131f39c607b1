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

    def __reduce__(self) -> tuple[type[Finding], tuple[int, int, str, str, str, tuple[str, ...], Severity]]:
        # Pickled by the forked pass (``forked.fork_call``). Compiled by mypyc (``native``), a
        # frozen dataclass has no ``__dict__`` for pickle to fill, and its ``__setattr__`` refuses.
        return (Finding, (self.start, self.end, self.rule, self.category, self.message, self.replacements,
                          self.severity))


def quote(s: str) -> str:
    return f"“{s}”"


def widen_acronym(text: str, f: Finding) -> Finding:
    """A pleonasm on the head after an acronym that already holds it ("VPN network", "PIN
    number") covers the acronym too, as a doubled word's underline covers both copies: writers
    mark either word as the redundant one. The fix keeps the acronym."""
    word = text[f.start : f.end]
    if not word.isalpha() or not word.islower():
        return f
    k = f.start - 1
    if k < 1 or text[k] != " ":
        return f
    a = k
    while a > 0 and text[a - 1].isupper():
        a -= 1
    acronym = text[a:k]
    if not 2 <= len(acronym) <= 6 or (a > 0 and text[a - 1].isalnum()) or acronym[-1].lower() != word[0]:
        return f
    return Finding(a, f.end, f.rule, f.category,
                   f"{quote(word)} is redundant: the last letter of {quote(acronym)} already stands for it.",
                   (acronym,), f.severity)
