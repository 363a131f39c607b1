"""The preflight list shown in the publish dialog: blockers first, then warnings.

Each entry can jump to its place in the document (``jump_requested(start, end)``). Blockers keep
the Publish button disabled until the writer ticks the explicit override.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

_FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
BLOCKER_COLOR = "#c62828"
WARNING_COLOR = "#b26a00"


def is_blocker(finding: Any) -> bool:
    blocking = getattr(finding, "blocking", None)
    if blocking is None:
        blocking = getattr(finding, "blocker", None)
    if blocking is None:
        blocking = getattr(finding, "severity", "") in ("block", "blocker", "error")
    return bool(blocking)


def finding_span(finding: Any) -> tuple[int, int] | None:
    start = getattr(finding, "start", None)
    end = getattr(finding, "end", None)
    if start is None or start < 0:
        return None
    return int(start), int(end if end is not None else start)


def finding_message(finding: Any) -> str:
    return str(getattr(finding, "message", "") or finding)


def finding_kind(finding: Any) -> str:
    return str(getattr(finding, "code", "") or getattr(finding, "kind", "") or getattr(finding, "category", ""))


class PreflightList(QWidget):
    """Shows findings; ``publish_allowed()`` is False while blockers are present and not overridden."""

    jump_requested = Signal(int, int)
    allowed_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preflightList")
        self._findings: list[Any] = []
        self.status = QLabel("Checking the article…", self)
        self.status.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("preflightTree")
        self.tree.setHeaderLabels(["", "Where", "What"])
        self.tree.setColumnWidth(0, 70)
        self.tree.setColumnWidth(1, 60)
        self.tree.setRootIsDecorated(False)
        self.tree.itemActivated.connect(lambda item, _c: self._jump(item))
        self.tree.itemClicked.connect(lambda item, _c: self._jump(item))
        self.override = QCheckBox("Publish anyway, I have checked the blocking problems", self)
        self.override.setObjectName("preflightOverride")
        self.override.setVisible(False)
        self.override.toggled.connect(lambda _on: self.allowed_changed.emit(self.publish_allowed()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.override)
        self._ready = False

    def set_findings(self, findings: Sequence[Any], text: str = "") -> None:
        self._ready = True
        self._findings = sorted(findings, key=lambda f: (not is_blocker(f), (finding_span(f) or (1 << 60, 0))[0]))
        self.tree.clear()
        for n, f in enumerate(self._findings):
            blocker = is_blocker(f)
            span = finding_span(f)
            where = ""
            if span is not None and text:
                line = text.count("\n", 0, span[0]) + 1
                where = f"line {line}"
            item = QTreeWidgetItem(["Blocks" if blocker else "Warning", where, finding_message(f)])
            item.setForeground(0, QBrush(QColor(BLOCKER_COLOR if blocker else WARNING_COLOR)))
            item.setToolTip(2, finding_message(f))
            item.setData(0, _FINDING_ROLE, n)
            self.tree.addTopLevelItem(item)
        blockers = self.blocker_count()
        warnings = len(self._findings) - blockers
        if blockers:
            self.status.setText(
                f"{_count(blockers, 'problem')} must be fixed before publishing"
                + (f", and {_count(warnings, 'warning')} {'is' if warnings == 1 else 'are'} worth a look."
                   if warnings else ".")
                + " Click one to go to it."
            )
        elif warnings:
            self.status.setText(f"Ready to publish, with {_count(warnings, 'warning')} worth a look.")
        else:
            self.status.setText("No problems found.")
        self.override.setVisible(blockers > 0)
        if not blockers:
            self.override.setChecked(False)
        self.allowed_changed.emit(self.publish_allowed())

    def set_failed(self, message: str) -> None:
        self._ready = True
        self.status.setText(f"The checks could not run: {message}")
        self.allowed_changed.emit(self.publish_allowed())

    def findings(self) -> list[Any]:
        return list(self._findings)

    def blocker_count(self) -> int:
        return sum(1 for f in self._findings if is_blocker(f))

    def publish_allowed(self) -> bool:
        return self._ready and (self.blocker_count() == 0 or self.override.isChecked())

    def item_for(self, index: int) -> QTreeWidgetItem | None:
        return self.tree.topLevelItem(index)

    def _jump(self, item: QTreeWidgetItem) -> None:
        n = item.data(0, _FINDING_ROLE)
        if not isinstance(n, int) or n >= len(self._findings):
            return
        span = finding_span(self._findings[n])
        if span is not None:
            self.jump_requested.emit(*span)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")
