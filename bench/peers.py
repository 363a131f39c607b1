"""editor-app next to ReText (the peer) on the same documents, in the same run; prints tables.

    .venv/bin/python bench/peers.py [--sizes 1000,20000,100000] [--runs 5] [--keys 30]
                                    [--apps editor-app,retext] [--skip startup|typing]

Both apps run as real processes under one private Xvfb (1280x800x24, no window manager) that this
script starts and stops. ReText 8.1 runs from its own venv (RETEXT_PYTHON, default
/work/retext-venv/bin/python; PyQt6 + WebEngine, live preview: editor and WebEngine preview side
by side, ``useWebEngine=true`` and ``defaultPreviewState=live-preview`` in a temporary
``$XDG_CONFIG_HOME/ReText project/ReText.conf``). editor-app runs from .venv with a temporary
EDITOR_APP_HOME (all its extensions on: live checks too).

What is measured, identically for both apps:

* startup (``--runs`` alternating launches per document): spawn (just before ``Popen``) to the
  first visible top-level window of that pid (``xdotool search --onlyvisible --pid`` polled every
  10 ms); spawn to the preview painted (editor-app: its ``EDITOR_APP_TEST_READY_FILE`` "painted"
  stamp = first render applied to the page; ReText: the first ``loadFinished`` of its WebEngine
  preview, via a tiny driver that runs ReText's own ``main()``); then, 2 s after the paint, the
  memory of the whole process tree (psutil: sum of PSS and RSS over the app and all descendants:
  QtWebEngineProcess zygote/renderer/GPU, ReText's converter process).
* typing (one launch per document): an in-process driver (the same code for both apps, Qt
  binding passed in) waits for the first paint and a settle time, puts the cursor 20 characters
  into a long paragraph in the middle of the document, then sends ``--keys`` real key events
  (QKeyEvent press/release to the editor widget), one at a time. Per key it records
  - key: the synchronous time of delivering the key events (Qt's edit + every handler connected to
    the document's change signals: highlighter, word counts, checks bookkeeping ...);
  - stall: the longest gap of a 1 ms heartbeat timer on the UI thread from the key until 60 ms
    after the preview updated (the longest time the UI thread was busy in one piece for that
    keystroke: key handling, applying the render, applying check results, ReText's setHtml);
  - ui_cpu / proc_cpu: CPU time of the UI thread / of the whole app process (not its helper
    processes) over the same window, heartbeat included (about 1-2 ms), so CPU starvation by other
    programs can be told apart from work of our own;
  - latency: key sent to the preview updated (editor-app: PreviewView.render_applied, emitted
    when the DOM patch ran in the page; ReText: loadFinished of the page after its setHtml);
  - ReText only: key to its converter result arriving (updatePreviewBox entered), which shows
    how much of its latency is the fixed 500 ms timer plus conversion.
  The next key is sent 60 ms after the preview updated, so every latency is one keystroke's.
  Before the first key, the heartbeat runs 3 s with nobody typing: the longest gap per 100 ms
  window is the idle noise floor (other programs on the machine, the app's own timers).

The documents are bench/docs.py's (the preview bench's generator). Load average is printed before
and after: the machine has 2 cores and is shared, so compare the ratios in one run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RETEXT_PY = Path(os.environ.get("RETEXT_PYTHON", "/work/retext-venv/bin/python"))
APP_PY = ROOT / ".venv" / "bin" / "python"
APP_BIN = ROOT / ".venv" / "bin" / "editor-app"
DRIVER_ENV = "PEERS_DRIVER"


# ------------------------------------------------------------------------------------------------
# In-process driver (runs inside the measured app; stdlib + the app's own Qt binding only)
# ------------------------------------------------------------------------------------------------


class _Driver:
    def __init__(self, qt: dict[str, Any], window: Any, editor: Any, preview_updated: Any, cfg: dict[str, Any]) -> None:
        self.qt = qt
        self.window = window
        self.editor = editor
        self.cfg = cfg
        self.out = Path(cfg["out"])
        self.painted = False
        self.waiting = False
        self.t_key = 0.0
        self.keys: list[dict[str, float]] = []
        self.marks: list[float] = []  # extra per-key marks (ReText: converter result arrived)
        self.last_tick = 0.0
        self.max_gap = 0.0
        self.rng_chars = "abcdefgh "
        self.trace: list[str] | None = [] if cfg.get("trace") else None
        if preview_updated is not None:
            preview_updated.connect(self._preview_updated)
        self.heart = qt["QTimer"]()
        self.heart.setTimerType(qt["Qt"].TimerType.PreciseTimer)
        self.heart.setInterval(1)
        self.heart.timeout.connect(self._tick)

    def write(self, record: dict[str, Any]) -> None:
        with open(self.out, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(record) + "\n")

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = now - self.last_tick
        self.last_tick = now
        if gap > self.max_gap:
            self.max_gap = gap
        if gap > 0.006 and self.trace is not None:
            self.note(f"STALL {gap * 1000:.1f} ms ends")

    def _preview_updated(self, *_args: Any) -> None:
        now = time.perf_counter()
        if not self.painted:
            self.painted = True
            self.write({"event": "painted", "t": time.time()})
            if self.cfg.get("mode") == "typing":
                self.window.resize(1200, 760)
                self.qt["QTimer"].singleShot(int(self.cfg.get("settle_ms", 2000)), self._start_typing)
            return
        if self.waiting:
            self.waiting = False
            self.keys[-1]["latency"] = (now - self.t_key) * 1000
            self.qt["QTimer"].singleShot(int(self.cfg.get("idle_ms", 60)), self._key_done)

    def _start_typing(self) -> None:
        qt = self.qt
        doc = self.editor.document()
        lines = self.editor.toPlainText().split("\n")
        paras = [i for i, line in enumerate(lines) if len(line) > 60 and line[:1].isalpha()]
        block = doc.findBlockByNumber(paras[len(paras) // 2])
        cursor = self.editor.textCursor()
        cursor.setPosition(block.position() + 20)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        self.editor.setFocus()
        if self.cfg.get("profile"):
            import cProfile

            self.profiler = cProfile.Profile()
            self.profiler.enable()  # the UI thread only: slots, paint overrides, highlighters
        self.last_tick = time.perf_counter()
        self.max_gap = 0.0
        self.idle: list[float] = []
        self.heart.start()
        qt["QTimer"].singleShot(100, self._idle_window)

    def _idle_window(self) -> None:
        """Noise floor: the longest heartbeat gap per 100 ms while nobody types (30 windows)."""
        self.idle.append(self.max_gap * 1000)
        self.max_gap = 0.0
        if len(self.idle) < 30:
            self.qt["QTimer"].singleShot(100, self._idle_window)
        else:
            self._type_one()

    def _type_one(self) -> None:
        qt = self.qt
        n = len(self.keys)
        if n >= int(self.cfg.get("keys", 30)):
            self.heart.stop()
            if self.cfg.get("profile"):
                self.profiler.disable()
                self.profiler.dump_stats(self.cfg["profile"])
            self.write({"event": "typing", "keys": self.keys, "marks": self.marks, "trace": self.trace,
                        "idle": self.idle})
            self.write({"event": "done", "t": time.time()})
            return
        ch = self.rng_chars[(n * 5) % len(self.rng_chars)]
        Qt, QKeyEvent, QEvent = qt["Qt"], qt["QKeyEvent"], qt["QEvent"]
        self.max_gap = 0.0
        self.cpu0 = (time.thread_time(), time.process_time())
        self.t_key = time.perf_counter()
        self.last_tick = self.t_key
        self.waiting = True
        self.keys.append({})
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            qt["QApplication"].sendEvent(self.editor, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
        self.keys[-1]["key"] = (time.perf_counter() - self.t_key) * 1000
        self.timeout = int(self.cfg.get("timeout_ms", 15000))
        qt["QTimer"].singleShot(self.timeout, lambda k=n: self._timed_out(k))

    def _timed_out(self, k: int) -> None:
        if self.waiting and len(self.keys) == k + 1:
            self.waiting = False
            self.keys[-1]["latency"] = float("nan")
            self._key_done()

    def _key_done(self) -> None:
        # The heartbeat keeps running through the idle time after the update, so work that the
        # update triggers (a reload's paint, check results) is charged to this keystroke.
        self.keys[-1]["stall"] = self.max_gap * 1000
        self.keys[-1]["ui_cpu"] = (time.thread_time() - self.cpu0[0]) * 1000
        self.keys[-1]["proc_cpu"] = (time.process_time() - self.cpu0[1]) * 1000
        self._type_one()

    def note(self, text: str) -> None:
        """Trace line: key number, ms since that key was sent, thread, text (--trace only)."""
        if self.trace is not None and self.keys:
            import threading

            ms = (time.perf_counter() - self.t_key) * 1000
            self.trace.append(f"key {len(self.keys):3d} +{ms:7.1f} ms {threading.current_thread().name[:10]:>10} {text}")

    def mark(self) -> None:
        if self.waiting:
            self.marks.append((time.perf_counter() - self.t_key) * 1000)


def _qt_modules(binding: str) -> dict[str, Any]:
    core = __import__(f"{binding}.QtCore", fromlist=["x"])
    gui = __import__(f"{binding}.QtGui", fromlist=["x"])
    widgets = __import__(f"{binding}.QtWidgets", fromlist=["x"])
    return {
        "QTimer": core.QTimer,
        "Qt": core.Qt,
        "QEvent": core.QEvent,
        "QKeyEvent": gui.QKeyEvent,
        "QApplication": widgets.QApplication,
    }


def _retext_driver(cfg: dict[str, Any], file: str) -> int:
    """Run ReText's own main() with a hook on its first tab (inside the ReText venv)."""
    import ReText.window as rwindow
    from ReText import tab as rtab

    state: dict[str, Any] = {}
    original_open = rwindow.ReTextWindow.openFileWrapper
    original_update = rtab.ReTextTab.updatePreviewBox

    def open_file(self: Any, name: str) -> None:
        original_open(self, name)
        if "driver" not in state:
            t = self.currentTab
            state["driver"] = _Driver(_qt_modules("PyQt6"), self, t.editBox, t.previewBox.loadFinished, cfg)

    def update_preview(self: Any) -> Any:
        if "driver" in state:
            state["driver"].mark()
        return original_update(self)

    rwindow.ReTextWindow.openFileWrapper = open_file
    rtab.ReTextTab.updatePreviewBox = update_preview
    sys.argv = ["retext", file]
    from ReText.__main__ import main

    main()
    return 0


def _app_driver(cfg: dict[str, Any], file: str) -> int:
    """Run editor-app's own run_gui() with the driver attached to its first tab."""
    sys.path.insert(0, str(ROOT))
    from editor_app.app import run_gui
    from editor_app.ui import test_hooks

    original = test_hooks.install
    holder: dict[str, _Driver] = {}
    if cfg.get("trace"):
        from editor_app.ui import tasks

        original_request = tasks.TaskRunner.request

        def request(self: Any, key: Any, snapshot: Any, work: Any, on_success: Any, **kw: Any) -> Any:
            label = kw.get("label") or str(key)

            def traced_work(*a: Any, **k: Any) -> Any:
                t = time.perf_counter()
                result = work(*a, **k)
                if "d" in holder:
                    holder["d"].note(f"work {label}: {(time.perf_counter() - t) * 1000:.1f} ms")
                return result

            def traced_success(result: Any) -> None:
                t = time.perf_counter()
                on_success(result)
                if "d" in holder:
                    holder["d"].note(f"UI applies {label}: {(time.perf_counter() - t) * 1000:.1f} ms")

            return original_request(self, key, snapshot, traced_work, traced_success, **kw)

        tasks.TaskRunner.request = request  # type: ignore[method-assign]

    def install(window: Any, services: Any) -> None:
        original(window, services)
        tab = window.current_tab()
        driver = _Driver(_qt_modules("PySide6"), window, tab.editor, None, cfg)
        holder["d"] = driver
        test_hooks._keep.append(driver)  # type: ignore[arg-type]

        def hook(preview: Any) -> None:
            # render_applied: the render reached the page (DOM loaded or patched)
            getattr(preview, "render_applied", tab.rendered).connect(driver._preview_updated)

        if getattr(tab, "preview", None) is not None:
            hook(tab.preview)
        else:  # the preview is built just after the window is first shown
            tab.preview_created.connect(hook)

    test_hooks.install = install
    if cfg.get("shell_only"):  # experiment: no live checks / review mode attached to the tabs
        import editor_app.app

        editor_app.app.EXTENSIONS = ()
    if cfg.get("switch_interval"):
        sys.setswitchinterval(float(cfg["switch_interval"]))  # experiment: GIL hand-over to the UI thread
    return run_gui([file])


# ------------------------------------------------------------------------------------------------
# Orchestrator (main venv)
# ------------------------------------------------------------------------------------------------


def pct(values: list[float], p: float) -> float:
    values = sorted(v for v in values if v == v)
    if not values:
        return float("nan")
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def loadavg() -> str:
    a, b, c = os.getloadavg()
    return f"{a:.2f} {b:.2f} {c:.2f}"


class Xvfb:
    def __enter__(self) -> str:
        # A display number far from the ones xvfb-run / pytest-xvfb / other agents pick (:0, :99..):
        # -noreset: by default Xvfb resets when its last client leaves (between two launches), and a
        # client connecting during the reset fails with "could not connect to display".
        number = next(n for n in range(240 + os.getpid() % 200, 1000) if not Path(f"/tmp/.X{n}-lock").exists())
        r, w = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", f":{number}", "-displayfd", str(w), "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset"],
            pass_fds=(w,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        os.close(w)
        with os.fdopen(r) as fh:
            self.display = ":" + fh.readline().strip()
        return self.display

    def __exit__(self, *exc: Any) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def kill_tree(proc: subprocess.Popen[bytes]) -> None:
    import psutil

    try:
        parent = psutil.Process(proc.pid)
        family = [parent, *parent.children(recursive=True)]
    except psutil.NoSuchProcess:
        family = []
    for p in family:
        try:
            p.kill()
        except psutil.NoSuchProcess:
            pass
    psutil.wait_procs(family, timeout=10)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        pass


def tree_memory(pid: int) -> dict[str, float]:
    import psutil

    parent = psutil.Process(pid)
    procs = [parent, *parent.children(recursive=True)]
    pss = rss = 0
    for p in procs:
        try:
            info = p.memory_full_info()
        except psutil.NoSuchProcess:
            continue
        pss += info.pss
        rss += info.rss
    mib = 1024 * 1024
    return {"pss": pss / mib, "rss": rss / mib, "main_rss": parent.memory_info().rss / mib, "procs": len(procs)}


class Launch:
    """One app process with its own temporary config/home and an event file."""

    def __init__(self, app: str, doc: Path, display: str, driver: dict[str, Any] | None) -> None:
        self.app = app
        self.display = display
        self.tmp = Path(tempfile.mkdtemp(prefix=f"peers-{app}-"))
        self.events = self.tmp / "events.jsonl"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_QPA", "QTWEBENGINE_CHROMIUM"))}
        env.update(DISPLAY=display, QTWEBENGINE_DISABLE_SANDBOX="1", XDG_RUNTIME_DIR=str(self.tmp))
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        if app == "retext":
            conf = self.tmp / "config" / "ReText project"
            conf.mkdir(parents=True)
            (conf / "ReText.conf").write_text("[General]\nuseWebEngine=true\ndefaultPreviewState=live-preview\n")
            env.update(XDG_CONFIG_HOME=str(self.tmp / "config"), XDG_CACHE_HOME=str(self.tmp / "cache"))
            cfg = dict(driver or {"mode": "startup"}, out=str(self.events))
            env[DRIVER_ENV] = json.dumps(cfg)
            cmd = [str(RETEXT_PY), str(Path(__file__).resolve()), "--driver", "retext", str(doc)]
        else:
            env.update(EDITOR_APP_HOME=str(self.tmp / "home"))
            if driver is None:
                env["EDITOR_APP_TEST_READY_FILE"] = str(self.tmp / "ready.txt")
                cmd = [str(APP_BIN), str(doc)]
            else:
                env[DRIVER_ENV] = json.dumps(dict(driver, out=str(self.events)))
                cmd = [str(APP_PY), str(Path(__file__).resolve()), "--driver", "editor-app", str(doc)]
        self.log = open(self.tmp / "stderr.txt", "wb")  # noqa: SIM115 - closed in close()
        self.t0_wall = time.time()
        self.t0 = time.perf_counter()
        self.proc = subprocess.Popen(cmd, env=env, stdout=self.log, stderr=subprocess.STDOUT, cwd=str(self.tmp))

    def wait_visible(self, timeout: float = 30.0) -> float:
        while time.perf_counter() - self.t0 < timeout:
            r = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(self.proc.pid)],
                               capture_output=True, text=True, env={**os.environ, "DISPLAY": self.display})
            if r.stdout.strip():
                return (time.perf_counter() - self.t0) * 1000
            if self.proc.poll() is not None:
                break
            time.sleep(0.01)
        return float("nan")

    def event(self, name: str, timeout: float) -> dict[str, Any] | None:
        end = time.time() + timeout
        while time.time() < end:
            if self.app == "editor-app" and name == "painted" and (self.tmp / "ready.txt").exists():
                for line in (self.tmp / "ready.txt").read_text().splitlines():
                    parts = line.split()
                    if parts and parts[0] == "painted":
                        return {"event": "painted", "t": float(parts[2])}
            if self.events.exists():
                for line in self.events.read_text().splitlines():
                    rec = json.loads(line)
                    if rec.get("event") == name:
                        return rec
            if self.proc.poll() is not None:
                return None
            time.sleep(0.02)
        return None

    def close(self) -> None:
        kill_tree(self.proc)
        self.log.close()

    def stderr_tail(self) -> str:
        return (self.tmp / "stderr.txt").read_text(errors="replace")[-1500:]

    def cleanup(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)


def run_startup(apps: list[str], docs: dict[int, Path], display: str, runs: int) -> list[dict[str, Any]]:
    rows = []
    for n, doc in docs.items():
        samples: dict[str, list[dict[str, float]]] = {a: [] for a in apps}
        for i in range(runs):
            for app in apps if i % 2 == 0 else list(reversed(apps)):
                launch = Launch(app, doc, display, None)
                try:
                    visible = launch.wait_visible()
                    painted = launch.event("painted", 60)
                    paint_ms = (painted["t"] - launch.t0_wall) * 1000 if painted else float("nan")
                    mem = {}
                    if painted:
                        time.sleep(2.0)
                        mem = tree_memory(launch.proc.pid)
                    else:
                        print(f"[{app} {n}] no paint; stderr:\n{launch.stderr_tail()}", file=sys.stderr)
                    samples[app].append({"visible": visible, "painted": paint_ms, **mem})
                finally:
                    launch.close()
                    launch.cleanup()
                time.sleep(0.5)
        for app in apps:
            s = samples[app]
            rows.append({"app": app, "words": n, "runs": len(s), **{
                k: statistics.median([x[k] for x in s if k in x and x[k] == x[k]] or [float("nan")])
                for k in ("visible", "painted", "pss", "rss", "main_rss", "procs")
            }, "visible_min": min((x["visible"] for x in s if x["visible"] == x["visible"]), default=float("nan")),
                "visible_max": max((x["visible"] for x in s if x["visible"] == x["visible"]), default=float("nan")),
                "failed": sum(1 for x in s if x["visible"] != x["visible"] or x["painted"] != x["painted"])})
        print(f"startup {n} words done (load {loadavg()})", file=sys.stderr)
    return rows


def run_typing(apps: list[str], docs: dict[int, Path], display: str, keys: int,
               trace: Path | None = None, switch_interval: float | None = None,
               profile: Path | None = None, shell_only: bool = False) -> list[dict[str, Any]]:
    rows = []
    for n, doc in docs.items():
        for app in apps:
            settle = 2000 if n <= 20_000 else 5000
            launch = Launch(app, doc, display, {"mode": "typing", "keys": keys, "settle_ms": settle, "trace": bool(trace),
                                                      "switch_interval": switch_interval,
                                                      "profile": str(profile) if profile else None,
                                                      "shell_only": shell_only})
            try:
                rec = launch.event("typing", 120 + keys * 5)
                if rec is None:
                    print(f"[{app} {n}] typing did not finish; stderr:\n{launch.stderr_tail()}", file=sys.stderr)
                    continue
                ks = rec["keys"]
                if trace is not None and rec.get("trace"):
                    with open(trace, "a", encoding="utf-8") as fh:
                        fh.write(f"# {app} {n} words\n" + "\n".join(rec["trace"]) + "\n")
                row = {"app": app, "words": n, "keys": len(ks)}
                for metric in ("key", "stall", "latency", "ui_cpu", "proc_cpu"):
                    vals = [k.get(metric, float("nan")) for k in ks]
                    row[f"{metric}_p50"] = pct(vals, 50)
                    row[f"{metric}_p95"] = pct(vals, 95)
                    row[f"{metric}_max"] = pct(vals, 100)
                row["idle_p50"] = pct(rec.get("idle", []), 50)
                row["idle_p95"] = pct(rec.get("idle", []), 95)
                row["timeouts"] = sum(1 for k in ks if k.get("latency", 0) != k.get("latency", 0))
                row["mark_p50"] = pct(rec.get("marks", []), 50) if rec.get("marks") else float("nan")
                rows.append(row)
            finally:
                launch.close()
                launch.cleanup()
            print(f"typing {app} {n} words done (load {loadavg()})", file=sys.stderr)
    return rows


def f(v: float, digits: int = 0) -> str:
    return "-" if v != v else f"{v:.{digits}f}"


def print_tables(startup: list[dict[str, Any]], typing_rows: list[dict[str, Any]], words: dict[int, int]) -> None:
    if startup:
        print("\nStartup and memory (median of the runs; editor + preview, document opened from the command line)\n")
        print("| app | words | runs | spawn -> window visible ms (min-max) | spawn -> preview painted ms | "
              "tree PSS MiB | tree RSS MiB | main RSS MiB | processes | runs without a window or paint |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for r in startup:
            print(f"| {r['app']} | {words[r['words']]:,} | {r['runs']} | {f(r['visible'])} ({f(r['visible_min'])}-"
                  f"{f(r['visible_max'])}) | {f(r['painted'])} | {f(r['pss'])} | {f(r['rss'])} | "
                  f"{f(r['main_rss'])} | {f(r['procs'])} | {r['failed']} |")
    if typing_rows:
        print("\nTyping into a paragraph in the middle (one key at a time, each waits for its preview update)\n")
        print("| app | words | keys | key handling p50/p95 ms | UI stall p50/p95/max ms | "
              "idle noise floor p50/p95 ms | keystroke -> preview updated p50/p95 ms | UI-thread CPU p50 ms | app-process CPU p50 ms | "
              "ReText: key -> converter result p50 ms | timeouts |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for r in typing_rows:
            print(f"| {r['app']} | {words[r['words']]:,} | {r['keys']} | {f(r['key_p50'], 1)} / {f(r['key_p95'], 1)} | "
                  f"{f(r['stall_p50'], 1)} / {f(r['stall_p95'], 1)} / {f(r['stall_max'], 1)} | "
                  f"{f(r['idle_p50'], 1)} / {f(r['idle_p95'], 1)} | "
                  f"{f(r['latency_p50'])} / {f(r['latency_p95'])} | {f(r['ui_cpu_p50'], 1)} | {f(r['proc_cpu_p50'], 1)} | "
                  f"{f(r['mark_p50'])} | {r['timeouts']} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,20000,100000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keys", type=int, default=30)
    ap.add_argument("--apps", default="editor-app,retext")
    ap.add_argument("--skip", action="append", default=[], choices=["startup", "typing"])
    ap.add_argument("--profile", type=Path, help="typing: cProfile the UI thread of the (single) app "
                    "while it types; pstats file written here")
    ap.add_argument("--app-shell-only", action="store_true", help="experiment: editor-app without the "
                    "features that attach to each tab (live checks, review mode)")
    ap.add_argument("--switch-interval", type=float, help="experiment: sys.setswitchinterval() in editor-app "
                    "before it starts (Python's default is 0.005 s)")
    ap.add_argument("--json", type=Path, help="also write the raw rows here")
    ap.add_argument("--trace", type=Path, help="typing: write a per-key trace of UI-thread stalls (and, for "
                    "editor-app, every background job and the UI time of applying its result) to this file")
    ap.add_argument("--driver", nargs=2, metavar=("APP", "FILE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.driver:
        cfg = json.loads(os.environ[DRIVER_ENV])
        app, file = args.driver
        return _retext_driver(cfg, file) if app == "retext" else _app_driver(cfg, file)

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from docs import write_documents

    apps = [a.strip() for a in args.apps.split(",") if a.strip()]
    if "retext" in apps and not RETEXT_PY.exists():
        print(f"ReText venv not found at {RETEXT_PY}; measuring editor-app only", file=sys.stderr)
        apps.remove("retext")
    sizes = tuple(int(s) for s in args.sizes.split(","))
    tmp = Path(tempfile.mkdtemp(prefix="peers-docs-"))
    try:
        docs = write_documents(tmp, sizes)
        words = {n: len(p.read_text(encoding="utf-8").split()) for n, p in docs.items()}
        print(f"machine: nproc={os.cpu_count()}  load average before: {loadavg()}")
        with Xvfb() as display:
            startup = [] if "startup" in args.skip else run_startup(apps, docs, display, args.runs)
            typing_rows = [] if "typing" in args.skip else run_typing(apps, docs, display, args.keys, args.trace,
                                                                              args.switch_interval, args.profile,
                                                                              args.app_shell_only)
        print_tables(startup, typing_rows, words)
        print(f"\nload average after: {loadavg()}")
        if args.json:
            args.json.write_text(json.dumps({"startup": startup, "typing": typing_rows}, indent=1))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
