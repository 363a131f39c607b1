"""Precision: correct, well-edited English that once raised (or could easily raise) a false alarm.

Each sentence or short article below was written for this test from general usage, not copied
from a corpus article; each stands for a class of correct text (a standard phrase careful writers
use, a recipe's quantity, a label row of a review, a news wire credit ...). The checker must stay
silent on all of them.
"""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker

QUIET = [
    # Standard phrases careful writers use freely (not padding).
    "The majority of tenants who replied want the repairs done before winter.",
    "She lowered her voice so as not to wake the baby.",
    "In the meantime, the footbridge will stay closed to cyclists.",
    "The airline grounded the plane out of an abundance of caution.",
    # The article's own label rows, byline and wire credit (page chrome is pasted as plain text).
    "# Quince Tart\n\n**Makes:** 8 slices | **Prep:** 40 minutes | **Bake:** 1 hour\n\nPoach the quinces first.",
    "# A Week With the Orla Kettle\n\n**Verdict:** Quick and quiet, but the lid sticks.\n**Price:** £89\n"
    "**Score:** 3 out of 5\n\nI boiled a lot of water this week.",
    "# Why the Bus Matters\n\n*By Priya Natarajan*\n\nThe number 12 bus is how half the estate gets to work.",
    "The ferry company said talks would resume on Monday.\n\n"
    "(Reporting by Tomas Lind; additional reporting by Ada Berg; editing by Joe Kerr)",
    # Repeats that are terms: a quantity frame, a recipe's measures and techniques, a press
    # release's standard company description, an adjective whose noun differs.
    "Sales were £80.2 million, against £71.9 million a year earlier.\n\n"
    "Operating profit was £9.4 million, against £8.8 million a year earlier.",
    "## Ingredients\n\n- 2 tbsp toasted sesame seeds\n- 1 carrot, thinly sliced\n\n## To serve\n\n"
    "- 1 tbsp toasted sesame seeds\n- 1 spring onion, thinly sliced",
    "# Harlow Mills Opens Second Bakery\n\nHarlow Mills, a maker of sourdough loaves and rye crackers, "
    "opened its second bakery today.\n\n## About Harlow Mills\n\nHarlow Mills makes sourdough loaves and "
    "rye crackers for independent grocers.",
    "My brother bought the cheap ticket and I bought the cheap seat on the ferry.",
    # "may or may not" offers both outcomes: one hedge, not two.
    "The second act hints at a move to Lisbon that she may or may not make.",
    "Whether the bridge reopens in spring might or might not depend on the weather.",
    # The writer leading into what follows, after a sentence of their own.
    "People keep asking what an allotment costs. Here is the short answer, after two seasons.",
    # A surname the article introduced with a given name, opening a later sentence.
    "The bakery is run by Martha Baker, who opened it in 1998.\n\nBaker said trade had never been better.",
    "The striker joined from Porto, and Tiago Falcon signed a four-year deal.\n\n"
    "Falcon came through the youth system at Braga.",
    # Bare nouns English uses without an article: a means of transport after "by", land cover,
    # weather and light, "room for", a list of bare nouns, a level, an institution's routine.
    "The new span was floated down the estuary and arrived by pontoon late on Sunday.",
    "The hamlet cannot be reached by metalled road, so supplies come in by boat.",
    "Red kites nest in mature woodland and hunt over open farmland.",
    "Basil does best in full sun, while mint copes with partial shade.",
    "The van has room for three passengers and a folded wheelchair.",
    "She painted with brush, sponge and a palette knife.",
    "Growth came from volume and price rather than new customers.",
    "The sockets now sit a metre above floor level.",
    "The children read for twenty minutes before bed.",
    "Historians have argued for decades, and there is still no single agreed explanation.",
    "The centre half met the corner at the near post and glanced it wide.",
    "She overtook on the inside lane and held the outside line through the bend.",
    "Pupils at Hartfield Academy planted two hundred trees along the playing field.",
    "The new parking rules will be reviewed again before they take effect.",
    # Parallel clauses across a semicolon repeat a verb on purpose.
    "A new zip takes her twenty minutes; a lined coat can take a whole morning.",
    # A bold label quoted from a screen keeps its own grammar.
    "Tap **Save to phone** so the pass opens without a signal.",
    "The trawlers stayed in port for a week while the gales blew through.",
    "The lambs were weighed on Friday.\n\nEditor's note: the show was cancelled the following week.",
    "From May, Stone Cross Borough Council will empty the recycling bins every fortnight.",
]


@pytest.fixture(scope="module")
def checker() -> BuiltinChecker:
    return BuiltinChecker()


@pytest.mark.parametrize("text", QUIET)
def test_correct_english_stays_quiet(checker: BuiltinChecker, text: str) -> None:
    issues = [(i.category, text[i.start : i.end]) for i in checker.check(text)]
    assert issues == []


@pytest.mark.parametrize(
    "line",
    ["By Travel Desk | Updated 3 hours ago | 6 min read", "By Ann Lee · 12 May 2026 · 4 min read",
     "Share this article: Facebook | X | Email", "Rate this post: ★★★★☆ (43 votes)"],
)
def test_plain_page_chrome_is_still_flagged(checker: BuiltinChecker, line: str) -> None:
    text = f"The library reopens on Monday after a year of repairs.\n\n{line}\n"
    assert "web_boilerplate" in {i.category for i in checker.check(text)}


def test_a_stacked_hedge_after_may_or_may_not_is_still_flagged(checker: BuiltinChecker) -> None:
    text = "The new drug may or may not possibly help some patients."
    assert "hedge_stacking" in {i.category for i in checker.check(text)}


@pytest.mark.parametrize(
    "text",
    ["Here is a revised version of the intro, with shorter sentences.",
     "The market opened at nine. Here is the updated paragraph you asked for.",
     "The market opened at nine. Here is a summary of the key points:"],
)
def test_assistant_presentations_are_still_flagged(checker: BuiltinChecker, text: str) -> None:
    assert "chatbot_leftover" in {i.category for i in checker.check(text)}


def test_a_body_named_elsewhere_is_not_a_surname(checker: BuiltinChecker) -> None:
    text = "Leverton Council met on Monday.\n\nCouncil said it would publish the plan in May."
    assert "missing_article" in {i.category for i in checker.check(text)}


@pytest.mark.parametrize(
    "text",
    ["He left his keys in car and walked home.", "We sat in garden, drinking tea.",
     "The report was approved by board on Monday.", "The plan was approved by District Council."],
)
def test_bare_count_nouns_are_still_flagged(checker: BuiltinChecker, text: str) -> None:
    assert "missing_article" in {i.category for i in checker.check(text)}


def test_a_phrase_whose_core_comes_back_a_third_time_is_a_motif() -> None:
    from editor_app.core.checks.builtin.phrase_frames import motif

    words = ("i could never reach the far end of the pool she said swim to the far end of the pool "
             "and back in june i could reach the far end of the pool")
    assert motif(words, "reach the far end of the pool")
    assert not motif(words, "she said swim to the")
    assert not motif("i could reach the far end of the pool and later reach the far end of the pool",
                     "reach the far end of the pool")
