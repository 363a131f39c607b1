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
from PySide6.QtGui import QAction

log = logging.getLogger(__name__)


def install_checks(window: Any, services: Any) -> None:
    """Live checks: underlines per editor (F2's ``attach_checks``), one Issues panel that follows
    the current tab, and a View menu switch."""
    from editor_app.ui.checks import IssuesPanel, attach_checks

    settings = services.settings
    panel = IssuesPanel()
    dock = window.add_panel(panel, "Issues", Qt.DockWidgetArea.RightDockWidgetArea, "issuesDock")
    dock.hide()  # the preview needs the width; the writer opens it from View or the status bar
    from PySide6.QtWidgets import QToolButton

    count_button = QToolButton(window)
    count_button.setObjectName("issuesCount")
    count_button.setAutoRaise(True)
    count_button.setToolTip("Show or hide the Issues panel")
    count_button.clicked.connect(lambda: dock.setVisible(not dock.isVisible()))
    window.statusBar().addPermanentWidget(count_button)
    count_button.hide()

    def show_count() -> None:
        tab = window.current_tab()
        controller = tab.features.get("checks") if tab is not None else None
        if controller is None or not bool(getattr(settings, "checks_enabled", True)):
            count_button.hide()
            return
        n = len(controller.issues())
        count_button.setText("No issues" if n == 0 else f"{n} issue{'s' if n != 1 else ''}")
        count_button.show()

    # The engine (word lists, lemmatiser) takes ~0.4 s to build: build it on the task runner
    # once, after the first preview is painted, so neither the window nor the preview waits.
    engine: dict[str, Any] = {}
    waiting: list[Any] = []

    def attach(tab: Any) -> None:
        if tab.features.get("checks_closed"):
            return
        if "engine" not in engine:
            waiting.append(tab)
            if len(waiting) == 1 and "loading" not in engine:
                if tab.shown_revision >= 0:
                    load_engine()
                else:
                    tab.rendered.connect(lambda _rev: load_engine() if "loading" not in engine else None)
            return
        try:
            controller = attach_checks(tab.editor, window.runner, engine=engine["engine"], check_now=False)
        except Exception:  # noqa: BLE001 - checks are optional; the editor must still work
            log.exception("checks could not be attached")
            return
        tab.features["checks"] = controller
        controller.decorator.changed.connect(lambda t=tab: show_count() if t is window.current_tab() else None)
        controller.notice.connect(lambda text: window.statusBar().showMessage(text, 10000))
        controller.failed.connect(lambda text: window.statusBar().showMessage(f"Checking failed: {text}", 10000))
        enabled = bool(getattr(settings, "checks_enabled", True))
        controller.set_enabled(enabled)
        if enabled:
            controller.recheck(immediately=True)
        if tab is window.current_tab():
            panel.set_controller(controller)
            show_count()

    def load_engine() -> None:
        from editor_app.ui.checks.engine import default_dictionary_path, default_engine

        engine["loading"] = True

        def built(result: Any) -> None:
            engine["engine"] = result
            for tab in waiting:
                attach(tab)
            waiting.clear()

        def failed(exc: BaseException) -> None:
            window.statusBar().showMessage(f"Checks are off: {exc}", 15000)

        window.runner.run(lambda _ctx: default_engine(default_dictionary_path()), built,
                          on_failure=failed, label="Loading the checks")

    def forget(tab: Any) -> None:
        tab.features["checks_closed"] = True
        if tab in waiting:
            waiting.remove(tab)

    def follow(tab: Any) -> None:
        panel.set_controller(tab.features.get("checks") if tab is not None else None)
        show_count()

    def toggle(on: bool) -> None:
        settings.checks_enabled = on
        for tab in window.all_tabs():
            c = tab.features.get("checks")
            if c is not None:
                c.set_enabled(on)
        show_count()
        services.files.persist()

    window.tab_opened.connect(attach)
    window.tab_closing.connect(forget)
    window.current_tab_changed.connect(follow)
    action: QAction = window.add_action("&View", "Check while &typing", lambda: toggle(action.isChecked()))
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
