"""An acronym followed by the word its last letter stands for: the underline covers both words (a
reader may mark either as the redundant one) and the fix keeps the acronym. Fresh sentences
(session 11)."""

from __future__ import annotations

import pytest

from editor_app.core.checks import pipeline
from editor_app.core.checks.builtin import BuiltinChecker


def pleonasms(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(text[i.start : i.end], i.replacements) for i in pipeline.run(text, [BuiltinChecker()]).issues
            if i.category == "pleonasm"]


@pytest.mark.parametrize(("text", "span", "fix"), [
    ("Staff reach the file server over a VPN network from home.", "VPN network", "VPN"),
    ("Type your PIN number twice to confirm it.", "PIN number", "PIN"),
    ("The new UI interface hides the export button.", "UI interface", "UI"),
    ("She moved her RRSP plan savings into bonds.", "RRSP plan", "RRSP"),
])
def test_acronym_and_its_head(text: str, span: str, fix: str) -> None:
    assert pleonasms(text) == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "The OLED display is brighter than last year's panel.",  # D is for diode
    "The GOP plan would cut the program by a third.",  # P is for party
    "Tap the NFC card against the reader.",
])
def test_a_letter_that_stands_for_another_word(text: str) -> None:
    assert pleonasms(text) == []
