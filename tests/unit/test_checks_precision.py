"""Precision: correct, well-edited English that once raised (or could easily raise) a false alarm.

Each sentence or short article below was written for this test from general usage, not copied
from a corpus article; each stands for a class of correct text (a standard phrase careful writers
use, a recipe's quantity, a label row of a review, a news wire credit ...). The checker must stay
silent on all of them.
"""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker

QUIET = [
    # Standard phrases careful writers use freely (not padding).
    "The majority of tenants who replied want the repairs done before winter.",
    "She lowered her voice so as not to wake the baby.",
    "In the meantime, the footbridge will stay closed to cyclists.",
    "The airline grounded the plane out of an abundance of caution.",
]


@pytest.fixture(scope="module")
def checker() -> BuiltinChecker:
    return BuiltinChecker()


@pytest.mark.parametrize("text", QUIET)
def test_correct_english_stays_quiet(checker: BuiltinChecker, text: str) -> None:
    issues = [(i.category, text[i.start : i.end]) for i in checker.check(text)]
    assert issues == []
