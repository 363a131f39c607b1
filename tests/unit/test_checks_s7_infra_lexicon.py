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
