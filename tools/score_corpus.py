"""Score the built-in checker on annotated corpus folders, the way issue 3 counts.

One-to-one recall with the right category (an issue accounts for at most one annotation it
overlaps and whose category it names; maximum bipartite matching), per category, plus issues that
overlap no annotation (false alarms, per 1,000 words). A folder without ``*.json`` gold files is
scored as clean prose: every issue is a false alarm.

usage: python tools/score_corpus.py DIR... [--misses CATEGORY|all] [--strays] [--quiet]

Runs the checker in this process (``pipeline.run`` with the ``builtin`` checker), so it measures
the working tree.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "unit"))

from corpus_scoring import matched, overlaps  # noqa: E402

from editor_app.core.checks import pipeline, registry  # noqa: E402
from editor_app.core.checks.pipeline import to_json  # noqa: E402


def _issues(text: str, checker: Any) -> list[dict[str, Any]]:
    return to_json(text, pipeline.run(text, [checker]).issues)


def _context(text: str, start: int, end: int) -> str:
    s = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start)) + 1
    e = text.find("\n", end)
    e = len(text) if e < 0 else e
    return text[s:e].strip()[:260]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--misses", default="", help="list missed annotations of this category (or 'all')")
    ap.add_argument("--strays", action="store_true", help="list issues that overlap no annotation")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--by-rule", action="store_true", help="per rule id: issues that hit a fault vs strays")
    args = ap.parse_args(argv)
    checker = registry.create("builtin", registry.CheckerOptions())
    gold_n: Counter[str] = Counter()
    hit_n: Counter[str] = Counter()
    words = 0
    strays: list[str] = []
    misses: list[str] = []
    rule_hit: Counter[str] = Counter()
    rule_stray: Counter[str] = Counter()
    for folder in args.dirs:
        for doc in sorted(folder.glob("*.md")):
            text = doc.read_text(encoding="utf-8")
            gold_path = doc.with_suffix(".json")
            gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else None
            anns = gold["annotations"] if gold else []
            words += gold["words"] if gold else len(text.split())
            issues = _issues(text, checker)
            got = matched(anns, issues)
            for k, a in enumerate(anns):
                gold_n[a["category"]] += 1
                if k in got:
                    hit_n[a["category"]] += 1
                elif args.misses in ("all", a["category"]):
                    misses.append(f"  MISS {doc.name} [{a['category']}] {a['text']!r}\n"
                                  f"       in: {_context(text, a['start'], a['end'])}")
            for it in issues:
                key = f"{it['category']}/{it['rule']}"
                if any(overlaps(a, it) and a["category"] == it["category"] for a in anns):
                    rule_hit[key] += 1
                elif not any(overlaps(a, it) for a in anns):
                    rule_stray[key] += 1
                if not any(overlaps(a, it) for a in anns):
                    strays.append(f"  FA {doc.name}:{it['line']} [{it['category']}] "
                                  f"{text[it['start']:it['end']]!r} {it['message'][:90]}")
    total_g, total_h = sum(gold_n.values()), sum(hit_n.values())
    if total_g:
        print(f"{'category':24}{'gold':>6}{'hit':>6}{'recall':>9}")
        for cat in sorted(gold_n):
            print(f"{cat:24}{gold_n[cat]:>6}{hit_n[cat]:>6}{hit_n[cat] / gold_n[cat]:>9.1%}")
        print(f"{'OVERALL':24}{total_g:>6}{total_h:>6}{total_h / total_g:>9.1%}")
    per_k = len(strays) * 1000 / words if words else 0.0
    print(f"words {words}; issues overlapping no annotation: {len(strays)} ({per_k:.2f} per 1,000 words)")
    if args.by_rule:
        print(f"{'category/rule':58}{'hits':>6}{'strays':>8}")
        for key in sorted(set(rule_hit) | set(rule_stray), key=lambda k: (-rule_stray[k], k)):
            print(f"{key:58}{rule_hit[key]:>6}{rule_stray[key]:>8}")
    if not args.quiet:
        if args.strays or not total_g:
            print("\n".join(strays))
        if misses:
            print("\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
