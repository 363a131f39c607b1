"""The Sites dialog: add, edit and remove WordPress / Ghost sites, and test the connection.

Form fields come from the site type (``SiteType.needs_user``, ``secret_label``, ``secret_help``), so
adding a backend needs no change here. Secrets go only to the keyring through
:class:`SitesServices`; when there is no usable keyring the writer is asked whether to keep the
secret for this session only, and nothing is written to disk. "Test connection" runs in the
background and shows the site's explanation in the writer's words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.publishing.base import ConnectionResult, SiteConfig, SiteType
from editor_app.ui.dialogs.publish import when_alive

NO_KEYRING_QUESTION = (
    "{reason}\n\nKeep the {secret} for this session only? It stays in memory until the editor "
    "closes and is never written to a file."
)


class KeyringMissing(Exception):
    """Raised by ``SitesServices.save`` when no keyring backend can store the secret; the message
    says why in the writer's words."""


class SitesServices(Protocol):
    def site_types(self) -> Sequence[SiteType]: ...

    def list_sites(self) -> list[SiteConfig]: ...

    def has_secret(self, name: str) -> bool: ...

    def save(self, config: SiteConfig, secret: str | None, *, replaces: str = "", session_only: bool = False) -> None:
        """Store the site; the secret (when given) to the keyring, or to memory when
        ``session_only``. Raises :class:`KeyringMissing` when the keyring is unusable."""
        ...

    def remove(self, name: str) -> None: ...

    def test_connection(self, config: SiteConfig, secret: str | None) -> ConnectionResult:
        """Blocking; ``secret`` None means use the stored one."""
        ...


class SiteEditor(QDialog):
    """Add or edit one site. ``result_config`` / ``result_secret`` are set when accepted."""

    def __init__(
        self,
        services: SitesServices,
        runner: Any,
        existing: SiteConfig | None = None,
        taken_names: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("siteEditor")
        self.setWindowTitle("Edit site" if existing else "Add site")
        self.services = services
        self.runner = runner
        self.existing = existing
        self.taken = {n.casefold() for n in taken_names if not existing or n != existing.name}
        self.result_config: SiteConfig | None = None
        self.result_secret: str | None = None
        self.last_test: ConnectionResult | None = None
        self._types = {t.kind: t for t in services.site_types()}

        self.name_edit = QLineEdit(existing.name if existing else "", self)
        self.type_box = QComboBox(self)
        for t in self._types.values():
            self.type_box.addItem(t.label, t.kind)
        if existing:
            self.type_box.setCurrentIndex(max(0, self.type_box.findData(existing.kind)))
        self.url_edit = QLineEdit(existing.url if existing else "", self)
        self.url_edit.setPlaceholderText("https://example.com")
        self.user_label = QLabel("User", self)
        self.user_edit = QLineEdit(existing.user if existing else "", self)
        self.secret_label = QLabel("Secret", self)
        self.secret_edit = QLineEdit(self)
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        if existing and services.has_secret(existing.name):
            self.secret_edit.setPlaceholderText("stored in the keyring; type to replace it")
        self.secret_help = QLabel(self)
        self.secret_help.setWordWrap(True)
        self.test_button = QPushButton("Test connection", self)
        self.test_button.setObjectName("siteTest")
        self.test_button.clicked.connect(self.start_test)
        self.test_result = QLabel("", self)
        self.test_result.setObjectName("siteTestResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.use_suggested = QPushButton("Use this address", self)
        self.use_suggested.setVisible(False)
        self.use_suggested.clicked.connect(self._use_suggested)
        self.error = QLabel("", self)
        self.error.setStyleSheet("color: #c62828")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow("Name", self.name_edit)
        form.addRow("Type", self.type_box)
        form.addRow("Address", self.url_edit)
        form.addRow(self.user_label, self.user_edit)
        form.addRow(self.secret_label, self.secret_edit)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.use_suggested)
        test_row.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.secret_help)  # outside the form: a wrapped label gets its full height here
        layout.addLayout(test_row)
        layout.addWidget(self.test_result)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.type_box.currentIndexChanged.connect(lambda _i: self._type_changed())
        self._type_changed()
        self.resize(520, 0)

    def site_type(self) -> SiteType:
        return self._types[self.type_box.currentData()]

    def _type_changed(self) -> None:
        t = self.site_type()
        self.user_label.setVisible(t.needs_user)
        self.user_edit.setVisible(t.needs_user)
        self.secret_label.setText(t.secret_label)
        self.secret_help.setText(t.secret_help)
        self.adjustSize()

    def config(self) -> SiteConfig:
        t = self.site_type()
        base = self.existing
        return SiteConfig(
            name=self.name_edit.text().strip(),
            kind=t.kind,
            url=self.url_edit.text().strip().rstrip("/"),
            user=self.user_edit.text().strip() if t.needs_user else "",
            max_image_px=base.max_image_px if base else t.capabilities.max_image_px,
            verify_tls=base.verify_tls if base else True,
        )

    def typed_secret(self) -> str | None:
        secret = self.secret_edit.text().strip()
        return secret or None

    def problem(self) -> str:
        cfg = self.config()
        if not cfg.name:
            return "Give the site a name, for example “My blog”."
        if cfg.name.casefold() in self.taken:
            return f"There is already a site called “{cfg.name}”."
        if not cfg.url.startswith(("http://", "https://")):
            return "The address must start with https:// (or http:// for a site on this computer)."
        if self.site_type().needs_user and not cfg.user:
            return "Enter the user name you log in to the site with."
        secret = self.typed_secret()
        if secret is None and not (self.existing and self.services.has_secret(self.existing.name)):
            return f"Enter the {self.site_type().secret_label}."
        if secret is not None:
            msg = self.site_type().validate_secret(secret)
            if msg:
                return msg
        return ""

    # -- test connection ------------------------------------------------------------------------
    def start_test(self) -> None:
        cfg, secret = self.config(), self.typed_secret()
        self.test_button.setEnabled(False)
        self.use_suggested.setVisible(False)
        self.test_result.setText("Connecting…")
        self.runner.run(
            lambda _ctx: self.services.test_connection(cfg, secret),
            when_alive(self, self._tested),
            on_failure=when_alive(self, lambda exc: self._tested_error(str(exc))),
            label="Testing the connection",
        )

    def _tested(self, result: ConnectionResult) -> None:
        self.last_test = result
        self.test_button.setEnabled(True)
        color = "#2e7d32" if result.ok else "#c62828"
        mark = "✔" if result.ok else "✘"
        self.test_result.setStyleSheet(f"color: {color}")
        self.test_result.setText(f"{mark} {result.message}")
        if result.detail:
            self.test_result.setToolTip(result.detail)
        if result.suggested_url:
            self.use_suggested.setText(f"Use {result.suggested_url}")
            self.use_suggested.setVisible(True)

    def _tested_error(self, message: str) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet("color: #c62828")
        self.test_result.setText(f"✘ {message}")

    def _use_suggested(self) -> None:
        if self.last_test and self.last_test.suggested_url:
            self.url_edit.setText(self.last_test.suggested_url)
            self.use_suggested.setVisible(False)

    # -- saving -----------------------------------------------------------------------------
    def try_accept(self) -> bool:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            return False
        cfg, secret = self.config(), self.typed_secret()
        replaces = self.existing.name if self.existing else ""
        try:
            try:
                self.services.save(cfg, secret, replaces=replaces)
            except KeyringMissing as exc:
                if not self.ask_session_only(str(exc)):
                    self.error.setText(
                        f"Not saved: without a keyring the {self.site_type().secret_label} can only be "
                        "kept for this session."
                    )
                    return False
                self.services.save(cfg, secret, replaces=replaces, session_only=True)
        except ValueError as exc:  # the site list refused it (bad address, duplicate name)
            self.error.setText(str(exc))
            return False
        self.result_config, self.result_secret = cfg, secret
        self.accept()
        return True

    def ask_session_only(self, reason: str = "") -> bool:
        box = QMessageBox(self)
        box.setObjectName("noKeyringBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("No system keyring")
        box.setText(
            NO_KEYRING_QUESTION.format(
                reason=reason or "There is no system keyring on this computer.",
                secret=self.site_type().secret_label,
            )
        )
        keep = box.addButton("Keep for this session", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is keep


NO_SITES_YET = "No sites yet. Choose Add… to connect your WordPress or Ghost site."


class SitesDialog(QDialog):
    """List of sites with Add / Edit / Remove / Test connection."""

    sites_changed = Signal()

    def __init__(self, services: SitesServices, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sitesDialog")
        self.setWindowTitle("Sites")
        self.services = services
        self.runner = runner
        self.list = QListWidget(self)
        self.list.setObjectName("sitesList")
        self.list.itemDoubleClicked.connect(lambda _i: self.edit_selected())
        self.add_button = QPushButton("Add…", self)
        self.edit_button = QPushButton("Edit…", self)
        self.remove_button = QPushButton("Remove", self)
        self.test_button = QPushButton("Test connection", self)
        self.add_button.clicked.connect(self.add_site)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.test_button.clicked.connect(self.test_selected)
        self.status = QLabel("", self)
        self.status.setObjectName("sitesStatus")
        self.status.setWordWrap(True)
        side = QVBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button, self.test_button):
            side.addWidget(b)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.refresh()
        self.resize(560, 360)

    def refresh(self) -> None:
        current = self.selected()
        self.list.clear()
        labels = {t.kind: t.label for t in self.services.site_types()}
        for cfg in self.services.list_sites():
            who = f" as {cfg.user}" if cfg.user else ""
            key = "" if self.services.has_secret(cfg.name) else "  (no password stored)"
            item = QListWidgetItem(f"{cfg.name} — {labels.get(cfg.kind, cfg.kind)}, {cfg.url}{who}{key}")
            item.setData(Qt.ItemDataRole.UserRole, cfg)
            self.list.addItem(item)
            if current is not None and cfg.name == current.name:
                self.list.setCurrentItem(item)
        if self.list.count() == 0 and not self.status.text():
            self.status.setText(NO_SITES_YET)
        elif self.list.count() and self.status.text() == NO_SITES_YET:
            self.status.setText("")
        self._update_buttons()

    def selected(self) -> SiteConfig | None:
        item = self.list.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return data if isinstance(data, SiteConfig) else None

    def select(self, name: str) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item is not None and item.data(Qt.ItemDataRole.UserRole).name == name:
                self.list.setCurrentItem(item)

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for b in (self.edit_button, self.remove_button, self.test_button):
            b.setEnabled(has)

    def names(self) -> list[str]:
        return [c.name for c in self.services.list_sites()]

    def make_editor(self, existing: SiteConfig | None = None) -> SiteEditor:
        return SiteEditor(self.services, self.runner, existing, self.names(), self)

    def add_site(self) -> None:
        ed = self.make_editor()
        if ed.exec() == QDialog.DialogCode.Accepted and ed.result_config is not None:
            self._saved(ed.result_config)

    def edit_selected(self) -> None:
        cfg = self.selected()
        if cfg is None:
            return
        ed = self.make_editor(cfg)
        if ed.exec() == QDialog.DialogCode.Accepted and ed.result_config is not None:
            self._saved(ed.result_config)

    def _saved(self, cfg: SiteConfig) -> None:
        self.refresh()
        self.select(cfg.name)
        self.status.setText(f"Saved “{cfg.name}”.")
        self.sites_changed.emit()

    def remove_selected(self, *, confirm: bool = True) -> None:
        cfg = self.selected()
        if cfg is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                "Remove site",
                f"Remove “{cfg.name}” and forget its password? Posts on the site are not touched.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.services.remove(cfg.name)
        self.refresh()
        self.status.setText(f"Removed “{cfg.name}”.")
        self.sites_changed.emit()

    def test_selected(self) -> None:
        cfg = self.selected()
        if cfg is None:
            return
        self.status.setText(f"Connecting to {cfg.url}…")
        self.test_button.setEnabled(False)

        def shown(result: ConnectionResult) -> None:
            self.test_button.setEnabled(True)
            mark = "✔" if result.ok else "✘"
            self.status.setText(f"{mark} {cfg.name}: {result.message}")

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.status.setText(f"✘ {cfg.name}: {exc}")

        self.runner.run(
            lambda _ctx: self.services.test_connection(cfg, None),
            when_alive(self, shown),
            on_failure=when_alive(self, failed),
            label="Testing the connection",
        )


class CoreSitesServices:
    """:class:`SitesServices` over the core: ``SiteStore`` (sites.json) and ``CredentialStore``."""

    def __init__(self, store: Any = None, credentials: Any = None) -> None:
        from editor_app.core.publishing.sites import SiteStore
        from editor_app.core.storage.credentials import CredentialStore

        self.store = store if store is not None else SiteStore()
        self.credentials = credentials if credentials is not None else CredentialStore()

    def site_types(self) -> Sequence[SiteType]:
        from editor_app.core.publishing.registry import site_types

        return site_types()

    def list_sites(self) -> list[SiteConfig]:
        return list(self.store.list())

    def has_secret(self, name: str) -> bool:
        return self.credentials.where(name) is not None

    def save(self, config: SiteConfig, secret: str | None, *, replaces: str = "", session_only: bool = False) -> None:
        from editor_app.core.publishing.sites import validate
        from editor_app.core.storage.credentials import NoSystemKeyring

        config = validate(config)  # refuse a bad address before anything is stored
        if secret:
            try:
                self.credentials.set(config.name, secret, session_only=session_only)
            except NoSystemKeyring as exc:
                raise KeyringMissing(str(exc)) from None
        if replaces:
            self.store.update(replaces, config)
            if replaces != config.name:
                if secret:
                    self.credentials.delete(replaces)
                else:
                    self.credentials.rename(replaces, config.name)
        else:
            self.store.add(config)

    def remove(self, name: str) -> None:
        self.store.remove(name)
        self.credentials.delete(name)

    def test_connection(self, config: SiteConfig, secret: str | None) -> ConnectionResult:
        from editor_app.core.publishing.registry import create_site

        if secret is None:
            secret = self.credentials.get(config.name)
        return create_site(config, secret).test_connection()


def open_sites_dialog(runner: Any, parent: QWidget | None = None, services: SitesServices | None = None) -> SitesDialog:
    """Show the Sites dialog (modal) and return it after it closes; ``sites_changed`` fired on edits."""
    dlg = SitesDialog(services or CoreSitesServices(), runner, parent)
    dlg.exec()
    return dlg
