"""Mine every same-family word pair in one sentence from annotated corpus folders, with the
features a cognate-repetition decision can use, and label each one: a fault the checker misses
(the pair touches a ``cognate_repetition`` annotation no cognate issue covers), a pair the checker
already flags, or a plain pair (in a clean folder every such pair is fine prose).

usage: python tools/mine_cognate_pairs.py --faulty DIR... --clean DIR... [--out pairs.jsonl]

Used to choose ``cognates_extra``'s learned-shape rule (``cognate-family:near``); writes one JSON
object per pair.
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

from editor_app.core.checks import registry  # noqa: E402
from editor_app.core.checks.builtin import CHECKED_KINDS  # noqa: E402
from editor_app.core.checks.builtin import cognates_extra as cx  # noqa: E402
from editor_app.core.checks.builtin.repetition import sentence_words  # noqa: E402
from editor_app.core.checks.builtin.text import analyse_cached  # noqa: E402


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < max(a1, a0 + 1)


def mine(doc: Path, checker: Any, clean: bool) -> list[dict[str, Any]]:
    text = doc.read_text(encoding="utf-8")
    gold_path = doc.with_suffix(".json")
    anns = [] if clean or not gold_path.exists() else json.loads(gold_path.read_text(encoding="utf-8"))["annotations"]
    cog = [a for a in anns if a["category"] == "cognate_repetition"]
    issues = checker.check(text)
    cog_issues = [i for i in issues if i.category == "cognate_repetition"]
    other_issues = [i for i in issues if i.category != "cognate_repetition"]
    rows: list[dict[str, Any]] = []
    # family counts over the whole document (how often the article names the family)
    doc_fam: Counter[Any] = Counter()
    segs = [(base, seg) for base, seg in checker.segments(text) if seg.kind in CHECKED_KINDS]
    for _, seg in segs:
        an = analyse_cached(seg.text)
        for t in an.words:
            f = cx.family(t.text)
            if f is not None:
                doc_fam[f] += 1
    for base, seg in segs:
        an = analyse_cached(seg.text)
        for words in sentence_words(an):
            fams = [cx.family(t.text) for t in words]
            for i in range(len(words)):
                if fams[i] is None:
                    continue
                for j in range(i + 1, len(words)):
                    if fams[j] != fams[i]:
                        continue
                    a, b = words[i], words[j]
                    s0, s1 = (base + x for x in seg.source_span(a.start, a.end))
                    t0, t1 = (base + x for x in seg.source_span(b.start, b.end))
                    gold = [g for g in cog if _overlap(g["start"], g["end"], s0, s1) or _overlap(g["start"], g["end"], t0, t1)]
                    flagged = any(_overlap(i2.start, i2.end, s0, s1) or _overlap(i2.start, i2.end, t0, t1) for i2 in cog_issues)
                    other = any(_overlap(i2.start, i2.end, t0, t1) for i2 in other_issues)
                    between = an.tokens[a.index + 1 : b.index]
                    rows.append({
                        "doc": str(doc), "clean": clean, "a": a.text, "b": b.text,
                        "a_span": [s0, s1], "b_span": [t0, t1],
                        "gold": bool(gold), "gold_b": any(_overlap(g["start"], g["end"], t0, t1) for g in gold),
                        "ann": [g["start"] for g in gold],
                        "flagged": flagged, "other": other,
                        "dist": j - i, "between": " ".join(t.text for t in between),
                        "ra": cx.role(an, a), "rb": cx.role(an, b),
                        "a_cap": a.is_cap, "b_cap": b.is_cap, "a_quoted": a.quoted, "b_quoted": b.quoted,
                        "light": cx._content_family(a.lower) is None or cx._content_family(b.lower) is None,
                        "docfam": doc_fam[fams[i]],
                        "sent": an.text[an.tokens[an.sentences[a.sentence].first].start:
                                        an.tokens[an.sentences[a.sentence].last - 1].end][:300],
                    })
    return rows


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--faulty", nargs="*", type=Path, default=[])
    ap.add_argument("--clean", nargs="*", type=Path, default=[])
    ap.add_argument("--out", type=Path, default=Path("/tmp/cognate_pairs.jsonl"))
    args = ap.parse_args(argv)
    checker = registry.create("builtin", registry.CheckerOptions())
    n = 0
    words: Counter[str] = Counter()
    with args.out.open("w", encoding="utf-8") as fh:
        for folders, clean in ((args.faulty, False), (args.clean, True)):
            for folder in folders:
                for doc in sorted(folder.glob("*.md")):
                    words[str(folder)] += len(doc.read_text(encoding="utf-8").split())
                    for row in mine(doc, checker, clean):
                        row["set"] = str(folder)
                        fh.write(json.dumps(row) + "\n")
                        n += 1
    (args.out.with_suffix(".words.json")).write_text(json.dumps(words))
    print(f"{n} pairs -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
