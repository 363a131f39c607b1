"""Session 6 repeated-phrase precision: a coordinated clause of one sentence built like the first,
a sentence that sums up, and a fixed pair of nouns said again (sentences written for these tests,
not taken from the corpora); the lapses next to them must still be flagged."""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker


def phrases(text: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker(thorough=True).check(text) if i.category == "repeated_phrase"]


@pytest.mark.parametrize(
    "text",
    [
        # parallel coordinated clauses of one sentence
        "The panel can suspend the licence for a month, and it can suspend the licence for a year if the "
        "breach is repeated.\n",
        "Members may vote in person at the hall, or they may vote in person at the library.\n",
        # a summary restates the findings on purpose
        "Gardeners who mulched every spring lost fewer plants in the drought than the others did. The "
        "difference was largest on sandy soil.\n\nIn short, gardeners who mulched every spring lost fewer "
        "plants.\n",
        # a fixed pair of nouns is a term
        "The owner must pay for fair wear and tear on the boat. The hirer pays for damage beyond wear and "
        "tear only.\n",
    ],
)
def test_deliberate_repeats_are_not_flagged(text: str) -> None:
    assert phrases(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the same phrase in two separate sentences is still a lapse
        "The new rules are meant to protect elderly renters from sudden evictions. Campaigners doubt they "
        "will protect elderly renters at all.\n",
        "The festival drew record crowds despite the rain. Organisers said the food market also drew record "
        "crowds on Sunday.\n",
    ],
)
def test_lapses_next_to_them_are_still_flagged(text: str) -> None:
    assert phrases(text) != []
