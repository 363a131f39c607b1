"""Session 7 precision: a phrase repeated to build a contrast or a parallel (in one sentence around
"but", denied in the next sentence, two sentences in a row opening alike, an option of a colon
list taken up by the next sentence), and a verb's derived noun that is not its own object
(sentences written for these tests, not taken from the corpora). The lapses beside them must
still be flagged."""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker


def found(text: str, category: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker().check(text) if i.category == category]


@pytest.mark.parametrize(
    "text",
    [
        # a contrast inside one sentence
        "The kettle is no good for anyone who travels light, but ideal for anyone who travels by car.\n",
        # a denial of the phrase in the next sentence
        "Most bands would have been tempted to cut the encore short. The quartet did not cut the "
        "encore short, and the hall stayed full until eleven.\n",
        # two sentences in a row opening alike
        "In the morning, the tide pulls the boats toward the quay wall a few metres. In the evening, the "
        "wind pulls the boats toward the quay wall a few metres as well.\n",
        # an option of a list taken up by the next sentence
        "Owners facing a leak have two options: replace the whole valve, or pack the gland again. "
        "Replacing the whole valve costs more but lasts for years.\n",
        # an event told earlier, named again as the time of another
        "The ferry ran twice a day until the pier was rebuilt in 1987.\n\nShe opened the cafe on "
        "the quay in 1990. After the pier was rebuilt, the trawlers came back, and so did trade.\n",
        # a measure named by its rate, said again
        "The spreadsheet has one column for the field and one for the seed rate in kilograms per hectare. "
        "Fill both before you save.\n\nThe contractor then reads the seed rate in kilograms per hectare "
        "from the sheet and sets the drill.\n",
        # a ratio said with "for every"
        "A good stove gives two kilograms of charcoal for every ten kilograms of wood. An open pit gives "
        "barely one kilogram of charcoal for every ten kilograms of wood it burns.\n",
    ],
)
def test_contrast_and_parallel_repeats_are_not_flagged(text: str) -> None:
    assert found(text, "repeated_phrase") == []


@pytest.mark.parametrize(
    "text",
    [
        # a stock description said twice in two unrelated sentences is still a lapse
        "The harbour board said the new crane had proved a real coup for the port. Dock workers, who had "
        "waited years for it, agreed that the machine was a real coup for the port.\n",
    ],
)
def test_plain_repeats_are_still_flagged(text: str) -> None:
    assert found(text, "repeated_phrase") != []


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers sort the cans on the bench and stack the empties behind the counter by the door.\n",
        "Inspectors counted the trays twice and left the ledger open on the counter for the manager.\n",
        "The night bus follows every scheduled route in the city, and the timetable is on the website.\n",
        # the same verb before its object and after "to": no noun repeated by its verb
        "In the last chapter the sailor makes a promise he has sworn never to make, and he keeps it.\n",
        # the verb in a coordinated clause of its own, with its own subject
        "Many of the weavers returned to work after the fire, and one, Ann Hale, worked the looms until 1930.\n",
    ],
)
def test_derived_noun_of_another_sense_is_not_flagged(text: str) -> None:
    assert found(text, "cognate_repetition") == []


@pytest.mark.parametrize(
    "text",
    [
        "The surgeon operated an operation that lasted nine hours.\n",
        "The club trained its trainees on the river every Saturday morning.\n",
    ],
)
def test_verb_and_its_own_object_noun_is_flagged(text: str) -> None:
    assert found(text, "cognate_repetition") != []


@pytest.mark.parametrize(
    ("phrase", "compound"),
    [("a night shift supervisor", True), ("the school bus driver", True), ("a long day ending", False),
     ("a bitter winter night", False), ("the old mill", False)],
)
def test_noun_compound_shape(phrase: str, compound: bool) -> None:
    from editor_app.core.checks.builtin.repeated_phrase import _noun_compound
    from editor_app.core.checks.builtin.text import analyse_cached

    an = analyse_cached(phrase)
    assert _noun_compound(an, 0, len(an.tokens) - 1) is compound
