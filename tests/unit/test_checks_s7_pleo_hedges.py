"""Session 7 hedge stacking classes, on sentences written for this file.

* the contracted "it's" / "there's" frames match like "it is" / "there is" ("It's likely that ... could");
* limits of scope ("in most cases", "for the most part", "by and large") are weak hedges: beside a
  strong one on the same claim they stack ("will probably, in most cases, fall").
FLAG rows must raise a hedge_stacking issue; QUIET rows must raise none.
"""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker


def _spans(text: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker().check(text) if i.category == "hedge_stacking"]


FLAG = [
    "It's likely that the vote could slip to spring.",
    "I think it’s possible that the bus was late.",
    "There's a chance that the ferry might be cancelled.",
    "Costs will probably, in most cases, fall after the merger.",
    "The tenants would, for the most part, perhaps stay on.",
    "By and large, the new pumps will probably cope.",
    "If we could perhaps find a sponsor, the show might go on.",
]

QUIET = [
    "It's a long way to the coast.",
    "There's a ferry every hour in summer.",
    "In most cases the repair takes a day.",
    "For the most part, the route follows the river.",
    "By and large, the fault is in the wiring.",
    # a modal in an "if" clause with a pronoun subject is a condition on ability, not a hedge
    "Run the route by bike if you can, on foot if you could not, and by bus if we might.",
    "Book early if you could, and arrive late if we may.",
]


@pytest.mark.parametrize("text", FLAG)
def test_flagged(text: str) -> None:
    assert _spans(text), text


@pytest.mark.parametrize("text", QUIET)
def test_left_alone(text: str) -> None:
    assert _spans(text) == [], (text, _spans(text))
