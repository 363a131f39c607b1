"""lexicon's lemma table file (``resources/checks/lemma_table.bin``, tools/make_lemma_table.py)
against the installed lemminflect: the same entry for every word, the same lemmas for any word."""

from __future__ import annotations

import lemminflect

from editor_app.core.checks.builtin import lexicon


def _fresh_tables() -> tuple[dict[str, object], dict[str, dict[str, tuple[str, ...]]]]:
    lexicon._lemma_tables.cache_clear()
    try:
        return lexicon._lemma_tables()
    finally:
        lexicon._lemma_tables.cache_clear()
        lexicon.lemmas.cache_clear()


def test_the_table_file_holds_lemminflects_table_entry_by_entry() -> None:
    lem = lemminflect.Lemmatizer()
    theirs, their_overrides = lem._getLemmaDict(), lem._getOverridesDict()
    table, overrides = _fresh_tables()
    assert overrides == their_overrides
    assert len(table) == len(theirs)
    for word, entry in theirs.items():
        assert lexicon._entry(table, word) == entry, word
    assert lexicon._entry(table, "qzxv") == {}


def test_lemmas_match_lemminflect_in_every_case_style() -> None:
    lexicon.lemmas.cache_clear()
    for word in ["investors", "Investors", "INVESTORS", "went", "better", "data", "all", "Paris", "qzxv", "'d",
                 "analyses", "Feet", "were", "running", "criteria"]:
        w = word.replace("’", "'")
        expected = lemminflect.getAllLemmas(w) or (lemminflect.getAllLemmas(w.lower()) if w[:1].isupper() else {})
        assert lexicon.lemmas(word) == expected, word
    lexicon.lemmas.cache_clear()


def test_inflections_match_lemminflect() -> None:
    infl = lemminflect.Inflections()
    lemmas_ = list(infl._getInflDict())[::53] + list(infl._getOverridesDict())
    lemmas_ += ["Walk", "WALK", "run", "Go", "qzxvate", "blorf", "", "data", "Aachen"]
    for lemma in lemmas_:
        for upos in (None, "VERB", "NOUN", "ADJ", "AUX"):
            assert lexicon.inflections(lemma, upos) == lemminflect.getAllInflections(lemma, upos), (lemma, upos)


def test_inflection_matches_lemminflect_with_its_rules_for_unknown_words() -> None:
    infl = lemminflect.Inflections()
    lemmas_ = list(infl._getInflDict())[::131] + ["walk", "Walk", "RUN", "blorf", "qzxvate", "happy", "fast", "Aachen"]
    for lemma in lemmas_:
        for tag in ("VBN", "VBD", "VBG", "VBZ", "VB", "NNS", "NN", "JJR", "JJS", "RBR", "RP", "MD", "NNP", "IN"):
            assert lexicon.inflection(lemma, tag) == tuple(lemminflect.getInflection(lemma, tag)), (lemma, tag)


def test_the_inflection_file_holds_lemminflects_table() -> None:
    infl = lemminflect.Inflections()
    lexicon._inflection_tables.cache_clear()
    table, overrides = lexicon._inflection_tables()
    lexicon._inflection_tables.cache_clear()
    assert overrides == infl._getOverridesDict()
    assert len(table) == len(infl._getInflDict())
    for lemma, entry in infl._getInflDict().items():
        assert lexicon._entry(table, lemma) == entry, lemma
