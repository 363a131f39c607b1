"""duplicate_information: session-5 figure shapes, and the speed gates that must not change what
the rule finds.

Sentences written for these tests, not copied from any corpus. Each fault is one general shape
(energy in hyphenated units, "every single" + a period, a count of generic units after a count
of named things, one time span given twice in two forms); each quiet case is ordinary prose of a
similar shape.
"""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import duplicates as D
from editor_app.core.checks.builtin.duplicates import check_duplicates
from editor_app.core.checks.builtin.text import analyse


def _flagged(text: str) -> list[str]:
    an = analyse(text)
    return [text[f.start : f.end] for f in check_duplicates(an) if f.category == "duplicate_information"]


FAULTS = [
    ("The heater draws 2 kWh a night, two kilowatt-hours of energy, on the lowest setting.", "two kilowatt-hours"),
    ("The kettle uses 100 watt-hours, about a tenth of a kilowatt-hour, per litre boiled.", "about a tenth"),
    ("The library opens seven days a week, every single day of the week, until eight.", "every single day"),
    ("The order covers 12 new laptops, twelve units in all, and a spare charger.", "twelve units in all"),
    ("We packed forty jars in total, or 40 items altogether, for the fair.", "or 40 items altogether"),
    ("Within 72 hours, the volunteers had planted 900 trees in the space of three days.", "in the space of three days"),
    ("Over a fortnight, the crew laid new track for the depot in just two weeks.", "in just two weeks"),
    ("This month the bakery turns thirty, three decades on the High Street.", "three decades"),
]

QUIET = [
    # a second span with its own figure, or the same words twice in a parallel
    "Within two days the bridge was repaired, and within 48 hours traffic was moving again.",
    "In two weeks we built a shed and in two weeks we painted it.",
    "Within an hour the first crew arrived, but the second took 60 minutes more.",
    # counts of different named things, or generic units of another number
    "The order covers 12 new laptops and twelve desks for the annexe.",
    "The order covers 12 new laptops, thirteen units in all with the spare.",
    # a rate that is not the same rate
    "The cafe opens five days a week, every single day except the weekend.",
    # an age and a count of other things
    "She turned 40 in May and ran 40 miles.",
    # energy figures that differ
    "The heater draws 2 kWh a night, three kilowatt-hours on the coldest nights.",
]


@pytest.mark.parametrize(("text", "part"), FAULTS)
def test_fault_flagged(text: str, part: str) -> None:
    assert any(part in f for f in _flagged(text)), _flagged(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert _flagged(text) == []


def test_start_kinds() -> None:
    """Units, months and scale words only end a figure; "a" and ordinals start one only near a cue."""
    assert [D._start_kind(w) for w in ("12", "two", "twenty-four", "mid-march", "well-known")] == [1, 1, 1, 1, 0]
    assert [D._start_kind(w) for w in ("may", "hours", "million", "a", "every", "first")] == [0, 0, 0, 2, 2, 2]


def test_quiet_start_needs_a_cue() -> None:
    """A quiet start ("a", "every") far from any cue word yields no figure; near one, it does."""
    an = analyse("A dog barked at a cat every night in the old yard.")
    assert D._quantities(an, 0, len(an.tokens)) == []
    an = analyse("The bus comes every week and a day later the train.")
    assert [q.dim for q in D._quantities(an, 0, len(an.tokens))][:1] == ["frequency"]


def test_clause_breaks_skip_number_commas() -> None:
    an = analyse("It cost 1,500 pounds, then 2,000; later (in May) more.")
    s = an.sentences[0]
    texts = [" ".join(t.text for t in an.tokens[a:b]) for a, b in D._clauses(an, s)]
    assert texts == ["It cost 1,500 pounds", "then 2,000", "later", "in May", "more ."]


PRECISION_QUIET = [
    # a denial inside a relative clause about a new noun in a "with" tail
    "Membership has grown for a decade, with a big rise in 2020 that never fully reversed.",
    # "no need to": the need is denied, not the act
    "Write down one question you are pondering, with no need to answer it.",
    # a member's age within an age group is a second fact
    "Junior prize (under 16): a painting by Tom Reyes, aged 13, from Leeds.",
]

PRECISION_FAULTS = [
    ("The soup is light and fresh, and it is a dish that is not heavy at all.", "a dish that is not heavy"),
    ("The concert was cancelled, meaning it will not go ahead.", "meaning it will not go ahead"),
]


@pytest.mark.parametrize("text", PRECISION_QUIET)
def test_precision_quiet(text: str) -> None:
    assert _flagged(text) == []


@pytest.mark.parametrize(("text", "part"), PRECISION_FAULTS)
def test_precision_faults_kept(text: str, part: str) -> None:
    assert any(part in f for f in _flagged(text)), _flagged(text)


RECORD_FAULTS = [
    ("The market drew 9,000 shoppers, the largest crowd in its history. Never before have so many people filled the square.",
     "Never before have so many"),
    ("The concert set a record for a charity night. No charity night has ever raised more money.", "No charity night"),
    ("The lake rose to its highest level in history, higher than ever before.", "higher than ever before"),
]
RECORD_QUIET = [
    # a "never before" about something else than the amount
    "The lake rose to its highest level in history. Never before had the ferry been cancelled.",
    # a contrast, or a span that is not a record
    "It was the wettest May on record. But never before had the harvest been so large.",
    "The river reached its highest level in a decade. Never before have so many homes been insured.",
]


@pytest.mark.parametrize(("text", "part"), RECORD_FAULTS)
def test_record_restated(text: str, part: str) -> None:
    assert any(part in f for f in _flagged(text)), _flagged(text)


@pytest.mark.parametrize("text", RECORD_QUIET)
def test_record_quiet(text: str) -> None:
    assert _flagged(text) == []
