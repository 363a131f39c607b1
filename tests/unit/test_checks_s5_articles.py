"""Session 5 precision guards for missing_article: classes of correct English the rules misjudged
(offices in apposition, label lists, block capitals, -ing compounds after a name, surnames that
are nouns, passives, ordinals before superlatives). Each test pairs correct sentences the rules
must leave alone with a faulty one they must still flag; all sentences are written fresh."""

from __future__ import annotations

from editor_app.core.checks.builtin import BuiltinChecker


def flagged(text: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker().check(text) if i.category == "missing_article"]


def test_an_office_named_in_apposition_or_after_the_post_of_needs_no_article() -> None:
    assert flagged("Ruth Ng, Chief Executive of Acme, signed the letter.") == []
    assert flagged("Tom Reed, Chancellor of the university, opened the library.") == []
    assert flagged("She held the post of Prime Minister for six years.") == []
    assert flagged('"Thank you, Prime Minister," the host said.') == []
    assert flagged("On Monday, Prime Minister said the talks would go on.") == ["Prime Minister"]


def test_names_in_a_label_list_or_an_affiliation_need_no_article() -> None:
    assert flagged("Source: World Bank, IMF, OECD.") == []
    assert flagged("Dr Ann Lee (Met Office) gave the talk.") == []
    assert flagged("The loan came from World Bank in May.") == ["World Bank"]


def test_a_list_after_the_covers_every_name() -> None:
    assert flagged("The European Union, UN and US all condemned the attack.") == []
    assert flagged("The UN and EU sent aid to the region.") == []


def test_block_capitals_are_not_an_acronym() -> None:
    assert flagged("JOIN US at the open day in May.") == []
    assert flagged("Trade with US fell last year.") == ["US"]


def test_an_ing_noun_after_a_name_heads_the_phrase() -> None:
    assert flagged("Pentagon spending rose again last year.") == []
    assert flagged("NHS funding was cut in the spring.") == []


def test_names_that_are_used_bare() -> None:
    assert flagged("Russia annexed Crimea in 2014. She was born in Gambia.") == []
    assert flagged("Ferries run daily to Isle of Wight from Portsmouth.") == []
    assert flagged("We had lunch at River Cottage on the way home.") == []
    assert flagged("The firm hired Lantern Theatre Company for the gala.") == []


def test_a_surname_that_is_a_noun_opens_a_sentence() -> None:
    assert flagged("Smith bowled from the far end. Miller was out for a duck.") == []
    assert flagged("Board approved the plan on Monday.") == ["Board"]


def test_a_passive_participle_spelled_like_a_noun() -> None:
    assert flagged("The roof was hit by a falling branch.") == []


def test_an_ordinal_before_a_superlative_takes_the_article() -> None:
    assert flagged("Lyon is the third largest city in France.") == []
    assert flagged("The bakery sold oldest loaf in town.") == ["oldest loaf"]


def test_made_names_a_role() -> None:
    assert flagged("She was made captain of the team at seventeen.") == []


def test_bare_nouns_after_prepositions_that_english_uses_bare() -> None:
    assert flagged("The ship was in dock for repairs, and the rollout is on track.") == []
    assert flagged("She wrote it in pencil. The scheme came in under budget.") == []
    assert flagged("The plan was approved by cabinet in March. The bill is now in committee.") == []
    assert flagged("Figures are broken down by age group. She finished in fourth place.") == []
    assert flagged("They crowded around board one. Everything went to plan.") == []
    assert flagged("Second place went to a team from Leeds.") == []
    assert flagged("She left the keys in drawer by the sink.") == ["drawer"]


def test_an_instrument_after_for_or_on_is_named_bare() -> None:
    assert flagged("She played a sonata for solo violin that few had heard.") == []
    assert flagged("With Jo on guitar and Sam on piano, the band opened the set.") == []


def test_to_before_a_verb_is_an_infinitive() -> None:
    assert flagged("It is important to note that prices vary.") == []


def test_a_position_or_a_plant_state_is_named_bare() -> None:
    assert flagged("He started at quarterback and was caught at short leg in the cricket.") == []
    assert flagged("The ball pitched outside off stump. The tree is in leaf.") == []
    assert flagged("We met at point of sale.") == []


def test_a_river_names_a_trail_or_a_pair_of_names_is_one_modifier() -> None:
    assert flagged("River Wend Partnership volunteers cleared the path.") == []
    assert flagged("Sales in US/UK markets fell.") == []
    assert flagged("Flooding on River Wend closed the road.") == ["River Wend"]


def test_a_word_the_article_uses_bare_as_a_name_elsewhere_is_a_name() -> None:
    text = "Harbour published its first report in May.\n\nAnalysts who follow Harbour were impressed."
    assert flagged(text) == []
    assert flagged("Harbour published its first report in May.\n\nAnalysts liked the harbour.") == ["Harbour"]


def test_an_adjective_inside_a_bare_idiom() -> None:
    assert flagged("Guests came in black tie. The ship sat in dry dock for a month.") == []


def test_a_post_or_a_rank_held_after_a_copula_is_named_bare() -> None:
    assert flagged("He became chief executive in 2020. She was first author on the paper.") == []
    assert flagged("He became first choice at left back. She is top scorer this season.") == []
    assert flagged("The dish became best seller overnight.") == ["best seller"]


def test_a_process_noun_in_an_arrangement_is_a_mass_use() -> None:
    assert flagged("Delivery will take two days. Rehearsal will begin at six.") == []
    assert flagged("Board will meet on Monday to approve the plan.") == ["Board"]


def test_a_state_of_dress_or_a_mode_after_in_is_named_bare() -> None:
    assert flagged("The actors stayed in period costume. The app opens in dark mode.") == []
    assert flagged("The players arrived in full kit and warmed up.") == []
