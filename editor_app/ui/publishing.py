"""Publishing in the main window: the ``install(window, services)`` hook that
``editor_app.app.EXTENSIONS`` calls.

Adds a Publish menu (Publish…, Open a post from a site…, Sites…, Outbox…) built by
:class:`editor_app.ui.dialogs.publish.PublishingActions`, and starts the background outbox
retrier a few seconds after start-up so the first paint never waits for it.
"""

from __future__ import annotations

from typing import Any

RETRIER_DELAY_MS = 3000


def install(window: Any, services: Any) -> Any:
    from PySide6.QtCore import QTimer

    from editor_app.ui.dialogs.publish import PublishingActions

    def current_document() -> Any:
        tab = window.current_tab()
        return (tab.editor, tab.path) if tab is not None else None

    def open_documents() -> list[Any]:
        return [(tab.editor, tab.path) for tab in window.all_tabs()]

    def open_new_document(text: str) -> None:
        services.files.new_document(text)

    actions = PublishingActions(
        window, window.runner, current_document, open_documents, open_new_document, start_retrier=False
    )
    window.menu("&Publish").addActions(actions.actions())
    QTimer.singleShot(RETRIER_DELAY_MS, actions.retrier.start)
    extras = getattr(services, "extras", None)
    if isinstance(extras, dict):
        extras["publishing"] = actions
    return actions
