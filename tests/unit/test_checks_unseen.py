"""Session-2 evaluation sets of the built-in checker (tests/fixtures/unseen, docs/CHECKS_UNSEEN.md).

Every set was written by a helper who was told not to open the checker's code, rule data, tests
or fixtures, and who only read ../shared/corpus (format and the kind of fault per category):
10 faulty articles each (1-2 faults of every category per article, ~150 per set, genres unlike the
dev corpus, markup look-alikes in front matter, code, comments and URLs) plus clean articles
with deliberate traps (quotations, "each other", repeated key terms, bare-noun idioms, names,
titles before names, units and conversions).

* ``train2``, ``blind2``, ``blind3``, ``cleanA``: written at 13:00-13:26 UTC; train2 was training
  from the start, blind2/blind3/cleanA from 13:25 (before that the lead measured them unseen).
* ``blind4``, ``blind5``, ``cleanB``: SEALED until the end of the session: no rule author opened
  them; the lead read numbers only (per category, per rule id), never their text or misses.
  They are the honest measure of recall and false alarms on articles nobody tuned against.

The score is one-to-one recall with the right category (tests/unit/corpus_scoring.py), through
the real command line. Floors are the measured level minus a small margin (see the constants);
the product targets are >= 90% overall, >= 75% per category and <= 1 false alarm per 1,000 words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.corpus_scoring import load_gold, run_check, score_folder

UNSEEN = Path(__file__).resolve().parents[1] / "fixtures" / "unseen"

# Floors for one-to-one category recall: the level measured at 14:45 UTC on 2026-11-27 (main
# 7854e95) minus ~3 points. At the session's first commit (29f1d45) the same sets scored train2
# 67.1%, blind2 61.4%, blind3 59.3%, blind4+5+6 together 68.0%.
FAULTY_FLOORS = {
    "train2": 0.89,  # 152/164 = 92.7% (training from the start)
    "blind2": 0.83,  # 132/153 = 86.3% (training from 13:25)
    "blind3": 0.82,  # 128/150 = 85.3% (training from 13:25)
    "blind4": 0.75,  # sealed: 118/150 = 78.7%
    "blind5": 0.73,  # sealed: 115/150 = 76.7%
    "blind6": 0.72,  # sealed: 117/156 = 75.0%
    "blind7": 0.58,  # sealed, written at 14:48 UTC: 84/137 = 61.3% (52.6% at 29f1d45)
    # Session 3 training sets, written at 15:30-15:45 UTC by fresh writers; the score before anyone
    # tuned on them (e03e3f7) is in brackets.
    "train3": 0.83,  # 148/171 = 86.5% at 16:55 (67.8%); heavy on duplicate_information/missing_article
    "train4": 0.73,  # 138/180 = 76.7% at 16:55 (67.2%); heavy on pleonasm/cognate_repetition
}
# Ceilings for false alarms per 1,000 words of clean prose. The target is 1.0; the sealed sets
# blind5, blind6 and cleanB are ABOVE it today (1.06, 2.46, 1.38 at 14:45), so their ceilings are
# today's level plus a small margin: lower them to 1.0 as the false alarms go.
CLEAN_CEILINGS = {
    "train2/clean/docs": 1.0,  # 0 in 3,883 words
    "blind2/clean/docs": 1.0,  # 0 in 3,886
    "blind3/clean/docs": 1.0,  # 0 in 4,299
    "cleanA/docs": 1.0,  # 1 in 11,041 (0.09)
    "blind4/clean/docs": 1.0,  # sealed: 3 in 3,631 (0.83)
    "blind5/clean/docs": 1.35,  # sealed: 4 in 3,780 (1.06)
    "blind6/clean/docs": 2.75,  # sealed: 10 in 4,066 (2.46)
    "cleanB/docs": 1.6,  # sealed: 16 in 11,557 (1.38; 15 = 1.30 at 15:04)
    "cleanC/docs": 1.0,  # written 14:47, training for the last 20 minutes: 2 in 8,496 (0.24)
    "blind7/clean/docs": 1.6,  # sealed: 4 in 3,068 (1.30)
    "train3/clean/docs": 1.05,  # session 3: 3 in 3,831 (0.78)
    "train4/clean/docs": 1.6,  # session 3: 5 in 3,698 (1.35)
}


def _present(rel: str) -> Path:
    path = UNSEEN / rel
    if not path.is_dir():
        pytest.fail(f"missing fixture folder {path}")
    return path


@pytest.mark.parametrize(("name", "floor"), sorted(FAULTY_FLOORS.items()))
def test_unseen_faulty_recall(name: str, floor: float) -> None:
    score = score_folder(_present(f"{name}/faulty"))
    assert len(score.per_gold) == 10 and score.total >= 130
    assert score.recall >= floor, f"{name}: one-to-one category recall {score.recall:.1%} ({score.table})"


@pytest.mark.parametrize(("rel", "ceiling"), sorted(CLEAN_CEILINGS.items()))
def test_unseen_clean_false_alarms(rel: str, ceiling: float) -> None:
    folder = _present(rel)
    gold = load_gold(folder)
    assert gold and all(not g["annotations"] for g in gold.values())
    words = sum(g["words"] for g in gold.values())
    issues = run_check(folder)
    alarms = [(doc, it["line"], it.get("category"), it.get("message", "")[:70])
              for doc, found in issues.items() for it in found]
    rate = len(alarms) * 1000 / words
    assert rate <= ceiling, f"{rel}: {rate:.2f} false alarms per 1,000 words: {alarms}"
