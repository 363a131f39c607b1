"""Live preview: a sandboxed QtWebEngine page fed by :mod:`editor_app.core.rendering`.

Wiring (what the document tab / ``preview_seam.make_preview`` uses)::

    view, render_fn = create_preview(parent)
    # on a worker thread (the task runner):   result = render_fn(text)
    # on the UI thread:                       view.show_render(result)
    view.scroll_to_source_line(line)          # editor scrolled -> preview follows (1-based line)
    view.source_line_scrolled.connect(...)    # preview scrolled by the writer -> editor follows
    view.set_theme(theme)                     # "light"/"dark" or an object with .name
    view.set_document_dir(folder)             # relative images resolve here (alias set_base_dir)
    view.set_allow_remote(True)               # let remote images/fonts load (blocked by default)
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from editor_app.core.rendering import RenderResult, render
from editor_app.ui.preview.view import PreviewView

__all__ = ["PreviewView", "create_preview", "make_render_function"]


def make_render_function() -> Callable[[str], RenderResult]:
    """A thread-safe ``text -> RenderResult`` for the task runner, for one document.

    It remembers its last result so unchanged blocks keep their ids; the view patches against
    whatever it shows, so results the runner drops as stale do no harm.
    """
    lock = threading.Lock()
    last: list[RenderResult | None] = [None]

    def render_document(text: str) -> RenderResult:
        with lock:
            result = render(text, last[0])
            last[0] = result
            return result

    return render_document


def create_preview(
    parent: QWidget | None = None, allow_remote: Callable[[], bool] | bool | None = None
) -> tuple[PreviewView, Callable[[str], RenderResult]]:
    """Build the preview widget and the render function that feeds it (one pair per document)."""
    allow = bool(allow_remote() if callable(allow_remote) else allow_remote)
    view = PreviewView(parent, allow_remote=allow)
    return view, make_render_function()


