"""Quality of the built-in checker, measured the way the project is judged.

* dev corpus (../shared/corpus/dev, scored with its own score.py): >= 90% recall overall,
  >= 75% in every category, category-correct and one-to-one;
* our own clean articles (tests/fixtures/clean): at most 1 false alarm per 1,000 words;
* our own held-out faulty articles (tests/fixtures/heldout, written after the rules): >= 75%;
* the seed draft that motivated the checker: every fault flagged with the right category.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.core.checks import pipeline
from editor_app.core.checks.builtin import BuiltinChecker

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
FIXTURES = ROOT / "tests" / "fixtures"


def _check_dir(folder: Path, out: Path) -> Path:
    checker = BuiltinChecker()
    files = []
    for doc in sorted(folder.glob("*.md")):
        text = doc.read_text(encoding="utf-8")
        issues = checker.check(text)
        files.append({"path": str(doc), "issues": pipeline.to_json(text, pipeline.finish(text, issues))})
    out.write_text(json.dumps({"files": files}), encoding="utf-8")
    return out


def _score(output: Path, corpus: Path) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, str(CORPUS / "score.py"), str(output), str(corpus), "--json"],
        capture_output=True, text=True, check=True,
    )
    result: dict[str, object] = json.loads(proc.stdout)
    return result


needs_corpus = pytest.mark.skipif(not (CORPUS / "score.py").exists(), reason="../shared/corpus is not present")


@needs_corpus
def test_dev_corpus_recall(tmp_path: Path) -> None:
    summary = _score(_check_dir(CORPUS / "dev", tmp_path / "dev.json"), CORPUS / "dev")
    per = summary["per_category"]
    assert isinstance(per, dict)
    overall = summary["overall"]
    assert isinstance(overall, dict)
    assert overall["category_recall"] >= 0.90
    assert overall["one_to_one_recall"] >= 0.90
    for name, cat in per.items():
        assert cat["category_recall"] >= 0.75, name
        assert cat["one_to_one_recall"] >= 0.75, name
    # "few issues outside the annotations"
    assert summary["unmatched_issues"] <= summary["words"] / 1000


@needs_corpus
def test_clean_articles_raise_at_most_one_false_alarm_per_1000_words(tmp_path: Path) -> None:
    summary = _score(_check_dir(FIXTURES / "clean", tmp_path / "clean.json"), FIXTURES / "clean")
    assert summary["annotations"] == 0
    assert summary["words"] >= 4000
    assert summary["unmatched_issues"] <= summary["words"] / 1000


def test_clean_articles_without_scorer() -> None:
    """The same promise without ../shared: count every issue on the clean corpus as a false alarm."""
    checker = BuiltinChecker()
    words = 0
    issues = 0
    for doc in sorted((FIXTURES / "clean").glob("*.md")):
        text = doc.read_text(encoding="utf-8")
        words += len(text.split())
        issues += len(checker.check(text))
    assert words >= 4000
    assert issues <= words / 1000


@needs_corpus
def test_held_out_articles_generalise(tmp_path: Path) -> None:
    summary = _score(_check_dir(FIXTURES / "heldout", tmp_path / "heldout.json"), FIXTURES / "heldout")
    overall = summary["overall"]
    assert isinstance(overall, dict)
    # 91% at 11:40 UTC on 2026-11-27 (86% before helper C3's general rules); the floor keeps a margin.
    assert overall["category_recall"] >= 0.85
    assert summary["unmatched_issues"] <= 2


# Every fault the seed draft was published with (issue 3), as (category, text that must be flagged).
SEED_FAULTS = [
    ("wordy_phrase", "Geopolitically speaking"),
    ("duplicate_information", "by Indian forces"),
    ("hedge_stacking", "reportedly"),
    ("hedge_stacking", "purportedly"),
    ("pleonasm", "against each other"),
    ("wordy_phrase", "raising questions as to"),
    ("wordy_phrase", "in an attempt to"),
    ("wordy_phrase", "as a means to"),
    ("repeated_phrase", "tensions rising"),
    ("cognate_repetition", "both agreed"),
    ("missing_article", "US offered"),
    ("missing_article", "UAE"),
    ("missing_article", "Crisis broke"),
    ("missing_article", "initial military exchange"),
    ("chatbot_leftover", "Would you be interested in reading a follow-up article"),
    ("web_boilerplate", "Leave a Reply"),
    ("web_boilerplate", "Your email address will not be published."),
]


@pytest.mark.parametrize(("category", "snippet"), SEED_FAULTS)
def test_seed_draft_faults_are_flagged(category: str, snippet: str) -> None:
    text = (FIXTURES / "seed-draft.md").read_text(encoding="utf-8")
    start = text.index(snippet)
    end = start + len(snippet)
    issues = BuiltinChecker().check(text)
    hits = [i for i in issues if i.category == category and i.start < end and start < i.end]
    assert hits, f"no {category} issue on {snippet!r}"
    assert all(i.message for i in hits)


def test_seed_draft_fixes_where_one_exists() -> None:
    text = (FIXTURES / "seed-draft.md").read_text(encoding="utf-8")
    issues = BuiltinChecker().check(text)

    def fix_for(snippet: str) -> tuple[str, ...]:
        start = text.index(snippet)
        return next(i.replacements for i in issues if i.start <= start < i.end or start <= i.start < start + len(snippet))

    assert fix_for("in an attempt to") == ("to",)
    assert "the US" in fix_for("US offered")
    assert fix_for("against each other") == ("",)
