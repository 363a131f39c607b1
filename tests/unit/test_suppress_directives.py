"""Suppressions a writer sets: ignore a rule in this document, ignore once, add to dictionary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor_app.core.checks.base import Issue
from editor_app.core.checks.suppressions import (
    IgnoredOnce,
    add_word_to_dictionary,
    apply_suppressions,
    ignore_rule_in_document,
    ignore_word_in_document,
    ignored_rules,
    read_word_list,
    remove_word_from_dictionary,
    spell_ignored_words,
    unignore_rule_in_document,
    unignore_word_in_document,
)

DOC = """---
title: In order to win
---

We went there in order to see it. Then we left in order to eat.
"""


def _issue(text: str, phrase: str, rule: str = "wordy_in_order_to", category: str = "wordy_phrase", nth: int = 0) -> Issue:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Issue(start, start + len(phrase), rule, category, f"'{phrase}' is wordy")


def test_comment_lists_are_parsed_case_insensitively_and_code_examples_do_not_count() -> None:
    text = (
        "Body.\n\n<!-- check-ignore: wordy_phrase, Hedge_Stacking -->\n"
        "```markdown\n<!-- check-ignore: repeated_word -->\n```\n"
        "<!--spell-ignore:Kharkiv, Muñoz-->\n"
    )
    assert ignored_rules(text) == {"wordy_phrase", "hedge_stacking"}
    assert spell_ignored_words(text) == {"Kharkiv", "Muñoz"}


def test_ignoring_a_category_appends_a_comment_and_leaves_everything_else_byte_identical() -> None:
    new = ignore_rule_in_document(DOC, "wordy_phrase")
    assert new.startswith(DOC)  # front matter and body untouched, offsets unchanged
    assert new[len(DOC) :] == "\n<!-- check-ignore: wordy_phrase -->\n"
    assert ignored_rules(new) == {"wordy_phrase"}
    # A second rule joins the same comment rather than adding another one.
    newer = ignore_rule_in_document(new, "hedge_stacking")
    assert newer.count("check-ignore") == 1
    assert ignored_rules(newer) == {"wordy_phrase", "hedge_stacking"}
    assert ignore_rule_in_document(newer, "WORDY_PHRASE") == newer  # already there


def test_unignoring_restores_the_original_text_exactly() -> None:
    for original in (DOC, DOC.rstrip("\n"), DOC + "\n", ""):
        once = ignore_rule_in_document(original, "wordy_phrase")
        twice = ignore_rule_in_document(once, "repeated_word")
        assert unignore_rule_in_document(unignore_rule_in_document(twice, "repeated_word"), "wordy_phrase") == (
            original
        )


def test_spell_ignore_round_trip_keeps_case_and_accents() -> None:
    text = ignore_word_in_document(ignore_word_in_document(DOC, "Kharkiv"), "Muñoz")
    assert "<!-- spell-ignore: Kharkiv, Muñoz -->" in text
    assert unignore_word_in_document(unignore_word_in_document(text, "Muñoz"), "Kharkiv") == DOC


def test_values_that_would_break_the_comment_are_refused() -> None:
    for bad in ("a, b", "x -->", "", "two\nlines"):
        with pytest.raises(ValueError):
            ignore_rule_in_document(DOC, bad)


def test_apply_suppressions_drops_ignored_rule_or_category_only() -> None:
    issues = [
        _issue(DOC, "in order to"),
        Issue(0, 3, "EN_A_VS_AN", "grammar", "article", source="languagetool"),
    ]
    assert apply_suppressions(DOC, issues) == issues
    by_category = ignore_rule_in_document(DOC, "wordy_phrase")
    assert [i.rule for i in apply_suppressions(by_category, issues)] == ["EN_A_VS_AN"]
    by_rule = ignore_rule_in_document(DOC, "en_a_vs_an")
    assert [i.category for i in apply_suppressions(by_rule, issues)] == ["wordy_phrase"]


def test_ignoring_a_rule_family_covers_its_sub_rules() -> None:
    sub = Issue(0, 3, "missing-article:after-prep", "missing_article", "article", source="builtin")
    other = Issue(4, 6, "pleonasm:class", "pleonasm", "redundant", source="builtin")
    text = ignore_rule_in_document(DOC, "missing-article")
    assert apply_suppressions(text, [sub, other]) == [other]
    only_sub = ignore_rule_in_document(DOC, "missing-article:opener")
    assert apply_suppressions(only_sub, [sub, other]) == [sub, other]


def test_spell_ignore_in_document_silences_that_word() -> None:
    text = "Kharkiv is far. Kharkov is the old spelling. kharkiv\n"
    issues = [Issue(text.index(w), text.index(w) + len(w), "spelling", "spelling", "?") for w in ("Kharkiv", "Kharkov")]
    kept = apply_suppressions(ignore_word_in_document(text, "Kharkiv"), issues)
    assert [text[i.start : i.end] for i in kept] == ["Kharkov"]


def test_ignore_once_survives_edits_elsewhere_but_not_a_rewrite_of_the_sentence() -> None:
    ignored = IgnoredOnce()
    went = _issue(DOC, "in order to", nth=0)  # "We went there in order to see it."
    left = _issue(DOC, "in order to", nth=1)  # "Then we left in order to eat."
    ignored.add(DOC, left)
    assert apply_suppressions(DOC, [went, left], ignored) == [went]

    # The writer adds a paragraph above: offsets move, the ignored passage stays ignored.
    edited = DOC.replace("We went", "A new opening paragraph.\n\nWe went")
    moved = [_issue(edited, "in order to", nth=0), _issue(edited, "in order to", nth=1)]
    assert moved[1].start != left.start
    assert apply_suppressions(edited, moved, ignored) == [moved[0]]

    # Rewriting the sentence itself brings the issue back.
    rewritten = DOC.replace("Then we left in order to eat.", "Then we left in order to eat lunch.")
    again = [_issue(rewritten, "in order to", nth=0), _issue(rewritten, "in order to", nth=1)]
    assert apply_suppressions(rewritten, again, ignored) == again


def test_ignore_once_persists_to_disk(tmp_path: Path) -> None:
    ignored = IgnoredOnce()
    issue = _issue(DOC, "in order to", nth=1)
    ignored.add(DOC, issue)
    path = tmp_path / "state" / "ignored.json"
    ignored.save(path)
    assert isinstance(json.loads(path.read_text(encoding="utf-8")), list)
    assert apply_suppressions(DOC, [issue], IgnoredOnce.load(path)) == []
    path.write_text("{not json", encoding="utf-8")
    assert len(IgnoredOnce.load(path)) == 0
    assert len(IgnoredOnce.load(tmp_path / "missing.json")) == 0


def test_add_word_to_dictionary_appends_once_and_keeps_existing_lines(tmp_path: Path) -> None:
    path = tmp_path / "config" / "dictionary.txt"
    assert add_word_to_dictionary(path, "Kharkiv") is True
    assert add_word_to_dictionary(path, "Kharkiv") is False
    path.write_text("# my words\nMuñoz", encoding="utf-8")  # no trailing newline
    assert add_word_to_dictionary(path, "backchannel") is True
    assert path.read_text(encoding="utf-8") == "# my words\nMuñoz\nbackchannel\n"
    assert read_word_list(path) == ["Muñoz", "backchannel"]
    assert remove_word_from_dictionary(path, "Muñoz") is True
    assert read_word_list(path) == ["backchannel"]
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    with pytest.raises(ValueError):
        add_word_to_dictionary(path, "two words")
