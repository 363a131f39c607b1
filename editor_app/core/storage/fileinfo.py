"""Notice when another program changed a file we have open.

API
---
``FileFingerprint(mtime_ns, size, sha256)``; ``fingerprint(path)``; ``fingerprint_of(data, st)``.
``disk_state(doc) -> DiskState``  UNCHANGED / MODIFIED / DELETED (``doc`` has ``.path`` and
                                  ``.disk``: the fingerprint taken at load/save).
``changed_on_disk(doc) -> bool``  True for MODIFIED or DELETED; cheap when nothing changed (one
                                  stat; the file is hashed only when mtime or size moved, so a
                                  ``touch`` without a content change is not reported).
``unified_diff(mine, theirs, name) -> str``  for the "compare" choice.
"""

from __future__ import annotations

import difflib
import enum
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True)
class FileFingerprint:
    mtime_ns: int
    size: int
    sha256: str


def fingerprint_of(data: bytes, st: os.stat_result) -> FileFingerprint:
    return FileFingerprint(st.st_mtime_ns, st.st_size, hashlib.sha256(data).hexdigest())


def fingerprint(path: str | os.PathLike[str]) -> FileFingerprint:
    with open(path, "rb") as fh:
        st = os.fstat(fh.fileno())
        data = fh.read()
    return fingerprint_of(data, st)


class DiskState(enum.Enum):
    UNCHANGED = "unchanged"
    MODIFIED = "modified"
    DELETED = "deleted"


class _HasDisk(Protocol):
    @property
    def path(self) -> Path | None: ...

    @property
    def disk(self) -> FileFingerprint | None: ...


def disk_state(doc: _HasDisk) -> DiskState:
    path, known = doc.path, doc.disk
    if path is None or known is None:
        return DiskState.UNCHANGED
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return DiskState.DELETED
    except OSError:
        return DiskState.UNCHANGED  # unreadable for a moment (network disk): do not alarm
    if st.st_mtime_ns == known.mtime_ns and st.st_size == known.size:
        return DiskState.UNCHANGED
    if st.st_size != known.size:
        return DiskState.MODIFIED
    try:
        now = fingerprint(path)
    except FileNotFoundError:
        return DiskState.DELETED
    except OSError:
        return DiskState.UNCHANGED
    return DiskState.UNCHANGED if now.sha256 == known.sha256 else DiskState.MODIFIED


def changed_on_disk(doc: _HasDisk) -> bool:
    return disk_state(doc) is not DiskState.UNCHANGED


def unified_diff(mine: str, theirs: str, name: str = "document", context: int = 3) -> str:
    """A unified diff from the file on disk (``theirs``) to the editor's text (``mine``)."""
    return "".join(
        difflib.unified_diff(
            theirs.splitlines(keepends=True),
            mine.splitlines(keepends=True),
            fromfile=f"{name} (on disk)",
            tofile=f"{name} (in the editor)",
            n=context,
        )
    )
