"""duplicate_information: figures given again in another form (session 3).

Sentences written for these tests, not copied from any corpus. Each fault is one general shape
(a plural fraction, a fraction of a unit, a compound duration, basis points, a unit glued to its
number, a rate of a measured amount, a weekday range counted as days a week, a sentence that
announces a restatement); each quiet case is ordinary prose of a similar shape.
"""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin.duplicates import check_duplicates
from editor_app.core.checks.builtin.text import analyse


def _flagged(text: str) -> list[str]:
    an = analyse(text)
    return [text[f.start : f.end] for f in check_duplicates(an) if f.category == "duplicate_information"]


FAULTS = [
    ("Attendance reached 76%, roughly three-quarters of the members.", "three-quarters"),
    ("The ferry crossing takes 20 minutes, about a third of an hour.", "a third of an hour"),
    ("Her speech lasted 40 minutes, two-thirds of an hour, and nobody left.", "two-thirds of an hour"),
    ("The opera runs 190 minutes, or three hours and ten minutes, with one interval.", "three hours and ten minutes"),
    ("The warning covers 72 hours, three full days, from Friday morning.", "three full days"),
    ("The bank lifted its rate by half a percentage point, or 50 basis points.", "50 basis points"),
    ("The trail is a 12km loop, twelve kilometres of gravel and mud.", "twelve kilometres"),
    ("The mill grinds 30 tonnes a year, or 30,000 kilograms annually.", "30,000 kilograms annually"),
    ("The gallery is open Thursday to Saturday, three days a week, from ten until six.", "three days a week"),
    ("The walk is about 90 minutes. That is an hour and a half on foot, with two stiles to climb.", "That is an hour"),
    ("The bridge is 1,609 metres long. In other words, it is roughly a mile from bank to bank.", "In other words"),
    ("The hull was laid down around 1450. That places it in the middle of the fifteenth century.", "That places it"),
    ("The tank holds 64 litres. That works out at roughly 64,000 millilitres of fuel.", "That works out"),
    ("Imports grew fivefold, five times the level of the year before.", "five times"),
    ("The choir rehearses every other week, once a fortnight, in the school hall.", "once a fortnight"),
    # (the share said again in words; in digits, "200 of them, 40%", it is the statistic a
    # reader wants and is left alone since session 10: 3 alarms on clean text, 0 faults)
    ("Of the 500 members asked, 200 of them, forty per cent, wanted a later start.", "forty per cent"),
    ("Only 2% of the seedlings, two in every hundred, survived the frost.", "two in every hundred"),
    ("The museum welcomed 500,000 visitors, half a million people, in its first year.", "half a million people"),
    ("The reservoir releases 20,000 cubic metres of water a day, which is 20 million litres every twenty-four hours.",
     "20 million litres"),
    ("The hosts won 31-24, a seven-point margin, in front of a full stadium.", "seven-point margin"),
    ("Of the firm's 900 staff, half, some 450 people, work from home.", "some 450 people"),
    ("Just 5 percent of trips are made by bus, or one journey in every twenty.", "one journey in every twenty"),
    ("The oak is thought to be about 800 years old, which places its planting in the thirteenth century.", "thirteenth century"),
    ("Sales were 50 percent above forecast, more than one and a half times the expected figure.", "one and a half times"),
    ("The filters are changed every ten years. In other words, a set of filters lasts a decade.", "In other words"),
    ("The lake has lost a third of its volume since 1980. Roughly 33 per cent of the water is gone.", "Roughly 33 per cent"),
    ("The post pays £42k, or £42,000 a year before tax.", "£42,000 a year"),
    ("Orders fell from 40,000 to 30,000, a drop of a quarter.", "a drop of a quarter"),
    ("Fewer than half of the 800 residents, 350 in all, signed the letter.", "350 in all"),
]

QUIET = [
    # a different share, a different duration, a second measurement
    "Attendance reached 76%, while two-thirds of the members voted.",
    "The ferry crossing takes 20 minutes, and the bus takes a third of an hour more than that.",
    "The opera runs 190 minutes, and the ballet runs two hours and ten minutes.",
    "The bank lifted its rate by half a percentage point, and markets expect another 25 basis points in spring.",
    "The trail is a 12km loop, with a 3km spur to the lake.",
    "The mill grinds 30 tonnes a year, and the bakery uses 4 tonnes a year.",
    "The gallery is open Thursday to Saturday, and the café opens seven days a week.",
    # an announced sentence that brings a new figure, or a new event
    "The walk is about 90 minutes. That is twice as long as the route along the river.",
    "The hull was laid down around 1450. That is when the harbour wall was rebuilt in stone, in 1452.",
    "The tank holds 64 litres. That is enough for 900 kilometres on the motorway.",
    "Sales rose 4% in May. In other words, they rose 4% again in June.",
]


@pytest.mark.parametrize(("text", "part"), FAULTS)
def test_figure_in_another_form_is_flagged(text: str, part: str) -> None:
    assert any(part in f for f in _flagged(text)), _flagged(text)


@pytest.mark.parametrize("text", QUIET)
def test_other_figures_are_left_alone(text: str) -> None:
    assert _flagged(text) == []


SENTENCE_FAULTS = [
    # the same subject, a short sentence, a figure worked out from the one before
    ("The mill was built in 1790. It has stood for more than 230 years.", "It has stood"),
    ("The canal is 14 miles long. It runs for roughly 22 kilometres through the valley.", "It runs for"),
    ("The levy raises £900 million over three years. That is £300 million a year.", "That is £300 million"),
    ("The ferry sails at 20 knots, or about 37 km/h.", "37 km/h"),
]

SENTENCE_QUIET = [
    "The first ferry sailed at 20 knots. Its replacement manages 24 knots.",
    "The first kettle weighed 1.98 kg. Its replacement weighs just under two kilos.",
    "The mill was built in 1790. It was rebuilt in 1850 after a fire.",
    "The canal is 14 miles long. It has 40 locks and two tunnels.",
    "The levy raises £900 million over three years. It also funds 300 apprenticeships.",
    # short durations are compared at their own scale, "up 12%" is a change, not an approximation
    "Simmer the beans for eight minutes, stirring now and then. They need a minute more if the pan is wide.",
    "Bake the loaf for 35 to 40 minutes, until it sounds hollow, then let it rest for five minutes.",
    "Exports rose to 10.8% of output, with sales up 12% in the last quarter.",
    "The hosts won 31-24, and a three-point penalty in the last minute sealed it.",
    "Orders fell from 40,000 to 30,000, and prices fell by a tenth.",
    "The post pays £42k, and the rent takes £900 a month of it.",
    "The lake has lost a third of its volume since 1980. Roughly 40 per cent of the fish have gone too.",
    "The oak is thought to be about 800 years old, and the chapel beside it dates from the fifteenth century.",
]


@pytest.mark.parametrize(("text", "part"), SENTENCE_FAULTS)
def test_short_sentence_giving_the_figure_again_is_flagged(text: str, part: str) -> None:
    assert any(part in f for f in _flagged(text)), _flagged(text)


@pytest.mark.parametrize("text", SENTENCE_QUIET)
def test_short_sentence_with_new_figures_is_left_alone(text: str) -> None:
    assert _flagged(text) == []
