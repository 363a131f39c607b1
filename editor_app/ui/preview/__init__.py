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


FIRST_PAINT_CHARS = 5_000
"""A first render of a longer document covers only its first blocks (about this much source, a
few screenfuls); the view paints them and then patches in the rest, rendered on a worker. A cold
20k-word render takes ~0.5 s, its first screenfuls ~0.05 s."""


def make_render_function(first_paint_chars: int | None = FIRST_PAINT_CHARS) -> Callable[[str], RenderResult]:
    """A thread-safe ``text -> RenderResult`` for the task runner, for one document.

    It remembers its last result so unchanged blocks keep their ids; the view patches against
    whatever it shows, so results the runner drops as stale do no harm. The first call for a long
    text returns a ``partial`` result whose ``finish()`` renders the rest (the view calls it on a
    worker after painting the first part).
    """
    lock = threading.Lock()
    last: list[RenderResult | None] = [None]

    def render_document(text: str) -> RenderResult:
        with lock:
            if last[0] is None and first_paint_chars is not None and len(text) > first_paint_chars:
                result = render(text, None, first_chars=first_paint_chars)
                if result.partial:
                    result.finish = lambda: finish(text, result)
            else:
                result = render(text, last[0])
            last[0] = result
            return result

    def finish(text: str, partial: RenderResult) -> RenderResult | None:
        with lock:
            if last[0] is not partial:
                return None  # the writer typed: a full render of the newer text is already there
            result = render(text, partial)
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


