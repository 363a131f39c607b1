"""Session 10: pleonasm and repeated-phrase recall by general mechanism, on sentences written
fresh for these tests (none copied from a corpus): WordNet near-synonyms stacked side by side, a
particle the verb's definition says after its short object, a sum as an object, a pleonasm inside
a quotation, "again" before a new clause; and the correct sentences each mechanism must leave
alone."""
from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from editor_app.core.checks import pipeline, registry


@cache
def _checker() -> Any:
    return registry.create("builtin", registry.CheckerOptions(thorough=True))


def _spans(text: str, category: str) -> list[tuple[int, int]]:
    return [(i.start, i.end) for i in pipeline.run(text, [_checker()]).issues if i.category == category]


def _found(text: str, category: str) -> list[str]:
    return [text[a:b] for a, b in _spans(text, category)]


def _flags(text: str, want: str, category: str) -> bool:
    """Does an issue of ``category`` overlap the last occurrence of ``want``?"""
    a = text.rindex(want)
    return any(s < a + len(want) and a < e for s, e in _spans(text, category))


PLEONASM_FAULTY = [
    # WordNet near-synonyms stacked before a noun (a satellite "similar to" its head)
    ("Residents were offered free gratis parking for the weekend of the fair.", "free gratis"),
    ("The lounge pass comes with free complimentary snacks and drinks.", "free complimentary"),
    ("After a brief short pause, the quartet played the slow movement.", "brief short"),
    ("The council inherited a huge vast backlog of planning appeals.", "huge vast"),
    ("The cleaner left the tiles completely entirely spotless.", "completely entirely"),
    # a particle the verb's definition says, after the verb's short object
    ("The ceiling fan circulates warm air around.", "around"),
    ("The crew lowered the old buoy down, then went home.", "down"),
    # a sum as the object before the particle
    ("The treasurer repaid $12,500 back to the parish before the audit.", "back"),
    ("He refunded £40 back to each ticket holder.", "back"),
    # "again" before a new clause, not "again and again"
    ("The committee will reconsider the plan again and report in March.", "again"),
    # a pleonasm in a quotation is still the article's wording
    ('"We will not revert back to paper forms," the clerk said.', "back"),
    ('"I was deeply and profoundly moved by it," she told the hall.', "deeply and profoundly"),
    # time said twice: a habit adverb and "every <period>", "upcoming ... next <period>",
    # "temporarily ... for the time being", "the future to come"
    ("The lower car park regularly floods every February.", "regularly"),
    ("The warden routinely walks the boundary each evening.", "routinely"),
    ("Volunteers are needed for upcoming litter picks next month.", "upcoming"),
    ("The library will temporarily close its upper floor for the time being.", "for the time being"),
    ("Keep the receipts somewhere safe for the future to come.", "to come"),
    # "own" and a word of "one alone"; "never ever"
    ("Every valley in the park has its own unique dialect of birdsong.", "own unique"),
    ("The old kettle never ever boiled dry.", "ever"),
    # a modifier whose meaning the head contains, a noun modifier between them
    ("The quartet gave the first world premiere of the suite in Leeds.", "first"),
]

PLEONASM_QUIET = [
    # a degree word before a comparative
    "Every winter the glacier is a little smaller than the year before.",
    "The new hall is much bigger and far brighter than the old one.",
    # "available free": a predicate, then a word of its own
    "The guide is available free to members of the society.",
    # coordinate adjectives that are not one meaning
    "It was a long, slow climb to the ridge, and the wind was cold.",
    "The recipe needs thick creamy yoghurt and a pinch of salt.",
    # a particle with its own object or sense after the object
    "She turned the porch lights back on before the guests arrived.",
    "He took the recycling out to the kerb on Tuesday night.",
    "The volunteers handed the leaflets out at the station.",
    # "again and again" is an idiom
    "Visitors told us again and again that the garden felt calm.",
    # a sum without a redundant particle
    "The club repaid $12,500 to the council in two instalments.",
    # a quotation with no pleonasm
    '"We will go back to the old timetable in May," the operator said.',
    # hedges stacked are hedge_stacking's, not a pleonasm
    "The final will probably be played in June.",
    # a habit and a period in two clauses; "temporarily" with a new time
    "She regularly cycles to work, and every Friday she takes the train.",
    "The bridge will close temporarily from Monday for resurfacing.",
    # "upcoming" with no period after it; "in the years to come"
    "Tickets for the upcoming season go on sale in May.",
    "The new dock will serve the island in the years to come.",
    # "own" before a plain adjective; "never" before "ever since"
    "Each village runs its own small shop.",
    "In ten years she has never once missed a meeting.",
    # a noun modifier between a modifier and a head that does not contain it
    "She captained the first team squad for two seasons.",
]


@pytest.mark.parametrize(("text", "want"), PLEONASM_FAULTY)
def test_pleonasm_faulty(text: str, want: str) -> None:
    assert _flags(text, want, "pleonasm"), (text, _found(text, "pleonasm"))


@pytest.mark.parametrize("text", PLEONASM_QUIET)
def test_pleonasm_quiet(text: str) -> None:
    assert _found(text, "pleonasm") == [], text


# A distinctive phrase said early and again in the closing paragraph, far apart: a lapse (the
# fault sets' commonest shape of a missed repeat); the middle is plain reporting of its own.
_MIDDLE = """\
The harbour board met on Tuesday to review the winter timetable. Members heard that two of the older vessels need new engines before March, and that the yard in Greenock has quoted eleven weeks for the work.

Fuel costs fell slightly over the autumn, which eased pressure on the operating budget. Even so, the treasurer warned that insurance premiums have climbed for a third year, and that reserves will not cover another shock of that size.

Passenger numbers told a mixed story. Commuter traffic recovered to its level before the pandemic, while day trippers were fewer than expected, partly because of the wet August. Freight held steady, helped by a new contract with a salmon farm on the western shore.

Staff turnover remains a worry. Three deckhands left for jobs in the oil sector this year, and recruiting replacements has taken months. The board agreed to fund a training scheme with the local college, starting in January, so that school leavers can qualify on the job.

Several residents wrote to complain about the booking website, which crashed twice during the summer peak. The chief executive apologised and said a replacement system would go live in the spring after testing with a small group of regular users.

Plans for a fourth berth at the northern pier are on hold while engineers finish a survey of the seabed. Early results suggest the rock is softer than the original drawings assumed, which could add to the cost of piling.

The board also approved a modest rise in the price of season tickets, the first since 2019. Pensioners and students keep their discounts, and the change takes effect on the first of April.

Questions from the public gallery focused on the cafe at the terminal, which closed in October. A local bakery has offered to run it, and talks are due to conclude before Christmas.

A councillor asked whether electric ferries could replace the diesel fleet within a decade. Officers said the crossings are short enough for batteries, but the grid connection at the southern slip would need upgrading first, and no funding has been identified.

Maintenance crews repainted the waiting room and fixed the leaking roof above the ticket office during the quiet weeks of November. Volunteers from the heritage society restored the old clock, which had not kept time since the storm of 2015.

Looking further ahead, the chair said the board would publish a ten-year plan next summer, after consulting island communities, hauliers and the tourism trade. Drafts will be posted online and printed copies left in libraries.
"""

REPEAT_FAULTY = [
    ("For the islanders, the ferry has become a lifeline stretched thin, and every cancellation is felt at once.",
     "Until the new engines arrive, the crossing will remain a lifeline stretched thin for the islands.",
     "a lifeline stretched thin"),
    ("Regulars describe the service as running on goodwill and duct tape, and the crews agree.",
     "For another winter, at least, the timetable will keep running on goodwill and duct tape.",
     "on goodwill and duct tape"),
    ("The chair called the vote a quiet vindication for the treasurer, who had argued for patience.",
     "If the engines arrive on time, the spring will bring a quiet vindication for the treasurer.",
     "a quiet vindication for the treasurer"),
]

REPEAT_QUIET = [
    # the closing paragraph says something new
    ("For the islanders, the ferry has become a lifeline stretched thin, and every cancellation is felt at once.",
     "Until the new engines arrive, the board has asked passengers to check the timetable before travelling."),
    # a closing paragraph mirroring two phrases of one early paragraph: an essay's frame, on purpose
    ("On the first crossing of the year the gulls follow the wake and the engine hums under your feet.",
     "On the last crossing of the year the gulls still follow the wake and the engine hums under your feet."),
]


def _article(opening: str, closing: str) -> str:
    return f"# Island ferry board\n\n{opening}\n\n{_MIDDLE}\n{closing}\n"


@pytest.mark.parametrize(("opening", "closing", "phrase"), REPEAT_FAULTY)
def test_repeat_in_closing_paragraph_flagged(opening: str, closing: str, phrase: str) -> None:
    text = _article(opening, closing)
    assert _flags(text, phrase, "repeated_phrase"), _found(text, "repeated_phrase")


@pytest.mark.parametrize(("opening", "closing"), REPEAT_QUIET)
def test_closing_paragraph_quiet(opening: str, closing: str) -> None:
    assert _found(_article(opening, closing), "repeated_phrase") == []
