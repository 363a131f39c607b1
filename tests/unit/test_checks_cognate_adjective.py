"""cognate_repetition: a derived adjective ("-ive", "-ous", "-al", "-able" ...) and another word of
its family in one clause (sentences written for these tests, not taken from the corpora)."""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker


def flagged(text: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker().check(text) if i.category == "cognate_repetition"]


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        ("The explosive charge exploded a metre from the wall.", "exploded"),
        ("It is a creative studio where designers create posters for theatres.", "create"),
        ("The museum owns the original score, which was originally written for two pianos.", "originally"),
        ("The new ramps give the readable signs better readability from a wheelchair.", "readability"),
        ("Volunteers found a poisonous plant that poisons sheep on the upper slopes.", "poisons"),
    ],
)
def test_flags_the_second_member(sentence: str, second: str) -> None:
    assert flagged(sentence + "\n") == [second]


@pytest.mark.parametrize(
    "sentence",
    [
        "The economic, social and political costs of the closure fell on the same towns.",
        "The final whistle went, and the finalists shook hands.",
        "A careful driver takes care on wet roads.",
        "The regional director visited every region in her first month.",
        "Her historic win is the first in the club's history that came away from home.",
    ],
)
def test_leaves_correct_english_alone(sentence: str) -> None:
    assert flagged(sentence + "\n") == []


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        ("The construction of the footbridge, delayed twice by the winter floods, was constructed in steel.",
         "constructed"),
        ("The expansion of the dairy that the co-operative approved after a long vote will expand the herd.",
         "expand"),
    ],
)
def test_a_noun_and_its_verb_further_on_in_the_sentence(sentence: str, second: str) -> None:
    assert flagged(sentence + "\n") == [second]


@pytest.mark.parametrize(
    "sentence",
    [
        "The bakery on the corner of Mill Lane and the High Street will bake its last loaf at Christmas.",
        "Staff celebrated the birth of a zebra foal, the first of the species to be born at the park.",
        "The plan for the new square, drawn up by a firm from Leeds, plans for fewer parking spaces.",
    ],
)
def test_far_pairs_that_are_not_lapses(sentence: str) -> None:
    assert flagged(sentence + "\n") == []
