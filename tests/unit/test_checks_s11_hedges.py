"""A verb of seeming with an adjective of likelihood is two hedges on one claim ("it seems likely
that"); "it is likely that" is one. Fresh sentences (session 11)."""

from __future__ import annotations

import pytest

from editor_app.core.checks import pipeline
from editor_app.core.checks.builtin import BuiltinChecker


def hedges(text: str) -> list[str]:
    return [text[i.start : i.end] for i in pipeline.run(text, [BuiltinChecker()]).issues
            if i.category == "hedge_stacking"]


@pytest.mark.parametrize(("text", "span"), [
    ("It appears likely that the leak started in the plant room.", "It appears likely that"),
    ("It seems probable that the ferry will run a winter timetable.", "It seems probable that"),
    ("By March a merger appeared likely to go ahead.", "appeared likely to"),
])
def test_stacked(text: str, span: str) -> None:
    assert hedges(text) == [span]


@pytest.mark.parametrize("text", [
    "It is likely that the leak started in the plant room.",
    "It seems clear that the ferry will run a winter timetable.",
    "A merger is likely to go ahead in March.",
])
def test_one_hedge(text: str) -> None:
    assert hedges(text) == []
