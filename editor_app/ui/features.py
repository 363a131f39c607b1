"""Glue that attaches the other UI features to the shell, one ``install(window, services)`` each.

The window knows none of them; ``editor_app.app.EXTENSIONS`` lists these functions, and each one
uses only the window's hooks: ``tab_opened`` / ``tab_closing`` / ``current_tab_changed`` signals,
``add_panel``, ``menu`` / ``add_action``, ``DocumentTab.features`` and ``render_filters``.
A feature whose package is missing or broken is skipped with a log line, never a failed start.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt

log = logging.getLogger(__name__)


def install_checks(window: Any, services: Any) -> None:
    """Live checks: underlines per editor (F2's ``attach_checks``), one Issues panel that follows
    the current tab, and a View menu switch."""
    from editor_app.ui.checks import IssuesPanel, attach_checks

    settings = services.settings
    panel = IssuesPanel()
    dock = window.add_panel(panel, "Issues", Qt.DockWidgetArea.RightDockWidgetArea, "issuesDock")
    dock.hide()  # the preview needs the width; the writer opens it from View or the status bar

    def attach(tab: Any) -> None:
        try:
            controller = attach_checks(tab.editor, window.runner, check_now=False)
        except Exception:  # noqa: BLE001 - checks are optional; the editor must still open
            log.exception("checks could not be attached")
            return
        tab.features["checks"] = controller
        enabled = bool(getattr(settings, "checks_enabled", True))
        controller.set_enabled(enabled)
        if enabled:
            controller.recheck(immediately=True)
        if tab is window.current_tab():
            panel.set_controller(controller)

    def follow(tab: Any) -> None:
        panel.set_controller(tab.features.get("checks") if tab is not None else None)

    def toggle(on: bool) -> None:
        settings.checks_enabled = on
        for tab in window.all_tabs():
            c = tab.features.get("checks")
            if c is not None:
                c.set_enabled(on)
        services.files.persist()

    window.tab_opened.connect(attach)
    window.current_tab_changed.connect(follow)
    action = window.add_action("&View", "Check while &typing", lambda: toggle(action.isChecked()))
    action.setCheckable(True)
    action.setChecked(bool(getattr(settings, "checks_enabled", True)))


def install_review(window: Any, services: Any) -> None:
    """Review mode (CriticMarkup suggestions/comments): a controller per tab, one Review menu."""
    from editor_app.core import review as core_review
    from editor_app.ui.editor.highlighter import MarkdownHighlighter
    from editor_app.ui.review import ReviewActions, ReviewController, review_aware

    services.extras["highlighter_class"] = review_aware(MarkdownHighlighter)
    actions = ReviewActions(window)
    window.menu("&Review").addActions(actions.actions())

    def attach(tab: Any) -> None:
        controller = ReviewController(tab.editor, author=str(services.extras.get("reviewer", "")))
        controller.title_provider = tab.display_name
        tab.features["review"] = controller

        def final_view(text: str) -> str:
            return core_review.accept_all(text) if controller.preview_mode == "final" else text

        tab.render_filters.append(final_view)
        controller.preview_mode_changed.connect(lambda _mode: tab.request_render(0))
        if tab is window.current_tab():
            actions.set_controller(controller)

    window.tab_opened.connect(attach)
    window.current_tab_changed.connect(
        lambda tab: actions.set_controller(tab.features.get("review") if tab is not None else None)
    )
