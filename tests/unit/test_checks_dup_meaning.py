"""duplicate_information: a clause that only says again what its own sentence said (session 3).

Sentences written for these tests, not copied from any corpus: a relative clause that names
again the place its noun phrase named, "never ... before" after "for the first time". Quiet
cases are ordinary prose of the same shape that adds something.
"""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin.duplicates import check_duplicates
from editor_app.core.checks.builtin.text import analyse


def _flagged(text: str) -> list[str]:
    an = analyse(text)
    return [text[f.start : f.end] for f in check_duplicates(an) if f.category == "duplicate_information"]


FAULTS = [
    ("Tomas, a listener from Galway who lives in Galway, sent us this question.", "who lives in Galway"),
    ("The Norwegian-born painter, who was born in Norway, moved south at twenty.", "who was born in Norway"),
    ("Our reporter in Lagos, who is based in Lagos, filed the story.", "who is based in Lagos"),
    ("The team reached the semi-final for the first time, a round it had never reached before.", "never reached before"),
    # a clause announced as the same thing in other words
    ("Rents rose faster than wages, in other words, housing became harder to afford, and queues grew.",
     "in other words, housing became harder to afford"),
    ("The verdict is final. Put another way, there is no route left to appeal.", "Put another way"),
    # a "meaning" tail that denies again what the sentence denied
    ("The tool needs no plug-ins, meaning there is nothing extra to download.", "meaning there is nothing extra"),
    ("The bond does not pay a coupon, which means holders receive no interest on it.", "which means holders receive no"),
    # the same subject again, denying the opposite (WordNet antonyms)
    ("The lane is narrow and steep, and it is not wide enough for two cars.", "not wide"),
    ("The old station is closed now, which means it is no longer open to passengers.", "no longer open"),
]

QUIET = [
    "Tomas, a listener from Galway who works in Dublin, sent us this question.",
    "The Norwegian-born painter, who trained in Paris, moved south at twenty.",
    "The Leeds-based firm, which opened a second site in Leeds last year, makes bikes.",
    "The river froze for the first time since 1963, and older residents had never seen it so thick before.",
    "She voted for the first time, and she had never felt so nervous.",
    "The lane is narrow and steep, and the road beyond it is not wide either.",
    "The old station is closed now, and the new one is not open yet.",
    "The bar can get loud when the band plays, so it is not the place for a quiet chat.",
    "The cache keeps no old builds, which means the next run will download them again.",
    "The tool needs no plug-ins, meaning it starts quickly even on old laptops.",
    "The verdict is final. Put another way, the Supreme Court has refused to hear it.",
    # a participle that names who or what was acted on adds news, even with a synonym verb
    "The club won the cup on Saturday, defeating the holders in extra time.",
    # a score after a name, a "double" that is a kind rather than a count
    "Aces: Moreau 11, Tanaka 4. Double faults: Moreau 3, Tanaka 2.",
]


@pytest.mark.parametrize(("text", "part"), FAULTS)
def test_clause_saying_it_again_is_flagged(text: str, part: str) -> None:
    assert any(part in f for f in _flagged(text)), _flagged(text)


@pytest.mark.parametrize("text", QUIET)
def test_clause_adding_something_is_left_alone(text: str) -> None:
    assert _flagged(text) == []
