"""The main window: tabs of documents, outline dock, find bar, status bar. Thin by design.

Features live in their own modules and are wired here: file commands in ``ui/files.py``,
autosave/recovery in ``ui/autosave.py``, external-change watching in ``ui/external.py``, the
session in ``ui/session.py``. Other parts of the app attach through the hooks below
(``tab_opened``/``tab_closing``/``current_tab_changed`` signals, ``add_panel``, ``menu``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from editor_app.ui.document_tab import DocumentTab
from editor_app.ui.editor.find_replace import FindReplaceBar
from editor_app.ui.editor.outline import Analysis, OutlinePanel
from editor_app.ui.tasks import TaskHandle, TaskRunner
from editor_app.ui.theme import THEME_CHOICES, Theme, ThemeManager, apply_palette, style_sheet

APP_NAME = "Editor"


class MainWindow(QMainWindow):
    # Hooks for other features (checks, publishing): attach per tab, follow the current tab.
    tab_opened = Signal(object)  # DocumentTab
    tab_closing = Signal(object)  # DocumentTab
    current_tab_changed = Signal(object)  # DocumentTab | None
    focus_lost = Signal()
    files_dropped = Signal(list)  # paths of documents dropped on an editor

    def __init__(self, runner: TaskRunner, themes: ThemeManager, tab_factory: Callable[..., DocumentTab]) -> None:
        super().__init__()
        self.runner = runner
        self.themes = themes
        self.tab_factory = tab_factory
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 800)
        self._menus: dict[str, QMenu] = {}
        for title in ("&File", "&Edit", "&View"):  # fixed order; others append after
            self.menu(title)
        self.on_close_request: Callable[[], bool] | None = None  # set by the file controller

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.tabBar().setDrawBase(False)  # the style's base line shows as a bright rule in dark mode
        self.find_bar = FindReplaceBar(self)
        central = QWidget(self)
        lay = QVBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.find_bar)
        self.setCentralWidget(central)

        self.outline = OutlinePanel(self)
        self.outline_dock = self.add_panel(self.outline, "Outline", Qt.DockWidgetArea.LeftDockWidgetArea, "outlineDock")
        self.outline.heading_activated.connect(self._go_to_heading)
        # The Outline shows itself for documents with headings and steps aside for those without
        # (an empty panel only takes the editor's width), until the writer opens or closes it.
        self.outline_follows_document = True
        self.outline_dock.toggleViewAction().triggered.connect(self._outline_chosen)
        self.outline_dock.hide()

        self.stats_label = QLabel("", self)
        self.cursor_label = QLabel("", self)
        self.progress_label = QLabel("", self)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setMaximumWidth(160)
        self.progress_cancel = QPushButton("Cancel", self)
        for w in (self.progress_label, self.progress_bar, self.progress_cancel):
            w.hide()
        sb = self.statusBar()
        sb.setSizeGripEnabled(False)
        sb.addWidget(self.stats_label)
        sb.addPermanentWidget(self.progress_label)
        sb.addPermanentWidget(self.progress_bar)
        sb.addPermanentWidget(self.progress_cancel)
        sb.addPermanentWidget(self.cursor_label)
        self._long_tasks: dict[int, TaskHandle] = {}

        self.tabs.currentChanged.connect(self._current_changed)
        runner.failed.connect(self.show_background_error)
        runner.progress.connect(self._progress)
        runner.finished.connect(self._task_finished)
        themes.changed.connect(self.apply_theme)
        self._build_view_menu()
        self.apply_theme(themes.current)

    # -- hooks for other features ----------------------------------------------------------
    def menu(self, title: str) -> QMenu:
        """Get or create a top-level menu ("&File", "&Edit", "&View", "&Tools", ...)."""
        if title not in self._menus:
            self._menus[title] = self.menuBar().addMenu(title)
        return self._menus[title]

    def add_action(
        self, menu: str, text: str, slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.menu(menu).addAction(action)
        return action

    def add_panel(
        self, widget: QWidget, title: str, area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
        object_name: str | None = None,
    ) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(object_name or f"{title.lower()}Dock")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(area, dock)
        if hasattr(self, "_view_menu"):  # panels are listed together at the top of View
            self._view_menu.insertAction(self._panels_end, dock.toggleViewAction())
        return dock

    def current_tab(self) -> DocumentTab | None:
        w = self.tabs.currentWidget()
        return w if isinstance(w, DocumentTab) else None

    def all_tabs(self) -> list[DocumentTab]:
        return [t for i in range(self.tabs.count()) if isinstance(t := self.tabs.widget(i), DocumentTab)]

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def show_background_error(self, label: str, message: str) -> None:
        # Non-modal: a failing background job must not trap the writer in dialogs while typing.
        self.statusBar().showMessage(f"{label} failed: {message}", 15000)
        tab = self.current_tab()
        if tab is not None:
            tab.message_bar.show_message(f"{label} failed: {message}", kind="error")

    # -- tabs ------------------------------------------------------------------------------
    def add_tab(self, tab: DocumentTab) -> None:
        index = self.tabs.addTab(tab, tab.display_name())
        tab.dirty_changed.connect(lambda _d, t=tab: self._update_tab_title(t))
        tab.title_changed.connect(lambda t=tab: self._update_tab_title(t))
        tab.analysis_ready.connect(lambda a, t=tab: self._analysis_ready(t, a))
        tab.editor.cursorPositionChanged.connect(lambda t=tab: self._cursor_moved(t))
        tab.editor.image_error.connect(lambda m: self.show_error("Image not inserted", m))
        tab.editor.files_dropped.connect(self.files_dropped)
        self._update_tab_title(tab)
        self.tab_opened.emit(tab)
        self.tabs.setCurrentIndex(index)
        tab.editor.setFocus()

    def remove_tab(self, tab: DocumentTab) -> None:
        self.tab_closing.emit(tab)
        tab.close_background_work()
        self.tabs.removeTab(self.tabs.indexOf(tab))
        tab.deleteLater()

    def _update_tab_title(self, tab: DocumentTab) -> None:
        i = self.tabs.indexOf(tab)
        if i < 0:
            return
        name = tab.display_name()
        self.tabs.setTabText(i, ("● " if tab.is_dirty else "") + name)
        self.tabs.setTabToolTip(i, str(tab.path) if tab.path else "Not saved yet")
        if tab is self.current_tab():
            self._update_window_title(tab)

    def _update_window_title(self, tab: DocumentTab | None) -> None:
        if tab is None:
            self.setWindowTitle(APP_NAME)
            return
        self.setWindowTitle(f"{'● ' if tab.is_dirty else ''}{tab.display_name()} — {APP_NAME}")

    def _current_changed(self, _index: int) -> None:
        tab = self.current_tab()
        self.find_bar.set_editor(tab.editor if tab else None)
        self._update_window_title(tab)
        if tab is not None:
            if tab.last_analysis is not None:
                self._show_analysis(tab.last_analysis)
                self._fit_outline(tab.last_analysis)
            self._cursor_moved(tab)
        else:
            self.outline.set_headings(())
            self.stats_label.setText("")
            self.cursor_label.setText("")
        self.current_tab_changed.emit(tab)

    def _analysis_ready(self, tab: DocumentTab, analysis: Analysis) -> None:
        if tab is self.current_tab():
            self._show_analysis(analysis)
            if not tab.features.get("outline_fitted"):  # first look at this document
                tab.features["outline_fitted"] = True
                self._fit_outline(analysis)

    def _fit_outline(self, analysis: Analysis) -> None:
        if self.outline_follows_document:
            self.outline_dock.setVisible(bool(analysis.headings))

    def _outline_chosen(self, _checked: bool) -> None:
        self.outline_follows_document = False

    def _show_analysis(self, analysis: Analysis) -> None:
        self.outline.set_headings(analysis.headings)
        self.stats_label.setText(analysis.stats.describe())

    def _cursor_moved(self, tab: DocumentTab) -> None:
        if tab is self.current_tab():
            line, col = tab.editor.cursor_position()
            self.cursor_label.setText(f"Line {line + 1}, column {col + 1}")

    def _go_to_heading(self, line: int) -> None:
        tab = self.current_tab()
        if tab is not None:
            tab.editor.go_to_line(line)

    # -- long background jobs: progress + cancel ---------------------------------------------
    def track_task(self, handle: TaskHandle) -> None:
        self._long_tasks[handle.task_id] = handle
        self.progress_label.setText(handle.label)
        self.progress_bar.setRange(0, 0)
        for w in (self.progress_label, self.progress_bar, self.progress_cancel):
            w.show()
        try:
            self.progress_cancel.clicked.disconnect()
        except (RuntimeError, TypeError):
            pass
        self.progress_cancel.clicked.connect(handle.cancel)

    def _progress(self, task_id: int, label: str, fraction: object, text: str) -> None:
        if task_id not in self._long_tasks:
            return
        self.progress_label.setText(f"{label}: {text}" if text else label)
        if isinstance(fraction, float | int):
            self.progress_bar.setRange(0, 100)
            self.progress_bar.setValue(int(100 * float(fraction)))
        else:
            self.progress_bar.setRange(0, 0)

    def _task_finished(self, task_id: int) -> None:
        self._long_tasks.pop(task_id, None)
        if not self._long_tasks:
            for w in (self.progress_label, self.progress_bar, self.progress_cancel):
                w.hide()

    # -- theme and view --------------------------------------------------------------------
    def _build_view_menu(self) -> None:
        self._view_menu = self.menu("&View")
        self._view_menu.addAction(self.outline_dock.toggleViewAction())
        self._panels_end = self._view_menu.addSeparator()
        theme_menu = self._view_menu.addMenu("&Theme")
        group = QActionGroup(self)
        for choice in THEME_CHOICES:
            a = QAction({"system": "Follow the System", "light": "Light", "dark": "Dark"}[choice], self)
            a.setCheckable(True)
            a.setChecked(choice == self.themes.choice)
            a.setData(choice)
            a.triggered.connect(lambda _c=False, ch=choice: self.themes.set_choice(ch))
            group.addAction(a)
            theme_menu.addAction(a)
        self.theme_actions = group

    def apply_theme(self, theme: Theme) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setPalette(apply_palette(theme))
        self.setStyleSheet(style_sheet(theme))
        for tab in self.all_tabs():
            tab.apply_theme(theme)

    # -- window events ---------------------------------------------------------------------
    def changeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.focus_lost.emit()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.on_close_request is not None and not self.on_close_request():
            event.ignore()
            return
        event.accept()
