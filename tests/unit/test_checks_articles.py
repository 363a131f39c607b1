"""missing_article rules built from sentence structure (a modified singular count noun opening a
sentence, superlatives, adjectives used as nouns, names that take "the"). Each rule has a sentence
it must flag and a correct one it must leave alone; none is copied from the corpora."""

from __future__ import annotations

from editor_app.core.checks.builtin import BuiltinChecker


def flagged(text: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker().check(text) if i.category == "missing_article"]


def test_modified_count_noun_opening_a_sentence() -> None:
    assert flagged("Planning authority rejected the scheme twice.") == ["Planning authority"]
    assert flagged("Judging panel is split on the winner.") == ["Judging panel"]
    assert flagged("Second round in particular looks hard.") == ["Second round"]
    assert flagged("Site manager, Mrs Ana Costa, said work would resume.") == ["Site manager"]
    assert flagged("The planning authority rejected the scheme. Heavy rain fell.") == []
    assert flagged("Public transport is cheap here. Energy demand rose. Last week was busy.") == []
