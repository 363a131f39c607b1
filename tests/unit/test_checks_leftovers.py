"""Repeated phrases, web chrome and assistant leftovers: sentences they must flag and look-alikes
they must leave alone (written for these tests, not taken from the evaluation corpora)."""

from __future__ import annotations

import itertools
import string

from editor_app.core.checks.builtin import BuiltinChecker


def flagged(text: str, category: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker(thorough=True).check(text) if i.category == category]


def filler(words: int, seed: int = 0) -> str:
    """Neutral paragraphs of made-up lower-case words that repeat nothing."""
    letters = string.ascii_lowercase
    made = ("zq" + "".join(p) for p in itertools.product(letters, repeat=3))
    made = itertools.islice(made, seed * 1000, None)
    out: list[str] = []
    paragraph: list[str] = []
    for n in range(words):
        paragraph.append(next(made))
        if n % 12 == 11:
            out.append(" ".join(paragraph).capitalize() + ".")
            paragraph = []
    return "\n\n".join(" ".join(out[k : k + 4]) for k in range(0, len(out), 4)) + "\n\n"


def test_a_telling_phrase_repeated_far_apart_is_a_lapse() -> None:
    text = (
        "The morning fog did little to slow the leaders on the coast road.\n\n"
        + filler(480)
        + "By the finish the wind did little to slow the leaders either.\n"
    )
    assert flagged(text, "repeated_phrase") == ["did little to slow the leaders"]


def test_a_plain_noun_phrase_far_apart_is_a_name_for_a_thing() -> None:
    text = (
        "Boats moor behind the outer harbour wall in winter.\n\n"
        + filler(480)
        + "In summer the ferries tie up along the outer harbour wall.\n"
    )
    assert flagged(text, "repeated_phrase") == []


def test_a_closing_paragraph_that_mirrors_the_opening_is_deliberate() -> None:
    text = (
        "My father asked how much flour the loaf needed, and the baker smiled for a long while before he answered.\n\n"
        + filler(480)
        + "Years later my son asked how much flour to use, and I smiled for a long while before I answered.\n"
    )
    assert flagged(text, "repeated_phrase") == []


def test_a_thing_introduced_and_then_referred_back_to_is_not_a_repeat() -> None:
    text = (
        "The rumour has a kernel of truth in it, as most rumours do. Older engines did stall in frost. "
        "That is the kernel of truth behind the story.\n"
    )
    assert flagged(text, "repeated_phrase") == []


def test_a_long_sentence_opener_said_twice_is_a_lapse() -> None:
    text = (
        "Silence is not a failure of teaching. Pupils often need a minute to think.\n\n"
        + filler(60)
        + "Silence is not a failure of teaching, and a good teacher lets it run.\n"
    )
    found = flagged(text, "repeated_phrase")
    assert len(found) == 1 and "not a failure of" in found[0]


def test_web_chrome_by_its_shape() -> None:
    chrome = [
        "Sign up for breaking alerts straight to your phone.",
        "Follow The Daily Ledger on Google News",
        "Join our cycling community today",
        "Buy from an independent bookseller",
        "Likes (34) | Reply | Report",
        "By Priya Nair | 12 June 2025 | 4 min read",
        "Become a member and support our journalism.",
        "Please drink responsibly. Visit our partner site for more.",
        # (session 9: a piece's own disclaimer naming itself, "This guide is for general information
        # only ...", is the piece's: both such lines in the training sets stand in clean articles)
        "The information on this website is for general information only and is not legal advice.",
        "Registered charity number 1182233",
        "Next article: How to bleed a radiator",
    ]
    for line in chrome:
        assert flagged(line + "\n", "web_boilerplate") == [line], line


def test_instructions_in_the_world_are_not_web_chrome() -> None:
    prose = [
        "Download the installer from the project's releases page and run it.",
        "Follow the river path for two miles until you reach the weir.",
        "Join the two pieces with wood glue and clamp them overnight.",
        "Book early: the ferry fills up in August.",
        "Share the dough into four pieces and shape each into a ball.",
        "Read the label carefully before you buy a heat pump.",
        "Sign the form and return it to the school office by Friday.",
        "Support for the plan fell to 41 per cent in the latest poll.",
    ]
    for line in prose:
        assert flagged(line + "\n", "web_boilerplate") == [], line


def test_assistant_talk_in_other_words() -> None:
    leftovers = [
        "Certainly — here's a tighter version of the piece for your newsletter.",
        "Here you are! I've kept it under 600 words as you asked.",
        "Glad to add a short FAQ section if that is useful.",
        "I can make the ending punchier if you'd like.",
        '(Suggested headline: "Town hall backs new cycle route")',
        "I've written this in British English; I can switch to American spelling if needed.",
        "Note to editor: I could not verify the ferry prices, so you may want to check them before publishing.",
        "Here's a match report in the style of a local paper, about 400 words:",
    ]
    for line in leftovers:
        assert flagged(line + "\n", "chatbot_leftover"), line


def test_first_and_second_person_prose_is_not_assistant_talk() -> None:
    prose = [
        "Here are the three rules the council agreed:",
        "Want a bargain? Head to the market before nine.",
        "Use a timer if that is easier.",
        "I tried to keep my cool while the review panel argued.",
        "If you prefer a milder curry, leave out the second chilli.",
        "Happy to be back on the pitch, Okafor scored twice.",
        "The pilot did exactly as you asked.",
        "I could not find the title deeds anywhere.",
    ]
    for line in prose:
        assert flagged(line + "\n", "chatbot_leftover") == [], line


def test_descriptive_pairs_and_stock_idioms_repeated() -> None:
    text = (
        "The choir gave a hauntingly beautiful reading of the psalm, and the razor-thin margin in the vote "
        "was put on the back burner.\n\n"
        + filler(300)
        + "Later came a hauntingly beautiful solo. The razor-thin margin worried nobody, "
        "and the plan stayed on the back burner.\n"
    )
    found = flagged(text, "repeated_phrase")
    assert "hauntingly beautiful" in found
    assert "razor-thin margin" in found
    assert "on the back burner" in found


def test_plain_adverb_pairs_and_technical_compounds_recur_freely() -> None:
    text = (
        "Prices were relatively stable, and the air-source units sold well.\n\n"
        + filler(100)
        + "Wages were relatively stable too, and air-source units remain popular.\n"
    )
    assert flagged(text, "repeated_phrase") == []


def test_a_post_and_a_running_term_are_names_but_a_long_echo_is_not() -> None:
    text = (
        "The club's head coach said the squad was tired. The sensor network covers the valley, "
        "and each sensor reports hourly.\n\n"
        + filler(120)
        + "The club's head coach left in May. A third sensor network is planned for the hills.\n\n"
        + filler(120, seed=3)
        + "Behind every one of those numbers is a family.\n\n"
        + filler(200, seed=6)
        + "Behind every one of those numbers is a volunteer too.\n"
    )
    found = flagged(text, "repeated_phrase")
    assert len(found) == 1 and "every one of those numbers" in found[0]


def test_hedges_in_other_words() -> None:
    stacked = [
        "It is widely believed that the bridge will probably reopen in spring.",
        "The glaze is apparently still quite fresh, which would suggest a late firing.",
        "The team kind of seems unsure of its own plan.",
        "The sequel is perhaps slightly weaker than the first film.",
        "Turnout is likely to fall, though this is perhaps too gloomy a view.",
    ]
    for s in stacked:
        assert flagged(s + "\n", "hedge_stacking"), s
    plain = [
        "The bridge seems sturdy enough for lorries.",
        "Prices rose slightly in March, and they may rise again.",
        "It is expected to open in June.",
        "Perhaps the best part of the trip was the ferry.",
    ]
    for s in plain:
        assert flagged(s + "\n", "hedge_stacking") == [], s


def test_wordy_frames_and_their_replacements() -> None:
    cases = {
        "Fares went up as a direct consequence of the strike.": ("as a direct consequence of", "because of"),
        "In the current climate, few firms are hiring.": ("In the current climate", "Now"),
        "The clinic opens on an as-needed basis.": ("on an as-needed basis", "as needed"),
        "She won in a time of just under three hours.": ("in a time of", "in"),
        "The ban sends a message that the rule matters.": ("sends a message that", "shows that"),
        "At that particular moment in time, nobody knew.": ("At that particular moment in time", "Then"),
    }
    for text, (span, repl) in cases.items():
        found = [(text[i.start:i.end], i.replacements) for i in BuiltinChecker(thorough=True).check(text + "\n")
                 if i.category == "wordy_phrase"]
        assert (span, (repl,)) in found, (text, found)
    for text in ["The tests run in this environment only.", "The current climate of the Arctic is changing fast."]:
        assert flagged(text + "\n", "wordy_phrase") == [], text


def test_a_recipe_step_and_an_instruction_recalled_are_not_lapses() -> None:
    text = (
        "It comes out of the oven crackling at the corners and smelling of thyme.\n\n"
        + filler(150)
        + "1. Roast for an hour, until the skin is crackling at the corners.\n\n"
        + "Toast the seeds until they pop. " + filler(40, seed=2)
        + "Years later I burned my fingers while toasting the seeds for her.\n"
    )
    assert flagged(text, "repeated_phrase") == []


def test_a_definite_noun_compound_is_a_name_and_an_inflected_far_echo_still_counts() -> None:
    named = (
        "The heat pump grant covers most of the cost. The county's chief fire officer agreed.\n\n"
        + filler(80)
        + "Applications for the heat pump grant close in May, and the county's chief fire officer will judge them.\n"
    )
    assert flagged(named, "repeated_phrase") == []
    echo = (
        "The new manager has breathed new life into the squad.\n\n"
        + filler(480)
        + "Few expected one signing to breathe new life into the attack.\n"
    )
    assert flagged(echo, "repeated_phrase")


def test_more_assistant_and_page_lines_in_other_words() -> None:
    for line in [
        "Would a bulleted summary at the top help your readers?",
        "Remember to double-check the dates before you publish.",
        "Great choice of topic! Here's the finished piece.",
        "Note: The figures above are illustrative and should be verified.",
    ]:
        assert flagged(line + "\n", "chatbot_leftover"), line
    for line in [
        "Get the best of The Harbour Times delivered every morning.",
    ]:
        assert flagged(line + "\n", "web_boilerplate"), line
    # a correction note is written by the article's editors, not pasted page chrome (session 5)
    assert flagged("This story has been updated to correct the date of the vote.\n", "web_boilerplate") == []
    for line in ["Note that the ferry does not run on Sundays.", "Here is what we know so far.",
                 "Check the tide tables before you set out."]:
        assert flagged(line + "\n", "chatbot_leftover") == [], line


def test_a_chrome_label_opening_a_sentence_with_its_own_clause_is_prose() -> None:
    for line in ("Sponsored by two bakeries in the town, the fun run paid for a new defibrillator.",
                 "Posted in Cyprus in the seventies, my father learned to sail."):
        assert flagged(line + "\n", "web_boilerplate") == []
    assert flagged("Sponsored by Harlow Motors\n", "web_boilerplate") == ["Sponsored by Harlow Motors"]
    assert flagged("Posted in Gardening, Allotments\n", "web_boilerplate") == ["Posted in Gardening, Allotments"]


def test_only_the_share_line_after_a_sentence_is_chrome() -> None:
    text = "The bridge reopens to cyclists on Friday after six weeks of repairs.\nShare this story\n"
    assert flagged(text, "web_boilerplate") == ["Share this story"]


def test_only_the_assistant_sentence_of_a_paragraph_is_underlined() -> None:
    text = "I've trimmed the opening paragraph as you asked. The library stays open until eight on Thursdays.\n"
    assert flagged(text, "chatbot_leftover") == ["I've trimmed the opening paragraph as you asked."]
    both = "Sure! Here's the revised opening you wanted.\n"
    assert flagged(both, "chatbot_leftover") == ["Sure! Here's the revised opening you wanted."]


def test_a_how_to_step_on_the_readers_own_device_is_not_a_call_to_action() -> None:
    step = "1. Download a password manager to your laptop.\n2. Open it and create a vault.\n"
    assert flagged(step, "web_boilerplate") == []
    assert flagged("Download our app for your phone today\n", "web_boilerplate") != []


def test_pattern_gates_never_skip_a_match() -> None:
    """The literals, beginnings and leading digit read off each chatbot and chrome pattern (used to
    skip searches) hold for every line of the training fixtures that the pattern matches, and
    for hand-written lines of each kind."""
    import re
    from pathlib import Path

    from editor_app.core.checks.builtin import leftovers as lo

    root = Path(__file__).resolve().parents[1] / "fixtures"
    lines = {ln.strip().replace("’", "'") for p in sorted(root.glob("eval/**/*.md")) + sorted(root.glob("blind/**/*.md"))
             for ln in p.read_text(encoding="utf-8").splitlines() if 0 < len(ln.strip()) <= 300}
    lines |= {"Sure! Here's the revised intro.", "I hope this helps!", "Let me know if you'd like a shorter version.",
              "12 comments", "3 min read", "© 2024 Example Media. All rights reserved.", "Share this article",
              "We may earn a commission when you buy through links on our site.", "Related: the harbour story"}
    by_word, always = lo._chatbot()
    chat = {id(p[0]): p for p in (*always, *(p for ps in by_word.values() for p in ps))}.values()
    by_first, always_b = lo._boilerplate_index()
    chrome = {id(p[0]): p for p in (*always_b, *(p for ps in by_first.values() for p in ps))}.values()
    matched = 0
    for text in lines:
        low = text.lower()
        if re.search("[ſıİ]", low):
            continue
        for pat, needs in chat:
            if pat.search(text):
                matched += 1
                assert all(any(a in low for a in alts) for alts in needs), (pat.pattern, text)
        n = lo._norm(text)
        for pat, needs, starts, digit_first in chrome:
            if pat.match(n):
                matched += 1
                assert all(any(a in n for a in alts) for alts in needs), (pat.pattern, n)
                assert starts is None or n.startswith(starts), (pat.pattern, n)
                assert not digit_first or n[:1].isdigit(), (pat.pattern, n)
    assert matched > 50


def test_always_run_chrome_patterns_give_the_same_answer_by_group() -> None:
    from editor_app.core.checks.builtin import leftovers as lo

    _, always = lo._boilerplate_index()
    hits = 0
    for line in ["3 replies", "12 min read", "© 2025 Harbour Press", "Copyright 2024 Example Media. All rights reserved.",
                 "Get the morning briefing delivered to your inbox every weekday", "Let us know in the comments below",
                 "This article does not constitute financial advice", "Share via email", "Edit this page",
                 "The harbour trust is a registered charity.", "Ferry fares rose by a tenth last winter", ""]:
        n = lo._norm(line)
        got = lo._any_always(n, always)
        assert got == lo._any_match(n, always), line
        hits += got
    assert hits >= 5
