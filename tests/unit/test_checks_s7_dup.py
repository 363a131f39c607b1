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
