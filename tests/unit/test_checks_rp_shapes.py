"""repeated_phrase: hyphenated words count by their parts, a long phrase said again is a lapse even
when its head noun is the article's subject, and a superlative on its noun ("the X-est Y") is
not the name of a thing (sentences written for these tests, not taken from
the corpora)."""

from __future__ import annotations

from editor_app.core.checks.builtin import BuiltinChecker


def flagged(text: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker(thorough=True).check(text) if i.category == "repeated_phrase"]


def test_a_hyphenated_phrase_counts_by_its_parts() -> None:
    text = ("The ribs were fall-off-the-bone by the second hour. We also tried the flatbreads, which "
            "were blistered and light. On our second visit the lamb was fall-off-the-bone as well.\n")
    assert flagged(text) == ["fall-off-the-bone"]


def test_a_long_phrase_said_again_is_a_lapse_even_about_the_subject() -> None:
    text = ("The canal trust has spent a year on the lock gates. Volunteers describe a slow day on the "
            "canal as the best part of the job. The gates are oak, and each weighs three tonnes. The "
            "canal reopens in May, and the trust hopes for a busy summer on the canal. For most of "
            "the crew, though, it is still a slow day on the canal that keeps them coming back.\n")
    assert flagged(text) == ["a slow day on the canal"]


def test_a_superlative_on_its_noun_is_a_stock_phrase() -> None:
    text = ("For a wet weekend, a museum remains the safest bet. The galleries are free and the cafe is warm. "
            "If the children are restless, the aquarium is the safest bet too.\n")
    assert flagged(text) == ["the safest bet"]


def test_plain_names_and_terms_stay_silent() -> None:
    text = ("The stone barn stands on the river. Its wheel turned until 1950. Today the stone barn is a "
            "museum, and on social media the trust posts photos of the wheel. Visitors find it on "
            "social media first.\n")
    assert flagged(text) == []


def test_a_wordnet_idiom_said_twice_is_a_stock_phrase() -> None:
    text = ("The ferry reached the island in the nick of time, just before the storm closed the harbour. "
            "The crew tied up, and the last van rolled off the ramp. Later the lifeboat, too, came home "
            "in the nick of time.\n")
    assert flagged(text) == ["in the nick of time"]
    once = "The ferry reached the island in the nick of time, just before the storm closed the harbour.\n"
    assert flagged(once) == []


def test_a_place_named_again_with_a_preposition_is_not_a_lapse() -> None:
    text = ("Families living beside the canal were told to leave on Monday. Pumps ran all night, and "
            "the council opened two halls. By Wednesday the water had dropped, but houses beside the "
            "canal were still without power.\n")
    assert flagged(text) == []


def test_a_description_of_the_subject_said_twice_is_a_lapse_even_under_its_title() -> None:
    text = ("# The Corvo city bike\n\nA lightweight city bike needs gears that shift cleanly, and the "
            "Corvo's hub does. The saddle is firm and the lights are bright. On cobbles it rattles, but "
            "on tarmac it rides like a lightweight city bike should.\n")
    assert flagged(text) == ["a lightweight city bike"]
    named = ("# The Corvo city bike\n\nThe Corvo city bike weighs eleven kilos. The saddle is firm and "
             "the lights are bright. On tarmac the Corvo city bike feels quick.\n")
    assert flagged(named) == []


def test_a_compound_modifier_before_different_nouns_is_not_a_phrase() -> None:
    text = ("A full-grown oak shades the yard. The gardeners planted hazel along the fence. In the far "
            "corner stands a full-grown beech.\n")
    assert flagged(text) == []


def _filler(words: int) -> str:
    # sentences whose words never make a phrase: a number between every two words
    return " ".join(f"Lot {k} sold {k + 1} times." for k in range(words // 4)) + "\n\n"


def test_a_long_phrase_is_remembered_for_a_page_but_a_closing_callback_is_deliberate() -> None:
    opening = "We began with a slow climb through the beech hangers above the village.\n\n"
    middle = "The second day brought a slow climb through the beech hangers above the village.\n\n"
    ending = "Next spring I will go back for a slow climb through the beech hangers above the village.\n"
    mid_article = opening + _filler(460) + middle + _filler(120) + "The path was dry.\n"
    assert [f for f in flagged(mid_article) if "slow climb" in f]
    closing = opening + _filler(460) + ending
    assert flagged(closing) == []


def test_a_judging_adjective_on_its_noun_said_twice_is_a_lapse() -> None:
    text = ("The audit found a stark gap in the fire records. Inspectors visited in March and again "
            "in May. Their report also noted the same stark gap on the wards.\n")
    assert [f for f in flagged(text) if "stark gap" in f]
    plain = ("The audit covered the north wing. Inspectors visited in March and again in May. Their "
             "report praised the staff on the north wing for their records.\n")
    assert flagged(plain) == []


def test_an_ly_adjective_is_a_word_of_the_phrase_an_ly_adverb_is_not() -> None:
    from editor_app.core.checks.builtin.repeated_phrase import _is_filler_adverb

    assert _is_filler_adverb("completely") and _is_filler_adverb("quietly")
    assert not _is_filler_adverb("costly") and not _is_filler_adverb("likely")


def test_a_wordnet_verb_idiom_in_any_form_said_twice_is_a_stock_phrase() -> None:
    text = ("The landlords dragged their feet on repairs all winter. Tenants wrote to the council, and a "
            "local charity offered help. By June the council, too, was dragging its feet, and the "
            "tenants went to the ombudsman.\n")
    assert flagged(text) == ["dragging its feet"]


def test_a_plain_verb_acting_on_the_article_subject_is_a_fact_told_twice() -> None:
    text = ("The choir gave its spring concert on Saturday. Ann Reid, who joined the choir in 1998, sang "
            "the solo. The choir rehearses on Tuesdays. Its newest bass, Sam Okoro, joined the choir in "
            "March.\n")
    assert flagged(text) == []
