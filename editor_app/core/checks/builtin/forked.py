"""Use a second core for a cold full pass: a forked child runs part of the work.

A full pass over a long document (the ``check`` command, a first check after opening a file) is
CPU-bound pure Python. On a machine with two or more cores a forked child inherits the loaded rule
data and the extracted segments (no start-up cost beyond the fork itself), runs its share and
sends the findings back through a pipe while the parent runs the rest (:func:`fork_call`). The
built-in checker splits by rule, not by block (``builtin._CHILD_RULES``): split by blocks, both
processes filled every per-word table of every rule for the same vocabulary, and the forked pass
cost ~0.6 s more CPU than a serial one (measured 2026-11-27 on the 100k-word bench text: 2.6-2.9 s
against 2.0-2.2 s); split by rules, ~0.15 s more, with parent and child each at ~55 % of a serial
pass. The results are the same as a serial pass (a test compares them).

It forks only where that is safe and worth it: when the process opted in with
:func:`allow_fork` (the ``check`` command does; the GUI never does), on POSIX, from a process with a single thread (a
GUI or a process with worker threads never forks: ``fork`` with other threads alive can copy a
held lock), with at least two CPUs of which one is idle now (a second process on a busy machine
only competes with the first and with the other load: measured at load ~2 on two cores, the forked
pass took 1.76 s of wall time against 1.35 s serially), and with enough uncached text to repay what
the split costs: the fork, the transfer, the per-word caches both processes fill (both analyse
every segment). Anything unexpected in the child (an exception, a signal, bad data) makes the
parent do the child's share itself, so a failed fork can cost time but never findings.
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar, cast

T = TypeVar("T")

MIN_CHARS = 100_000  # below ~16k words a serial pass takes ~0.2 s: the split's costs eat the gain

_allowed = False


def allow_fork(allowed: bool = True) -> None:
    """Opt this process in (a command-line run). Qt applications must not: their own threads are
    invisible to ``threading``."""
    global _allowed
    _allowed = allowed


def can_fork() -> bool:
    return (
        _allowed
        and hasattr(os, "fork")
        and sys.platform != "darwin"  # macOS frameworks are not fork-safe
        and threading.active_count() == 1
        and (os.cpu_count() or 1) >= 2
        and not os.environ.get("EDITOR_APP_NO_FORK")
        and _spare_core()
    )


def _spare_core() -> bool:
    """Is a CPU idle for the child? The one-minute load average must leave at least half a core
    beside this process, and where ``/proc/loadavg`` tells how many tasks are runnable right now
    (this process among them), fewer than the CPUs must be (the average lags a burst of load by
    a minute)."""
    cpus = os.cpu_count() or 1
    try:
        if os.getloadavg()[0] > cpus - 0.5:
            return False
    except OSError:  # no load average on this platform: trust the CPU count
        return True
    try:
        with open("/proc/loadavg", encoding="ascii") as f:
            running = int(f.read().split()[3].split("/")[0])
    except (OSError, ValueError, IndexError):
        return True
    return running < cpus


def worth_forking(items: Sequence[str]) -> bool:
    """Would a forked child repay its cost for a pass over ``items`` (and may this process fork)?"""
    return len(items) >= 4 and sum(map(len, items)) >= MIN_CHARS and can_fork()


def fork_call(child_work: Callable[[], T], parent_work: Callable[[], object]) -> T | None:
    """Run ``child_work`` in a forked child while this process runs ``parent_work``; the child's
    result, or ``None`` when the fork or the child failed (the caller then computes it itself).
    Call only after :func:`worth_forking`."""
    r, w = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(r)
        os.close(w)
        parent_work()
        return None
    if pid == 0:  # the child: compute, send, leave without running any cleanup
        code = 1
        try:
            os.close(r)
            payload = pickle.dumps(child_work(), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(w, "wb") as out:
                out.write(payload)
            code = 0
        finally:
            os._exit(code)
    os.close(w)
    inp = os.fdopen(r, "rb")
    try:
        parent_work()
        data = inp.read()
    finally:
        inp.close()  # before waiting: a child blocked on a full pipe then fails instead of hanging
        _, status = os.waitpid(pid, 0)
    if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
        try:
            return cast("T", pickle.loads(data))
        except Exception:  # noqa: BLE001 - a bad transfer is recomputed by the caller, never lost
            return None
    return None
