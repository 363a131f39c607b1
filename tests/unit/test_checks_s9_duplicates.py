"""duplicate_information, session 9: a figure said again in another form.

Sentences written for these tests, not copied from any corpus. Each fault is one general shape
(a count said again in another form under another noun, a money amount or a fraction inside a
compound word, a share of a scale word with a currency, a sentence that gives the previous
sentence's figure again in other words); each quiet case is ordinary prose of a similar shape
(a list of counts, a price per item worked out, the same figure for another thing). A superlative
said again as a comparison with all the rest ("the oldest pub, older than any other building") is
flagged; a comparison that adds a fact ("and it handles more than any other") is not.
"""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin.duplicates import check_duplicates
from editor_app.core.checks.builtin.text import analyse


def _flagged(text: str) -> list[str]:
    an = analyse(text)
    return [text[f.start : f.end] for f in check_duplicates(an) if f.category == "duplicate_information"]


FAULTS = [
    ("The ward has 24 beds, twenty-four places in all, and two side rooms.", "twenty-four places in all"),
    ("The club signed 12 juniors this season, a dozen young members in all.", "a dozen young members in all"),
    ("Fees went up by $30, a thirty-dollar rise for every family.", "a thirty-dollar rise for every family"),
    ("The repair bill came to $198,400, or roughly a fifth of a million dollars.", "or roughly a fifth of a million dollars"),
    ("The new engine is 25% more efficient, a one-quarter gain over the old design.", "a one-quarter gain over the old design"),
    ("The council bought a 52-seat bus, a coach that carries 52 passengers, for school runs.", "a coach that carries 52 passengers"),
    ("The hall seats 3,000 people. Up to three thousand fans can fit inside it.", "Up to three thousand fans can fit inside it."),
    ("The castle stood empty for about 300 years. For roughly three centuries, nobody lived there.",
     "For roughly three centuries, nobody lived there."),
    ("The survey took nine weeks. Just over two months went into the fieldwork.", "Just over two months went into the fieldwork."),
    ("The state will spend ₹350 crore on the canal, or about 3.5 billion rupees.", "or about 3.5 billion rupees"),
    ("The mill bought 40,000 metric tons of wheat. Put another way, it took in 40,000 tonnes of grain.",
     "Put another way, it took in 40,000 tonnes of grain."),
    ("Waiting times halved after the change, falling by 50 percent in a single year.", "falling by 50 percent in a single year"),
    ("Rents have doubled since 2019, rising to twice what tenants paid then.", "rising to twice what tenants paid then"),
    ("The pass rate rose to 91.4% from 90.2%, an increase of 1.2 percentage points.", "an increase of 1.2 percentage points"),
    ("The valley has had 210 millimetres of rain this year, less than half its usual total. "
     "In other words, it has had under 50 per cent of its normal rainfall.",
     "In other words, it has had under 50 per cent of its normal rainfall."),
    ("The new wheat yielded 3.1 tonnes a hectare, against 1.2 tonnes for the old strain. That is more than twice the old yield.",
     "That is more than twice the old yield."),
    ("The regulator has fined lenders over Sh45 million this year, more than forty-five million shillings in all.",
     "more than forty-five million shillings in all"),
    ("The state will spend Rs 450 crore on the canal, or about 4.5 billion rupees.", "or about 4.5 billion rupees"),
    ("The café has 38 seats, seating fewer than forty diners at once.", "seating fewer than forty diners at once"),
    ("Down 5-1 at the break, four goals behind their rivals, United scored five times after it.", "four goals behind their rivals"),
    ("The fee rises from $12.50 to $14.50 a month, a $2 increase, from March.", "a $2 increase"),
    ("Revenue reached £80m, up from £64m a year earlier. That is a rise of roughly a quarter.", "That is a rise of roughly a quarter."),
    ("The council will hire twelve wardens, a dozen new posts in all, by spring.", "a dozen new posts in all"),
    ("The scheme follows a six-month pilot in Leeds. It grew out of a half-year trial in the city.",
     "It grew out of a half-year trial in the city."),
    ("Queues at the border reached 30,000 cars, meaning tens of thousands of drivers sat waiting.",
     "meaning tens of thousands of drivers sat waiting"),
    ("The card pays 2% back on fuel, which means two cents for every dollar spent at the pump.",
     "which means two cents for every dollar spent at the pump"),
    ("The shelter will stay open round the clock, 24 hours a day, until the storm passes.", "24 hours a day"),
    ("The wildfire spread at about six kilometres an hour, covering roughly a kilometre every ten minutes.",
     "covering roughly a kilometre every ten minutes"),
    # a fact said with a negating prefix, then with a negated synonym (WordNet verb synonyms)
    ("The leak went unnoticed for a month. Nobody spotted the damp patch until the ceiling fell.",
     "Nobody spotted the damp patch until the ceiling fell."),
    ("Nobody knew the letters existed. Their existence was unknown even to the family.",
     "Their existence was unknown even to the family."),
    # the opposite denied from the side of the people it is said of
    ("Parking is free after 6pm, so drivers pay nothing in the evening.", "so drivers pay nothing in the evening"),
    ("The pool will be free all weekend, so swimmers will not be charged at the door.", "so swimmers will not be charged at the door"),
    # a sentence that opens by announcing it says the last one again, figures or not
    ("The tank holds 40 litres and the pump uses six a day. In other words, it needs filling about once a week.",
     "In other words, it needs filling about once a week."),
    ("Prices peaked in April and fell in May. Put another way, April was the top of the market.",
     "Put another way, April was the top of the market."),
    ("In the poll, 68% of drivers said fuel was their biggest cost, with two in three naming it first.",
     "with two in three naming it first"),
    ("The Class 10 results are out. Over 12 lakh pupils sat the exams this spring. "
     "In all, more than 1.2 million candidates took the Class 10 papers.",
     "In all, more than 1.2 million candidates took the Class 10 papers."),
    ("The visitors made 5 of 21 shots from range, missing 16 of their 21 attempts after the break.",
     "missing 16 of their 21 attempts after the break"),
    # a superlative said again as a comparison with all the rest
    ("It is the oldest pub in the village, older than any other building on the green.", "older than any other building on the green"),
    ("The Kestrel is the lightest of the four bikes, lighter than both the Osprey and the Merlin.",
     "lighter than both the Osprey and the Merlin"),
    ("Our treasurer, the longest-serving volunteer, who has helped out for longer than anyone else, spoke first.",
     "who has helped out for longer than anyone else"),
    ("She is the youngest member of the board. No one younger has ever sat on it.", "No one younger has ever sat on it."),
]


@pytest.mark.parametrize(("text", "part"), FAULTS)
def test_figure_said_again_in_another_form_is_flagged(text: str, part: str) -> None:
    # (a whole sentence may be flagged with or without its full stop)
    assert part.rstrip(".") in [f.rstrip(".") for f in _flagged(text)]


QUIET = [
    "A 10-lesson course costs $150, which works out at $15 a lesson.",
    "She has three sons, three daughters and a dog.",
    "The hall seats 3,000 people. Three thousand more will fit once the new stand opens.",
    "The east stand took seven weeks to build. The west stand took nearly two months.",
    "Sales rose 20% in the spring. Profits climbed by a fifth over the same months.",
    "The first film ran for 90 minutes. The second film ran for an hour and a half.",
    "Our bills stayed under half of our income. The Smiths spend 54% on rent alone.",
    "Tickets cost $20 for adults. Children under twelve pay twenty dollars too.",
    "The town received 30 lakh rupees from the state and 12 lakh from the district.",
    "Waiting times halved after the change, and complaints fell by 20 percent.",
    "The pass rate rose to 91.4% from 90.2%, and 3 percentage points of the rise came from girls.",
    "Delhi reached 45.8°C on Monday, the third straight day above 45 degrees.",
    "The new wheat yielded 3.1 tonnes a hectare, against 1.2 tonnes for the old strain, and it needs far less water.",
    "The café has 38 seats, and fewer than forty staff work across its three sites.",
    "The fee rises from $12.50 to $14.50 a month, and the $2 joining fee stays.",
    "The R5 survives a drop onto concrete. The R4 did not.",
    "About 5,000 people came to the park, meaning hundreds of thousands of pounds for local traders.",
    "The fund charges 1% a year, meaning five cents of every dollar still goes to the adviser.",
    "Two players backed the coach, two would rather leave it to the board, and one said nothing.",
    "The clock tower, built in 1890, has four faces and a bell.",
    "Forecasters expect 35C in the city on Friday. Overnight lows will stay in the high twenties.",
    "The tap drips a litre every hour, and the leak has run for a week.",
    "The vendor was unrelated to the chain. The chain did not name the vendor.",
    "The ward was unstaffed on Sunday. No visitors were allowed in.",
    "Tickets are free, so organisers could not predict how many people would come.",
    "The bridge is open again, so drivers no longer need the long detour.",
    "In short, it is the most polished service we tested.",
    "Sales rose in the north, in other words in Leeds and York, and fell elsewhere.",
    "About 70% of the members voted yes, with seven in ten of the staff backing them too.",
    "Line 4 carries 180,000 passengers a day. Line 5 carries a hundred and eighty thousand.",
    "Our daughter is 14. Fourteen is a hard age for anyone.",
    "She is the youngest player in the squad, younger than most of the other players' children.",
    "The team won 8 of 10 games, losing three players to injury along the way.",
    "The station is the busiest in the region, and it handles more passengers than any other in the country.",
    "The tallest tree in the park is an oak, though a beech nearby grows faster than any other tree there.",
    "Most residents backed the plan, which would cut traffic far more than any new road.",
    "The Falcon is the cheapest of the three. It also charges faster than any rival.",
]


@pytest.mark.parametrize("text", QUIET)
def test_same_figure_for_another_thing_is_left_alone(text: str) -> None:
    assert _flagged(text) == []
