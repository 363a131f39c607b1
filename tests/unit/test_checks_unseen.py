"""Evaluation sets of the built-in checker written in sessions 2 to 11 (tests/fixtures/unseen, docs/CHECKS_UNSEEN.md).

Every set was written by a helper who was told not to open the checker's code, rule data, tests
or fixtures, and who only read ../shared/corpus (format and the kind of fault per category):
10 faulty articles each (1-2 faults of every category per article, ~150 per set, genres unlike the
dev corpus, markup look-alikes in front matter, code, comments and URLs) plus clean articles
with deliberate traps (quotations, "each other", repeated key terms, bare-noun idioms, names,
titles before names, units and conversions).

* ``train2``, ``blind2``, ``blind3``, ``cleanA``: written at 13:00-13:26 UTC; train2 was training
  from the start, blind2/blind3/cleanA from 13:25 (before that the lead measured them unseen).
* ``blind4``, ``blind5``, ``blind6``, ``blind7``, ``cleanB``: SEALED until the end of session 2
  (the lead read numbers only); in session 3 blind4/blind5 were training and blind6/blind7/cleanB
  the rule authors' held-out check (counts per rule id only).
* ``train3``, ``train4``: session-3 training sets (scored once fresh, then tuned on).
* ``blind8``, ``blind9``, ``blind10``, ``cleanD``: SEALED through session 3: no rule author opened
  them; the lead read numbers only. They are the honest measure of recall and false alarms on
  articles nobody tuned against (until a later session tunes on them). In session 4 blind8 was
  training and blind9/blind10/cleanD the rule authors' held-out check.
* ``blind11``, ``blind12``, ``blind13``, ``cleanE``: SEALED through session 4 (written 19:00-19:10
  UTC by four fresh writers; the lead read numbers only); the rule authors' held-out check
  (counts per rule id only) in session 5.
* ``blind14``, ``blind15``, ``blind16``, ``cleanF``, ``cleanG``: SEALED through session 5 (written
  21:28-21:50 UTC by five fresh writers; the lead read numbers only); with blind11-13 and cleanE
  the rule authors' held-out check (counts per rule id only) in session 6.
* ``blind17``, ``blind18``, ``blind19``, ``cleanH``, ``cleanI``: SEALED through session 6 (written
  00:14-00:31 UTC on 2026-11-28 by five fresh writers; the lead read numbers only).
* Session 7's sealed sets (blind20-22, cleanJ, cleanK) and training sets were lost with that
  session's machine before they were committed.
* ``blind23``, ``blind24``, ``blind25``, ``cleanL``, ``cleanM``: SEALED through session 8 (written
  11:10-11:30 UTC on 2026-11-28 by five fresh writers; committed at once to tests/fixtures/sealed8,
  which no tool or test read; the lead read numbers only, and moved them here after the final measure).
* ``train7``, ``cleanT3``, ``cleanT4``: written in session 8 as training; nobody tuned on them in
  that session, so their numbers below are also first-sight numbers.
* ``blind26``, ``blind27``, ``blind28``, ``cleanN``, ``cleanO``: SEALED through session 9 (written
  15:20-15:50 UTC on 2026-11-28 by five fresh writers; committed at once to tests/fixtures/sealed9,
  which no tool or test read; the lead read numbers only, and moved them here after the final measure).
  Tuned on in session 10.
* ``blind29``, ``blind30``, ``blind31``, ``cleanP``, ``cleanQ``: SEALED through session 10 (written
  02:45-03:33 UTC on 2026-11-29 by five fresh writers; committed at once to tests/fixtures/sealed10,
  which no tool or test read; the lead read numbers only, and moved them here after the final measure).
* ``blind32``, ``blind33``, ``blind34``, ``cleanR``, ``cleanS``: session 11's first sealed round
  (written 04:58-05:30 UTC on 2026-11-29, committed at once to tests/fixtures/sealed11). The
  thorough-only rule table was measured on them out of sample; after that they were the session's
  validation sets (their misses and alarms were read and general fixes made from them).
* ``blind35``, ``cleanT``, ``cleanU``: session 11's second sealed round (written 05:35-06:00 UTC,
  tests/fixtures/sealed12), the session's test sets: nobody read them until the final measure.

The score is one-to-one recall with the right category (tests/unit/corpus_scoring.py), through
the real command line. Floors are the measured level minus a small margin (see the constants);
the product targets are >= 90% overall, >= 75% per category and <= 1 false alarm per 1,000 words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.corpus_scoring import load_gold, run_check, score_folder

UNSEEN = Path(__file__).resolve().parents[1] / "fixtures" / "unseen"

# Floors for one-to-one category recall: the level measured at 17:20 UTC on 2026-11-27 (session 3,
# main b8e43a1) minus ~3 points. Session 2 ended with train2 92.7%, blind2 86.3%, blind3 85.3%,
# blind4 78.7%, blind5 76.7%, blind6 75.0%, blind7 61.3% (blind4-7 were sealed then; session 3 tuned
# on blind4 and blind5 and used blind6 and blind7 as the rule authors' held-out check).
FAULTY_FLOORS = {
    "train2": 0.89,  # 152/164 = 92.7%
    "blind2": 0.83,  # 137/153 = 89.5%; 130 = 85.0% with session 11's thorough-only rules off
    "blind3": 0.83,  # 130/150 = 86.7%
    "blind4": 0.87,  # 135/150 = 90.0% (tuned on in session 3)
    "blind5": 0.85,  # 132/150 = 88.0% (tuned on in session 3)
    "blind6": 0.77,  # 125/156 = 80.1% (held-out group in session 3: counts only)
    "blind7": 0.60,  # 87/137 = 63.5% (held-out group in session 3: counts only)
    # Session 3 sets, written at 15:30-15:48 UTC by fresh writers; the score before anyone tuned on
    # them (e03e3f7) in brackets.
    "train3": 0.80,  # 148/171 = 86.5% (67.8%); training; heavy on duplicate_information/missing_article;
    # 141 = 82.5% with session 11's thorough-only rules off (rule_tiers.tsv)
    "train4": 0.75,  # 141/180 = 78.3% (67.2%); training; heavy on pleonasm/cognate_repetition
    "blind8": 0.72,  # SEALED in session 3: 113/150 = 75.3% (72.0%)
    "blind9": 0.66,  # SEALED in session 3: 104/151 = 68.9% (65.6%)
    "blind10": 0.66,  # SEALED in session 3: 108/156 = 69.2% (67.9%)
    # Session 4 sets, written at 19:00-19:10 UTC by fresh writers and SEALED through session 4
    # (numbers only); the score at session start (9006811) in brackets, the level at 20:49 after it.
    "blind11": 0.78,  # SEALED in session 4: 122/150 = 81.3% (79.3%)
    "blind12": 0.73,  # SEALED in session 4: 114/150 = 76.0% (74.0%)
    "blind13": 0.70,  # SEALED in session 4: 110/150 = 73.3% (72.0%)
    # Session 5 sets, written at 21:28-21:50 UTC by fresh writers and SEALED through session 5
    # (numbers only); the score at session start (4847e9e) in brackets, the level at 23:26 after it.
    "blind14": 0.76,  # SEALED in session 5: 118/150 = 78.7% (78.7%)
    "blind15": 0.75,  # SEALED in session 5: 120/154 = 77.9% (77.9%)
    "blind16": 0.66,  # SEALED in session 5: 104/152 = 68.4% (68.4%)
    # Session 6 sets, written at 00:14-00:31 UTC on 2026-11-28 by fresh writers and SEALED through
    # session 6 (numbers only); the score at session start (1350f8a) in brackets, the level at the end.
    "blind17": 0.65,  # SEALED in session 6: 114/168 = 67.9% (67.9%)
    "blind18": 0.66,  # SEALED in session 6: 107/156 = 68.6% (68.6%)
    "blind19": 0.75,  # SEALED in session 6: 117/150 = 78.0% (78.7%)
    # Session 8 sets (11:10-12:15 UTC on 2026-11-28); the score at session start (9d5ab49) in
    # brackets, the level at the end (b75c0a4) first. No rule moved a sealed fault in session 8.
    "blind23": 0.76,  # SEALED in session 8: 119/150 = 79.3% (79.3%)
    "blind24": 0.63,  # SEALED in session 8: 99/150 = 66.0% (66.0%)
    "blind25": 0.78,  # SEALED in session 8: 122/150 = 81.3% (81.3%)
    "train7": 0.77,  # written as training in session 8, not tuned on: 121/151 = 80.1% (80.1%)
    # Session 9 sets (15:20-15:50 UTC on 2026-11-28); the score at session start (b75c0a4) in
    # brackets, the level at the end first. Far harder than earlier sets (62% at the start).
    "blind26": 0.68,  # SEALED in session 9: 102/164 = 62.2% (61.6%); 117 = 71.3% tuned on in session 10
    "blind27": 0.61,  # SEALED in session 9: 101/172 = 58.7% (58.7%); 110 = 64.0% tuned on in session 10
    "blind28": 0.69,  # SEALED in session 9: 103/156 = 66.0% (66.0%); 112 = 71.8% tuned on in session 10
    # Session 10 sets (02:45-03:33 UTC on 2026-11-29); the score at session start (15002ff) in
    # brackets, the level at the end (446a54f) first: the session's rules found no more of them.
    "blind29": 0.78,  # SEALED in session 10: 122/150 = 81.3% (81.3%)
    "blind30": 0.78,  # SEALED in session 10: 122/150 = 81.3% (81.3%)
    "blind31": 0.82,  # SEALED in session 10: 128/150 = 85.3% (85.3%)
    # Session 11 sets; the score at session start (654b363) in brackets, the level at the end first.
    # blind32-34 were the session's validation sets (read and fixed from after the thorough-only
    # rule table was measured on them); blind35 was the test set, read by nobody.
    "blind32": 0.72,  # validation in session 11: 112/150 = 74.7% (75.3%)
    "blind33": 0.72,  # validation in session 11: 113/150 = 75.3% (75.3%)
    "blind34": 0.78,  # validation in session 11: 122/150 = 81.3% (75.3%)
    "blind35": 0.73,  # SEALED in session 11 (test): 114/150 = 76.0% (80.7%): thorough-only rules
}
# Ceilings for false alarms per 1,000 words of clean prose. The target is 1.0; sets above it today
# get today's level plus a small margin: lower them to 1.0 as the false alarms go.
CLEAN_CEILINGS = {
    "train2/clean/docs": 1.0,  # 0 in 3,883 words
    "blind2/clean/docs": 1.0,  # 0 in 3,886
    "blind3/clean/docs": 1.0,  # 0 in 4,299
    "cleanA/docs": 1.0,  # 0 in 11,041
    "blind4/clean/docs": 1.0,  # 0 in 3,631
    "blind5/clean/docs": 1.0,  # 1 in 3,780 (0.26)
    "blind6/clean/docs": 2.3,  # held-out in session 3: 8 in 4,066 (1.97)
    "cleanB/docs": 1.2,  # held-out in session 3: 11 in 11,557 (0.95)
    "cleanC/docs": 1.0,  # 0 in 8,496
    "blind7/clean/docs": 1.35,  # held-out in session 3: 3 in 3,068 (0.98)
    "train3/clean/docs": 1.0,  # 2 in 3,831 (0.52)
    "train4/clean/docs": 1.1,  # 3 in 3,698 (0.81)
    "blind8/clean/docs": 1.3,  # SEALED in session 3: 4 in 4,061 (0.98; 1.48 at e03e3f7)
    "blind9/clean/docs": 1.45,  # SEALED in session 3: 5 in 4,277 (1.17; 0.94 at e03e3f7)
    "blind10/clean/docs": 1.0,  # SEALED in session 3: 2 in 4,007 (0.50; 1.00 at e03e3f7)
    "cleanD/docs": 1.45,  # SEALED in session 3: 15 in 12,219 (1.23; 1.64 at e03e3f7)
    "blind11/clean/docs": 1.5,  # SEALED in session 4: 9 in 4,027 (2.23; 2.23 at 9006811); 5 (1.24) at the end of session 5
    "blind12/clean/docs": 1.0,  # SEALED in session 4: 1 in 3,887 (0.26; 0 at 9006811)
    "blind13/clean/docs": 1.25,  # SEALED in session 4: 4 in 4,141 (0.97; 1.69 at 9006811)
    "cleanE/docs": 1.4,  # SEALED in session 4: 17 in 11,514 (1.48; 1.56 at 9006811); 13 (1.13) at the end of session 5
    "blind14/clean/docs": 1.0,  # SEALED in session 5: 1 in 3,904 (0.26; 0.51 at 4847e9e)
    "blind15/clean/docs": 1.25,  # SEALED in session 5: 4 in 4,083 (0.98; 0.98 at 4847e9e)
    "blind16/clean/docs": 1.3,  # SEALED in session 5: 4 in 3,915 (1.02; 1.02 at 4847e9e)
    "cleanF/docs": 1.4,  # SEALED in session 5: 14 in 12,477 (1.12; 1.36 at 4847e9e)
    "cleanG/docs": 2.45,  # SEALED in session 5: 26 in 11,847 (2.19; 2.36 at 4847e9e)
    "blind17/clean/docs": 1.0,  # SEALED in session 6: 3 in 3,767 (0.80; 0.80 at 1350f8a)
    "blind18/clean/docs": 2.85,  # SEALED in session 6: 10 in 3,854 (2.59; 2.85 at 1350f8a)
    "blind19/clean/docs": 1.8,  # SEALED in session 6: 6 in 3,903 (1.54; 1.54 at 1350f8a)
    "cleanH/docs": 1.45,  # SEALED in session 6: 15 in 12,078 (1.24; 1.24 at 1350f8a)
    "cleanI/docs": 1.0,  # SEALED in session 6: 8 in 11,982 (0.67; 0.75 at 1350f8a)
    "blind23/clean/docs": 1.9,  # SEALED in session 8: 7 in 4,280 (1.64; 2.10 at 9d5ab49)
    "blind24/clean/docs": 1.75,  # SEALED in session 8: 6 in 4,005 (1.50; 1.50 at 9d5ab49)
    "blind25/clean/docs": 1.0,  # SEALED in session 8: 3 in 4,170 (0.72; 0.72 at 9d5ab49)
    "cleanL/docs": 1.35,  # SEALED in session 8: 14 in 11,952 (1.17; 1.34 at 9d5ab49)
    "cleanM/docs": 2.1,  # SEALED in session 8: 23 in 11,986 (1.92; 2.09 at 9d5ab49)
    "train7/clean/docs": 1.65,  # session-8 training, not tuned on: 6 in 4,250 (1.41; 1.41)
    "cleanT3/docs": 1.35,  # session-8 training, not tuned on: 14 in 11,926 (1.17; 1.26)
    "cleanT4/docs": 1.75,  # session-8 training, not tuned on: 19 in 11,949 (1.59; 1.67)
    "blind26/clean/docs": 1.1,  # SEALED in session 9: 5 in 3,709 (1.35; 1.35 at b75c0a4); 3 tuned in s10
    "blind27/clean/docs": 0.85,  # SEALED in session 9: 4 in 3,765 (1.06; 1.59 at b75c0a4); 2 tuned in s10
    "blind28/clean/docs": 0.6,  # SEALED in session 9: 8 in 3,644 (2.20; 2.47 at b75c0a4); 1 tuned in s10
    "cleanN/docs": 0.8,  # SEALED in session 9: 13 in 12,006 (1.08; 1.25 at b75c0a4); 7 tuned in s10
    "cleanO/docs": 0.8,  # SEALED in session 9: 12 in 11,990 (1.00; 1.25 at b75c0a4); 7 tuned in s10
    "blind29/clean/docs": 1.4,  # SEALED in session 10: 5 in 4,449 (1.12; 1.12 at 15002ff)
    "blind30/clean/docs": 2.3,  # SEALED in session 10: 9 in 4,361 (2.06; 2.06 at 15002ff)
    "blind31/clean/docs": 1.25,  # SEALED in session 10: 4 in 4,145 (0.97; 1.21 at 15002ff)
    "cleanP/docs": 1.2,  # SEALED in session 10: 12 in 11,908 (1.01; 1.01 at 15002ff)
    "cleanQ/docs": 1.45,  # SEALED in session 10: 16 in 12,352 (1.30; 1.38 at 15002ff)
    # Session 11: validation (blind32-34, cleanR, cleanS) and test (blind35, cleanT, cleanU) sets;
    # the level at the end, then at session start (654b363)
    "blind32/clean/docs": 1.4,  # validation: 5 in 4,449 (1.12; 2.70 at 654b363)
    "blind33/clean/docs": 0.75,  # validation: 2 in 4,189 (0.48; 0.95)
    "blind34/clean/docs": 0.5,  # validation: 1 in 4,480 (0.22; 0.45)
    "cleanR/docs": 0.7,  # validation: 6 in 12,295 (0.49; 1.06)
    "cleanS/docs": 1.45,  # validation: 15 in 11,995 (1.25; 1.83)
    "blind35/clean/docs": 0.7,  # SEALED (test): 2 in 4,479 (0.45; 1.56)
    "cleanT/docs": 1.2,  # SEALED (test): 12 in 12,058 (1.00; 1.33)
    "cleanU/docs": 1.35,  # SEALED (test): 14 in 11,873 (1.18; 1.26)
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
