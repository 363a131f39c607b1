"""Session 9 pleonasm recall classes (``pleonasm_more``). All sentences are written fresh.

* a ``co-`` verb already says "together"/"jointly": "co-hosted the gala together", "jointly
  co-authored"; "together with X" (a preposition) is left alone;
* "in unison" already says "together";
* "mutual(ly)" already says "each other".
"""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker


def flagged(text: str, category: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker().check(text) if i.category == category]


@pytest.mark.parametrize(("text", "word"), [
    ("The two charities co-hosted the winter gala together at the town hall last week.", "together"),
    ("The parish and the county council will co-fund the new footbridge jointly from next April.", "jointly"),
    ("The sisters jointly co-authored a short history of the mill, published in the spring.", "jointly"),
    ("The two brothers co-own the bakery together and open it at six every morning.", "together"),
    ("The choir sang the final hymn together in unison while the bells rang outside.", "together"),
    ("The crowd chanted the player's name in unison together as he left the pitch.", "together"),
    ("The two clubs mutually agreed with each other to postpone the fixture until March.", "with each other"),
    ("The neighbours had a mutual respect for one another that lasted for decades.", "for one another"),
])
def test_togetherness_said_twice_is_flagged(text: str, word: str) -> None:
    assert word in flagged(text, "pleonasm")


@pytest.mark.parametrize("text", [
    "She co-wrote the album together with her long-time producer in a rented cottage.",
    "The two firms co-operate on research, and the staff often eat lunch together on Fridays.",
    "The choir sang in unison for the first verse and in harmony for the second.",
    "The players walked off together after the match and thanked the travelling fans.",
    "The agreement was mutual, and the two sides shook hands before the cameras.",
    "They trusted each other, and their mutual friend kept the peace at the wedding.",
    "The co-op opened a new branch, and volunteers worked together to stock the shelves.",
])
def test_clean_togetherness_is_not_flagged(text: str) -> None:
    assert flagged(text, "pleonasm") == []


# --- wordy_phrase: listed light-verb frames widened, "came to the realisation that" -------------

@pytest.mark.parametrize(("text", "phrase"), [
    ("The committee never made any attempt to contact the tenants before the vote.", "made any attempt to"),
    ("She made a conscious decision to leave the band after the second album.", "made a conscious decision"),
    ("Police conducted a thorough investigation into the fire at the warehouse.",
     "conducted a thorough investigation into"),
    ("The coach comes to the realization that his side needs a new goalkeeper.", "comes to the realization"),
    ("By spring the two families had come to an arrangement that suited both farms.", "come to an arrangement"),
    ("After two long meetings the board arrived at the decision to close the branch.",
     "arrived at the decision"),
    ("The inspectors made every effort to finish the survey before the winter.", "made every effort to"),
])
def test_widened_light_verb_frames_are_flagged(text: str, phrase: str) -> None:
    assert any(phrase in f for f in flagged(text, "wordy_phrase"))


@pytest.mark.parametrize("text", [
    "The council will make a final decision on the parking scheme in March.",
    "The author makes no apology for the book's slow first chapter.",
    "A good teacher can make a real difference to a shy pupil.",
    "The train came to the station on time, and we arrived at the hotel by noon.",
    "She came to the defence of her colleague at the meeting.",
    "The panel took the decision seriously and asked for more evidence.",
])
def test_plain_light_verbs_are_not_flagged(text: str) -> None:
    assert flagged(text, "wordy_phrase") == []


# --- pleonasm: acronym + the word its last letter stands for --------------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("Shoppers will pay more once the GST tax rises to twelve percent in July.", "tax"),
    ("Every edition carries its own ISBN number on the back cover.", "number"),
    ("The app talks to the bank through a public API interface that anyone can use.", "interface"),
    ("Check the VIN number stamped under the windscreen before you buy.", "number"),
])
def test_acronym_with_its_last_word_is_flagged(text: str, word: str) -> None:
    # the underline covers the acronym and its head (session 11): "GST tax"
    assert any(f.endswith(" " + word) for f in flagged(text, "pleonasm"))


@pytest.mark.parametrize("text", [
    "Critics say the NHS system is stretched after a hard winter.",
    "The BBC test broadcast ran for an hour on Sunday night.",
    "Her NASA account of the launch was read on the radio.",
    "Write the ZIP code on the envelope, and book the car's MOT test for May.",
    "The MSCI index fell two percent on Monday.",
])
def test_acronym_with_another_head_is_not_flagged(text: str) -> None:
    assert flagged(text, "pleonasm") == []
