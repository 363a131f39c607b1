"""Blind evaluation of the built-in checker (helper Q2's set, tests/fixtures/blind).

The set was written while another helper was tuning the checker, by a helper who had not read
the rule data (resources/checks, editor_app/core/checks/builtin) and whose set the tuner did not
see until it was committed: 10 faulty articles in genres unlike the dev corpus (city transit,
wine column, chess tournament, hospital funding, app review, archaeology find, marathon recap,
housing market, theatre review, climate policy), 152 faults, 1-2 of each of the 10 categories
per article, plus markup look-alikes (front matter, code, URLs, HTML comments, block quotes);
and 8 clean, well-edited articles (6,596 words: interview, SQLite tutorial, trade news, travel
guide, science explainer, recipe, history, opinion) full of quotations, "each other", names,
numbers, "the UK"/"the US", lists and code. Sources are in tests/fixtures/blind/src and
tests/fixtures/blind/clean/src; documents and gold annotations come from
../shared/corpus/build.py. docs/CHECKS_BLIND.md has the timeline, tables and misses by cause.

The checker runs through the real command line (`editor-app check --format json`). The score
is one-to-one recall where an issue counts only for an annotation it overlaps AND whose
category it names (a maximum matching, so one sentence-wide issue cannot collect several
faults).

The thresholds are the level measured when this file was committed, minus a small margin; they
are NOT the product targets, which are: overall >= 90% and every category >= 75% on unseen
articles, and <= 1 false alarm per 1,000 words of clean prose. Raise the floors as the checker
improves; never lower them to make a regression pass.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.unit.corpus_scoring import load_gold, run_check, score_folder

BLIND = Path(__file__).resolve().parents[1] / "fixtures" / "blind"
FAULTY = BLIND / "faulty"
CLEAN = BLIND / "clean" / "docs"

# Measured 2026-11-27 12:32 UTC (main 53db8f8 + uncommitted checker edits): 92/152 = 60.5%.
# Target: 0.90 overall, 0.75 per category.
MIN_RECALL = 0.57
# Measured 13:53 UTC (main 5e5ad9f): 142/152 = 93.4%; clean 1 alarm in 6,596 words (0.15). Floors raised
# with a margin for work still landing.
MIN_RECALL = 0.85
# Clean set measured 12:32 UTC: 6 alarms in 6,596 words = 0.91 per 1,000 (0.61 at 11:23); bound has a small margin for
# the checker still being tuned. Target: 1.0 per 1,000 words.
MAX_CLEAN_ALARMS_PER_1000 = 0.6




_MARKUP = re.compile(
    r"\A---\n.*?\n---\n"          # front matter
    r"|^```.*?^```"                # fenced code
    r"|`[^`\n]+`"                  # inline code
    r"|<!--.*?-->"                 # HTML comment
    r"|\]\([^)\s]+\)|<https?://[^>]+>",  # link targets
    re.S | re.M,
)


def test_blind_faulty_articles_category_recall() -> None:
    score = score_folder(FAULTY)
    assert len(score.per_gold) == 10 and score.total >= 150
    # Target 0.90 overall (and 0.75 per category); the floor is what the checker reaches today.
    assert score.recall >= MIN_RECALL, f"one-to-one category recall {score.recall:.1%} ({score.table})"


def test_blind_markup_look_alikes_stay_silent() -> None:
    """Front matter, code, HTML comments and link targets hold 'the the', 'Leave a Reply',
    'I hope this helps!' and similar on purpose; nothing there may be flagged."""
    issues = run_check(FAULTY)
    flagged = []
    for doc, found in issues.items():
        text = (FAULTY / doc).read_text(encoding="utf-8")
        regions = [m.span() for m in _MARKUP.finditer(text)]
        for it in found:
            if any(s <= it["start"] < e for s, e in regions):
                flagged.append((doc, it["line"], it.get("category"), text[it["start"]:it["end"]]))
    assert not flagged, flagged


def test_blind_clean_articles_false_alarm_rate() -> None:
    gold = load_gold(CLEAN)
    assert all(not g["annotations"] for g in gold.values())
    words = sum(g["words"] for g in gold.values())
    assert words >= 6000
    issues = run_check(CLEAN)
    alarms = [(doc, it["line"], it.get("category"), it.get("message", "")[:80])
              for doc, found in issues.items() for it in found]
    rate = len(alarms) * 1000 / words
    # Target: <= 1.0 per 1,000 words; the bound above is today's level plus a small margin.
    assert rate <= MAX_CLEAN_ALARMS_PER_1000, f"{rate:.2f} per 1,000 words: {alarms}"
