"""Each built-in rule family on small texts: what it flags, the span, the fix, and what it leaves."""

from __future__ import annotations

from editor_app.core.checks.base import REDUNDANCY_CATEGORIES, Issue
from editor_app.core.checks.builtin import BuiltinChecker


def issues(text: str, category: str | None = None) -> list[Issue]:
    found = BuiltinChecker().check(text)
    assert all(i.category in REDUNDANCY_CATEGORIES for i in found)
    return [i for i in found if category is None or i.category == category]


def flagged(text: str, category: str) -> list[str]:
    return [text[i.start : i.end] for i in issues(text, category)]


def test_doubled_word_even_across_a_line_break() -> None:
    text = "We walked to the\nthe market and back.\n"
    (issue,) = issues(text, "repeated_word")
    # Both copies are underlined (writers take either one for the mistake); the fix leaves one.
    assert text[issue.start : issue.end] == "the\nthe"
    assert issue.replacements == ("the",)
    fixed = text[: issue.start] + issue.replacements[0] + text[issue.end :]
    assert fixed == "We walked to the market and back.\n"


def test_doubled_word_fix_keeps_the_first_copy_s_capital() -> None:
    text = "The the committee met.\n"
    (issue,) = issues(text, "repeated_word")
    assert text[issue.start : issue.end] == "The the"
    assert text[: issue.start] + issue.replacements[0] + text[issue.end :] == "The committee met.\n"


def test_doubled_word_not_in_code_or_grammatical_doubles() -> None:
    assert issues("Run `echo echo` now. I had had enough of it.\n\n```\nthe the\n```\n") == []


def test_pleonasm_underlines_the_redundant_word() -> None:
    assert flagged("The town's past history is long.", "pleonasm") == ["past"]
    assert flagged("Prices will return back to normal.", "pleonasm") == ["back"]
    assert flagged("The rivals exchanged insults against each other all week.", "pleonasm") == ["against each other"]


def test_wordy_phrase_has_a_shorter_form() -> None:
    (issue,) = issues("They met in an attempt to settle the matter.", "wordy_phrase")
    assert issue.replacements == ("to",)
    assert "to" in issue.message
    assert flagged("Economically speaking, the plan works.", "wordy_phrase") == ["Economically speaking"]


def test_hedge_stacking_spans_first_to_last_hedge() -> None:
    assert flagged("The mayor reportedly might possibly resign.", "hedge_stacking") == ["reportedly might possibly"]
    # one hedge, or two weak ones, is ordinary caution
    assert issues("The mayor may resign, and the council could follow.", "hedge_stacking") == []
    assert issues("Rain is likely tomorrow.", "hedge_stacking") == []


def test_hedges_inside_a_quotation_are_the_speaker_s() -> None:
    assert issues("“It might possibly rain,” she said.", "hedge_stacking") == []


def test_cognate_repetition_flags_the_second_occurrence() -> None:
    assert flagged("The investors who invested early did well.", "cognate_repetition") == ["invested"]
    assert flagged("The winners who won the cup celebrated.", "cognate_repetition") == ["won"]
    assert issues("The report cites an earlier report. Our guide showed us the guidebook.", "cognate_repetition") == []


def test_duplicate_information_same_quantity_twice() -> None:
    text = "The trial lasted two years, running for 24 months in all."
    assert flagged(text, "duplicate_information") == ["running for 24 months in all"]
    assert flagged("They removed 2 tonnes of waste, or 2,000 kilograms, from the beach.", "duplicate_information") == [
        "or 2,000 kilograms"
    ]
    assert issues("Sales rose 5 percent in May and 8 percent in June.", "duplicate_information") == []


def test_missing_article_before_names_that_take_the() -> None:
    (issue,) = issues("Later, US offered to help.", "missing_article")
    assert issue.replacements == ("the US",)
    assert flagged("Trade with Qatar and UAE grew.", "missing_article") == ["UAE"]
    assert issues("US officials and the UK government met. The Netherlands agreed.", "missing_article") == []


def test_missing_article_for_bare_count_nouns() -> None:
    assert flagged("Put the dough in fridge overnight.", "missing_article") == ["fridge"]
    assert flagged("Board approved the dividend.", "missing_article") == ["Board"]
    assert flagged("We scored twice in first half.", "missing_article") == ["first half"]
    assert issues("We went by car and arrived at home in time.", "missing_article") == []


def test_chatbot_leftover_and_web_boilerplate_whole_lines() -> None:
    text = "An article.\n\nI hope this helps! Let me know if you need more.\n\nLeave a Reply\n\nShare this:\n"
    assert flagged(text, "chatbot_leftover") == ["I hope this helps! Let me know if you need more."]
    assert flagged(text, "web_boilerplate") == ["Leave a Reply", "Share this:"]


def test_boilerplate_lookalikes_in_markup_are_not_flagged() -> None:
    text = (
        "---\ntags: [leave-a-reply]\n---\n\n<!-- Share this: buttons go here -->\n\n"
        "Read our [guide](https://example.com/share-this/leave-a-reply) before you go.\n"
    )
    assert issues(text) == []


def test_repeated_phrase_flags_the_later_occurrence_in_either_order() -> None:
    text = (
        "Rising tensions worried the markets on Monday.\n\n"
        "By Friday, with tensions rising again, traders sold.\n\n"
        "The deal was a glimmer of hope for exporters.\n\n"
        "For farmers it was also a glimmer of hope.\n"
    )
    assert flagged(text, "repeated_phrase") == ["tensions rising", "a glimmer of hope"]


def test_topic_terms_repeated_through_an_article_are_not_repeated_phrases() -> None:
    text = (
        "The new bike lanes open in May. Noise cancelling helps on trains.\n\n"
        "Cyclists say the bike lanes are safe. Noise cancelling also helps in offices.\n\n"
        "More bike lanes are planned, and noise cancelling is now common.\n"
    )
    assert issues(text, "repeated_phrase") == []


def test_headings_and_block_quotes_are_not_checked() -> None:
    """Only a doubled word counts in a heading (a slip whatever the block); its style is its own,
    and a block quote is someone else's words."""
    text = "# The the heading in order to test\n\n> He reportedly might possibly come.\n\nBody text.\n"
    assert [(i.rule, text[i.start : i.end]) for i in issues(text)] == [("repeated-word", "The the")]
    text = "# A heading in order to test\n\n> He reportedly might possibly come, the the letter said.\n\nBody text.\n"
    assert issues(text) == []


def test_well_edited_constructions_that_look_like_faults_are_left_alone() -> None:
    """Each line once raised a false alarm on real prose; keep them quiet."""
    quiet = [
        "Of course, the plan failed.",  # not an assistant's "Of course!"
        "The summit is 978 metres (3,209 ft) high.",  # a unit conversion in brackets
        "Sales rose 5 percent in May, while costs rose 5 percent in June.",  # a comparison
        "The test starts at 00:00:00 UTC.",  # a clock time
        "The event handler receives the socket for handling.",  # a gerund, not a cognate verb
        "Both fields apply to both ES modules and CommonJS.",  # a correlative "both"
        "Sales fell sharply and could fall again.",  # an irregular past, not the noun "fell"
        "Runners spend money on shoes, and no study shows which shoe prevents injury.",
        "She became Prime Minister in 2019. Prime Minister Ardern spoke first.",
        "There could be one domain in use, but perhaps we would like another.",  # two claims
        "| Cell | the other |\n| --- | --- |\n| in fridge | US offered |\n",  # table cells are data
        "Masons lifted the blocks into place. Progress is slow in middle age.",
        "- If it feels damp, wait.\n- If it feels dry, water it.\n",  # deliberate parallel openers
    ]
    for text in quiet:
        assert issues(text) == [], text


def test_web_chrome_lines_glued_to_a_paragraph_by_soft_breaks() -> None:
    text = "The article ends here.\nLeave a Reply\nShare this:\nTwitter\n"
    assert flagged(text, "web_boilerplate") == ["Leave a Reply", "Share this:", "Twitter"]
    # a hard-wrapped sentence that leaves a chrome-like word alone on a line is prose
    assert issues("Write to us by\nEmail or by post.\n\nOr use the\nSearch box.\n") == []


def test_institutions_addressed_by_a_verb_need_an_article() -> None:
    assert flagged("Importers asked government for help.", "missing_article") == ["government"]
    assert issues("Importers asked the government for help. Team spirit helps.", "missing_article") == []


def test_assistant_phrases_spoken_by_people_in_the_story_are_not_leftovers() -> None:
    assert issues("“Would you like me to help?” the waiter asked.") == []
    assert issues('"I hope this helps," she said, handing over the map.') == []


def test_factors_and_frequencies_restated() -> None:
    assert flagged("Cases were three times higher, a threefold rise.", "duplicate_information") == ["a threefold rise"]
    assert issues("Prices tripled, and wages doubled too.", "duplicate_information") == []


def test_template_placeholders_and_more_page_chrome() -> None:
    assert flagged("For details contact [Your Name] at the office.", "chatbot_leftover")
    assert flagged("Title: Ten Ways to Save Energy", "chatbot_leftover")
    for line in ("Story continues below advertisement", "5 min read", "Home » News » Local"):
        assert flagged(line, "web_boilerplate") == [line]
    assert issues("We went home. News spread fast. The title: a study of cats.") == []
