"""Image processing in worker *processes*, so the GUI thread never waits on the GIL.

Pillow's JPEG encoder keeps the GIL for the whole encode (about 74 ms for a 2048-px progressive
JPEG); run in a thread, several back-to-back encodes froze the UI event loop for up to 245 ms.
:func:`process` runs :func:`editor_app.core.publishing.images.process_bytes` in a
``ProcessPoolExecutor`` (``spawn`` start method: safe next to Qt's threads, and the same on every
OS) and returns exactly what ``process_bytes`` would (same bytes, same hashes).

* The pool is created on first use, never at import, and kept for later publishes (starting a
  worker costs ~0.2 s); :func:`shutdown` ends it (``concurrent.futures`` also joins it at exit).
* Only plain data crosses the process boundary: ``(bytes, str, int)`` in, a
  :class:`~editor_app.core.publishing.images.ProcessedImage` (a frozen dataclass) out;
  :class:`~editor_app.core.publishing.images.ImageError` comes back with its message.
* If worker processes cannot be used (a frozen bundle, a sandbox without ``fork``/``spawn``, a
  worker that died), the image is processed in the calling thread instead: slower for the UI, but
  publishing still works. :func:`mode` says which is in use.
"""

from __future__ import annotations

import os
import sys
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Literal

from editor_app.core.publishing.images import DEFAULT_MAX_PX, ProcessedImage, process_bytes

MAX_WORKERS = 4

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None
_disabled_reason = ""


def _workers() -> int:
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


def _frozen_without_support() -> bool:
    # A PyInstaller bundle must call multiprocessing.freeze_support() in its entry script before
    # spawned children work; the entry script sets EDITOR_APP_MP_FROZEN_OK=1 once it does.
    return bool(getattr(sys, "frozen", False)) and os.environ.get("EDITOR_APP_MP_FROZEN_OK") != "1"


def get_pool() -> ProcessPoolExecutor | None:
    """The shared pool (created now if needed), or None when worker processes are not usable."""
    global _pool, _disabled_reason
    with _lock:
        if _pool is not None:
            return _pool
        if _disabled_reason:
            return None
        if os.environ.get("EDITOR_APP_IMAGE_PROCESSES") == "0":
            _disabled_reason = "switched off by EDITOR_APP_IMAGE_PROCESSES=0"
            return None
        if _frozen_without_support():
            _disabled_reason = "frozen bundle without multiprocessing support"
            return None
        try:
            import multiprocessing

            _pool = ProcessPoolExecutor(max_workers=_workers(), mp_context=multiprocessing.get_context("spawn"))
        except (OSError, ValueError, NotImplementedError) as exc:
            _disabled_reason = f"cannot start worker processes ({type(exc).__name__})"
            return None
        return _pool


def is_started() -> bool:
    """Whether the pool exists (it is only made when an image is processed)."""
    return _pool is not None


def mode() -> Literal["processes", "threads"]:
    return "threads" if _disabled_reason else "processes"


def use_processes(enabled: bool) -> None:
    """Switch worker processes on (the default) or off (process in the calling thread, as before
    this module existed); for benchmarks and diagnostics."""
    global _disabled_reason
    shutdown()
    with _lock:
        _disabled_reason = "" if enabled else "switched off"


def shutdown(wait: bool = True) -> None:
    """End the worker processes (a later :func:`process` starts new ones)."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=wait, cancel_futures=True)


def submit(data: bytes, name: str, max_px: int = DEFAULT_MAX_PX) -> Future[ProcessedImage]:
    """Start processing one image; the future's result is ``process_bytes(data, name, max_px)``."""
    pool = get_pool()
    if pool is not None:
        try:
            return pool.submit(process_bytes, data, name, max_px)
        except (BrokenProcessPool, RuntimeError):
            _forget_broken(pool)
    done: Future[ProcessedImage] = Future()
    try:
        done.set_result(process_bytes(data, name, max_px))
    except Exception as exc:  # the same error the pool would report
        done.set_exception(exc)
    return done


def process(data: bytes, name: str, max_px: int = DEFAULT_MAX_PX) -> ProcessedImage:
    """``process_bytes`` in a worker process; blocks the calling thread only (GIL released)."""
    future = submit(data, name, max_px)
    try:
        return future.result()
    except BrokenProcessPool:
        # a worker died (killed, out of memory): drop the pool, do this one here
        pool = _pool
        if pool is not None:
            _forget_broken(pool)
        return process_bytes(data, name, max_px)


def _forget_broken(pool: ProcessPoolExecutor) -> None:
    global _pool
    with _lock:
        if _pool is pool:
            _pool = None
    pool.shutdown(wait=False, cancel_futures=True)


__all__ = ["get_pool", "is_started", "mode", "process", "shutdown", "submit", "use_processes"]
