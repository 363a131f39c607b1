"""The Sites dialog with the real site store and credential store.

This machine has no system keyring (keyring's fail backend), which is exactly the case where the
writer must be asked before a secret is kept for the session only; nothing may reach a file.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from editor_app.core.publishing.base import SiteConfig
from editor_app.core.publishing.sites import SiteStore
from editor_app.core.storage.credentials import CredentialStore, keyring_status
from editor_app.ui.dialogs.sites import CoreSitesServices, SitesDialog
from editor_app.ui.tasks import TaskRunner

SECRET = "abcd EFGH ijkl MNOP qrst UVWX"


def refused_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


def answer_message_box(button_text: str, seen: list[str]) -> None:
    """Click ``button_text`` in the next message box and remember its text."""

    def poll() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.isVisible():
                seen.append(w.text())
                for b in w.buttons():
                    if b.text().replace("&", "") == button_text:
                        b.click()
                        return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


@pytest.fixture
def dialog(tmp_path: Path, qtbot):
    if keyring_status().usable:
        pytest.skip("a system keyring is usable here; this test covers the no-keyring path")
    store = SiteStore(tmp_path / "sites.json")
    creds = CredentialStore(service=f"editor-app-test-{tmp_path.name}")
    runner = TaskRunner()
    dlg = SitesDialog(CoreSitesServices(store, creds), runner)
    qtbot.addWidget(dlg)
    yield dlg, store, creds, tmp_path
    runner.wait_for_done(10000)


def fill(editor, *, name: str, kind: str, url: str, user: str = "", secret: str = SECRET) -> None:
    editor.name_edit.setText(name)
    editor.type_box.setCurrentIndex(editor.type_box.findData(kind))
    editor.url_edit.setText(url)
    editor.user_edit.setText(user)
    editor.secret_edit.setText(secret)


def test_no_keyring_asks_then_keeps_secret_for_session_only(dialog, qtbot) -> None:
    dlg, store, creds, tmp_path = dialog
    ed = dlg.make_editor()
    qtbot.addWidget(ed)
    assert ed.user_edit.isVisibleTo(ed) and ed.secret_label.text() == "Application Password"
    fill(ed, name="My blog", kind="wordpress", url="https://blog.example.org", user="anna")
    seen: list[str] = []
    answer_message_box("Keep for this session", seen)
    assert ed.try_accept()
    assert seen and "keyring" in seen[0].lower() and "session only" in seen[0]
    assert ed.result() == QDialog.DialogCode.Accepted
    assert [s.name for s in store.list()] == ["My blog"]
    assert creds.where("My blog") == "session"
    assert creds.get("My blog") == SECRET
    # the secret is in no file we wrote
    for f in tmp_path.rglob("*"):
        if f.is_file():
            assert "ijkl" not in f.read_text(encoding="utf-8", errors="replace")
    assert json.loads((tmp_path / "sites.json").read_text())["sites"][0]["user"] == "anna"
    dlg.refresh()
    assert dlg.list.count() == 1 and "My blog" in dlg.list.item(0).text()


def test_refusing_session_storage_saves_nothing(dialog, qtbot) -> None:
    dlg, store, creds, _ = dialog
    ed = dlg.make_editor()
    qtbot.addWidget(ed)
    fill(ed, name="My blog", kind="wordpress", url="https://blog.example.org", user="anna")
    answer_message_box("Cancel", [])
    assert not ed.try_accept()
    assert "session" in ed.error.text()
    assert store.list() == [] and creds.get("My blog") is None


def test_form_follows_site_type_and_checks_the_secret_shape(dialog, qtbot) -> None:
    dlg, store, _creds, _ = dialog
    ed = dlg.make_editor()
    qtbot.addWidget(ed)
    fill(ed, name="News", kind="ghost", url="https://news.example.org", secret="not-a-key")
    assert not ed.user_edit.isVisibleTo(ed)
    assert ed.secret_label.text() == "Admin API key"
    assert not ed.try_accept()
    assert ed.error.text()  # the Ghost key shape is explained, nothing saved
    assert store.list() == []
    fill(ed, name="News", kind="wordpress", url="https://news.example.org", user="", secret=SECRET)
    assert not ed.try_accept() and "user name" in ed.error.text()


def test_test_connection_explains_an_unreachable_site(dialog, qtbot) -> None:
    dlg, _store, _creds, _ = dialog
    ed = dlg.make_editor()
    qtbot.addWidget(ed)
    fill(ed, name="Down", kind="wordpress", url=refused_url(), user="admin")
    ed.test_button.click()
    qtbot.waitUntil(lambda: ed.last_test is not None, timeout=20000)
    assert ed.last_test.problem == "unreachable"
    assert ed.test_result.text().startswith("✘")
    assert "cannot be reached" in ed.test_result.text()


def test_edit_rename_and_remove(dialog, qtbot) -> None:
    dlg, store, creds, _ = dialog
    store.add(SiteConfig(name="Old", kind="wordpress", url="https://a.example.org", user="anna"))
    creds.set("Old", SECRET, session_only=True)
    dlg.refresh()
    dlg.select("Old")
    ed = dlg.make_editor(dlg.selected())
    qtbot.addWidget(ed)
    assert ed.secret_edit.placeholderText()  # "stored ...": the secret itself is never shown
    assert ed.secret_edit.text() == ""
    ed.name_edit.setText("New")
    assert ed.try_accept()
    assert [s.name for s in store.list()] == ["New"]
    assert creds.get("New") == SECRET and creds.get("Old") is None
    dlg.refresh()
    dlg.select("New")
    dlg.remove_selected(confirm=False)
    assert store.list() == [] and creds.get("New") is None


def test_test_connection_of_a_saved_site_uses_its_stored_secret(dialog, qtbot) -> None:
    dlg, store, creds, _ = dialog
    store.add(SiteConfig(name="Down", kind="wordpress", url=refused_url(), user="admin"))
    dlg.refresh()
    assert "no password stored" in dlg.list.item(0).text()
    creds.set("Down", SECRET, session_only=True)
    dlg.refresh()
    assert "no password stored" not in dlg.list.item(0).text()
    dlg.select("Down")
    dlg.test_button.click()
    qtbot.waitUntil(lambda: dlg.status.text().startswith("✘"), timeout=20000)
    assert "Down: " in dlg.status.text() and "cannot be reached" in dlg.status.text()
