"""cognate_repetition, ``cognate-family:wide``: two words of one family in one clause, one of them a
verb, in different parts of speech (sentences written for these tests, not taken from the
corpora)."""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker


def flagged(text: str) -> list[tuple[str, str]]:
    return [(i.rule, text[i.start : i.end]) for i in BuiltinChecker().check(text)
            if i.category == "cognate_repetition"]


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        # a verb in a relative clause set off by commas, then its noun or verb in the main clause
        ("The senator, who had lobbied on the bill for years, said she would lobby again in the spring.", "lobby"),
        ("The trust, which funded the first phase, will give a grant in funding of the second.", "funding"),
        ("The hotel, which had renovated its lobby last year, is planning a renovation of the spa.", "renovation"),
        ("The panel, which had assessed the bids in March, will publish its assessment next week.", "assessment"),
        # a gerund with its object as subject, then the same verb
        ("Aborting a slow download does not abort the upload.", "abort"),
    ],
)
def test_flags_the_second_member(sentence: str, second: str) -> None:
    assert flagged(sentence + "\n") == [("cognate-family:wide", second)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Three crates of apples went to every crate of pears.",  # two forms of one noun
        "Pour in a measuring jug of stock and a cup of milk.",
        "When she began to doubt the figures, the auditor raised her doubts with the board.",  # fronted clause
        "If the soup is too sweet, add less sweetness next time.",
        "The old station reopened as a cafe, and the reopening drew a crowd.",  # a new clause
        "The cooled mixture then goes into the fridge.",
        "Ice forms when the water freezes, and frozen pipes can burst.",
        "The growers said growth had slowed this year.",  # an agent noun
        "The senator said she would lobby again, as she has lobbied for years on the bill and more.",
        "An ongoing upload is paused, but the storage layer uploads resume later.",
        "Call setTimeout with a delay, then read timeoutId from the returned handle.",  # code words
    ],
)
def test_leaves_correct_english_alone(sentence: str) -> None:
    assert flagged(sentence + "\n") == []


def test_window_is_eight_words_outside_a_relative_clause() -> None:
    near = "The council had promised to consult the villages ahead of a formal consultation.\n"
    far = "The council had promised to consult the villages on the route of the new road in a consultation.\n"
    assert ("cognate-family:wide", "consultation") in flagged(near)
    assert flagged(far) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a bare verb after its plural subject is no noun ("some lakes freeze ... seem to freeze")
        "Some ponds thaw in March and others seem to thaw only in May.",
        # an infinitive of another verb in a relative clause far from the agent noun
        "The oldest rower in the crew was a retired judge, who learned to row at the age of sixty.",
        # a gerund after its adjective names an activity ("in feline nursing")
        "Our head gardener, Ana Ruiz, has finished her certificate in organic gardening.",
    ],
)
def test_noun_then_verb_rule_leaves_these_alone(sentence: str) -> None:
    assert flagged(sentence + "\n") == []
