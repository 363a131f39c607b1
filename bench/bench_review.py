"""Review mode costs per keystroke on long articles (prints a table; no assertions).

Run: .venv/bin/python bench/bench_review.py
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from editor_app.core import review, review_render


def article(words: int, marks: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    vocab = ["the", "river", "ran", "past", "old", "mills", "and", "quiet", "towns", "people", "fished", "at", "dawn"]
    paras = []
    for _ in range(words // 80):
        paras.append(" ".join(rng.choice(vocab) for _ in range(80)) + ".")
    text = "\n\n".join(paras)
    for _ in range(marks):
        i = text.index(" ", rng.randrange(len(text) - 20))
        kind = rng.choice(["{++new ++}", "{--old --}", "{~~a~>b~~}", "{>>@ana: why?<<}"])
        if "{" not in text[max(0, i - 20) : i + 20]:
            text = text[: i + 1] + kind + text[i + 1 :]
    return text


def per_call(fn: Callable[[], object], n: int = 20) -> float:
    t = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - t) / n * 1000


def main() -> None:
    print(f"{'words':>7} {'marks':>6} {'chars':>8} | {'parse':>7} {'accepted':>9} {'type 1 ch':>10} "
          f"{'backspace':>10} {'preview':>8} (ms per call)")
    for words, marks in ((2_000, 10), (20_000, 50), (20_000, 500)):
        row(article(words, marks), words)


def row(text: str, words: int) -> None:
    mid = len(text) // 2
    print(
        f"{words:>7} {len(review.parse(text)):>6} {len(text):>8} | "
        f"{per_call(lambda: review.parse(text)):>7.2f} "
        f"{per_call(lambda: review.accepted_view(text)):>9.2f} "
        f"{per_call(lambda: review.record_edit(text, mid, mid, 'x')):>10.2f} "
        f"{per_call(lambda: review.record_backspace(text, mid)):>10.2f} "
        f"{per_call(lambda: review_render.preprocess(text, 'markup')):>8.2f}"
    )

if __name__ == "__main__":
    main()
