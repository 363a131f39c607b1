"""cognate_repetition, ``cognate-family:span``: a verb and a noun of its family in one clause, a
noun restated as a ranked appositive, a verb said again in a "which" clause on its object, and a
participle on a noun before its own verb (sentences written for these tests, not taken from the
corpora)."""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker


def flagged(text: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker().check(text) if i.category == "cognate_repetition"]


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        ("The squad performed poorly in the spring despite a strong performance in training.", "performance"),
        ("The museum has collected rare maps for its collection of early charts.", "collection"),
        ("The players were trained in a training camp in Spain.", "training"),
        ("They have invested heavily in the investment fund run by the bank.", "investment"),
        ("He had predicted a rise in his prediction for the year.", "prediction"),
        ("The teams competed in a competition held in Leeds.", "competition"),
        ("The firm announced a new partnership on Monday, its third partnership this year.", "partnership"),
        ("The council approved a £2m investment in the harbour, the biggest single investment in the town.",
         "investment"),
        ("The club is extending the loan, which has already been extended twice.", "extended"),
        ("It is an improved setup that would improve any small studio.", "improve"),
        ("The crafting system is crafted with care.", "crafted"),
        ("The lab tested the new phone in field tests last winter.", "tests"),
        ("A freeze won't freeze the cards you already hold.", "freeze"),
        ("Our count does not count coats or boots.", "count"),
        ("Staffing pressures are still pressing on the ward.", "pressing"),
        ("He knows the valley, having known it all his life.", "known"),
        ("The band has extended the tour, which was already extended in March.", "extended"),
        ("The app was made simpler and simplified again in the latest update.", "simplified"),
        ("The team performed well in the final, with the performance figures showing a record.", "performance"),
        ("The school improved its results with an improved timetable.", "improved"),
        ("The studio crafted the game's crafting system with care.", "crafting"),
        ("Each member can borrow up to six books per borrowing.", "borrowing"),
        ("The £14m investment in the port is the largest single investment the council has made.", "investment"),
        ("The council approved a £14m investment in the port, making it the largest single investment in its history.",
         "investment"),
        ("The club's new signing was the most expensive signing in its history.", "signing"),
        ("The chain purchased its stock through bulk purchasing.", "purchasing"),
        ("He admitted informing on his cousin to become a police informant.", "informant"),
        ("She informed on him for years as an informant.", "informant"),
        ("Forecasters at the weather office now forecast storms from the radar data.", "forecast"),
        ("Walkers on the coast path walk about ten miles a day.", "walk"),
        ("The shop had taken preorders for every bundle preordered through its website.", "preordered"),
        ("The rewards scheme rewards loyal customers with vouchers.", "rewards"),
        ("Most filters filter out fine dust.", "filter"),
        ("The app has been redesigned with a design that hides the menu.", "design"),
        ("It was a memorable final to remember for the home fans.", "remember"),
        ("The £14m investment was described as the largest single investment in the town.", "investment"),
        ("The £14m investment represents the largest single investment in the port since 1990.", "investment"),
        ("Glass is sorted by hand and machine at the sorting centre in Leeds.", "sorting"),
        ("Most clinics now screen each patient with a screening questionnaire.", "screening"),
    ],
)
def test_flags_the_second_member(sentence: str, second: str) -> None:
    assert flagged(sentence + "\n") == [second]


@pytest.mark.parametrize(
    "sentence",
    [
        "The walkers went step by step along the ridge.",
        "The more you practise, the more you improve.",
        "The storm damaged roofs across the county, and the damage is still being counted.",
        "She was promoted in May, and her promotion was announced in June.",
        "Heat the oil in a pan over a medium heat.",
        "The children crossed one main road at a zebra crossing.",
        "The tickets sold out within an hour of going on sale.",
        "The bank lends money to small firms, and its lending rose last year.",
        "He took a train, a second train and a taxi to get home.",
        "If you change the settings, the change takes effect at once.",
        "The loan was repaid in full, and the repayment closed the account.",
        "The school offers free meals, and the offer is open to all pupils.",
        "The count began at ten and did not finish until dawn.",
        "Prices were rising in March, as they had in February.",
        "The door was locked and bolted, and the keys were handed in.",
        "The figures were revised and revised again before the vote.",
        "He knows the city well, having lived there for years.",
        "The tour was extended, which pleased the fans.",
        "She served for the set and hit an unreturnable serve down the middle.",
        "The last lecture covered the same material as the first lecture of the term.",
        "Our house is the oldest house in the street.",
        "The tickets went on sale on Monday and sold out by noon.",
        "She stopped printing the rest once the first page was printed.",
        "The shop scanned every parcel with two handheld scanners.",
        "He worked for ten years as a care worker in Leeds.",
        "Walkers on the coast path, which opened in May, said the views were worth the climb.",
        "He qualified as a primary-school teacher and taught maths in Hull for a decade.",
        "The test results came back on Friday.",
        "Price rises slowed in the spring.",
        "Researchers number the broods with Roman numerals.",
        "She remembers the memorial service in every detail.",
        "The court fined the club a fine sum for the breach.",
        "The road surface laid last winter lasted less than four months.",
        "This model is the cheapest model in the range, and it shows.",
        "The mill was restored with help from the lottery, with the work finished in May.",
    ],
)
def test_leaves_correct_english_alone(sentence: str) -> None:
    assert flagged(sentence + "\n") == []
