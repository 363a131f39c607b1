#!/usr/bin/env python3
"""Make docs/screenshot.png: the main window with the sample article open, preview rendered.

Runs under Xvfb (re-executes itself through ``xvfb-run`` when there is no display), with the
app's folders in a throw-away EDITOR_APP_HOME so it never touches the writer's settings.

    .venv/bin/python scripts/screenshot.py [--out docs/screenshot.png] [--file FILE]
        [--theme light|dark] [--scene main|plain|publish|review]

Scenes: ``main`` (default, the README picture) waits for the checks and shows the Issues panel
next to the underlined draft and its preview, one issue selected so its detail and fix buttons
show; ``plain`` is the window without the panel;
``publish`` opens the Publish dialog (an offline WordPress site is set up in the throw-away home)
with the draft's preflight findings; ``review`` turns on review mode, turns a few issues into
suggestions and adds a comment, preview showing the marks.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _ensure_display(argv: list[str]) -> None:
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # grab() renders the same without X
        return
    cmd = [xvfb, "-a", "-s", "-screen 0 1400x900x24", sys.executable, __file__, *argv]
    raise SystemExit(subprocess.call(cmd))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshot.png"))
    parser.add_argument("--file", default=str(ROOT / "tests" / "fixtures" / "seed-draft.md"))
    parser.add_argument("--theme", default="light", choices=("light", "dark"))
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--dock-width", type=int, default=420, help="width of the Issues panel (main scene)")
    parser.add_argument("--scene", default="main", choices=("main", "plain", "publish", "review"))
    args = parser.parse_args(argv)
    _ensure_display(argv)

    home = tempfile.mkdtemp(prefix="editor-app-shot-")
    os.environ["EDITOR_APP_HOME"] = home
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
    sys.path.insert(0, str(ROOT))

    import PySide6.QtWebEngineWidgets  # noqa: F401 - must load before the QApplication
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

    from editor_app.app import build_window
    from editor_app.core.storage.settings import Settings

    app = QApplication([sys.argv[0]])
    app.setApplicationDisplayName("Editor")
    settings = Settings()
    settings.theme = args.theme
    settings.reviewer_name = "Sam (editor)"
    if args.scene == "publish":
        _offline_site()
    window, services = build_window(settings, None, install_extensions=True)
    w, h = (int(v) for v in args.size.split("x"))
    window.resize(w, h)
    window.move(0, 0)
    tab = services.files.open_paths([args.file])[0]
    window.show()
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    state: dict[str, object] = {}

    def shoot() -> None:
        if state.get("shot"):
            return
        state["shot"] = True
        dialog = state.get("dialog")
        target = dialog if isinstance(dialog, QWidget) else window
        target.grab().save(str(out))
        print(f"wrote {out} ({target.width()}x{target.height()}, theme {args.theme}, scene {args.scene})")
        window.on_close_request = None
        app.exit(0)

    def later(ms: int, fn: Callable[[], None]) -> None:
        QTimer.singleShot(ms, fn)

    def when(ready: Callable[[], bool], then: Callable[[], None], timeout_ms: int = 20000) -> None:
        waited = {"ms": 0}

        def poll() -> None:
            if ready() or waited["ms"] >= timeout_ms:
                then()
                return
            waited["ms"] += 100
            later(100, poll)

        poll()

    def checks_ready() -> bool:
        c = tab.features.get("checks")
        return c is not None and len(c.issues()) > 0

    def scene() -> None:
        if args.scene == "plain":
            later(1200, shoot)
        elif args.scene == "main":
            dock = window.findChild(QDockWidget, "issuesDock")
            if dock is not None:
                dock.show()
                window.resizeDocks([dock], [args.dock_width], Qt.Orientation.Horizontal)
            when(checks_ready, lambda: later(1500, select_issue))
        elif args.scene == "publish":
            def open_dialog() -> None:
                publishing = services.extras.get("publishing")
                dialog = publishing.publish_current() if publishing is not None else None
                state["dialog"] = dialog
                later(6000, shoot)  # preflight runs the checks and gives up on the offline site

            when(lambda: "publishing" in services.extras, open_dialog)
        elif args.scene == "review":
            when(checks_ready, review_scene)

    def select_issue() -> None:
        """Select an issue with a fix in the Issues panel, so its detail (full message, flagged
        text, fix buttons) is in the picture; the editor is left where it is."""
        from editor_app.ui.checks import IssuesPanel

        panel = window.findChild(IssuesPanel)
        if panel is not None:
            panel.refresh()
            rows = panel.shown_issues()
            with_fix = [n for n, li in enumerate(rows) if li.issue.replacements]
            if with_fix:  # the longest message: the one the list has to cut short
                panel.select_row(max(with_fix, key=lambda n: len(rows[n].issue.message)))
                panel.view.setFocus()
        later(300, shoot)

    def review_scene() -> None:
        review = tab.features["review"]
        checks = tab.features["checks"]
        review.set_enabled(True)
        from editor_app.ui.features import live_issue_now

        wanted = ("wordy_phrase", "pleonasm", "missing_article")
        done = 0
        for live in sorted(checks.issues(), key=lambda li: -li.start):  # from the end: offsets stay put
            if live.issue.category in wanted and live.issue.replacements and done < 3:
                review.suggest_issue(live_issue_now(live), live.issue.replacements[0], qt_positions=True)
                done += 1
        cursor = tab.editor.textCursor()
        text = tab.editor.toPlainText()
        at = text.find("Geopolitically speaking")
        if at >= 0:
            cursor.setPosition(at)
            cursor.setPosition(at + len("Geopolitically speaking,"), cursor.MoveMode.KeepAnchor)
            tab.editor.setTextCursor(cursor)
            review.add_comment("Filler opener: start with the news instead?")
        tab.editor.moveCursor(cursor.MoveOperation.Start)
        tab.editor.verticalScrollBar().setValue(0)

        def top() -> None:  # the preview re-renders after the last edit: bring both to the top
            if tab.preview is not None:
                tab.preview.scroll_to_source_line(1)
            later(800, shoot)

        later(2000, top)

    def rendered(_rev: int) -> None:
        if "started" not in state:
            state["started"] = True
            scene()

    if tab.shown_revision >= 0:
        rendered(tab.shown_revision)
    else:
        tab.rendered.connect(rendered)
    QTimer.singleShot(40000, shoot)  # never hang
    code = app.exec()
    services.runner.wait_for_done(3000)
    shutil.rmtree(home, ignore_errors=True)
    return int(code)


def _offline_site() -> None:
    """A WordPress site nobody answers at (so nothing is sent anywhere), secret for this run only."""
    from editor_app.core.publishing.base import SiteConfig
    from editor_app.core.publishing.sites import SiteStore

    SiteStore().add(SiteConfig(name="My blog", kind="wordpress", url="http://127.0.0.1:9", user="writer"))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
