"""Opening, saving and closing files through the real window: bad inputs are opened with a visible
notice or refused with a clear message (never a hang), failed saves keep the text dirty,
unsaved-changes prompts, recent files, session restore, external changes."""

from __future__ import annotations

import os
import shutil
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from editor_app.core.storage.settings import Settings
from tests.ui.shell_helpers import DialogAnswerer, close_window, make_window, type_text

pytestmark = pytest.mark.ui


@pytest.fixture
def win(qtbot, tmp_path):
    w, services = make_window(qtbot, tmp_path)
    w.services = services
    yield w
    close_window(w)


def test_invalid_front_matter_opens_with_a_visible_warning_and_the_text_kept(qtbot, win, tmp_path):
    p = tmp_path / "bad.md"
    raw = "---\ntitle: [unclosed\ntags: a\n---\nBody text.\n"
    p.write_text(raw, encoding="utf-8")
    tab = win.services.files.open_paths([p])[0]
    assert tab.message_bar.isVisible()
    assert "front matter" in tab.message_bar.text().lower()
    assert tab.editor.toPlainText() == raw
    assert not tab.is_dirty


def test_latin1_file_opens_with_a_notice_of_the_encoding(qtbot, win, tmp_path):
    p = tmp_path / "latin.md"
    p.write_bytes("Café crème, déjà vu — naïve façade. Große Straße.\n".replace("—", "-").encode("latin-1"))
    tab = win.services.files.open_paths([p])[0]
    assert "Café crème" in tab.editor.toPlainText()
    assert tab.message_bar.isVisible()
    notice = tab.message_bar.text()
    assert "not UTF-8" in notice and ("1252" in notice or "8859" in notice or "Latin" in notice)


def test_binary_file_is_refused_with_a_message(qtbot, win, tmp_path):
    p = tmp_path / "photo.md"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    answer = DialogAnswerer("OK")
    opened = win.services.files.open_paths([p])
    answer.stop()
    assert opened == []
    assert win.all_tabs() == []
    assert any("binary" in s.lower() for s in answer.seen)


def test_50_mb_file_is_refused_quickly_with_a_message(qtbot, win, tmp_path):
    p = tmp_path / "huge.md"
    with open(p, "wb") as fh:
        line = b"All work and no play makes a very long article indeed.\n"
        fh.write(line * (50 * 1024 * 1024 // len(line) + 1))
    answer = DialogAnswerer("OK")
    t0 = time.perf_counter()
    opened = win.services.files.open_paths([p])
    elapsed = time.perf_counter() - t0
    answer.stop()
    assert opened == []
    assert any("MB" in s for s in answer.seen)
    print(f"refusing a 50 MB file took {elapsed * 1000:.0f} ms")


def test_save_writes_the_file_and_clears_the_dirty_mark(qtbot, win, tmp_path):
    p = tmp_path / "post.md"
    p.write_text("---\ntitle: Post\n---\nHello\n", encoding="utf-8")
    tab = win.services.files.open_paths([p])[0]
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, tab.editor, "More.")
    assert tab.is_dirty
    assert win.tabs.tabText(0).startswith("●")
    assert win.services.files.save(tab)
    assert p.read_text(encoding="utf-8") == "---\ntitle: Post\n---\nHello\nMore."
    assert not tab.is_dirty and not win.tabs.tabText(0).startswith("●")


def test_failed_save_shows_the_error_and_keeps_the_document_dirty(qtbot, win, tmp_path):
    folder = tmp_path / "gone"
    folder.mkdir()
    p = folder / "post.md"
    p.write_text("Original\n", encoding="utf-8")
    tab = win.services.files.open_paths([p])[0]
    type_text(qtbot, tab.editor, "Edited ")
    shutil.rmtree(folder)  # the folder vanished (unplugged disk, another program)
    # First prompt: the file changed on disk -> keep mine; then the save itself fails.
    answer = DialogAnswerer(lambda d: _click(d, "Keep mine"), repeat=True)
    answer_ok = DialogAnswerer("OK", repeat=True)
    ok = win.services.files.save(tab)
    answer.stop()
    answer_ok.stop()
    assert not ok
    assert tab.is_dirty
    assert tab.editor.toPlainText().startswith("Edited Original")
    seen = answer.seen + answer_ok.seen
    assert any("does not exist" in s or "Could not save" in s for s in seen)


def _click(dialog, text: str) -> None:
    from PySide6.QtWidgets import QAbstractButton

    for b in dialog.findChildren(QAbstractButton):
        if text.lower() in b.text().lower():
            b.click()
            return
    for b in dialog.findChildren(QAbstractButton):
        if b.text().replace("&", "") == "OK":
            b.click()
            return
    dialog.reject()


def test_closing_a_dirty_tab_asks_and_cancel_keeps_it(qtbot, win):
    tab = win.services.files.new_document("")
    type_text(qtbot, tab.editor, "Unsaved words")
    answer = DialogAnswerer("Cancel")
    assert not win.services.files.close_tab(tab)
    answer.stop()
    assert any("Save the changes" in s for s in answer.seen)
    assert win.all_tabs() == [tab]
    answer = DialogAnswerer("Discard")  # Qt's label is "Discard" / "Don't Save" / "Close without Saving"
    closed = win.services.files.close_tab(tab)
    answer.stop()
    if not closed:  # the platform theme named the button differently
        answer = DialogAnswerer(lambda d: d.done(0x00800000))
        closed = win.services.files.close_tab(tab)
        answer.stop()
    assert closed and win.all_tabs() == []


def test_recent_files_and_session_restore_with_cursor_positions(qtbot, tmp_path):
    a = tmp_path / "a.md"
    b = tmp_path / "b.md"
    a.write_text("first line\nsecond line\nthird line\n", encoding="utf-8")
    b.write_text("# B\n\nbody of b\n", encoding="utf-8")
    settings_file = tmp_path / "settings.json"
    settings = Settings()
    w1, s1 = make_window(qtbot, tmp_path, settings=settings, settings_file=settings_file)
    ta, tb = s1.files.open_paths([a, b])
    c = ta.editor.textCursor()
    c.setPosition(17)
    ta.editor.setTextCursor(c)
    win_tabs = w1.tabs
    win_tabs.setCurrentWidget(ta)
    assert s1.files.recent_files()[:2] == [str(b.resolve()), str(a.resolve())]
    assert w1.close()  # nothing dirty: no prompt; the session is saved
    close_window(w1)

    restored = Settings.load(settings_file)
    w2, s2 = make_window(qtbot, tmp_path, settings=restored, settings_file=settings_file)
    tabs = s2.session.restore()
    assert [t.path for t in tabs] == [a.resolve(), b.resolve()]
    assert w2.current_tab() is tabs[0]
    assert tabs[0].editor.textCursor().position() == 17
    assert s2.files.recent_files()[0] == str(b.resolve())
    close_window(w2)


def test_external_change_offers_reload_keep_and_compare(qtbot, win, tmp_path):
    p = tmp_path / "shared.md"
    p.write_text("Version one.\n", encoding="utf-8")
    tab = win.services.files.open_paths([p])[0]
    time.sleep(0.02)
    p.write_text("Version two, from another program.\n", encoding="utf-8")
    qtbot.waitUntil(lambda: tab.message_bar.isVisible(), timeout=5000)
    assert "changed by another program" in tab.message_bar.text()
    assert tab.message_bar.action_labels() == ["Reload", "Keep mine", "Compare…"]
    assert tab.editor.toPlainText() == "Version one.\n"  # nothing replaced silently
    tab.message_bar.trigger("Reload")
    assert tab.editor.toPlainText() == "Version two, from another program.\n"
    assert not tab.is_dirty

    # Again, and this time keep mine: the file is not touched until the writer saves.
    time.sleep(0.02)
    p.write_text("Version three.\n", encoding="utf-8")
    qtbot.waitUntil(lambda: tab.message_bar.isVisible(), timeout=5000)
    tab.message_bar.trigger("Keep mine")
    assert p.read_text(encoding="utf-8") == "Version three.\n"
    assert tab.is_dirty
    assert win.services.files.save(tab)
    assert p.read_text(encoding="utf-8") == "Version two, from another program.\n"


def test_compare_shows_a_diff_of_disk_and_editor(qtbot, win, tmp_path):
    from PySide6.QtWidgets import QPlainTextEdit

    p = tmp_path / "c.md"
    p.write_text("alpha\nbeta\n", encoding="utf-8")
    tab = win.services.files.open_paths([p])[0]
    time.sleep(0.02)
    p.write_text("alpha\ngamma\n", encoding="utf-8")
    qtbot.waitUntil(lambda: tab.message_bar.isVisible(), timeout=5000)
    diffs: list[str] = []

    def read_and_keep(d) -> None:
        view = d.findChild(QPlainTextEdit, "diffView")
        diffs.append(view.toPlainText())
        _click(d, "Keep mine")

    answer = DialogAnswerer(read_and_keep)
    tab.message_bar.trigger("Compare…")
    answer.stop()
    assert "-gamma" in diffs[0] and "+beta" in diffs[0]
    assert tab.editor.toPlainText() == "alpha\nbeta\n"


def test_saving_over_an_external_change_asks_first(qtbot, win, tmp_path):
    p = tmp_path / "race.md"
    p.write_text("theirs v1\n", encoding="utf-8")
    tab = win.services.files.open_paths([p])[0]
    type_text(qtbot, tab.editor, "mine ")
    p.write_text("theirs v2\n", encoding="utf-8")
    os.utime(p, None)
    answer = DialogAnswerer("Cancel")
    assert not win.services.files.save(tab)  # saved nothing: the writer cancelled
    answer.stop()
    assert any("changed by another program" in s for s in answer.seen)
    assert p.read_text(encoding="utf-8") == "theirs v2\n"
    assert tab.is_dirty


def test_dropping_a_markdown_file_on_the_editor_opens_it_in_a_tab(qtbot, win, tmp_path):
    from PySide6.QtCore import QMimeData, QUrl

    other = tmp_path / "other.md"
    other.write_text("# Other\n", encoding="utf-8")
    tab = win.services.files.new_document("Draft")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    assert tab.editor.canInsertFromMimeData(mime)
    tab.editor.insertFromMimeData(mime)
    assert tab.editor.toPlainText() == "Draft"  # not pasted as a path
    assert [t.path for t in win.all_tabs()][-1] == other
    assert win.current_tab().editor.toPlainText() == "# Other\n"


def test_a_file_named_on_the_command_line_that_does_not_exist_is_created_on_save(qtbot, win, tmp_path):
    p = tmp_path / "new-post.md"
    tab = win.services.files.open_paths([p], create_missing=True)[0]
    assert "new file" in tab.message_bar.text()
    assert not p.exists()
    type_text(qtbot, tab.editor, "# Fresh")
    assert win.services.files.save(tab)
    assert p.read_text(encoding="utf-8") == "# Fresh"


def test_breaking_the_front_matter_while_typing_shows_a_warning_that_goes_when_fixed(qtbot, win):
    tab = win.services.files.new_document("---\ntitle: Fine\n---\nBody\n")
    qtbot.wait(400)
    assert not tab.message_bar.isVisible()
    cursor = tab.editor.textCursor()
    cursor.setPosition(len("---\ntitle: Fine"))
    tab.editor.setTextCursor(cursor)
    type_text(qtbot, tab.editor, "\nbroken: [")
    qtbot.waitUntil(lambda: tab.message_bar.isVisible(), timeout=3000)
    assert "front matter is not valid YAML" in tab.message_bar.text()
    qtbot.keyClick(tab.editor, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: not tab.message_bar.isVisible(), timeout=3000)


def test_the_untouched_welcome_sample_closes_without_a_prompt(qtbot, win):
    tab = win.services.files.new_document("# Welcome\n\nA sample article.\n", sample=True)
    assert not tab.is_dirty
    assert win.services.files.close_tab(tab)  # no dialog: nothing the writer wrote is lost
    tab2 = win.services.files.new_document("# Welcome\n", sample=True)
    type_text(qtbot, tab2.editor, "My ")
    assert tab2.is_dirty


def test_save_as_for_an_untitled_document_asks_where_and_adds_md(qtbot, win, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    tab = win.services.files.new_document("")
    type_text(qtbot, tab.editor, "Draft text")
    target = tmp_path / "my-draft"

    def choose(dialog) -> None:
        from PySide6.QtWidgets import QLineEdit

        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(target.parent))
        dialog.findChild(QLineEdit, "fileNameEdit").setText(target.name)  # what the writer types
        dialog.accept()

    answer = DialogAnswerer(choose)
    assert win.services.files.save(tab)  # untitled: Save means Save As
    answer.stop()
    saved = tmp_path / "my-draft.md"
    assert saved.read_text(encoding="utf-8") == "Draft text"
    assert tab.path == saved and not tab.is_dirty
    assert win.tabs.tabText(win.tabs.indexOf(tab)) == "my-draft.md"
    assert str(saved.resolve()) in win.services.files.recent_files()
