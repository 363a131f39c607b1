"""Review mode for any QPlainTextEdit: edits are recorded as CriticMarkup instead of being made.

    controller = ReviewController(editor, author="ana")
    menu.addActions(controller.actions())        # or ReviewActions for a window with tabs
    controller.set_enabled(True)                 # per document: one controller per editor

How edits are caught. An event filter on the editor (key presses, input-method commits) and on
its viewport (drops) handles every edit before the widget does:

- typed text, Return, Backspace and Delete are turned straight into ``core.review.record_*``
  and applied as one replacement: one undo step; consecutive typing joins the previous step,
  like Qt's own typing merge, so one Undo removes a typed word;
- anything else that edits (paste, cut, Ctrl+Backspace, the editor's own Tab handling, drops)
  runs natively inside an edit block that we open, and the change it made is rewritten as
  markup before the block closes: still one undo step;
- edits that bypass events (a context-menu paste, the Issues panel's fixes, find/replace) are
  noticed afterwards (``undoCommandAdded`` — never sent for undo/redo) and rewritten in the
  next turn of the event loop, joined to the same undo step; a spread-out change (replace all,
  fix all) gets one small mark per changed word.

Undo and redo are never recorded. Accept/reject (current or all), comments, replies and
"resolve" are single undoable edits too, with review mode on or off. The caret and offsets use
Python ``str`` offsets in core and UTF-16 positions in Qt (see ``positions``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QInputMethodEvent, QKeyEvent, QKeySequence, QSyntaxHighlighter, QTextCursor
from PySide6.QtWidgets import QInputDialog, QPlainTextEdit, QWidget

from editor_app.core import review
from editor_app.core.checks.base import Issue
from editor_app.ui.review.decorator import ReviewDecorator
from editor_app.ui.review.highlight import ReviewHighlighter, is_review_aware
from editor_app.ui.review.positions import common_span, to_py, to_qt

_PASS_KEYS = (
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.SelectAll,
)
_EDIT_KEYS = (
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.DeleteStartOfWord,
    QKeySequence.StandardKey.DeleteEndOfWord,
    QKeySequence.StandardKey.DeleteEndOfLine,
    QKeySequence.StandardKey.DeleteCompleteLine,
)


class ReviewController(QObject):
    """Review mode, navigation, accept/reject and comment threads for one editor."""

    enabled_changed = Signal(bool)
    message = Signal(str)  # writer-facing status text ("Accepted: …", "No more suggestions")
    preview_mode_changed = Signal(str)  # "markup" or "final": re-render the preview

    def __init__(self, editor: QPlainTextEdit, author: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent or editor)
        self._editor = editor
        self.author = author
        self._enabled = False
        self._busy = False  # our own edit in progress: do not record it again
        self._gone = False  # the editor was destroyed
        self._shadow = ""  # the text after the last edit we know about
        self._fresh_edit = False  # an undo command was added outside our handling
        self._typing_at: tuple[int, int] | None = None  # (caret, doc revision) after typed text
        self._sync_timer = QTimer(self)
        self._sync_timer.setSingleShot(True)
        self._sync_timer.setInterval(0)
        self._sync_timer.timeout.connect(self._sync)
        self.decorator: ReviewDecorator | None = None
        self.highlighter: QSyntaxHighlighter | None = None
        self._attach_colours()
        self._actions: list[QAction] | None = None
        doc = editor.document()
        doc.contentsChange.connect(self._contents_changed)
        doc.undoCommandAdded.connect(self._undo_command_added)
        editor.destroyed.connect(self._editor_gone)
        editor.installEventFilter(self)
        editor.viewport().installEventFilter(self)
        #: asks for comment text; tests and the window may replace it
        self.ask_text: Callable[[str, str], str | None] = self._ask_text
        #: asks where to save the review report; returns None when cancelled
        self.ask_report_path: Callable[[], Path | None] = self._ask_report_path
        #: the editor's current check issues (source offsets) for the report; set by the window
        self.issues_provider: Callable[[], Sequence[Issue]] | None = None
        #: the document's title/file name for the report
        self.title_provider: Callable[[], str] | None = None
        self._preview_mode = "markup"

    def _attach_colours(self) -> None:
        doc = self._editor.document()
        existing = doc.findChildren(QSyntaxHighlighter)
        aware = [h for h in existing if is_review_aware(h)]
        if aware:
            self.highlighter = aware[0]
        elif not existing:
            self.highlighter = ReviewHighlighter(doc)
        else:  # a Markdown highlighter that knows nothing of review marks: colour the text only
            self.decorator = ReviewDecorator(self._editor)

    def _editor_gone(self) -> None:
        self._gone = True
        self._sync_timer.stop()

    # -- state ----------------------------------------------------------------------------------
    @property
    def editor(self) -> QPlainTextEdit:
        return self._editor

    def is_enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, on: bool) -> None:
        if on == self._enabled:
            return
        self._enabled = on
        self._shadow = self._editor.toPlainText()
        self._typing_at = None
        if self._actions:
            self._actions[0].setChecked(on)
        self.enabled_changed.emit(on)
        self.message.emit("Review mode on: your edits are recorded as suggestions." if on else "Review mode off.")

    def text(self) -> str:
        return self._editor.toPlainText()

    @property
    def preview_mode(self) -> str:
        """How the preview shows suggestions: "markup" (ins/del, bubbles) or "final" (accepted).
        Feed it to ``core.review_render.preprocess(text, mode)`` before rendering."""
        return self._preview_mode

    def set_preview_final(self, final: bool) -> None:
        mode = "final" if final else "markup"
        if mode != self._preview_mode:
            self._preview_mode = mode
            self.preview_mode_changed.emit(mode)

    def caret(self) -> int:
        """The caret (selection start) as a Python offset."""
        c = self._editor.textCursor()
        return to_py(self.text(), c.selectionStart())

    # -- event interception ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not self._enabled or self._busy or self._gone:
            return False
        try:
            if self._editor.isReadOnly():
                return False
        except RuntimeError:  # the editor is being destroyed
            self._gone = True
            return False
        if self._sync_timer.isActive():  # a pending rewrite must land before the next edit
            self._sync_timer.stop()
            self._sync()
        etype = event.type()
        if watched is self._editor and etype == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(event)
        if watched is self._editor and etype == QEvent.Type.InputMethod:
            assert isinstance(event, QInputMethodEvent)
            if event.commitString() or event.replacementLength():
                self._native(watched, event)
                return True
            return False
        if watched is self._editor.viewport() and etype == QEvent.Type.Drop:
            self._native(watched, event)
            return True
        return False

    def _key(self, event: QKeyEvent) -> bool:
        if any(event.matches(k) for k in _PASS_KEYS):
            return False
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        cur = self._editor.textCursor()
        text = self.text()
        s = to_py(text, cur.selectionStart())
        e = to_py(text, cur.selectionEnd())
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and plain:
            if s != e:
                rec = review.record_edit(text, s, e, "")
                self._record(text, rec, rec.cursor if key == Qt.Key.Key_Backspace else rec.cursor_after)
            elif key == Qt.Key.Key_Backspace:
                rec = review.record_backspace(text, s)
                self._record(text, rec, rec.cursor)
            else:
                rec = review.record_delete(text, s)
                self._record(text, rec, rec.cursor)
            self._typing_at = None
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            rec = review.record_edit(text, s, e, "\n")
            self._record(text, rec, rec.cursor, join=self._joinable(s, e))
            self._typing_at = (rec.cursor, self._editor.document().revision())
            return True
        typed = event.text()
        if typed and typed.isprintable() and key != Qt.Key.Key_Tab and not (
            mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier)
        ):
            rec = review.record_edit(text, s, e, typed)
            self._record(text, rec, rec.cursor, join=self._joinable(s, e))
            self._typing_at = (rec.cursor, self._editor.document().revision())
            return True
        if key == Qt.Key.Key_Tab or any(event.matches(k) for k in _EDIT_KEYS) or (
            key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
        ):
            self._native(self._editor, event)
            return True
        return False  # navigation, shortcuts of the window, …

    def _record(self, text: str, rec: review.Recorded, caret: int, *, join: bool = False) -> None:
        self._apply(text, rec.text, caret, join=join and rec.recorded)
        if not rec.recorded:
            self.message.emit(_DIRECT_EDIT)

    def _joinable(self, s: int, e: int) -> bool:
        return (
            s == e
            and self._typing_at is not None
            and self._typing_at == (s, self._editor.document().revision())
        )

    def _native(self, target: QObject, event: QEvent) -> None:
        """Let the widget handle ``event`` inside our edit block, then record what it did."""
        before = self.text()
        cur = self._editor.textCursor()
        sel = (to_py(before, cur.selectionStart()), to_py(before, cur.selectionEnd()))
        block = QTextCursor(self._editor.document())
        block.setPosition(cur.selectionStart())
        rec: review.Recorded | None = None
        self._busy = True
        try:
            block.beginEditBlock()
            try:
                from PySide6.QtCore import QCoreApplication

                QCoreApplication.sendEvent(target, event)
                after = self.text()
                if after != before:
                    caret = to_py(after, self._editor.textCursor().position())
                    rec = review.record_change(before, after, sel, caret)
                    self._replace(after, rec.text)
                    if not rec.recorded:
                        self.message.emit(_DIRECT_EDIT)
            finally:
                block.endEditBlock()
        finally:
            self._busy = False
        if rec is not None:
            self._put_caret(rec.text, rec.cursor)
        self._shadow = self.text()
        self._typing_at = None

    # -- edits that did not come through events --------------------------------------------------
    def _contents_changed(self, _pos: int, removed: int, added: int) -> None:
        if self._busy or not (removed or added):
            return
        self._typing_at = None
        self._sync_timer.start()

    def _undo_command_added(self) -> None:
        if not self._busy:
            self._fresh_edit = True
            self._sync_timer.start()

    def _sync(self) -> None:
        if self._gone:
            return
        now = self.text()
        fresh, self._fresh_edit = self._fresh_edit, False
        if self._enabled and fresh and now != self._shadow:
            before = self._shadow
            caret = to_py(now, self._editor.textCursor().position())
            rec = review.record_change(before, now, None, caret)
            if rec.text != now:
                self._busy = True
                try:
                    block = QTextCursor(self._editor.document())
                    block.joinPreviousEditBlock()
                    self._replace(now, rec.text)
                    block.endEditBlock()
                finally:
                    self._busy = False
                self._put_caret(rec.text, rec.cursor)
            if not rec.recorded:
                self.message.emit(_DIRECT_EDIT)
        self._shadow = self.text()

    # -- applying edits -------------------------------------------------------------------------
    def _replace(self, current: str, new: str) -> None:
        """Change the document from ``current`` to ``new`` with one minimal replacement."""
        s, e_old, e_new = common_span(current, new)
        cur = QTextCursor(self._editor.document())
        cur.setPosition(to_qt(current, s))
        cur.setPosition(to_qt(current, e_old), QTextCursor.MoveMode.KeepAnchor)
        cur.insertText(new[s:e_new])

    def _put_caret(self, text: str, caret: int) -> None:
        # never inside an open edit block: laying out a block that is being edited can crash Qt
        cur = self._editor.textCursor()
        cur.setPosition(to_qt(text, min(caret, len(text))))
        self._editor.setTextCursor(cur)

    def _apply(self, current: str, new: str, caret: int, *, join: bool = False,
               select: tuple[int, int] | None = None) -> None:
        """One undo step (joined to the previous one for continued typing)."""
        block = QTextCursor(self._editor.document())
        # undo puts the caret where the edit block's cursor was: at the start of the change
        block.setPosition(to_qt(current, common_span(current, new)[0]))
        self._busy = True
        try:
            if join:
                block.joinPreviousEditBlock()
            else:
                block.beginEditBlock()
            if new != current:
                self._replace(current, new)
            block.endEditBlock()
        finally:
            self._busy = False
        cur = self._editor.textCursor()
        if select is not None:
            cur.setPosition(to_qt(new, select[0]))
            cur.setPosition(to_qt(new, select[1]), QTextCursor.MoveMode.KeepAnchor)
        else:
            cur.setPosition(to_qt(new, caret))
        self._editor.setTextCursor(cur)
        self._editor.ensureCursorVisible()
        self._shadow = new

    def _edit(self, new: str, caret: int, note: str = "", select: tuple[int, int] | None = None) -> None:
        self._apply(self.text(), new, caret, select=select)
        self._typing_at = None
        if note:
            self.message.emit(note)

    # -- suggestions from check issues ------------------------------------------------------------
    def suggest_issue(self, issue: Issue, replacement: str | None = None, *, qt_positions: bool = False) -> bool:
        """Write the issue's (first) replacement as ``{~~old~>new~~}``; False without one.

        ``issue.start/end`` are Python offsets (core issues); pass ``qt_positions=True`` for
        spans read from QTextCursors (the Issues panel's live issues)."""
        if replacement is None:
            if not issue.replacements:
                return False
            replacement = issue.replacements[0]
        text = self.text()
        start, end = issue.start, issue.end
        if qt_positions:
            start, end = to_py(text, start), to_py(text, end)
        if not (0 <= start <= end <= len(text)):
            return False
        rec = review.suggest(text, start, end, replacement)
        self._edit(rec.text, rec.cursor, f"Suggested “{replacement}”.")
        return True

    def suggestion_actions(
        self, issue: Issue, parent: QObject | None = None, *, qt_positions: bool = False
    ) -> list[QAction]:
        """"Suggest “…”" actions, one per replacement, for an issue's context menu."""
        out: list[QAction] = []
        for replacement in issue.replacements[:5]:
            shown = replacement if replacement.strip() else "(remove)"
            action = QAction(f"Suggest “{shown}”", parent or self)
            action.setToolTip("Write this fix as a suggestion the writer can accept or reject")
            action.triggered.connect(
                lambda _=False, r=replacement: self.suggest_issue(issue, r, qt_positions=qt_positions)
            )
            out.append(action)
        return out

    # -- navigation -----------------------------------------------------------------------------
    def next_item(self) -> review.Mark | None:
        return self._go(review.next_stop(self.text(), self.caret()))

    def previous_item(self) -> review.Mark | None:
        return self._go(review.previous_stop(self.text(), self.caret()))

    def _go(self, mark: review.Mark | None) -> review.Mark | None:
        if mark is None:
            self.message.emit("No suggestions or comments in this document.")
            return None
        text = self.text()
        end = mark.end
        t = review.thread_at(text, mark.start) if mark.kind in ("comment", "highlight") else None
        if t is not None:
            end = t.end
        cur = self._editor.textCursor()
        cur.setPosition(to_qt(text, mark.start))
        cur.setPosition(to_qt(text, end), QTextCursor.MoveMode.KeepAnchor)
        self._editor.setTextCursor(cur)
        self._editor.ensureCursorVisible()
        self.message.emit(review.describe(mark))
        return mark

    def current_suggestion(self) -> review.Mark | None:
        return review.suggestion_at(self.text(), self.caret())

    # -- accept / reject ------------------------------------------------------------------------
    def accept_current(self) -> bool:
        return self._resolve_current(True)

    def reject_current(self) -> bool:
        return self._resolve_current(False)

    def _resolve_current(self, accept: bool) -> bool:
        text = self.text()
        mark = self.current_suggestion()
        if mark is None:
            self.message.emit("Put the cursor on a suggestion first.")
            return False
        new = (review.accept if accept else review.reject)(text, mark)
        caret = mark.start + len(mark.new if accept else mark.old)
        self._edit(new, caret, ("Accepted: " if accept else "Rejected: ") + review.describe(mark))
        return True

    def accept_all(self) -> int:
        return self._resolve_all(True)

    def reject_all(self) -> int:
        return self._resolve_all(False)

    def _resolve_all(self, accept: bool) -> int:
        text = self.text()
        marks = [m for m in review.parse(text) if m.is_suggestion]
        if not marks:
            self.message.emit("There are no suggestions.")
            return 0
        new = (review.accept_all if accept else review.reject_all)(text, keep_comments=True)
        caret = min(self.caret(), len(new))
        self._edit(new, caret, f"{'Accepted' if accept else 'Rejected'} {len(marks)} suggestion(s).")
        return len(marks)

    # -- comments -------------------------------------------------------------------------------
    def add_comment(self, body: str | None = None) -> bool:
        if body is None:
            body = self.ask_text("Comment", "Comment on the selection:")
        if not body:
            return False
        text = self.text()
        cur = self._editor.textCursor()
        s, e = to_py(text, cur.selectionStart()), to_py(text, cur.selectionEnd())
        new, at = review.add_comment(text, s, e, body, self.author)
        self._edit(new, at + len(review.format_comment(body, self.author)), "Comment added.")
        return True

    def current_thread(self) -> review.Thread | None:
        return review.thread_at(self.text(), self.caret())

    def reply(self, body: str | None = None) -> bool:
        thread = self.current_thread()
        if thread is None:
            self.message.emit("Put the cursor on a comment to reply to it.")
            return False
        if body is None:
            body = self.ask_text("Reply", f"Reply to {thread.first.author or 'the comment'}:")
        if not body:
            return False
        new = review.reply(self.text(), thread, body, self.author)
        self._edit(new, thread.end + len(review.format_comment(body, self.author)), "Reply added.")
        return True

    def resolve(self) -> bool:
        thread = self.current_thread()
        if thread is None:
            self.message.emit("Put the cursor on a comment to resolve it.")
            return False
        text = self.text()
        new = review.reopen(text, thread) if thread.resolved else review.resolve(text, thread)
        self._edit(new, thread.start, "Comment reopened." if thread.resolved else "Comment resolved.")
        return True

    def remove_resolved(self) -> int:
        text = self.text()
        gone = [t for t in review.threads(text) if t.resolved]
        for t in reversed(gone):
            text = review.remove_thread(text, t)
        if gone:
            self._edit(text, min(self.caret(), len(text)), f"Removed {len(gone)} resolved comment(s).")
        return len(gone)

    # -- export -------------------------------------------------------------------------------
    def report_html(self) -> str:
        from editor_app.core.review_report import build_report

        issues = list(self.issues_provider()) if self.issues_provider is not None else []
        name = self.title_provider() if self.title_provider is not None else ""
        return build_report(self.text(), issues=issues, source_name=name)

    def export_review(self, path: Path | None = None) -> Path | None:
        """Write the standalone HTML review report ("Export review")."""
        from editor_app.core.storage.atomic import atomic_write_text

        target = path if path is not None else self.ask_report_path()
        if target is None:
            return None
        try:
            atomic_write_text(target, self.report_html())
        except OSError as exc:
            self.message.emit(f"Could not write the review report to {target}: {exc.strerror or exc}")
            return None
        self.message.emit(f"Review report saved to {target}.")
        return target

    def _ask_report_path(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name = (self.title_provider() if self.title_provider is not None else "") or "review"
        suggested = Path(name).stem + "-review.html"
        chosen, _ = QFileDialog.getSaveFileName(self._editor, "Export Review", suggested, "HTML page (*.html)")
        return Path(chosen) if chosen else None

    def _ask_text(self, title: str, label: str) -> str | None:
        parent: QWidget = self._editor
        value, ok = QInputDialog.getMultiLineText(parent, title, label)
        return value.strip() if ok and value.strip() else None

    # -- actions --------------------------------------------------------------------------------
    def actions(self) -> list[QAction]:
        """Actions bound to this editor (shortcuts work while it has focus). The first one is
        the checkable "Review Mode" toggle."""
        if self._actions is None:
            self._actions = build_actions(self._editor, lambda: self)
            for a in self._actions:
                a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self._editor.addAction(a)
            self._actions[0].setChecked(self._enabled)
        return self._actions


_DIRECT_EDIT = (
    "This edit is next to unfinished review markup (an opening “{++”, “{--” … without its end), "
    "so it was made directly instead of as a suggestion."
)

# (object name, text, shortcut, method name, checkable)
ACTION_SPECS: tuple[tuple[str, str, str, str, bool], ...] = (
    ("review-mode", "&Review Mode (Record Edits as Suggestions)", "Ctrl+Shift+E", "set_enabled", True),
    ("review-next", "&Next Suggestion or Comment", "Alt+PgDown", "next_item", False),
    ("review-previous", "&Previous Suggestion or Comment", "Alt+PgUp", "previous_item", False),
    ("review-accept", "&Accept Suggestion", "Ctrl+Shift+Return", "accept_current", False),
    ("review-reject", "Re&ject Suggestion", "Ctrl+Shift+Backspace", "reject_current", False),
    ("review-accept-all", "Accept All Suggestions", "", "accept_all", False),
    ("review-reject-all", "Reject All Suggestions", "", "reject_all", False),
    ("review-comment", "Add &Comment…", "Ctrl+Alt+M", "add_comment", False),
    ("review-reply", "Reply to Comment…", "", "reply", False),
    ("review-resolve", "Resolve / Reopen Comment", "", "resolve", False),
    ("review-remove-resolved", "Remove Resolved Comments", "", "remove_resolved", False),
    ("review-preview-final", "Preview Shows Final Text", "", "set_preview_final", True),
    ("review-export", "&Export Review…", "", "export_review", False),
)


def build_actions(parent: QObject, target: Callable[[], ReviewController | None]) -> list[QAction]:
    """The review actions, calling whatever controller ``target()`` returns at trigger time."""
    out: list[QAction] = []
    for name, label, shortcut, method, checkable in ACTION_SPECS:
        action = QAction(label, parent)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)

        def trigger(checked: bool = False, method: str = method, checkable: bool = checkable) -> None:
            controller = target()
            if controller is None:
                return
            fn = getattr(controller, method)
            if checkable:
                fn(checked)
            else:
                fn()

        action.triggered.connect(trigger)
        out.append(action)
    return out


class ReviewActions(QObject):
    """One set of review actions for a window with several documents: call ``set_controller``
    when the current tab changes (None disables them)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller: ReviewController | None = None
        self._actions = build_actions(self, lambda: self._controller)
        self.set_controller(None)

    def actions(self) -> list[QAction]:
        return list(self._actions)

    def set_controller(self, controller: ReviewController | None) -> None:
        if self._controller is not None:
            try:
                self._controller.enabled_changed.disconnect(self._actions[0].setChecked)
            except (RuntimeError, TypeError):
                pass
        self._controller = controller
        for a in self._actions:
            a.setEnabled(controller is not None)
        self._actions[0].setChecked(controller is not None and controller.is_enabled())
        final = _action(self._actions, "review-preview-final")
        final.setChecked(controller is not None and controller.preview_mode == "final")
        if controller is not None:
            controller.enabled_changed.connect(self._actions[0].setChecked)


def _action(actions: list[QAction], name: str) -> QAction:
    return next(a for a in actions if a.objectName() == name)
