"""PreviewView: the live preview widget. Loads the page once, then patches changed blocks."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QPointF, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from editor_app.core.rendering import BlockPatch, RenderResult, diff_blocks, preview_css
from editor_app.ui.preview.page import WORLD, PreviewPage, block_html, page_html

# QWebEngineView.setHtml fails (loadFinished(False), empty page) above 2 MB; bigger pages are
# written to a private temporary file and loaded from there.
SET_HTML_LIMIT = 1_500_000


class PreviewView(QWebEngineView):
    """Sandboxed Markdown preview with block patching and source-line sync scroll.

    Feed it :class:`~editor_app.core.rendering.RenderResult` objects (rendered off the UI thread)
    through :meth:`show_render`. Lines are 1-based lines of the source file, front matter included.
    """

    #: The writer scrolled the preview; the source line now at its top.
    source_line_scrolled = Signal(int)
    #: A render reached the page (after the first load or a patch); mainly for tests/benchmarks.
    render_applied = Signal()
    #: A clicked link that is not a web link (e.g. ``other.md``), for the window to open.
    local_link_clicked = Signal(QUrl)
    #: The page asked for a remote resource and was refused (see :meth:`set_allow_remote`).
    remote_content_blocked = Signal(str)
    #: (internal) the rest of a partial first render, delivered from a worker thread
    _finished = Signal(object, object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        open_external: Callable[[QUrl], object] | None = None,
        allow_remote: bool = False,
    ) -> None:
        super().__init__(parent)
        self._page = PreviewPage(open_external or QDesktopServices.openUrl, parent=self)
        self.setPage(self._page)
        self._page.blocker.allow_remote = allow_remote
        self._page.loadFinished.connect(self._load_finished)
        self._page.scrollPositionChanged.connect(self._scroll_changed)
        self._page.local_link_clicked.connect(self.local_link_clicked)
        self._page.blocker.blocked_url.connect(self.remote_content_blocked)
        self._shown: RenderResult | None = None
        self._pending: RenderResult | None = None
        self._loading = False
        self._theme = "light"
        self._css_cache: dict[str, str] = {}
        self._base_dir: Path | None = None
        self._restore_y: float | None = None
        self._pending_line: int | None = None
        self._busy = 0  # our own scroll-moving JavaScript calls still running
        self._expected_y = 0.0
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setSingleShot(True)
        self._scroll_timer.setInterval(30)
        self._scroll_timer.timeout.connect(self._report_scroll)
        self.full_loads = 0  # how many times the whole page was (re)loaded
        self.patches = 0  # how many renders were applied as DOM patches
        self._finishing: RenderResult | None = None  # partial result whose rest is being rendered
        self._last_line: int | None = None  # last line asked for while only part was shown
        self._finished.connect(self._show_finished)

    # -- what the document tab uses -------------------------------------------------------------

    def widget(self) -> QWidget:
        return self

    def show_render(self, result: RenderResult) -> None:
        """Show a render: the first one loads the page; later ones patch only changed blocks."""
        if not isinstance(result, RenderResult):
            raise TypeError(f"show_render expects a RenderResult, not {type(result).__name__}")
        if self._loading:
            self._pending = result
            return
        if self._shown is None:
            self._load(result)
            return
        if result.patch is not None and result.base_serial == self._shown.serial:
            patch: BlockPatch | None = result.patch  # computed on the worker against what we show
        else:
            patch = diff_blocks(self._shown.blocks, result.blocks)
        if patch is None:
            self._load(result, keep_scroll=True)
            return
        self._shown = result
        if patch.is_empty:
            self.render_applied.emit()
            return
        payload = {
            "remove": list(patch.remove_ids),
            "inserts": [[after, "".join(block_html(b) for b in run)] for after, run in patch.inserts],
            "moves": [list(m) for m in patch.line_moves],
        }
        self._busy += 1
        self._page.runJavaScript(f"__ed.patch({json.dumps(payload)})", WORLD, self._patched)

    def scroll_to_source_line(self, line: int) -> None:
        """Scroll so that the given source line is at the top of the preview."""
        if self._shown is not None and self._shown.partial:
            self._last_line = int(line)  # asked again once the rest is in
        if self._shown is None or self._loading:
            self._pending_line = int(line)
            return
        self._busy += 1
        self._page.runJavaScript(f"__ed.scrollToLine({int(line)})", WORLD, self._programmatic_done)

    def set_theme(self, theme: Any) -> None:
        """``"light"``/``"dark"`` or a theme object with a ``name`` of either."""
        name = theme if isinstance(theme, str) else str(getattr(theme, "name", "light"))
        name = "dark" if name == "dark" else "light"
        if name == self._theme:
            return
        self._theme = name
        if self._shown is not None and not self._loading:
            self._busy += 1
            self._page.runJavaScript(
                f"__ed.setTheme({json.dumps(self._css(name))}, {json.dumps(name)})", WORLD, self._programmatic_done
            )
        elif self._shown is not None:
            self._pending = self._pending or self._shown
            self._shown = None  # reload with the new theme once the current load ends

    def set_document_dir(self, folder: str | Path | None) -> None:
        """Folder relative image paths are resolved against (the document's folder)."""
        new = Path(folder).resolve() if folder is not None else None
        if new == self._base_dir:
            return
        self._base_dir = new
        if self._shown is not None:
            self._load(self._shown, keep_scroll=True)

    set_base_dir = set_document_dir

    def set_allow_remote(self, allow: bool) -> None:
        """Let the page load images, fonts and styles from the web (off by default)."""
        if allow == self._page.blocker.allow_remote:
            return
        self._page.blocker.allow_remote = allow
        if self._shown is not None:
            self._load(self._shown, keep_scroll=True)

    @property
    def blocked_requests(self) -> list[str]:
        """Remote URLs the page wanted and did not get."""
        return list(self._page.blocker.blocked)

    def plain_text(self, callback: Callable[[str], None]) -> None:
        self._page.toPlainText(callback)

    # -- loading and patching --------------------------------------------------------------------

    def _css(self, name: str) -> str:
        if name not in self._css_cache:
            self._css_cache[name] = preview_css("dark" if name == "dark" else "light")
        return self._css_cache[name]

    def _load(self, result: RenderResult, keep_scroll: bool = False) -> None:
        if keep_scroll and self._shown is not None:
            self._restore_y = self._page.scrollPosition().y()
        self._shown = result
        self._loading = True
        self.full_loads += 1
        html = page_html(result, self._css(self._theme), self._theme, self._base_dir)
        base = QUrl.fromLocalFile(str(self._base_dir) + "/") if self._base_dir else QUrl("file:///")
        self._page.expect_load = True
        data = html.encode("utf-8")
        if len(data) < SET_HTML_LIMIT:
            self._page.setHtml(html, base)
        else:
            if self._tmp is None:
                self._tmp = tempfile.TemporaryDirectory(prefix="editor-app-preview-")
            page_file = Path(self._tmp.name) / "preview.html"
            page_file.write_bytes(data)
            self._page.setUrl(QUrl.fromLocalFile(str(page_file)))

    def _load_finished(self, ok: bool) -> None:
        if not self._loading:
            return
        self._loading = False
        self._start_finishing()
        if self._restore_y is not None:
            y, self._restore_y = self._restore_y, None
            self._busy += 1
            self._page.runJavaScript(f"window.scrollTo(0, {float(y)}); window.scrollY", WORLD, self._programmatic_done)
        pending, self._pending = self._pending, None
        line, self._pending_line = self._pending_line, None
        if pending is not None:
            self.show_render(pending)
        if line is not None:
            self.scroll_to_source_line(line)
        if pending is None:
            self.render_applied.emit()

    # -- a partial first render: paint it, then patch in the rest --------------------------------

    def _start_finishing(self) -> None:
        shown = self._shown
        if shown is None or not shown.partial or shown.finish is None or self._finishing is shown:
            return
        self._finishing = shown
        finish = shown.finish
        signal = self._finished

        def work() -> None:  # worker thread: plain data in and out
            try:
                result: Any = finish()
            except Exception as exc:  # noqa: BLE001 - shown below as a reload of what we have
                result = exc
            try:
                signal.emit(shown, result)
            except RuntimeError:  # the view was closed meanwhile
                pass

        QThreadPool.globalInstance().start(work)

    def _show_finished(self, partial: RenderResult, result: Any) -> None:
        if not shiboken6.isValid(self):
            return
        self._finishing = None
        if not isinstance(result, RenderResult):
            return  # a newer full render superseded it (or it failed: the next keystroke renders again)
        current = self._pending or self._shown
        if current is not partial:
            return  # something newer is shown or on its way
        self.show_render(result)
        line, self._last_line = self._last_line, None
        if line is not None:
            self.scroll_to_source_line(line)

    def _patched(self, y: Any) -> None:
        if not shiboken6.isValid(self):
            return  # the view was deleted while the page ran the patch
        self._busy -= 1
        if not isinstance(y, (int, float)) or y < 0:
            # The page and our idea of it disagree (e.g. it was still loading): start afresh.
            if self._shown is not None:
                self._load(self._shown, keep_scroll=True)
            return
        self._expected_y = float(y)
        self.patches += 1
        self.render_applied.emit()

    def _programmatic_done(self, y: Any) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy -= 1
        if isinstance(y, (int, float)):
            self._expected_y = float(y)

    # -- sync scroll: preview -> editor ----------------------------------------------------------

    def _scroll_changed(self, pos: QPointF) -> None:
        if self._busy or self._loading or abs(pos.y() - self._expected_y) < 1.5:
            return  # our own scrolling, not the writer's
        self._scroll_timer.start()

    def _report_scroll(self) -> None:
        if not shiboken6.isValid(self) or self._busy or self._loading:
            return
        # Arrays do not come back through runJavaScript from this world; a JSON string does.
        self._page.runJavaScript("JSON.stringify([__ed.lineAtTop(), window.scrollY])", WORLD, self._emit_line)

    def _emit_line(self, value: Any) -> None:
        if not shiboken6.isValid(self):
            return
        try:
            line, y = json.loads(value)
        except (TypeError, ValueError):
            return
        self._expected_y = float(y)
        self.source_line_scrolled.emit(int(line))
