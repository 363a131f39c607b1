"""File commands: new, open, save, save as, close (with unsaved-changes prompts), recent files.

Opening goes through the core's ``load_document`` (which refuses binary and oversized files and
detects encodings); saving through ``Document.save`` (atomic). Every failure is shown to the writer
and leaves the document dirty.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from editor_app.core.document import ChangedOnDiskError, Document, DocumentError, load_document
from editor_app.core.storage.settings import Settings
from editor_app.ui.document_tab import DocumentTab
from editor_app.ui.main_window import MainWindow
from editor_app.ui.tasks import describe_error

MARKDOWN_FILTER = "Markdown (*.md *.markdown *.mdown *.txt);;All files (*)"


class FileController(QObject):
    saved = Signal(object)  # DocumentTab
    closed = Signal(object)  # DocumentTab, after it left the window
    opened = Signal(object)  # DocumentTab

    def __init__(self, window: MainWindow, settings: Settings, persist: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.persist = persist  # writes the settings file (a no-op in tests)
        self._untitled = 0
        # Run after the writer agreed to close, before tabs go away (session saving, journal).
        self.close_hooks: list[Callable[[], None]] = []
        window.tabs.tabCloseRequested.connect(lambda i: self.close_tab(window.tabs.widget(i)))
        window.on_close_request = self.close_all
        window.files_dropped.connect(lambda paths: self.open_paths(list(paths)))
        self._build_menu()

    # -- menu ----------------------------------------------------------------------------------
    def _build_menu(self) -> None:
        w = self.window
        w.add_action("&File", "&New", self.new_document, QKeySequence.StandardKey.New)
        w.add_action("&File", "&Open…", self.open_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = w.menu("&File").addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        w.menu("&File").addSeparator()
        w.add_action("&File", "&Save", lambda: self.save(), QKeySequence.StandardKey.Save)
        w.add_action("&File", "Save &As…", lambda: self.save_as(), QKeySequence.StandardKey.SaveAs)
        w.add_action("&File", "Save as &UTF-8", lambda: self.save(to_utf8=True))
        w.menu("&File").addSeparator()
        w.add_action("&File", "&Close Tab", lambda: self.close_tab(), QKeySequence.StandardKey.Close)
        w.add_action("&File", "&Quit", w.close, QKeySequence("Ctrl+Q"))
        edit = "&Edit"
        w.add_action(edit, "&Find…", lambda: w.find_bar.open_bar(False), QKeySequence.StandardKey.Find)
        w.add_action(edit, "Find and &Replace…", lambda: w.find_bar.open_bar(True), QKeySequence.StandardKey.Replace)
        w.add_action(edit, "Find &Next", w.find_bar.find_next, QKeySequence.StandardKey.FindNext)
        w.add_action(edit, "Find &Previous", w.find_bar.find_previous, QKeySequence.StandardKey.FindPrevious)
        remote = w.add_action("&View", "Load &Remote Images in the Preview", lambda: self._set_remote(remote.isChecked()))
        remote.setCheckable(True)
        remote.setChecked(bool(self.settings.preview_allow_remote))
        remote.setToolTip("Off by default: a draft's images from the web are blocked until you allow them.")

    def _set_remote(self, allow: bool) -> None:
        self.settings.preview_allow_remote = allow
        for tab in self.window.all_tabs():
            setter = getattr(tab.preview, "set_allow_remote", None)
            if setter is not None:
                setter(allow)
        self.persist()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_files()
        if not recent:
            self.recent_menu.addAction("No recent files").setEnabled(False)
            return
        for p in recent:
            a = self.recent_menu.addAction(p)
            a.triggered.connect(lambda _c=False, path=p: self.open_paths([path]))
        self.recent_menu.addSeparator()
        self.recent_menu.addAction("Clear the list").triggered.connect(self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.recent_files = []
        self.persist()

    # -- recent files --------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        return list(self.settings.recent_files)

    def _remember(self, path: Path) -> None:
        self.settings.add_recent_file(path.resolve())
        try:
            self.persist()
        except OSError as exc:  # the settings folder is read-only: not worth a dialog
            self.window.statusBar().showMessage(f"Could not remember recent files: {exc}", 8000)

    # -- opening -------------------------------------------------------------------------------
    def new_document(self, text: str = "", *, sample: bool = False) -> DocumentTab:
        """An untitled tab. ``sample=True``: the welcome article, which is not "unsaved work"
        until the writer changes it (no prompt, no autosave for an untouched sample)."""
        doc = Document.new(text)
        tab = self.window.tab_factory(doc)
        tab.untouched_text_is_saved = sample
        self._follow_links(tab)
        self._untitled += 1
        self.window.add_tab(tab)
        self.opened.emit(tab)
        return tab

    def new_document_at(self, path: Path) -> DocumentTab:
        """``editor-app new-post.md`` for a file that does not exist yet: created on first save."""
        doc = Document(path=path.resolve(), text="", saved_text="")
        tab = self.window.tab_factory(doc)
        self._follow_links(tab)
        self.window.add_tab(tab)
        tab.message_bar.show_message(f"{path.name} is a new file; it will be created when you save.", "info")
        self.opened.emit(tab)
        return tab

    def open_dialog(self) -> None:
        start = str(self._dialog_dir())
        paths, _ = QFileDialog.getOpenFileNames(self.window, "Open", start, MARKDOWN_FILTER)
        if paths:
            self.open_paths(paths)

    def _dialog_dir(self) -> Path:
        tab = self.window.current_tab()
        if tab is not None and tab.path is not None:
            return tab.path.parent
        recent = self.recent_files()
        return Path(recent[0]).parent if recent else Path.home()

    def find_open(self, path: Path) -> DocumentTab | None:
        for tab in self.window.all_tabs():
            if tab.path is not None and _same(tab.path, path):
                return tab
        return None

    def open_paths(
        self, paths: list[str] | list[Path], *, quiet_missing: bool = False, create_missing: bool = False
    ) -> list[DocumentTab]:
        opened: list[DocumentTab] = []
        for raw in paths:
            path = Path(raw).expanduser()
            existing = self.find_open(path)
            if existing is not None:
                self.window.tabs.setCurrentWidget(existing)
                opened.append(existing)
                continue
            tab: DocumentTab | None
            if create_missing and not path.exists() and path.parent.is_dir():
                tab = self.new_document_at(path)
            else:
                tab = self.open_path(path, quiet_missing=quiet_missing)
            if tab is not None:
                opened.append(tab)
        return opened

    def open_path(self, path: Path, *, quiet_missing: bool = False, doc_id: str | None = None) -> DocumentTab | None:
        try:
            doc = load_document(path)
        except DocumentError as exc:
            if quiet_missing and not path.exists():
                return None
            self.window.show_error("Cannot open file", exc.message)
            return None
        tab = self.window.tab_factory(doc, doc_id=doc_id)
        self._follow_links(tab)
        self.window.add_tab(tab)
        self._remember(path)
        self.opened.emit(tab)
        return tab

    def _follow_links(self, tab: DocumentTab) -> None:
        """A click in the preview on a link to another local file opens it in a tab."""

        def hook(preview: Any) -> None:
            signal = getattr(preview, "local_link_clicked", None)
            if signal is not None:
                signal.connect(lambda url: self._open_link(url.toLocalFile()))

        tab.preview_created.connect(hook)

    def _open_link(self, path: str) -> None:
        if not path:
            return
        p = Path(path)
        if p.suffix.lower() in {".md", ".markdown", ".mdown", ".txt"}:
            self.open_paths([p])
        else:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl.fromLocalFile(str(p)))

    # -- saving --------------------------------------------------------------------------------
    def save(self, tab: DocumentTab | None = None, *, to_utf8: bool = False) -> bool:
        tab = tab or self.window.current_tab()
        if tab is None:
            return False
        if tab.path is None:
            return self.save_as(tab)
        return self._write(tab, None, encoding="utf-8" if to_utf8 else None)

    def save_as(self, tab: DocumentTab | None = None) -> bool:
        tab = tab or self.window.current_tab()
        if tab is None:
            return False
        suggested = str(tab.path) if tab.path else str(self._dialog_dir() / _suggest_name(tab))
        path, _ = QFileDialog.getSaveFileName(self.window, "Save As", suggested, MARKDOWN_FILTER)
        if not path:
            return False
        if not Path(path).suffix:
            path += ".md"
        return self._write(tab, Path(path))

    def _write(self, tab: DocumentTab, path: Path | None, *, encoding: str | None = None, force: bool = False) -> bool:
        doc = tab.sync_document()
        try:
            doc.save(path, encoding=encoding, force=force)
        except ChangedOnDiskError:
            return self._save_conflict(tab, path, encoding)
        except (DocumentError, OSError) as exc:
            message = getattr(exc, "message", None) or describe_error(exc)
            self.window.show_error("Could not save", f"{message}\n\nYour text is still here, not saved yet.")
            return False
        tab.mark_saved()
        if doc.path is not None:
            self._remember(doc.path)
        self.saved.emit(tab)
        self.window.statusBar().showMessage(f"Saved {doc.display_name}", 3000)
        return True

    def _save_conflict(self, tab: DocumentTab, path: Path | None, encoding: str | None) -> bool:
        from editor_app.ui.dialogs.external_change import ask_external_change

        choice = ask_external_change(self.window, tab, saving=True)
        if choice == "keep":
            return self._write(tab, path, encoding=encoding, force=True)
        if choice == "reload":
            return self.reload(tab)
        return False

    def reload(self, tab: DocumentTab) -> bool:
        try:
            tab.doc.reload()
        except DocumentError as exc:
            self.window.show_error("Cannot reload", exc.message)
            return False
        tab.replace_text_from_disk()
        return True

    # -- closing -------------------------------------------------------------------------------
    def close_tab(self, tab: Any = None) -> bool:
        tab = tab if isinstance(tab, DocumentTab) else self.window.current_tab()
        if tab is None:
            return False
        if tab.is_dirty and not self._confirm_discard(tab):
            return False
        self.window.remove_tab(tab)
        self.closed.emit(tab)
        return True

    def _confirm_discard(self, tab: DocumentTab) -> bool:
        self.window.tabs.setCurrentWidget(tab)
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Unsaved changes")
        box.setText(f"Save the changes to “{tab.display_name()}” before closing?")
        box.setInformativeText("If you don't save, your changes will be lost.")
        box.setStandardButtons(
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save(tab)
        return answer == QMessageBox.StandardButton.Discard

    def close_all(self) -> bool:
        """Ask about every dirty tab; False if the writer cancelled (the window stays open)."""
        for tab in self.window.all_tabs():
            if tab.is_dirty and not self._confirm_discard(tab):
                return False
        for hook in self.close_hooks:
            hook()
        for tab in self.window.all_tabs():
            self.window.remove_tab(tab)
            self.closed.emit(tab)
        return True


def _suggest_name(tab: DocumentTab) -> str:
    title = tab.sync_document().front_matter.title if tab.doc.front_matter_error is None else None
    base = (title or "Untitled").strip() or "Untitled"
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "" for ch in base).strip().replace(" ", "-").lower()
    return (safe or "untitled") + ".md"


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)
