"""Wavy underlines for check issues, kept apart from the Markdown syntax highlighter.

Each shown issue holds a ``QTextCursor`` over its span. Qt moves every cursor when the document
changes, so underlines follow the text while the writer types, with no re-check and no work per
keystroke beyond dropping the issues whose own span was edited (those are stale until the next
result). New results are diffed against what is shown: unchanged issues keep their cursor, only
added/removed ones are touched.

Underlines are ``QTextEdit.ExtraSelection``\\ s. A ``QPlainTextEdit`` has one list of them, shared
with other features (current line, find matches). If the editor offers
``set_extra_selections_layer(name, selections)`` the decorator uses its own ``"checks"`` layer;
otherwise it owns the whole list.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from editor_app.core.checks.base import Issue

SEVERITY_COLORS: dict[str, str] = {
    "error": "#d32f2f",
    "warning": "#e09000",
    "info": "#1e88e5",
}
SPELLING_COLOR = "#c2185b"

LAYER_NAME = "checks"
VISIBLE_ONLY_ABOVE = 300  # with more issues than this, Qt gets only those near the screen


def underline_color(issue: Issue) -> QColor:
    if issue.category == "spelling" or issue.rule.startswith("spelling"):
        return QColor(SPELLING_COLOR)
    return QColor(SEVERITY_COLORS.get(issue.severity, SEVERITY_COLORS["warning"]))


_FORMATS: dict[tuple[str, str], QTextCharFormat] = {}


def _format_for(issue: Issue) -> QTextCharFormat:
    """One shared wavy-underline format per (colour, message): building a QTextCharFormat and its
    QColor costs several Qt calls, which add up for thousands of issues."""
    color = SPELLING_COLOR if issue.category == "spelling" or issue.rule.startswith("spelling") else (
        SEVERITY_COLORS.get(issue.severity, SEVERITY_COLORS["warning"])
    )
    key = (color, issue.message)
    fmt = _FORMATS.get(key)
    if fmt is None:
        if len(_FORMATS) > 4000:
            _FORMATS.clear()
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor(color))
        fmt.setToolTip(issue.message)
        _FORMATS[key] = fmt
    return fmt


class LiveIssue:
    """An issue on screen. ``start``/``end`` follow edits; ``issue`` keeps the checker's data.

    The ``ExtraSelection`` Qt paints is built on first use: only issues near the screen are ever
    painted, so a long document's thousands of off-screen issues cost one cursor each.
    """

    __slots__ = ("issue", "cursor", "group", "_selection")

    def __init__(self, issue: Issue, cursor: QTextCursor, group: str = "local") -> None:
        self.issue = issue
        self.cursor = cursor
        self.group = group
        self._selection: QTextEdit.ExtraSelection | None = None

    @property
    def selection(self) -> QTextEdit.ExtraSelection:
        sel = self._selection
        if sel is None:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self.cursor  # a copy Qt keeps moving with the text, like ours
            sel.format = _format_for(self.issue)
            self._selection = sel
        return sel

    @property
    def start(self) -> int:
        return self.cursor.selectionStart()

    @property
    def end(self) -> int:
        return self.cursor.selectionEnd()

    @property
    def text(self) -> str:
        return self.cursor.selectedText()

    def key(self) -> tuple[int, int, str]:
        return (self.cursor.selectionStart(), self.cursor.selectionEnd(), self.issue.rule)

    def __repr__(self) -> str:
        return f"LiveIssue({self.issue.rule!r}, {self.start}-{self.end}, group={self.group!r})"


class IssueDecorator(QObject):
    """Owns the underlines of one editor. ``changed`` fires when the shown issues change."""

    changed = Signal()

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor
        self._live: list[LiveIssue] = []  # sorted by start; Qt moves cursors monotonically, so it stays sorted
        self._max_len = 0  # longest span shown, bounds the backward scan in _on_contents_change
        self._window = (0, -1)  # document range whose underlines Qt has now
        #: Bumped whenever issues are removed other than by set_keyed/replace_range or an edit
        #: (a fix, an ignore): a partial update then cannot assume the previous result is shown.
        self.manual_changes = 0
        editor.verticalScrollBar().valueChanged.connect(lambda _v: self._paint_visible())
        editor.viewport().installEventFilter(self)
        self._ignored_once: list[tuple[QTextCursor, str]] = []
        editor.document().contentsChange.connect(self._on_contents_change)

    # -- reading ------------------------------------------------------------------------------
    @property
    def editor(self) -> QPlainTextEdit:
        return self._editor

    def issues(self) -> list[LiveIssue]:
        """Shown issues in document order."""
        keyed = [(li.cursor.selectionStart(), li.cursor.selectionEnd(), li.issue.rule, n) for n, li in enumerate(self._live)]
        keyed.sort()
        live = self._live
        return [live[k[3]] for k in keyed]

    def count(self) -> int:
        """How many issues are shown (cheap: no sorting, no cursor reads)."""
        return len(self._live)

    def issues_at(self, position: int) -> list[LiveIssue]:
        """Issues whose span contains ``position`` (a caret between two characters counts)."""
        hits = [li for li in self._live if li.start <= position <= li.end and li.end > li.start]
        return sorted(hits, key=lambda li: (li.end - li.start, li.start))

    # -- writing ------------------------------------------------------------------------------
    def set_issues(self, issues: Iterable[Issue], group: str = "local") -> None:
        """Show ``issues`` (offsets in the current text) as the whole content of ``group``."""
        self.set_keyed([((i.start, i.end, i.rule), i) for i in issues], group)

    def set_keyed(self, items: Sequence[tuple[tuple[int, int, str], Issue]], group: str = "local") -> None:
        """Like :meth:`set_issues` with each issue's current ``(start, end, rule)`` given apart
        from the issue (whose own offsets may be those of an older text). The controller maps a
        result computed for an older text this way without copying every issue.

        Cost: one pass over the shown issues (two cursor reads each) and a cursor per new issue;
        unchanged issues keep their cursor and their underline.
        """
        doc_len = self._editor.document().characterCount() - 1
        check_ignored = bool(self._ignored_once)
        wanted: dict[tuple[int, int, str], Issue] = {}
        for key, issue in items:
            if 0 <= key[0] < key[1] <= doc_len and key not in wanted:
                if check_ignored and self._is_ignored(key):
                    continue
                wanted[key] = issue
        kept: list[tuple[int, int, LiveIssue]] = []  # (start, end, issue)
        fresh: list[tuple[tuple[int, int, str], Issue]] = []
        dirty = False
        for li in self._live:
            cur = li.cursor
            start, end = cur.selectionStart(), cur.selectionEnd()
            if li.group != group:
                kept.append((start, end, li))
                continue
            new = wanted.pop((start, end, li.issue.rule), None)
            if new is not None and (new is li.issue or _same_finding(new, li.issue)):
                kept.append((start, end, li))
            else:
                dirty = True
                if new is not None:
                    fresh.append(((start, end, li.issue.rule), new))
        if wanted:
            fresh.extend(wanted.items())
        if fresh:
            dirty = True
            with _fast_cursors(self._editor.document(), len(fresh)):
                for key, issue in fresh:
                    kept.append((key[0], key[1], self._make_at(key[0], key[1], issue, group)))
        if dirty:
            kept.sort(key=_first)
            self._live = [t[2] for t in kept]
            self._max_len = max((e - s for s, e, _ in kept), default=0)
            self._apply()

    def replace_range(
        self, items: Sequence[tuple[tuple[int, int, str], Issue]], start: int, end: int, group: str = "local"
    ) -> None:
        """Make the issues of ``group`` that overlap ``[start, end)`` those of ``items`` that
        overlap it (``items`` sorted by key; offsets current). Issues elsewhere are left alone, so
        a result that changed one paragraph costs that paragraph, not the document."""
        lo_key = bisect_left(items, start - max(self._max_len, 4000) - 1, key=_item_start)
        hi_key = bisect_left(items, end, key=_item_start)
        doc_len = self._editor.document().characterCount() - 1
        check_ignored = bool(self._ignored_once)
        wanted: dict[tuple[int, int, str], Issue] = {}
        for key, issue in items[lo_key:hi_key]:
            if key[1] > start and 0 <= key[0] < key[1] <= doc_len and key not in wanted:
                if check_ignored and self._is_ignored(key):
                    continue
                wanted[key] = issue
        new_len = max((k[1] - k[0] for k in wanted), default=0)
        low = min([start - max(self._max_len, new_len) - 1, *(k[0] for k in wanted)])
        lo = self._index_of_start(low)
        hi = self._index_of_start(end, lo)
        kept: list[tuple[int, int, LiveIssue]] = []
        dirty = False
        for li in self._live[lo:hi]:
            cur = li.cursor
            s, e = cur.selectionStart(), cur.selectionEnd()
            if li.group != group or e <= start:
                kept.append((s, e, li))
                continue
            new = wanted.pop((s, e, li.issue.rule), None)
            if new is not None and (new is li.issue or _same_finding(new, li.issue)):
                kept.append((s, e, li))
            else:
                dirty = True
                if new is not None:
                    wanted[(s, e, li.issue.rule)] = new
        if wanted:
            dirty = True
            with _fast_cursors(self._editor.document(), len(wanted)):
                for key, issue in wanted.items():
                    kept.append((key[0], key[1], self._make_at(key[0], key[1], issue, group)))
        if dirty:
            kept.sort(key=_first)
            self._live[lo:hi] = [t[2] for t in kept]
            self._max_len = max(self._max_len, new_len)
            self._apply()

    def _index_of_start(self, position: int, lo: int = 0) -> int:
        """First index whose issue starts at or after ``position`` (binary search)."""
        live = self._live
        hi = len(live)
        while lo < hi:
            mid = (lo + hi) // 2
            if live[mid].cursor.selectionStart() < position:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def clear(self) -> None:
        self.manual_changes += 1
        if self._live:
            self._live = []
            self._apply()

    def remove(self, live: LiveIssue) -> None:
        self.manual_changes += 1
        if live in self._live:
            self._live.remove(live)
            self._apply()

    def ignore_once(self, live: LiveIssue) -> None:
        """Hide this occurrence; it stays hidden while its text is unchanged, even after re-checks."""
        cur = QTextCursor(live.cursor)
        self._ignored_once.append((cur, live.issue.rule))
        self.remove(live)

    def remove_where(self, predicate: object) -> None:
        self.manual_changes += 1
        keep = [li for li in self._live if not predicate(li)]  # type: ignore[operator]
        if len(keep) != len(self._live):
            self._live = keep
            self._apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Resize:
            self._paint_visible()
        return False

    # -- internals ----------------------------------------------------------------------------
    def _make_at(self, start: int, end: int, issue: Issue, group: str) -> LiveIssue:
        cur = QTextCursor(self._editor.document())
        cur.setPosition(start)
        cur.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return LiveIssue(issue, cur, group)

    def _is_ignored(self, key: tuple[int, int, str]) -> bool:
        start, end, rule_ = key
        return any(
            rule == rule_ and cur.selectionStart() == start and cur.selectionEnd() == end
            for cur, rule in self._ignored_once
        )

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        # Qt has already moved the cursors. An issue whose own text was edited is stale until the
        # next result arrives, so it is dropped; everything else simply follows the text.
        if removed == 0 and added == 0:
            return
        stale = self._touched(position, removed, added)
        if stale:
            for li in stale:
                self._live.remove(li)
            self._apply()
        if self._ignored_once:
            self._ignored_once = [
                (c, r)
                for c, r in self._ignored_once
                if not _touches(c.selectionStart(), c.selectionEnd(), position, removed, added)
            ]

    def _touched(self, position: int, removed: int, added: int) -> list[LiveIssue]:
        """Issues an edit made stale, found by binary search (a keystroke in a long document with
        thousands of issues looks at a handful of them)."""
        live = self._live
        lo, hi = 0, len(live)
        limit = position + added
        while lo < hi:  # first issue starting after the edited text
            mid = (lo + hi) // 2
            if live[mid].start > limit:
                hi = mid
            else:
                lo = mid + 1
        out = []
        i = lo - 1
        floor = position - self._max_len - 1
        while i >= 0:
            li = live[i]
            start = li.start
            if start < floor:
                break
            if _touches(start, li.end, position, removed, added):
                out.append(li)
            i -= 1
        return out

    def _apply(self) -> None:
        self._paint_visible(force=True)
        self.changed.emit()

    def _first_index_from(self, position: int) -> int:
        """Index of the first issue that may reach ``position`` (binary search on the sorted list)."""
        live = self._live
        target = position - self._max_len
        lo, hi = 0, len(live)
        while lo < hi:
            mid = (lo + hi) // 2
            if live[mid].start < target:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def visible_range(self) -> tuple[int, int]:
        """Document positions on screen, widened by a screenful each way so small scrolls and
        typing need no update."""
        ed = self._editor
        vp = ed.viewport()
        top = ed.cursorForPosition(vp.rect().topLeft()).position()
        bottom = ed.cursorForPosition(vp.rect().bottomRight()).position()
        span = max(2000, bottom - top)
        return max(0, top - span), bottom + span

    def _paint_visible(self, force: bool = False) -> None:
        """Hand Qt only the underlines near the screen. Qt computes a rectangle for every extra
        selection it is given, which lays out its block; for thousands of issues in a long
        document that is a fraction of a second. Scrolling repaints the new neighbourhood."""
        if len(self._live) <= VISIBLE_ONLY_ABOVE:
            chosen = self._live
            window = (0, 1 << 62)
        else:
            window = self.visible_range()
            if not force and self._window[0] <= window[0] and window[1] <= self._window[1]:
                return
            window = (window[0] - 2000, window[1] + 2000)  # a little slack against re-doing this often
            chosen = []
            for li in self._live[self._first_index_from(window[0]) :]:
                if li.start > window[1]:
                    break
                if li.end >= window[0]:
                    chosen.append(li)
        self._window = window
        selections = [li.selection for li in chosen]
        setter = getattr(self._editor, "set_extra_selections_layer", None)
        if callable(setter):
            setter(LAYER_NAME, selections)
        else:
            self._editor.setExtraSelections(selections)


def _first(t: tuple[int, int, LiveIssue]) -> int:
    return t[0]


def _item_start(item: tuple[tuple[int, int, str], Issue]) -> int:
    return item[0][0]


def _same_finding(a: Issue, b: Issue) -> bool:
    """Same finding, wherever it now sits (a shown issue keeps the offsets it was created with)."""
    return (a.message, a.severity, a.category, a.replacements, a.source) == (
        b.message,
        b.severity,
        b.category,
        b.replacements,
        b.source,
    )


@contextmanager
def _fast_cursors(doc: QTextDocument, count: int) -> Iterator[None]:
    """Create many cursors cheaply. Outside an edit block every ``setPosition`` lays out its
    block to remember the caret's x (about 20 us each on a long document: 0.1 s for the first
    result of a 100k-word text); inside one Qt skips that. The block is empty, so nothing is
    added to the undo stack; document signals are held so nobody re-renders an unchanged text."""
    if count < 32:
        yield
        return
    was_blocked = doc.blockSignals(True)
    guard = QTextCursor(doc)
    guard.beginEditBlock()
    try:
        yield
    finally:
        guard.endEditBlock()
        doc.blockSignals(was_blocked)


def _touches(start: int, end: int, position: int, removed: int, added: int) -> bool:
    """Whether an edit changed the text of a span that Qt has already moved past the edit.

    Text inserted at a span's end lands inside it (the cursor grows), so it counts; text inserted
    just before a span pushes the span along and does not. A removal counts when it happened at or
    inside the span.
    """
    if removed and start <= position <= end:
        return True
    return added > 0 and start < position + added and end > position
