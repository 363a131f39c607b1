"""Light and dark themes that switch the editor, the highlighter and the preview together.

The default follows the system colour scheme (QStyleHints.colorScheme) and keeps following it
while the app runs; the writer can pin "light" or "dark" instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from editor_app.ui.editor.highlighter import DARK_SYNTAX, LIGHT_SYNTAX, SyntaxColors

THEME_CHOICES = ("system", "light", "dark")


@dataclass(frozen=True)
class Theme:
    name: str  # "light" or "dark"
    window: str
    panel: str
    editor_background: str
    editor_text: str
    selection: str
    muted_text: str
    border: str
    accent: str
    warning_background: str
    warning_text: str
    syntax: SyntaxColors

    @property
    def is_dark(self) -> bool:
        return self.name == "dark"


LIGHT = Theme(
    name="light",
    window="#f4f2ee",
    panel="#ece9e3",
    editor_background="#ffffff",  # the preview's page colour: one surface across the split
    editor_text="#1f2328",
    selection="#cfe3f7",
    muted_text="#6a7079",
    border="#dcd8d0",
    accent="#0b63b6",
    warning_background="#fff3cd",
    warning_text="#5c4400",
    syntax=LIGHT_SYNTAX,
)

DARK = Theme(
    name="dark",
    window="#161b22",
    panel="#1b2028",
    editor_background="#0d1117",  # the preview's page colour: one surface across the split
    editor_text="#e6edf3",
    selection="#2f4a66",
    muted_text="#8b949e",
    border="#30363d",
    accent="#58a6ff",
    warning_background="#3d3214",
    warning_text="#f2d68a",
    syntax=DARK_SYNTAX,
)


def _icon(name: str) -> str:
    try:
        from editor_app.core.resources import resource_path

        return resource_path("icons", "ui", name).as_posix()
    except FileNotFoundError:
        return ""


def style_sheet(t: Theme) -> str:
    close, close_hover = _icon("close.svg"), _icon("close-hover.svg")
    return f"""
QMainWindow, QDialog {{ background: {t.window}; }}
QMainWindow::separator {{ background: {t.border}; width: 1px; height: 1px; }}
QPlainTextEdit#markdownEditor {{
    background: {t.editor_background}; color: {t.editor_text};
    selection-background-color: {t.selection}; selection-color: {t.editor_text};
    border: none;
}}
QTabWidget::pane {{ border: none; border-top: 1px solid {t.border}; }}
QTabBar::tab {{
    background: {t.panel}; color: {t.muted_text}; padding: 6px 14px; border: none;
    border-right: 1px solid {t.border};
}}
QTabBar::tab:selected {{ background: {t.editor_background}; color: {t.editor_text}; }}
QDockWidget {{ color: {t.muted_text}; }}
QDockWidget::title {{ background: {t.panel}; padding: 6px 10px; }}
#outlinePanel, #outlinePanel QTreeWidget {{ background: {t.panel}; color: {t.editor_text}; border: none; }}
#outlinePanel QTreeWidget::item {{ padding: 3px 2px; }}
#outlinePanel QTreeWidget::item:selected {{ background: {t.selection}; color: {t.editor_text}; }}
#outlineEmpty {{ color: {t.muted_text}; padding: 16px; }}
QStatusBar {{ background: {t.panel}; color: {t.muted_text}; border-top: 1px solid {t.border}; }}
QStatusBar QLabel {{ color: {t.muted_text}; padding: 0 8px; }}
#messageBar {{ background: {t.warning_background}; color: {t.warning_text}; border-bottom: 1px solid {t.border}; }}
#messageBar QLabel {{ color: {t.warning_text}; }}
#findBar {{ background: {t.panel}; border-top: 1px solid {t.border}; }}
#findStatus {{ color: {t.muted_text}; }}
QSplitter::handle {{ background: {t.border}; }}
QTabBar::close-button {{ image: url({close}); subcontrol-position: right; margin: 2px; }}
QTabBar::close-button:hover {{ image: url({close_hover}); }}
QScrollBar:vertical {{ background: transparent; width: 12px; margin: 0; border: none; }}
QScrollBar:horizontal {{ background: transparent; height: 12px; margin: 0; border: none; }}
QScrollBar::handle:vertical, QScrollBar::handle:horizontal {{
    background: {t.muted_text}; border-radius: 3px; margin: 3px; min-height: 32px; min-width: 32px;
}}
QScrollBar::handle:vertical:hover, QScrollBar::handle:horizontal:hover {{ background: {t.editor_text}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; background: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QMenuBar {{ background: {t.window}; color: {t.editor_text}; }}
QMenuBar::item:selected {{ background: {t.selection}; }}
"""


def apply_palette(t: Theme) -> QPalette:
    p = QPalette()
    c = QColor
    p.setColor(QPalette.ColorRole.Window, c(t.window))
    p.setColor(QPalette.ColorRole.WindowText, c(t.editor_text))
    p.setColor(QPalette.ColorRole.Base, c(t.editor_background))
    p.setColor(QPalette.ColorRole.AlternateBase, c(t.panel))
    p.setColor(QPalette.ColorRole.Text, c(t.editor_text))
    p.setColor(QPalette.ColorRole.Button, c(t.panel))
    p.setColor(QPalette.ColorRole.ButtonText, c(t.editor_text))
    p.setColor(QPalette.ColorRole.Highlight, c(t.selection))
    p.setColor(QPalette.ColorRole.HighlightedText, c(t.editor_text))
    p.setColor(QPalette.ColorRole.ToolTipBase, c(t.panel))
    p.setColor(QPalette.ColorRole.ToolTipText, c(t.editor_text))
    p.setColor(QPalette.ColorRole.PlaceholderText, c(t.muted_text))
    p.setColor(QPalette.ColorRole.Link, c(t.accent))
    return p


class ThemeManager(QObject):
    """Holds the current theme; emits ``changed(theme)`` when the choice or the system changes."""

    changed = Signal(object)

    def __init__(self, choice: str = "system", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choice = choice if choice in THEME_CHOICES else "system"
        self._current = self._resolve()
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._system_changed)

    @property
    def choice(self) -> str:
        return self._choice

    @property
    def current(self) -> Theme:
        return self._current

    def set_choice(self, choice: str) -> None:
        self._choice = choice if choice in THEME_CHOICES else "system"
        self._update()

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._choice == "system":
            self._update()

    def _resolve(self) -> Theme:
        if self._choice == "dark":
            return DARK
        if self._choice == "light":
            return LIGHT
        scheme = QGuiApplication.styleHints().colorScheme()
        return DARK if scheme == Qt.ColorScheme.Dark else LIGHT

    def _update(self) -> None:
        new = self._resolve()
        if new != self._current:
            self._current = new
        self.changed.emit(self._current)
