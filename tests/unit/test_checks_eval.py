"""Independent evaluation of the built-in checker on articles it was not tuned on.

tests/fixtures/eval/ was written by a separate helper who did not look at the rule data first:
8 faulty articles in genres the dev corpus lacks (gardening, personal finance, museum review,
release notes, obituary, weather, school board, startup funding), with faults worded unlike the
dev set's, and 10 clean, well-edited articles (6,800 words) full of things a naive checker
flags: quotations, "each other", deliberate repetition, lists of names, numbers, code, "the UK".
Batch 1's misses were published in docs/CHECKS_EVAL.md and the checker was then fixed against
them, so batch 2 (tests/fixtures/eval/batch2: 4 more articles, 61 faults, written afterwards)
and batch 3 (tests/fixtures/eval/batch3, 56 faults, kept out of the repository until it was
published at 12:07 UTC) are the held-out measures of how well those fixes generalise;
clean2 and clean3 play the same part for false alarms.
Sources are in tests/fixtures/eval/src and tests/fixtures/eval/clean/src; the built documents
and gold annotations come from ../shared/corpus/build.py. docs/CHECKS_EVAL.md has the tables,
every false alarm and the misses grouped by cause.

The checker runs through the real command line (`editor-app check --format json`), the contract
the evaluation uses. Scoring is the project's measure: one-to-one recall where an issue counts
only for an annotation it overlaps AND whose category it names (a maximum matching, so one
sentence-wide issue cannot collect several faults).

The thresholds are the levels the checker reached when these tests were committed, minus a small
margin, NOT the product targets. The targets are: overall >= 90% and every category >= 75% on
unseen articles, and <= 1 false alarm per 1,000 words on clean prose. Raise the floors below as
the checker improves; never lower them to make a regression pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.corpus_scoring import load_gold, run_check, score_folder

EVAL = Path(__file__).resolve().parents[1] / "fixtures" / "eval"
FAULTY = EVAL / "faulty"
BATCH2 = EVAL / "batch2" / "faulty"
BATCH3 = EVAL / "batch3" / "faulty"
CLEAN = EVAL / "clean" / "docs"
CLEAN2 = EVAL / "clean2" / "docs"
CLEAN3 = EVAL / "clean3" / "docs"

# Floors for one-to-one category recall; the target for both is 0.90 (and 0.75 per category).
# Measured 2026-11-27 11:48 UTC (checker a23f2be): batch 1 109/119 = 91.6% (42.9% at 11:05,
# before the checker was fixed against its published misses); batch 2 31/61 = 50.8% (41.0% at
# 11:17), still far below the target.
MIN_RECALL_BATCH1 = 0.88
MIN_RECALL_BATCH2 = 0.47
# Batch 3 (4 articles, 56 faults) was written at 11:25 and kept out of the repository until
# 12:07 UTC, when it measured 38/56 = 67.9% (checker b0ca2b1).
MIN_RECALL_BATCH3 = 0.64
# Measured 13:53 UTC (main 5e5ad9f): batch 1 114/119 = 95.8%, batch 2 56/61 = 91.8%, batch 3 54/56 =
# 96.4%; all clean batches 0 alarms. Floors raised with a margin for work still landing.
MIN_RECALL_BATCH1, MIN_RECALL_BATCH2, MIN_RECALL_BATCH3 = 0.90, 0.80, 0.85
# Clean batch 1 (6,800 words; its false alarms were published, then fixed): 2 = 0.29 per 1,000
# at 11:48 (1.18 at 11:05). Clean batch 2 (2,768 words, written after those fixes): 1 = 0.36
# (1.45 at 11:19). Both assert the target.
MAX_CLEAN_ALARMS_PER_1000 = 1.0
MAX_CLEAN2_ALARMS_PER_1000 = 1.0
# Clean batch 3 (1,552 words, kept out until 12:07): 2 = 1.29 per 1,000, ABOVE the 1.0 target
# (two topic terms read as repeated phrases); the bound is today's level so the suite passes.
# Lower it to 1.0 when those go.
MAX_CLEAN3_ALARMS_PER_1000 = 1.0
# Issues on the faulty set that overlap no fault (markup look-alikes must stay silent).
MAX_FAULTY_STRAY_PER_1000 = 1.0




@pytest.mark.parametrize(("folder", "floor"), [(FAULTY, MIN_RECALL_BATCH1), (BATCH2, MIN_RECALL_BATCH2), (BATCH3, MIN_RECALL_BATCH3)],
                         ids=["batch1", "batch2", "batch3"])
def test_unseen_faulty_articles_recall_and_silence_on_markup(folder: Path, floor: float) -> None:
    score = score_folder(folder)
    assert len(score.per_gold) == 10 and score.total >= 50
    # Target 0.90 overall (and 0.75 per category); the floor is what the checker reaches today.
    assert score.recall >= floor, f"one-to-one category recall {score.recall:.1%} ({score.table})"
    stray, words = score.strays, score.words
    assert stray * 1000 / words <= MAX_FAULTY_STRAY_PER_1000, f"{stray} issues overlap no fault"


@pytest.mark.parametrize(("folder", "min_words", "bound"),
                         [(CLEAN, 6000, MAX_CLEAN_ALARMS_PER_1000), (CLEAN2, 2500, MAX_CLEAN2_ALARMS_PER_1000),
                          (CLEAN3, 1500, MAX_CLEAN3_ALARMS_PER_1000)],
                         ids=["clean1", "clean2", "clean3"])
def test_clean_articles_false_alarm_rate(folder: Path, min_words: int, bound: float) -> None:
    gold = load_gold(folder)
    assert all(not g["annotations"] for g in gold.values())
    words = sum(g["words"] for g in gold.values())
    assert words >= min_words
    issues = run_check(folder)
    alarms = [(doc, it["line"], it.get("rule"), it.get("message", "")[:80])
              for doc, found in issues.items() for it in found]
    rate = len(alarms) * 1000 / words
    # Target: <= 1.0 per 1,000 words; see the bounds above and docs/CHECKS_EVAL.md.
    assert rate <= bound, f"{rate:.2f} per 1,000 words: {alarms}"
