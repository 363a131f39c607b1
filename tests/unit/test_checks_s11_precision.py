"""Correct English that looked like a fault, each a general case, not a phrase (session 11, found
on the validation sets' clean articles; the sentences here are fresh)."""

from __future__ import annotations

import pytest

from editor_app.core.checks import pipeline
from editor_app.core.checks.builtin import BuiltinChecker


def found(text: str, category: str) -> list[str]:
    return [text[i.start : i.end] for i in pipeline.run(text, [BuiltinChecker(thorough=True)]).issues
            if i.category == category]


@pytest.mark.parametrize(("text", "category"), [
    # a noun whose plural is itself may be a bare plural
    ("The new alloy is already used in aircraft and racing bikes.", "missing_article"),
    ("The farm keeps sheep on the upper fields all winter.", "missing_article"),
    ("Volunteers counted species along each transect.", "missing_article"),
    # a past participle after "has" is a perfect tense, not a bare noun
    ("The comet leaves behind the dust it has shed on every pass.", "missing_article"),
    ("By noon the plasterer had set the last board.", "missing_article"),
    # a title abbreviation does not end the sentence
    ("Send your stories to the Hon. Treasurer at the club house.", "missing_article"),
    # "most" that counts, not one that intensifies
    ("Most pregnant women can take paracetamol safely.", "pleonasm"),
    ("- most unique plants in the garden were grafted", "pleonasm"),
    # an adjective in -ly has no adverb of its own: "in an orderly way" is not "in order"
    ("The crowd left the stadium in an orderly way.", "wordy_phrase"),
    ("She answered every letter in a friendly way.", "wordy_phrase"),
])
def test_not_flagged(text: str, category: str) -> None:
    assert found(text, category) == []


@pytest.mark.parametrize(("text", "category", "span"), [
    ("We stayed at guesthouse near the harbour.", "missing_article", "guesthouse"),
    ("It is the most unique kettle we tested.", "pleonasm", "most"),
    ("The staff worked in a careful way all week.", "wordy_phrase", "in a careful way"),
])
def test_still_flagged(text: str, category: str, span: str) -> None:
    assert found(text, category) == [span]


def test_a_bold_verdict_and_its_facts_is_the_writers_own_bar() -> None:
    text = "The puzzles carry the game.\n\n**Worth it** · Switch, PC · £14.99 · about 12 hours\n"
    assert found(text, "web_boilerplate") == []
    chrome = "The puzzles carry the game.\n\nShare · Facebook · Twitter · Email\n"
    assert found(chrome, "web_boilerplate") == ["Share · Facebook · Twitter · Email"]


@pytest.mark.parametrize(("text", "category"), [
    ("Questions about the walk can go to the leader by email at organiser@ramblers-example.org.", "missing_article"),
    ("Letters to the editor can be sent to letters@valleygazette.example.", "cognate_repetition"),
])
def test_an_email_address_is_not_prose(text: str, category: str) -> None:
    assert found(text, category) == []


def test_a_chrome_line_with_an_address_is_still_chrome() -> None:
    text = "The match report ends here.\n\nEmail us your tips: news@example-gazette.com | Follow us on X\n"
    assert found(text, "web_boilerplate")


def test_an_acronym_spelt_out_in_lower_case_is_a_method_not_a_body() -> None:
    text = ("The warehouse feeds the reports through change data capture (CDC).\n\n"
            "With CDC in place, the nightly export job could be switched off.\n")
    assert found(text, "missing_article") == []
