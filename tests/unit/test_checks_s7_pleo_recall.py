"""Session 7 pleonasm shapes, on sentences written for this file.

* two adjectives of one meaning before a noun with a comma between ("a costly, expensive repair"):
  the first is struck (``pleonasm:comma-doublet``);
* "together with" right after a verb that already says togetherness ("blended together with oil"):
  "together" is struck; "together with" elsewhere stays a preposition;
* two members of one WordNet adverb synset a few words apart in one clause ("gradually lost its
  customers step by step"): the issue spans the pair, the fix drops the second
  (``pleonasm:gloss-adverb-split``); never across a clause break, never for hedging adverbs.
FLAG rows must raise a pleonasm issue whose span contains the needle; QUIET rows must raise none.
"""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker


def _spans(text: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker().check(text) if i.category == "pleonasm"]


FLAG = [
    ("The firm faced a costly, expensive legal battle.", "costly"),
    ("They sat in a quiet, silent room for an hour.", "quiet"),
    ("The path crossed a damp, moist meadow.", "damp"),
    ("The paint is blended together with a little linseed oil.", "together"),
    ("The new spray uses a protein combined together with a mild adjuvant.", "together"),
    ("The two hospitals were merged together with a third trust in 2019.", "together"),
    ("The shop gradually lost its customers step by step.", "step by step"),
    ("The pumps were immediately switched on right away.", "right away"),
    ("The roof suddenly gave way all of a sudden.", "all of a sudden"),
    ("The festival is held annually in the park every year.", "every year"),
]

QUIET = [
    "It was a long, cold winter on the farm.",
    "The hall had a bright, airy feel.",
    "A small, quiet village sits below the dam.",
    "The old, new and borrowed items sat in a row.",
    "Together with her brother, she runs the farm.",
    "The mayor, together with two aides, left early.",
    "The bolts hold the frame together with ease.",
    "She left immediately, and the rest of us followed at the same time.",
    "Rents will probably rise, and it is likely that fees will follow.",
]


@pytest.mark.parametrize(("text", "needle"), FLAG)
def test_flagged(text: str, needle: str) -> None:
    assert any(needle in s for s in _spans(text)), (text, _spans(text))


@pytest.mark.parametrize("text", QUIET)
def test_left_alone(text: str) -> None:
    assert _spans(text) == [], (text, _spans(text))


@pytest.mark.parametrize("text", [
    "Prices rose annually until every year brought a new record.",  # a clause break between
    "The lecture ran simultaneously in two halls at the same time as the match.",  # "as": its own complement
])
def test_split_adverb_needs_one_clause(text: str) -> None:
    assert not [i for i in BuiltinChecker().check(text) if i.rule == "pleonasm:gloss-adverb-split"], text


@pytest.mark.parametrize(("text", "needle"), [
    ("The hall is spacious in size.", "in size"),  # WordNet: "spacious" is a satellite of "large" (size)
    ("The lecture was lengthy in duration.", "in duration"),
    ("The valley is shallow in depth.", "in depth"),
])
def test_dimension_the_adjective_names(text: str, needle: str) -> None:
    assert any(needle in s for s in _spans(text)), (text, _spans(text))


@pytest.mark.parametrize("text", [
    "The two plans are similar in size.",
    "The staff are diverse in age and background.",
    "The two offers were close in price.",
])
def test_dimension_of_a_comparison_stays(text: str) -> None:
    assert _spans(text) == [], (text, _spans(text))
