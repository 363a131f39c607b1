"""Session 6 cognate rules: a noun followed at once by its own verb ("the ban bans"), and a class
of correct English the family rules misjudged (a noun that only ends like a gerund). Sentences written for these tests, not taken from the corpora."""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker


def cognates(text: str) -> list[tuple[str, str]]:
    return [(i.rule, text[i.start : i.end]) for i in BuiltinChecker().check(text)
            if i.category == "cognate_repetition"]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The ban bans smoking in every public park.", "bans"),
        ("The new measure measures how long patients wait for surgery.", "measures"),
        ("Every test tests a single feature of the parser.", "tests"),
        ("Its draft plan plans for two thousand new homes.", "plans"),
    ],
)
def test_a_noun_then_its_own_verb_is_flagged(sentence: str, word: str) -> None:
    assert ("cognate-family:own-verb", word) in cognates(sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        # the second word is a plural noun, not a verb: no object or clause follows
        "The ban bans, as the minister called them, were never enforced.",
        # a name: "Test Tests" is not a noun and its verb
        "She stayed at the Park Parks hotel for a week.",
        # a noun that only ends like a gerund is no act said twice ("a string is a string")
        "A URL string is a structured string of characters.",
        "The old ceiling is a painted ceiling from the 1790s.",
    ],
)
def test_correct_english_is_not_a_cognate_lapse(sentence: str) -> None:
    assert cognates(sentence + "\n") == []


def test_a_gerund_noun_said_again_as_the_predicate_is_still_flagged() -> None:
    found = cognates("The signing is the club's biggest signing of the summer.\n")
    assert [w for _, w in found] == ["signing"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the verb belongs to a subordinate clause with a subject of its own
        "Changes to the limit only affect traces captured after the limit has been changed.",
        "The builders had gone home long before the last wall was built.",
    ],
)
def test_a_verb_in_a_subordinate_clause_of_its_own_is_not_the_nouns(sentence: str) -> None:
    assert cognates(sentence + "\n") == []


def test_the_noun_and_its_own_verb_in_one_clause_are_still_flagged() -> None:
    assert [w for _, w in cognates("The investors who invested early did well.\n")] == ["invested"]
