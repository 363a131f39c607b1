"""Pipeline: merge, de-duplicate, suppress, sort, line/column; incremental equals full checking."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core.checks import pipeline, registry
from editor_app.core.checks.base import REDUNDANCY_CATEGORIES, Availability, Issue
from editor_app.core.checks.builtin import BuiltinChecker, split_blocks

DOC = (
    "---\ntitle: Test\n---\n\n"
    "The town's past history is long, and the the council knows it.\n\n"
    "- Put the dough in fridge overnight.\n"
    "- Rising tensions were everywhere.\n\n"
    "```\nthe the\n```\n\n"
    "Later, with tensions rising, US offered to help ✓ in an attempt to calm things.\n"
)


class _Fixed:
    """A second checker that reports what it is given (to test merging)."""

    def __init__(self, name: str, issues: list[Issue], ok: bool = True) -> None:
        self.name = name
        self._issues = issues
        self._ok = ok

    def available(self) -> Availability:
        return Availability(self._ok, "" if self._ok else "not installed here")

    def check(self, text: str) -> list[Issue]:
        return list(self._issues)


def test_line_and_column_are_one_based_code_points() -> None:
    text = "é😀 line one\nsecond line\n"
    index = pipeline.LineIndex(text)
    assert index.locate(0) == (1, 1)
    assert index.locate(2) == (1, 3)  # after two code points, whatever their UTF-16 length
    assert index.locate(text.index("second")) == (2, 1)


def test_run_merges_dedupes_and_sorts() -> None:
    builtin = BuiltinChecker()
    first = builtin.check(DOC)
    dup = first[0]
    other = Issue(1, 2, "x", "grammar", "msg", source="other")
    result = pipeline.run(DOC, [builtin, _Fixed("other", [dup, other])])
    assert len(result.issues) == len(first) + 1
    assert result.issues == sorted(result.issues, key=lambda i: (i.start, i.end, i.category, i.rule))
    assert result.notices == []


def test_unavailable_checker_is_reported_once_and_others_still_run() -> None:
    result = pipeline.run(DOC, [_Fixed("languagetool", [], ok=False), BuiltinChecker()])
    assert result.notices == ["languagetool is not available: not installed here"]
    assert result.issues


def test_document_ignore_comment_suppresses_a_category() -> None:
    base = pipeline.run(DOC, [BuiltinChecker()]).issues
    assert any(i.category == "wordy_phrase" for i in base)
    text = DOC + "\n<!-- check-ignore: wordy_phrase -->\n"
    after = pipeline.run(text, [BuiltinChecker()]).issues
    assert not any(i.category == "wordy_phrase" for i in after)
    assert len(after) == len(base) - sum(1 for i in base if i.category == "wordy_phrase")


def test_json_has_exactly_the_contract_fields() -> None:
    result = pipeline.run(DOC, [BuiltinChecker()])
    rows = pipeline.to_json(DOC, result.issues)
    assert rows
    for row in rows:
        assert set(row) == {"start", "end", "line", "column", "rule", "category", "severity", "message",
                            "replacements", "source"}
        line, col = row["line"], row["column"]
        assert isinstance(line, int) and isinstance(col, int)
        assert DOC.splitlines(keepends=True)[line - 1][col - 1] == DOC[row["start"]]  # type: ignore[index]


def test_blocks_never_split_fences_or_comments() -> None:
    text = "Para one.\n\n```\ncode\n\nmore code\n```\n\n<!-- a\n\ncomment -->\n\n- item\n\n  continued\n\nEnd.\n"
    spans = split_blocks(text)
    pieces = [text[a:b] for a, b in spans]
    assert "".join(pieces) == text
    assert any("code\n\nmore code" in p for p in pieces)
    assert any("a\n\ncomment" in p for p in pieces)
    assert any("item\n\n  continued" in p for p in pieces)


def test_incremental_check_after_edits_equals_a_fresh_full_check() -> None:
    rng = random.Random(7)
    words = ["the", "past", "history", "in", "order", "to", "US", "offered", "fridge", "\n\n", "\n", "reportedly",
             "might", "possibly", "rising", "tensions", "```", "`", "*", "Leave a Reply", "."]
    live = BuiltinChecker()
    text = DOC
    for _ in range(60):
        pos = rng.randrange(len(text) + 1)
        if rng.random() < 0.3 and len(text) > 10:
            text = text[:pos] + text[pos + rng.randrange(1, 8):]
        else:
            text = text[:pos] + " " + rng.choice(words) + " " + text[pos:]
        incremental = pipeline.check_paragraphs(text, [live]).issues + pipeline.check_document(text, [live]).issues
        fresh = BuiltinChecker().check(text)
        assert pipeline.sort_issues(incremental) == pipeline.sort_issues(fresh)


def test_registry_names_and_default() -> None:
    assert registry.names()[:1] == ["builtin"]
    assert set(registry.DEFAULT_CHECKERS) <= set(registry.names())
    assert registry.create("builtin").name == "builtin"
    try:
        registry.create("nope")
    except registry.UnknownChecker as exc:
        assert "builtin" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("unknown checker accepted")


_pieces = st.sampled_from(
    [
        "the", "The", "US", "offered", "in", "fridge", "past", "history", "reportedly", "might", "possibly",
        "rising", "tensions", "3", "tonnes", ",", "or", "3,000", "kilograms", ".", "!", "?", " ", "\n", "\n\n",
        "“", "”", '"', "*", "`", "# ", "- ", "> ", "|", "---", "```", "<!--", "-->", "https://x.org/the-the",
        "I hope this helps!", "Leave a Reply", "é", "日本", "\t", "\r\n", "[a](b)", "both", "agreed", "agreement",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_pieces, max_size=60).map(" ".join))
def test_any_text_gives_issues_inside_it(text: str) -> None:
    result = pipeline.run(text, [BuiltinChecker()])
    rows = pipeline.to_json(text, result.issues)
    for issue, row in zip(result.issues, rows, strict=True):
        assert 0 <= issue.start < issue.end <= len(text)
        assert issue.category in REDUNDANCY_CATEGORIES
        assert issue.message
        assert row["line"] >= 1 and row["column"] >= 1
