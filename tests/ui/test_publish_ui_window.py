"""Publishing installed in the real main window (the app's extension hook)."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.publishing.base import SiteConfig
from editor_app.ui.dialogs.publish import PublishDialog
from editor_app.ui.publishing import install
from tests.ui.shell_helpers import close_window, make_window

ARTICLE = "---\ntitle: From the window\nslug: from-the-window\n---\nA short body.\n"


def test_publish_menu_opens_the_dialog_for_the_current_tab(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("EDITOR_APP_HOME", str(tmp_path / "home"))
    window, services = make_window(qtbot, tmp_path)
    try:
        actions = install(window, services)
        actions.services.store.add(SiteConfig(name="Blog", kind="wordpress", url="http://127.0.0.1:9", user="a"))
        menu = window.menu("&Publish")
        assert [a.text() for a in menu.actions()] == [
            "&Publish…", "Open a Post from a &Site…", "&Sites…", "&Outbox…"
        ]
        services.files.new_document(ARTICLE)
        tab = window.current_tab()
        assert tab is not None and tab.editor.toPlainText() == ARTICLE
        actions.publish_action.trigger()
        dialogs = [w for w in window.findChildren(PublishDialog) if w.isVisible()]
        assert len(dialogs) == 1
        assert dialogs[0].title_edit.text() == "From the window"
        assert dialogs[0].site_box.currentText() == "Blog"
        dialogs[0].close()
        # "Open a post from a site" hands its text to a new tab
        before = len(window.all_tabs())
        actions.open_new_document("---\ntitle: Pulled\n---\nBody.\n")
        assert len(window.all_tabs()) == before + 1
        assert window.current_tab().editor.toPlainText().startswith("---\ntitle: Pulled")
    finally:
        close_window(window)
