"""The one background runner: plain data in, plain data out, results on the UI thread.

Modelled on Anki's ``QueryOp`` and ghostwriter's updateInProgress/updateAgain:

* a worker gets plain data (a text snapshot and its revision) and returns plain data; it never
  touches a widget;
* results are delivered on the UI thread; a result computed from a revision older than the
  document's current one is dropped;
* requests are debounced and coalesced per key: while the job for a key runs, newer requests only
  mark "run again", and the rerun takes the newest snapshot (never a pile of queued jobs);
* failures reach the user as a clear message (the ``failed`` signal, which the window shows);
* long jobs report progress and can be cancelled through their :class:`TaskContext`.

Typical use (rendering a document)::

    runner.request(
        key=("render", doc_id),
        snapshot=lambda: (editor.toPlainText(), editor.revision),
        work=render_markdown,                  # (text) -> result, runs on a worker thread
        on_success=preview.show_result,        # (result) -> None, runs on the UI thread
        current_revision=lambda: editor.revision,
        debounce_ms=5,
    )
"""

from __future__ import annotations

import itertools
import threading
import time
import traceback
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot


class TaskCancelled(Exception):
    """Raised inside a worker by :meth:`TaskContext.check_cancelled` when the user cancelled."""


class TaskContext:
    """What a worker may use: cancellation and progress. Thread-safe, holds no widgets."""

    def __init__(self, runner: TaskRunner, task_id: int) -> None:
        self._runner = runner
        self._task_id = task_id
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise TaskCancelled()

    def report_progress(self, fraction: float | None, text: str = "") -> None:
        """``fraction`` in 0..1, or None for "busy". Safe to call from the worker thread."""
        self._runner._bridge.progress.emit(self._task_id, fraction, text)


@dataclass
class _Request:
    snapshot: Callable[[], tuple[Any, int]]
    work: Callable[..., Any]
    on_success: Callable[[Any], None]
    on_failure: Callable[[BaseException], None] | None
    current_revision: Callable[[], int] | None
    wants_context: bool
    label: str
    priority: int = 0
    interactive: bool = False


@dataclass
class _KeyState:
    timer: QTimer
    latest: _Request | None = None
    running: bool = False
    run_again: bool = False
    context: TaskContext | None = None


@dataclass
class TaskHandle:
    """Returned by :meth:`TaskRunner.run`; lets the UI cancel a long job."""

    task_id: int
    label: str
    context: TaskContext
    finished: bool = field(default=False)

    def cancel(self) -> None:
        self.context.cancel()


class _Bridge(QObject):
    # Emitted from worker threads; the runner lives on the UI thread, so these are queued.
    done = Signal(int, object, object)  # task_id, result, exception-or-None
    progress = Signal(int, object, str)  # task_id, fraction-or-None, text


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, task_id: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._bridge = runner._bridge
        self._task_id = task_id
        self._fn = fn

    def run(self) -> None:  # worker thread
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the UI
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._bridge.done.emit(self._task_id, None, exc)
            return
        self._bridge.done.emit(self._task_id, result, None)


class TaskRunner(QObject):
    """One per application. Create it on the UI thread after the QApplication exists."""

    failed = Signal(str, str)  # label, writer-friendly message
    progress = Signal(int, str, object, str)  # task_id, label, fraction-or-None, text
    started = Signal(int, str)  # task_id, label (only for run(), i.e. long jobs)
    finished = Signal(int)  # task_id (long jobs)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        # Work the writer is waiting for (preview, autosave, word count) has its own worker, so it
        # never queues behind a long check of a 100k-word document on the shared pool.
        self._interactive_pool = QThreadPool(self)
        self._interactive_pool.setMaxThreadCount(1)
        self._bridge = _Bridge(self)
        self._bridge.done.connect(self._on_done)
        self._bridge.progress.connect(self._on_progress)
        self._ids = itertools.count(1)
        self._keys: dict[Hashable, _KeyState] = {}
        self._pending: dict[int, tuple[Hashable | None, Callable[[Any, BaseException | None], None]]] = {}
        self._labels: dict[int, str] = {}
        self.last_work_ms: dict[Hashable, float] = {}

    # -- keyed, debounced, coalesced requests (render, check, autosave) ----------------------
    def request(
        self,
        key: Hashable,
        snapshot: Callable[[], tuple[Any, int]],
        work: Callable[..., Any],
        on_success: Callable[[Any], None],
        *,
        current_revision: Callable[[], int] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        debounce_ms: int = 0,
        wants_context: bool = False,
        label: str = "",
        priority: int = 0,
        interactive: bool = False,
    ) -> None:
        """Ask for ``work(snapshot_data)`` to run soon for ``key``.

        ``snapshot`` is called on the UI thread only when the job actually starts, so a burst of
        keystrokes costs nothing but a timer restart, and a rerun always gets the newest text.
        ``on_success(result)`` runs on the UI thread unless the snapshot's revision is older than
        ``current_revision()`` at delivery time. A higher ``priority`` jumps the queue when
        every worker is busy (autosave must not wait behind a long check). ``interactive=True``
        runs on the dedicated worker for short jobs the writer is waiting for.
        """
        state = self._keys.get(key)
        if state is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda k=key: self._start_key(k))
            state = _KeyState(timer=timer)
            self._keys[key] = state
        state.latest = _Request(
            snapshot, work, on_success, on_failure, current_revision, wants_context, label, priority, interactive
        )
        if state.running:
            state.run_again = True
            return
        state.timer.start(max(0, debounce_ms))

    def cancel_key(self, key: Hashable) -> None:
        """Forget pending work for ``key`` (e.g. the tab closed); a running job's result is dropped."""
        state = self._keys.pop(key, None)
        if state is None:
            return
        state.timer.stop()
        if state.context is not None:
            state.context.cancel()
        for task_id, (k, _cb) in list(self._pending.items()):
            if k == key:
                self._pending[task_id] = (None, lambda _r, _e: None)

    def is_busy(self, key: Hashable) -> bool:
        state = self._keys.get(key)
        return bool(state and (state.running or state.timer.isActive()))

    def _start_key(self, key: Hashable) -> None:
        state = self._keys.get(key)
        if state is None or state.latest is None or state.running:
            return
        req = state.latest
        state.latest = None
        state.run_again = False
        try:
            data, revision = req.snapshot()
        except Exception as exc:  # the document vanished between request and start
            self._report_failure(req.label, exc, req.on_failure)
            return
        task_id = next(self._ids)
        ctx = TaskContext(self, task_id)
        state.running = True
        state.context = ctx

        def job() -> Any:
            t0 = time.perf_counter()
            out = req.work(data, ctx) if req.wants_context else req.work(data)
            self.last_work_ms[key] = (time.perf_counter() - t0) * 1000
            return out

        def deliver(result: Any, exc: BaseException | None) -> None:
            st = self._keys.get(key)
            if st is not None:
                st.running = False
                st.context = None
            try:
                if exc is not None:
                    if not isinstance(exc, TaskCancelled):
                        self._report_failure(req.label, exc, req.on_failure)
                elif req.current_revision is None or revision >= req.current_revision():
                    req.on_success(result)
            finally:
                # Coalesce: everything asked for while we ran becomes one rerun on the newest text.
                if st is not None and st.latest is not None and st.run_again:
                    st.timer.stop()
                    self._start_key(key)

        self._pending[task_id] = (key, deliver)
        pool = self._interactive_pool if req.interactive else self._pool
        pool.start(_Job(self, task_id, job), req.priority)

    # -- one-off long jobs with progress and cancel (publish, full check, export) ---------------
    def run(
        self,
        work: Callable[[TaskContext], Any],
        on_success: Callable[[Any], None],
        *,
        on_failure: Callable[[BaseException], None] | None = None,
        label: str = "Working",
    ) -> TaskHandle:
        """Run ``work(context)`` in the background; progress/cancel go through ``context``."""
        task_id = next(self._ids)
        ctx = TaskContext(self, task_id)
        handle = TaskHandle(task_id, label, ctx)
        self._labels[task_id] = label

        def deliver(result: Any, exc: BaseException | None) -> None:
            handle.finished = True
            self._labels.pop(task_id, None)
            self.finished.emit(task_id)
            if exc is None:
                on_success(result)
            elif not isinstance(exc, TaskCancelled):
                self._report_failure(label, exc, on_failure)

        self._pending[task_id] = (None, deliver)
        self.started.emit(task_id, label)
        self._pool.start(_Job(self, task_id, lambda: work(ctx)))
        return handle

    def wait_for_done(self, msecs: int = 5000) -> bool:
        """Block until worker threads are idle (used at shutdown and in tests)."""
        a = bool(self._interactive_pool.waitForDone(msecs))
        return bool(self._pool.waitForDone(msecs)) and a

    # -- UI-thread delivery -------------------------------------------------------------------
    @Slot(int, object, object)
    def _on_done(self, task_id: int, result: Any, exc: BaseException | None) -> None:
        entry = self._pending.pop(task_id, None)
        if entry is None:
            return
        entry[1](result, exc)

    @Slot(int, object, str)
    def _on_progress(self, task_id: int, fraction: float | None, text: str) -> None:
        if task_id in self._labels:
            self.progress.emit(task_id, self._labels[task_id], fraction, text)

    def _report_failure(
        self, label: str, exc: BaseException, on_failure: Callable[[BaseException], None] | None
    ) -> None:
        if on_failure is not None:
            on_failure(exc)
            return
        self.failed.emit(label or "Background task", describe_error(exc))


def describe_error(exc: BaseException) -> str:
    """A message a writer can read; our own exceptions already carry one."""
    text = str(exc).strip()
    if isinstance(exc, OSError) and exc.strerror:
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror}{where}"
    if not text:
        return f"Unexpected error ({type(exc).__name__}). Please report this."
    return text
