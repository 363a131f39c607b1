"""cognate_repetition: a noun made of a phrasal verb and that verb said again, agent nouns the
lexicon lacks, a plural noun and its own verb, and parallel shapes that are correct English
(sentences written for these tests, not taken from the corpora)."""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker
from editor_app.core.checks.builtin.cognates_extra import _particle_noun


def flagged(text: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker().check(text) if i.category == "cognate_repetition"]


def test_particle_nouns_come_from_the_lexicon() -> None:
    assert _particle_noun("breakdown") == ("break", "down")
    assert _particle_noun("walkouts") == ("walk", "out")
    assert _particle_noun("lockdown") == ("lock", "down")  # a word the lexicon lacks
    assert _particle_noun("outbreak") == ("break", "out")
    assert _particle_noun("notebook") is None
    assert _particle_noun("understanding") is None


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        ("The breakdown happened when the old pump broke down on the hottest day.", "broke down"),
        ("A walkout is planned after nurses walked out over pay in the spring.", "walked out"),
        ("The shutdown began as the plant was shut down for repairs in March.", "shut down"),
        ("Make sure the fitter will fit a new seal before the winter.", "fit"),
        ("Rising fuel bills cost the ferry company a fortune last winter.", ""),
        ("Higher storage costs cost the dairy an extra month of profit.", "cost"),
        ("The new rules would tax small farms with taxes they cannot pay.", "taxes"),
    ],
)
def test_flags_the_second_member(sentence: str, second: str) -> None:
    got = flagged(sentence + "\n")
    assert got == ([second] if second else [])


@pytest.mark.parametrize(
    "sentence",
    [
        "The workers walked out on Monday; the walkout is the third this year.",
        "Guests admired the birthday cakes, the wedding cakes and a cake shaped like a boat.",
        "The home side scored in the last five minutes of a match that lasted almost two hours.",
        "Both teams had chances before the break, and both had missed penalties by the end.",
        "She set the table while he checked the setup of the projector.",
        "Look out for the old signal-box lookout above the second tunnel.",
    ],
)
def test_leaves_correct_english_alone(sentence: str) -> None:
    assert flagged(sentence + "\n") == []
