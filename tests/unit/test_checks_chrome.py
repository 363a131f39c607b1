"""Web chrome and assistant talk found by the shape of a line (``builtin/chrome.py``): lines in
words no list names that must be flagged, and article sentences that talk about sharing,
comments, "I" and "you" that must be left alone. Written for these tests, not taken from the
evaluation corpora."""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker
from editor_app.core.checks.builtin.chrome import chat_score, chrome_score

BEFORE = "The ferry company confirmed on Monday that the winter timetable would start a week early."
AFTER = "Passengers with existing bookings will be moved to the nearest sailing at no charge."


def flagged(line: str, category: str, glue: str = "\n\n") -> bool:
    text = f"{BEFORE}\n\n{AFTER}{glue}{line}\n\n{BEFORE}\n"
    a = text.index(line)
    b = a + len(line)
    return any(i.category == category and i.start < b and a < i.end for i in BuiltinChecker().check(text))


@pytest.mark.parametrize("line", [
    "Pin this walk to your boards",
    "Seen something wrong? Report an inaccuracy",
    "Posted under Island Life · 9 replies",
    "By Mara Quinlan | 4 min read",
    "Comments have been turned off for this story.",
    "Unlock unlimited access: subscribe from £2 a month. Cancel any time.",
    "Home › Travel › Ferries",
    "Get our weekend travel letter in your inbox every Friday",
    "Last revised: 14 Jan 2026, 08:40",
    "This guide is open to members only. Already have an account? Sign in",
    "Site by Lantern Studio",
    "Slideshow (9 images)",
    "It looks like you're using an ad blocker. Please switch it off to support our reporting.",
    "Previous: Lighthouse keepers' cottages restored",
    "Your reply will appear once a moderator has approved it. Replies are moderated.",
    "Spotted an error in this story? Tell us.",
])
def test_page_chrome_in_unlisted_words_is_flagged(line: str) -> None:
    assert flagged(line, "web_boilerplate"), line


@pytest.mark.parametrize("line", [
    "Readers shared their stories about the crossing in the comments under last week's piece.",
    "Subscribers to the ferry newsletter learned about the change before the press did.",
    "Share the driving if you can, and book the cabin early.",
    "Follow the coast path north until the lighthouse comes into view.",
    "The cookie policy was rewritten after the regulator's warning.",
    "Pin badges are sold at the kiosk for £2.",
    "As requested by the harbour board, the ferry will sail at dawn.",
    "Open the app and tap the Share button, then choose Copy link.",
    "Turn off your ad blocker only for sites you trust, the researchers advise.",
    "Support for the ferry levy fell to a third.",
])
def test_article_sentences_about_sharing_or_comments_are_left_alone(line: str) -> None:
    assert not flagged(line, "web_boilerplate"), line
    assert not flagged(line, "chatbot_leftover"), line


@pytest.mark.parametrize("line", [
    "Righto! I've trimmed the feature to roughly 400 words, as you asked.",
    "I've left out the fare table, but I can put it back if your editor wants it.",
    "Shall I draft a shorter version for the website's front page?",
    "Suggested headline: \"Ferry Timetable Shifts a Week Early\"",
    "I don't have access to the operator's live booking data, so please check the dates before publishing.",
    "[Insert comment from the harbour master here]",
    "(Swap in the operator's own figure before publishing.)",
    "I'm more than happy to rework the opening paragraph.",
])
def test_assistant_talk_in_unlisted_words_is_flagged(line: str) -> None:
    assert flagged(line, "chatbot_leftover"), line


def test_a_label_glued_to_the_end_of_a_paragraph_without_a_full_stop_is_flagged() -> None:
    assert flagged("Be the first to leave a reply", "web_boilerplate", glue=" ")
    assert not flagged("Then, as ever, the wind dropped.", "web_boilerplate", glue=" ")


def test_assistant_sign_off_glued_to_the_last_paragraph_is_flagged() -> None:
    assert flagged("I can also add a map of the new routes if that would help.", "chatbot_leftover", glue=" ")


@pytest.mark.parametrize("line", [
    "I hope the new timetable works better than the last one, but I doubt it.",
    "If you want a cabin, book it at least a month ahead.",
    "Version 2.4 of the booking app shipped on Tuesday.",
    "Note: fares quoted are for a single adult travelling on foot.",
    "I tried the early crossing myself and you could barely see the harbour wall.",
    "I hope you get the chance to sail before the service ends.",
    "My knowledge of the island is patchy, so I hired a local guide.",
    "Consider adding a second anchor if the forecast is poor.",
    "If you want to go further, the coastguard's guide is a good place to start.",
    "I used the tablet for interview notes and two long drafts.",
])
def test_first_person_and_second_person_prose_is_left_alone(line: str) -> None:
    assert not flagged(line, "chatbot_leftover"), line


def test_scores_need_more_than_one_cue() -> None:
    assert chrome_score("Share your memories of the old ferry with us.", standalone=True) < 4
    assert chrome_score("Share on WhatsApp | Share on Facebook", standalone=True) >= 4
    # a recipe's fact box has separators too, but between "Key: value" pairs
    assert chrome_score("Serves: 4 | Prep: 15 minutes | Cook: 30 minutes", standalone=True) < 4
    assert chat_score("Let me know if you'd like a version for social media.") >= 4
    assert chat_score("The captain said she would let the crew know by noon.") < 4


def test_only_the_chrome_sentence_of_a_mixed_paragraph_is_underlined() -> None:
    from editor_app.core.checks.builtin.chrome import check_chrome
    from editor_app.core.checks.builtin.text import analyse_cached
    from editor_app.core.prose import extract_prose

    text = "The lifeboat crew was called out twice on Sunday. Find out more on our partner site."
    seg = extract_prose(text)[0]
    found = [text[f.start : f.end] for f in check_chrome(analyse_cached(text), seg, [], [])]
    assert found == ["Find out more on our partner site."]


def test_a_long_disclosure_sentence_closing_a_paragraph_is_flagged() -> None:
    text = ("The lanterns in this list were picked by our gear editor after a season of testing. If you buy one "
            "through the links below, we may earn a small fee at no extra cost to you, which supports our work.")
    assert flagged(text, "web_boilerplate")


@pytest.mark.parametrize("name", ["_LEGAL", "_COUNT", "_READ_TIME", "_LEGAL_STRONG", "_OFFER", "_AI_SELF", "_SIGN_OFF"])
def test_gated_cue_patterns_agree_with_their_full_regex(name: str) -> None:
    """The literal gate in front of each long cue pattern only skips work: on lines with and
    without cues, and with letters that case-insensitive matching folds (dotless i, long s), the
    gated search finds a match exactly when the whole pattern does."""
    from editor_app.core.checks.builtin import chrome

    gated = getattr(chrome, name)
    lines = ["Copyrıght 2031 Harbour Press", "All rıghts reserved.", "12 commentſ", "Thiſ post was ſponsored",
             "As an AI, I can't browse the web.", "Hope thiſ helpſ!", "If you'd like, I can add a sidebar.",
             "Exclusive to members: 4 min read", "The harbour wall was rebuilt in 1911 after the storm.",
             "Results are for information only and prices may change.", "Page 2 of 7", "Unlock it for members"]
    for line in lines:
        for text in (line, line.upper(), line.lower()):
            assert (gated.search(text) is None) == (gated.pattern.search(text) is None), text


@pytest.mark.parametrize("line", [
    "If you sew one of these aprons, I would love to see it.",
    "Post a picture of your loaf so that I can see how the crust came out.",
    "If you walk the route in spring, I'd love to hear how the bluebells look.",
    "Tag your photos with the club's name so that I can find them, and happy sewing.",
])
def test_a_writer_who_wants_to_see_what_readers_make_is_left_alone(line: str) -> None:
    # a blogger's sign-off to readers: "I" wants to see, hear or find what they make or do, which
    # is no offer of a deliverable (the offer cue needs another verb: "I can add", "I'd love to help")
    assert not flagged(line, "chatbot_leftover"), line


@pytest.mark.parametrize("line", [
    "If you'd like, I can add a short sidebar on the history of the mill.",
    "I'd love to help you polish the draft further if you need it.",
    "I can also tighten the intro if you want a shorter version.",
])
def test_an_assistant_offering_more_work_is_still_flagged(line: str) -> None:
    assert chat_score(line) >= 4, line
