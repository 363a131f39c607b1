"""repeated_phrase: deliberate repetition that correct English uses, next to the lapse it resembles
(sentences written for these tests, not taken from the evaluation corpora)."""

from __future__ import annotations

from editor_app.core.checks.builtin import BuiltinChecker


def flagged(text: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker().check(text) if i.category == "repeated_phrase"]


def test_two_clauses_of_one_sentence_opening_alike_are_parallel() -> None:
    text = ("Mr Hale said little about the merger. \"He demanded a great deal of the board, and he demanded "
            "a great deal of himself,\" a colleague said.\n")
    assert flagged(text) == []
    lapse = ("The ferry was cancelled at short notice in June. Passengers complained, and the operator "
             "apologised after the second sailing was also cancelled at short notice.\n")
    assert flagged(lapse) == ["at short notice"]


def test_two_plain_nouns_paired_are_a_category() -> None:
    text = ("The new tyres grip well on roads and verges in the dry. The rear light is bright enough for "
            "town use. In the wet the tyres lose some grip, and on roads and verges that are muddy the "
            "bike feels skittish.\n")
    assert flagged(text) == []


def test_a_plain_adjective_and_noun_name_a_thing_a_judging_one_is_a_flourish() -> None:
    plain = ("Bring a warm hat for the early start. The hut at the col is unheated, and even in August "
             "you will be glad of a warm hat once the sun drops.\n")
    assert flagged(plain) == []
    judging = ("The vote was a huge milestone for the campaign. Volunteers had knocked on doors for two "
               "years, and the council's decision to fund the library was a huge milestone for them too.\n")
    assert [f for f in flagged(judging) if "a huge milestone" in f]


def test_a_figurative_place_frame_said_twice_is_a_habit() -> None:
    text = ("The choir has been at the heart of the parish for a century. It sings at weddings, funerals "
            "and the summer fête. Its new rehearsal room is at the heart of the plans for the old school.\n")
    assert [f for f in flagged(text) if "at the heart of" in f]


def test_a_closing_paragraph_returning_reworded_to_the_opening_scene_is_a_callback() -> None:
    text = ("Down on the quay, two presses still thump through every winter night at the cider works.\n\n"
            "The works opened in 1880. It now sells about 40,000 bottles a year, most of it to pubs in "
            "the county.\n\n"
            "Apple prices have fallen this year, and two orchards have been grubbed up.\n\n"
            "Until the lease runs out, the presses keep thumping through every winter night.\n")
    assert flagged(text) == []
    lapse = text.replace("the presses keep thumping through every winter night",
                         "the presses still thump through every winter night")
    assert flagged(lapse) != []


def test_a_verb_and_a_judging_adverb_said_twice_is_a_lapse() -> None:
    text = ("Ticket prices fell sharply after the band cancelled its tour. Resellers were left holding "
            "hundreds of seats, and some gave them away. Hotel rooms in the city fell sharply too.\n")
    assert [f for f in flagged(text) if "fell sharply" in f]
    plain = ("The river rose slowly all night. By morning the water rose slowly over the towpath.\n")
    assert flagged(plain) == []
