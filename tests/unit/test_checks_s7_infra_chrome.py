"""Chrome and assistant-talk precision: two classes of an article's own lines (session 7)."""

from __future__ import annotations

import pytest

from editor_app.core.checks.builtin import BuiltinChecker


def _rules(text: str) -> list[str]:
    return [i.rule for i in BuiltinChecker().check(text) if i.category in ("web_boilerplate", "chatbot_leftover")]


@pytest.mark.parametrize("line", [
    "**★★★☆☆** · The Old Vic, Bristol · until 9 March · tickets from £18",
    "**Makes:** 12 · **Prep:** 20 minutes · **Bake:** 35 minutes",
    "**Price:** $499 · **Battery:** 11 hours · **Verdict:** 3 out of 5",
    "- **Distance:** 14km | **Climb:** 420m | **Time:** 4 hours",
])
def test_a_bar_of_facts_the_author_set_in_bold_is_the_articles_own(line: str) -> None:
    assert _rules(f"{line}\n\nThe walk starts at the church.\n") == []


@pytest.mark.parametrize("line", [
    "Home | World | Business | Sport",
    "By Metro Desk · Updated 2 hours ago · 5 min read",
    "**Share this story** · Facebook · Threads · Email",
])
def test_a_bar_of_page_labels_is_still_chrome(line: str) -> None:
    assert _rules(f"The walk starts at the church.\n\n{line}\n") != []


@pytest.mark.parametrize("sentence", [
    "The brand paid for none of this and did not see the review before publication.",
    "Neither shop had any say in the ranking, and the council never saw the report before publishing.",
])
def test_a_statement_of_independence_is_not_a_note_to_the_editor(sentence: str) -> None:
    assert _rules(f"The stove heats a small room in ten minutes. {sentence}\n") == []
    assert _rules(f"{sentence}\n") == []


@pytest.mark.parametrize("sentence", [
    "These quotes are illustrative; please verify them before publication.",
    "You may want to check the quotes before publishing.",
])
def test_a_note_to_the_editor_is_still_flagged(sentence: str) -> None:
    assert _rules(f"{sentence}\n") != []
