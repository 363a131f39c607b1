"""Article lines that the line-shape rules used to take for web chrome or assistant talk (session
5): a credit line with the writer's job, a reviewer's score line, "I" and "you" in two sentences of
one paragraph, a story opening "This week I ...:" before a list, and the idiom "here is the short
version". Each comes with lines of the same shape that must still be flagged. Written for
these tests, not taken from the evaluation corpora."""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker
from editor_app.core.checks.builtin.chrome import chat_score, chrome_score
from tests.unit.test_checks_chrome import flagged  # the line between two article paragraphs


@pytest.mark.parametrize("line", [
    "By Marcus Oyelaran, transport correspondent",
    "By Priya Natarajan, contributing editor",
    "By our science staff",
])
def test_a_credit_line_without_a_meta_bar_is_the_articles_own(line: str) -> None:
    assert chrome_score(line, True) == 0
    assert not flagged(line, "web_boilerplate")


@pytest.mark.parametrize("line", [
    "By Marcus Oyelaran | 12 March 2026 | 5 min read",
    "By Priya Natarajan · Updated 2 hours ago",
])
def test_a_byline_in_a_meta_bar_is_still_chrome(line: str) -> None:
    assert flagged(line, "web_boilerplate")


@pytest.mark.parametrize("line", ["Verdict: 7/10", "Overall rating: 4 out of 5", "Score: 3.5/5", "Rating: ★★★★☆"])
def test_a_reviewers_score_line_is_not_chrome(line: str) -> None:
    assert chrome_score(line, True) == 0
    assert not flagged(line, "web_boilerplate")


@pytest.mark.parametrize("line", [
    "If you'd like, I can also write a shorter version for social media.",
    "Let me know if you want me to change the tone of the introduction.",
    "I've tightened the second paragraph and kept your quotes as they were, as you asked.",
])
def test_an_assistants_offer_is_still_flagged(line: str) -> None:
    assert flagged(line, "chatbot_leftover")


def test_i_and_you_in_two_sentences_are_no_exchange() -> None:
    one = "If you want to hear the choir, I would go early."
    two = "If you want to hear the choir, arrive early. I went at six and the nave was already full."
    assert chat_score(two) < chat_score(one) or chat_score(two) < 4


def test_a_story_opening_this_week_i_before_a_list_is_not_assistant_talk() -> None:
    line = "This spring I kept a simple format for the garden diary, written on a card pinned by the back door:"
    assert chat_score(line) < 4
    assert chat_score("This is what I came up with for your opening paragraph:") >= 4


def test_here_is_the_short_version_is_the_writers_idiom() -> None:
    text = ("The committee met four times and argued about the budget at length. Here is the short version: "
            "the library stays open on Sundays.\n")
    assert not any(i.category == "chatbot_leftover" for i in BuiltinChecker().check(text))
    asked = "Here is a shorter version of your introduction:\n"
    assert any(i.category == "chatbot_leftover" for i in BuiltinChecker().check(asked))


@pytest.mark.parametrize("line", [
    "Correction: An earlier version of this piece gave the wrong year for the lock's reopening. It was 1974.",
    "This report was amended on 2 April 2026 to correct the spelling of Ms Adeyemi's name.",
    "Editor's note: This story has been updated with a statement from the canal company.",
    "Photo: Volunteers clearing reeds below the top lock.",
    "Walkers cross the footbridge at dawn. Photograph: Ines Carvalho",
    "Photos: Ines Carvalho",
    "Ines Carvalho is a freelance writer based in Bristol. Her first book is about inland waterways.",
    "Prices correct at the time of writing.",
    "Download the winter timetable from the operator's website before you set out.",
])
def test_the_articles_own_furniture_is_not_chrome(line: str) -> None:
    # corrections, editor's notes, captions and credits, an author's note, a tip that sends the
    # reader to someone else's website: written by the article's editors, not pasted page chrome
    assert not flagged(line, "web_boilerplate")


@pytest.mark.parametrize("line", [
    "Photos: Storm floods the harbour car park",
    "Download our app for breaking news alerts",
    "Disclosure: We may earn a commission when you buy through links on our site.",
])
def test_page_chrome_beside_that_furniture_is_still_flagged(line: str) -> None:
    assert flagged(line, "web_boilerplate")


@pytest.mark.parametrize("line", [
    "Further reading: the county archive publishes a free guide to tracing a house's history.",
    "See also: the 2019 drainage report, which made the same recommendation.",
])
def test_a_link_label_before_the_writers_own_sentence_is_not_chrome(line: str) -> None:
    assert not flagged(line, "web_boilerplate")


def test_a_link_label_before_a_headline_is_still_chrome() -> None:
    assert flagged("Read more: Lock keepers vote to strike over rota changes", "web_boilerplate")


def test_a_compound_noun_subject_is_not_an_order() -> None:
    # a product review's list of cons: "Text" and "Call" head noun phrases here, not imperatives
    text = "**Cons**\n\n- Text conversion requires a subscription\n- Weak battery in cold weather\n"
    assert not any(i.category == "web_boilerplate" for i in BuiltinChecker().check(text))
    assert flagged("Text us your photos of the flood for our live page", "web_boilerplate")


@pytest.mark.parametrize("line", [
    "Thanks for reading, and see you at the harvest supper in October.",
    "Thank you for reading — and for every letter you sent this year.",
])
def test_a_writers_sign_off_is_not_chrome(line: str) -> None:
    assert not flagged(line, "web_boilerplate")


@pytest.mark.parametrize("line", [
    "Thanks for reading, please share this post with a friend.",
    "Thanks for reading The Parish Pump! Subscribe for free to get every new post.",
])
def test_a_sites_thank_you_that_asks_for_something_is_still_chrome(line: str) -> None:
    assert flagged(line, "web_boilerplate")
