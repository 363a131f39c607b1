"""Session 8 missing_article precision on unseen clean prose, and the replacement a writer is
offered. All sentences are written fresh for these tests.

* A sentence opened by a subordinator ("If Congress acts") does not make the subordinator part of
  a name; replacements are always an article plus the phrase ("the best player", never "a best
  player"; "the broken leg" mid-sentence, not "The broken leg").
* after-past-verb keeps a precise core: a plain count noun (a person or a thing WordNet counts,
  neither bare-prone nor used bare after a preposition in Google Books, nor seldom written after an
  article); after-have is retired.
* Google Books evidence (article_ngram_share.txt): nouns seldom written after "the/a/an" (fields,
  institutions, offices, channels) are normal bare after a preposition.
* Captions and source lines, "from X to Y" pairs, instruments as a skill and swapped kinds.
"""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker
from editor_app.core.checks.builtin.articles_np import indefinite
from editor_app.core.checks.builtin.ngrams import article_rare


def issues(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(text[i.start : i.end], tuple(i.replacements)) for i in BuiltinChecker(thorough=True).check(text)
            if i.category == "missing_article"]


def flagged(text: str) -> list[str]:
    return [s for s, _ in issues(text)]


@pytest.mark.parametrize("text", [
    "If Congress acts, the deadline will move.",
    "Unless Germany changes course, the talks will fail.",
    "When Parliament returns, the bill will have its second reading.",
    "Some studies suggest that a warming Arctic may weaken the jet stream.",
])
def test_a_subordinator_or_an_adjective_is_not_taken_into_a_name(text: str) -> None:
    assert flagged(text) == []


def test_a_name_after_a_crossing_still_needs_the() -> None:
    assert issues("The hardest section was the crossing under River Vell.") == [
        ("River Vell", ("the River Vell",))]


def test_a_ranked_phrase_is_offered_only_the_definite_article() -> None:
    assert issues("She was best player on the pitch.") == [("best player", ("the best player",))]
    assert issues("It was first time the club had reached a final.") == [("first time", ("the first time",))]


def test_a_phrase_inside_its_sentence_is_offered_lower_case_articles() -> None:
    got = issues("She arrived at the shelter with broken leg and a torn ear.")
    assert got == [("broken leg", ("the broken leg", "a broken leg"))]
    got = issues("We drove to airport in the rain.")
    assert got == [("airport", ("the airport", "an airport"))]


def test_indefinite_article_follows_the_first_sound() -> None:
    assert indefinite("hour") == "an hour"
    assert indefinite("university place") == "a university place"
    assert indefinite("MP") == "an MP"
    assert indefinite("old map") == "an old map"
    assert indefinite("car") == "a car"


@pytest.mark.parametrize("text", [
    "The twins started college in September.",
    "He gained weight over the winter and lost it again by June.",
    "She earned praise for her handling of the crisis.",
    "The driver lost control on the icy bend.",
    "She had breakfast with the minister before the vote.",
    "Listeners who want variety may find the record slow.",
    "He was employed as a registered nurse at a city hospital.",  # (bare is a missing article: s9 tests)
    "He received treatment at a clinic near his home.",
    "Customers who received email from the bank were told to call.",
])
def test_bare_objects_of_past_verbs_and_have_that_are_normal(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(("text", "noun"), [
    ("Engineers inspected bridge after the flood.", "bridge"),
    ("Police towed car from the station forecourt.", "car"),
    ("She received letter from the council.", "letter"),
    ("The builders found wooden box wedged between two stones.", "wooden box"),
])
def test_a_plain_count_object_after_a_past_verb_is_still_flagged(text: str, noun: str) -> None:
    assert flagged(text) == [noun]


def test_nouns_seldom_written_after_an_article_are_evidence_of_bare_use() -> None:
    assert article_rare("finance") and article_rare("college") and article_rare("chairman")
    assert not article_rare("fridge") and not article_rare("car") and not article_rare("letter")


@pytest.mark.parametrize("text", [
    "He has worked in finance for twenty years.",
    "She made her name in radio before moving into television.",
    "The plan was approved by council last week.",
    "She spent a decade in politics before returning to business.",
])
def test_fields_and_institutions_after_a_preposition_are_bare(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize("text", [
    "Fig. 3: Annual rainfall at coastal station, 1990-2020.",
    "Figure 2. Water level at upstream gauge during the flood.",
    "Caption: Workers clearing debris from main road after the landslide.",
    "He went from player to manager in a single season.",
    "She played guitar in a folk band for years.",
    "In practice, few households switched supplier.",
])
def test_captions_pairs_instruments_and_swaps_are_bare(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(("text", "noun"), [
    ("She put the milk back in fridge and closed the door.", "fridge"),
    ("He left his keys on table by the door.", "table"),
    ("US announced fresh sanctions on Monday.", "US"),
    ("Qatar and UAE issued a joint statement.", "UAE"),
])
def test_dropped_articles_are_still_flagged(text: str, noun: str) -> None:
    assert flagged(text) == [noun]


@pytest.mark.parametrize("text", [
    "The sailors jumped ship in Valparaiso.",
    "The old judge held court in the back room of the pub.",
    "- Broken window in the back bedroom",
    "He was employed as a registered nurse at a city hospital.",  # (bare is a missing article: s9 tests)
])
def test_after_past_verb_needs_a_subject_and_a_content_verb(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize("text", [
    "He was off sick for a week.",
    "She called in sick on Monday.",
    "The paper spread quickly through faculty lounges, and many tutors banned laptops.",
    "He got one to bounce, and the edge carried to first slip.",
    "Open the settings and switch to dark mode.",
    "You can build the tool from source if you prefer.",
])
def test_states_compounds_positions_and_modes_are_bare(text: str) -> None:
    assert flagged(text) == []


def test_a_group_named_by_an_adjective_still_needs_the() -> None:
    assert flagged("Cases rose fastest among unvaccinated.") == ["unvaccinated"]


@pytest.mark.parametrize("text", [
    "When word got out, the shop was busy for weeks.",
    "Rates are set at national level.",
    "Prairie Valley Credit Union reported a rise in lending.",
    "Kent Wildlife Trust manages the reserve.",
])
def test_news_tiers_and_local_bodies_are_bare(text: str) -> None:
    assert flagged(text) == []


def test_a_general_body_still_needs_the() -> None:
    assert flagged("Consumer Product Safety Commission issued a recall.") == ["Consumer Product Safety Commission"]
    assert flagged("Shares fell on London Stock Exchange this morning.") == ["London Stock Exchange"]


@pytest.mark.parametrize("text", [
    "Free speech is not the issue here.",
    "Local government has lost a third of its funding.",
    "Sea level rise threatens the harbour.",
])
def test_a_set_term_opens_a_general_statement_bare(text: str) -> None:
    assert flagged(text) == []


def test_an_officer_opening_a_sentence_still_needs_the() -> None:
    assert flagged("Returning officer declared the result at 3 a.m.") == ["Returning officer"]


@pytest.mark.parametrize("text", [
    "Tickets on sale from box office",
    "Walk to harbour at dusk",
    "The boats returned to port in heavy seas.",
])
def test_short_fragments_and_port_are_bare(text: str) -> None:
    assert flagged(text) == []


def test_a_concrete_thing_with_a_mass_sense_after_a_past_verb_is_flagged() -> None:
    assert flagged("Workers repaired roof after the storm.") == ["roof"]


@pytest.mark.parametrize("text", [
    "The film won best picture in 2019.",
    "She was runner-up for best actress.",
])
def test_an_award_title_is_bare(text: str) -> None:
    assert flagged(text) == []


def test_a_superlative_after_for_still_needs_the() -> None:
    assert flagged("He was looking for best deal on the market.") == ["best deal"]
