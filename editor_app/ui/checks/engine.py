"""The bridge from the live-check controller to the core's checks pipeline (no Qt here).

``check_remote`` runs server-backed checkers (LanguageTool) on their own lock and timer.
``check_local`` is ``pipeline.check_paragraphs`` (the built-in checker caches per paragraph, so a
keystroke re-checks one block); ``check_document`` is ``pipeline.check_document`` (document-wide
rules such as repeated_phrase, and whole-text checkers such as spelling and LanguageTool), which
the controller runs debounced. Checkers share caches and are safe for one caller at a time, so
both passes take the same lock. Notices ("LanguageTool is not available: ...") are collected so
the UI can say each one once.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Sequence
from pathlib import Path

from editor_app.core.checks import pipeline
from editor_app.core.checks.base import Checker, Issue

DEFAULT_LIVE_CHECKERS: tuple[str, ...] = ("builtin", "spelling")


REMOTE_CHECKERS = frozenset({"languagetool"})
"""Checkers that talk to a server: they get their own pass, so a slow or unreachable server never
delays the built-in underlines."""


class CoreCheckEngine:
    def __init__(self, checkers: Sequence[Checker]) -> None:
        self.checkers = [c for c in checkers if c.name not in REMOTE_CHECKERS]
        self.remote_checkers = [c for c in checkers if c.name in REMOTE_CHECKERS]
        self._lock = threading.Lock()  # checkers: one caller at a time
        self._remote_lock = threading.Lock()
        self._notice_lock = threading.Lock()  # never the checkers' lock: the UI thread takes this one
        self._notices: list[str] = []
        self._told: set[str] = set()

    def check_local(self, text: str) -> list[Issue]:
        with self._lock:
            result = pipeline.check_paragraphs(text, self.checkers)
            self._note(result.notices)
        return result.issues

    def check_document(self, text: str) -> list[Issue]:
        with self._lock:
            result = pipeline.check_document(text, self.checkers)
            self._note(result.notices)
        return result.issues

    def set_thorough(self, on: bool) -> None:
        """Thorough mode on or off for the checkers that have it (the built-in rules): takes
        effect on the next check; their caches hold every rule's issues."""
        with self._lock:
            for c in self.checkers:
                if hasattr(c, "thorough"):
                    c.thorough = on

    @property
    def has_remote(self) -> bool:
        return bool(self.remote_checkers)

    def check_remote(self, text: str) -> list[Issue]:
        """Server-backed checkers (LanguageTool); an unavailable one becomes a notice, not an error."""
        if not self.remote_checkers:
            return []
        with self._remote_lock:
            result = pipeline.run(text, self.remote_checkers)
            self._note(result.notices)
        return result.issues

    def _note(self, notices: Sequence[str]) -> None:
        with self._notice_lock:
            for n in notices:
                if n not in self._told:
                    self._told.add(n)
                    self._notices.append(n)

    def take_notices(self) -> list[str]:
        """New writer-facing notices since the last call (each message is given only once).
        Called on the UI thread; never waits for a running check."""
        with self._notice_lock:
            out, self._notices = self._notices, []
        return out


def default_dictionary_path() -> Path:
    from editor_app.core.storage.paths import app_dirs

    return app_dirs().user_dictionary


def default_engine(
    dictionary_path: Path | None = None,
    *,
    names: Sequence[str] = DEFAULT_LIVE_CHECKERS,
    languagetool_url: str | None = None,
    thorough: bool = False,
) -> CoreCheckEngine:
    """The live checkers from the registry: built-in rules and spelling (add "languagetool" to
    ``names`` when the writer set one up)."""
    from editor_app.core.checks.registry import CheckerOptions, create

    options = CheckerOptions(languagetool_url=languagetool_url, user_dictionary=dictionary_path, thorough=thorough)
    engine = CoreCheckEngine([create(name, options) for name in names])
    # The word lists and rule tables live as long as the app. Moved out of the cyclic collector's
    # reach, full collections stop rescanning them: those took 30-60 ms each (holding the
    # interpreter lock, so the UI thread stalled too) every few keystrokes in a 100k-word document.
    gc.freeze()
    return engine
