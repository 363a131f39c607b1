"""Session 9 cognate_repetition and repeated_phrase classes. All sentences are written fresh for
these tests.

* A subject and the same word as its verb: a gerund the lexicon lists only as a verb heads a
  noun phrase ("that small saving saved us", "the warming has warmed"); a plural noun then its
  bare verb with an adverb after it ("their roots root again"); a past tense agrees with any
  subject ("the report reported"), unless the ear does not hear the word twice ("the lead led").
* An adverb in -ly and the noun or adjective it is made from in one clause ("the routine we now
  routinely follow", "regular customers come regularly"); not an adverb that has left its root
  ("a real shock ... really"), nor one that counts time ("monthly visits for 18 months"). The
  families file joins such adverbs (WordNet links "routinely" to nothing) and attribute pairs
  ("beautiful"/"beauty").
"""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker


def flagged(text: str, category: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker(thorough=True).check(text) if i.category == category]


@pytest.mark.parametrize(("text", "word"), [
    ("That small saving saved us from taking out a loan.", "saved"),
    ("Long-term warming has warmed the oceans faster than expected.", "warmed"),
    ("The funding has funded three new posts at the clinic.", "funded"),
    ("The recording recorded every word of the hearing.", "recorded"),
    ("The ruling ruled that the fees were unlawful.", "ruled"),
    ("Keep out weeds whose roots root again from tiny fragments.", "root"),
    ("The roots root quickly in damp soil.", "root"),
    ("The fences fence in the paddock on three sides.", "fence"),
])
def test_subject_and_its_own_verb(text: str, word: str) -> None:
    assert word in flagged(text, "cognate_repetition")


@pytest.mark.parametrize("text", [
    "The training was hard, and the coach pushed us every night.",
    "The regenerative braking blends smoothly with the friction brakes.",
    "Last year's spending on roads was the highest in a decade.",
    "Her writing has been praised for its clarity.",
    "The programme's rewards are generous for members who shop weekly.",
    "Saving money every month is easier with a separate account.",
])
def test_gerund_not_a_subject_repeat(text: str) -> None:
    assert flagged(text, "cognate_repetition") == []


@pytest.mark.parametrize(("text", "word"), [
    ("The routine we now routinely follow takes about forty-five minutes.", "routinely"),
    ("Her regular customers come regularly on Fridays.", "regularly"),
    ("Our regulars, who regularly show up before eight, get a free refill.", "regularly"),
    ("The quiet streets were quietly emptied before the parade.", "quietly"),
])
def test_adverb_and_its_root(text: str, word: str) -> None:
    assert word in flagged(text, "cognate_repetition")


@pytest.mark.parametrize("text", [
    "The monthly visits will continue for 18 months.",
    "It was a real shock, and he really meant it.",
    "Two adults fit comfortably in the front, and the comfort of the seats is a surprise.",
    "She visited the patients personally, in person, at their homes.",
    "The final report was finally published in May.",
])
def test_adverb_not_a_repeat(text: str) -> None:
    assert flagged(text, "cognate_repetition") == []


def phrases(text: str) -> list[str]:
    return flagged(text, "repeated_phrase")


@pytest.mark.parametrize("text", [
    # a role worn as a title before a name is a label
    "Support for growers now includes:\n\n- free advice from regional water brokers, by phone or on the farm\n"
    "- loans at reduced rates\n\nRegional water broker Tama Hohaia said his phone had been ringing since January.",
    # a time named again
    "Most walkers set off during the day and reach the hut by dusk.\n\n"
    "The ranger said the track is safe during the day but icy after dark.",
    # a yield given as a rate, twice
    "Barley averaged 4.1 tonnes a hectare on the river flats this season.\n\n"
    "On the hill blocks it managed only 2.6 tonnes a hectare after the late frost.",
    # a plain weather term, not a stock phrase
    "Growers fear another dry spell before the rice is planted.\n\n"
    "If the dry spell lasts into July, the council will truck water to the villages.",
])
def test_repeated_label_or_measure_not_flagged(text: str) -> None:
    assert phrases(text) == []


@pytest.mark.parametrize(("text", "phrase"), [
    ("Photos are your best friend. Take them on the day you move in, in daylight, with the date showing.\n\n"
     "Write to the agent within a week of moving out. Ask for the inspection report and compare it with your "
     "own notes on each room.\n\nIf the agent will not reply, a signed checklist is your best friend at the hearing.",
     "your best friend"),
    ("Residents of the worst-affected streets were moved to the school hall on Sunday.\n\n"
     "The council said pumps had been running since Saturday night. Sandbags were handed out at the depot.\n\n"
     "Buses will run a shuttle from the worst-affected streets to the hall until Wednesday.",
     "the worst-affected streets"),
])
def test_superlative_judgement_said_again(text: str, phrase: str) -> None:
    assert phrase in phrases(text)


@pytest.mark.parametrize(("text", "phrase"), [
    ("The new coach breathed life into the squad when she arrived in March, and the crowds came back.\n\n"
     "Training moved to the mornings. The club hired a second physio and rebuilt the gym over the winter.\n\n"
     "A late winner against the leaders breathed life into a season that had looked lost.", "breathed life into"),
    ("The smell of smoke lingers long after the fire is out, and it gets into curtains and carpets.\n\n"
     "Wash soft furnishings twice. Open every window for a day, and run a fan if you have one.\n\n"
     "The worry lingers long after the insurance claim is settled, the counsellor said.", "lingers long after"),
    ("The council poured scorn on the bypass plan at its first reading in May.\n\n"
     "Traffic counts on the main road have risen by a fifth since 2019, the report said.\n\n"
     "Local traders also poured scorn on the idea of a night-time delivery ban.", "poured scorn on"),
])
def test_verb_idiom_with_a_new_object(text: str, phrase: str) -> None:
    assert phrase in phrases(text)


def test_instruction_verb_frame_not_an_idiom() -> None:
    text = ("Pour the milk into a small pan and warm it gently.\n\nWhisk the eggs with the sugar until pale. "
            "Add the vanilla.\n\nPour the milk into the eggs slowly, whisking all the time.")
    assert phrases(text) == []


def test_cliche_from_the_shipped_lists_said_twice() -> None:
    text = ("Newcomers can expect a warm welcome at the Tuesday session, and shoes can be hired at the desk.\n\n"
            "The hall opens at seven. Bring water, and arrive ten minutes early for the safety talk.\n\n"
            "The choir has sung at the home for six years, and the residents always give it a warm welcome.")
    assert any("warm welcome" in p for p in phrases(text))


def test_term_from_a_list_named_in_the_prose() -> None:
    text = ("What the cover includes:\n\n- Free roadside help within the first year\n- Courtesy car hire for up to ten "
            "days\n- Windscreen repairs without an excess\n\nIf your car is in the garage for more than two days, ring "
            "us to arrange courtesy car hire, and keep the receipts for fuel.")
    assert phrases(text) == []


def test_figure_given_again_not_a_phrase() -> None:
    text = ("Tenants must give notice at least twenty-one days before the end of a fixed term.\n\n"
            "The notice must be in writing. Email counts if the lease says so, and a text message does not.\n\n"
            "A landlord who wants the flat back must also write at least twenty-one days before the term ends.")
    assert phrases(text) == []


def test_number_in_a_stock_frame_still_a_phrase() -> None:
    text = ("It was a tale of two halves at the Oval on Saturday, the coach said after the loss.\n\n"
            "The visitors led by ten at the break. Their captain kicked three goals before he was taken off.\n\n"
            "For the home side, the season has been a tale of two halves as well.")
    assert any("tale of two halves" in p for p in phrases(text))


@pytest.mark.parametrize(("text", "word"), [
    ("KOTA KINABALU — Negotiators from three coalitions negotiated through the night on Sunday.", "negotiated"),
    ("LONDON — Protesters protested outside the embassy on Friday.", "protested"),
])
def test_subject_after_a_dateline(text: str, word: str) -> None:
    assert word in flagged(text, "cognate_repetition")


def test_dateline_alone_is_no_subject() -> None:
    assert flagged("PARIS — Workers at the plant voted to strike on Monday.", "cognate_repetition") == []


@pytest.mark.parametrize("text", [
    "Pickers worked the rows on the terraces while the foreman walked from row to row with a clipboard.",
    "A ferry that usually takes two hours will take three while the engine is repaired.",
    "The comments come from the spell checker, not from the editor.",
])
def test_not_a_cognate_lapse(text: str) -> None:
    assert flagged(text, "cognate_repetition") == []


def test_relative_clause_verb_of_an_agent_still_flagged() -> None:
    assert "related" in flagged("A relative who related the story to reporters asked not to be named.",
                                "cognate_repetition")


def test_judgement_sharing_one_word_with_the_title_still_flagged() -> None:
    text = ("# A quiet harbour town\n\nThe opening chapter is quietly heartbreaking. The harbour scenes are the best "
            "writing in the book.\n\nThe middle sags. Two subplots about a land sale go nowhere, and the ferry "
            "captain vanishes for a hundred pages.\n\nMarta Silva, as the widow who runs the chandlery, is quietly "
            "heartbreaking in a late scene on the breakwater.")
    assert "quietly heartbreaking" in phrases(text)


@pytest.mark.parametrize(("first", "second", "variant"), [
    ("limit on travel distance", "limits on travel distance", True),
    ("early childhood education", "early childhood educators", True),
    ("face an uncertain future", "facing an uncertain future", False),
    ("to limit travel distance", "limits travel distance", False),
])
def test_term_in_another_number_is_not_a_repeat(first: str, second: str, variant: bool) -> None:
    from editor_app.core.checks.builtin.repeated_phrase import _noun_variant
    from editor_app.core.checks.builtin.text import analyse_cached

    a1, a2 = analyse_cached(first), analyse_cached(second)
    assert _noun_variant(a1, 0, len(a1.tokens) - 1, a2, 0, len(a2.tokens) - 1) is variant


@pytest.mark.parametrize(("text", "word"), [
    ("Turning the compost once a week turns a slow heap into a fast one.", "turns"),
    ("Saving a little each week saves more than you think.", "saves"),
    ("Cooking the sauce slowly cooks off most of the alcohol.", "cooks"),
])
def test_gerund_subject_and_its_own_verb(text: str, word: str) -> None:
    assert word in flagged(text, "cognate_repetition")


@pytest.mark.parametrize("text", [
    "Building the shed took a week and cost less than we feared.",
    "Turning left at the lights, drivers turn again at the school.",
    "Walking home, she walked past the old mill.",
])
def test_gerund_opener_without_its_verb(text: str) -> None:
    assert flagged(text, "cognate_repetition") == []


@pytest.mark.parametrize(("text", "word"), [
    ("Each rule you add adds a second to the import.", "adds"),
    ("The money we save saves the club a loan.", "saves"),
    ("Every mile you drive drives up the cost of the lease.", "drives"),
])
def test_relative_clause_verb_then_the_same_main_verb(text: str, word: str) -> None:
    assert word in flagged(text, "cognate_repetition")


def test_relative_clause_with_another_main_verb() -> None:
    assert flagged("The things you need are in the box by the door.", "cognate_repetition") == []


def test_labelled_summary_line_restates_on_purpose() -> None:
    text = ("The app is quick, and the maps are clear. Offline routes cannot be shared with other users, which will "
            "annoy families who travel together.\n\nBattery use is modest: about 4 per cent an hour with the screen "
            "on.\n\n**Cons:** small map store, offline routes cannot be shared")
    assert phrases(text) == []
