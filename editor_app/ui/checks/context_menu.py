"""Hover tooltips and the right-click menu for underlined issues.

An event filter on the editor's viewport shows the issue message as a tooltip and puts the issue's
actions at the top of the editor's usual context menu: each replacement (one click, one undo
step), "Ignore once", "Ignore <rule> in this document" (an HTML comment in the file) and, for
spelling issues, "Add <word> to dictionary".

An editor with its own context menu can call :meth:`IssueMenu.populate` instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QAction, QContextMenuEvent, QHelpEvent
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip

from editor_app.core.checks.base import REDUNDANCY_CATEGORIES
from editor_app.ui.checks.controller import ChecksController, is_spelling
from editor_app.ui.checks.decorator import LiveIssue

MAX_REPLACEMENTS = 5


def describe_replacement(text: str) -> str:
    if not text.strip():
        return "Delete it"
    shown = text if len(text) <= 40 else text[:37] + "…"
    return f"Replace with “{shown}”"


def ignore_target(issue_rule: str, issue_category: str) -> str:
    """What "ignore in this document" switches off: a built-in category by its name (the names
    writers see and the CLI prints), anything else by its rule id."""
    return issue_category if issue_category in REDUNDANCY_CATEGORIES else issue_rule


def fix_actions(controller: ChecksController, live: LiveIssue, parent: QObject) -> list[QAction]:
    """One action per suggested replacement (at most :data:`MAX_REPLACEMENTS`), one undo step each.
    Shared by the editor's right-click menu and the Issues panel's fix buttons."""
    out: list[QAction] = []
    for text in live.issue.replacements[:MAX_REPLACEMENTS]:
        act = QAction(describe_replacement(text), parent)
        act.triggered.connect(lambda _=False, li=live, t=text: controller.apply_replacement(li, t))
        out.append(act)
    return out


def ignore_actions(controller: ChecksController, live: LiveIssue, parent: QObject) -> list[QAction]:
    """"Ignore once", "Ignore <rule> in this document" and, for spelling, the word's own two."""
    issue = live.issue
    once = QAction("Ignore once", parent)
    once.setToolTip("Hide this issue here only; the same thing elsewhere is still flagged")
    once.triggered.connect(lambda _=False, li=live: controller.ignore_once(li))
    out = [once]
    if not is_spelling(issue):
        target = ignore_target(issue.rule, issue.category)
        rule = QAction(f"Ignore “{target}” in this document", parent)
        rule.setToolTip(f"Adds <!-- check-ignore: {target} --> to the document")
        rule.triggered.connect(lambda _=False, t=target: controller.ignore_rule(t))
        out.append(rule)
    else:
        word = live.text
        here = QAction(f"Ignore “{word}” in this document", parent)
        here.setToolTip(f"Adds <!-- spell-ignore: {word} --> to the document")
        here.triggered.connect(lambda _=False, w=word: controller.ignore_word(w))
        out.append(here)
        add = QAction(f"Add “{word}” to dictionary", parent)
        add.setToolTip("Never flag this word again, in any document")
        add.triggered.connect(lambda _=False, w=word: controller.add_to_dictionary(w))
        out.append(add)
    return out


class IssueMenu(QObject):
    def __init__(self, controller: ChecksController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.editor: QPlainTextEdit = controller.editor
        self.editor.viewport().installEventFilter(self)

    # -- building -----------------------------------------------------------------------------
    def position_at(self, viewport_pos: QPoint) -> int:
        return self.editor.cursorForPosition(viewport_pos).position()

    def tooltip_for(self, position: int) -> str:
        lives = self.controller.decorator.issues_at(position)
        return "\n".join(f"{li.issue.message} [{li.issue.category}]" for li in lives)

    def actions_for(self, position: int, parent: QObject) -> list[QAction]:
        """The issue actions for the text position (empty when nothing is underlined there)."""
        actions: list[QAction] = []
        for live in self.controller.decorator.issues_at(position):
            actions.extend(self._actions_for_issue(live, parent))
        return actions

    def populate(self, menu: QMenu, position: int) -> bool:
        """Insert the issue actions at the top of ``menu``; True if there were any."""
        actions = self.actions_for(position, menu)
        if not actions:
            return False
        first = menu.actions()[0] if menu.actions() else None
        for action in actions:
            menu.insertAction(first, action) if first is not None else menu.addAction(action)
        if first is not None:
            menu.insertSeparator(first)
        return True

    def _actions_for_issue(self, live: LiveIssue, parent: QObject) -> list[QAction]:
        title = QAction(live.issue.message, parent)
        title.setEnabled(False)
        sep = QAction(parent)
        sep.setSeparator(True)
        return [title, *fix_actions(self.controller, live, parent),
                *ignore_actions(self.controller, live, parent), sep]

    # -- events -------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_for(self.position_at(event.pos()))
            if not text:
                return False  # not over an underline: the editor's own tooltips, if any
            QToolTip.showText(event.globalPos(), text, self.editor.viewport())
            return True
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            position = self.position_at(event.pos())
            if not self.controller.decorator.issues_at(position):
                return False  # the editor's own menu
            menu = self.editor.createStandardContextMenu(event.pos())
            self.populate(menu, position)
            menu.exec(event.globalPos())
            menu.deleteLater()
            return True
        return False
