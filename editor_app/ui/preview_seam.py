"""What the shell needs from a preview, and where it gets one.

The real preview is ``editor_app.ui.preview`` (sandboxed QWebEngine page, block patching, line
map); this module only states the interface the document tab uses and builds the preview plus its
render function. Until the real one is importable, a plain QTextBrowser stands in so the shell
still works (and the tests of the shell do not depend on it).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QUrl, Signal, SignalInstance
from PySide6.QtWidgets import QTextBrowser, QWidget

from editor_app.ui.theme import Theme

RenderFn = Callable[[str], Any]  # runs on a worker thread: text -> plain data for show_render


class PreviewLike(Protocol):
    source_line_scrolled: SignalInstance  # the 1-based source line now at the top of the preview

    def widget(self) -> QWidget: ...
    def show_render(self, result: Any) -> None: ...
    def set_theme(self, theme: Theme) -> None: ...
    def set_base_dir(self, folder: Path | None) -> None: ...
    def scroll_to_source_line(self, line: int) -> None: ...
    def plain_text(self, callback: Callable[[str], None]) -> None: ...


class _FallbackPreview(QObject):
    source_line_scrolled = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = QTextBrowser(parent)
        self._view.setOpenExternalLinks(True)
        self._lines = 1
        self._view.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._quiet = False

    def widget(self) -> QWidget:
        return self._view

    def show_render(self, result: Any) -> None:
        body, lines = result
        self._lines = max(1, lines)
        bar = self._view.verticalScrollBar()
        keep = bar.value()
        self._view.setHtml(body)
        bar.setValue(keep)

    def set_theme(self, theme: Theme) -> None:
        self._view.setStyleSheet(
            f"QTextBrowser {{ background: {theme.editor_background}; color: {theme.editor_text}; border: none; }}"
        )

    def set_base_dir(self, folder: Path | None) -> None:
        if folder is not None:
            self._view.document().setBaseUrl(QUrl.fromLocalFile(str(folder) + "/"))

    def scroll_to_source_line(self, line: int) -> None:
        bar = self._view.verticalScrollBar()
        self._quiet = True
        bar.setValue(int(bar.maximum() * min(1.0, (line - 1) / self._lines)))
        self._quiet = False

    def _scrolled(self, value: int) -> None:
        if not self._quiet:
            bar = self._view.verticalScrollBar()
            self.source_line_scrolled.emit(1 + int(self._lines * value / max(1, bar.maximum())))

    def plain_text(self, callback: Callable[[str], None]) -> None:
        callback(self._view.toPlainText())


def _fallback_render(text: str) -> Any:
    try:
        import markdown

        body = markdown.markdown(text, extensions=["extra", "sane_lists"])
    except Exception:  # noqa: BLE001 - a preview must never take the editor down
        body = f"<pre>{html.escape(text)}</pre>"
    return body, text.count("\n") + 1


def make_render() -> RenderFn:
    """A render function for one document (it may keep per-document state, e.g. a block cache).

    The renderer (Python-Markdown and friends, ~40 ms of imports) is loaded by the first call,
    which happens on the task runner's worker, not while the window is being built."""
    import threading

    lock = threading.Lock()
    real: list[RenderFn] = []

    def render(text: str) -> Any:
        with lock:
            if not real:
                try:
                    from editor_app.ui.preview import make_render_function
                except ImportError:
                    real.append(_fallback_render)
                else:
                    real.append(make_render_function())
        return real[0](text)

    return render


def make_preview(parent: QWidget | None, allow_remote: Callable[[], bool] | None = None) -> PreviewLike:
    """Build the preview widget (the sandboxed web view when available)."""
    try:
        from editor_app.ui.preview import PreviewView
    except ImportError:
        return _FallbackPreview(parent)
    return PreviewView(parent, allow_remote=bool(allow_remote()) if allow_remote else False)
