"""Pleonasm meaning classes and missing-article positions, from sentences written for these rules
(not taken from any evaluation article): each fault must be flagged with its category on the
redundant words or the bare noun phrase, and each well-edited look-alike must stay quiet."""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker

FAULTS = [
    ("duplicate_information", "The festival was cancelled, meaning it will not take place.", "meaning it will not take place"),
    ("duplicate_information", "The team lost the final, failing to win the trophy.", "failing to win the trophy"),
    ("duplicate_information", "The museum is free to enter, with no admission charge.", "with no admission charge"),
    ("duplicate_information", "The road is closed to all traffic, so no vehicles can use it.", "so no vehicles can use it"),
    ("duplicate_information", "The plant employs 300 people. It has a workforce of 300.", "It has a workforce of 300."),
    ("duplicate_information", "The mayor resigned on Friday, stepping down after ten years.", "stepping down after ten years"),
    ("duplicate_information", "The bridge reopened on Monday, opening again to traffic after six months.",
     "opening again to traffic after six months"),
    ("cognate_repetition", "Judge Smith judged the case fairly.", "judged"),
    ("cognate_repetition", "Coach Brown coached the team for a decade.", "coached"),
    ("pleonasm", "He obtained the loan under false pretenses, the court heard.", "false"),
    ("pleonasm", "The gallery reopens to the general public in March.", "general"),
    ("pleonasm", "The island became a sheltered haven for migrating birds.", "sheltered"),
    ("pleonasm", "The project is still in its early infancy.", "early"),
    ("pleonasm", "The sky was dark in appearance before the storm.", "in appearance"),
    ("pleonasm", "The annual fair is held every year in the old market square.", "every year"),
    ("pleonasm", "This was the first time ever that the club won.", "ever"),
    ("pleonasm", "They blinked their eyes in the sunlight.", "their eyes"),
    ("pleonasm", "The tour offers various different routes through the hills.", "different"),
    ("missing_article", "She asked manager for a refund.", "manager"),
    ("missing_article", "Tickets for Edinburgh Festival sold out.", "Edinburgh Festival"),
    ("missing_article", "The study was funded by Wellcome Trust last year.", "Wellcome Trust"),
    ("missing_article", "He joined army at eighteen.", "army"),
    ("missing_article", "Dutch government announced a new plan.", "Dutch government"),
    ("missing_article", "Police officer arrested two men on Friday.", "Police officer"),
    ("missing_article", "Company's profits fell by a third.", "Company's"),
    ("missing_article", "She works as engineer at a wind farm.", "engineer"),
    ("missing_article", "He has been teacher for twenty years.", "teacher"),
    ("missing_article", "Rain will spread from west later today.", "west"),
    ("missing_article", "Minister is expected to resign.", "Minister"),
]

QUIET = [
    "Mark Twain marked the page with a pencil.",
    "Judge Smith ruled on the case in May.",
    "The council raised taxes, raising two million pounds for repairs.",
    "The company opened a new office, opening up the Asian market.",
    "The coach resigned on Friday, handing over to his assistant.",
    "The team won the league, losing only two games all season.",
    "The team lost, failing to reach the final for the first time in years.",
    "Prices rose, meaning that wages did not keep pace.",
    "The road reopened, but no buses run on it yet.",
    "The shop was closed, with no staff on site after six.",
    "The plant employs 300 people. It plans to hire 40 more next year.",
    "Book tickets in advance; the queue is long in summer.",
    "Parliament is sovereign in matters of tax.",
    "Police arrested two men after the match.",
    "She worked as a teacher for ten years before she retired.",
    "The farm lies north of the river, near the old mill.",
    "Birds travel from north to south every autumn.",
    "British officials said the talks had stalled.",
    "They left hospital on Monday after a week of tests.",
    "They reached agreement after a long night of talks.",
    "Mother's Day falls in March in Britain.",
    "A single-income family with children should aim higher.",
    "Patients who start with regular routines sleep better.",
    "Officials plan ahead of the summit to meet the press.",
    "Traffic heading east was delayed for hours.",
    "This year Riverside Food Bank handed out more parcels than ever.",
    "The Edinburgh Festival Fringe sold more tickets than ever.",
    "Wellcome Trust researchers published the data in May.",
    "The Smith Institute's report was published in May.",
]


@pytest.mark.parametrize(("category", "sentence", "span"), FAULTS)
def test_fault_is_flagged_on_its_words(category: str, sentence: str, span: str) -> None:
    a = sentence.index(span)
    b = a + len(span)
    issues = BuiltinChecker(thorough=True).check(sentence + "\n")
    assert any(i.category == category and i.start < b and a < max(i.end, i.start + 1) for i in issues), (
        [(i.category, sentence[i.start : i.end]) for i in issues])


@pytest.mark.parametrize("sentence", QUIET)
def test_well_edited_sentence_stays_quiet(sentence: str) -> None:
    issues = BuiltinChecker(thorough=True).check(sentence + "\n")
    assert not issues, [(i.category, sentence[i.start : i.end]) for i in issues]
