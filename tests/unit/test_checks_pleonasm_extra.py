"""WordNet-derived pleonasm shapes added to ``pleonasm_gloss`` (sentences written for this file,
not from any corpus): an intensifier of excess before an adjective that already says the excess,
"first" after a verb whose first sense is "take the first step", and "down" after a verb of descent
(before a place) or of decrease (before an amount). QUIET rows are correct prose that looks like the fault."""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker


def _issues(text: str) -> list[tuple[str, str]]:
    return [(i.rule, text[i.start : i.end]) for i in BuiltinChecker().check(text) if i.category == "pleonasm"]


FLAG = [
    ("The fees charged by the council are overly excessive for a parking permit.", "gloss-excess", "overly"),
    ("Critics called the new tickets far too overpriced for families.", "gloss-excess", "far too"),
    ("Some parents are excessively overprotective of their teenagers.", "gloss-excess", "excessively"),
    ("The crew will commence first with the roof and then move inside.", "gloss-first", "first"),
    ("Before painting, begin first by sanding the frame.", "gloss-first", "first"),
    ("Wet snow cascaded down onto the platform.", "gloss-down", "down"),
    ("The choir first sang in the cathedral for the first time last spring.", "gloss-first", "for the first time"),
    ("Hail fell down across the whole valley for an hour.", "gloss-down", "down"),
    ("The board decreased the grant down to 2,000 pounds.", "gloss-down", "down"),
    ("Editors shortened the shortlist down from nine titles to five.", "gloss-down", "down"),
]

QUIET = [
    "The fees charged by the council are excessive for a parking permit.",
    "Her brother started first grade in September.",
    "The race will start at noon; the juniors go first.",
    "Whoever arrives first should begin.",
    "The cell nucleus holds the genetic material.",
    "He was too ambitious to stay in one job.",
    "Where the older models fall down, this one copes well.",
    "The win took the club into first place in the table for the first time since 2004.",
    "The dormant seeds and the active shoots need different care.",
    "To fix it, drop down two rows and knit them again.",
    "He fell down the stairs and broke his wrist.",
    "The team cut its spending down to the bone.",
]


@pytest.mark.parametrize(("text", "rule", "needle"), FLAG)
def test_extra_shapes_flag(text: str, rule: str, needle: str) -> None:
    found = _issues(text)
    assert any(r == f"pleonasm:{rule}" and s == needle for r, s in found), (text, found)


@pytest.mark.parametrize("text", QUIET)
def test_extra_look_alikes_stay_quiet(text: str) -> None:
    assert _issues(text) == []
