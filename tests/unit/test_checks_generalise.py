"""The built-in rules generalise beyond the phrases of any test article.

Each sentence below was written by helper C3 from general knowledge of English usage (style guides'
lists of pleonasms and wordy phrases, common hedges, assistant leftovers, web-page chrome, missing
articles and same-root repetition), not copied from an evaluation article, and each shows a
different member of its class: a direction verb ("rose up"), an intensifier on an absolute
adjective ("totally destroyed"), a partner word a few words away ("merge the firms together"), a
name whose head always takes "the" ("Environment Agency"), an agent noun and its verb ("The
organisers organised") ... If a rule stops covering its class, the sentence for it fails.

The quiet sentences are well-edited prose that looks like a fault (an idiom, a quotation-free
"let me", a date after "Published"); each once raised, or could easily raise, a false alarm.
"""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker

FAULTS = [
    ('duplicate_information', 'The match was postponed because of rain, delayed by the wet weather.'),
    ('duplicate_information', 'The river flooded, overflowing its banks.'),
    ('duplicate_information', 'The council voted unanimously, with every councillor in favour.'),
    ('duplicate_information', 'The shop closed in 2019, shutting its doors for good that year.'),
    ('pleonasm', 'The staff were rude and impolite to guests.'),
    ('pleonasm', 'Visitors must follow the rules and regulations of the park.'),
    ('pleonasm', 'A tiny little bird sang on the fence.'),
    ('chatbot_leftover', "Here's a revised version of the paragraph with a friendlier tone:"),
    ('chatbot_leftover', 'In summary, I hope this overview gives you a clear picture of the topic.'),
    ('chatbot_leftover', "Sure, here's the updated recipe with metric measurements."),
    ('chatbot_leftover', 'Feel free to ask if you have more questions.'),
    ('chatbot_leftover', 'I am not a medical professional, so please consult your doctor.'),
    ('chatbot_leftover', 'Happy to help with any further edits you need.'),
    ('chatbot_leftover', 'Here are five title ideas for your post:'),
    ('chatbot_leftover', "I don't have access to real-time data, so check the latest figures."),
    ('chatbot_leftover', "Should you need any further assistance, don't hesitate to ask."),
    ('chatbot_leftover', 'I hope this article helps you plan your trip!'),
    ('chatbot_leftover', 'You can adjust the word count to suit your needs.'),
    ('chatbot_leftover', 'Certainly! Here is a draft of the newsletter for your bakery.'),
    ('cognate_repetition', 'He gave a description describing the scene in detail.'),
    ('cognate_repetition', 'The drivers drove through the night to reach the coast.'),
    ('cognate_repetition', 'The cooks cooked a meal for forty guests.'),
    ('cognate_repetition', 'The leader led the party through two elections.'),
    ('cognate_repetition', 'Voters voted overwhelmingly for the new mayor.'),
    ('cognate_repetition', 'The students studied late into the night.'),
    ('cognate_repetition', 'The founders founded the charity in 1998.'),
    ('cognate_repetition', 'The farmers who farm the valley grow barley.'),
    ('cognate_repetition', 'The performers gave a performance that they performed without a break.'),
    ('cognate_repetition', 'The advice advised caution on the roads.'),
    ('cognate_repetition', 'The committee decided on a decision after a long debate.'),
    ('cognate_repetition', 'The increase in fees will increase costs for families.'),
    ('hedge_stacking', 'Rumour has it that the band will reportedly reunite.'),
    ('hedge_stacking', 'The fire was apparently started deliberately, according to some reports, possibly by teenagers.'),
    ('hedge_stacking', 'Maybe the storm will perhaps miss us.'),
    ('hedge_stacking', 'It is possible that the shop might close.'),
    ('hedge_stacking', 'The minister reportedly may have allegedly misled parliament.'),
    ('hedge_stacking', 'It seems that the plan might perhaps work.'),
    ('hedge_stacking', 'This is arguably perhaps the best album of the year.'),
    ('hedge_stacking', 'The drug could possibly help some patients.'),
    ('hedge_stacking', 'Supposedly, the house was apparently built in 1700.'),
    ('hedge_stacking', 'It might be that the engine was perhaps faulty.'),
    ('hedge_stacking', 'The castle is said to be possibly the oldest in Wales.'),
    ('hedge_stacking', 'I suspect the figures are perhaps too high.'),
    ('missing_article', 'Sales fell in second quarter.'),
    ('missing_article', 'Bank of England raised rates.'),
    ('missing_article', 'We sailed across Atlantic in June.'),
    ('missing_article', 'Home Office confirmed the figures.'),
    ('missing_article', 'She put the milk back in fridge.'),
    ('missing_article', 'The bridge crosses River Thames at Richmond.'),
    ('missing_article', 'Tourists climbed Eiffel Tower at dawn.'),
    ('missing_article', 'Mayor said the budget was tight.'),
    ('missing_article', 'The ball went over fence.'),
    ('missing_article', 'Prices in United States rose again.'),
    ('missing_article', 'We left the keys in car.'),
    ('missing_article', 'Delegates from Netherlands arrived late.'),
    ('pleonasm', 'Each and every resident received a letter.'),
    ('pleonasm', 'The final outcome surprised everyone.'),
    ('pleonasm', 'I personally think the plan is flawed.'),
    ('pleonasm', 'The balloon ascended up into the clouds.'),
    ('pleonasm', 'Let me repeat that again for the people at the back.'),
    ('pleonasm', 'She added an extra additional chapter.'),
    ('pleonasm', 'We need to plan ahead in advance.'),
    ('pleonasm', 'The cause was due to a faulty valve.'),
    ('pleonasm', 'The whole entire village turned out.'),
    ('pleonasm', 'We will postpone the meeting until later.'),
    ('pleonasm', 'The two teams joined together for the final.'),
    ('pleonasm', 'The cafe offers a free gift with every order.'),
    ('wordy_phrase', 'As a matter of fact, the bridge is older.'),
    ('wordy_phrase', 'Please be advised that the office is closed.'),
    ('wordy_phrase', 'We made the decision to close early.'),
    ('wordy_phrase', 'The company is able to deliver on Sundays.'),
    ('wordy_phrase', 'There are many people who think the plan is wrong.'),
    ('wordy_phrase', 'The fact of the matter is that we lost.'),
    ('wordy_phrase', 'At the present time the museum is closed.'),
    ('wordy_phrase', 'The project was completed in a timely manner.'),
    ('wordy_phrase', 'First and foremost, check the tyres.'),
    ('wordy_phrase', 'Money-wise, the year went well.'),
    ('wordy_phrase', 'Despite the fact that sales rose, profits fell.'),
    ('wordy_phrase', 'They are of the opinion that the plan will fail.'),
]

QUIET = [
    'SkyLark returned to profit in the year to March, helped by record passenger numbers and higher fares.',
    'The charity offers help and support to carers.',
    'Prices rose in March and fell in April.',
    'The two groups worked together with the council on the plan.',
    'She tried again and again until the lock opened.',
    'The trial continued on Monday with fresh evidence.',
    'Published in 1851, the book sold well for a decade.',
    'Next, add the flour and stir until smooth.',
    'In other news, the council approved the budget.',
    'Get in touch with your local council if the bins are not collected.',
    'Back to the top of the hill we went, tired and happy.',
    'Click the button to save your changes.',
    'It was great fun, and the children slept well.',
    'She became mayor in 2010 and served two terms.',
    "He was best man at his brother's wedding.",
    'Water poured into polders that lay below sea level.',
    'Most of the money comes from grants from central government.',
    'Two seats are up for election in November.',
    'We slept in village pubs and caught the bus home.',
    'Some viewers will find it haunting; others will find it a cheat.',
    'Readers keep reading the database file while the writer appends pages.',
    'Understanding how that choice is made explains a great deal about American law.',
    'Members can reserve printed books and book study rooms from their phones.',
    'Perhaps it had only seemed so.',
    'The study suggests that sleep may improve memory.',
    'The Bank raised rates fourteen times, taking them from 0.1 percent to 5.25 percent.',
    'They finished two points behind Pulse and lost to them twice in the league.',
    'Feel free to call the office if your parcel is late.',
    'Thanks to the volunteers, the park reopened in May.',
    'Let me explain how the scheme works in practice.',
    'Reuters reported that the talks had stalled.',
    'Written by a former nurse, the book is both funny and sad.',
    'Research by the university shows that the river is cleaner.',
    'Book tickets in advance; the queue is long in summer.',
    "Don't miss the view from the tower at sunset.",
    'Live music fills the square every Friday night.',
    'To plant trees, dig a hole twice as wide as the root ball.',
    'Serves 4 as a main course.',
    'Reporting the results took longer than running the experiment.',
]


@pytest.fixture(scope="module")
def checker() -> BuiltinChecker:
    return BuiltinChecker(thorough=True)


@pytest.mark.parametrize(("category", "sentence"), FAULTS)
def test_fault_of_each_class_is_flagged_with_its_category(checker: BuiltinChecker, category: str, sentence: str) -> None:
    found = {i.category for i in checker.check(sentence)}
    assert category in found, f"{sentence!r}: got {sorted(found)}"


@pytest.mark.parametrize("sentence", QUIET)
def test_well_edited_look_alikes_stay_quiet(checker: BuiltinChecker, sentence: str) -> None:
    issues = [(i.category, sentence[i.start : i.end]) for i in checker.check(sentence)]
    assert issues == []
