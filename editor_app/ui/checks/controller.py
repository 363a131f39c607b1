"""Live checking for one editor: incremental re-checks off the UI thread, results to the decorator.

Flow per keystroke (all on the UI thread, no checking):

1. ``contentsChange`` appends ``(pos, removed, added)`` to an edit log and bumps ``edit_seq``;
   the decorator drops the underlines whose text was edited; the rest follow the text by
   themselves (their ``QTextCursor`` moves).
2. Two keyed requests go to the task runner: ``local`` (per-paragraph rules, short debounce) and
   ``document`` (document-wide rules such as repeated_phrase, long debounce). The runner coalesces
   them: while one runs, newer keystrokes only mark "run again".

On a worker thread the engine checks a plain-text snapshot. The local pass is incremental in the
core: unchanged paragraphs come from its cache, so only edited paragraphs cost anything.

Back on the UI thread, a result computed for an older ``edit_seq`` is mapped through the edits
logged since its snapshot (issues in edited text are dropped), so underlines appear even while the
writer keeps typing, always at the right place.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from editor_app.core.checks import suppressions
from editor_app.core.checks.base import Issue
from editor_app.ui.checks.decorator import IssueDecorator, LiveIssue


class CheckEngine(Protocol):
    """What the controller needs from the core. Both methods run on a worker thread, one at a time
    per method, and take/return plain data with offsets into ``text``."""

    def check_local(self, text: str) -> list[Issue]:
        """Per-paragraph rules; incremental (unchanged paragraphs cached)."""
        ...

    def check_document(self, text: str) -> list[Issue]:
        """Document-wide rules (repeated_phrase ...)."""
        ...


class Runner(Protocol):
    """The part of ``editor_app.ui.tasks.TaskRunner`` used here."""

    def request(self, key: Any, snapshot: Any, work: Any, on_success: Any, **kwargs: Any) -> None: ...

    def cancel_key(self, key: Any) -> None: ...


Edit = tuple[int, int, int]  # position, removed, added


def map_issue(issue: Issue, edits: Sequence[Edit]) -> Issue | None:
    """Move ``issue`` through ``edits`` (in order); None when an edit changed or bordered its text.

    Mirrors what the decorator does with live cursors: text typed right before an issue pushes it
    along; text typed at its end, or a removal touching it, makes it stale.
    """
    span = map_span(issue.start, issue.end, edits)
    if span is None:
        return None
    if span == (issue.start, issue.end):
        return issue
    return replace(issue, start=span[0], end=span[1])


def map_span(start: int, end: int, edits: Sequence[Edit]) -> tuple[int, int] | None:
    """``(start, end)`` moved through ``edits``; None when an edit changed or bordered it."""
    for pos, removed, added in edits:
        if end < pos:
            continue
        if removed == 0 and start >= pos and end > pos:
            start, end = start + added, end + added
        elif removed and start > pos + removed:
            start, end = start + added - removed, end + added - removed
        else:
            return None
    return start, end


Keyed = tuple[tuple[int, int, str], Issue]
Region = tuple[int, int, int]  # start, end (in the result's text), seq of the result it follows
Result = tuple[int, list[Keyed], "Region | None"]


def keyed_issues(issues: Sequence[Issue]) -> list[Keyed]:
    """``((start, end, rule), issue)`` in document order, one per key (worker thread)."""
    out: dict[tuple[int, int, str], Issue] = {}
    for i in issues:
        if i.start < i.end:
            out.setdefault((i.start, i.end, i.rule), i)
    return sorted(out.items(), key=lambda kv: kv[0])


def map_keyed(items: Sequence[Keyed], edits: Sequence[Edit]) -> list[Keyed]:
    """:func:`map_issue` for a sorted keyed list, without copying issues: entries that end before
    the first edited position are kept as they are (a bisect finds them), the rest are moved."""
    if not edits or not items:
        return list(items)
    low = min(pos for pos, _r, _a in edits)
    # entries are sorted by start; any entry starting before ``low - longest`` ends before ``low``
    longest = max(k[1] - k[0] for k, _ in items)
    cut = bisect_left(items, low - longest, key=lambda kv: kv[0][0])
    out = list(items[:cut])
    for key, issue in items[cut:]:
        start, end, rule = key
        if end < low:
            out.append((key, issue))
            continue
        span = map_span(start, end, edits)
        if span is not None:
            out.append(((span[0], span[1], rule), issue))
    return out


_STRUCTURAL = frozenset("`~<>")


def changed_span(old: str, new: str) -> tuple[int, int, int]:
    """``(start, old_end, new_end)``: ``old[start:old_end]`` became ``new[start:new_end]``; the
    rest is common prefix and suffix. Compares 4 KiB slices (memcmp) until they differ."""
    n = min(len(old), len(new))
    step = 4096
    a = 0
    while a < n and old[a : a + step] == new[a : a + step]:
        a += step
    a = min(a, n)
    while a < n and old[a] == new[a]:
        a += 1
    lo, ln = len(old), len(new)
    b = 0
    limit = n - a
    while b + step <= limit and old[lo - b - step : lo - b] == new[ln - b - step : ln - b]:
        b += step
    while b < limit and old[lo - b - 1] == new[ln - b - 1]:
        b += 1
    return a, lo - b, ln - b


def paragraph_region(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened to whole paragraphs (blank-line bounded) plus one more each side,
    the unit the per-paragraph checks cache and re-check."""
    a = start
    for _ in range(2):
        k = text.rfind("\n\n", 0, max(0, a - 1))
        a = 0 if k < 0 else k
        if a == 0:
            break
    b = end
    for _ in range(2):
        k = text.find("\n\n", b + 1)
        b = len(text) if k < 0 else k
        if b == len(text):
            break
    return a, b


def map_position(pos: int, edits: Sequence[Edit]) -> int:
    """Where a position of an older text is after ``edits`` (inside a removal: its start)."""
    for p, removed, added in edits:
        if pos > p + removed:
            pos += added - removed
        elif pos > p:
            pos = p + added if pos == p + removed else p
    return pos


class ChecksController(QObject):
    """Wires an editor, a check engine and the task runner together.

    ``issues_changed`` fires (via the decorator) when the shown issues change; ``failed`` carries a
    writer-facing message when a check could not run.
    """

    failed = Signal(str)
    checked = Signal(str)  # "local" or "document", after a result was shown
    notice = Signal(str)  # "LanguageTool is not available: ..." (each message once)

    def __init__(
        self,
        editor: QPlainTextEdit,
        engine: CheckEngine,
        runner: Runner,
        *,
        dictionary_path: Path | None = None,
        on_dictionary_changed: Callable[[str], None] | None = None,
        local_debounce_ms: int = 15,
        document_debounce_ms: int = 700,
        remote_debounce_ms: int = 1500,
    ) -> None:
        super().__init__(editor)
        self.editor = editor
        self.engine = engine
        self.runner = runner
        self.decorator = IssueDecorator(editor)
        self.ignored_once = suppressions.IgnoredOnce()
        self.ignore_file: Path | None = None  # where "ignore once" is kept for this document
        self.dictionary_path = dictionary_path
        self._on_dictionary_changed = on_dictionary_changed
        self.local_debounce_ms = local_debounce_ms
        self.document_debounce_ms = document_debounce_ms
        self.remote_debounce_ms = remote_debounce_ms
        self.groups: tuple[str, ...] = ("local", "document")
        if getattr(engine, "has_remote", False) and callable(getattr(engine, "check_remote", None)):
            self.groups += ("remote",)
        self.enabled = True
        self.menu: Any = None  # the IssueMenu, set by attach_checks
        self.edit_seq = 0
        self._log: list[tuple[int, Edit]] = []  # (seq after the edit, edit)
        self._key_base = ("checks", id(self))
        # Per group: what the worker checked last (text, seq) and what the UI last applied
        # (seq, decorator.manual_changes). When they agree, a local result only replaces the
        # underlines of the paragraphs that changed; otherwise the whole set is diffed.
        self._worker_last: dict[str, tuple[str, int]] = {}
        self._applied: dict[str, tuple[int, int]] = {}
        self.region_updates = 0  # results applied to a region only (for tests and benchmarks)
        editor.document().contentsChange.connect(self._on_contents_change)
        editor.destroyed.connect(self._forget)

    # -- public -------------------------------------------------------------------------------
    def recheck(self, *, immediately: bool = False) -> None:
        """Ask for both passes (e.g. after a file was opened or a suppression was added)."""
        for group in self.groups:
            self._request(group, 0 if immediately else self._debounce(group))

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        if enabled:
            self.recheck(immediately=True)
        else:
            for group in self.groups:
                self.runner.cancel_key((*self._key_base, group))
            self.decorator.clear()

    def issues(self) -> list[LiveIssue]:
        return self.decorator.issues()

    def issue_count(self) -> int:
        """Number of shown issues, without building the sorted list (for status-bar counters)."""
        return self.decorator.count()

    # -- actions used by the context menu and the issues panel --------------------------------
    def apply_replacement(self, live: LiveIssue, replacement: str) -> None:
        """Replace the issue's text: one undo step."""
        start, end = deletion_span(self.editor.document(), live.start, live.end, replacement)
        cur = QTextCursor(self.editor.document())
        cur.setPosition(start)
        cur.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cur.beginEditBlock()
        cur.insertText(replacement)
        cur.endEditBlock()
        self.decorator.remove(live)

    def fix_all(self, lives: Sequence[LiveIssue]) -> int:
        """Apply the only replacement of each issue that has exactly one, in one undo step, from
        the end of the document backwards so earlier offsets stay valid. Overlapping issues after
        the first are skipped. Returns the number of fixes made."""
        safe = sorted(
            (li for li in lives if len(li.issue.replacements) == 1 and li.end > li.start),
            key=lambda li: li.start,
            reverse=True,
        )
        spans = [(li.start, li.end, li.issue.replacements[0], li) for li in safe]
        if not spans:
            return 0
        cur = QTextCursor(self.editor.document())
        cur.beginEditBlock()
        done = 0
        floor = None  # start of the last applied span; later (earlier in text) spans must end before it
        doc = self.editor.document()
        for start, end, text, _li in spans:
            if floor is not None and end > floor:
                continue
            start, end = deletion_span(doc, start, end, text)
            if floor is not None and end > floor:
                continue
            cur.setPosition(start)
            cur.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cur.insertText(text)
            floor = start
            done += 1
        cur.endEditBlock()
        return done

    def ignore_once(self, live: LiveIssue) -> None:
        self.ignored_once.add(self.editor.toPlainText(), replace(live.issue, start=live.start, end=live.end))
        self.decorator.ignore_once(live)
        if self.ignore_file is not None:
            try:
                self.ignored_once.save(self.ignore_file)
            except OSError as exc:  # losing "ignore once" is harmless; say so, do not fail
                self.failed.emit(f"“Ignore once” could not be remembered for next time: {exc.strerror or exc}")

    def set_document_path(self, path: Path | None) -> None:
        """Remember "ignore once" choices for this file across restarts (call after open and save
        as). They live in the app's data folder, keyed by the file's path, never in the file."""
        if path is None:
            self.ignore_file = None
            return
        self.ignore_file = ignore_once_file(path)
        loaded = suppressions.IgnoredOnce.load(self.ignore_file)
        self.ignored_once.keys |= loaded.keys
        self.recheck(immediately=True)

    def ignore_rule(self, rule_or_category: str) -> None:
        """Write ``<!-- check-ignore: RULE -->`` into the document (one undo step)."""
        text = self.editor.toPlainText()
        new_text = suppressions.ignore_rule_in_document(text, rule_or_category)
        replace_text_minimally(self.editor, text, new_text)
        wanted = rule_or_category.lower()
        self.decorator.remove_where(
            lambda li: li.issue.rule.lower() == wanted or li.issue.category.lower() == wanted
        )
        self.recheck(immediately=True)

    def ignore_word(self, word: str) -> None:
        """Write ``<!-- spell-ignore: WORD -->`` into the document (one undo step)."""
        text = self.editor.toPlainText()
        replace_text_minimally(self.editor, text, suppressions.ignore_word_in_document(text, word))
        self.decorator.remove_where(lambda li: is_spelling(li.issue) and li.text == word)
        self.recheck(immediately=True)

    def add_to_dictionary(self, word: str) -> None:
        if self.dictionary_path is not None:
            suppressions.add_word_to_dictionary(self.dictionary_path, word)
        if self._on_dictionary_changed is not None:
            self._on_dictionary_changed(word)
        self.decorator.remove_where(lambda li: is_spelling(li.issue) and li.text == word)
        self.recheck(immediately=True)

    def select(self, live: LiveIssue) -> None:
        """Select the issue's span in the editor and bring it into view."""
        cur = QTextCursor(self.editor.document())
        cur.setPosition(live.start)
        cur.setPosition(live.end, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cur)
        self.editor.ensureCursorVisible()
        self.editor.setFocus()

    # -- internals ----------------------------------------------------------------------------
    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        if removed == 0 and added == 0:
            return
        self.edit_seq += 1
        self._log.append((self.edit_seq, (position, removed, added)))
        if len(self._log) > 5000:
            del self._log[:1000]
        if self.enabled:
            for group in self.groups:
                self._request(group, self._debounce(group))

    def _debounce(self, group: str) -> int:
        return {
            "local": self.local_debounce_ms,
            "document": self.document_debounce_ms,
        }.get(group, self.remote_debounce_ms)

    def _request(self, group: str, debounce_ms: int) -> None:
        if not self.enabled:
            return
        check = {
            "local": self.engine.check_local,
            "document": self.engine.check_document,
        }.get(group) or self.engine.check_remote  # type: ignore[attr-defined]
        Snapshot = tuple[str, int, suppressions.IgnoredOnce]

        def snapshot() -> tuple[Snapshot, int]:  # UI thread, when the job starts
            ignored = suppressions.IgnoredOnce(set(self.ignored_once.keys))
            return (self.editor.toPlainText(), self.edit_seq, ignored), self.edit_seq

        worker_last = self._worker_last

        def work(data: Snapshot) -> Result:  # worker thread (one job per group at a time)
            text, seq, ignored = data
            issues = check(text)
            # sorted and keyed here, so the UI thread only maps and diffs
            keyed = keyed_issues(suppressions.apply_suppressions(text, issues, ignored))
            region: Region | None = None
            last = worker_last.get(group)
            if group == "local" and last is not None:
                # Per-paragraph rules: only paragraphs whose text changed can have new results,
                # unless the edit can change how later text parses (code fences, HTML, comments
                # such as check-ignore, front matter): then everything is compared.
                start, old_end, new_end = changed_span(last[0], text)
                if not (_STRUCTURAL & set(last[0][start:old_end] + text[start:new_end])) and not (
                    text.startswith("---") and start <= text.find("\n---", 3) + 4
                ):
                    a, b = paragraph_region(text, start, new_end)
                    region = (a, b, last[1])
            worker_last[group] = (text, seq)
            return seq, keyed, region

        self.runner.request(
            (*self._key_base, group),
            snapshot,
            work,
            lambda result: self._show(group, result),
            on_failure=self._report,
            debounce_ms=debounce_ms,
            label="Checking the text",
        )

    def _show(self, group: str, result: Result) -> None:
        seq, items, region = result
        edits: list[Edit] = []
        if seq != self.edit_seq:
            if not self._log or self._log[0][0] > seq + 1:
                return  # older than the edit log: cannot be placed; a newer result is on its way
            first = bisect_left(self._log, seq + 1, key=lambda entry: entry[0])
            edits = [e for _s, e in self._log[first:]]
            items = map_keyed(items, edits)
        deco = self.decorator
        if region is not None and self._applied.get(group) == (region[2], deco.manual_changes):
            # The shown underlines are the previous result's: replace those of the changed
            # paragraphs only (cost: the changed region, not the document).
            a, b = map_position(region[0], edits), map_position(region[1], edits)
            deco.replace_range(items, a, b, group)
            self.region_updates += 1
        else:
            deco.set_keyed(items, group)
        self._applied[group] = (seq, deco.manual_changes)
        take = getattr(self.engine, "take_notices", None)
        if callable(take):
            for message in take():
                self.notice.emit(message)
        self.checked.emit(group)

    def _report(self, exc: BaseException) -> None:
        self.failed.emit(str(exc) or f"The checks could not run ({type(exc).__name__}).")

    def _forget(self) -> None:
        for group in self.groups:
            try:
                self.runner.cancel_key((*self._key_base, group))
            except RuntimeError:  # the runner went first (app shutting down)
                pass


def deletion_span(doc: Any, start: int, end: int, replacement: str) -> tuple[int, int]:
    """Where an edit really goes. Deleting a phrase ("against each other") from between two words
    takes one of the spaces around it along, so the sentence does not end up with a double space
    or a space before its full stop."""
    if replacement:
        return start, end
    before = doc.characterAt(start - 1) if start > 0 else "\u2029"
    after = doc.characterAt(end)
    if before == " " and (after == " " or after in ".,;:!?\u2029" or not after):
        return start - 1, end
    if after == " " and (start == 0 or before == "\u2029"):
        return start, end + 1
    return start, end


def ignore_once_file(document: Path) -> Path:
    import hashlib

    from editor_app.core.storage.paths import app_dirs

    key = hashlib.sha256(str(document.resolve()).encode("utf-8")).hexdigest()[:24]
    return app_dirs().data / "ignored-once" / f"{key}.json"


def is_spelling(issue: Issue) -> bool:
    return issue.category == "spelling" or issue.rule.startswith("spelling")


def replace_text_minimally(editor: QPlainTextEdit, old: str, new: str) -> None:
    """Turn ``old`` (the editor's text) into ``new`` by replacing only the differing middle part,
    so the edit is one undo step and the rest of the document (and its underlines) stays put."""
    if old == new:
        return
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]:
        suffix += 1
    cur = QTextCursor(editor.document())
    cur.setPosition(prefix)
    cur.setPosition(len(old) - suffix, QTextCursor.MoveMode.KeepAnchor)
    cur.beginEditBlock()
    cur.insertText(new[prefix : len(new) - suffix])
    cur.endEditBlock()
