"""Dictionary-derived pleonasms (``pleonasm_gloss``) on sentences written for this file (not from any corpus).

FLAG rows: the rule must underline exactly the redundant words, under the given kind, and offer a
replacement that drops them. QUIET rows: correct prose that looks like a fault (a lexicalised
phrasal verb, a preposition with its object, an accepted collocation, a quotation) must raise
nothing.
"""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin.pleonasm_gloss import check_gloss_pleonasms
from editor_app.core.checks.builtin.text import analyse

FLAG = [
    ("The hawk pounced down on a vole in the stubble.", "down", "particle"),
    ("The old wheel revolves round on a wooden axle.", "round", "particle"),
    ("After the storm the boats retreated back to the harbour.", "back", "particle"),
    ("The vines intertwine with one another above the gate.", "with one another", "reciprocal"),
    ("She whispered softly to the nurse at the desk.", "softly", "manner"),
    ("The children sprinted quickly to the finish line.", "quickly", "manner"),
    ("He shrugged his shoulders and walked off.", "his shoulders", "body"),
    ("The ferry leaves at 12 midnight every Friday.", "12 midnight", "number"),
    ("Rents are reviewed yearly each year.", "yearly each year", "adverb-double"),
    ("The council faced an unforeseen emergency in March.", "unforeseen", "modifier"),
    ("The tour will finally culminate in a concert in Rome.", "finally", "adverb"),
    ("She expressed her gratitude and thankfulness to the crew.", "and thankfulness", "doublet"),
    ("The cottage stood remote and apart from the village.", "and apart", "doublet"),
    ("Water is a vital and indispensable resource.", "and indispensable", "doublet"),  # one WordNet cluster
    ("They will arrive simultaneously at the same time.", "simultaneously at the same time", "adverb-double"),
]

QUIET = [
    "She sat down on the bench.",  # "sit_down" is a WordNet entry: lexicalised
    "Slow down before the bend.",
    "The parcel tumbled down the stairs.",  # a preposition with its object
    "The two clubs cooperate with each other's coaches.",
    "She waved her hand at the bus.",
    "Peel the skin from the pears.",
    "The general public was invited.",
    "Keep the heap open and airy.",  # "airy: open to fresh air" is relational, not a synonym
    "Thousands of people gathered on the quay at midnight.",
    '"The hawk pounced down on it," she said.',  # someone else's words
    "The players ran quickly towards the goal.",
    "The cells proliferate rapidly in warm water.",
    "Between fear and dread, she chose to act.",
    "The candidates debated each other on the radio.",
    "The wedding took place at noon on a Saturday.",
    "The rooms were neat and tidy.",  # an idiom (pleonasm_binomials.txt)
    "The first and fourth days are the hardest.",
    "It was a quick and easy fix.",
]


@pytest.mark.parametrize(("text", "span", "kind"), FLAG)
def test_flags(text: str, span: str, kind: str) -> None:
    found = check_gloss_pleonasms(analyse(text))
    assert [(text[f.start : f.end], f.rule, f.category) for f in found] == [
        (span, f"pleonasm:gloss-{kind}", "pleonasm")]
    keep = found[0].replacements[0]  # the text without the redundant words
    assert keep == "" or keep in span and keep != span


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert check_gloss_pleonasms(analyse(text)) == []


def test_table_is_lazy_and_cached() -> None:
    from editor_app.core.checks.builtin import pleonasm_gloss

    first = pleonasm_gloss._table()
    assert first is pleonasm_gloss._table()
    assert "descend" in first["particle"]
