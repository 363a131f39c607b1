"""The Issues panel: every issue of the current document, filterable by category.

Meant as the content of a ``QDockWidget``. Clicking an entry (or Enter on it) selects the flagged
text in the editor. Under the list, the selected issue is shown in full: what is wrong, the
flagged words, a button per suggested fix and the ways to ignore it (the same actions as the
editor's right-click menu, from :mod:`editor_app.ui.checks.context_menu`). The list itself keeps
one line per issue with the message elided, so a narrow dock never scrolls sideways.

Keyboard: F8 (View > Go to Issues, wired in ``ui/features.py``) comes here on the issue at the
caret; arrows browse and the detail follows; Tab goes to the fixes, then "Fix all of this kind",
then the ignores, and Enter or Space presses one, after which the next issue is selected and the
focus is back in the list; Enter on a row selects its text in the editor.

"Fix all of this kind" applies the single suggested replacement of every issue of the selected
entry's category (issues with zero or several suggestions are left for the writer), as one undo
step.

A model/view list: a refresh resets a plain Python list and the view asks only for the rows on
screen, so thousands of issues cost a few milliseconds. Refreshes are coalesced on a short timer
and skipped while the panel is hidden, so a keystroke that drops underlines costs nothing here.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QPalette, QResizeEvent, QShowEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from editor_app.ui.checks.context_menu import fix_actions, ignore_actions
from editor_app.ui.checks.controller import ChecksController
from editor_app.ui.checks.decorator import LiveIssue, underline_color
from editor_app.ui.checks.flow_layout import FlowLayout

ALL = ""
COLUMNS = ("Line", "Category", "Message", "Text")
LINE, CATEGORY, MESSAGE, TEXT = range(4)
FLAGGED_SHOWN = 240  # characters of the flagged text shown in the detail (a sentence or two)
AnyIndex = QModelIndex | QPersistentModelIndex
ActionsFor = Callable[[LiveIssue, QObject], list[QAction]]


def line_of(document: QTextDocument | None, live: LiveIssue) -> int:
    return document.findBlock(live.start).blockNumber() + 1 if document is not None else 0


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
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            across = Qt.AlignmentFlag.AlignHCenter if section == LINE else Qt.AlignmentFlag.AlignLeft
            return int(across | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        li = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == LINE:
                return str(line_of(self.document, li)) if self.document is not None else ""
            if col == CATEGORY:
                return li.issue.category
            if col == MESSAGE:
                return li.issue.message
            return li.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return li.issue.message  # the whole message, wherever the row is cut off
        if role == Qt.ItemDataRole.ForegroundRole and col == CATEGORY:
            return QBrush(underline_color(li.issue))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == LINE:
            return int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
        return None


class ElidingButton(QPushButton):
    """A push button whose label is cut short with "…" when the panel is narrower than the label
    (the full text stays in :attr:`full_text` and the tooltip), instead of forcing the panel wider."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text.replace("&", "&&"), parent)
        self.full_text = text
        self._full_hint = super().sizeHint()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self._full_hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(min(self._full_hint.width(), 64), self._full_hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        shown = self.full_text
        if self.width() < self._full_hint.width():
            style = self.style()
            chrome = 2 * (style.pixelMetric(style.PixelMetric.PM_ButtonMargin)
                          + style.pixelMetric(style.PixelMetric.PM_DefaultFrameWidth)) + 4
            shown = self.fontMetrics().elidedText(shown, Qt.TextElideMode.ElideRight, max(0, self.width() - chrome))
        self.setText(shown.replace("&", "&&"))


class IssueDetail(QWidget):
    """The selected issue in full: category and line, the whole message, the flagged words, a
    button per fix and the ways to ignore it. The buttons wrap onto more lines when narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issueDetail")
        # a rule, not a palette: the app's style sheet repolishes buttons and drops palette colours
        self.setStyleSheet("QPushButton#issueIgnore { color: palette(link); }")
        self.live: LiveIssue | None = None
        self._actions: list[QAction] = []
        self.buttons: list[QPushButton] = []

        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("issueDetailPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.header = QLabel(self)
        self.header.setObjectName("issueDetailHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.message = QLabel(self)
        self.message.setObjectName("issueDetailMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.message.font()
        font.setPointSizeF(font.pointSizeF() * 1.08)
        self.message.setFont(font)
        self.flagged = QLabel(self)
        self.flagged.setObjectName("issueDetailFlagged")
        self.flagged.setWordWrap(True)
        self.flagged.setTextFormat(Qt.TextFormat.RichText)
        self.flagged.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fixes = QWidget(self)
        self.fixes.setObjectName("issueFixes")
        self.fix_layout = FlowLayout(self.fixes, spacing=6)
        self.ignores = QWidget(self)
        self.ignores.setObjectName("issueIgnores")
        self.ignore_layout = FlowLayout(self.ignores, spacing=6)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        for widget in (self.placeholder, self.header, self.message, self.flagged, self.fixes):
            layout.addWidget(widget)
        self._kind_slot = QHBoxLayout()  # the panel's "Fix all of this kind"
        self._kind_slot.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._kind_slot)
        layout.addSpacing(2)
        layout.addWidget(self.ignores)
        layout.addStretch(1)
        self.show_nothing("")

    # -- contents -----------------------------------------------------------------------------
    def show_nothing(self, hint: str) -> None:
        self.live = None
        self._clear_buttons()
        self.placeholder.setText(hint)
        self.placeholder.setVisible(bool(hint))
        for widget in (self.header, self.message, self.flagged, self.fixes, self.ignores):
            widget.hide()

    def show_issue(self, live: LiveIssue, line: int, fixes: list[QAction], ignores: list[QAction]) -> None:
        self._clear_buttons()
        self.live = live
        issue = live.issue
        self.placeholder.hide()
        self.set_line(line)
        self.message.setText(issue.message)
        flagged = " ".join(live.text.split())
        if len(flagged) > FLAGGED_SHOWN:
            flagged = flagged[: FLAGGED_SHOWN - 1] + "…"
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        self.flagged.setText(
            f"<span style='color:{muted}'>In the text:</span> “{html.escape(flagged)}”" if flagged else ""
        )
        self.flagged.setVisible(bool(flagged))
        for action in fixes:
            self.fix_layout.addWidget(self._button(action, "issueFix"))
        for action in ignores:
            self.ignore_layout.addWidget(self._button(action, "issueIgnore"))
        self._actions = [*fixes, *ignores]
        for widget in (self.header, self.message):
            widget.show()
        self.fixes.setVisible(bool(fixes))
        self.ignores.setVisible(bool(ignores))
        for button in self.buttons:
            button.show()  # now, not on the next event loop turn: Tab may come straight away

    def add_kind_button(self, button: QPushButton) -> None:
        self._kind_slot.addWidget(button)
        self._kind_slot.addStretch(1)

    def set_line(self, line: int) -> None:
        if self.live is None:
            return
        color = underline_color(self.live.issue).name()
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        where = f" <span style='color:{muted}'>· line {line}</span>" if line else ""
        self.header.setText(
            f"<b style='color:{color}'>{html.escape(self.live.issue.category)}</b>{where}"
        )

    def _button(self, action: QAction, name: str) -> QPushButton:
        button = ElidingButton(action.text(), self)
        button.setObjectName(name)
        tip = action.toolTip() if action.toolTip() != action.text() else ""
        button.setToolTip(f"{action.text()}\n{tip}" if tip else action.text())
        button.setAutoDefault(True)  # Enter presses it, not only Space
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        if name == "issueIgnore":  # quieter than the fixes: flat, in the link colour (style sheet)
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(action.trigger)
        self.buttons.append(button)
        return button

    def _clear_buttons(self) -> None:
        for layout in (self.fix_layout, self.ignore_layout):
            while layout.count():
                layout.takeAt(0)
        for button in self.buttons:
            button.hide()
            button.deleteLater()  # may be the button whose click is being handled
        for action in self._actions:
            action.deleteLater()
        self.buttons = []
        self._actions = []


class IssuesPanel(QWidget):
    """Lists the issues of one :class:`ChecksController` (switch with :meth:`set_controller`)."""

    jumped = Signal()

    def __init__(self, parent: QWidget | None = None, refresh_ms: int = 120) -> None:
        super().__init__(parent)
        self.setObjectName("issuesPanel")
        self._controller: ChecksController | None = None
        self._stale = False
        self._refreshing = False
        self._select_after: int | None = None  # row to select once a fix removed the selected issue
        # In review mode the fixes are written as suggestions: the window sets this to a function
        # giving "Suggest …" actions (empty outside review mode, then the plain fixes are offered).
        self.suggestion_actions: ActionsFor | None = None
        self._category_width = 120
        self._split_set = False

        self.category_filter = QComboBox(self)
        self.category_filter.setObjectName("issuesCategoryFilter")
        self.category_filter.setToolTip("Show only issues of one category")
        self.category_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category_filter.setMinimumContentsLength(10)
        self.category_filter.currentIndexChanged.connect(lambda _i: self.refresh())

        # In the detail, under the selected issue's own fixes: it acts on that issue's kind. Shown
        # only when there are at least two such fixes (one is the fix button above it).
        self.fix_all_button = QPushButton("Fix all of this kind", self)
        self.fix_all_button.setObjectName("issuesFixAll")
        self.fix_all_button.setAutoDefault(True)
        self.fix_all_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.fix_all_button.setEnabled(False)
        self.fix_all_button.hide()
        self.fix_all_button.clicked.connect(self._fix_all_clicked)

        self.summary = QLabel(self)
        self.summary.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.model = IssuesModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("issuesList")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setStyleSheet("#issuesList::item { padding: 2px 0; }")  # a little air per row
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setColumnHidden(TEXT, True)  # the flagged words are in the detail below
        header = self.view.header()
        header.setMinimumSectionSize(24)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.view.clicked.connect(lambda index: self.jump_to_row(index.row()))
        self.view.activated.connect(lambda index: self.jump_to_row(index.row()))
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._current_changed())

        self.detail = IssueDetail()
        scroll = QScrollArea(self)
        scroll.setObjectName("issueDetailScroll")
        scroll.setWidget(self.detail)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_scroll = scroll

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("issuesSplitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(scroll)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.detail.add_kind_button(self.fix_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.category_filter)
        layout.addWidget(self.splitter, 1)
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
        self._fit_columns()
        if not self._split_set:
            # the detail gets a good share at first (a long message and a row of buttons);
            # the writer can move the divider, and the splitter keeps it from then on
            self._split_set = True
            total = max(self.splitter.height(), 200)
            self.splitter.setSizes([total * 11 // 20, total * 9 // 20])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_columns()

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
        self._refreshing = True
        try:
            self.model.set_rows(shown, doc)
            row = self.row_of(current) if current is not None else None
            if row is None and self._select_after is not None and shown:
                row = min(self._select_after, len(shown) - 1)
            if row is not None:
                self.view.setCurrentIndex(self.model.index(row, 0))
        finally:
            self._refreshing = False
            self._select_after = None
        self.summary.setText(f"{len(shown)} shown, {len(lives)} in the document")
        self._fit_columns(counts)
        self._current_changed()

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

    def focus_issue_at(self, position: int) -> None:
        """Select the first listed issue that ends at or after ``position`` (else the last one)
        and put the keyboard focus in the list."""
        rows = self.model.rows
        if rows:
            row = next((n for n, li in enumerate(rows) if li.end >= position), len(rows) - 1)
            self.select_row(row)
            self.view.scrollTo(self.model.index(row, 0))
        self.view.setFocus()

    def _fit_columns(self, counts: Counter[str] | None = None) -> None:
        """Line and category as narrow as their contents; the message takes the rest (elided,
        its full text in the detail and the tooltip). A narrow dock gives the category less."""
        fm = self.view.fontMetrics()
        pad = 18  # the item's margins and a little air
        self.view.setColumnWidth(LINE, max(fm.horizontalAdvance("Line"), fm.horizontalAdvance("0000")) + pad)
        if counts is not None:
            self._category_width = max(
                [fm.horizontalAdvance(c) for c in counts] + [fm.horizontalAdvance("Category")]
            ) + pad
        wanted = self._category_width
        room = self.view.viewport().width() - self.view.columnWidth(LINE)
        self.view.setColumnWidth(CATEGORY, max(48, min(wanted, room * 2 // 5)))

    # -- the selected issue ---------------------------------------------------------------------
    def _current_changed(self) -> None:
        if self._refreshing:
            return  # refresh() shows the detail once, after the selection is restored
        self._update_buttons()
        live = self.selected_issue()
        doc = self.model.document
        if live is None:
            if self._controller is None:
                hint = ""
            elif not self.model.rows:
                hint = "No issues here." if self._controller.issues() else "No issues in this document."
            else:
                hint = "Select an issue to read it in full and see how to fix it."
            self.detail.show_nothing(hint)
            return
        if live is self.detail.live:
            self.detail.set_line(line_of(doc, live))  # same issue, maybe moved: keep its buttons
            return
        controller = self._controller
        if controller is None:
            return
        holder = self.detail
        fixes = self.suggestion_actions(live, holder) if self.suggestion_actions is not None else []
        if not fixes:
            fixes = fix_actions(controller, live, holder)
        ignores = ignore_actions(controller, live, holder)
        for action in (*fixes, *ignores):
            action.triggered.connect(self._acted)
        self.detail.show_issue(live, line_of(doc, live), fixes, ignores)
        previous: QWidget = self.view
        fixes_first = [b for b in self.detail.buttons if b.objectName() == "issueFix"]
        order = [*fixes_first, self.fix_all_button, *self.detail.buttons[len(fixes_first):]]
        for button in order:  # Tab from the list: the fixes, fix all of this kind, the ignores
            QWidget.setTabOrder(previous, button)
            previous = button

    def redraw_detail(self) -> None:
        """Build the selected issue's buttons again (review mode went on or off: "Suggest …"
        instead of "Replace with …", or back)."""
        self.detail.show_nothing("")
        self._current_changed()

    def _acted(self) -> None:
        """A fix or an ignore from the detail ran: once the list has caught up, select the issue
        that took the removed one's place, so the writer can go on from the keyboard."""
        index = self.view.currentIndex()
        self._select_after = index.row() if index.isValid() else None
        QTimer.singleShot(0, self._after_action)

    def _after_action(self) -> None:
        self.refresh()
        self.view.setFocus()

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

    def _fix_all_clicked(self) -> None:
        index = self.view.currentIndex()
        self._select_after = index.row() if index.isValid() else None
        self.fix_all_of_selected_kind()
        QTimer.singleShot(0, self._after_action)

    def _update_buttons(self) -> None:
        n = len(self.fixable_of_selected_kind())
        self.fix_all_button.setEnabled(n > 0)
        self.fix_all_button.setText(f"Fix all of this kind ({n})" if n else "Fix all of this kind")
        sel = self.selected_issue()
        if sel is not None:
            self.fix_all_button.setToolTip(
                f"Apply the suggestion to every “{sel.issue.category}” issue that has exactly one, "
                "in one undo step"
            )
        self.fix_all_button.setVisible(n >= 2 and sel is not None)
