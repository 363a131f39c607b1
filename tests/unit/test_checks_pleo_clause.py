"""Pleonasm classes added in session 3, on sentences written for this file (not from any corpus).

* two adverbials of one meaning in one clause (``pleonasm_clause_doubles.txt``);
* a modifier that repeats the prefix of its head ("wrongly misjudged", "jointly cowrote");
* "each"/"every" with "individual"/"separate" before a noun;
* an ordinal before an adjective meaning "first" ("first maiden voyage");
* "share ... in common" with a longer object.
FLAG rows must raise a pleonasm issue whose span contains the needle; QUIET rows must raise none.
"""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker


def _spans(text: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker().check(text) if i.category == "pleonasm"]


FLAG = [
    ("The ferry ran late for the fourth successive week in a row.", "in a row"),
    ("The band played three shows back-to-back in succession.", "in succession"),
    ("The museum is presently closed for repairs at the moment.", "presently"),
    ("Entry to the gardens is complimentary for nothing on Sundays.", "for nothing"),
    ("The appeal raised a total of $9,000 in total.", "in total"),
    ("The lights went out suddenly all of a sudden.", "all of a sudden"),
    ("The judge said the clerk had incorrectly misfiled the papers.", "incorrectly"),
    ("The report mistakenly misidentified the driver.", "mistakenly"),
    ("The two chefs jointly co-wrote the book.", "jointly"),
    ("Advance pre-registration closes on Friday.", "Advance"),
    ("Critics said the seats were excessively overpriced.", "excessively"),
    ("Each individual room has its own balcony.", "individual"),
    ("Every individual ticket carries a number.", "individual"),
    ("The ship sank on its first maiden voyage.", "first"),
    ("The festival's inaugural first edition drew a small crowd.", "inaugural"),
    ("The two villages share the same restored market cross in common.", "in common"),
    ("The choir sang together in unison.", "in unison"),
    ("The two bakers mutually admire each other.", "each other"),
    ("Volunteers worked together with one another all night.", "with one another"),
    ("The reason the ferry stopped is because the engine failed.", "because"),
]

QUIET = [
    "The ferry ran late for the fourth week in a row.",
    "The team won three games in a row, and it is currently top of the table.",
    "Initially the cost was low; at first nobody complained.",
    "In total, 40 people came to all three sessions, and tickets were free in all weathers.",
    "Each individual must register by Friday.",
    "Every individual who applied got a reply.",
    "He missed the train and the coaches left without him.",
    "The engineers jointly coached the junior staff.",
    "The first inaugural address was short.",
    "He bowled his first maiden over of the season.",
    "The villages have a lot in common.",
    "Prices rose excessively over the year.",
    "The match was postponed until later in the week.",
    "The choir sang in unison.",
    # idiomatic binomials and idioms careful writers use
    "Keep your documents safe and secure.",
    "The harbour is a safe haven for small boats.",
    "A sudden burst of applause filled the hall.",
    "Surveyors can estimate roughly how old the wall is.",
    # set phrases of edited prose that usage lists sometimes call redundant
    "The dialect evolved over time.",
    "Two hundred invited guests attended the opening.",
    "The case remains one of the great unsolved mysteries.",
    "She knelt down to tie her lace.",
    "The dog chased after the ball.",
    "Both teams trained together in May.",
    "He repeated the same joke at dinner.",
    "The two bakers admire each other.",
    "The children played together, and talked with each other.",
]


@pytest.mark.parametrize(("text", "needle"), FLAG)
def test_pleonasm_classes_flag(text: str, needle: str) -> None:
    spans = _spans(text)
    assert any(needle in s for s in spans), (text, spans)


@pytest.mark.parametrize("text", QUIET)
def test_pleonasm_look_alikes_stay_quiet(text: str) -> None:
    assert _spans(text) == [], text
