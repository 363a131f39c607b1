"""duplicate_information, session 6: the same figure said again for another thing or another time
is a second fact, not a restatement.

Sentences written for these tests, not copied from any corpus. Each quiet case is one general
shape of correct prose: a list of like amounts of different things ("200g of flour, 200g of
sugar"), a clause that marks its figure as another fact ("also", "another", "too"), and a next
sentence that gives the figure for another month, year or thing ("in April as well"); and a
"which means" tail that says what can or will follow from a denial (a modal the sentence did not
use: "is not finished, which means the road cannot open"). The faults are restatements of the
same shapes that must still be flagged.
"""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin.duplicates import check_duplicates
from editor_app.core.checks.builtin.text import analyse


def _flagged(text: str) -> list[str]:
    an = analyse(text)
    return [text[f.start : f.end] for f in check_duplicates(an) if f.category == "duplicate_information"]


QUIET = [
    # a list of like amounts of different things
    "The dough takes 300g of rye flour, 300g of water and 10g of salt.",
    "Each crate holds 24 bottles of cider, 24 bottles of perry and a corkscrew.",
    # a clause that marks its figure as a second fact
    "The lighthouse keeper retired in 1987, and his brother, who kept the next light along, also retired in 1987.",
    "The east car park has 400 spaces, the west car park another 400.",
    "Fares on the ferry rose 4% this spring, and fares on the buses rose 4% too.",
    # the same figure for another time, in the next sentence
    "Inflation was 2.3% in June. It was 2.3% in July as well, the bank said.",
    "The index closed at 812 points on Monday. It closed at 812 points again on Friday.",
    "Wheat yields averaged 8 tonnes a hectare in 2022. They averaged 8 tonnes a hectare in 2023.",
    # a consequence of a denial, not the denial again
    "The ramp is not finished, which means the bus cannot stop at the new shelter.",
    "The orchard has no irrigation, meaning growers will not plant young trees there this year.",
    "The clinic keeps no paper records, which means patients have no way to check a printed file.",
    # like counts of sibling things (one hypernym above both) are a list, not a restatement
    "The couple have three sons, three daughters and a dog.",
    "The gale felled 40 oaks, 40 beeches and a cedar.",
    "She scored two goals, adding two assists before half-time.",
    "The school has 40 teachers, 40 support staff and a nurse.",
    "From March to May, three of the club teams played abroad.",
    "The exhibition runs from May to August, six weeks longer than last year.",
]

FAULTS = [
    # the same figure in other words, in a tail: still a restatement
    ("The mill grinds 2 tonnes of grain a day, or 2,000 kilograms of grain.", "or 2,000 kilograms of grain"),
    ("Members voted 64% in favour, nearly two-thirds of the membership.", "nearly two-thirds of the membership"),
    # a next sentence that only says the figure again
    ("The hostel employs 45 staff. It has a workforce of 45.", "It has a workforce of 45."),
    # a "meaning" tail that denies again what the sentence denied (the same modal, or none)
    ("The pass will not cover weekends, meaning it will not be valid at the weekend.", "meaning it will not be valid"),
    ("The cabin has no electricity, which means there is no power supply inside.", "which means there is no power"),
    # a count given again with a WordNet synonym or hypernym of its noun (dup_noun_kin_wn.txt)
    ("They planted 500 saplings, putting 500 young trees into the ground.", "putting 500 young trees"),
    ("The lab tested 80 samples, analysing eighty specimens in a week.", "analysing eighty specimens"),
    ("She won the heat by three shots, a clear three-stroke margin.", "a clear three-stroke margin"),
    # a kind of person counted again as "staff" or "people"
    ("The ward hired 14 nurses, taking on 14 new staff before winter.", "taking on 14 new staff"),
    # a fraction word and its rounded percentage; a range of months and its length
    ("Membership fell by a third, down 33% on the year before.", "down 33% on the year before"),
    ("Ticket sales rose by a sixth, up 17% on last season.", "up 17% on last season"),
    ("Costs grew by two-thirds, up 67% since the launch.", "up 67% since the launch"),
    ("The market runs from May to October, six months of stalls.", "six months of stalls"),
]


@pytest.mark.parametrize("sentence", QUIET)
def test_same_figure_for_another_thing_or_time_is_quiet(sentence: str) -> None:
    assert _flagged(sentence) == []


@pytest.mark.parametrize(("sentence", "span"), FAULTS)
def test_restated_figure_still_flagged(sentence: str, span: str) -> None:
    assert any(span in found for found in _flagged(sentence))
