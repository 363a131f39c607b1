"""Review mode in the real widget: time per recorded keystroke on long articles (prints a table).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_review_ui.py
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_review import article  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def _keep_none_alive() -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method that
    returns nothing (a 4-line loop of ``QTextCursor.setPosition`` dies with "deallocating None"
    after ~5000 calls; 6.11.2 does not). Give None enough references for this benchmark."""
    import ctypes

    if sys.version_info < (3, 12):
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


def main() -> None:
    _keep_none_alive()
    app = QApplication.instance() or QApplication([])
    from editor_app.ui.editor.highlighter import MarkdownHighlighter
    from editor_app.ui.editor.widget import MarkdownEditor
    from editor_app.ui.review import ReviewController, review_aware

    print(f"{'words':>7} {'marks':>6} | {'type (ms/key)':>14} {'backspace (ms/key)':>19}")
    for words, marks in ((2_000, 10), (20_000, 50), (20_000, 500)):
        editor = MarkdownEditor()
        review_aware(MarkdownHighlighter)(editor.document())
        editor.setPlainText(article(words, marks))
        controller = ReviewController(editor)
        controller.set_enabled(True)
        editor.show()
        app.processEvents()
        c = editor.textCursor()
        c.setPosition(len(editor.toPlainText()) // 2)
        editor.setTextCursor(c)
        n = 40
        t = time.perf_counter()
        for _ in range(n):
            QTest.keyClicks(editor, "x")
            app.processEvents()
        typing = (time.perf_counter() - t) / n * 1000
        c = editor.textCursor()
        c.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.MoveAnchor, 200)
        editor.setTextCursor(c)
        t = time.perf_counter()
        for _ in range(n):
            QTest.keyClick(editor, Qt.Key.Key_Backspace)
            app.processEvents()
        back = (time.perf_counter() - t) / n * 1000
        print(f"{words:>7} {marks:>6} | {typing:>14.2f} {back:>19.2f}")
        editor.deleteLater()
        app.processEvents()


if __name__ == "__main__":
    main()
