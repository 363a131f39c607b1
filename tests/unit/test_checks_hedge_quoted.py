"""Hedge stacking inside quotations: only a tight stack of two strong hedges is flagged."""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker


def _hedges(text: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker().check(text) if i.category == "hedge_stacking"]


@pytest.mark.parametrize(
    "text",
    [
        'The ranger said: "Walkers will probably reach it maybe an hour sooner than the map says."',
        '"Most buyers presumably want it perhaps a bit cheaper," the dealer told us.',
    ],
)
def test_tight_strong_stack_in_quote_is_flagged(text: str) -> None:
    assert _hedges(text), text


@pytest.mark.parametrize(
    "text",
    [
        '"It may rain, and the ferry could be late," the skipper warned.',
        '"Perhaps we will win," she said. "Probably not."',
        'He said: "Perhaps the council will listen, and if they do, the road will probably reopen."',
    ],
)
def test_ordinary_caution_in_quote_is_left_alone(text: str) -> None:
    assert _hedges(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "The trust believes it is likely that the ward will reopen.",
        "Engineers feared that it would be unlikely to hold.",
        "Most fans thought it was probable that the coach would stay.",
    ],
)
def test_belief_verb_over_probability_clause_is_a_stack(text: str) -> None:
    assert _hedges(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The trust believes it is the right decision.",
        "Early settlers thought it was possible to cross the marsh on foot.",
        "The club expects it to sell out.",
    ],
)
def test_belief_verb_without_probability_is_left_alone(text: str) -> None:
    assert _hedges(text) == [], text
