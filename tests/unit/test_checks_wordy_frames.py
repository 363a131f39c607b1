"""Wordy frames (classes, not listed phrases), on sentences written for this file.

* light verb + a noun made from a verb + its preposition ("carried out a review" stays; "made an
  adjustment to" -> "adjusted"): the listed phrases (the open WordNet frame over
  ``wordy_nominalisations.tsv`` was retired in session 7: no annotated hit, alarms on clean prose);
* "It is <important/worth/...> to <note/stress/...> that", "It should be <noted/stressed> that";
* "a wide variety of", "a vast array of", "a plethora of".
FLAG rows must raise a wordy_phrase issue whose span contains the needle; QUIET rows must raise none.
"""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker


def _issues(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(text[i.start : i.end], i.replacements) for i in BuiltinChecker().check(text)
            if i.category == "wordy_phrase"]


FLAG = [
    ("The landlord made an adjustment to the rent.", "made an adjustment to", "adjust"),
    ("Inspectors carried out an inspection of the kitchens.", "carried out an inspection of", "inspect"),
    ("The panel will give consideration to late entries.", "give consideration to", "consider"),
    ("The club made a donation to the hospice.", "made a donation to", "donated to"),
    ("Engineers performed an evaluation of the bridge.", "performed an evaluation of", "evaluat"),
    ("It is worth stressing that entry is free.", "It is worth stressing that", ""),
    ("It is particularly important to emphasise that the trail is steep.", "important to emphasise that", ""),
    ("It should also be mentioned that the cafe shuts early.", "It should also be mentioned that", ""),
    ("The bakery sells a vast array of breads.", "a vast array of", "many"),
    ("Visitors face a plethora of signs.", "a plethora of", "many"),
    # an evaluative impact is a verb
    ("The new timetable will have a beneficial effect on commuters.", "have a beneficial effect on", "benefit"),
    ("Dust had a damaging impact on the crop.", "had a damaging impact on", "harmed"),
    # empty openers: an adjective's angle, "as far as X goes"
    ("From an ecological perspective, the dam is a disaster.", "From an ecological perspective", "Ecologically"),
    ("As far as parking goes, the town is hopeless.", "As far as parking goes", "On parking"),
    # the nominalisation with its object
    ("The council praised the utilization of spare classrooms.", "utilization of", "use of"),
]

QUIET = [
    "The landlord made an offer.",
    "The committee reviewed the plan.",
    "It is worth the wait.",
    "It is important that everyone signs.",
    "It is worth remembering that the trail closes at dusk.",
    "The garden grows a variety of the old apple.",
    "The hotel offers a wide range of rooms.",
    "The crew made the film about the strike.",
    "From a distance, the hill looks small.",
    "From an early age, she sang in the choir.",
    "As far as I know, the hall is open.",
    "The change has a large effect on costs.",
    "The plan has a number of flaws.",
    # "utilization" as a technical term, not the wordy nominalisation
    "Capacity utilization at the smelter reached 92 per cent.",
    "The ward's bed utilisation rate fell over the winter.",
]


@pytest.mark.parametrize(("text", "needle", "repl"), FLAG)
def test_wordy_frames_flag(text: str, needle: str, repl: str) -> None:
    got = _issues(text)
    assert any(needle in span and repl in (r[0] if r else "") for span, r in got), (text, got)


@pytest.mark.parametrize("text", QUIET)
def test_wordy_look_alikes_stay_quiet(text: str) -> None:
    assert _issues(text) == [], text
