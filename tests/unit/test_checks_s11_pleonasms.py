"""Classic pleonasms the rules missed (session 11): a hyphenated re- verb the lexicon lacks with
"again", "suddenly without warning", "early ahead of time", "overall totality",
"a further week more". Fresh sentences."""

from __future__ import annotations

import pytest

from editor_app.core.checks import pipeline
from editor_app.core.checks.builtin import BuiltinChecker


def pleonasms(text: str) -> list[str]:
    return [text[i.start : i.end] for i in pipeline.run(text, [BuiltinChecker()]).issues
            if i.category == "pleonasm"]


@pytest.mark.parametrize(("text", "span"), [
    ("The lab re-titrated the samples again on Friday.", "again"),
    ("The bank can slump suddenly without any warning in a thaw.", "suddenly"),
    ("Order the timber early in advance of the build.", "in advance"),
    ("The overall totality of the bids was lower than planned.", "overall"),
    ("The trial will run for a further two weeks more.", "more"),
])
def test_flagged(text: str, span: str) -> None:
    assert pleonasms(text) == [span]


@pytest.mark.parametrize("text", [
    "The climb upwards to the hut took an hour.",  # a noun, not the verb
    # ("climbed upwards" was tried: an older precision test keeps "smoke climbed upward" as good English)
    "Book early to get a table by the window.",
    "The river rose without warning after the storm.",
    "She stayed a further week to finish the survey.",
])
def test_not_flagged(text: str) -> None:
    assert pleonasms(text) == []
