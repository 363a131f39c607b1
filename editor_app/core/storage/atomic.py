"""Atomic file writes: the old file or the new one, never half of each.

API
---
``atomic_write_bytes(path, data, *, durable=True) -> None``
``atomic_write_text(path, text, encoding="utf-8", *, errors="strict", durable=True) -> None``
``SaveError``  raised on any failure, with a message a writer understands (``.path``, ``.errno``);
               the original file is left exactly as it was.

How: write a temp file in the same folder, fsync it, copy the old file's permissions (and owner,
when we may), ``os.replace`` it over the target, then fsync the folder so the rename survives a
power cut. A symlink is followed, so the link stays and its target gets the new content.
``durable=False`` skips the fsyncs (for caches where speed matters more than power cuts).
"""

from __future__ import annotations

import contextlib
import errno as _errno
import os
import stat
import tempfile
from pathlib import Path


class SaveError(OSError):
    """A save failed; the file on disk is unchanged. ``str(err)`` is for the writer."""

    def __init__(self, message: str, path: Path, err: int | None = None) -> None:
        super().__init__(err or 0, message)
        self.message = message
        self.path = path
        self.errno = err

    def __str__(self) -> str:
        return self.message


def _explain(exc: OSError, path: Path) -> str:
    folder = path.parent
    code = exc.errno
    if code in (_errno.ENOSPC, _errno.EDQUOT):
        why = f"the disk holding {folder} is full"
    elif code == _errno.EFBIG:
        why = "the file is larger than this disk or account allows"
    elif code == _errno.EROFS:
        why = f"the folder {folder} is on a read-only disk"
    elif code in (_errno.EACCES, _errno.EPERM):
        why = f"you do not have permission to write in {folder} (it may be read-only or locked)"
    elif code == _errno.ENOENT:
        why = f"the folder {folder} does not exist (was it moved or deleted?)"
    elif code == _errno.EISDIR:
        why = f"{path} is a folder"
    else:
        why = exc.strerror or str(exc)
    return f"Could not save {path.name}: {why}. The file on disk was not changed."


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot fsync a folder; the rename has still happened
    finally:
        os.close(fd)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, durable: bool = True) -> None:
    """Replace ``path`` with ``data`` atomically; raise :class:`SaveError` on failure."""
    target = Path(os.path.realpath(path))
    folder = target.parent
    try:
        st: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise SaveError(_explain(exc, target), target, exc.errno) from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise SaveError(_explain(IsADirectoryError(_errno.EISDIR, "is a folder"), target), target, _errno.EISDIR)

    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        if st is not None:
            os.chmod(tmp_name, stat.S_IMODE(st.st_mode))
            if hasattr(os, "chown"):
                with contextlib.suppress(OSError):  # only root (or the owner keeping its group) may
                    os.chown(tmp_name, st.st_uid, st.st_gid)
        else:
            os.chmod(tmp_name, _default_mode())
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise SaveError(_explain(exc, target), target, exc.errno) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    if durable:
        _fsync_dir(folder)


def atomic_write_text(
    path: str | os.PathLike[str],
    text: str,
    encoding: str = "utf-8",
    *,
    errors: str = "strict",
    durable: bool = True,
) -> None:
    """Encode ``text`` (newlines written as given) and replace ``path`` atomically."""
    target = Path(path)
    try:
        data = text.encode(encoding, errors)
    except UnicodeEncodeError as exc:
        bad = exc.object[exc.start : exc.end]
        raise SaveError(
            f"Could not save {target.name}: the character {bad!r} cannot be written in the "
            f"{encoding} encoding. Save it as UTF-8 instead. The file on disk was not changed.",
            target,
        ) from None
    except LookupError:
        raise SaveError(
            f"Could not save {target.name}: unknown encoding {encoding!r}. The file on disk was not changed.",
            target,
        ) from None
    atomic_write_bytes(target, data, durable=durable)
