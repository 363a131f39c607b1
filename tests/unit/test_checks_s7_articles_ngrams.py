"""Session 7 missing_article: corpus evidence (resources/checks/ngram_articles.txt, Google Books
bigram counts via symspellpy's MIT-licensed dictionary) as a guard. A preposition and noun that
the corpus shows bare often ("on video", "in hospital") are idiomatic; a pair it never shows bare
("at airport") still needs its article. All sentences are written fresh."""

from __future__ import annotations

from editor_app.core.checks.builtin import BuiltinChecker
from editor_app.core.checks.builtin.ngrams import article_evidence, bare_share


def flagged(text: str) -> list[str]:
    return [text[i.start : i.end] for i in BuiltinChecker(thorough=True).check(text) if i.category == "missing_article"]


def test_table_keeps_idiomatic_bare_pairs_only() -> None:
    ev = article_evidence("school")
    assert ev is not None and ev[0] > 1000 and ev[1]["at"] > 100  # millions
    assert bare_share("at", "school") > 0.1
    assert bare_share("at", "airport") == 0.0  # "at airport": no bare use in the corpus
    assert bare_share("at", "zzzzqx") == 0.0  # not in the table: no evidence of bare use


def test_a_pair_the_corpus_uses_bare_is_left_alone() -> None:
    assert flagged("The orchestra rehearsed on video through the winter.") == []
    assert flagged("Most of the hearings took place on video last year.") == []


def test_a_pair_the_corpus_never_uses_bare_is_still_flagged() -> None:
    assert flagged("Two men were arrested at airport on Tuesday.") == ["airport"]
    assert flagged("The treasurer kept the receipts in drawer beside the till.") == ["drawer"]


def test_a_material_after_a_participle_and_with_is_bare() -> None:
    assert flagged("Put the hedgehog in a box lined with newspaper and keep it warm.") == []
    assert flagged("The crates arrived packed with straw from the farm.") == []


def test_an_activity_after_available_or_ready_for_is_bare() -> None:
    assert flagged("The minister was not available for interview on Friday.") == []
    assert flagged("The parcels will be ready for collection after noon.") == []


def test_a_school_level_after_an_ordinal_is_bare() -> None:
    assert flagged("This year I had a pupil in fourth class who could already read music.") == []
    # a place after a preposition still needs its article
    assert flagged("The keys were left in drawer by the door.") == ["drawer"]


def test_a_plural_possessive_determines_a_name() -> None:
    assert flagged("It was Harlow Rovers' first County Cup in 103 years of trying.") == []
    assert flagged("Last season ended with Rovers' County Cup win.") == []
    assert flagged("The club won first County Cup in its history.") == ["County Cup"]


def test_a_dotted_name_before_a_noun_is_a_modifier() -> None:
    assert flagged("More than half of U.S. states now require the course.") == []
    assert flagged("Talks resumed in U.S. and Canada on Monday.") == ["U.S"]


def test_on_first_use_names_when_something_first_happens() -> None:
    assert flagged("Existing projects are converted automatically on first use, but the change is one-way.") == []
    assert flagged("The crew set off at first light and reached the summit by noon.") == []
    assert flagged("The new area sits on first floor of the old mill.") == ["first floor"]


def test_a_towns_library_is_named_bare() -> None:
    assert flagged("Children queued on the steps of Millbrook Library on Saturday.") == []
    assert flagged("Riverton Public Library has confirmed that data was copied.") == []
    assert flagged("Scholars at National Library said the map was genuine.") == ["National Library"]


def test_keep_and_a_gerund_and_land_cover_are_bare() -> None:
    assert flagged("Marchetti said the association would keep meeting on the first Thursday of each month.") == []
    assert flagged("The path runs a flat five kilometres through woodland with the lake on the left.") == []
    assert flagged("Fans queued at turnstile for nearly an hour.") == ["turnstile"]
