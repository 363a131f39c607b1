"""Session 8 precision for repeated_phrase, duplicate_information, chatbot_leftover (the shape
rule) and web_boilerplate: classes of false alarm on clean prose, each with the lapses next to it
that must still be flagged. Every sentence here was written for these tests (none is taken from
the corpora)."""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker

_CHECKER = BuiltinChecker()


def _found(text: str, category: str) -> list[str]:
    return [text[i.start : i.end] for i in _CHECKER.check(text) if i.category == category]


# --- chatbot_leftover: a plain statement needs an addressee or an assistant's move ----------------

CHAT_CLEAN = [
    # a third-person statement about a team's plans, naming a (speech or language) model
    "The lab is now gathering Twi and Ewe recordings and intends to publish a three-language model in 2027.",
    "The group plans to release a two-language model next spring, trained on radio archives.",
    "Researchers said the new language model was trained on court transcripts and farming radio.",
    "A smaller language model runs on the phone itself, so no recordings leave the clinic.",
    "The company's large language model will be offered free to schools in the province.",
    "Her team built a four-language speech model from 900 hours of clinic recordings.",
    # someone's words (and a gloss of them) in quotation marks
    'A patient might say "Ngicela ukubona i-X-ray yakho" ("I can check your X-ray"), mixing isiXhosa word '
    "order with an English loan word.",
    'A farmer might text "Ngizokuthumela i-invoice" ("I will send you the invoice"), a sentence that mixes '
    "two languages.",
    'Nurses often hear "Can I have your number?" ("Ngicela inombolo yakho?") spoken in both languages at once.',
    'The sign at the gate reads "If you need help, I can call the warden", in three languages.',
    'Her grandmother\'s favourite saying was "If you want the fish, I can teach you the net".',
    # the article's own third-person report of a feature
    "The app shows a map of the clinics and a model of the waiting times at each one.",
    "Volunteers will test the model in four rural clinics before it is released more widely.",
    "The trust is now recruiting drivers and plans to open a second depot in 2027.",
]

CHAT_FAULTY = [
    "Here's the revised intro you asked for, with the quotes moved up:",
    "I've kept the figures from your notes; let me know if you'd like a shorter version.",
    "As an AI language model, I can't check whether these opening times are still correct.",
    "I can also add a paragraph on parking if that would be useful.",
    "Let me know if you want me to change the tone of the ending.",
    "I hope this gives your readers a clear picture of the new clinic!",
    "Note: I couldn't verify the attendance figure, so you may want to check it before publication.",
    "Would you like me to write a shorter version for the newsletter?",
    "I've simplified the medical terms so the piece works for a general audience.",
    "(I've assumed the clinic opens on a Monday; please confirm the date before this goes live.)",
]


@pytest.mark.parametrize("text", CHAT_CLEAN)
def test_plain_statements_and_quoted_words_are_not_assistant_talk(text: str) -> None:
    assert _found(text + "\n", "chatbot_leftover") == []


@pytest.mark.parametrize("text", CHAT_FAULTY)
def test_assistant_talk_is_still_flagged(text: str) -> None:
    body = "The clinic opened in March and has seen 400 patients so far.\n\n"
    assert _found(body + text + "\n", "chatbot_leftover") != []


# --- web_boilerplate: the publisher's own registration sentence -----------------------------------

_NEWSLETTER = ("The food bank opened a second store room in March, and volunteers now sort donations on "
               "Tuesday and Thursday evenings. Thank you to everyone who gave a tin or an hour this spring.\n\n")

BOILER_CLEAN = [
    "Ashvale Food Bank is a registered charity in England and Wales (no. 1162093).",
    "The Friends of Marsh Lane Park is a registered charity (no. 1099873) run entirely by volunteers.",
    "Kestrel Rescue is a registered charity in Scotland (SC048812).",
    "The Ferry Road Allotment Society is a registered charity, number 1145520.",
]

BOILER_FAULTY = [
    "Registered charity no. 1162093",
    "© 2025 Ashvale Food Bank. All rights reserved. Registered charity no. 1162093.",
    "Registered in England and Wales. Company no. 08812345. Registered office: 4 Mill Street, Leeds.",
    "Registered charity number 1099873 | Privacy policy | Cookie settings",
    "Ashvale Food Bank is a registered charity. © 2025 All rights reserved.",
]


@pytest.mark.parametrize("line", BOILER_CLEAN)
def test_a_charitys_own_registration_sentence_is_not_chrome(line: str) -> None:
    assert _found(_NEWSLETTER + line + "\n", "web_boilerplate") == []


@pytest.mark.parametrize("line", BOILER_FAULTY)
def test_a_site_footer_with_the_registration_is_still_chrome(line: str) -> None:
    assert _found(_NEWSLETTER + line + "\n", "web_boilerplate") != []


# --- duplicate_information: a second figure of a different quantity ------------------------------

DUP_CLEAN = [
    # a portion of a mixture measured out earlier
    "Make the syrup with 2 tbsp of maple syrup and 2 tbsp of lemon juice, then brush 2 tbsp of the syrup "
    "over the cake.",
    "Whisk 2 tbsp of the ginger syrup into the yoghurt, keeping 2 tbsp of the syrup for the topping.",
    "Warm 3 tbsp of honey with 3 tbsp of water, and spoon 1 tbsp of the mixture over each pear.",
    "Mix 200 ml of stock with 200 ml of milk, then pour 100 ml of the liquid over the bread.",
    # another amount on top of the first
    "Add 2 tbsp of the syrup, then taste and add 2 tbsp more if you like it sweeter.",
    "Pour in 100 ml of stock, and another 100 ml if the rice looks dry.",
    # a figure for another period
    "Last season he averaged 8.7 rebounds per game; this year it is an average of just under nine per game.",
    "She scored 14 goals last season, and this season she has 14 goals already.",
    # a year named again as part of a fuller date for another event
    "Construction starts this autumn and the centre opens in 2026, with the first students arriving in "
    "September 2026.",
    "The bridge will close in 2027, and the new crossing is due to open in spring 2027.",
    # a second sentence that goes on to say something new about people
    "The council grant pays for 90 food parcels a week. Around 90 families a week now use the pantry, and "
    "many of them told us they had nowhere else to go.",
    "The hall seats 300 people and hosts about 60 events a year. Around 300 people came to the opening night, "
    "and most of them stayed for the band.",
]

DUP_FAULTY = [
    ("The new bridge is 400 metres long, a length of 400 metres.", "400"),
    ("The appeal raised £12,000, a total of £12,000 in six weeks.", "12,000"),
    ("Add 2 tbsp of sugar, or 2 tablespoons, to the pan.", "2 tablespoons"),
    ("The scheme will run for three years, a period of 36 months.", "36 months"),
    ("The plant employs 300 people. It has a workforce of 300.", "workforce"),
    ("Turnover rose 8 percent to £71 million. Turnover was £71 million, 8 percent higher than last year.",
     "Turnover was"),
    ("Spoon 2 tbsp of the syrup over the cake, or 30 ml, while it is still warm.", "30 ml"),
]


@pytest.mark.parametrize("text", DUP_CLEAN)
def test_a_figure_of_another_quantity_is_not_a_restatement(text: str) -> None:
    assert _found(text + "\n", "duplicate_information") == []


@pytest.mark.parametrize(("text", "part"), DUP_FAULTY)
def test_a_figure_said_again_is_still_flagged(text: str, part: str) -> None:
    assert any(part in s for s in _found(text + "\n", "duplicate_information")), _found(text + "\n", "duplicate_information")
