"""cognate_repetition: -ator agent nouns the lexicon lacks, en-/em-/be- verbs joined to their base
word, and a gerund modifier whose verb comes back in a "that" clause (sentences written for these
tests, not taken from the corpora)."""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker
from editor_app.core.checks.builtin.cognates_extra import family


def flagged(text: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker().check(text) if i.category == "cognate_repetition"]


def test_families_reach_prefixed_verbs_and_ator_agents() -> None:
    assert family("endangers") == family("dangerous") is not None
    assert family("enriched") == family("rich") is not None
    assert family("conservators") == family("conserve") is not None
    assert family("encounter") != family("counter")  # not a verb made from "counter"


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        ("In the archive, where conservators hope to conserve the maps, the air is kept dry.", "conserve"),
        ("The joy of the garden is enjoyed by every visitor.", "enjoyed"),
        ("The road has boarding points for buses that board passengers on the left.", ""),
        ("Drivers queue at the loading bays for vans that load at night.", "load"),
    ],
)
def test_flags_the_second_member(sentence: str, second: str) -> None:
    assert flagged(sentence + "\n") == ([second] if second else [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Curators at the museum hope the loan will encourage schools to visit.",
        "She was able to swim by the age of four, and lessons enabled her brother to follow.",
        "The waiting list grew, and families that waited longest were housed first.",
    ],
)
def test_leaves_correct_english_alone(sentence: str) -> None:
    assert flagged(sentence + "\n") == []


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        ("The keeper, who has kept bees since he was ten, lifted the frame.", "kept"),
        ("Most riders, though, rode the loop at an easy pace.", "rode"),
        ("The firefighters have fought the blaze since dawn.", "fought"),
    ],
)
def test_asides_and_compound_agents(sentence: str, second: str) -> None:
    assert flagged(sentence + "\n") == [second]

