"""Live checks in the editor: UI-thread cost per keystroke and keystroke-to-underline latency.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_checks_ui.py

Builds ~1k / 20k / 100k-word documents from the dev corpus, loads each into a QPlainTextEdit with
``attach_checks`` (built-in rules + spelling on the app's TaskRunner) and the Issues panel, waits
for the first full check, then types in a middle paragraph. Reports, per size (ms):

* key: handling one key event (Qt's edit + our contentsChange handlers + request bookkeeping);
* open_result: applying the first full result after the document was loaded (one-off);
* result: applying one check result while typing (mapping, diffing, setExtraSelections);
* panel: one Issues panel rebuild;
* latency: from typing the last letter of "in an attempt to" to its underline being shown.

A table, no assertions (targets: key p95 <= 8 ms; latency at 20k words <= 100 ms).
"""

from __future__ import annotations

import os
import re
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from editor_app.core import frontmatter  # noqa: E402
from editor_app.ui.checks import IssuesPanel, attach_checks  # noqa: E402
from editor_app.ui.tasks import TaskRunner  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


def corpus_text() -> str:
    bodies = [frontmatter.split(p.read_text(encoding="utf-8")).body for p in sorted(CORPUS.glob("*.md"))]
    return "\n\n".join(b.strip() for b in bodies)


def document(words: int) -> str:
    base = corpus_text()
    n = len(re.findall(r"\w+", base))
    out = []
    total = 0
    while total < words:
        out.append(base)
        total += n
    text = "\n\n".join(out)
    # cut to about the wanted size at a paragraph boundary
    paras = text.split("\n\n")
    kept, count = [], 0
    for p in paras:
        kept.append(p)
        count += len(re.findall(r"\w+", p))
        if count >= words:
            break
    return "\n\n".join(kept) + "\n"


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def wait_until(app: QApplication, cond, timeout: float = 30.0) -> bool:  # type: ignore[no-untyped-def]
    end = time.perf_counter() + timeout
    while time.perf_counter() < end:
        app.processEvents()
        if cond():
            return True
        time.sleep(0.0005)
    return False


def run(app: QApplication, words: int) -> dict[str, float]:
    editor = QPlainTextEdit()
    editor.resize(900, 700)
    editor.show()
    runner = TaskRunner()
    editor.setPlainText(document(words))
    ctrl = attach_checks(editor, runner, dictionary_path=Path("/nonexistent/dictionary.txt"))
    panel = IssuesPanel(refresh_ms=120)
    panel.set_controller(ctrl)
    panel.show()
    results: list[float] = []
    panels: list[float] = []
    show, refresh = ctrl._show, panel.refresh

    def timed_show(group, result):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        show(group, result)
        results.append((time.perf_counter() - t) * 1000)

    def timed_refresh() -> None:
        t = time.perf_counter()
        refresh()
        panels.append((time.perf_counter() - t) * 1000)

    ctrl._show = timed_show  # type: ignore[method-assign]
    panel._timer.timeout.disconnect()
    panel._timer.timeout.connect(timed_refresh)
    wait_until(app, lambda: len(results) >= 2, 60)
    first_issues = len(ctrl.issues())
    first_results = list(results)
    results.clear()

    # go to the middle paragraph and type
    doc = editor.document()
    block = doc.findBlockByNumber(doc.blockCount() // 2)
    while block.isValid() and (len(block.text()) < 40 or not block.text()[:1].isalpha()):
        block = block.next()
    cur = QTextCursor(block)
    cur.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cur)
    keys: list[float] = []
    latencies: list[float] = []
    for _round in range(6):
        phrase = " They met in an attempt to"
        for i, ch in enumerate(phrase):
            t = time.perf_counter()
            QTest.keyClick(editor, ch)
            keys.append((time.perf_counter() - t) * 1000)
            if i == len(phrase) - 1:
                start = editor.textCursor().position() - len("in an attempt to")
                t0 = time.perf_counter()
                ok = wait_until(
                    app,
                    lambda s=start: any(li.start == s and li.issue.category == "wordy_phrase" for li in ctrl.issues()),
                    10,
                )
                if ok:
                    latencies.append((time.perf_counter() - t0) * 1000)
            else:
                wait_until(app, lambda: False, 0.03)  # ~30 ms between keys, a fast typist
        QTest.keyClick(editor, Qt.Key.Key_Period)
    wait_until(app, lambda: False, 1.0)
    runner.wait_for_done(10000)
    editor.close()
    panel.close()
    return {
        "words": words,
        "issues": first_issues,
        "key_p50": pct(keys, 0.5),
        "key_p95": pct(keys, 0.95),
        "key_max": max(keys),
        "open_result": max(first_results),
        "result_p50": pct(results, 0.5),
        "result_p95": pct(results, 0.95),
        "panel_p50": pct(panels, 0.5),
        "panel_max": max(panels) if panels else float("nan"),
        "latency_p50": statistics.median(latencies) if latencies else float("nan"),
        "latency_max": max(latencies) if latencies else float("nan"),
    }


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    rows = [run(app, n) for n in (1000, 20000, 100000)]  # type: ignore[arg-type]
    cols = list(rows[0])
    print(" | ".join(f"{c:>11}" for c in cols))
    for r in rows:
        print(" | ".join(f"{r[c]:>11.1f}" if isinstance(r[c], float) else f"{r[c]:>11}" for c in cols))


if __name__ == "__main__":
    main()
