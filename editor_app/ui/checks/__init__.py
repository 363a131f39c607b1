"""Checks in the editor: wavy underlines, hover messages, the right-click menu and the Issues panel.

For the main window (one call per editor, one panel per window)::

    from editor_app.ui.checks import attach_checks, IssuesPanel

    checks = attach_checks(editor, runner)          # editor: any QPlainTextEdit, runner: TaskRunner
    panel = IssuesPanel()                           # put it in a QDockWidget
    panel.set_controller(checks)                    # on tab switch: the current editor's controller
    checks.recheck(immediately=True)                # after loading a file (typing re-checks itself)

``attach_checks`` returns the :class:`ChecksController`; it lives as long as the editor.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.ui.checks.context_menu import IssueMenu
from editor_app.ui.checks.controller import CheckEngine, ChecksController
from editor_app.ui.checks.decorator import IssueDecorator, LiveIssue
from editor_app.ui.checks.issues_panel import IssuesPanel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit


_SHARED_ENGINES: dict[Path, CheckEngine] = {}


def attach_checks(
    editor: QPlainTextEdit,
    runner: Any,
    *,
    engine: CheckEngine | None = None,
    dictionary_path: Path | None = None,
    check_now: bool = True,
) -> ChecksController:
    """Turn on live checking for ``editor``: underlines, tooltips, context menu actions.

    ``runner`` is the app's ``editor_app.ui.tasks.TaskRunner``. ``engine`` defaults to the core's
    built-in and spelling checkers (:func:`editor_app.ui.checks.engine.default_engine`);
    ``dictionary_path`` to the user dictionary in the app's config folder.
    """
    from editor_app.ui.checks.engine import default_dictionary_path, default_engine

    if dictionary_path is None:
        dictionary_path = default_dictionary_path()
    if engine is None:
        # One engine for all tabs: the word lists load once and the paragraph cache is shared.
        engine = _SHARED_ENGINES.get(dictionary_path)
        if engine is None:
            engine = _SHARED_ENGINES[dictionary_path] = default_engine(dictionary_path)
    controller = ChecksController(
        editor,
        engine,
        runner,
        dictionary_path=dictionary_path,
        on_dictionary_changed=getattr(engine, "dictionary_changed", None),
    )
    controller.menu = IssueMenu(controller)
    if check_now:
        controller.recheck(immediately=True)
    return controller


__all__ = [
    "attach_checks",
    "ChecksController",
    "CheckEngine",
    "IssueDecorator",
    "IssueMenu",
    "IssuesPanel",
    "LiveIssue",
]
