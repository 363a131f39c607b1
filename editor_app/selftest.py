"""``editor-app --self-test FILE``: prove an installed copy (wheel or bundle) can show a document.

Two stages, each printed as one line; exit 0 only when both pass:

1. **engine**: render FILE with ``editor_app.core.rendering`` in a bare ``QWebEngineView``, wait for
   ``loadFinished`` and check that the page's text holds the document's first and last words. This
   proves QtWebEngine (its helper process, ICU data, locales) and the rendering core work in this
   installation.
2. **window**: build the real main window (``editor_app.app.build_window``) with settings in a
   throw-away folder, open FILE, and wait until its preview shows the same text.

It also says where the resources were found, so a test can tell the installed package from a source
tree. Runs offscreen when there is no display; needs no network and writes nothing outside a
temporary folder. Usable as ``python -m editor_app.selftest FILE`` too.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

DEFAULT_TIMEOUT_S = 60.0


class _TextOf(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def expected_words(body_html: str) -> tuple[str, str]:
    """The first and last few words of the rendered text: what any correct preview must show."""
    parser = _TextOf()
    parser.feed(body_html)
    words = _words(" ".join(parser.parts))
    if not words:
        return "", ""
    n = min(6, len(words))
    return " ".join(words[:n]), " ".join(words[-n:])


def render_body(text: str) -> str:
    try:
        from editor_app.core import rendering
    except ImportError:  # before the rendering core landed
        import markdown

        return str(markdown.markdown(text, extensions=["extra", "sane_lists"]))
    return str(rendering.render(text).html)


def _prepare_environment() -> None:
    if not os.environ.get("QT_QPA_PLATFORM") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium refuses to start its sandbox as root.
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    # Keep the self-test from touching the user's own settings, recovery files and logs.
    os.environ.setdefault("EDITOR_APP_HOME", tempfile.mkdtemp(prefix="editor-app-selftest-"))


def _wait_until(app: Any, done: Callable[[], bool], timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            return False
        app.processEvents()
        time.sleep(0.01)
    return True


def _normalise(text: str) -> str:
    return " ".join(_words(text))


def _shows(text: str, first: str, last: str) -> bool:
    flat = _normalise(text)
    return first in flat and last in flat


def _dispose(widget: Any) -> None:
    """Delete a widget now: web pages must be gone before QtWebEngine's profile is released at
    exit, or the process crashes while quitting."""
    from PySide6.QtCore import QCoreApplication, QEvent

    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def stage_engine(app: Any, body: str, first: str, last: str, timeout_s: float) -> tuple[bool, str]:
    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineWidgets import QWebEngineView

    view = QWebEngineView()
    view.resize(900, 700)
    view.show()
    state: dict[str, Any] = {}
    view.loadFinished.connect(lambda ok: state.setdefault("loaded", ok))
    page = "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>" + body + "</body></html>"
    t0 = time.perf_counter()
    view.setHtml(page, QUrl("about:blank"))
    if not _wait_until(app, lambda: "loaded" in state, timeout_s):
        return False, "engine: the page never finished loading"
    if not state["loaded"]:
        return False, "engine: QtWebEngine reported a failed load"
    view.page().toPlainText(lambda t: state.setdefault("text", t))
    if not _wait_until(app, lambda: "text" in state, timeout_s):
        return False, "engine: no text came back from the page"
    ms = (time.perf_counter() - t0) * 1000
    text = str(state["text"])
    _dispose(view)
    if not _shows(text, first, last):
        return False, f"engine: page text does not contain the document ({len(text)} chars: {text[:80]!r})"
    return True, f"engine: ok, QWebEngineView showed {len(text)} chars in {ms:.0f} ms"


def stage_window(app: Any, path: Path, first: str, last: str, timeout_s: float) -> tuple[bool, str]:
    from editor_app.app import build_window
    from editor_app.core.storage.settings import Settings

    settings = Settings()
    settings.restore_session = False
    window, services = build_window(settings, None)
    window.show()
    tabs = services.files.open_paths([str(path)])
    if not tabs:
        return False, f"window: could not open {path}"
    tab = tabs[0]
    # the window builds the web preview just after it is first shown; build it now if not yet
    preview = tab.ensure_preview() if hasattr(tab, "ensure_preview") else tab.preview
    kind = type(preview).__name__
    state: dict[str, str] = {}

    def poll() -> bool:
        if "pending" not in state:
            state["pending"] = "1"

            def got(text: str) -> None:
                state.pop("pending", None)
                state["text"] = text

            preview.plain_text(got)
        return _shows(state.get("text", ""), first, last)

    t0 = time.perf_counter()
    ok = _wait_until(app, poll, timeout_s)
    ms = (time.perf_counter() - t0) * 1000
    services.runner.wait_for_done(3000)
    _dispose(window)
    if not ok:
        shown = state.get("text", "")
        return False, f"window: preview ({kind}) did not show the document within {timeout_s:.0f} s: {shown[:80]!r}"
    return True, f"window: ok, {kind} showed {path.name} in {ms:.0f} ms"


def run(path: str | os.PathLike[str], *, timeout_s: float = DEFAULT_TIMEOUT_S, window: bool = True) -> int:
    """Run the self-test on ``path``; print one line per stage; return the exit code (0 = pass)."""
    _prepare_environment()
    from editor_app import __version__
    from editor_app.core.resources import ResourceNotFound, resource_path, resources_root

    target = Path(path).expanduser().resolve()
    print(f"self-test: editor-app {__version__}, Python {sys.version.split()[0]}, frozen={getattr(sys, 'frozen', False)}")
    try:
        print(f"self-test: resources at {resources_root()}")
        resource_path("icons", "editor-app.svg")
    except ResourceNotFound as exc:
        print(f"self-test: FAIL resources: {exc}")
        return 1
    try:
        text = target.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"self-test: FAIL cannot read {target}: {exc}")
        return 1
    body = render_body(text)
    first, last = expected_words(body)
    if not first:
        print(f"self-test: FAIL {target.name} renders to no text; use a document with some words")
        return 1

    # Load QtWebEngine before the QApplication exists, as Qt requires.
    import PySide6.QtWebEngineWidgets  # noqa: F401
    from PySide6 import __version__ as pyside_version
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "editor-app"])
    print(f"self-test: PySide6 {pyside_version}, platform {QGuiApplication.platformName()}")
    stages: list[Callable[[], tuple[bool, str]]] = [
        lambda: stage_engine(app, body, first, last, timeout_s),
    ]
    if window:
        stages.append(lambda: stage_window(app, target, first, last, timeout_s))
    failed = False
    for stage in stages:
        try:
            ok, message = stage()
        except Exception as exc:  # noqa: BLE001 - the self-test reports, it does not crash
            ok, message = False, f"stage crashed: {type(exc).__name__}: {exc}"
        print(f"self-test: {'' if ok else 'FAIL '}{message}", flush=True)
        failed = failed or not ok
    print(f"self-test: {'FAILED' if failed else 'passed'}", flush=True)
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="editor-app --self-test", description=__doc__.split("\n")[0])
    parser.add_argument("file", help="a Markdown file to open and preview")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT_S, help="seconds per stage")
    parser.add_argument("--engine-only", action="store_true", help="skip the main-window stage")
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    return run(args.file, timeout_s=args.timeout, window=not args.engine_only)


if __name__ == "__main__":
    sys.exit(main())
