"""The usage-guide lists pleonasms_common.tsv and wordy_common.tsv: common English pleonasms and
wordy phrases are flagged, and the correct phrases next to them stay quiet. Sentences written for
this test, not taken from the corpora."""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker


def flagged(text: str, category: str, phrase: str) -> bool:
    a = text.index(phrase)
    b = a + len(phrase)
    return any(i.category == category and i.start < b and a < i.end for i in BuiltinChecker().check(text))


@pytest.mark.parametrize(("text", "phrase"), [
    ("The shop sold every old antique it had by Friday.", "old antique"),
    ("The flood was a disastrous catastrophe for the valley.", "disastrous"),
    ("The two governments mutually agreed a new border crossing.", "mutually"),
    ("The tickets cost ten pounds per each person.", "each"),
    ("The police arrested the alleged suspect at the station.", "alleged"),
    ("Smoke poured from the hot inferno on the hillside.", "hot"),
    ("The old mill was handmade by hand in 1820.", "by hand"),
    ("The committee reached a decision twelve years ago since the last vote.", "since"),
    ("The rumour turned out to be a hackneyed cliché about the town.", "hackneyed"),
    ("The strike resumed once more after the talks broke down.", "once more"),
    ("They walked on foot from the station to the castle.", "on foot"),
])
def test_common_pleonasms_are_flagged(text: str, phrase: str) -> None:
    assert flagged(text, "pleonasm", phrase), text


@pytest.mark.parametrize(("text", "phrase"), [
    ("A significant proportion of the budget goes on heating.", "A significant proportion of"),
    ("The council will carry out an investigation into the flooding.", "carry out an investigation into"),
    ("It is worth pointing out that the bridge was built in a hurry.", "It is worth pointing out that"),
    ("The school was reliant on volunteers for its library.", "was reliant on"),
    ("The road will reopen at some future date.", "at some future date"),
    ("The ferry sailed in a northerly direction for an hour.", "in a northerly direction"),
    ("They came to the conclusion that the bridge was unsafe.", "came to the conclusion that"),
    ("The plant was utilised by the village for centuries.", "utilised"),
])
def test_common_wordy_phrases_are_flagged(text: str, phrase: str) -> None:
    assert flagged(text, "wordy_phrase", phrase), text


@pytest.mark.parametrize("text", [
    "Add a handful of parsley just before serving.",
    "A majority of fifteen councillors voted for the plan.",
    "The company reset every password out of an abundance of caution.",
    "Prices climbed up the scale for the third month in a row.",
    "A light breeze kept the crowd cool at the harbour.",
    "The inner core of the planet is solid iron.",
    "The film holds back its secret for the most part of an hour.",
    "A quick glance at the map showed the river was close.",
    "Edinburgh is a city of two halves.",
    "Error messages now show a short excerpt of the offending line.",
    "The path runs in the direction of the sunset.",
    "Newborn babies sleep for most of the day.",
    # set phrases of edited prose
    "The accounts came under close scrutiny after the sale.",
    "A heavy downpour flooded the underpass.",
    "The global pandemic closed the theatre for a year.",
    "She thought to herself that the road looked longer in the rain.",
    "The album runs the full gamut of styles.",
])
def test_correct_phrases_stay_quiet(text: str) -> None:
    issues = [(i.category, text[i.start : i.end]) for i in BuiltinChecker().check(text)
              if i.category in ("pleonasm", "wordy_phrase")]
    assert issues == []
