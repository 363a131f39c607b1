"""duplicate_information: a tail whose figures are worked out from the figures the sentence gave.

Sentences written for these tests (not copied from any corpus). Each fault is a later clause
that only restates by arithmetic (a difference said as a comparison, a total as count times
measure, a bound on a share of a count, a range in other units, a frequency in another period, a
count and its period again); each quiet sentence gives figures a reader needs.
"""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin.duplicates import check_duplicates
from editor_app.core.checks.builtin.text import analyse


def _flagged(sentence: str) -> list[str]:
    an = analyse(sentence)
    return [sentence[f.start : f.end] for f in check_duplicates(an)]


FAULTS = [
    # a difference of a from-to pair, said again as a comparative
    ("The path was extended from 3 miles to 4.5 miles, a mile and a half longer than before.", "a mile and a half longer"),
    ("The lake level rose from 3.2 metres to 5 metres, leaving it almost two metres higher than in autumn.", "two metres higher"),
    # a total worked out as count times the measure of each
    ("The roof carries twelve panels of 300 watts each, giving a total output of 3.6 kilowatts.", "3.6 kilowatts"),
    ("The depot runs eight buses of 50 seats each, a combined capacity of 400 seats.", "400 seats"),
    # a bound on a share worked out from two counts
    ("Of the 40 members, 31 voted in favour, meaning more than three-quarters of them backed the plan.", "three-quarters"),
    ("Of the 50 pupils, 26 are girls, so just over half of the class is female.", "half of the class"),
    # a range of frequencies in another period
    ("The bins are emptied every two to three weeks, so roughly once or twice a month.", "once or twice a month"),
    # a range of temperatures in the other scale, written out in words
    ("Keep the room between 18 and 21 °C, which is around 64 to 70 degrees Fahrenheit.", "64 to 70 degrees Fahrenheit"),
    ("The oven should reach 200 degrees Celsius, or about 392 degrees Fahrenheit.", "392 degrees Fahrenheit"),
    # a count and its period again, the counted noun in other words
    ("The team won nine games in ten days, a streak of nine wins in under a fortnight.", "nine wins"),
    # the span between two clock times
    ("The library is open from 9am to 5pm, eight hours every weekday.", "eight hours"),
    ("The market runs from 10 a.m. until 2 p.m., a four-hour window for shoppers.", "four-hour window"),
    # a total shared out per item
    ("The scheme cost £2 million for its 4,000 residents, or £500 a head.", "£500 a head"),
    # a difference named as a loss; the rest of a share; a share of two sums of money
    ("Membership fell from 4,000 to 3,400, a loss of 600 members.", "a loss of 600"),
    ("The grant covers 75 percent of the cost, leaving the club to find the remaining quarter.", "remaining quarter"),
    ("The council spent £3.2 million, of which £800,000, a quarter of the total, went on repairs.", "a quarter of the total"),
    # a list of days counted again
    ("The fair ran on Saturday and Sunday, and organisers counted 3,260 visitors over the weekend, or just over three "
     "thousand people across the two days.", "three thousand people"),
    # a figure after a colon is a figure, not a clock time
    ("The appeal had a clear result: 1,250 donors gave, or more than a thousand people in all.", "a thousand people"),
]

QUIET = [
    "Sales rose from 3.1 million to 3.3 million units, up 6% on the year, while prices fell.",
    "The trail is 5 km (3 miles) long and climbs 400 metres.",
    "The reservoir dropped from 12 metres to 9 metres, and the council expects a further fall of 3 metres by autumn.",
    "Each of the 12 classrooms holds 30 pupils, and the hall seats another 360 people for assemblies.",
    "The club has 40 members, 31 of whom voted, and three-quarters of the voters backed the plan.",
    "The bins are emptied every two to three weeks, and the recycling once a month.",
    "Keep the room between 18 and 21 °C at night and 23 °C during the day.",
    "She won six matches in eight days and lost two in the following week.",
    "Twelve volunteers each gave 5 hours, and the staff added 60 hours of their own.",
    "Tickets cost £12 for adults and £6 for children, and a family pass is £30.",
    "The new tower is 120 metres tall, 30 metres taller than the old one.",
    "Of the 200 applicants, 50 were shortlisted, and more than half of those were women.",
    "The court hears about 80 of the 6,000 appeals it receives, roughly one in seventy-five.",
    "The market runs on Friday and Saturday, and two days is enough for most traders.",
    "The shop opens at 9am and closes at 5pm, and the café stays open until 6pm.",
    "The grant gives £2 million to 40 schools, and each school must add £10,000 of its own.",
    "Doors open at 7pm. The show starts at 7pm sharp in the main hall.",
    "Spread the beans on one half of the tray and the onions over the other half.",
    "The grant covers 75 percent of the cost, and the club must find the rest from members.",
    "The train leaves at 09:40 and arrives at 11:15, a journey of 95 minutes.",
    "A one-year rise in the fee raises several million pounds a year.",
    "The warranty runs for three years, and a three-year extension costs £120.",
]


@pytest.mark.parametrize(("sentence", "part"), FAULTS)
def test_arithmetic_restatements_are_flagged(sentence: str, part: str) -> None:
    spans = _flagged(sentence)
    assert any(part in s for s in spans), spans


@pytest.mark.parametrize("sentence", QUIET)
def test_figures_a_reader_needs_are_left_alone(sentence: str) -> None:
    assert _flagged(sentence) == []


# Adjacent sentences: the later one gives again every figure the earlier one gave.
SENTENCE_FAULTS = [
    ("The tour lasted 90 minutes. It ran for an hour and a half in light rain.",
     "It ran for an hour and a half"),
    ("Revenue grew 12 percent to £48 million. Income for the year came to £48 million, 12 percent more than last year.",
     "Income for the year"),
    ("The loan must be repaid within 20 years. The council hopes to clear the debt in two decades.", "two decades"),
    # a rate per year given again per week
    ("The dairy bottles about 52,000 pints a year. That comes to roughly 1,000 pints every week.", "1,000 pints"),
    # a range given again on "both days"
    ("The tide ran at 3 to 4 knots on Monday and Tuesday. It flowed at between 3 and 4 knots on both days.", "both days"),
    # a count rounded down ("more than a hundred")
    ("There were 126 runners at the start. In all, more than a hundred club athletes ran on the day.", "more than a hundred"),
    # a small count of the same things, with a period that is not news
    ("Four pupils were sent home after eating the berries. In all, four pupils needed a day off school.", "four pupils"),
]

SENTENCE_QUIET = [
    # the figure named again to point back to it
    "Each licence costs 40 euros for three years of access. When the three years are over, the library must pay again.",
    # a threshold used in an argument
    "The pass costs £30 and pays for itself once you spend £90. Every pound spent above £90 is a saving.",
    # another thing compared
    "The first leg takes 40 minutes. The second leg also takes 40 minutes, but climbs much more.",
    # a period many facts share
    "Volunteers meet every week in the church hall. Every week someone new turns up with cake.",
    # a small count of other things
    "Four pupils were sent home early. Four teachers stayed behind to tidy the hall.",
    # a sum worked through
    "A ticket costs £8 and a family of four pays £32. Four tickets at £8 make £32, so there is no discount.",
]


def _flagged_text(text: str) -> list[str]:
    an = analyse(text)
    return [text[f.start : f.end] for f in check_duplicates(an)]


@pytest.mark.parametrize(("text", "part"), SENTENCE_FAULTS)
def test_sentence_giving_the_same_figures_again_is_flagged(text: str, part: str) -> None:
    spans = _flagged_text(text)
    assert any(part in s for s in spans), spans


@pytest.mark.parametrize("text", SENTENCE_QUIET)
def test_sentences_that_use_a_figure_again_are_left_alone(text: str) -> None:
    assert _flagged_text(text) == []


# "From A to B" between opposites already says the whole; a tail that says the whole again.
WHOLE_FAULTS = [
    ("She read the report from start to finish, all the way to the final page.", "all the way to the final page"),
    ("The choir sang the carol from beginning to end, right through to the last verse.", "right through"),
    ("The crew searched the ship from top to bottom, every step of the way.", "every step of the way"),
]

WHOLE_QUIET = [
    "The shop is open from Monday to Saturday, right through the summer.",
    "We walked from the station to the harbour, all the way along the sea wall.",
    "The report covers the project from start to finish, and the appendix lists every supplier.",
]


@pytest.mark.parametrize(("sentence", "part"), WHOLE_FAULTS)
def test_whole_span_said_again_is_flagged(sentence: str, part: str) -> None:
    spans = _flagged(sentence)
    assert any(part in s for s in spans), spans


@pytest.mark.parametrize("sentence", WHOLE_QUIET)
def test_spans_that_add_something_are_left_alone(sentence: str) -> None:
    assert _flagged(sentence) == []
