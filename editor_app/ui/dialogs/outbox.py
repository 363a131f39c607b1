"""The Outbox view: publish jobs waiting for a site, retrying, failed or done, with their state.

``OutboxView`` lists ``Outbox.jobs()`` and refreshes when a job changes (the outbox notifies from
worker threads; a signal brings that to the UI thread) and every few seconds for the "next try in"
countdown. "Retry now" and the automatic retries (:class:`OutboxRetrier`) run jobs through the
app's task runner, never on the UI thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.ui.dialogs.publish import when_alive

STATE_LABELS = {
    "queued": "Queued",
    "running": "Sending",
    "retrying": "Waiting to retry",
    "failed": "Failed",
    "done": "Published",
}
STATE_COLORS = {"failed": "#c62828", "retrying": "#b26a00", "done": "#2e7d32", "running": "#1565c0"}
_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def next_try_text(job: Any, now: float | None = None) -> str:
    if job.state not in ("retrying", "queued"):
        return ""
    wait = int(job.next_attempt_at - (time.time() if now is None else now))
    if wait <= 0:
        return "now"
    if wait < 90:
        return f"in {wait} s"
    return f"in {round(wait / 60)} min"


class _Relay(QObject):
    changed = Signal()


def default_executor(outbox: Any = None) -> Callable[[Any], Any]:
    """The core's executor (site from sites.json, secret from the keyring, record written back)."""
    from editor_app.core.publishing.outbox import make_executor
    from editor_app.core.publishing.sites import SiteStore
    from editor_app.core.storage.credentials import CredentialStore

    return make_executor(SiteStore(), CredentialStore())


class OutboxView(QWidget):
    """Lists the outbox. ``executor`` runs one job (default: the core's ``make_executor``)."""

    def __init__(
        self,
        outbox: Any,
        runner: Any,
        *,
        executor: Callable[[Any], Any] | None = None,
        parent: QWidget | None = None,
        refresh_ms: int = 2000,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outboxView")
        self.outbox = outbox
        self.runner = runner
        self._executor = executor
        self._relay = _Relay(self)
        self._relay.changed.connect(self.refresh, Qt.ConnectionType.QueuedConnection)
        relay = self._relay

        def notify(_job: Any) -> None:  # worker thread; the view may be gone by now
            try:
                relay.changed.emit()
            except RuntimeError:
                pass

        outbox.subscribe(notify)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("outboxList")
        self.tree.setHeaderLabels(["Article", "Site", "State", "Attempts", "Next try", "Details"])
        self.tree.setRootIsDecorated(False)
        self.tree.currentItemChanged.connect(lambda _c, _p: self._update_buttons())
        self.retry_button = QPushButton("Retry now", self)
        self.retry_button.setObjectName("outboxRetry")
        self.retry_button.clicked.connect(self.retry_selected)
        self.remove_button = QPushButton("Remove", self)
        self.remove_button.setObjectName("outboxRemove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.retry_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    @property
    def executor(self) -> Callable[[Any], Any]:
        if self._executor is None:
            self._executor = default_executor(self.outbox)
        return self._executor

    def refresh(self) -> None:
        selected = self.selected_id()
        jobs = self.outbox.jobs()
        self.tree.clear()
        now = time.time()
        for job in jobs:
            details = job.link if job.state == "done" else job.last_error
            item = QTreeWidgetItem(
                [
                    job.title or Path(job.doc_path).name,
                    job.site,
                    STATE_LABELS.get(job.state, job.state),
                    str(job.attempts),
                    next_try_text(job, now),
                    details,
                ]
            )
            item.setData(0, _ID_ROLE, job.id)
            item.setToolTip(5, job.describe())
            color = STATE_COLORS.get(job.state)
            if color:
                item.setForeground(2, QBrush(QColor(color)))
            self.tree.addTopLevelItem(item)
            if job.id == selected:
                self.tree.setCurrentItem(item)
        waiting = sum(1 for j in jobs if j.state in ("queued", "retrying", "running"))
        failed = sum(1 for j in jobs if j.state == "failed")
        self.summary.setText(
            f"{waiting} waiting, {failed} failed, {len(jobs)} in total." if jobs else "The outbox is empty."
        )
        self._update_buttons()

    def selected_id(self) -> str | None:
        item = self.tree.currentItem()
        value = item.data(0, _ID_ROLE) if item is not None else None
        return value if isinstance(value, str) else None

    def select(self, job_id: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and item.data(0, _ID_ROLE) == job_id:
                self.tree.setCurrentItem(item)

    def _update_buttons(self) -> None:
        job_id = self.selected_id()
        job = self.outbox.get(job_id) if job_id else None
        self.retry_button.setEnabled(job is not None and job.state in ("queued", "retrying", "failed"))
        self.remove_button.setEnabled(job is not None and job.state != "running")

    def retry_selected(self) -> None:
        job_id = self.selected_id()
        if job_id is None:
            return
        self.outbox.retry_now(job_id)
        executor = self.executor
        self.runner.run(
            lambda _ctx: self.outbox.run(job_id, executor),
            when_alive(self, lambda _job: self.refresh()),
            on_failure=when_alive(self, lambda exc: self.summary.setText(f"Retry failed: {exc}")),
            label="Sending from the outbox",
        )

    def remove_selected(self) -> None:
        job_id = self.selected_id()
        if job_id is not None:
            self.outbox.remove(job_id)
            self.refresh()


class OutboxRetrier(QObject):
    """Runs due outbox jobs in the background: at start and then on a timer (backoff is the
    outbox's own ``next_attempt_at``). One pass at a time."""

    def __init__(
        self,
        outbox: Any,
        runner: Any,
        *,
        executor: Callable[[Any], Any] | None = None,
        interval_ms: int = 15000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.outbox = outbox
        self.runner = runner
        self._executor = executor
        self._busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.run_due)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.run_due)

    def run_due(self) -> None:
        if self._busy or not self.outbox.due():
            return
        if self._executor is None:
            self._executor = default_executor(self.outbox)
        executor = self._executor
        self._busy = True

        def done(_jobs: Any) -> None:
            self._busy = False

        def failed(_exc: BaseException) -> None:
            self._busy = False

        self.runner.run(lambda _ctx: self.outbox.run_due(executor), done, on_failure=failed, label="Outbox")


def open_outbox(outbox: Any, runner: Any, parent: QWidget | None = None) -> QDialog:
    """The outbox in a non-modal window."""
    dlg = QDialog(parent)
    dlg.setObjectName("outboxDialog")
    dlg.setWindowTitle("Outbox")
    view = OutboxView(outbox, runner, parent=dlg)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dlg)
    buttons.rejected.connect(dlg.reject)
    layout = QVBoxLayout(dlg)
    layout.addWidget(view)
    layout.addWidget(buttons)
    dlg.resize(760, 360)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.show()
    return dlg
