"""The app's log file: rotating, in the user state folder, with no secrets and no document text.

API
---
``setup_logging(level="INFO", *, home=None, console=False, max_bytes=MAX_BYTES) -> Path``
    Called once by the composition root (``app.run_gui``) and by CLI commands that want a log;
    never at import. Installs one rotating file handler on the root logger
    (``<state>/logs/editor-app.log``, 1 MB x 3 backups, folder mode 0700) and returns its path.
    Calling it again replaces the previous handler (tests point it at temporary folders).
``log_file(home=None) -> Path``           where the log lives (nothing is created).
``register_secret(value)``                a value that must never be written (passwords, API keys,
                                          tokens); call wherever a secret enters the process.
``protect_text(text)``                    document text that must never be written; call when a
                                          document is opened or restored.
``redact(text) -> str``                   what the filter does to each log line, for other
                                          outputs (diagnostics, error reports).
``describe_text(text) -> str``            "<text: 1,234 chars, sha256 1a2b3c4d>", the way to
                                          mention a document's text in a log line.
``log_uncaught_exceptions()``            uncaught exceptions (also from Qt slots) go to the log too.
``recent_lines(n=50, *, path=None) -> list[str]``  the last n lines of the log, redacted again.

The rule, for everybody who writes ``log.info(...)``: log paths, sizes, revision numbers, timings
and error types; never the text of a document or a secret. :class:`RedactingFilter` is the second
lock on that door: it replaces registered secrets, ``Authorization`` header values, the values of
anything that looks like ``password=``/``token:``/``api_key``, JWTs and URL passwords with
``[redacted]``, and any run of five or more words from a protected document with
``[document text removed]``, in the message, its arguments and exception tracebacks alike.
"""

from __future__ import annotations

import hashlib
import logging
import logging.handlers
import os
import re
import threading
import urllib.parse
from collections import deque
from collections.abc import Iterable
from pathlib import Path
from typing import Any

LOG_NAME = "editor-app.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
MAX_RECORD_CHARS = 4000
REDACTED = "[redacted]"
TEXT_REMOVED = "[document text removed]"
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

# A run of this many consecutive words found in a protected document counts as document text.
NGRAM = 5
_MAX_PROTECTED_NGRAMS = 2_000_000  # about 100 MB worth of articles; beyond that, oldest first out

_SECRET_NAME = r"[\w-]*(?:password|passwd|passphrase|secret|token|api[_-]?key|apikey|key|cookie|session[_-]?id)[\w-]*"
_AUTH_HEADER_RE = re.compile(
    r"""(?i)(\bauthori[sz]ation["']?\s*[:=]\s*["']?)(?:(bearer|basic|ghost|token|digest)\s+)?([^"'\s,}\]]+)"""
)
_NAMED_VALUE_RE = re.compile(
    r"""(?i)(\b""" + _SECRET_NAME + r"""["']?\s*[:=]\s*)(["']?)([^"'\s&,;}\])]+)"""
)
_JWT_RE = re.compile(r"\beyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]+")
_URL_PASSWORD_RE = re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://[^\s/:@]+:)([^\s/@]+)(@)")
_WORD_RE = re.compile(r"\w+")


class _Protected:
    """Registered secrets and word n-grams of documents, shared by every filter."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.secrets: set[str] = set()
        self.ngrams: dict[bytes, None] = {}  # insertion-ordered set with cheap eviction

    def add_secret(self, value: str) -> None:
        forms = {value, urllib.parse.quote(value, safe=""), urllib.parse.quote_plus(value)}
        with self.lock:
            self.secrets.update(f for f in forms if len(f) >= 4)

    def add_text(self, text: str) -> None:
        words = [w.casefold() for w in _WORD_RE.findall(text)]
        with self.lock:
            for i in range(len(words) - NGRAM + 1):
                self.ngrams[_ngram_key(words[i : i + NGRAM])] = None
            excess = len(self.ngrams) - _MAX_PROTECTED_NGRAMS
            if excess > 0:
                for key in list(self.ngrams)[:excess]:
                    del self.ngrams[key]

    def clear(self) -> None:
        with self.lock:
            self.secrets.clear()
            self.ngrams.clear()


def _ngram_key(words: list[str]) -> bytes:
    return hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=8).digest()


_protected = _Protected()


def register_secret(value: str | None) -> None:
    """Never write ``value`` to the log (and never show it in diagnostics)."""
    if value:
        _protected.add_secret(value)


def protect_text(text: str) -> None:
    """Never write runs of five or more words of ``text`` to the log."""
    if text:
        _protected.add_text(text)


def forget_protected() -> None:
    """Drop everything registered (tests; a long-running app never needs it)."""
    _protected.clear()


def describe_text(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"<text: {len(text):,} chars, sha256 {digest}>"


def _remove_document_text(text: str) -> str:
    with _protected.lock:
        if not _protected.ngrams:
            return text
        matches = list(_WORD_RE.finditer(text))
        hits: list[tuple[int, int]] = []
        for i in range(len(matches) - NGRAM + 1):
            window = matches[i : i + NGRAM]
            if _ngram_key([m.group().casefold() for m in window]) in _protected.ngrams:
                start, end = window[0].start(), window[-1].end()
                if hits and start <= hits[-1][1]:
                    hits[-1] = (hits[-1][0], end)
                else:
                    hits.append((start, end))
    for start, end in reversed(hits):
        text = text[:start] + TEXT_REMOVED + text[end:]
    return text


def redact(text: str) -> str:
    """``text`` with secrets and protected document text replaced (see the module docstring)."""
    with _protected.lock:
        secrets = sorted(_protected.secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    text = _AUTH_HEADER_RE.sub(lambda m: m.group(1) + (m.group(2) + " " if m.group(2) else "") + REDACTED, text)
    text = _NAMED_VALUE_RE.sub(lambda m: m.group(1) + m.group(2) + REDACTED, text)
    text = _JWT_RE.sub(REDACTED, text)
    text = _URL_PASSWORD_RE.sub(lambda m: m.group(1) + REDACTED + m.group(3), text)
    return _remove_document_text(text)


def _clip(text: str) -> str:
    if len(text) > MAX_RECORD_CHARS:
        return text[:MAX_RECORD_CHARS] + f" [... {len(text) - MAX_RECORD_CHARS} chars cut]"
    return text


class RedactingFilter(logging.Filter):
    """Rewrites each record so that what the handler writes is already redacted."""

    _exc_formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception as exc:  # noqa: BLE001 - a bad format string must not lose the record
            message = f"{record.msg!r} (could not format: {type(exc).__name__})"
        record.msg = _clip(redact(message))
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._exc_formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
            record.exc_info = None  # the formatter must not re-render the raw traceback
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class _AppHandler(logging.handlers.RotatingFileHandler):
    """Marker class so :func:`setup_logging` can find and replace its own handler."""


class _AppConsoleHandler(logging.StreamHandler):  # type: ignore[type-arg]
    pass


def log_file(home: str | os.PathLike[str] | None = None) -> Path:
    from editor_app.core.storage.paths import app_dirs

    return app_dirs(home).state / "logs" / LOG_NAME


def _current_handler() -> _AppHandler | None:
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _AppHandler):
            return handler
    return None


def setup_logging(
    level: int | str = "INFO",
    *,
    home: str | os.PathLike[str] | None = None,
    console: bool = False,
    max_bytes: int = MAX_BYTES,
) -> Path:
    """Send the app's log records to the rotating log file; return its path (see module docstring)."""
    path = log_file(home)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(path.parent, 0o700)
    except OSError:
        pass
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _AppHandler | _AppConsoleHandler)]:
        root.removeHandler(old)
        old.close()
    handler = _AppHandler(path, maxBytes=max_bytes, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    if console:
        stream = _AppConsoleHandler()
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        stream.addFilter(RedactingFilter())
        root.addHandler(stream)
    root.setLevel(level if isinstance(level, int) else level.upper())
    logging.captureWarnings(True)
    return path


def log_uncaught_exceptions() -> None:
    """Also write exceptions nobody caught (including those raised in Qt slots) to the log.

    The previous ``sys.excepthook`` still runs afterwards, so nothing that showed them before stops.
    """
    import sys

    previous = sys.excepthook
    if getattr(previous, "_editor_app_logs", False):
        return

    def hook(exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
        if not issubclass(exc_type, KeyboardInterrupt):
            logging.getLogger("editor_app.uncaught").error("uncaught exception", exc_info=(exc_type, exc, tb))
        previous(exc_type, exc, tb)

    hook._editor_app_logs = True  # type: ignore[attr-defined]
    sys.excepthook = hook


def shutdown_logging() -> None:
    """Remove and close the handlers :func:`setup_logging` installed."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _AppHandler | _AppConsoleHandler)]:
        root.removeHandler(old)
        old.close()


def recent_lines(n: int = 50, *, path: str | os.PathLike[str] | None = None) -> list[str]:
    """The last ``n`` lines of ``path`` (default: the current log file), redacted again.

    Empty when there is no log yet.
    """
    handler = _current_handler()
    if handler is not None:
        handler.flush()
    if path is None:
        path = handler.baseFilename if handler is not None else log_file()
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            tail: Iterable[str] = deque(fh, maxlen=n)
    except OSError:
        return []
    return [redact(line.rstrip("\n")) for line in tail]
