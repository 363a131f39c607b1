"""The Issues panel: every issue of the current document, filterable by category.

Meant as the content of a ``QDockWidget``. Clicking an entry selects the flagged text in the editor.
"Fix all of this kind" applies the single suggested replacement of every issue of the selected
entry's category (issues with zero or several suggestions are left for the writer), as one undo
step.

A model/view list: a refresh resets a plain Python list and the view asks only for the rows on
screen, so thousands of issues cost a few milliseconds. Refreshes are coalesced on a short timer
and skipped while the panel is hidden, so a keystroke that drops underlines costs nothing here.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QShowEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from editor_app.ui.checks.controller import ChecksController
from editor_app.ui.checks.decorator import LiveIssue, underline_color

ALL = ""
COLUMNS = ("Line", "Category", "Message", "Text")
AnyIndex = QModelIndex | QPersistentModelIndex


class IssuesModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[LiveIssue] = []
        self.document: QTextDocument | None = None

    def set_rows(self, rows: list[LiveIssue], document: QTextDocument | None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.document = document
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        li = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                doc = self.document
                return str(doc.findBlock(li.start).blockNumber() + 1) if doc is not None else ""
            if col == 1:
                return li.issue.category
            if col == 2:
                return li.issue.message
            return li.text
        if role == Qt.ItemDataRole.ToolTipRole and col in (2, 3):
            return li.issue.message
        if role == Qt.ItemDataRole.ForegroundRole and col == 1:
            return QBrush(underline_color(li.issue))
        return None


class IssuesPanel(QWidget):
    """Lists the issues of one :class:`ChecksController` (switch with :meth:`set_controller`)."""

    jumped = Signal()

    def __init__(self, parent: QWidget | None = None, refresh_ms: int = 120) -> None:
        super().__init__(parent)
        self.setObjectName("issuesPanel")
        self._controller: ChecksController | None = None
        self._stale = False

        self.category_filter = QComboBox(self)
        self.category_filter.setObjectName("issuesCategoryFilter")
        self.category_filter.setToolTip("Show only issues of one category")
        self.category_filter.currentIndexChanged.connect(lambda _i: self.refresh())

        self.fix_all_button = QPushButton("Fix all of this kind", self)
        self.fix_all_button.setObjectName("issuesFixAll")
        self.fix_all_button.setToolTip(
            "Apply the suggestion to every issue of the selected category that has exactly one"
        )
        self.fix_all_button.setEnabled(False)
        self.fix_all_button.clicked.connect(self.fix_all_of_selected_kind)

        self.summary = QLabel(self)

        self.model = IssuesModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("issuesList")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setColumnWidth(0, 48)
        self.view.setColumnWidth(1, 140)
        self.view.setColumnWidth(2, 320)
        self.view.clicked.connect(lambda index: self.jump_to_row(index.row()))
        self.view.activated.connect(lambda index: self.jump_to_row(index.row()))
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())

        top = QHBoxLayout()
        top.addWidget(self.category_filter, 1)
        top.addWidget(self.fix_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(refresh_ms)
        self._timer.timeout.connect(self.refresh)
        self.refresh()

    # -- wiring -------------------------------------------------------------------------------
    def set_controller(self, controller: ChecksController | None) -> None:
        """Show the issues of another editor (the current tab), or none."""
        if self._controller is not None:
            try:
                self._controller.decorator.changed.disconnect(self._schedule)
            except (RuntimeError, TypeError):
                pass
        self._controller = controller
        if controller is not None:
            controller.decorator.changed.connect(self._schedule)
        self.refresh()

    @property
    def controller(self) -> ChecksController | None:
        return self._controller

    def _schedule(self) -> None:
        self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- contents -----------------------------------------------------------------------------
    def current_category(self) -> str:
        data = self.category_filter.currentData()
        return data if isinstance(data, str) else ALL

    def refresh(self) -> None:
        self._timer.stop()
        if not self.isVisible():
            self._stale = True  # nobody looks; catch up when shown
            return
        self._stale = False
        lives = self._controller.issues() if self._controller is not None else []
        counts = Counter(li.issue.category for li in lives)
        wanted = self.current_category()
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem(f"All categories ({len(lives)})", ALL)
        for cat in sorted(set(counts) | ({wanted} if wanted else set())):
            self.category_filter.addItem(f"{cat} ({counts.get(cat, 0)})", cat)
        self.category_filter.setCurrentIndex(max(0, self.category_filter.findData(wanted)))
        self.category_filter.blockSignals(False)

        shown = [li for li in lives if not wanted or li.issue.category == wanted]
        current = self.selected_issue()
        doc = self._controller.editor.document() if self._controller is not None else None
        self.model.set_rows(shown, doc)
        if current is not None:
            row = self.row_of(current)
            if row is not None:
                self.view.setCurrentIndex(self.model.index(row, 0))
        self.summary.setText(f"{len(shown)} shown, {len(lives)} in the document")
        self._update_buttons()

    def shown_issues(self) -> list[LiveIssue]:
        return list(self.model.rows)

    def row_of(self, live: LiveIssue) -> int | None:
        for n, li in enumerate(self.model.rows):
            if li is live:
                return n
        return None

    def selected_issue(self) -> LiveIssue | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    def select_row(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, 0))

    # -- actions ------------------------------------------------------------------------------
    def jump_to_row(self, row: int) -> None:
        if self._controller is None or not 0 <= row < len(self.model.rows):
            return
        live = self.model.rows[row]
        if live not in self._controller.issues():
            return  # edited away since the list was drawn
        self._controller.select(live)
        self.jumped.emit()

    def fixable_of_selected_kind(self) -> list[LiveIssue]:
        sel = self.selected_issue()
        if sel is None or self._controller is None:
            return []
        return [
            li
            for li in self._controller.issues()
            if li.issue.category == sel.issue.category and len(li.issue.replacements) == 1
        ]

    def fix_all_of_selected_kind(self) -> int:
        if self._controller is None:
            return 0
        return self._controller.fix_all(self.fixable_of_selected_kind())

    def _update_buttons(self) -> None:
        n = len(self.fixable_of_selected_kind())
        self.fix_all_button.setEnabled(n > 0)
        self.fix_all_button.setText(f"Fix all of this kind ({n})" if n else "Fix all of this kind")
