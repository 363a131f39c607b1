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

from collections import Counter
from pathlib import Path

import pytest

from tests.unit.corpus_scoring import load_gold, matched, run_check

UNSEEN = Path(__file__).resolve().parents[1] / "fixtures" / "unseen"

# (set, floor for one-to-one category recall); measured values are in docs/CHECKS_UNSEEN.md.
FAULTY_FLOORS = {
    "train2": 0.80,
    "blind2": 0.70,
    "blind3": 0.70,
}
# (clean folder, ceiling for false alarms per 1,000 words).
CLEAN_CEILINGS = {
    "train2/clean/docs": 1.0,
    "blind2/clean/docs": 1.0,
    "blind3/clean/docs": 1.0,
    "cleanA/docs": 1.0,
}


def _present(rel: str) -> Path:
    path = UNSEEN / rel
    if not path.is_dir():
        pytest.fail(f"missing fixture folder {path}")
    return path


@pytest.mark.parametrize(("name", "floor"), sorted(FAULTY_FLOORS.items()))
def test_unseen_faulty_recall(name: str, floor: float) -> None:
    folder = _present(f"{name}/faulty")
    gold = load_gold(folder)
    issues = run_check(folder)
    per_gold: Counter[str] = Counter()
    per_hit: Counter[str] = Counter()
    for doc, g in gold.items():
        text = (folder / doc).read_text(encoding="utf-8")
        for a in g["annotations"]:
            assert text[a["start"]:a["end"]] == a["text"], "fixture out of date: rebuild with build.py"
        hit = matched(g["annotations"], issues.get(doc, []))
        for i, a in enumerate(g["annotations"]):
            per_gold[a["category"]] += 1
            per_hit[a["category"]] += i in hit
    total = sum(per_gold.values())
    assert len(per_gold) == 10 and total >= 140
    recall = sum(per_hit.values()) / total
    table = ", ".join(f"{c} {per_hit[c]}/{per_gold[c]}" for c in sorted(per_gold))
    assert recall >= floor, f"{name}: one-to-one category recall {recall:.1%} ({table})"


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
