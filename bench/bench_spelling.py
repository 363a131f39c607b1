"""Spelling checker speed and false-alarm rate; prints tables (no assertions).

    .venv/bin/python bench/bench_spelling.py [EXTRA.md ...]

Speed: a ~20k- and ~100k-word document built from the dev corpus, first run (word list load and
empty caches) and warm runs, plus re-checking one changed paragraph. False alarms: flags per 1,000
prose words on the dev corpus and seed draft (carefully spelt; none of their annotated faults are
typos) and on any extra files given.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from editor_app.core.checks.spelling import SpellingChecker, default_lexicon  # noqa: E402
from editor_app.core.prose import extract_prose  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
SEED = ROOT / "tests" / "fixtures" / "seed-draft.md"


def words_in(text: str) -> int:
    return sum(len(re.findall(r"[^\W\d_]+", s.text)) for s in extract_prose(text))


def timed(fn, repeat: int = 1) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    bodies = [p.read_text(encoding="utf-8").split("---", 2)[-1] for p in sorted(CORPUS.glob("*.md"))]
    base = "\n\n".join(bodies)
    n_base = words_in(base)
    print("| case | words | time |")
    print("|---|---:|---:|")
    load = timed(default_lexicon)
    print(f"| load word lists | - | {load * 1000:.0f} ms |")
    for target in (20_000, 100_000):
        text = "\n\n".join([base] * max(1, round(target / n_base)))
        n = words_in(text)
        checker = SpellingChecker()
        first = timed(lambda text=text, checker=checker: checker.check(text))
        warm = timed(lambda text=text, checker=checker: checker.check(text), repeat=3)
        print(f"| full check, first run | {n} | {first * 1000:.0f} ms |")
        print(f"| full check, warm | {n} | {warm * 1000:.0f} ms |")
        segs = extract_prose(text)
        one = [segs[len(segs) // 2]]
        para = timed(lambda text=text, one=one, checker=checker: checker.check_segments(text, one), repeat=5)
        print(f"| one paragraph re-check | {len(one[0].text.split())} | {para * 1000:.2f} ms |")

    print()
    print("| file | words | flags | per 1,000 words | flagged |")
    print("|---|---:|---:|---:|---|")
    files = [*sorted(CORPUS.glob("*.md")), SEED, *map(Path, sys.argv[1:])]
    checker = SpellingChecker()
    total_w = total_f = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        n = words_in(text)
        flags = [text[i.start : i.end] for i in checker.check(text)]
        total_w += n
        total_f += len(flags)
        print(f"| {path.name} | {n} | {len(flags)} | {1000 * len(flags) / max(n, 1):.2f} | {', '.join(flags[:8])} |")
    print(f"| **total** | {total_w} | {total_f} | {1000 * total_f / max(total_w, 1):.2f} | |")


if __name__ == "__main__":
    main()
