"""Session 7, duplicate_information: narrowed shapes and the guards of correct English (sentences
written fresh for these tests)."""
from __future__ import annotations

import pytest

from editor_app.core.checks.builtin.duplicates import check_duplicates
from editor_app.core.checks.builtin.text import analyse


def _flagged(text: str) -> list[str]:
    return [text[f.start : f.end] for f in check_duplicates(analyse(text))]


# "with" + a synonym of what the sentence said, of all of them: a restatement.
WITH_TOTALITY = [
    ("The committee backed the plan unanimously, with all members in favour.", "all members"),
]
# "with" + a means or a circumstance (no "every"/"all"/"no"): new information.
WITH_QUIET = [
    "The committee backed the plan unanimously, with the chair in favour.",
    "The shop was refitted, with brighter shelves near the door.",
]


@pytest.mark.parametrize(("sentence", "part"), WITH_TOTALITY)
def test_with_totality_is_flagged(sentence: str, part: str) -> None:
    assert any(part in s for s in _flagged(sentence)), _flagged(sentence)


@pytest.mark.parametrize("sentence", WITH_QUIET)
def test_with_means_is_left_alone(sentence: str) -> None:
    assert _flagged(sentence) == []


# Figures that look said twice but are correct English (session 7 guards of duplicate-quantity).
FIGURE_QUIET = [
    # the year of a full date, after another full date in the same year
    "The library reopened on March 3, 2024, after repairs that began on June 12, 2024.",
    # a breakdown inside brackets
    "The team scored 12 goals (5 from corners, 2 penalties, 5 from open play).",
    "The votes (3 for, 2 against, 2 abstaining) were counted by hand.",
    # a concession about the figure: a new point, not the figure again
    "The share of women among new pilots rose to 9.8% from 9.1%, a record but still only about one in ten.",
    # a bare count of people, then a count of named things in a list
    "Lunch for three, with soup, three rolls and a pot of tea, cost £24.",
]
FIGURE_STILL_FLAGGED = [
    ("The share of women among new pilots rose to 9.8%, roughly one in ten.", "roughly one in ten"),
    ("The orchestra hired 40 players, forty musicians in all.", "forty musicians"),
]


@pytest.mark.parametrize("sentence", FIGURE_QUIET)
def test_correct_figure_shapes_are_left_alone(sentence: str) -> None:
    assert _flagged(sentence) == []


@pytest.mark.parametrize(("sentence", "part"), FIGURE_STILL_FLAGGED)
def test_figure_restated_is_still_flagged(sentence: str, part: str) -> None:
    assert any(part in s for s in _flagged(sentence)), _flagged(sentence)


def test_a_duration_worked_out_for_other_conditions_is_left_alone() -> None:
    # 12 days of heavy use worked out as about three weeks of normal use: a new figure (43% apart)
    text = ("The charger claims eight hours of use. Mine ran for five hours a day and lasted 12 days. "
            "That works out at roughly three weeks of normal use.")
    assert _flagged(text) == []


def test_a_rounded_duration_is_still_flagged() -> None:
    assert any("roughly a month" in s for s in _flagged("The walk takes 20 days, or roughly a month on foot."))


SWAPPED_OR_EXCEPTED_QUIET = [
    # the same figures swapped: a pattern or a contrast
    "The home side won 3-1 in the first leg and lost 1-3 in the second.",
    "Stack the crates three on two, two on three, all the way up.",
    # a figure set apart, then the exception explained
    "Any code from 200 to 299 (except 204) counts as success. Code 204 means the reply is empty.",
]


@pytest.mark.parametrize("sentence", SWAPPED_OR_EXCEPTED_QUIET)
def test_swapped_or_excepted_figures_are_left_alone(sentence: str) -> None:
    assert _flagged(sentence) == []


def test_a_result_then_its_denied_consequence_is_left_alone() -> None:
    text = "The beans have no husks and soften quickly, which means the stew thickens by itself and needs no flour."
    assert _flagged(text) == []


def test_a_denial_explained_by_denying_again_is_still_flagged() -> None:
    text = "The hut has no heating, meaning there is no warmth inside at night."
    assert any("no warmth" in s for s in _flagged(text))
