"""Built-in checker speed; prints a table (no assertions, not a test).

    .venv/bin/python bench/bench_checks.py

1. A full built-in pass over a ~100k-word Markdown document (target <= 1 s), cold (empty caches),
   next to proselint on the same text in the same run.
2. Incremental re-check after one keystroke in a ~20k-word document (target <= 20 ms): the
   per-paragraph rules (what runs on every keystroke) and the debounced document-wide rule.

The documents are the dev corpus, the clean fixtures and the held-out fixtures, repeated with a
numbered sentence in each paragraph so that no two paragraphs are identical (the per-paragraph
cache would otherwise make the repeats free).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from editor_app.core.checks.builtin import BuiltinChecker, split_blocks  # noqa: E402
from editor_app.core.frontmatter import split as split_front_matter  # noqa: E402

SOURCES = [
    *sorted((ROOT.parent / "shared" / "corpus" / "dev").glob("*.md")),
    *sorted((ROOT / "tests" / "fixtures" / "clean").glob("*.md")),
    *sorted((ROOT / "tests" / "fixtures" / "heldout").glob("*.md")),
]


def build_document(words: int) -> str:
    bodies = [split_front_matter(p.read_text(encoding="utf-8")).body for p in SOURCES]
    out: list[str] = ["---\ntitle: Benchmark\n---\n\n"]
    count = 0
    n = 0
    while count < words:
        for body in bodies:
            for para in body.split("\n\n"):
                n += 1
                if para and para[0].isalpha():
                    para = f"Note {n} follows. {para}"
                out.append(para + "\n\n")
                count += len(para.split())
            if count >= words:
                break
    return "".join(out)


def clear_caches() -> None:
    """Empty every per-word and per-text cache, so a 'cold' pass really is one: every cached
    function of the built-in package that takes an argument (other than a rule data file's
    ``name``, loaded once at start-up), the phrase indexes' per-word plans and any module-level
    per-word table a rule keeps. (Until 2026-11-27 a fixed list missed a dozen caches that rules
    had added, so the second and third "cold" passes ran with them warm.)"""
    import importlib
    import inspect
    import pkgutil

    from editor_app.core.checks import builtin
    from editor_app.core.checks.builtin import phrases

    for info in pkgutil.iter_modules(builtin.__path__):
        mod = importlib.import_module(f"{builtin.__name__}.{info.name}")
        for obj in list(vars(mod).values()):
            if getattr(obj, "__module__", None) != mod.__name__ or not hasattr(obj, "cache_clear"):
                continue
            # (a per-word table, ``repetition.WordTable``, is a dict: compiled by mypyc, its
            # ``__call__`` has no signature to read)
            params = ["word"] if isinstance(obj, dict) else list(inspect.signature(obj).parameters)
            if params and params != ["name"]:
                obj.cache_clear()
        # per-word tables: word -> triggers or concept (pleonasm_classes, redundancy), the words
        # among them that start a rule or have a concept; leftovers: pattern orders
        for table in ("_SEEN", "_TRIED", "_TRIGGERING", "_GROUPED"):
            seen = getattr(mod, table, None)
            if isinstance(seen, (dict, set)):
                seen.clear()
    phrases.clear_plans()


def clear_text_caches() -> None:
    """Empty the caches keyed by a segment's or a block's text (``analyse_cached``, the
    document-wide rule's per-segment profile, the surname finder's), not the per-word ones."""
    import importlib
    import inspect
    import pkgutil

    from editor_app.core.checks import builtin

    for info in pkgutil.iter_modules(builtin.__path__):
        mod = importlib.import_module(f"{builtin.__name__}.{info.name}")
        for obj in list(vars(mod).values()):
            if getattr(obj, "__module__", None) == mod.__name__ and hasattr(obj, "cache_clear") \
                    and not isinstance(obj, dict) \
                    and list(inspect.signature(obj).parameters) in (["text"], ["part"]):  # (dict: a per-word table)
                obj.cache_clear()


def timed(fn, repeat: int = 1, cpu: list[float] | None = None, setup=None) -> list[float]:  # type: ignore[no-untyped-def]
    """Wall-clock seconds of each run; with ``cpu``, this process's CPU seconds are appended to it
    (on a busy machine the CPU time is the steadier figure for one-core work). ``setup`` runs
    before each run, untimed."""
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        c = time.process_time()
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
        if cpu is not None:
            cpu.append(time.process_time() - c)
    return times


def main() -> None:
    big = build_document(100_000)
    mid = build_document(20_000)
    rows: list[tuple[str, str, str, str]] = []

    # Warm imports and rule data once (a real session loads them at start-up).
    BuiltinChecker().check("Warm up in order to load the data files.")

    # A cold pass starts with empty caches. Emptying them (freeing the previous pass's analyses and
    # per-word tables, 30-55 ms) is the harness's work, not the pass's: until 2026-11-28 it was timed.
    def cold_pass() -> None:
        BuiltinChecker().check(big)

    import os

    from editor_app.core.checks.builtin import forked

    forked.allow_fork()  # as the check command does
    os.environ["EDITOR_APP_NO_FORK"] = "1"
    serial_cpu: list[float] = []
    serial = timed(cold_pass, repeat=3, cpu=serial_cpu, setup=clear_caches)
    n_issues = len(BuiltinChecker().check(big))
    rows.append(("built-in, full pass, cold, one core", f"{len(big.split()):,}", f"{min(serial) * 1000:.0f} ms",
                 f"<= 1000 ms; {n_issues} issues; CPU {min(serial_cpu) * 1000:.0f} ms; load {os.getloadavg()[0]:.1f}"))
    # The same pass with every per-word table already filled (the analyses, everything cached by
    # a segment's or block's text and the block cache are new): the gap to the cold row is what
    # filling the tables on first sight of each word costs, which a table built ahead of the pass
    # (like the lemma table) could save.
    tables_cpu: list[float] = []
    timed(cold_pass, repeat=3, cpu=tables_cpu, setup=clear_text_caches)
    rows.append(("built-in, full pass, per-word tables warm, one core", f"{len(big.split()):,}",
                 f"CPU {min(tables_cpu) * 1000:.0f} ms",
                 f"first sight of each word costs {(min(serial_cpu) - min(tables_cpu)) * 1000:.0f} ms CPU of the cold pass"))
    del os.environ["EDITOR_APP_NO_FORK"]
    spare = forked._spare_core()  # what `editor-app check` decides now: fork only with an idle core
    real_spare = forked._spare_core
    forked._spare_core = lambda: True  # time the forked pass either way
    try:
        if forked.can_fork():
            cold = timed(cold_pass, repeat=3, setup=clear_caches)
            rows.append(("built-in, full pass, cold, forked child", f"{len(big.split()):,}",
                         f"{min(cold) * 1000:.0f} ms",
                         f"<= 1000 ms; {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}: `editor-app check` "
                         + ("forks now" if spare else "stays serial now (no idle core)")))
    finally:
        forked._spare_core = real_spare
    warm_checker = BuiltinChecker()
    warm_checker.check(big)
    warm = timed(lambda: warm_checker.check(big), repeat=3)
    rows.append(("built-in, full pass, nothing changed", f"{len(big.split()):,}", f"{min(warm) * 1000:.0f} ms", ""))

    try:
        from proselint.checks import __register__
        from proselint.config import DEFAULT
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile

        CheckRegistry().register_many(__register__)

        config = dict(DEFAULT)
        config["max_errors"] = 10**9
        pl = timed(lambda: LintFile("<bench>", big).lint(config), repeat=1)  # type: ignore[arg-type]
        pl_n = len(LintFile("<bench>", big).lint(config))  # type: ignore[arg-type]
        rows.append(("proselint 0.16, same text", f"{len(big.split()):,}", f"{min(pl) * 1000:.0f} ms",
                     f"{pl_n} results (its own rule set)"))
    except Exception as exc:  # proselint missing or its API changed
        rows.append(("proselint", "-", "-", f"not run: {exc}"))

    # Incremental: one keystroke in the middle paragraph of a 20k-word document.
    checker = BuiltinChecker()
    checker.check(mid)
    blocks = split_blocks(mid)
    a, b = blocks[len(blocks) // 2]
    para_times: list[float] = []
    doc_times: list[float] = []
    text = mid
    for k in range(30):
        pos = a + (b - a) // 2 + k
        text = text[:pos] + "x" + text[pos:]
        para_times.extend(timed(lambda t=text: checker.check_paragraphs(t)))
        doc_times.extend(timed(lambda t=text: checker.check_document(t)))
    rows.append(("keystroke: per-paragraph rules", f"{len(mid.split()):,}",
                 f"{statistics.median(para_times) * 1000:.1f} ms", f"<= 20 ms; max {max(para_times) * 1000:.1f} ms"))
    rows.append(("keystroke: document-wide rule (debounced)", f"{len(mid.split()):,}",
                 f"{statistics.median(doc_times) * 1000:.1f} ms", "repeated_phrase only"))

    from editor_app.core.checks import native
    from editor_app.core.checks.builtin import text as text_module

    rows.insert(0, ("built-in rule modules", "-", "compiled" if native.is_compiled(text_module) else "pure Python",
                    native.status()))
    widths = [max(len(r[i]) for r in [*rows, ("case", "words", "time", "notes")]) for i in range(4)]
    header = ("case", "words", "time", "notes")
    print(" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("-+-".join("-" * w for w in widths))
    for r in rows:
        print(" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))


if __name__ == "__main__":
    main()
