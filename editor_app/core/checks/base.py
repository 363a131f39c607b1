"""What every checker produces and the protocol it implements.

Offsets are Python ``str`` indices into the whole file text (front matter included), so an issue
can be underlined in the editor, listed by the CLI and scored against the corpus without mapping.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

Severity = Literal["error", "warning", "info"]

# Built-in redundancy categories; names are a contract with the CLI's JSON and the corpus scorer.
REDUNDANCY_CATEGORIES: tuple[str, ...] = (
    "pleonasm",
    "cognate_repetition",
    "duplicate_information",
    "hedge_stacking",
    "wordy_phrase",
    "repeated_phrase",
    "chatbot_leftover",
    "web_boilerplate",
    "repeated_word",
    "missing_article",
)


@dataclass(frozen=True, order=True)
class Issue:
    start: int
    end: int
    rule: str
    category: str
    message: str
    severity: Severity = "warning"
    replacements: tuple[str, ...] = field(default=(), compare=False)
    source: str = field(default="builtin", compare=False)

    def to_json(self, line: int, column: int) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "line": line,
            "column": column,
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "replacements": list(self.replacements),
            "source": self.source,
        }


@dataclass(frozen=True)
class Availability:
    ok: bool
    reason: str = ""


@runtime_checkable
class Checker(Protocol):
    """A source of issues. ``check`` takes the whole file text and returns issues in its offsets."""

    name: str

    def available(self) -> Availability: ...

    def check(self, text: str) -> list[Issue]: ...
