"""Preview speed: full render, incremental render per keystroke, keystroke-to-DOM-patched latency.

Usage: .venv/bin/python bench/bench_preview.py [--no-qt] [--keystrokes N]
Prints one table row per document size (1k, 20k, 100k words). Documents are generated with
headings, paragraphs with emphasis/links/code, lists, fenced code, tables and quotes, like the
documents in ../shared/notes/QT_HEADLESS.md section 5 (Python-Markdown: 94 ms at 20k words).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

WORDS = ["the", "editor", "draft", "article", "writer", "preview", "markdown", "render", "block", "scroll", "line", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "diplomatic", "channel", "tension", "crisis", "officials", "sources", "according", "meeting", "report", "public", "military", "communication", "security", "advisers", "signal", "standoff", "history", "future"]


def generate_document(n_words: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    out: list[str] = ["---", "title: Benchmark article", "tags: [bench]", "---", ""]
    count = 0
    section = 0

    def sentence(k: int) -> str:
        words = [rng.choice(WORDS) for _ in range(k)]
        if k > 6:
            words[2] = f"*{words[2]}*"
            words[5] = f"[{words[5]}](https://example.com/{words[5]})"
        if k > 9:
            words[8] = f"`{words[8]}`"
        return " ".join(words).capitalize() + "."

    while count < n_words:
        section += 1
        out += [f"## Section {section}: {rng.choice(WORDS)}", ""]
        count += 3
        for _ in range(rng.randint(2, 4)):
            para = " ".join(sentence(rng.randint(8, 18)) for _ in range(rng.randint(2, 5)))
            out += [para, ""]
            count += len(para.split())
        kind = section % 4
        if kind == 0:
            items = [f"- {sentence(rng.randint(4, 9))}" for _ in range(rng.randint(3, 6))]
            out += items + [""]
            count += sum(len(i.split()) for i in items)
        elif kind == 1:
            out += ["```python", "def f(x):", "    return x * 2", "", "print(f(21))", "```", ""]
            count += 8
        elif kind == 2:
            out += ["| name | value |", "|------|------:|"]
            out += [f"| {rng.choice(WORDS)} | {rng.randint(1, 999)} |" for _ in range(4)] + [""]
            count += 12
        else:
            q = sentence(rng.randint(10, 20))
            out += [f"> {q}", ""]
            count += len(q.split())
    return "\n".join(out) + "\n"


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def bench_core(text: str, keystrokes: int) -> dict[str, float]:
    from editor_app.core.rendering import BlockRenderer, render_reference_html

    t = []
    for _ in range(3):
        t0 = time.perf_counter()
        render_reference_html(text)
        t.append((time.perf_counter() - t0) * 1000)
    whole = statistics.median(t)

    cold = []
    for _ in range(3):
        r = BlockRenderer()
        t0 = time.perf_counter()
        r.render(text)
        cold.append((time.perf_counter() - t0) * 1000)

    renderer = BlockRenderer()
    previous = renderer.render(text)
    rng = random.Random(7)
    # Type into paragraphs in the middle of the document, one character per keystroke.
    lines = text.split("\n")
    para_lines = [i for i, line in enumerate(lines) if len(line) > 60 and line[0].isalpha()]
    line_no = para_lines[len(para_lines) // 2]
    times = []
    for k in range(keystrokes):
        if k % 40 == 0:
            line_no = rng.choice(para_lines)
        lines[line_no] = lines[line_no][:20] + rng.choice("abcdefgh ") + lines[line_no][20:]
        if k % 25 == 24:  # now and then Enter splits a paragraph: every later block moves
            lines.insert(line_no + 1, "")
            para_lines = [i + 1 if i > line_no else i for i in para_lines]
        new_text = "\n".join(lines)
        t0 = time.perf_counter()
        previous = renderer.render(new_text, previous)
        times.append((time.perf_counter() - t0) * 1000)
    return {
        "whole": whole,
        "cold": statistics.median(cold),
        "inc_p50": pct(times, 50),
        "inc_p95": pct(times, 95),
    }


def bench_qt(text: str, keystrokes: int) -> dict[str, float]:
    """Keystroke (text changed) -> core render -> DOM patched in a real offscreen QWebEngineView."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
    import PySide6.QtWebEngineWidgets  # noqa: F401  (before the QApplication)
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from editor_app.core.rendering import BlockRenderer
    from editor_app.ui.preview import PreviewView

    app = QApplication.instance() or QApplication([])
    view = PreviewView()
    view.resize(900, 700)
    view.show()
    renderer = BlockRenderer()

    def wait_for(signal_owner, timeout_ms: int = 20000) -> None:  # noqa: ANN001
        loop = QEventLoop()
        signal_owner.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        signal_owner.disconnect(loop.quit)

    t0 = time.perf_counter()
    result = renderer.render(text)
    view.show_render(result)
    wait_for(view.render_applied)
    first_paint = (time.perf_counter() - t0) * 1000

    lines = text.split("\n")
    para_lines = [i for i, line in enumerate(lines) if len(line) > 60 and line[0].isalpha()]
    rng = random.Random(3)
    line_no = para_lines[len(para_lines) // 2]
    # The writer reads the middle of the page: patches must keep it in place.
    view.scroll_to_source_line(line_no)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.005)
    times: list[float] = []
    ui: list[float] = []
    for k in range(keystrokes):
        if k % 40 == 0:
            line_no = rng.choice(para_lines)
        lines[line_no] = lines[line_no][:20] + rng.choice("abcdefgh ") + lines[line_no][20:]
        if k % 25 == 24:  # Enter now and then: every later block gets new line numbers
            lines.insert(line_no + 1, "")
            para_lines = [i + 1 if i > line_no else i for i in para_lines]
        new_text = "\n".join(lines)
        t0 = time.perf_counter()
        result = renderer.render(new_text, result)  # the app does this on a worker thread
        t1 = time.perf_counter()
        view.show_render(result)
        ui.append((time.perf_counter() - t1) * 1000)
        wait_for(view.render_applied)
        times.append((time.perf_counter() - t0) * 1000)
    view.close()
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # page before profile
    return {
        "first_paint": first_paint, "dom_p50": pct(times, 50), "dom_p95": pct(times, 95),
        "ui_p95": pct(ui, 95),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-qt", action="store_true", help="skip the QWebEngineView measurement")
    ap.add_argument("--keystrokes", type=int, default=200)
    args = ap.parse_args()
    rows = []
    for n in (1_000, 20_000, 100_000):
        text = generate_document(n)
        words = len(text.split())
        core = bench_core(text, args.keystrokes)
        qt = {} if args.no_qt else bench_qt(text, max(20, args.keystrokes // 4))
        rows.append((n, words, len(text), core, qt))
        print(f"done {n} words", file=sys.stderr)
    head = (
        "| words | KB | markdown.markdown ms | block render cold ms | incremental p50 ms | "
        "incremental p95 ms | page first load ms | keystroke->DOM p50 ms | keystroke->DOM p95 ms | "
        "show_render UI-thread p95 ms |"
    )
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    for _n, words, size, core, qt in rows:
        q = [f"{qt[k]:.1f}" if k in qt else "-" for k in ("first_paint", "dom_p50", "dom_p95", "ui_p95")]
        print(
            f"| {words:,} | {size / 1024:.0f} | {core['whole']:.1f} | {core['cold']:.1f} | "
            f"{core['inc_p50']:.2f} | {core['inc_p95']:.2f} | {q[0]} | {q[1]} | {q[2]} | {q[3]} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
