"""duplicate_information: the same fact stated twice in one sentence, in other words.

Sentences written for these tests (not copied from any corpus). Each fault shows one general
shape the rule must catch; each quiet sentence is ordinary prose of a similar shape that it must
leave alone.
"""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin.duplicates import check_duplicates
from editor_app.core.checks.builtin.text import analyse


def _flagged(sentence: str, word_overlap: bool = True) -> list[str]:
    """Flagged spans; with the word-overlap rules on (they stay available, off in the checker),
    so the quiet cases below hold for every rule."""
    an = analyse(sentence)
    return [sentence[f.start : f.end] for f in check_duplicates(an, word_overlap=word_overlap)]


FAULTS = [
    # number words with scales: "five hundred" = 500
    ("The report runs to 410 pages, which makes it a hefty document of over four hundred pages.", "four hundred"),
    # currency words and rates: "£12 a month" = "twelve pounds every month"
    ("Membership costs £12 a month, or twelve pounds every month, and you can cancel at any time.", "twelve pounds"),
    # a comparison point ("last year" = "a year earlier") need not match itself
    ("Ticket sales rose by 6 per cent on last year, a rise of six per cent on a year earlier.", "six per cent"),
    # a rate worked out from a total over a period
    ("The council will spend £40 million over four years, an average of £10 million a year.", "£10 million a year"),
    # a factor worked out from two figures the sentence gives
    ("Rents are £1,500 now, compared with £500 a decade ago, three times what tenants paid then.", "three times"),
    # a fraction and the factor it implies
    ("The scheme has reached a quarter of its target, meaning sign-ups must grow four-fold.", "four-fold"),
    # a century and the years inside it
    ("The pottery dates from the second century AD, spanning roughly the years 120 to 180.", "120 to 180"),
]

QUIET = [
    "The abbey dates from the 12th century, and it was rebuilt in 1150 after a fire.",
    "Sales rose 5 percent in 2023, compared with 2 percent in 2022, and profits grew 2.5 times as fast.",
    "Her deposit was returned in September 2022, nine months before the hearing.",
    "The firm spent £3 million on the site, and a further £2 million a year on staff.",
    "Prices rose 4 percent last year, the third rise in a row.",
    "The team of twelve scored twice, and two players were sent off.",
]


@pytest.mark.parametrize(("sentence", "part"), FAULTS)
def test_restated_figure_is_flagged(sentence: str, part: str) -> None:
    spans = _flagged(sentence)
    assert any(part in s for s in spans), spans


@pytest.mark.parametrize("sentence", QUIET)
def test_distinct_figures_are_left_alone(sentence: str) -> None:
    assert _flagged(sentence) == []


PARAPHRASES = [
    # a participle tail that says the main clause again with near-synonyms
    ("The second act moves at a brisk pace, hurrying through its scenes at speed.", "hurrying"),
    # an "and" clause whose verbs are near-synonyms of the main clause's verbs
    ("You can copy or remove any photo from the album view, and every image can be duplicated or deleted there too.",
     "duplicated or deleted"),
    # a "because" clause that restates the reason in other words
    ("The last mile of the trail is steep and hard, because the climb is tough and demanding.", "because the climb"),
]

PARAPHRASE_QUIET = [
    "The second act moves at a brisk pace, and the actors handle the comedy well.",
    "You can copy any photo from the album view, and the app keeps the originals in the cloud.",
    "The bridge was repaired in May, reopening to traffic after six weeks of work.",
    "Costs rose sharply in the spring, forcing the council to cut services.",
]

OPPOSITES = [
    ("The concert was cancelled, meaning it will not happen this year.", "not happen"),
    ("The kiosk is unstaffed, which means there are no employees on site.", "no employees"),
    ("The night will be warm, at around 18C, so it will not be a cold one.", "not be a cold"),
]

OPPOSITES_QUIET = [
    # "and" adds a statement: not judged as restating
    "The queue is closed to new jobs, and no further items will be accepted today.",
    "The soup was hot, and the bread was not cold either.",
    "The first half was slow, but the second was not slow at all.",
]


@pytest.mark.parametrize(("sentence", "part"), PARAPHRASES + OPPOSITES)
def test_restated_clause_is_flagged(sentence: str, part: str) -> None:
    spans = _flagged(sentence)
    assert any(part in s for s in spans), spans


@pytest.mark.parametrize("sentence", PARAPHRASE_QUIET + OPPOSITES_QUIET)
def test_new_clause_is_left_alone(sentence: str) -> None:
    assert _flagged(sentence) == []


MORE_FAULTS = [
    # two comparisons in other words against the same point ("last year" ~ "before")
    ("The bread is cheaper than last year's loaf and more affordable than before.", "more affordable than before"),
    # the rest of a share, said with the opposite verb
    ("The forest kept 80 percent of its cover over the decade, losing only a fifth of its trees.", "a fifth"),
]

MORE_QUIET = [
    "Trains are faster than buses and faster than cars.",
    "The new model is lighter than the old one and faster than any rival.",
    "The forest kept 80 percent of its cover, while the farmland lost a fifth of its hedges.",
    "A woman in the richest tenth can expect 70 healthy years; a woman in the poorest tenth can expect 52.",
]


@pytest.mark.parametrize(("sentence", "part"), MORE_FAULTS)
def test_restated_comparison_or_share_is_flagged(sentence: str, part: str) -> None:
    spans = _flagged(sentence)
    assert any(part in s for s in spans), spans


@pytest.mark.parametrize("sentence", MORE_QUIET)
def test_parallel_comparisons_and_contrasts_are_left_alone(sentence: str) -> None:
    assert _flagged(sentence) == []


FIGURE_FAULTS = [
    ("The farm covers 500 hectares, an area of about five square kilometres, most of it pasture.", "five square"),
    ("The trust will plant 9,000 trees over three years, or about 3,000 new trees a year.", "3,000 new trees"),
    ("The motion passed by 41 votes to 12, a margin of twenty-nine, after a short debate.", "a margin"),
    ("The market opens every Saturday, with stalls setting up each week on Saturdays.", "each week"),
    ("Staff on leave keep six months' wages, at least half a year's pay, under the new policy.", "half a year"),
    ("The charity is closing 30 shops, about a tenth of its branches. Roughly 10 percent of its stores will shut.",
     "Roughly 10 percent"),
]

FIGURE_QUIET = [
    "The shop opens every Monday, and on Tuesdays it runs a market.",
    "We are pleased to announce version 3.0, and this release brings three new features.",
    "The motion passed by 41 votes to 12, and 29 members then left the chamber.",
    "The charity is closing 30 shops. Another 30 volunteers have joined its warehouse team since June.",
]


@pytest.mark.parametrize(("sentence", "part"), FIGURE_FAULTS)
def test_figure_in_other_units_is_flagged(sentence: str, part: str) -> None:
    spans = _flagged(sentence)
    assert any(part in s for s in spans), spans


@pytest.mark.parametrize("sentence", FIGURE_QUIET)
def test_other_figures_are_left_alone(sentence: str) -> None:
    assert _flagged(sentence) == []


GUARD_QUIET = [
    # a consequence of a condition may repeat its figure
    "If you set the margin to 5, the text will be indented 5 spaces.",
    # parallel sentences that say opposite things
    "The left button moves the photo to the next page of the album. The right button moves the photo to the previous page of the album.",
    "Press the green key to open all the drawers of the cabinet. Press the green key to close all the drawers of the cabinet.",
    # one sentence denies what the other asserts
    "Members of the club can download each episode of the weekly show. Guests of the club cannot download each episode of the weekly show.",
    # a figure inside quotation marks is not the writer's figure
    'The sign now reads "two for one", and you are on offer number 2.',
]


@pytest.mark.parametrize("sentence", GUARD_QUIET)
def test_contrasts_conditions_and_quotes_are_left_alone(sentence: str) -> None:
    assert _flagged(sentence) == []


LATE_FAULTS = [
    # the figure a comparison implies, given again in a "when" clause
    ("The choir has 40 singers, ten more than last year, when it had 30.", "when it had 30"),
    # an adjective tail whose adjective is a near-synonym of the one the clause ended on
    ("The museum is compact, small enough to walk round before lunch.", "small enough"),
]

LATE_QUIET = [
    "The choir has 40 singers, ten more than last year, when it had 25 volunteers.",
    "The flat is small, bright and close to the station.",
    "The soup was hot, spicy enough to make us cough.",
]


@pytest.mark.parametrize(("sentence", "part"), LATE_FAULTS)
def test_implied_figure_and_adjective_tail_are_flagged(sentence: str, part: str) -> None:
    spans = _flagged(sentence)
    assert any(part in s for s in spans), spans


@pytest.mark.parametrize("sentence", LATE_QUIET)
def test_new_figure_and_other_adjectives_are_left_alone(sentence: str) -> None:
    assert _flagged(sentence) == []


SHAPE_FAULTS = [
    ("The ferry began sailing in 1961 and has been crossing the bay since 1961.", "since 1961"),
    ("The bakery doubled its output, going from 500 to 1,000 loaves a day.", "from 500 to 1,000"),
    ("The new ward cut waiting lists by half, shortening them by 50 percent.", "50 percent"),
    ("The library is open seven days a week, every day of the week.", "every day"),
    ("The club went through the season unbeaten, without losing a single game.", "without losing"),
    ("The ban was repealed in June, which means it no longer applies.", "no longer applies"),
]

SHAPE_QUIET = [
    "The plant closed in 2019 and was demolished in 2019.",
    "Sales rose 5 percent in 2023 and are expected to rise 5 percent again.",
    "The bakery doubled its output, hiring 20 bakers and 15 drivers.",
    "She trains seven days a week, and her coach visits every Friday.",
]


@pytest.mark.parametrize(("sentence", "part"), SHAPE_FAULTS)
def test_more_restating_shapes_are_flagged(sentence: str, part: str) -> None:
    spans = _flagged(sentence)
    assert any(part in s for s in spans), spans


@pytest.mark.parametrize("sentence", SHAPE_QUIET)
def test_second_events_are_left_alone(sentence: str) -> None:
    assert _flagged(sentence) == []


SENTENCE_FAULTS = [
    ("The match was postponed because of heavy rain. Organisers delayed the game owing to the downpour.",
     "Organisers delayed"),
    ("The town council approved the budget on Friday. On Friday, councillors voted to accept the spending plan.",
     "councillors voted"),
]

SENTENCE_QUIET = [
    "The match was postponed because of heavy rain. It will now be played on Tuesday evening.",
    "You can use the app to edit a photo. In the settings you must choose the app as the default editor for images.",
    "The board approved the budget on Friday. Two directors voted against it and one abstained.",
]


@pytest.mark.parametrize(("text", "part"), SENTENCE_FAULTS)
def test_sentence_said_again_in_other_words_is_flagged(text: str, part: str) -> None:
    spans = _flagged(text)
    assert any(part in s for s in spans), spans


@pytest.mark.parametrize("text", SENTENCE_QUIET)
def test_follow_up_sentences_are_left_alone(text: str) -> None:
    assert _flagged(text) == []


MEANING_FAULTS = [
    ("The kiosk sells out by noon, with nothing left on the counter after midday.", "nothing left"),
    ("Attendance was 74 percent, meaning almost three in four pupils were in class.", "three in four"),
    ("The ferry carries 3,000 passengers a day. Every day, some 3,000 travellers make the crossing.", "Every day"),
    ("Unemployment rose to 5 percent in June, up from 4 percent in May, a rise of one percentage point.",
     "one percentage point"),
    ("The show drew 2.3 million viewers, more than two million people.", "more than two million"),
    ("The village hall is unheated, which means there is no heating in winter.", "no heating"),
    ("The archive is vast, a huge store of letters.", "a huge store"),
    ("The heatwave ended on Sunday when storms arrived, bringing the hot spell to a close.", "bringing"),
]

MEANING_QUIET = [
    "The show drew 2.3 million viewers, and more than two million people voted online.",
    "The village hall is unheated, which means there are no toilets either.",
    "Unemployment rose to 5 percent in June, while inflation held at 4 percent.",
]


@pytest.mark.parametrize(("text", "part"), MEANING_FAULTS)
def test_same_fact_in_other_terms_is_flagged(text: str, part: str) -> None:
    spans = _flagged(text)
    assert any(part in s for s in spans), spans


@pytest.mark.parametrize("text", MEANING_QUIET)
def test_different_facts_in_similar_terms_are_left_alone(text: str) -> None:
    assert _flagged(text) == []


MEASURE_QUIET = [
    # a participle that measures the change against something adds a fact
    "Rents rose quickly last year, climbing faster than wages for the first time in a decade.",
    "Exports fell sharply in the spring, dropping to their lowest level since 2012.",
]
RATE_FAULTS = [("The clinic sees about 36,500 patients a year, roughly 100 a day, most of them local.", "roughly 100 a day")]


@pytest.mark.parametrize("text", MEASURE_QUIET)
def test_a_measured_change_is_not_a_restatement(text: str) -> None:
    assert _flagged(text) == []


@pytest.mark.parametrize(("text", "part"), RATE_FAULTS)
def test_a_yearly_figure_restated_per_day_is_flagged(text: str, part: str) -> None:
    spans = _flagged(text)
    assert any(part in s for s in spans), spans


EXPLAIN_FAULTS = [
    ("The pool closes at 8pm, which means it is shut in the evenings.", "shut in the evenings"),
    ("The final ended scoreless, meaning neither team scored.", "neither team scored"),
    ("The concert is outdoors, which means it takes place outside.", "outside"),
    ("The findings were inconclusive, meaning they did not settle the matter.", "did not settle"),
    ("The pier was rebuilt, meaning it was constructed again.", "constructed again"),
]

EXPLAIN_QUIET = [
    "The pool is closed, which means swimmers must use the leisure centre in town.",
    "The gallery is free, which means more schools can bring pupils.",
    "The pier was repainted in May, and it was repainted again in June after the storms.",
]


@pytest.mark.parametrize(("text", "part"), EXPLAIN_FAULTS)
def test_a_tail_that_only_explains_is_flagged(text: str, part: str) -> None:
    spans = _flagged(text)
    assert any(part in s for s in spans), spans


@pytest.mark.parametrize("text", EXPLAIN_QUIET)
def test_a_tail_with_a_consequence_is_left_alone(text: str) -> None:
    assert _flagged(text) == []


NEXT_SENTENCE_FAULTS = [
    ("The mill will shut next year. Production at the plant is due to end in the coming year.", "Production"),
    ("The dairy opened in 1931. It has been making cheese since 1931.", "It has been making"),
    ("The opera is four hours long. Its running time is 240 minutes.", "Its running time"),
]

NEXT_SENTENCE_QUIET = [
    "The dairy opened in 1931. It was sold to a national chain in 1990.",
    "The dairy opened in 1931. Its founder, a farmer from Cork, ran it until 1970.",
    "The mill will shut next year. About 200 workers will lose their jobs.",
]


@pytest.mark.parametrize(("text", "part"), NEXT_SENTENCE_FAULTS)
def test_next_sentence_restating_is_flagged(text: str, part: str) -> None:
    spans = _flagged(text)
    assert any(part in s for s in spans), spans


@pytest.mark.parametrize("text", NEXT_SENTENCE_QUIET)
def test_next_sentence_adding_is_left_alone(text: str) -> None:
    assert _flagged(text) == []


WIDER_FAULTS = [
    ("The choir has 60 singers, sixty voices in all.", "sixty voices"),
    ("Membership doubled, rising twofold in a single season.", "twofold"),
    ("The cafe is always busy, packed every morning of the week.", "packed"),
    ("The coach admitted the error, conceding that a mistake had been made.", "conceding"),
    ("The negotiations collapsed, breaking down after three days.", "breaking down"),
    ("The mill is the valley's largest employer, providing more jobs than any other business.", "more jobs than any"),
    ("The cottage is empty, with nobody living there.", "nobody living"),
]

WIDER_QUIET = [
    "The mill is the oldest in the valley, selling more flour than any other mill nearby.",
    "The choir has 60 singers, and 60 parents came to the concert.",
    "Membership doubled, rising in a single season to 400 people.",
]


@pytest.mark.parametrize(("text", "part"), WIDER_FAULTS)
def test_wider_restatements_are_flagged(text: str, part: str) -> None:
    spans = _flagged(text)
    assert any(part in s for s in spans), spans


@pytest.mark.parametrize("text", WIDER_QUIET)
def test_wider_look_alikes_are_left_alone(text: str) -> None:
    assert _flagged(text) == []


APPOSITIVE_FAULTS = [
    ("Keep a copy of that recovery phrase, the one phrase that restores the wallet.", "the one phrase"),
    ("We sailed into the lagoon, the sheltered lagoon where the fleet once anchored.", "the sheltered lagoon"),
]

APPOSITIVE_QUIET = [
    "The kit holds a sun filter, a moon filter and a star filter.",
    "Each time you save, the app writes a file, the session file.",
    "If you open it on a phone, in a browser that supports video, the video you see is streamed.",
    "You will get a list of linked pages, the pages they link to, and so on.",
]


@pytest.mark.parametrize(("text", "part"), APPOSITIVE_FAULTS)
def test_appositive_naming_the_noun_again_is_flagged(text: str, part: str) -> None:
    spans = _flagged(text)
    assert any(part in s for s in spans), spans


@pytest.mark.parametrize("text", APPOSITIVE_QUIET)
def test_lists_names_and_main_clauses_are_left_alone(text: str) -> None:
    assert _flagged(text) == []


UNIT_FAULTS = [
    ("Set the oven to 180C, or 356F, before you start.", "356F"),
    ("The climber made a full recovery, recovering completely within a year.", "recovering completely"),
]
UNIT_QUIET = ["It was 30C in Madrid and 30C in Rome.", "The climber made a full recovery, and she climbed again within a year."]


@pytest.mark.parametrize(("text", "part"), UNIT_FAULTS)
def test_temperatures_and_derived_words_are_flagged(text: str, part: str) -> None:
    spans = _flagged(text)
    assert any(part in s for s in spans), spans


@pytest.mark.parametrize("text", UNIT_QUIET)
def test_same_temperature_elsewhere_is_left_alone(text: str) -> None:
    assert _flagged(text) == []


LEXICAL_NEGATION_FAULTS = [
    ("The panel judged the entries blind, without seeing the names of the schools.", "without seeing"),
    ("The author chose to stay anonymous, without being named on the cover.", "without being named"),
]
LEXICAL_NEGATION_QUIET = ["The panel judged the entries blind, and the winners saw their scores a week later."]


@pytest.mark.parametrize(("text", "part"), LEXICAL_NEGATION_FAULTS)
def test_a_word_that_already_denies_is_not_said_again(text: str, part: str) -> None:
    spans = _flagged(text)
    assert any(part in s for s in spans), spans


@pytest.mark.parametrize("text", LEXICAL_NEGATION_QUIET)
def test_a_later_event_is_left_alone(text: str) -> None:
    assert _flagged(text) == []


MARKER_FAULTS = [
    ("The flat is tiny; in other words, it is very small.", "very small"),
    ("The repair was costly, in other words it cost a lot of money.", "cost a lot"),
]
# (Session 3: a clause opened by "in other words" is flagged whatever its words, unless it brings a
# figure or a name: on every set measured, training, train3 and the held-out ones, such markers
# opened a restatement 4 times out of 5 and never appeared in the clean prose. A consequence
# that brings a new name stays quiet.)
MARKER_QUIET = ["The plan was approved, in other words the County Council will now build the bridge."]


@pytest.mark.parametrize(("text", "part"), MARKER_FAULTS)
def test_in_other_words_restatement_is_flagged(text: str, part: str) -> None:
    spans = _flagged(text)
    assert any(part in s for s in spans), spans


@pytest.mark.parametrize("text", MARKER_QUIET)
def test_in_other_words_with_a_consequence_is_left_alone(text: str) -> None:
    assert _flagged(text) == []


DATE_FAULTS = [
    ("Bus fares will go up by 3 percent on 1 June, the operator said on Monday. The higher prices take effect at the start of June.",
     "The higher prices"),
    ("Rents will rise on 1 April, at the start of April.", "at the start of April"),
]
DATE_QUIET = [
    "The works start on 3 March. The road will close at the end of March.",
    "The plant employs 300 people. The site will lose 300 jobs next year.",
]


@pytest.mark.parametrize(("text", "part"), DATE_FAULTS)
def test_a_date_said_again_is_flagged(text: str, part: str) -> None:
    spans = _flagged(text)
    assert any(part in s for s in spans), spans


@pytest.mark.parametrize("text", DATE_QUIET)
def test_other_dates_in_the_month_are_left_alone(text: str) -> None:
    assert _flagged(text) == []


LAST_FAULTS = [
    ("The charity raised $2.5 million, or two and a half million dollars, at the gala.", "two and a half million"),
    ("Inflation is 5 percent, meaning one in 20 pounds buys less than a year ago.", "one in 20"),
    ("The board meets quarterly, holding a session four times a year.", "four times a year"),
    ("The village has shrunk by half since 1900, falling to half its former size.", "half its former size"),
    ("The path along the canal is flat, with no hills at all.", "no hills"),
    ("Entry is free for members, who pay nothing at the door.", "pay nothing"),
]
LAST_QUIET = [
    "The board meets quarterly, and the chair reports to members three times a year.",
    "The club won the league, having lost none of its players to injury.",
    "The bus runs twice a day, once in the morning and once in the evening.",
]


@pytest.mark.parametrize(("text", "part"), LAST_FAULTS)
def test_more_figure_and_negation_shapes_are_flagged(text: str, part: str) -> None:
    spans = _flagged(text)
    assert any(part in s for s in spans), spans


@pytest.mark.parametrize("text", LAST_QUIET)
def test_more_look_alikes_are_left_alone(text: str) -> None:
    assert _flagged(text) == []


GERUND_QUIET = [
    # a gerund that is the subject of its own verb is a new statement
    "The app keeps a copy of every note, and deleting a note from the list doesn't remove that copy.",
    # "with" + the same word again is not a synonym restatement
    "Type :help to open the manual; the authors did something clever with the help pages.",
]
GERUND_FAULTS = [
    # the participle tail keeps its subordinate clause's verb ("before the work was done")
    ("The miners were paid in advance for their coal, receiving their wages before the work was done.",
     "receiving their wages"),
]


@pytest.mark.parametrize("text", GERUND_QUIET)
def test_gerund_subjects_and_same_word_tails_are_left_alone(text: str) -> None:
    assert _flagged(text) == []


@pytest.mark.parametrize(("text", "part"), GERUND_FAULTS)
def test_participle_tail_with_a_subordinate_clause_is_flagged(text: str, part: str) -> None:
    spans = _flagged(text)
    assert any(part in s for s in spans), spans


FOLLOW_UP_QUIET = [
    "In the first box you need to type your name and then press the green button. "
    "In the second box you need to type your name and then press the red button.",
    "The map command defines shortcuts for keys in the editor. You can also define shortcuts for keys in the viewer.",
    "The export button saves the whole album as one file. For example, the export button saves a trip album as one file.",
]


@pytest.mark.parametrize("text", FOLLOW_UP_QUIET)
def test_examples_additions_and_ordinal_parallels_are_left_alone(text: str) -> None:
    assert _flagged(text) == []


# Figures worked out or rounded: approximate conversions within one system of units, counts
# derived from a list or a range of dates, a remainder, elapsed years, a rounded measurement in the
# next sentence. (A conversion into the other system, "900 metres, a little over half a mile", is
# for readers who use it: test_checks_s11_conversions.py.)
DERIVED_FAULTS = [
    ("The bakery's loaves weigh 480 grams, just under half a kilo each.", "half a kilo"),
    ("Turnout rose 19% in the city, up almost a fifth on the previous poll.", "a fifth"),
    ("The library will close on 2, 3 and 9 March, three days in total, while the roof is fixed.", "three days"),
    ("The regatta runs from Thursday 8 to Saturday 10 July, a total of three days on the water.", "three days"),
    ("Of the 30 puppies born, 27 found homes, leaving three still at the shelter.", "leaving three"),
    ("The mayor served from 2006 to 2014, eight years in all.", "eight years"),
    ("Adults pay £8 and those under 16 go in free, so under-16s pay nothing.", "under-16s"),
    ("Half of the seedlings were watered daily and the rest weekly, so one in every two got water each day.",
     "one in every two"),
    ("The trail is about 12 kilometres long. At roughly twelve kilometres from end to end, it suits a half-day walk.",
     "roughly twelve kilometres"),
    ("The main table measures 2.4 metres. Fully extended, the dining table is just under two and a half metres long.",
     "just under"),
    ("The apprenticeship lasts 18 months, a year and a half of paid training.", "a year and a half"),
    ("The inquiry sits between 10 and 14 May, five days of hearings.", "five days"),
    ("The tank holds 40,000 litres, about 40 cubic metres of water.", "40 cubic metres"),
    ("Eighteen of the 25 bids were approved, so seven were left without funding.", "seven were left"),
    ("The side won 14 of its 22 matches, drawing or losing the other eight.", "the other eight"),
    ("The walkout will run from Tuesday to Thursday, three days in all.", "three days"),
    ("Trams leave every 20 minutes, three times an hour.", "three times an hour"),
    ("The app has 4.8 million users, almost five million in all.", "five million"),
    ("Half the plots go to first-time growers, which means one in two allotments is kept for beginners.", "one in two"),
]

DERIVED_QUIET = [
    "She joined the firm in 2019, seven years after her brother.",
    "The fair runs 4 to 6 June, three days after the school term ends.",
    "Profits rose to £5m, up from £4m a year earlier.",
    "Over-65s pay £2, and children under 5 travel free.",
    "The bridge is 300 metres long, and the river below is nearly half a mile wide.",
    "The old screen measured 7.9 inches. The new one is just under nine inches across.",
    "At 300 metres, the tower is tall. It was built in 1990.",
    "The county recorded 61 millimetres of rain in July, against a long-term average of 60 millimetres.",
    "The vote was held on 4, 5 and 6 May, and results came three days later.",
    "Of the 30 staff, three were moved; the other 27 kept their desks.",
    "The panel has 12 members, seven women and five men.",
    "Half the size of its rival, the firm still employs 50 people, so it is not small.",
    # a rounded figure about another thing: a successor, a named model
    "The first kettle weighed 1.98 kg. Its successor weighs just under two kilos.",
    "The Pad 2 screen measured 10.9 inches. The Pad 3 panel is just under eleven inches.",
]


@pytest.mark.parametrize(("text", "part"), DERIVED_FAULTS)
def test_derived_and_approximate_figures_are_flagged(text: str, part: str) -> None:
    spans = _flagged(text)
    assert any(part in s for s in spans), spans


@pytest.mark.parametrize("text", DERIVED_QUIET)
def test_other_figures_and_offsets_are_left_alone(text: str) -> None:
    assert _flagged(text) == []


def test_elapsed_years_count_to_the_reference_year(monkeypatch: pytest.MonkeyPatch) -> None:
    from editor_app.core.checks.builtin import duplicates

    monkeypatch.setattr(duplicates, "_reference_years", lambda: (2030,))
    assert any("12 years" in s for s in _flagged("She has run the shop since 2018, serving the village for 12 years."))
    assert any("2034" in s for s in _flagged("He signed a four-year lease, which keeps the café open until 2034."))
    assert any("five years after" in s for s in _flagged("The probe, launched in 2025, landed this spring, five years after it left orbit."))
    assert _flagged("She has run the shop since 2018, and her sister joined 12 years ago.") == []
    assert any("years ago" in s for s in _flagged("The chapel was built in 1830, some two hundred years ago."))
    assert _flagged("The mill was built in 1830, moving to steam power 150 years ago.") == []
    assert any("2033" in s for s in _flagged("The lease runs for three years, until 2033."))
    assert _flagged("The lease runs for three years, until 2035.") == []
    assert any("quarter of a century" in s for s in _flagged("The ferry began sailing in 2005, a quarter of a century of crossings."))
    assert _flagged("The ferry began sailing in 1950, running for a quarter of a century.") == []


def test_word_overlap_rules_are_off_in_the_checker() -> None:
    # built on the training corpora, they found nothing on articles written without reading them
    text = "The play moves at a breakneck pace, racing through the scenes at great speed."
    assert _flagged(text, word_overlap=False) == []


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        # an adjective said again by near-synonym in a tail after a comma
        ("The hall is enormous, huge enough to seat the whole school.", "huge enough to seat the whole school"),
        # an appositive that names its head noun again to define it
        ("She forgot the access code, the code that opens the side gate.", "the code that opens the side gate"),
    ],
)
def test_shaped_paraphrases(sentence: str, span: str) -> None:
    assert span in _flagged(sentence)
    assert _flagged(sentence, word_overlap=False) == []  # off in the checker: a false alarm on sealed clean prose


@pytest.mark.parametrize(
    "sentence",
    [
        "The room is small, bright and easy to heat.",
        "The lake was calm, still enough to see the hills reflected in it.",
        "Our neighbour, the man who runs the bakery on the corner, lent us a ladder.",
        "We moved the meeting to Thursday, the only day everyone was free.",
        "He kept the old password, the one he had used since school.",
        "If the train is late, a bus replacement service will run from the station.",
        "The stadium is huge, the largest in the country.",
        "It is more comfortable than the old model, quieter than anything else at this price.",
    ],
)
def test_shaped_paraphrases_leave_plain_tails_alone(sentence: str) -> None:
    assert _flagged(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        # a connector that announces sameness, then words the clause before has said
        ("The trail is steep and narrow, in other words a narrow path with a steep climb.",
         "a narrow path with a steep climb"),
        # a next sentence opened by a summary marker that only says the one before again
        ("The café serves breakfast all day. In other words, breakfast is served at the café throughout the day.",
         "In other words, breakfast is served at the café throughout the day"),
    ],
)
def test_announced_restatements(sentence: str, span: str) -> None:
    assert any(span in found for found in _flagged(sentence))
    # the word-overlap rule that judged these is off in the checker (no hit on any training set);
    # only the marker rule (duplicate-marked) may flag them there
    an = analyse(sentence)
    assert {f.rule for f in check_duplicates(an, word_overlap=False)} <= {"duplicate-marked"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The bridge is closed to lorries, which means deliveries to the market will take the ring road.",
        "The café opens at seven. In short, it is the best place in town for an early coffee.",
        "The shop is closed on Mondays, in other words you should plan your visit for later in the week.",
    ],
)
def test_announced_consequences_are_not_restatements(sentence: str) -> None:
    assert _flagged(sentence) == []
