"""One open document: editor + live preview side by side, a message bar, and the document state.

The tab owns a core :class:`~editor_app.core.document.Document` (path, encoding, disk
fingerprint) and the editor widget; ``Document.text`` is synced from the widget only when needed
(save, autosave, background snapshots), so a keystroke costs no full-text copy.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from editor_app.core.document import Document
from editor_app.ui.editor.highlighter import MarkdownHighlighter
from editor_app.ui.editor.widget import MarkdownEditor
from editor_app.ui.message_bar import MessageBar
from editor_app.ui.preview_seam import PreviewLike, RenderFn
from editor_app.ui.tasks import TaskRunner
from editor_app.ui.theme import Theme

RENDER_DEBOUNCE_MS = 4
ANALYSIS_DEBOUNCE_MS = 250


class DocumentTab(QWidget):
    dirty_changed = Signal(bool)
    title_changed = Signal()
    analysis_ready = Signal(object)  # editor.outline.Analysis
    rendered = Signal(int)  # revision shown in the preview
    preview_created = Signal(object)  # the preview widget, once built

    def __init__(
        self,
        document: Document,
        runner: TaskRunner,
        preview_factory: Callable[[QWidget], PreviewLike],
        render: RenderFn,
        theme: Theme,
        parent: QWidget | None = None,
        doc_id: str | None = None,
        highlighter_class: type[MarkdownHighlighter] = MarkdownHighlighter,
    ) -> None:
        super().__init__(parent)
        self.doc = document
        self.doc_id = doc_id or uuid.uuid4().hex
        self.runner = runner
        self._protect_from_log(document.text)
        self._render = render
        # Text transforms applied (on the worker) before rendering, e.g. review mode's "final" view.
        self.render_filters: list[Callable[[str], str]] = []
        # Per-tab features attach here by name (e.g. "checks", "review").
        self.features: dict[str, Any] = {}
        # The web preview is built after the window is first shown (QtWebEngine start-up would
        # otherwise delay the window); renders that finish before that wait in _pending_render.
        self._preview_factory = preview_factory
        self.preview: PreviewLike | None = None
        self._pending_render: Any = None
        self._theme = theme
        self.editor = MarkdownEditor(self)
        self.editor.setObjectName("markdownEditor")
        self.message_bar = MessageBar(self)
        self.shown_revision = -1
        self._syncing_scroll = False
        self.last_analysis: Any = None
        self._notices: dict[str, str] = {}
        self._shown_fm_problem: str | None = None

        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.editor)
        self._placeholder = QWidget(self)
        self._placeholder.setObjectName("previewPlaceholder")
        self.splitter.addWidget(self._placeholder)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self._sized = False
        # The writer's editor:preview split, kept when the tab is resized (a panel opening beside
        # it would otherwise take all its width from the editor).
        self.editor_share = 0.5
        self.splitter.splitterMoved.connect(self._split_moved)
        self.untouched_text_is_saved = False  # True for the welcome sample: not unsaved work
        self._preview_scheduled = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.splitter, 1)

        self.editor.set_text_unmodified(document.text)
        # Colouring a long document takes a while (~40 ms at 20k words, ~200 ms at 100k), so the
        # highlighter is detached until the editor has painted once: the window shows first,
        # then the colours arrive (a tab that is never shown is never coloured).
        self.highlighter = highlighter_class(self.editor.document(), theme.syntax)
        self.highlighter.setDocument(None)
        self._sync_image_saver()
        self.editor.document().modificationChanged.connect(self._modification_changed)
        self.editor.revision_changed.connect(self._edited)
        self.editor.top_line_changed.connect(self._editor_scrolled)
        self.theme_name = theme.name
        self.show_load_notices()
        # First render/analysis right away (no debounce) so the preview paints as soon as possible.
        QTimer.singleShot(0, self, self._first_pass)

    def _protect_from_log(self, text: str) -> None:
        """The document's words never reach the log, whatever a message carries (~2 ms per 1,000
        words: a long document is registered on a worker so opening it does not wait)."""
        from editor_app.core.logsetup import protect_text

        if len(text) < 60_000:
            protect_text(text)
        else:
            self.runner.run(lambda _ctx: protect_text(text), lambda _r: None, label="Opening")

    def _first_pass(self) -> None:
        self.request_render(0)
        self.request_analysis(0)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._sized:  # split once the real width is known
            self._sized = True
            self._apply_split()
        if not self._preview_scheduled:
            # Colour the text and build the web view once the editor has painted, so the window
            # shows first.
            self._preview_scheduled = True
            self.editor.viewport().installEventFilter(self)
            QTimer.singleShot(500, self, self._after_first_paint)  # in case no paint ever comes

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._sized:
            self._apply_split()

    def _apply_split(self) -> None:
        total = sum(self.splitter.sizes()) or self.splitter.width()
        left = max(1, round(total * self.editor_share))
        self.splitter.setSizes([left, max(1, total - left)])

    def _split_moved(self, _pos: int, _index: int) -> None:
        sizes = self.splitter.sizes()
        if sum(sizes) > 0:
            self.editor_share = min(0.9, max(0.1, sizes[0] / sum(sizes)))

    def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.Paint and obj is self.editor.viewport():
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self, self._after_first_paint)
        return False

    def _after_first_paint(self) -> None:
        QTimer.singleShot(0, self, self.ensure_preview)
        # Long documents: colour after the first render is in, so the highlighter (Python, on
        # this thread) does not compete with the renderer for the interpreter lock.
        if self.editor.document().characterCount() < 60_000 or self.shown_revision >= 0:
            self.ensure_highlighting()
        else:
            self.rendered.connect(self._highlight_after_render)
            QTimer.singleShot(1500, self, self.ensure_highlighting)

    def _highlight_after_render(self, _revision: int) -> None:
        self.rendered.disconnect(self._highlight_after_render)
        QTimer.singleShot(0, self, self.ensure_highlighting)

    def ensure_highlighting(self) -> None:
        if self.highlighter.document() is None:
            self.highlighter.setDocument(self.editor.document())

    def ensure_preview(self) -> PreviewLike:
        """Build the preview now (normally done just after the tab is first shown)."""
        if self.preview is not None:
            return self.preview
        sizes = self.splitter.sizes()
        preview = self._preview_factory(self)
        self.preview = preview
        self.splitter.replaceWidget(1, preview.widget())
        self._placeholder.deleteLater()
        self.splitter.setSizes(sizes)
        preview.source_line_scrolled.connect(self._preview_scrolled)
        preview.set_base_dir(self.base_dir())
        preview.set_theme(self._theme)
        self.preview_created.emit(preview)
        if self._pending_render is not None:
            result, self._pending_render = self._pending_render, None
            self._show_render(result)
        return preview

    # -- identity ---------------------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        return self.doc.path

    @property
    def is_dirty(self) -> bool:
        if self.editor.document().isModified():
            return True
        return self.doc.path is None and not self.untouched_text_is_saved and not self.editor.document().isEmpty()

    def display_name(self) -> str:
        return self.doc.display_name

    def base_dir(self) -> Path | None:
        return self.doc.path.parent if self.doc.path is not None else None

    def sync_document(self) -> Document:
        """Copy the editor's text into the core document (before save/autosave)."""
        self.doc.set_text(self.editor.toPlainText())
        return self.doc

    def snapshot(self) -> tuple[str, int]:
        """Plain data for background work: (text, revision)."""
        return self.editor.toPlainText(), self.editor.revision

    # -- notices ------------------------------------------------------------------------------
    def show_load_notices(self) -> None:
        err = self.doc.front_matter_error
        self._notices = {}
        if self.doc.encoding_notice:
            self._notices["encoding"] = self.doc.encoding_notice
        self._shown_fm_problem = str(err) if err is not None else None
        self._set_front_matter_notice(self._shown_fm_problem, opened=True)

    def _set_front_matter_notice(self, problem: str | None, opened: bool = False) -> None:
        if problem is None:
            self._notices.pop("front matter", None)
        elif opened:
            self._notices["front matter"] = f"The front matter is not valid YAML and was kept as text: {problem}"
        else:
            self._notices["front matter"] = f"The front matter is not valid YAML: {problem}"
        bar = self.message_bar
        if bar.isVisible() and bar.kind not in ("notices", ""):
            return  # an external-change question or an error is showing; do not hide it
        if self._notices:
            text = "\n".join(self._notices[k] for k in ("front matter", "encoding") if k in self._notices)
            if not (bar.isVisible() and bar.label.text() == text):
                bar.show_message(text, kind="notices")
        elif bar.isVisible() and bar.kind == "notices":
            bar.dismiss()

    # -- background work ---------------------------------------------------------------------
    def _edited(self, _revision: int) -> None:
        self.request_render()
        self.request_analysis()

    def request_render(self, debounce_ms: int = RENDER_DEBOUNCE_MS) -> None:
        self.runner.request(
            ("render", self.doc_id),
            self.snapshot,
            self._filtered_render,
            self._show_render,
            current_revision=lambda: self.editor.revision,
            debounce_ms=debounce_ms,
            label="Updating the preview",
            priority=5,  # the writer is looking at it
            interactive=True,
        )

    def _filtered_render(self, text: str) -> Any:  # worker thread
        for f in list(self.render_filters):
            text = f(text)
        return self._render(text)

    def _show_render(self, result: Any) -> None:
        if self.preview is None:
            self._pending_render = result
            return
        self.preview.show_render(result)
        self.shown_revision = self.editor.revision
        self.rendered.emit(self.shown_revision)

    def request_analysis(self, debounce_ms: int = ANALYSIS_DEBOUNCE_MS) -> None:
        from editor_app.ui.editor.outline import analyse

        self.runner.request(
            ("analysis", self.doc_id),
            self.snapshot,
            analyse,
            self._analysis_done,
            current_revision=lambda: self.editor.revision,
            debounce_ms=debounce_ms,
            label="Counting words",
            interactive=True,
        )

    def _analysis_done(self, analysis: Any) -> None:
        self.last_analysis = analysis
        problem = getattr(analysis, "front_matter_error", None)
        if problem != self._shown_fm_problem:
            self._shown_fm_problem = problem
            self._set_front_matter_notice(problem, opened=self.editor.revision == 0)
        self.analysis_ready.emit(analysis)

    def close_background_work(self) -> None:
        self.runner.cancel_key(("render", self.doc_id))
        self.runner.cancel_key(("analysis", self.doc_id))

    # -- sync scroll --------------------------------------------------------------------------
    def _editor_scrolled(self, line: int) -> None:
        if self._syncing_scroll or self.preview is None:
            return
        self._syncing_scroll = True
        try:
            self.preview.scroll_to_source_line(line + 1)  # the preview counts lines from 1
        finally:
            self._syncing_scroll = False

    def _preview_scrolled(self, line: int) -> None:
        if self._syncing_scroll:
            return
        self._syncing_scroll = True
        try:
            self.editor.scroll_to_line(line - 1)
        finally:
            self._syncing_scroll = False

    # -- theme -------------------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        self.highlighter.set_colors(theme.syntax)
        self._theme = theme
        if self.preview is not None:
            self.preview.set_theme(theme)
        self.theme_name = theme.name

    # -- state changes -----------------------------------------------------------------------
    def _modification_changed(self, _modified: bool) -> None:
        self.dirty_changed.emit(self.is_dirty)

    def mark_saved(self) -> None:
        self.editor.document().setModified(False)
        self._sync_image_saver()
        if self.preview is not None:
            self.preview.set_base_dir(self.base_dir())
        self.title_changed.emit()
        self.dirty_changed.emit(self.is_dirty)

    def replace_text_from_disk(self) -> None:
        """After ``doc.reload()``: show the new text, keep the cursor line as near as possible."""
        line, col = self.editor.cursor_position()
        self._protect_from_log(self.doc.text)
        self.editor.set_text_unmodified(self.doc.text)
        self.editor.go_to_line(line, col)
        self.show_load_notices()
        self.dirty_changed.emit(self.is_dirty)

    def _sync_image_saver(self) -> None:
        self.editor.image_saver = self._save_image if self.doc.path is not None else None

    def _save_image(self, data: bytes, suffix: str, alt: str) -> str:
        from editor_app.core.assets import save_image_asset

        assert self.doc.path is not None
        _rel, markdown = save_image_asset(self.doc.path, data, suffix.lstrip("."), alt=alt)
        return markdown
