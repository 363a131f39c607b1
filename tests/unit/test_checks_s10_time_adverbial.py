"""A time adverbial after an intransitive verb is no noun phrase missing its article.

Seen in session 10's cleanQ (a beer column): "I drove out last weekend to Tidewater Brewing" was
flagged with the fix "the out last weekend"; the faulty sentence still gets its article."""

from __future__ import annotations

from editor_app.core.checks import pipeline, registry


def _article_issues(text: str) -> list[str]:
    checker = registry.create("builtin", registry.CheckerOptions())
    return [text[i.start : i.end] for i in pipeline.run(text, [checker]).issues if i.category == "missing_article"]


def test_time_adverbial_after_a_verb_is_left_alone() -> None:
    text = "To taste a professional version, I drove out last weekend to a small brewpub on the harbour.\n"
    assert _article_issues(text) == []


def test_a_bare_object_after_a_past_verb_is_still_flagged() -> None:
    text = "The council bought new ambulance for the island last spring, and residents cheered.\n"
    assert _article_issues(text) != []
