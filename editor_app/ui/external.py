"""Notice when another program changes an open file; never overwrite it silently.

QFileSystemWatcher tells us something happened; the core fingerprint (size, mtime, SHA-256)
decides whether the content really changed, so a ``touch`` or our own save is not reported.
Editors that save by rename make the watcher drop the path, so we re-add it after each event.
The check also runs when the window regains focus (watchers miss network disks).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, QTimer

from editor_app.core.storage.fileinfo import DiskState, disk_state
from editor_app.ui.document_tab import DocumentTab
from editor_app.ui.files import FileController
from editor_app.ui.main_window import MainWindow


class ExternalChangeWatcher(QObject):
    def __init__(self, window: MainWindow, files: FileController) -> None:
        super().__init__(window)
        self.window = window
        self.files = files
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._path_event)
        self.watcher.directoryChanged.connect(self._path_event)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(150)  # editors write in several steps; look once they are done
        self._check_timer.timeout.connect(self.check_all)
        self._asking: set[str] = set()
        files.opened.connect(self._watch)
        files.saved.connect(self._watch)
        files.closed.connect(self._unwatch)
        window.installEventFilter(self)

    def _watch(self, tab: DocumentTab) -> None:
        if tab.path is None:
            return
        p = str(tab.path)
        if p not in self.watcher.files():
            self.watcher.addPath(p)
        folder = str(tab.path.parent)
        if folder not in self.watcher.directories():
            self.watcher.addPath(folder)

    def _unwatch(self, tab: DocumentTab) -> None:
        if tab.path is None:
            return
        still = [t for t in self.window.all_tabs() if t.path is not None and t is not tab]
        if not any(t.path == tab.path for t in still) and str(tab.path) in self.watcher.files():
            self.watcher.removePath(str(tab.path))
        folder_in_use = any(t.path is not None and t.path.parent == tab.path.parent for t in still)
        if not folder_in_use and str(tab.path.parent) in self.watcher.directories():
            self.watcher.removePath(str(tab.path.parent))

    def _path_event(self, _path: str) -> None:
        self._check_timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.window and event.type() == QEvent.Type.WindowActivate:
            self._check_timer.start()
        return False

    def check_all(self) -> None:
        for tab in self.window.all_tabs():
            if tab.path is None:
                continue
            self._watch(tab)  # re-arm after replace-by-rename
            state = disk_state(tab.doc)
            if state is DiskState.UNCHANGED:
                continue
            self._notify(tab, state)

    def _notify(self, tab: DocumentTab, state: DiskState) -> None:
        key = tab.doc_id
        if key in self._asking:
            return
        name = tab.display_name()
        if state is DiskState.DELETED:
            text = f"{name} was deleted or moved by another program. Your text is still here; save it to keep it."
            actions = [("Save here again", lambda: self._resave(tab)), ("Compare", lambda: self._compare(tab))]
        else:
            text = f"{name} was changed by another program."
            if tab.is_dirty:
                text += " You also have unsaved changes here."
            actions = [
                ("Reload", lambda: self._reload(tab)),
                ("Keep mine", lambda: self._keep(tab)),
                ("Compare…", lambda: self._compare(tab)),
            ]
        self._asking.add(key)
        tab.message_bar.show_message(text, kind="external", actions=actions)
        tab.message_bar.dismissed.connect(lambda: self._asking.discard(key))

    def _done(self, tab: DocumentTab) -> None:
        self._asking.discard(tab.doc_id)
        if tab.message_bar.kind == "external":
            tab.message_bar.hide()
            tab.message_bar.kind = ""

    def _reload(self, tab: DocumentTab) -> None:
        self._done(tab)
        self.files.reload(tab)

    def _keep(self, tab: DocumentTab) -> None:
        """Keep the editor's text; the next save overwrites the file on purpose."""
        from editor_app.core.storage.fileinfo import fingerprint

        self._done(tab)
        try:
            tab.doc.disk = fingerprint(tab.doc.path) if tab.doc.path else None
        except OSError:
            tab.doc.disk = None
        # Their version is not what the editor shows: mark dirty so the writer saves theirs over it.
        tab.editor.document().setModified(True)

    def _resave(self, tab: DocumentTab) -> None:
        self._done(tab)
        tab.doc.disk = None
        self.files.save(tab)

    def _compare(self, tab: DocumentTab) -> None:
        from editor_app.ui.dialogs.external_change import CompareDialog

        choice = CompareDialog.ask(self.window, tab)
        if choice == "reload":
            self._reload(tab)
        elif choice == "keep":
            self._keep(tab)
