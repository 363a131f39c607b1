"""The Issues panel: every issue of the current document, filterable by category.

Meant as the content of a ``QDockWidget``. Clicking an entry selects the flagged text in the editor.
"Fix all of this kind" applies the single suggested replacement of every issue of the selected
entry's category (issues with zero or several suggestions are left for the writer), as one undo
step. The list is rebuilt on a short timer, so a keystroke that drops underlines costs nothing here.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.ui.checks.controller import ChecksController
from editor_app.ui.checks.decorator import LiveIssue, underline_color

ALL = ""
_LIVE_ROLE = Qt.ItemDataRole.UserRole + 1


class IssuesPanel(QWidget):
    """Lists the issues of one :class:`ChecksController` (switch with :meth:`set_controller`)."""

    jumped = Signal()

    def __init__(self, parent: QWidget | None = None, refresh_ms: int = 120) -> None:
        super().__init__(parent)
        self.setObjectName("issuesPanel")
        self._controller: ChecksController | None = None
        self._lives: dict[int, LiveIssue] = {}

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

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("issuesList")
        self.tree.setHeaderLabels(["Line", "Category", "Message", "Text"])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemActivated.connect(lambda item, _c: self.jump_to(item))
        self.tree.itemClicked.connect(lambda item, _c: self.jump_to(item))
        self.tree.currentItemChanged.connect(lambda _cur, _prev: self._update_buttons())

        top = QHBoxLayout()
        top.addWidget(self.category_filter, 1)
        top.addWidget(self.fix_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
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

    # -- contents -----------------------------------------------------------------------------
    def current_category(self) -> str:
        data = self.category_filter.currentData()
        return data if isinstance(data, str) else ALL

    def refresh(self) -> None:
        self._timer.stop()
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
        self.tree.clear()
        self._lives.clear()
        doc = self._controller.editor.document() if self._controller is not None else None
        items = []
        for n, li in enumerate(shown):
            line = doc.findBlock(li.start).blockNumber() + 1 if doc is not None else 0
            item = QTreeWidgetItem([str(line), li.issue.category, li.issue.message, li.text])
            item.setData(0, _LIVE_ROLE, n)
            item.setToolTip(2, li.issue.message)
            item.setForeground(1, QBrush(underline_color(li.issue)))
            self._lives[n] = li
            items.append(item)
        self.tree.addTopLevelItems(items)
        if current is not None and current in shown:
            self.tree.setCurrentItem(items[shown.index(current)])
        self.summary.setText(f"{len(shown)} shown, {len(lives)} in the document")
        self._update_buttons()

    def shown_issues(self) -> list[LiveIssue]:
        return [self._lives[i] for i in sorted(self._lives)]

    def item_for(self, live: LiveIssue) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and self._lives.get(item.data(0, _LIVE_ROLE)) is live:
                return item
        return None

    def selected_issue(self) -> LiveIssue | None:
        item = self.tree.currentItem()
        return self._lives.get(item.data(0, _LIVE_ROLE)) if item is not None else None

    # -- actions ------------------------------------------------------------------------------
    def jump_to(self, item: QTreeWidgetItem) -> None:
        live = self._lives.get(item.data(0, _LIVE_ROLE))
        if live is None or self._controller is None or live not in self._controller.issues():
            return
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
