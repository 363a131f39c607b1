"""Where a cold built-in pass spends its time, rule by rule; prints a table (not a test).

    .venv/bin/python bench/bench_rules.py [--words N] [--repeat R]

The same ~100k-word document and the same cold start (empty caches) as ``bench_checks.py``, one
core. Every per-paragraph rule, the boilerplate and chatbot rules, the segment analysis and the
document-wide repeated-phrase rule are wrapped with a CPU-time counter; the table lists each one's
share. Each row is exclusive (a timed function's timed callees are not counted in it; the shared
per-segment tables ``Analysis.word_forms`` etc. have rows of their own), and the timers' own cost
is estimated and shown apart. A rule's time still includes whatever per-word caches it fills first
(the first rule to ask for a word's lemma pays for it), so compare rows between two trees, not
within one.
The total is CPU time (``process_time``, steadier than wall time on a busy machine); each part is
wall time (``perf_counter``), because ``process_time`` is a system call costing ~12 us here and
timing 40,000 calls with it added 1 s to the pass. Run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# It wraps methods of the rule classes (``text.Analysis``), which the mypyc-compiled build does not
# allow: profile the pure Python rules (editor_app.core.checks.native).
os.environ.setdefault("EDITOR_APP_PURE_CHECKS", "1")
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_checks  # noqa: E402

from editor_app.core.checks import builtin as BI  # noqa: E402
from editor_app.core.checks.builtin import BuiltinChecker  # noqa: E402
from editor_app.core.checks.builtin import text as T  # noqa: E402

TIMES: dict[str, float] = {}
CALLS: dict[str, int] = {}
_STACK: list[float] = [0.0]  # time spent in timed callees of each open timed call


def _wrap(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    """Time ``fn`` exclusively: what its timed callees take is theirs, not its (a rule that asks
    for the segment's analysis first does not pay for it), so the rows add up."""
    def timed(*args: Any, **kwargs: Any) -> Any:
        _STACK.append(0.0)
        t = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            spent = time.perf_counter() - t
            inner = _STACK.pop()
            TIMES[name] = TIMES.get(name, 0.0) + spent - inner
            CALLS[name] = CALLS.get(name, 0) + 1
            _STACK[-1] += spent

    return timed


def _wrap_memo(name: str, method: Callable[..., Any], attr: str) -> Callable[..., Any]:
    """A shared per-analysis table (``Analysis.word_forms`` ..., kept in the attribute ``attr``
    once built): only the call that builds it is timed (the many look-ups after it would cost
    more to time than they take)."""
    build = _wrap(name, method)

    def memo(an: Any, *args: Any) -> Any:
        if getattr(an, attr) is not None:
            return method(an, *args)
        return build(an, *args)

    return memo


def _timer_cost() -> float:
    """Seconds one timed call adds (two clock reads and the bookkeeping), measured on a no-op."""
    def nop() -> None:
        return None

    wrapped = _wrap("(calibration)", nop)
    n = 20_000
    t = time.perf_counter()
    for _ in range(n):
        nop()
    bare = time.perf_counter() - t
    t = time.perf_counter()
    for _ in range(n):
        wrapped()
    cost = (time.perf_counter() - t - bare) / n
    TIMES.clear()
    CALLS.clear()
    return max(cost, 0.0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3, help="cold passes; the fastest total is shown")
    args = ap.parse_args()
    os.environ["EDITOR_APP_NO_FORK"] = "1"
    big = bench_checks.build_document(args.words)
    BuiltinChecker().check("Warm up in order to load the data files.")

    BI._SEGMENT_RULES = tuple(_wrap(f.__name__, f) for f in BI._SEGMENT_RULES)
    for name in ("analyse_cached", "check_boilerplate", "check_chrome", "check_chatbot", "find_repeated_phrases",
                 "extract_prose", "split_blocks", "_first_of_overlapping", "_to_issue"):
        setattr(BI, name, _wrap(name, getattr(BI, name)))
    # the shared per-segment tables some rule builds first for all the others
    for meth, attr in (("word_forms", "forms"), ("sentence_lows", "lows_by_sentence"),
                       ("sentence_words", "words_by_sentence")):
        setattr(T.Analysis, meth, _wrap_memo(f"Analysis.{meth} (shared)", getattr(T.Analysis, meth), attr))
    cost = _timer_cost()

    best: tuple[float, dict[str, float]] | None = None
    for _ in range(args.repeat):
        TIMES.clear()
        CALLS.clear()
        bench_checks.clear_caches()
        t = time.process_time()
        BuiltinChecker().check(big)
        total = time.process_time() - t
        if best is None or total < best[0]:
            best = (total, dict(TIMES), sum(CALLS.values()))
    assert best is not None
    total, times, calls = best
    print(f"cold built-in pass, one core, {len(big.split()):,} words, best of {args.repeat}; "
          f"load {os.getloadavg()[0]:.1f}")
    print(f"{'part':32s} | {'ms':>7s} | share")
    print(f"{'-' * 32}-+-{'-' * 7}-+------")
    for name, secs in sorted(times.items(), key=lambda kv: -kv[1]):
        print(f"{name:32s} | {secs * 1000:7.0f} | {secs / total:5.1%}")
    overhead = calls * cost
    rest = total - sum(times.values()) - overhead
    print(f"{'(everything else)':32s} | {rest * 1000:7.0f} | {rest / total:5.1%}")
    print(f"{'(the timers themselves)':32s} | {overhead * 1000:7.0f} | {overhead / total:5.1%}"
          f"   {calls:,} timed calls x {cost * 1e6:.2f} us")
    print(f"{'TOTAL':32s} | {total * 1000:7.0f} |")


if __name__ == "__main__":
    main()
