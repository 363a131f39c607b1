"""repeated_phrase precision: a physical thing named or handled again ("a wicker basket", "oil the
rear hinge"), a plain verb frame told of another time ("hoped to travel" ... "hopes to travel"),
a function word counted by its stem ("before", "every"), and a pair with a plain judging word
("the real price") are not lapses; a judging or picture word still makes one (sentences written
for these tests, not taken from the corpora)."""

from __future__ import annotations

from editor_app.core.checks.builtin import BuiltinChecker


def flagged(text: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker(thorough=True).check(text) if i.category == "repeated_phrase"]


def test_a_physical_thing_named_again_with_one_sorting_word_is_not_a_lapse() -> None:
    text = ("She keeps the eggs in a wicker basket by the back door. Each morning the hens lay three or "
            "four, and the children collect them before school. By Friday a wicker basket is not big "
            "enough, and the spare eggs go to the neighbours.\n")
    assert flagged(text) == []
    moving = ("Skaters glide because a turning blade melts a thin film. Nobody has measured the film "
              "directly, but models suggest that a turning blade warms the surface within a millisecond.\n")
    assert flagged(moving) == []


def test_a_physical_adjective_on_a_thing_is_not_a_judgement() -> None:
    text = ("Set a fine sieve over a clean jug and pour in the syrup. Let it cool for ten minutes, then "
            "spoon it over the fruit. If any pips remain, rinse a fine sieve and strain it once more.\n")
    assert flagged(text) == []


def test_plain_verbs_handling_a_thing_again_are_an_instruction() -> None:
    text = ("Before painting, oil the rear hinge and wipe off the excess. The paint goes on in two thin "
            "coats with a day between them. When the second coat is dry, oil the rear hinge again so "
            "the gate swings freely.\n")
    assert flagged(text) == []
    both = ("Scale builds up in the kettle over a winter. To clear it, drain and refill the kettle with "
            "vinegar, then leave it overnight. If the scale stays, drain and refill the kettle again.\n")
    assert flagged(both) == []


def test_a_picture_word_on_a_thing_is_still_a_lapse() -> None:
    text = ("The new library, a majestic tower of glass, stands above the river. Inside, the shelves run "
            "for four floors, and the cafe looks over the water. From the bridge you see a majestic tower "
            "that catches every sunset.\n")
    assert flagged(text) == ["a majestic tower"]


def test_a_plain_verb_frame_in_another_tense_is_not_a_lapse() -> None:
    text = ("As a girl, Ines hoped to travel, but the farm needed her. She married at twenty and ran the "
            "dairy for thirty years. Now retired, she hopes to travel at last, starting with a month in "
            "Portugal.\n")
    assert flagged(text) == []


def test_a_function_word_is_not_a_content_word_by_its_stem() -> None:
    text = ("Traffic on the bridge fell by a third in the year before the closure began. Shops on both "
            "banks noticed it at once. Before the closure, the crossing carried nine thousand cars a day.\n")
    assert flagged(text) == []


def test_a_pair_with_a_plain_judging_word_is_not_a_turn_of_phrase() -> None:
    text = ("Tenants say the real price of the scheme is paid in lost evenings. The council disputes "
            "that and points to the new bus lane. Nobody, though, has counted the real price in hours.\n")
    assert flagged(text) == []


def test_a_bodys_own_thing_named_again_is_not_a_lapse() -> None:
    text = ("Residents grumbled about the district's recycling rate at the hall. Nobody from the depot "
            "came to answer, and the meeting ended early. Officials later said the district's recycling "
            "rate had risen by a third since spring.\n")
    assert flagged(text) == []
    led = ("Traders complained on the board's streetworks page for weeks. Footfall fell while the cones "
           "stood in the square. Few had been warned on the board's streetworks page before work began.\n")
    assert flagged(led) == []


_FILLER = "The clerk logged entry {} in the ledger and went on. "


def _far_apart(first: str, second: str, words: int = 470) -> str:
    filler = "".join(_FILLER.format(k) for k in range(words // 10))
    return f"{first}\n\n{filler}\n\n{second}\n\nThe ledger was closed at six.\n\nNobody signed it.\n\nThe end.\n"


def test_a_short_plain_phrase_said_again_a_page_later_is_a_lapse() -> None:
    text = _far_apart("Most mornings begin with coffee in the square and a look at the boats.",
                      "By noon the talk turns back to coffee in the square, and to the tide.")
    assert flagged(text) == ["coffee in the square"]


def test_one_hyphenated_term_said_again_a_page_later_is_not_a_lapse() -> None:
    text = _far_apart("The harbour office runs a drop-in-centre for skippers.",
                      "Skippers can also book at the drop-in-centre by phone.")
    assert flagged(text) == []


def test_a_pair_with_a_plain_word_of_time_or_rank_is_not_colour() -> None:
    text = ("Union leaders said ongoing talks with the operator would resume on Monday. Drivers have "
            "walked out twice since March over rosters. Both sides described ongoing talks as cordial.\n")
    assert flagged(text) == []
    soaring = ("Tenants blame soaring rents for the empty flats above the shops. Landlords say the flats "
               "need work first. Either way, soaring rents have pushed students out to the suburbs.\n")
    assert flagged(soaring) == ["soaring rents"]


def test_a_short_phrase_reworked_a_page_later_is_the_same_fact_not_a_lapse() -> None:
    text = _far_apart("Most of the town's heat comes from burning peat in the old boilers.",
                      "Until the pipeline opens, the heat will still come from burning logs, the board says.")
    assert flagged(text) == []
