"""Edit and View commands that act on the current tab: undo/redo/clipboard, tab switching and
text size. Kept out of the window class; ``install_commands`` adds them to the menus."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from editor_app.ui.editor.widget import DEFAULT_POINT_SIZE, editor_font

MIN_POINT_SIZE = 7
MAX_POINT_SIZE = 40


def install_commands(window: Any, settings: Any, persist: Callable[[], None]) -> None:
    def editor() -> Any:
        tab = window.current_tab()
        return tab.editor if tab is not None else None

    def on_editor(method: str) -> Callable[[], None]:
        def run() -> None:
            ed = editor()
            if ed is not None:
                getattr(ed, method)()

        return run

    edit = window.menu("&Edit")
    first = edit.actions()[0] if edit.actions() else None
    items = [
        ("&Undo", "undo", QKeySequence.StandardKey.Undo),
        ("&Redo", "redo", QKeySequence.StandardKey.Redo),
        (None, None, None),
        ("Cu&t", "cut", QKeySequence.StandardKey.Cut),
        ("&Copy", "copy", QKeySequence.StandardKey.Copy),
        ("&Paste", "paste", QKeySequence.StandardKey.Paste),
        ("Select &All", "selectAll", QKeySequence.StandardKey.SelectAll),
        (None, None, None),
    ]
    for text, method, key in items:
        if text is None or key is None:
            if first is not None:
                edit.insertSeparator(first)
            else:
                edit.addSeparator()
            continue
        action = window.add_action("&Edit", text, on_editor(str(method)))
        # The editor handles these keys itself; the menu entries only show the shortcut, so the
        # key is not taken twice (an ambiguous shortcut would do nothing).
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        if first is not None:
            edit.removeAction(action)
            edit.insertAction(first, action)

    def switch(step: int) -> None:
        n = window.tabs.count()
        if n > 1:
            window.tabs.setCurrentIndex((window.tabs.currentIndex() + step) % n)
            tab = window.current_tab()
            if tab is not None:
                tab.editor.setFocus()

    window.menu("&View").addSeparator()
    window.add_action("&View", "&Next Tab", lambda: switch(1), QKeySequence("Ctrl+PgDown"))
    window.add_action("&View", "&Previous Tab", lambda: switch(-1), QKeySequence("Ctrl+PgUp"))

    def size() -> float:
        return float(settings.editor_font_size or DEFAULT_POINT_SIZE)

    def set_size(points: float | None) -> None:
        new = DEFAULT_POINT_SIZE if points is None else max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, points))
        settings.editor_font_size = 0 if points is None else int(round(new))
        apply_size(window, float(new))
        try:
            persist()
        except OSError:
            pass

    window.menu("&View").addSeparator()
    window.add_action("&View", "&Larger Text", lambda: set_size(size() + 1), QKeySequence.StandardKey.ZoomIn)
    window.add_action("&View", "&Smaller Text", lambda: set_size(size() - 1), QKeySequence.StandardKey.ZoomOut)
    window.add_action("&View", "&Normal Text Size", lambda: set_size(None), QKeySequence("Ctrl+0"))
    window.tab_opened.connect(lambda tab: tab.editor.setFont(editor_font(size())))


def apply_size(window: Any, points: float) -> None:
    for tab in window.all_tabs():
        tab.editor.setFont(editor_font(points))
        if tab.highlighter.document() is not None:
            tab.highlighter.rehighlight()  # the line spacing follows the text size
