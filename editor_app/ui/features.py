"""Glue that attaches the other UI features to the shell, one ``install(window, services)`` each.

The window knows none of them; ``editor_app.app.EXTENSIONS`` lists these functions, and each one
uses only the window's hooks: ``tab_opened`` / ``tab_closing`` / ``current_tab_changed`` signals,
``add_panel``, ``menu`` / ``add_action``, ``DocumentTab.features`` and ``render_filters``.
A feature whose package is missing or broken is skipped with a log line, never a failed start.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
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
        n = controller.issue_count() if hasattr(controller, "issue_count") else len(controller.issues())
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
                    # wait until the page has actually painted: loading the engine competes with
                    # the first page load (262 ms with it, 124 ms without); a timer makes sure a
                    # preview that never paints cannot keep the checks away
                    def load_once(*_args: Any) -> None:
                        if "loading" not in engine:
                            load_engine()

                    def on_preview(preview: Any) -> None:
                        signal = getattr(preview, "render_applied", None)
                        if signal is not None:
                            signal.connect(load_once)
                        else:
                            tab.rendered.connect(load_once)

                    if tab.preview is not None:
                        on_preview(tab.preview)
                    else:
                        tab.preview_created.connect(on_preview)
                    QTimer.singleShot(4000, window, load_once)
            return
        try:
            controller = attach_checks(tab.editor, window.runner, engine=engine["engine"], check_now=False)
        except Exception:  # noqa: BLE001 - checks are optional; the editor must still work
            log.exception("checks could not be attached")
            return
        tab.features["checks"] = controller
        # "Ignore once" is remembered per file (in the data folder): tell the controller which
        # file this is now and after every "save as".
        checked_path: dict[str, Any] = {"path": tab.path}
        if tab.path is not None:
            controller.set_document_path(tab.path)

        def path_may_have_changed(t: Any = tab) -> None:
            if t.path != checked_path["path"]:
                checked_path["path"] = t.path
                controller.set_document_path(t.path)

        tab.title_changed.connect(path_may_have_changed)
        SuggestFromUnderline.attach(tab)
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
            if hasattr(result, "set_thorough"):  # the writer may have switched while it loaded
                result.set_thorough(bool(getattr(settings, "checks_thorough", False)))
            engine["engine"] = result
            for tab in waiting:
                attach(tab)
            waiting.clear()

        def failed(exc: BaseException) -> None:
            window.statusBar().showMessage(f"Checks are off: {exc}", 15000)

        thorough = bool(getattr(settings, "checks_thorough", False))
        window.runner.run(lambda _ctx: default_engine(default_dictionary_path(), thorough=thorough), built,
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

    def set_thorough(on: bool) -> None:
        settings.checks_thorough = on
        built = engine.get("engine")
        if built is not None and hasattr(built, "set_thorough"):
            built.set_thorough(on)  # else the engine is still loading and reads the setting
        for tab in window.all_tabs():
            c = tab.features.get("checks")
            if c is not None and c.enabled:
                c.recheck(immediately=True)
        window.statusBar().showMessage(
            "Thorough checks on: more faults found, and more false alarms on well-edited text." if on
            else "Thorough checks off: only the checks that rarely flag good prose.", 8000)
        services.files.persist()

    window.tab_opened.connect(attach)
    window.tab_closing.connect(forget)
    window.current_tab_changed.connect(follow)
    # In review mode the panel's fix buttons write suggestions, as its right-click menu does.
    panel.suggestion_actions = lambda live, parent: _suggestion_actions(
        (window.current_tab().features.get("review") if window.current_tab() is not None else None),
        live, parent)
    panel.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    panel.view.customContextMenuRequested.connect(lambda pos: _issues_panel_menu(window, panel, pos))
    window.menu("&View").addSeparator()
    action: QAction = window.add_action("&View", "Check While &Typing", lambda: toggle(action.isChecked()))
    action.setCheckable(True)
    action.setChecked(bool(getattr(settings, "checks_enabled", True)))
    thorough_action: QAction = window.add_action(
        "&View", "T&horough Checks (More False Alarms)", lambda: set_thorough(thorough_action.isChecked()))
    thorough_action.setCheckable(True)
    thorough_action.setChecked(bool(getattr(settings, "checks_thorough", False)))
    thorough_action.setToolTip("Also run the checks that find more faults but often flag good prose")

    def go_to_issues() -> None:
        """From the editor to the panel, on the issue at (or after) the caret: Tab reaches its
        fixes, Enter on a row goes back to the text."""
        tab = window.current_tab()
        dock.show()
        dock.raise_()
        panel.refresh()
        panel.focus_issue_at(tab.editor.textCursor().selectionStart() if tab is not None else 0)

    window.add_action("&View", "Go to &Issues", go_to_issues, "F8")


def live_issue_now(live: Any) -> Any:
    """The checker's issue at the underline's current place (Qt positions: text moved since)."""
    from dataclasses import replace

    return replace(live.issue, start=live.start, end=live.end)


def _suggestion_actions(review: Any, live: Any, parent: Any) -> list[QAction]:
    if review is None or not review.is_enabled() or not live.issue.replacements:
        return []
    return list(review.suggestion_actions(live_issue_now(live), parent, qt_positions=True))


def _issues_panel_menu(window: Any, panel: Any, pos: Any) -> None:
    """Right-click on a row of the Issues panel: go to it, fix it (a suggestion in review mode),
    or ignore it."""
    from PySide6.QtWidgets import QMenu

    from editor_app.ui.checks.context_menu import fix_actions, ignore_actions

    row = panel.view.indexAt(pos).row()
    shown = panel.shown_issues()
    tab = window.current_tab()
    controller = panel.controller
    if tab is None or controller is None or not 0 <= row < len(shown):
        return
    live = shown[row]
    menu = QMenu(panel.view)
    title = menu.addAction(live.issue.message)
    title.setEnabled(False)
    menu.addAction("Go to it", lambda: panel.jump_to_row(row))
    suggestions = _suggestion_actions(tab.features.get("review"), live, menu)
    if suggestions:
        menu.addSeparator()
        menu.addActions(suggestions)
    else:
        menu.addActions(fix_actions(controller, live, menu))
    menu.addSeparator()
    menu.addActions(ignore_actions(controller, live, menu))
    menu.exec(panel.view.viewport().mapToGlobal(pos))
    menu.deleteLater()


class SuggestFromUnderline(QObject):
    """In review mode, right-clicking an underlined issue offers "Suggest “…”" at the top of the
    usual issue menu: the fix is written as a substitution the writer accepts or rejects.

    Installed after the checks' own menu filter, so Qt asks this one first; outside review mode,
    or away from an underline, it lets the event through."""

    @classmethod
    def attach(cls, tab: Any) -> None:
        """Once per tab, when both checks and review mode are attached (in either order)."""
        checks, review = tab.features.get("checks"), tab.features.get("review")
        if checks is not None and review is not None and "suggest_menu" not in tab.features:
            tab.features["suggest_menu"] = cls(checks, review)

    def __init__(self, checks: Any, review: Any) -> None:
        super().__init__(checks)
        self.checks = checks
        self.review = review
        checks.editor.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.ContextMenu or not self.review.is_enabled():
            return False
        editor = self.checks.editor
        position = editor.cursorForPosition(event.pos()).position()
        lives = self.checks.decorator.issues_at(position)
        if not lives:
            return False
        menu = editor.createStandardContextMenu(event.pos())
        if self.checks.menu is not None:
            self.checks.menu.populate(menu, position)
        first = menu.actions()[0] if menu.actions() else None
        added = [a for live in lives for a in _suggestion_actions(self.review, live, menu)]
        for action in added:
            menu.insertAction(first, action)
        if added and first is not None:
            menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()
        return True


def install_review(window: Any, services: Any) -> None:
    """Review mode (CriticMarkup suggestions/comments): a controller per tab, one Review menu."""
    from editor_app.core import review_render
    from editor_app.ui.editor.highlighter import MarkdownHighlighter
    from editor_app.ui.review import ReviewActions, ReviewController, review_aware

    services.extras["highlighter_class"] = review_aware(MarkdownHighlighter)
    settings = services.settings
    actions = ReviewActions(window)
    menu = window.menu("&Review")
    menu.addActions(actions.actions())
    menu.addSeparator()

    def ask_name() -> None:
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(
            window, "Reviewer Name", "Your name on comments you add while reviewing:",
            text=str(getattr(settings, "reviewer_name", "")),
        )
        if not ok:
            return
        settings.set("reviewer_name", name.strip())
        for tab in window.all_tabs():
            controller = tab.features.get("review")
            if controller is not None:
                controller.author = settings.reviewer_name
        services.files.persist()

    window.add_action("&Review", "Reviewer &Name…", ask_name)

    def attach(tab: Any) -> None:
        controller = ReviewController(tab.editor, author=str(getattr(settings, "reviewer_name", "")))
        controller.title_provider = tab.display_name

        def current_issues() -> list[Any]:  # for the review report, at their current places
            checks = tab.features.get("checks")
            if checks is None:
                return []
            text = tab.editor.toPlainText()
            from dataclasses import replace

            from editor_app.ui.review.positions import to_py

            return [replace(li.issue, start=to_py(text, li.start), end=to_py(text, li.end))
                    for li in checks.issues()]

        controller.issues_provider = current_issues
        controller.message.connect(lambda text: window.statusBar().showMessage(text, 8000))
        tab.features["review"] = controller
        SuggestFromUnderline.attach(tab)
        from editor_app.ui.checks import IssuesPanel

        issues_panel = window.findChild(IssuesPanel)
        if issues_panel is not None:  # its fix buttons say "Suggest …" in review mode
            controller.enabled_changed.connect(
                lambda _on, t=tab: issues_panel.redraw_detail() if t is window.current_tab() else None)

        def review_view(text: str) -> str:  # worker thread: markup as coloured marks, or final text
            return review_render.preprocess(text, controller.preview_mode)

        tab.render_filters.append(review_view)
        controller.preview_mode_changed.connect(lambda _mode: tab.request_render(0))
        if tab is window.current_tab():
            actions.set_controller(controller)

    window.tab_opened.connect(attach)
    window.current_tab_changed.connect(
        lambda tab: actions.set_controller(tab.features.get("review") if tab is not None else None)
    )
