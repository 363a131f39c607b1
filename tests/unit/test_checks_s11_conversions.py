"""A measure given again in the other system of units is a conversion for readers who use it, not
the same figure said twice; the same measure again in the same system still is. Fresh sentences
(session 11)."""

from __future__ import annotations

import pytest

from editor_app.core.checks import pipeline
from editor_app.core.checks.builtin import BuiltinChecker


def duplicates(text: str) -> list[str]:
    return [text[i.start : i.end] for i in pipeline.run(text, [BuiltinChecker()]).issues
            if i.category == "duplicate_information"]


@pytest.mark.parametrize("text", [
    "The new quay will take about 30 hectares, or roughly 74 acres, of reclaimed land.",
    "The viaduct is 410 metres long, about a quarter of a mile, and carries two tracks.",
    "A full keg weighs 50 kg, a little over 110 pounds, so two people lift it.",
    "The summit hut stands at 2,900 feet, about 880 metres, above the lake.",
])
def test_a_conversion_is_not_a_duplicate(text: str) -> None:
    assert duplicates(text) == []


@pytest.mark.parametrize(("text", "span"), [
    ("The ride was 96 km, just under a hundred kilometres, with two long climbs.",
     "just under a hundred kilometres"),
    ("Each plot is about a metre wide, roughly 100 cm on each side, which suits two rows.",
     "roughly 100 cm on each side"),
])
def test_the_same_measure_in_the_same_system_is_still_flagged(text: str, span: str) -> None:
    assert duplicates(text) == [span]


@pytest.mark.parametrize(("text", "span"), [
    ("The starter kit sells for $49.99 (just under fifty dollars) online.", "just under fifty dollars"),
    ("Membership stays at £36 a year (three pounds a month) for adults.", "three pounds a month"),
])
def test_the_same_sum_in_brackets_is_a_restatement(text: str, span: str) -> None:
    assert duplicates(text) == [span]


@pytest.mark.parametrize("text", [
    "Entry costs £20 (about $25) at the gate.",  # another currency: a conversion
    "Entry costs £20 (£15 for members) at the gate.",  # another price for other people
    "The dam is 978 metres (3,209 ft) long.",
])
def test_brackets_that_add_something(text: str) -> None:
    assert duplicates(text) == []
