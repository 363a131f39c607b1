"""A wordy phrase's one-click fix keeps the sentence's tense and number: "were in agreement with"
becomes "agreed with", not "agrees with"; "are located at" becomes "are at", not "is in".
Fresh sentences (session 11)."""

from __future__ import annotations

import pytest

from editor_app.core.checks import pipeline
from editor_app.core.checks.builtin import BuiltinChecker


def fixes(text: str) -> list[tuple[str, str]]:
    return [(text[i.start : i.end], i.replacements[0]) for i in pipeline.run(text, [BuiltinChecker()]).issues
            if i.category == "wordy_phrase"]


@pytest.mark.parametrize(("text", "fix"), [
    ("Both unions were in agreement with the new rota.", ("were in agreement with", "agreed with")),
    ("The union is in agreement with the new rota.", ("is in agreement with", "agrees with")),
    ("The drivers are in agreement with the new rota.", ("are in agreement with", "agree with")),
    ("The charging points are located at the two depots.", ("are located at", "are at")),
    ("The old mill was situated in a valley.", ("was situated in", "was in")),
    ("Few of them were aware of the fact that the road had closed.", ("were aware of the fact that", "knew that")),
    ("The clubs had a tendency to book the hall late.", ("had a tendency to", "tended to")),
    ("The regulator was in receipt of two complaints.", ("was in receipt of", "had received")),
    ("The crew had the ability to reach the ridge by noon.", ("had the ability to", "could")),
    ("She was witness to the collision on the bridge.", ("was witness to", "saw")),
    ("These wetlands are of vital importance to waders.", ("are of vital importance", "are vital")),
])
def test_the_fix_agrees_with_the_sentence(text: str, fix: tuple[str, str]) -> None:
    assert fix in fixes(text)
