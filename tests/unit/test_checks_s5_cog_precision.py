"""Session 5 precision of the cognate and repeated-phrase rules: classes of correct English they
misjudged, with the lapses they must still flag (sentences written for these tests, not taken
from the corpora)."""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker


def cognates(text: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker().check(text) if i.category == "cognate_repetition"]


def phrases(text: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker().check(text) if i.category == "repeated_phrase"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the noun sits in a clause the verb reports, with a finite verb of its own
        "The tribunal ruled that the new contract broke the union's rules on overtime.",
        "She argued that the committee had misread the argument entirely.",
        "The inspectors found that the builder would need a second finding of fact.",
        # an adjective of the family on another noun ("chemical" sorts the leaveners)
        "For more on the chemistry of chemical leaveners, the society has a short guide.",
        "The history of historical novels is shorter than you might think.",
        # a plain noun said again as the predicate is a judgement, not a word family
        "The winning team was a good team, but it was not the best team in the league.",
        # a relative clause about another noun than the first member
        "The best player on the pitch was their goalkeeper, who played with a broken finger.",
    ],
)
def test_correct_english_is_not_a_cognate_lapse(sentence: str) -> None:
    assert cognates(sentence + "\n") == []


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        ("The judge decided that the decision could stand.", "decision"),  # no clause of its own between
        ("The plan that the council planned was never built.", "planned"),  # a relative "that"
        ("The signing is the club's biggest signing of the summer.", "signing"),  # a verbal noun as predicate
        ("Gardeners who garden in clay soil know the problem.", "garden"),  # the relative's own antecedent
        ("A growing growth in sales worried the board.", "growth"),
    ],
)
def test_the_lapses_are_still_flagged(sentence: str, second: str) -> None:
    assert second in cognates(sentence + "\n")


def test_a_place_named_again_with_a_noun_that_is_also_an_adjective() -> None:
    text = ("When the beam swept across the bay at dusk, a trawler sounded its horn. The keepers had "
            "waited eleven years for it.\n\nThe fundraising included a sponsored swim across the bay "
            "and a monthly dance in the village hall.\n")
    assert phrases(text) == []


def test_a_hyphenated_noun_named_again_is_not_a_phrase() -> None:
    text = ("My mother-in-law moved in with us after her fall. A carer came twice a day. I watched how "
            "she talked to my mother-in-law and thought I could do that job.\n")
    assert phrases(text) == []


def test_a_hyphenated_modifier_on_a_noun_is_not_a_compound_named_again() -> None:
    from editor_app.core.checks.builtin.repeated_phrase import _one_compound
    from editor_app.core.checks.builtin.text import analyse

    an = analyse("It was a once-in-a-lifetime chance, and my mother-in-law knew it.")
    idx = {t.lower: t.index for t in an.tokens}
    assert not _one_compound(an, idx["a"], idx["once-in-a-lifetime"])
    assert _one_compound(an, idx["my"], idx["mother-in-law"])


def test_two_list_items_in_a_row_built_alike_are_parallel() -> None:
    text = ("Two rules of thumb guide the stores:\n\n"
            "- for every 1% drop in moisture, the grain's shelf life roughly doubles;\n"
            "- for every 5 degree drop in temperature, the grain's shelf life roughly doubles.\n\n"
            "Both hold only within limits.\n")
    assert phrases(text) == []


def test_a_things_place_named_again_in_instructions_is_not_a_lapse() -> None:
    text = ("Roots growing out of the drainage holes are a sign that the plant needs a bigger pot.\n\n"
            "After repotting, water the plant until water runs out of the drainage holes.\n")
    assert phrases(text) == []


def test_a_hyphenated_title_word_counts_by_its_parts() -> None:
    text = ("---\ntitle: Repotting a rubber-plant cutting\n---\n\nA rubber-plant cutting roots in water within "
            "a month. Change the water weekly.\n\nOnce the roots are long, a rubber-plant cutting can go into "
            "compost.\n")
    assert phrases(text) == []


def test_a_subject_and_its_participle_told_twice_is_not_a_stock_pair() -> None:
    text = ("Signs of a cramped pot: roots growing out of the base and leaves that stay small.\n\n"
            "Do not feed the plant for a month, while its roots grow into the fresh compost.\n")
    assert phrases(text) == []
    stock = ("Rising tensions along the border worried traders. By Friday, with tensions rising again, "
             "the markets fell.\n")
    assert phrases(stock) == ["tensions rising"]
