"""Help > About: version, licences (Qt/PySide6 LGPL), folders, and a working "Copy diagnostics"."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editor_app import __version__
from editor_app.core import logsetup
from editor_app.core.storage.paths import app_dirs
from editor_app.core.storage.settings import Settings
from editor_app.ui.dialogs.about import AboutDialog, install

pytestmark = pytest.mark.ui


def _rows(dialog: AboutDialog) -> dict[str, list[str]]:
    table = dialog.components_table
    return {
        table.item(r, 0).text(): [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    }


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("EDITOR_APP_HOME", str(tmp_path))
    yield tmp_path
    logsetup.shutdown_logging()
    logsetup.forget_protected()


def test_about_shows_version_licences_and_folders(qtbot: Any, home: Path) -> None:
    dialog = AboutDialog(None, settings=Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    title = dialog.findChild(type(dialog.copy_status), "aboutTitle")
    assert __version__ in title.text()
    rows = _rows(dialog)
    assert "LGPL-3.0" in rows["PySide6"][2]
    assert "LGPL-3.0" in rows["Qt"][2]
    assert rows["Markdown"][2] == "BSD-3-Clause"
    assert rows["Pillow"][2] == "MIT-CMU"
    assert rows["language-tool-python"][2].startswith("GPL-3.0")
    dirs = app_dirs()
    assert str(dirs.settings_file) in dialog.folder_labels["Settings"].text()
    assert str(dirs.recovery_dir) in dialog.folder_labels["Recovery files"].text()
    assert str(dirs.state / "logs") in dialog.folder_labels["Logs"].text()


def test_copy_diagnostics_button_fills_the_clipboard_without_secrets(qtbot: Any, home: Path) -> None:
    logsetup.setup_logging()
    secret = "my-app-password-4242"
    logsetup.register_secret(secret)
    logging.getLogger("editor_app.test").warning("login as ann with %s failed", secret)
    dialog = AboutDialog(None, settings=Settings())
    qtbot.addWidget(dialog)
    QApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    text = QApplication.clipboard().text()
    assert f"editor-app {__version__} diagnostics" in text
    assert "Qt WebEngine" in text and "Platform plugin: offscreen" in text
    assert str(app_dirs().state / "logs") in text
    assert "login as ann with [redacted] failed" in text
    assert secret not in text
    assert "copied" in dialog.copy_status.text()


def test_help_menu_actions(qtbot: Any, home: Path, tmp_path: Path) -> None:
    from tests.ui.shell_helpers import make_window

    window, services = make_window(qtbot, tmp_path)
    install(window, services)
    actions = {a.text().replace("&", ""): a for a in window.menu("&Help").actions()}
    assert {"About editor-app", "Copy Diagnostics"} <= set(actions)
    QApplication.clipboard().clear()
    actions["Copy Diagnostics"].trigger()
    assert "diagnostics" in QApplication.clipboard().text()
