"""Session 10: pleonasm and repeated-phrase recall by general mechanism, on sentences written
fresh for these tests (none copied from a corpus): WordNet near-synonyms stacked side by side, a
particle the verb's definition says after its short object, a sum as an object, a pleonasm inside
a quotation, "again" before a new clause; and the correct sentences each mechanism must leave
alone."""
from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from editor_app.core.checks import pipeline, registry


@cache
def _checker() -> Any:
    return registry.create("builtin", registry.CheckerOptions())


def _spans(text: str, category: str) -> list[tuple[int, int]]:
    return [(i.start, i.end) for i in pipeline.run(text, [_checker()]).issues if i.category == category]


def _found(text: str, category: str) -> list[str]:
    return [text[a:b] for a, b in _spans(text, category)]


def _flags(text: str, want: str, category: str) -> bool:
    """Does an issue of ``category`` overlap the last occurrence of ``want``?"""
    a = text.rindex(want)
    return any(s < a + len(want) and a < e for s, e in _spans(text, category))


PLEONASM_FAULTY = [
    # WordNet near-synonyms stacked before a noun (a satellite "similar to" its head)
    ("Residents were offered free gratis parking for the weekend of the fair.", "free gratis"),
    ("The lounge pass comes with free complimentary snacks and drinks.", "free complimentary"),
    ("After a brief short pause, the quartet played the slow movement.", "brief short"),
    ("The council inherited a huge vast backlog of planning appeals.", "huge vast"),
    ("The cleaner left the tiles completely entirely spotless.", "completely entirely"),
    # a particle the verb's definition says, after the verb's short object
    ("The ceiling fan circulates warm air around.", "around"),
    ("The crew lowered the old buoy down, then went home.", "down"),
    # a sum as the object before the particle
    ("The treasurer repaid $12,500 back to the parish before the audit.", "back"),
    ("He refunded £40 back to each ticket holder.", "back"),
    # "again" before a new clause, not "again and again"
    ("The committee will reconsider the plan again and report in March.", "again"),
    # a pleonasm in a quotation is still the article's wording
    ('"We will not revert back to paper forms," the clerk said.', "back"),
    ('"I was deeply and profoundly moved by it," she told the hall.', "deeply and profoundly"),
]

PLEONASM_QUIET = [
    # a degree word before a comparative
    "Every winter the glacier is a little smaller than the year before.",
    "The new hall is much bigger and far brighter than the old one.",
    # "available free": a predicate, then a word of its own
    "The guide is available free to members of the society.",
    # coordinate adjectives that are not one meaning
    "It was a long, slow climb to the ridge, and the wind was cold.",
    "The recipe needs thick creamy yoghurt and a pinch of salt.",
    # a particle with its own object or sense after the object
    "She turned the porch lights back on before the guests arrived.",
    "He took the recycling out to the kerb on Tuesday night.",
    "The volunteers handed the leaflets out at the station.",
    # "again and again" is an idiom
    "Visitors told us again and again that the garden felt calm.",
    # a sum without a redundant particle
    "The club repaid $12,500 to the council in two instalments.",
    # a quotation with no pleonasm
    '"We will go back to the old timetable in May," the operator said.',
    # hedges stacked are hedge_stacking's, not a pleonasm
    "The final will probably be played in June.",
]


@pytest.mark.parametrize(("text", "want"), PLEONASM_FAULTY)
def test_pleonasm_faulty(text: str, want: str) -> None:
    assert _flags(text, want, "pleonasm"), (text, _found(text, "pleonasm"))


@pytest.mark.parametrize("text", PLEONASM_QUIET)
def test_pleonasm_quiet(text: str) -> None:
    assert _found(text, "pleonasm") == [], text
