"""Help > About: version, licences of the bundled components, where the app keeps its files, and
"Copy diagnostics" for bug reports.

``install(window, services)`` adds "About editor-app" and "Copy diagnostics" to the Help menu; it
fits ``editor_app.app.EXTENSIONS`` as ``"editor_app.ui.dialogs.about:install"``.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app import __version__
from editor_app.core import diagnostics


def qt_details() -> dict[str, str]:
    """Runtime facts only Qt knows, for the diagnostics text."""
    from PySide6 import QtCore

    found = {"Qt (runtime)": QtCore.qVersion()}
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        found["Platform plugin"] = app.platformName()
    try:
        from PySide6.QtWebEngineCore import qWebEngineChromiumVersion, qWebEngineVersion

        found["Qt WebEngine"] = f"{qWebEngineVersion()!s} (Chromium {qWebEngineChromiumVersion()!s})"
    except ImportError:
        found["Qt WebEngine"] = "not available"
    return found


def copy_diagnostics(settings: Any = None, dirs: Any = None) -> str:
    """Put the diagnostics text on the clipboard and return it."""
    text = diagnostics.diagnostics_text(settings, dirs=dirs, extra=qt_details())
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text)
    return text


def _folder_link(path: Path) -> str:
    target = path if path.is_dir() else path.parent
    url = QUrl.fromLocalFile(str(target)).toString()
    return f'<a href="{html.escape(url)}">{html.escape(str(path))}</a>'


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, settings: Any = None, dirs: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle("About editor-app")
        self.resize(900, 640)
        self._settings = settings
        self._dirs = dirs

        header = QHBoxLayout()
        icon = QLabel()
        try:
            from editor_app.core.resources import resource_path

            icon.setPixmap(QIcon(str(resource_path("icons", "editor-app.svg"))).pixmap(64, 64))
        except FileNotFoundError:
            pass
        header.addWidget(icon)
        title = QLabel(
            f"<h2>editor-app {html.escape(__version__)}</h2>"
            "<p>A Markdown article editor that proofreads and publishes to WordPress and Ghost.</p>"
            f"<p>Licence: {html.escape(diagnostics.app_licence())}. "
            f"Installation: {html.escape(diagnostics.install_kind())}.</p>"
        )
        title.setObjectName("aboutTitle")
        title.setWordWrap(True)
        header.addWidget(title, 1)

        folders_box = QGroupBox("Where your files live")
        form = QFormLayout(folders_box)
        self.folder_labels: dict[str, QLabel] = {}
        for label, path in diagnostics.app_folders(dirs):
            link = QLabel(_folder_link(path))
            link.setOpenExternalLinks(True)
            link.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByMouse
            )
            link.setToolTip(str(path))
            self.folder_labels[label] = link
            form.addRow(f"{label}:", link)

        licences_box = QGroupBox("Components and their licences")
        box_layout = QVBoxLayout(licences_box)
        parts = diagnostics.components()
        self.components_table = QTableWidget(len(parts), 4)
        self.components_table.setObjectName("aboutComponents")
        self.components_table.setHorizontalHeaderLabels(["Component", "Version", "Licence", "Used for"])
        for row, part in enumerate(parts):
            for col, cell in enumerate((part.name, part.version or "", part.licence, part.purpose)):
                item = QTableWidgetItem(cell)
                item.setToolTip(f"{cell}\n{part.url}")
                self.components_table.setItem(row, col, item)
        self.components_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.components_table.verticalHeader().setVisible(False)
        header_view = self.components_table.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header_view.setStretchLastSection(True)
        self.components_table.setColumnWidth(2, 240)
        self.components_table.setWordWrap(False)
        box_layout.addWidget(self.components_table)
        note = QLabel(
            "Qt and Qt for Python (PySide6) are used under the GNU LGPL version 3; you may replace "
            "them with your own build. Each component's licence text ships with it."
        )
        note.setWordWrap(True)
        box_layout.addWidget(note)

        self.copy_button = QPushButton("Copy diagnostics")
        self.copy_button.setObjectName("copyDiagnostics")
        self.copy_button.setToolTip(
            "Copy versions, folders, enabled checks and recent log lines for a bug report. "
            "No passwords and no document text are included."
        )
        self.copy_button.clicked.connect(self._copy)
        self.copy_status = QLabel("")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(folders_box)
        layout.addWidget(licences_box, 1)
        layout.addWidget(self.copy_status)
        layout.addWidget(buttons)

    def _copy(self) -> None:
        text = copy_diagnostics(self._settings, self._dirs)
        self.copy_status.setText(f"Diagnostics copied to the clipboard ({len(text.splitlines())} lines).")


def install(window: Any, services: Any) -> None:
    """Help > About editor-app, Help > Copy diagnostics."""
    settings = getattr(services, "settings", None)

    def show_about() -> None:
        AboutDialog(window, settings=settings).exec()

    def copy_only() -> None:
        copy_diagnostics(settings)
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage("Diagnostics copied to the clipboard (no passwords, no document text).", 5000)

    window.add_action("&Help", "Copy &Diagnostics", copy_only)
    window.add_action("&Help", "&About editor-app", show_about)
