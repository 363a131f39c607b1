"""Recovery journal: unsaved text survives a crash, a kill or a power cut.

API
---
``journal = RecoveryJournal(app_dirs().recovery_dir)``     (no disk access yet)
``journal.open_session() -> bool``  take this run's lock; True when an earlier run did not exit
                                    cleanly (its lock is free but its folder is still there).
``journal.previous_run_crashed``    the same answer, after ``open_session``.
``journal.snapshot(doc_id, path_or_None, title, text, cursor)``
                                    store the typed text atomically (skips unchanged snapshots;
                                    call after ~1 s idle and on focus loss).
``journal.discard(doc_id)``         the document was saved or closed without keeping changes.
``journal.pending() -> list[RecoveryEntry]``
                                    unsaved documents left by runs that crashed (never this
                                    run's own, never those of another instance still running).
``journal.discard_entry(entry)``    the writer recovered or rejected one pending entry.
``journal.clear_all()``             drop every pending entry and this run's snapshots.
``journal.close()``                 clean exit: this run's journal is removed, the lock released.

Layout: ``<dir>/sessions/<session id>/{lock, <hash of doc_id>.json}``. A running session holds
an OS lock (``flock`` / ``msvcrt.locking``) on its ``lock`` file; the OS drops it when the process
dies, even by SIGKILL, so a session folder whose lock can be taken belongs to a dead run.
The text is stored in JSON with ASCII escapes, so it comes back exactly as typed (even lone
surrogates or NUL characters).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from editor_app.core.storage.atomic import atomic_write_text

_FORMAT = 1
_LOCK = "lock"


@dataclass(frozen=True)
class RecoveryEntry:
    doc_id: str
    path: Path | None
    title: str
    text: str
    cursor: int
    saved_at: float  # time.time() of the snapshot
    session: str
    file: Path

    @property
    def display_name(self) -> str:
        if self.title:
            return self.title
        return self.path.name if self.path is not None else "Untitled"


def _try_lock(fh: IO[bytes]) -> bool:
    """Take an exclusive, non-blocking OS lock on an open file; False if someone holds it."""
    if sys.platform == "win32":
        import msvcrt

        try:
            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _entry_name(doc_id: str) -> str:
    return hashlib.sha256(doc_id.encode("utf-8", "surrogatepass")).hexdigest()[:32] + ".json"


class RecoveryJournal:
    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        self.sessions_dir = self.root / "sessions"
        self.session_id = f"{os.getpid()}-{int(time.time() * 1000)}-{uuid.uuid4().hex[:8]}"
        self._lock_fh: IO[bytes] | None = None
        self._crashed_before = False
        self._last_written: dict[str, str] = {}

    # -- session lifetime ------------------------------------------------------------------

    @property
    def session_dir(self) -> Path:
        return self.sessions_dir / self.session_id

    @property
    def is_open(self) -> bool:
        return self._lock_fh is not None

    def open_session(self) -> bool:
        if self._lock_fh is None:
            self._crashed_before = bool(self._orphan_sessions())
            # Lock first, then rename into place, so no other instance ever sees this session
            # folder without its lock held (it would take it for a crashed run).
            starting = self.sessions_dir / f".{self.session_id}.starting"
            starting.mkdir(parents=True, exist_ok=True)
            fh = open(starting / _LOCK, "a+b")  # noqa: SIM115 - held for the whole run
            if not _try_lock(fh):
                fh.close()
                raise RuntimeError("recovery session lock unexpectedly held")
            fh.write(f"{os.getpid()}\n".encode())
            fh.flush()
            os.replace(starting, self.session_dir)
            self._lock_fh = fh
        return self._crashed_before

    @property
    def previous_run_crashed(self) -> bool:
        return self._crashed_before

    def close(self) -> None:
        """Clean exit: forget this run's snapshots and release the lock."""
        fh, self._lock_fh = self._lock_fh, None
        shutil.rmtree(self.session_dir, ignore_errors=True)
        if fh is not None:
            fh.close()
        self._last_written.clear()

    # -- this run's snapshots ----------------------------------------------------------------

    def snapshot(self, doc_id: str, path: str | os.PathLike[str] | None, title: str, text: str, cursor: int) -> None:
        payload = json.dumps(
            {
                "format": _FORMAT,
                "doc_id": doc_id,
                "path": os.fspath(path) if path is not None else None,
                "title": title,
                "cursor": int(cursor),
                "saved_at": time.time(),
                "text": text,
            },
            ensure_ascii=True,
        )
        key = payload[: payload.index('"saved_at"')] + payload[payload.index('"text"') :]
        digest = hashlib.sha256(key.encode("ascii")).hexdigest()
        if self._last_written.get(doc_id) == digest:
            return
        if not self.is_open:
            self.open_session()
        atomic_write_text(self.session_dir / _entry_name(doc_id), payload, "ascii")
        self._last_written[doc_id] = digest

    def discard(self, doc_id: str) -> None:
        """Forget a document's snapshot (in this run, and any pending one with the same id)."""
        self._last_written.pop(doc_id, None)
        name = _entry_name(doc_id)
        with contextlib.suppress(FileNotFoundError):
            (self.session_dir / name).unlink()
        for session in self._orphan_sessions():
            with contextlib.suppress(FileNotFoundError):
                (session / name).unlink()
            self._remove_if_empty(session)

    # -- what earlier runs left behind ---------------------------------------------------

    def _orphan_sessions(self) -> list[Path]:
        """Session folders of runs that are no longer alive."""
        if not self.sessions_dir.is_dir():
            return []
        orphans = []
        for session in sorted(self.sessions_dir.iterdir()):
            if session.name.startswith(".") or not session.is_dir() or session.name == self.session_id:
                continue
            lock = session / _LOCK
            try:
                with open(lock, "a+b") as fh:
                    if _try_lock(fh):
                        orphans.append(session)  # the lock is released again when fh closes
            except OSError:
                continue
        return orphans

    def pending(self) -> list[RecoveryEntry]:
        """Unsaved documents from crashed runs, newest first."""
        entries: list[RecoveryEntry] = []
        for session in self._orphan_sessions():
            for file in session.glob("*.json"):
                entry = self._read(file, session.name)
                if entry is not None:
                    entries.append(entry)
            self._remove_if_empty(session)
        entries.sort(key=lambda e: e.saved_at, reverse=True)
        return entries

    def discard_entry(self, entry: RecoveryEntry) -> None:
        with contextlib.suppress(FileNotFoundError):
            entry.file.unlink()
        self._remove_if_empty(entry.file.parent)

    def clear_all(self) -> None:
        for session in self._orphan_sessions():
            shutil.rmtree(session, ignore_errors=True)
        for doc_id in list(self._last_written):
            self.discard(doc_id)
        if self.session_dir.is_dir():
            for file in self.session_dir.glob("*.json"):
                with contextlib.suppress(FileNotFoundError):
                    file.unlink()

    @staticmethod
    def _read(file: Path, session: str) -> RecoveryEntry | None:
        try:
            data: Any = json.loads(file.read_text("ascii"))
        except (OSError, ValueError):
            return None  # a half-written temp file never has this name; anything else is junk
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            return None
        path = data.get("path")
        return RecoveryEntry(
            doc_id=str(data.get("doc_id", file.stem)),
            path=Path(path) if isinstance(path, str) else None,
            title=str(data.get("title") or ""),
            text=data["text"],
            cursor=int(data.get("cursor") or 0),
            saved_at=float(data.get("saved_at") or 0.0),
            session=session,
            file=file,
        )

    def _remove_if_empty(self, session: Path) -> None:
        if session == self.session_dir:
            return
        try:
            names = {p.name for p in session.iterdir() if not p.name.startswith(".")}
        except OSError:
            return
        if names <= {_LOCK}:
            shutil.rmtree(session, ignore_errors=True)
