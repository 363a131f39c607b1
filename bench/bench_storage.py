"""Document/storage timings at 1k, 20k and 100k words: load, keystroke bookkeeping, save, snapshot.

Run: .venv/bin/python bench/bench_storage.py   (uses a temporary EDITOR_APP_HOME; prints a table)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from editor_app.core.document import load_document  # noqa: E402
from editor_app.core.storage.recovery import RecoveryJournal  # noqa: E402

WORDS = ["the", "quick", "brown", "fox", "jumps", "over", "a", "lazy", "dog", "while", "writers", "draft", "careful", "articles"]


def make_text(n_words: int) -> str:
    head = "---\ntitle: Benchmark\ntags: [a, b]\n---\n"
    lines, words = [], []
    for i in range(n_words):
        words.append(WORDS[i % len(WORDS)])
        if len(words) == 12:
            lines.append(" ".join(words) + ".")
            words = []
    paras = ["\n".join(lines[i : i + 6]) for i in range(0, len(lines), 6)]
    return head + "\n\n".join(f"## Section {i}\n\n{p}" for i, p in enumerate(paras)) + "\n"


def ms(samples: list[float]) -> str:
    samples = sorted(samples)
    p95 = samples[min(len(samples) - 1, int(len(samples) * 0.95))]
    return f"{statistics.median(samples) * 1000:7.2f} / {p95 * 1000:7.2f}"


def main() -> None:
    print(f"{'words':>7} | {'load ms p50/p95':>17} | {'set_text+dirty':>17} | {'front matter':>17} |"
          f" {'save (fsync)':>17} | {'journal snapshot':>17}")
    print("-" * 112)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for n in (1_000, 20_000, 100_000):
            path = root / f"doc{n}.md"
            text = make_text(n)
            path.write_text(text)
            loads = []
            for _ in range(10):
                t = time.perf_counter()
                doc = load_document(path)
                loads.append(time.perf_counter() - t)
            keys = []
            fms = []
            for i in range(50):
                t = time.perf_counter()
                doc.set_text(doc.text[:500] + "x" + doc.text[500:])
                _ = doc.is_dirty
                keys.append(time.perf_counter() - t)
                t = time.perf_counter()
                _ = doc.front_matter.title
                fms.append(time.perf_counter() - t)
                del i
            saves = []
            for _ in range(10):
                doc.set_text(doc.text + "y")
                t = time.perf_counter()
                doc.save()
                saves.append(time.perf_counter() - t)
            journal = RecoveryJournal(root / "recovery")
            journal.open_session()
            snaps = []
            for i in range(10):
                t = time.perf_counter()
                journal.snapshot("d", path, "Benchmark", doc.text + str(i), 10)
                snaps.append(time.perf_counter() - t)
            journal.close()
            print(f"{n:>7} | {ms(loads)} | {ms(keys)} | {ms(fms)} | {ms(saves)} | {ms(snaps)}")


if __name__ == "__main__":
    main()
