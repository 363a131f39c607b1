"""Shell speed and memory: start-up, per-keystroke UI-thread time, keystroke-to-preview, PSS.

Usage: .venv/bin/python bench/bench_startup.py [--runs 5] [--keystrokes 60] [--xvfb]

* start -> window: wall time from spawning ``python -m editor_app FILE`` to the window's first
  event-loop turn after show() (the app writes a stamp via EDITOR_APP_TEST_READY_FILE);
  "preview painted" is when the first render reached the web page. Median of --runs.
* keystroke UI time: in-process, real window and preview; one character typed every ~35 ms with
  QTest; per keystroke we add the key event's handling (highlighter, edit hooks, runner requests)
  to any UI-thread work it caused afterwards (applying the preview patch, outline/stats) -> p50/p95.
* keystroke -> preview: from the key press to the preview page having applied the patch
  (PreviewView.render_applied), typing one key at a time -> p50/p95.
* PSS: whole process tree (main + QtWebEngine helpers) of a spawned app with the document open
  and the preview painted (psutil memory_full_info().pss).
Offscreen by default (QT_QPA_PLATFORM=offscreen); --xvfb runs the spawned apps under xvfb-run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from peers import tree_memory  # noqa: E402 - after the path set-up

SIZES = (1_000, 20_000, 100_000)


def _doc(n_words: int, folder: Path) -> Path:
    from docs import document as generate_document

    p = folder / f"doc{n_words // 1000}k.md"
    p.write_text(generate_document(n_words), encoding="utf-8")
    return p


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(EDITOR_APP_HOME=str(home), QTWEBENGINE_DISABLE_SANDBOX="1",
               QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu", PYTHONPATH=str(ROOT))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _spawn(doc: Path, home: Path, ready: Path, xvfb: bool) -> tuple[subprocess.Popen[bytes], float]:
    cmd = [sys.executable, "-m", "editor_app", str(doc)]
    env = _env(home)
    env["EDITOR_APP_TEST_READY_FILE"] = str(ready)
    if xvfb:
        env.pop("QT_QPA_PLATFORM", None)
        cmd = ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", *cmd]
    t0 = time.time()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return proc, t0


def _wait_stamps(ready: Path, timeout: float = 60) -> dict[str, float]:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if ready.exists():
            stamps = {}
            for line in ready.read_text().splitlines():
                what, _ms, unix = line.split()
                stamps[what] = float(unix)
            if "ready" in stamps and "painted" in stamps:
                return stamps
        time.sleep(0.005)
    raise TimeoutError("the app did not report ready/painted")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    import psutil

    try:
        kids = psutil.Process(proc.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        kids = []
    proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)
    for k in kids:
        try:
            k.kill()
        except psutil.NoSuchProcess:
            pass


def measure_start(doc: Path, runs: int, xvfb: bool, tmp: Path) -> tuple[float, float, float]:
    windows, painted, pss = [], [], 0.0
    for i in range(runs):
        home = tmp / f"home-start-{doc.stem}-{i}"
        ready = tmp / f"ready-{doc.stem}-{i}.txt"
        proc, t0 = _spawn(doc, home, ready, xvfb)
        try:
            stamps = _wait_stamps(ready)
            windows.append((stamps["ready"] - t0) * 1000)
            painted.append((stamps["painted"] - t0) * 1000)
            if i == runs - 1:
                time.sleep(1.0)  # let the helpers settle before measuring memory
                target = proc.pid
                if xvfb:  # the app is a child of xvfb-run
                    import psutil

                    kids = [c for c in psutil.Process(proc.pid).children(recursive=True) if "editor_app" in " ".join(c.cmdline())]
                    target = kids[0].pid
                pss = tree_memory(target)["pss"]
        finally:
            _stop(proc)
    return statistics.median(windows), statistics.median(painted), pss


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(q * (len(s) - 1))))]


def measure_typing(doc: Path, keystrokes: int, extensions: bool = True) -> dict[str, float]:
    """In-process: per-keystroke UI-thread time and keystroke-to-preview latency."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    import PySide6.QtWebEngineWidgets  # noqa: F401
    from PySide6.QtCore import QElapsedTimer, Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from editor_app.app import build_window
    from editor_app.core.storage.settings import Settings

    app = QApplication.instance() or QApplication([])
    window, services = build_window(Settings(), None, install_extensions=extensions)
    window.resize(1280, 800)
    window.show()
    tab = services.files.open_paths([doc])[0]
    applied = getattr(tab.ensure_preview(), "render_applied", tab.rendered)
    state = {"applied": 0}
    applied.connect(lambda *_a: state.__setitem__("applied", state["applied"] + 1))

    def pump_until(cond, timeout_ms: int = 20000) -> None:  # noqa: ANN001
        t = QElapsedTimer()
        t.start()
        while not cond() and t.elapsed() < timeout_ms:
            app.processEvents()
            time.sleep(0.0005)

    pump_until(lambda: state["applied"] > 0)
    for _ in range(50):
        app.processEvents()
        time.sleep(0.01)
    # Type in the middle of the document, at the end of a paragraph.
    block = tab.editor.document().findBlockByNumber(tab.editor.document().blockCount() // 2)
    while block.isValid() and len(block.text()) < 40:
        block = block.next()
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    tab.editor.setTextCursor(cursor)
    tab.editor.centerCursor()

    # Wrap the UI-thread result handlers to count their time as part of the keystroke's cost.
    busy = {"ms": 0.0}

    def timed(obj, name: str) -> None:  # noqa: ANN001
        original = getattr(obj, name)

        def wrapper(*a, **k):  # noqa: ANN002, ANN003, ANN202
            t0 = time.perf_counter()
            try:
                return original(*a, **k)
            finally:
                busy["ms"] += (time.perf_counter() - t0) * 1000

        setattr(obj, name, wrapper)

    timed(tab.runner, "_on_done")

    key_ms, ui_ms, latency = [], [], []
    letters = "the quick brown fox jumps over the lazy dog "
    for i in range(keystrokes):
        ch = letters[i % len(letters)]
        before = state["applied"]
        busy["ms"] = 0.0
        t0 = time.perf_counter()
        if ch == " ":
            QTest.keyClick(tab.editor, Qt.Key.Key_Space)
        else:
            QTest.keyClicks(tab.editor, ch)
        t_key = (time.perf_counter() - t0) * 1000
        pump_until(lambda before=before: state["applied"] > before, 5000)
        latency.append((time.perf_counter() - t0) * 1000)
        # let trailing work (outline/stats, checks) land, then count it
        t_end = time.perf_counter() + 0.035
        while time.perf_counter() < t_end:
            app.processEvents()
            time.sleep(0.001)
        key_ms.append(t_key)
        ui_ms.append(t_key + busy["ms"])
    window.on_close_request = None
    for t in window.all_tabs():
        window.remove_tab(t)
    services.runner.wait_for_done(5000)
    window.close()
    window.deleteLater()
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):  # web pages must go before their profile, or QtWebEngine crashes at exit
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
    return {
        "key_p50": _pct(key_ms, 0.5), "key_p95": _pct(key_ms, 0.95),
        "ui_p50": _pct(ui_ms, 0.5), "ui_p95": _pct(ui_ms, 0.95),
        "lat_p50": _pct(latency, 0.5), "lat_p95": _pct(latency, 0.95),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keystrokes", type=int, default=60)
    ap.add_argument("--xvfb", action="store_true")
    ap.add_argument("--sizes", default=",".join(str(s) for s in SIZES))
    ap.add_argument("--shell-only", action="store_true",
                    help="type without checks/review attached (isolates the shell's own cost)")
    ap.add_argument("--no-start", action="store_true", help="skip the start-up/PSS measurements")
    args = ap.parse_args()
    if args.xvfb and not shutil.which("xvfb-run"):
        print("xvfb-run is not installed", file=sys.stderr)
        return 2
    tmp = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    rows = []
    try:
        for n in (int(s) for s in args.sizes.split(",")):
            doc = _doc(n, tmp)
            words = len(doc.read_text().split())
            win_ms, paint_ms, pss = (0.0, 0.0, 0.0) if args.no_start else measure_start(doc, args.runs, args.xvfb, tmp)
            typing = measure_typing(doc, args.keystrokes, extensions=not args.shell_only)
            rows.append((f"{words // 1000}k", win_ms, paint_ms, typing, pss))
            print(f"... {n} words done", file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    mode = "Xvfb" if args.xvfb else "offscreen"
    what = "shell only, no checks/review" if args.shell_only else "full app: checks and review attached"
    print(f"\neditor-app shell benchmark ({mode}, {args.runs} start-ups, {args.keystrokes} keystrokes per size; typing: {what})\n")
    head = ("words", "start->window ms", "start->preview ms", "key handler p50/p95 ms",
            "UI thread/key p50/p95 ms", "key->preview p50/p95 ms", "tree PSS MiB")
    print(" | ".join(head))
    print(" | ".join("-" * len(h) for h in head))
    for label, win_ms, paint_ms, t, pss in rows:
        print(" | ".join([
            label, f"{win_ms:.0f}", f"{paint_ms:.0f}",
            f"{t['key_p50']:.1f} / {t['key_p95']:.1f}", f"{t['ui_p50']:.1f} / {t['ui_p95']:.1f}",
            f"{t['lat_p50']:.0f} / {t['lat_p95']:.0f}", f"{pss:.0f}",
        ]))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)  # skip QtWebEngine's teardown at interpreter exit; nothing is left to save
