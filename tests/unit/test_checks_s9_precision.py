"""Session 9 precision classes for web_boilerplate, chatbot_leftover, hedge_stacking, wordy_phrase,
pleonasm and repeated_word. All sentences are written fresh for these tests.

* hedges: in quoted speech a first-person opinion frame with its own clause ("I reckon the price
  will probably fall") is how people talk; a frame beside another hedge is still a stack. Two
  hedges fused in two words stack: "should probably", "usually more or less", "effectively sort of".
* chatbot: cues an article's address to its reader gives ("you can swap ... if you prefer") are
  not enough alone; a quantified noun ("every letter you sent") is the reader's own papers; the
  writer's span of years beside "you" is a story; a writer's "Here are ..." lead-in after their
  own sentence may say "I" and "you"; "Thank you for your patience" closes a service notice.
  Recall: "the profile you asked for"; a note to the editor is no story ("before this goes
  live"); two editor cues count twice; "Please note that ..." opening an aside.
* boilerplate: a list item of five words or more needs more than a short chrome line does; a
  registration label needs its number; "at no extra cost to you" is a seller's when it sells; a
  piece's own disclaimer naming itself is the piece's; "Read more about X on [site]." as a finished
  sentence of six words or more is the writer's pointer ("Read more: <headline>" stays chrome).
* wordy: "whether or not" as an adverbial; "by the end of the day"; "is up until nine"; police
  and court "in connection with".
* pleonasm: "a year earlier" beside "annual"; "hungry or thirsty"; "and also"; "voluntary and
  will stay"; "The new shop was newly painted"; "advance bookings".
* repeated_word: doubled names ("Wagga Wagga"); a passive prepositional verb ("operated on on").
"""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker


def flagged(text: str, category: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker(thorough=True).check(text) if i.category == category]


# --- hedge_stacking ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    '"I guess it was probably the wind," he said.',
    '"I think the price will probably fall," she said.',
    '"I suppose we were maybe a bit lucky at the end," the coach said.',
    '"Honestly, I\'d say it\'s maybe the wettest June I remember," said Ms Ngata.',
])
def test_spoken_opinion_frame_with_its_own_clause(text: str) -> None:
    assert flagged(text, "hedge_stacking") == []


@pytest.mark.parametrize(("text", "span"), [
    ('"It was rather, I suppose, maybe a bit flat," she said.', "I suppose, maybe a bit"),
    ('"We will probably find them perhaps by noon," she said.', "probably find them perhaps"),
    ("I think the price will probably fall next year.", "I think the price will probably"),
])
def test_stacks_still_flagged(text: str, span: str) -> None:
    assert span in flagged(text, "hedge_stacking")


@pytest.mark.parametrize(("text", "span"), [
    ("The council said the new bridge should probably last a century.", "should probably"),
    ("The new timetable should hopefully cut waiting times.", "should hopefully"),
    ("Foxes will usually more or less ignore a quiet walker.", "usually more or less"),
    ("The new fee effectively sort of doubles the cost of parking.", "effectively sort of"),
])
def test_two_hedges_in_two_words(text: str, span: str) -> None:
    assert span in flagged(text, "hedge_stacking")


@pytest.mark.parametrize("text", [
    "You should book early because the tours fill quickly.",
    "The bridge will probably reopen in May.",
    "It is a kind of museum of the town's trades.",
])
def test_single_hedge_or_none(text: str) -> None:
    assert flagged(text, "hedge_stacking") == []


# --- chatbot_leftover -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The lid has two hinges, and you can reverse the door in the settings menu if you prefer to open it from the left.",
    "Keep copies of every letter you sent to the council, with dates.",
    "I have written this column for nine years, and until March I had never tried the budget I keep recommending to you.",
    "The export came out in one long column. Here are the first few lines, unedited, because I think you should see how messy it is:",
    "Thank you for your patience while the platform is rebuilt.",
])
def test_reader_address_not_assistant(text: str) -> None:
    assert flagged(text, "chatbot_leftover") == []


@pytest.mark.parametrize("text", [
    "Here is the revised article with the local details you provided:",
    "I kept it under 500 words. Here's what I came up with:",
    "Okay, I've updated the story with the council figures you sent:",
    "Sure, I can do that. Here is a punchier intro for you:",
])
def test_assistant_talk_still_flagged(text: str) -> None:
    assert flagged(text, "chatbot_leftover")


@pytest.mark.parametrize("text", [
    "Here is the club newsletter item you asked for. I've kept it friendly and short.",
    "I couldn't confirm the lap times from the results sheet, so please double-check them before this goes live.",
    "Please note that my information on this season's fixtures may be out of date, so verify these dates with the league.",
    "You may want to confirm the opening hours with the owners before this goes to print.",
])
def test_notes_to_the_asker(text: str) -> None:
    assert flagged(text, "chatbot_leftover")


@pytest.mark.parametrize("text", [
    "Please note that the car park closes at 6pm on Sundays.",
    "When you asked for the bill, the waiter brought two.",
    "Double-check your booking reference before you travel.",
    "I rewrote the chapter three times before the publisher took it.",
])
def test_not_notes_to_the_asker(text: str) -> None:
    assert flagged(text, "chatbot_leftover") == []


# --- web_boilerplate ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Packing list:\n\n- Check the ferry times in the app before leaving home\n- Pack a spare charger for the trip\n",
    "Timeline:\n\n- 1968: Bakery moves to Mill Lane, Ledbury\n- 1990: Second oven installed\n",
    "- Check the landlord's name and company number against the deed and the lease.\n",
    "If you give £100 or more in a year, we can reclaim tax on your gift at no extra cost to you, adding a quarter to it.",
    "*This guide is for general information only and does not constitute financial advice.*",
    "Read more about the restoration on the [Harbour Trust website](https://example.org/trust/history).",
])
def test_article_lines_not_chrome(text: str) -> None:
    assert flagged(text, "web_boilerplate") == []


@pytest.mark.parametrize("text", [
    "- Share on Facebook\n",
    "This post contains affiliate links. If you buy through them, we may earn a commission at no extra cost to you.",
    "Registered in England and Wales. Company number 01234567.",
    "The information on this website does not constitute legal advice.",
    "Read more: Council approves new cycle lanes on the high street",
])
def test_chrome_still_flagged(text: str) -> None:
    assert flagged(text, "web_boilerplate")


# --- wordy_phrase ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The vote goes ahead whether or not the board agrees.",
    "Everyone can use the library, whether or not they live in the district.",
    "Whether or not the council agrees, the market will open in May.",
    "Most smaller shops followed by the end of the day.",
    "A toddler who is up until ten will be tired the next morning.",
    "Two men have been arrested and charged in connection with the burglary.",
    "Police want to speak to a woman in connection with the fire.",
])
def test_wordy_look_alikes(text: str) -> None:
    assert flagged(text, "wordy_phrase") == []


@pytest.mark.parametrize(("text", "span"), [
    ("The committee will decide whether or not to approve the plan.", "whether or not"),
    ("She asked whether or not the road would close.", "whether or not"),
    ("It depends on whether or not the grant arrives.", "whether or not"),
    ("At the end of the day, the voters decide.", "At the end of the day"),
    ("The road is closed up until March.", "up until"),
    ("Audits are required for any tool used in connection with hiring.", "in connection with"),
])
def test_wordy_still_flagged(text: str, span: str) -> None:
    assert span in flagged(text, "wordy_phrase")


# --- pleonasm -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Prices rose 4% from a year earlier, below the 7% annual rise recorded a year before that.",
    "We pay the annual fee twice a year.",
    "Drink early, before you feel hungry or thirsty.",
    "The ferry is part of the charm and also part of the problem.",
    "The scheme is voluntary and will stay open for three years.",
    "The new shop was newly painted.",
    "The new café has been freshly decorated.",
    "Advance bookings for the December shows are up on last year.",
    "Prices rose fairly sharply in the spring.",
    "The repair was really quickly done.",
])
def test_pleonasm_look_alikes(text: str) -> None:
    assert flagged(text, "pleonasm") == []


@pytest.mark.parametrize(("text", "span"), [
    ("The club holds its annual dinner once a year.", "a year"),
    ("We offer help and assistance to new tenants.", "help and assistance"),
    ("She moved up to second and also took the sprint jersey as well.", "also"),
    ("Residents will get advance warning by letter.", "advance"),
    ("The board can completely halt the trial altogether.", "completely halt the trial altogether"),
    ("Older residents are particularly especially at risk in a heatwave.", "particularly"),
])
def test_pleonasm_still_flagged(text: str, span: str) -> None:
    assert span in flagged(text, "pleonasm")


# --- repeated_word --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "We drove to Wagga Wagga for the sale.",
    "Walla Walla is known for its sweet onions.",
    "We stopped at a café called Bean Bean on the way.",
    "She was operated on on a Saturday and home by Tuesday.",
    "The motion was voted on on Monday night.",
])
def test_doubles_that_are_english(text: str) -> None:
    assert flagged(text, "repeated_word") == []


@pytest.mark.parametrize(("text", "span"), [
    ("The The Guardian ran the story.", "The The"),
    ("He waved and said Ravi Ravi Shinde was late.", "Ravi Ravi"),
    ("The bike must be locked to to a railing.", "to to"),
    ("The robot got stuck on on the rug.", "on on"),
    ("Best Best Practices For Small Teams", "Best Best"),
])
def test_doubles_still_flagged(text: str, span: str) -> None:
    assert span in flagged(text, "repeated_word")
