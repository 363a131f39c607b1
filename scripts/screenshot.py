#!/usr/bin/env python3
"""Make docs/screenshot.png: the main window with the sample article open, preview rendered.

Runs under Xvfb (re-executes itself through ``xvfb-run`` when there is no display), with the
app's folders in a throw-away EDITOR_APP_HOME so it never touches the writer's settings.

    .venv/bin/python scripts/screenshot.py [--out docs/screenshot.png] [--file FILE] [--theme light|dark]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
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
    args = parser.parse_args(argv)
    _ensure_display(argv)

    home = tempfile.mkdtemp(prefix="editor-app-shot-")
    os.environ["EDITOR_APP_HOME"] = home
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
    sys.path.insert(0, str(ROOT))

    import PySide6.QtWebEngineWidgets  # noqa: F401 - must load before the QApplication
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from editor_app.app import build_window
    from editor_app.core.storage.settings import Settings

    app = QApplication([sys.argv[0]])
    app.setApplicationDisplayName("Editor")
    settings = Settings()
    settings.theme = args.theme
    window, services = build_window(settings, None, install_extensions=True)
    w, h = (int(v) for v in args.size.split("x"))
    window.resize(w, h)
    window.move(0, 0)
    tab = services.files.open_paths([args.file])[0]
    window.show()
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)

    def shoot() -> None:
        window.grab().save(str(out))
        print(f"wrote {out} ({w}x{h}, theme {args.theme})")
        window.on_close_request = None
        app.exit(0)

    def rendered(_rev: int) -> None:
        QTimer.singleShot(1200, shoot)  # let the page paint and fonts settle

    if tab.shown_revision >= 0:
        rendered(tab.shown_revision)
    else:
        tab.rendered.connect(rendered)
    QTimer.singleShot(20000, shoot)  # never hang
    code = app.exec()
    services.runner.wait_for_done(3000)
    shutil.rmtree(home, ignore_errors=True)
    return int(code)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
