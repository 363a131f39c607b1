"""missing_article rules built from sentence structure (a modified singular count noun opening a
sentence, superlatives, adjectives used as nouns, names that take "the"). Each rule has a sentence
it must flag and a correct one it must leave alone; none is copied from the corpora."""

from __future__ import annotations

from editor_app.core.checks.builtin import BuiltinChecker


def flagged(text: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker(thorough=True).check(text) if i.category == "missing_article"]


def test_modified_count_noun_opening_a_sentence() -> None:
    assert flagged("Planning authority rejected the scheme twice.") == ["Planning authority"]
    assert flagged("Judging panel is split on the winner.") == ["Judging panel"]
    assert flagged("Second round in particular looks hard.") == ["Second round"]
    assert flagged("Site manager, Mrs Ana Costa, said work would resume.") == ["Site manager"]
    assert flagged("The planning authority rejected the scheme. Heavy rain fell.") == []
    assert flagged("Public transport is cheap here. Energy demand rose. Last week was busy.") == []


def test_superlative_before_a_noun_needs_the() -> None:
    assert flagged("The bakery sold oldest loaf in town.") == ["oldest loaf"]
    assert flagged("Shares climbed at quickest rate since spring.") == ["quickest rate"]
    assert flagged("She sold the oldest loaf. He is the biggest and best. We aim for best results.") == []
    assert flagged("Their warmest welcome came last. He came at least twice.") == []


def test_adjective_used_for_a_group_of_people_needs_the() -> None:
    assert flagged("The shelter offers beds for homeless in winter.") == ["homeless"]
    assert flagged("Fares rose sharply for unemployed, the charity said.") == ["unemployed"]
    assert flagged("The gap between rich and poor grew. It helps homeless families.") == []
    assert flagged("Grants for disabled and elderly residents rose.") == []


def test_of_and_for_names_take_the() -> None:
    assert flagged("Ministry for Coastal Affairs said the pier would reopen.") == ["Ministry for Coastal Affairs"]
    assert flagged("Grants came from Royal Society of Chemistry in May.") == ["Royal Society of Chemistry"]
    assert flagged("The Ministry for Coastal Affairs said so. She studied at Imperial College.") == []


def test_unknown_proper_word_before_a_the_head_opens_a_sentence() -> None:
    assert flagged("Brackenby Trust, which funds the library, said it would help.") == ["Brackenby Trust"]
    assert flagged("She shortlisted it for Kettering Prize this year.") == ["Kettering Prize"]
    assert flagged("The Brackenby Trust said it would help. A Kettering Prize winner spoke.") == []


def test_name_used_as_a_modifier_after_a_preposition() -> None:
    assert flagged("The results appear in June issue of the journal.") == ["June issue"]
    assert flagged("The firm closed its Series C round in spring.") == []
    assert flagged("We met on Friday evening in June.") == []


def test_means_verbs_and_mass_objects_stay_quiet() -> None:
    assert flagged("The two teams now meet by video every week.") == []
    assert flagged("The tools listed above handle all of it.") == []
    assert flagged("If damp caused decay, the walls would show it. The tour ends in style.") == []
    # (session 8: a council as a deciding body is named bare like "cabinet"; Google Books seldom
    # writes "the council" against "council"; a person still needs the article)
    assert flagged("The rules were approved by council in May.") == []
    assert flagged("The rules were approved by landlord in May.") == ["landlord"]


def test_bodies_that_speak_and_noun_modifiers_ending_in_s() -> None:
    assert flagged("Ambulance service said two people were hurt.") == ["Ambulance service"]
    assert flagged("Public service is a calling. Customer service matters.") == []
    assert flagged("The soup simmered on gas stove all night.") == ["gas stove"]
    assert flagged("Head gardener said the roses had survived.") == ["Head gardener"]
    assert flagged("Head north until you reach the lake.") == []


def test_regions_and_plural_place_names_take_the() -> None:
    assert flagged("Rents in South West climbed again.") == ["South West"]
    assert flagged("She walked in South West England. The Orkneys are windy.") == []


def test_bare_noun_before_of_a_determined_phrase() -> None:
    assert flagged("The parade stopped at foot of the hill.") == ["foot"]
    assert flagged("He spoke on behalf of the tenants, in search of the truth.") == []
    assert flagged("Snow fell in part of the valley.") == []


def test_subject_after_a_verb_of_saying() -> None:
    assert flagged("Commuters complain that they think ferry is always late.") == ["ferry"]
    assert flagged("An added bonus is the view. They think sleep is vital.") == []


def test_object_of_a_base_verb_after_to_or_a_modal() -> None:
    assert flagged("The town hopes to build bridge over the canal.") == ["bridge"]
    assert flagged("Members will elect new chairman in June.") == ["new chairman"]
    assert flagged("The vote will take place in June. They hope to build a bridge.") == []


def test_noun_modifier_after_to_when_it_cannot_be_a_verb() -> None:
    assert flagged("The paintings were lent to county gallery for a year.") == ["county gallery"]
    assert flagged("She went to help shop for the party.") == []


def test_set_phrases_that_keep_their_article() -> None:
    assert flagged("In meantime, the road stays shut.") == ["meantime"]
    assert flagged("The pier closed as precaution.") == ["precaution"]
    assert flagged("In the meantime, the road stays shut. He resigned on move 30, by way of protest.") == []


def test_frame_noun_before_of_and_a_past_verb_ending_the_phrase() -> None:
    assert flagged("Crowds gathered at entrance of the park.") == ["entrance"]
    assert flagged("The price of ticket rose again.") == ["ticket"]
    assert flagged("She spoke in support of Ukraine, in front of Parliament.") == []


def test_positional_adjective_plural_before_of_a_specific_thing() -> None:
    assert flagged("The ferry sank in closing days of the war.") == ["closing days"]
    assert flagged("Keep watch for early signs of frost.") == []


def test_more_names_that_take_the() -> None:
    assert flagged("The plan dates from Cold War.") == ["Cold War"]
    assert flagged("World Bank cut its forecast again.") == ["World Bank"]
    assert flagged("The show moves to Tate Modern. A Bronze Age hoard was found.") == []


def test_award_titles_and_brand_names_stay_quiet() -> None:
    assert flagged("She was voted best newcomer and won best debut.") == []
    assert flagged("Oracle said revenue rose. Apple launched a phone.") == []
    assert flagged("It was easily best meal of the trip.") == ["best meal"]


def test_longer_names_measures_and_participle_adjectives_stay_quiet() -> None:
    assert flagged("Brockley City Council has approved the plan. Universities UK said so.") == []
    assert flagged("Dorset Fire and Rescue Service said the fire was out.") == []
    assert flagged("Crews laid 2 kilometres of pipe. They mourn the loss of woodland.") == []
    assert flagged("A 90-year-old retired teacher and Sam's estranged brother spoke.") == []
    assert flagged("Costs rose because of higher agency nursing bills.") == []
    assert flagged("Trade with Oman and UAE grew.") == ["UAE"]


def test_objects_of_have_need_and_opening_instructions() -> None:
    assert flagged("The family has cat called Pip.") == ["cat"]
    # opening instructions are telegraphic by house style in how-tos and change logs: left alone
    assert flagged("Restart router and wait a minute. Update project metadata.") == []
    assert flagged("She has cancer. The passage has room for error. He has reason to worry.") == []
    assert flagged("Add salt to taste. Run tests before you push.") == []


def test_subject_made_definite_by_its_of_phrase() -> None:
    assert flagged("Number of complaints fell sharply.") == ["Number"]
    assert flagged("Cost of the repairs has doubled.") == ["Cost"]
    assert flagged("Part of the wall fell. Lack of sleep is harmful. Loss of appetite is common.") == []


def test_subject_with_an_of_phrase_after_said_that() -> None:
    assert flagged("Growers said that lack of rain was the bigger worry.") == []
    assert flagged("Growers said that shortage of pickers was the bigger worry.") == ["shortage"]
    assert flagged("He said that decision was wrong.") == []


def test_nationality_led_institutions_and_possessive_places() -> None:
    assert flagged("Papers from Danish West India Company survive.") == ["Danish West India Company"]
    assert flagged("Town's only bakery closed in May.") == ["Town's"]
    assert flagged("She flies British Airways. Manchester City's coach spoke.") == []


def test_object_after_a_pronoun_subject_or_a_gerund_after_a_preposition() -> None:
    assert flagged("Every year they buy ticket for the final.") == ["ticket"]
    assert flagged("He resigned after signing contract with the club.") == ["contract"]
    assert flagged("After finishing work, he left. By taking part, you agree.") == []


def test_single_noun_opener_before_an_appositive_name() -> None:
    assert flagged("Landlord of the pub, Tom Hale, said trade was slow.") == ["Landlord"]
    assert flagged("Spokeswoman, Ana Reyes, declined to comment.") == ["Spokeswoman"]
    assert flagged("Doctor, you said so. The landlord, Tom Hale, said trade was slow.") == []


def test_group_adjective_as_the_object_of_a_care_verb() -> None:
    assert flagged("Volunteers fed homeless every night.") == ["homeless"]
    assert flagged("The levy hit poor families hardest.") == []


def test_bare_speaker_in_an_attribution() -> None:
    assert flagged('"We are sorry," spokeswoman said.') == ["spokeswoman"]
    assert flagged("The line will reopen in May, rail operator confirmed.") == ["rail operator"]
    assert flagged("He left, police said. The plan, critics said, is flawed. It is over, he added.") == []


def test_time_spans_and_destinations_after_motion_verbs() -> None:
    assert flagged("The seats were gone within hour.") == ["hour"]
    assert flagged("Pupils in year 9 paid £5 per hour, week after week.") == []
    assert flagged("The fair returns to park in June.") == ["park"]
    assert flagged("She went to help.") == []


def test_have_with_an_adjective_and_journal_names() -> None:
    assert flagged("The family now has bigger car.") == ["bigger car"]
    assert flagged("The study appeared in Lancet in May.") == ["Lancet"]
    assert flagged("Injuries need proper diagnosis. He has good reason to worry.") == []


def test_countable_speaker_or_document_before_a_verb_of_saying() -> None:
    assert flagged("Inspector said the wiring was unsafe.") == ["Inspector"]
    assert flagged("Police said two men were held. Staff said they were tired.") == []


def test_object_after_a_plural_subject() -> None:
    assert flagged("In spring the members elect chairman.") == ["chairman"]
    assert flagged("Prices hit record highs. Farmers grow wheat here.") == []


def test_role_after_a_passive_appointment_verb() -> None:
    assert flagged("She was appointed chair in 2020 and he was elected mayor.") == []


def test_rule_ids_name_the_sub_rule() -> None:
    from editor_app.core.checks.builtin.articles import check_articles
    from editor_app.core.checks.builtin.text import analyse
    rules = {f.rule for f in check_articles(analyse("Trade with UAE grew. The town hopes to build bridge here."))}
    assert rules == {"missing-article:the-name", "missing-article:after-base-verb"}


def test_precision_gates_on_fresh_text() -> None:
    # coordinated nouns share one determiner; only a clause after ", and" has its own subject
    assert flagged("Check that the file or directory does not exist.") == []
    assert flagged("Prices fell, and sodium battery avoids the cobalt.") == ["sodium battery"]
    # a participle inside a determined noun phrase is an adjective, not the clause's verb
    assert flagged("Calling it on an already connected socket fails. The DER encoded certificate is read.") == []
    assert flagged("Some importers have already asked government for help.") == ["government"]
    # a generated-only noun after a preposition or verb is often mass: "on disk", "share memory"
    assert flagged("The file is cached on disk. Threads can share memory.") == []
    assert flagged("If you booked through travel agent, call them.") == ["travel agent"]
    # "share first place" is a ranking idiom
    assert flagged("Three players share first place.") == []


def test_telegraphic_items_and_lists_stay_quiet() -> None:
    # a list item or caption with no article and no full stop is telegraphic by design
    assert flagged("Fix crash on socket close in worker pool") == []
    assert flagged("Free shuttle bus from station to venue") == []
    # a sentence keeps its other articles when one is dropped
    assert flagged("Shuttle leaves from station near the bridge.") == ["station"]
    assert flagged("In the morning, she put dough in fridge.") == ["fridge"]
    # the last item of a list, and a capitalised head, are not bare subjects
    assert flagged("Any object, property, method, or event is documented here.") == []
    assert flagged("Soup Sieve is a selector library.") == []


def test_whole_entire_same_before_a_singular_noun() -> None:
    assert flagged("They sold entire stock in a week.") == ["entire stock"]
    assert flagged("If towing, measure whole combination from the bumper.") == ["whole combination"]
    assert flagged("It used the exact same engine. We bake whole grain bread.") == []


def test_ordinal_subject_after_a_verb_of_saying() -> None:
    assert flagged("Jones said second half would bring relief.") == ["second half"]
    assert flagged("He said half was gone. She said next week was busy.") == []


def test_bodies_that_speak_and_generic_institutions() -> None:
    assert flagged("Prosecution said the case was strong.") == ["Prosecution"]
    assert flagged("Police said the road was shut. Parliament voted on Monday.") == []
    assert flagged("She is a nurse at Royal Infirmary in the city.") == ["Royal Infirmary"]
    assert flagged("She is a nurse at Leeds General Infirmary.") == []


def test_feature_names_and_glosses_after_a_colon_stay_quiet() -> None:
    assert flagged("Interactive mode is not supported here. Preview mode enables more.") == []
    assert flagged("Use the flag `-P`: Package will appear in your list.") == []
    assert flagged("Transport authority blamed the contractor for the delay.") == ["Transport authority"]


def test_concrete_object_compound_after_a_verb_of_handling() -> None:
    assert flagged("At the gate you scan your ticket and show PIN code to the guard.") == ["PIN code"]
    assert flagged("The kit also contains HDMI cable and a remote.") == ["HDMI cable"]
    assert flagged("Last spring she had eye test at the clinic.") == ["eye test"]
    assert flagged("Carrying bottle of water on a long walk is wise.") == ["bottle"]
    assert flagged("Show PIN code at the gate. The box contains source code and notes.") == []
    assert flagged("She had an eye test and blood test results were fine. We use open source software.") == []
    assert flagged("- **tools**: use port number from the config file") == []


def test_body_named_after_a_role_in_the_possessive_needs_the() -> None:
    assert flagged("Chief Inspector's Office said the report was late.") == ["Chief Inspector's Office"]
    assert flagged("The Chief Inspector's Office said the report was late.") == []
    assert flagged("Maria Lopez's Office said nothing.") == []


def test_currency_signs_manner_phrases_and_space_senses_stay_quiet() -> None:
    assert flagged("Tickets cost US$12 each, or about NZ$20.") == []
    assert flagged("She finished the climb without complaint. He left without warning, then rang.") == []
    assert flagged("The new barn added room for forty cows and gave scope to grow.") == []
    assert flagged("The coach moved her from wing to play at centre.") == []
    assert flagged("Put the dough in fridge overnight.") == ["fridge"]


def test_participle_and_count_noun_after_with_or_for() -> None:
    assert flagged("The fan got in with forged ticket bought online.") == ["forged ticket"]
    assert flagged("They paid with borrowed password belonging to a friend.") == ["borrowed password"]
    assert flagged("It comes with updated text. Serve with grated cheese. Fill it with crushed ice.") == []


def test_bare_head_of_a_name_opening_a_sentence() -> None:
    assert flagged("The Lakeside Jazz Week is back. Festival runs from 2 June to 9 June.") == ["Festival"]
    assert flagged("Museum reopened in May after a long refit.") == ["Museum"]
    assert flagged("Committee will report by the end of the year.") == ["Committee"]
    assert flagged("The festival runs from 2 June. Festival organisers were pleased.") == []
    assert flagged("Show them the door. Library cards are free.") == []


def test_generic_statement_with_a_bare_noun_opener_stays_quiet() -> None:
    assert flagged("Theatre has always mattered to her. Radio is often on in the kitchen.") == []


def test_single_listed_noun_after_a_present_verb_of_handling() -> None:
    assert flagged("Her bag contains laptop and two books.") == ["laptop"]
    assert flagged("The kit contains everything. It contains fruit and nuts. The film shows life in a town.") == []


def test_role_office_names_with_titles_and_not_surnames() -> None:
    assert flagged("Solicitor General's Office declined to comment.") == ["Solicitor General's Office"]
    assert flagged("Sam Turner's Office said no. The Solicitor General's Office declined.") == []
