"""The writer's text area: a QPlainTextEdit with a revision counter, image/HTML paste and sync hooks.

Paste and drop of images call ``image_saver(data, suffix, alt) -> markdown`` (the document tab
plugs in ``core.assets.save_image_asset``); pasted HTML becomes Markdown via
``core.assets.html_to_markdown``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QImage, QKeyEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QWidget

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp"}

ImageSaver = Callable[[bytes, str, str], str]  # (data, suffix, alt) -> Markdown to insert


DEFAULT_POINT_SIZE = 12.0


def editor_font(point_size: float = DEFAULT_POINT_SIZE) -> QFont:
    families = set(QFontDatabase.families())
    font = QFont()
    for name in ("Noto Sans", "Inter", "Cantarell", "DejaVu Sans", "Liberation Sans"):
        if name in families:
            font = QFont(name)
            break
    font.setPointSizeF(point_size)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


class MarkdownEditor(QPlainTextEdit):
    revision_changed = Signal(int)
    top_line_changed = Signal(int)  # first visible source line (0-based), for sync scroll
    image_error = Signal(str)
    files_dropped = Signal(list)  # local non-image files dropped or pasted: the window opens them

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._revision = 0
        self._quiet_scroll = False
        self.image_saver: ImageSaver | None = None
        self.setFont(editor_font())
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(False)
        self.setCenterOnScroll(False)
        self.document().setDocumentMargin(28)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.document().contentsChange.connect(self._on_contents_change)
        self.verticalScrollBar().valueChanged.connect(self._emit_top_line)

    # -- revision: monotonic, unlike QTextDocument.revision() which undo can move back --------
    @property
    def revision(self) -> int:
        return self._revision

    def _on_contents_change(self, _pos: int, removed: int, added: int) -> None:
        if removed or added:
            self._revision += 1
            self.revision_changed.emit(self._revision)

    def set_text_unmodified(self, text: str) -> None:
        """Replace all text (load/reload), clear undo history and the modified flag."""
        self.setPlainText(text)
        self.document().setModified(False)

    # -- navigation and sync scroll -------------------------------------------------------------
    def first_visible_line(self) -> int:
        block = self.firstVisibleBlock()
        return block.blockNumber() if block.isValid() else 0

    def _emit_top_line(self, _value: int) -> None:
        if not self._quiet_scroll:
            self.top_line_changed.emit(self.first_visible_line())

    def scroll_to_line(self, line: int) -> None:
        """Make source ``line`` the first visible one, without moving the cursor."""
        block = self.document().findBlockByNumber(max(0, line))
        if not block.isValid():
            return
        # In QPlainTextEdit the vertical scrollbar counts lines (layout lines of wrapped blocks).
        bar = self.verticalScrollBar()
        target = block.firstLineNumber()
        if bar.value() != target:
            # Not blockSignals: QPlainTextEdit itself scrolls on valueChanged. Mute only our echo.
            self._quiet_scroll = True
            try:
                bar.setValue(target)
            finally:
                self._quiet_scroll = False

    def go_to_line(self, line: int, column: int = 0) -> None:
        block = self.document().findBlockByNumber(max(0, line))
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.Right, n=min(column, block.length() - 1))
        self.setTextCursor(cursor)
        # Put the target near the top so the writer sees what follows the heading.
        self.scroll_to_line(line)
        self._emit_top_line(0)
        self.setFocus()

    def cursor_position(self) -> tuple[int, int]:
        c = self.textCursor()
        return c.blockNumber(), c.positionInBlock()

    # -- paste and drop -------------------------------------------------------------------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt override
        if source.hasImage() or source.hasHtml():
            return True
        if source.hasUrls() and any(u.isLocalFile() for u in source.urls()):
            return True
        return super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        local = [u.toLocalFile() for u in source.urls() if u.isLocalFile()]
        documents = [f for f in local if Path(f).is_file() and not self._is_image_url(f)]
        if documents and len(documents) == len(local):
            self.files_dropped.emit(documents)
            return
        image_files = [u.toLocalFile() for u in source.urls() if self._is_image_url(u.toLocalFile())]
        if image_files:
            snippets = []
            for f in image_files:
                p = Path(f)
                md = self._save_image(p.read_bytes(), p.suffix.lower(), alt=p.stem)
                if md:
                    snippets.append(md)
            if snippets:
                self.textCursor().insertText("\n\n".join(snippets))
            return
        if source.hasImage():
            image = QImage(source.imageData())
            if not image.isNull():
                buf = QByteArray()
                dev = QBuffer(buf)
                dev.open(QIODevice.OpenModeFlag.WriteOnly)
                image.save(dev, "PNG")  # type: ignore[call-overload]  # the stub says bytes; only str works
                md = self._save_image(bytes(buf.data()), ".png", alt="image")
                if md:
                    self.textCursor().insertText(md)
                return
        if source.hasHtml() and not source.hasFormat("application/x-editor-app-plain"):
            from editor_app.core.assets import html_to_markdown

            md = html_to_markdown(source.html())
            if md:
                self.textCursor().insertText(md)
                return
        super().insertFromMimeData(source)

    def _is_image_url(self, path: str) -> bool:
        return bool(path) and Path(path).suffix.lower() in IMAGE_SUFFIXES and Path(path).is_file()

    def _save_image(self, data: bytes, suffix: str, alt: str) -> str | None:
        if self.image_saver is None:
            self._image_problem("Images are stored next to the document. Save the document first, then paste again.")
            return None
        try:
            return self.image_saver(data, suffix, alt)
        except Exception as exc:  # the store raises writer-friendly messages
            self._image_problem(str(exc))
            return None

    def _image_problem(self, message: str) -> None:
        self.image_error.emit(message)  # the window shows it

    # Keep Tab inserting spaces-friendly Markdown indentation rather than a literal tab.
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if event.key() == Qt.Key.Key_Tab and plain and not self.textCursor().hasSelection():
            self.textCursor().insertText("    ")
            return
        super().keyPressEvent(event)
