"""The Publish dialog: fields from the front matter, preflight, progress with cancel, outcomes.

The dialog never talks to a backend class. It uses a :class:`PublishServices` object (the default,
:class:`CorePublishServices`, wraps ``editor_app.core.publishing``) and the app's task runner, so
every network call (terms, preflight, publish) runs off the UI thread.

Outcomes the writer sees:

* success: ``published(outcome)``; the caller writes the publish record into the front matter
  (``attach_publishing`` in ``editor_app.ui.publishing`` does it for an editor);
* the post changed on the site: the conflict dialog (keep mine / take theirs / cancel);
  "take theirs" emits ``take_theirs(remote_post)``;
* the post was deleted on the site: "create it again?";
* the site cannot be reached: the job goes to the outbox (``queued(message)``);
* anything else: the error's own sentence, in the dialog.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QDate, QDateTime, QObject, QStringListModel, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.metadata import Metadata
from editor_app.core.publishing.base import (
    Capabilities,
    Conflict,
    PostStatus,
    PublishError,
    PublishOutcome,
    RemoteDeleted,
    RemotePost,
    Site,
)
from editor_app.ui.dialogs.conflict import ConflictChoice, ask_conflict, ask_recreate_deleted
from editor_app.ui.dialogs.preflight import PreflightList

STATUS_LABELS: dict[str, str] = {
    "draft": "Draft",
    "pending": "Pending review",
    "private": "Private",
    "publish": "Published",
    "future": "Scheduled",
}


@dataclass(frozen=True)
class PublishChoices:
    """What the writer chose in the dialog (front matter values, possibly edited)."""

    site: str
    title: str
    slug: str = ""
    excerpt: str = ""
    status: PostStatus = "draft"
    date_gmt: dt.datetime | None = None
    tags: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    featured_image: str = ""
    force: bool = False  # keep mine over a conflict
    recreate: bool = False  # create again after the post was deleted on the site
    override_preflight: bool = False


@dataclass
class PublishJob:
    """Plain data handed to the worker thread."""

    text: str
    path: Path | None
    options: PublishChoices
    extra: dict[str, Any] = field(default_factory=dict)


Progress = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]


class PublishServices(Protocol):
    """What the dialog needs from the core. Every method except ``site_names`` may block."""

    def site_names(self) -> list[str]: ...

    def site(self, name: str) -> Site: ...

    def capabilities(self, name: str) -> Capabilities:
        """What the site's type can do; cheap (no secret, no network): called on the UI thread."""
        ...

    def list_terms(self, site: str, taxonomy: str) -> list[str]: ...

    def preflight(self, text: str, path: Path | None, site: str) -> list[Any]: ...

    def publish(self, job: PublishJob, progress: Progress, cancel: CancelCheck) -> PublishOutcome:
        """Publish now. When the site cannot be reached the job stays in the outbox and
        :class:`QueuedForLater` is raised; other failures raise the core's PublishError."""
        ...


class QueuedForLater(Exception):
    """The site could not be reached; the job waits in the outbox. ``str()`` is for the writer."""


def split_names(text: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for part in text.split(","):
        part = part.strip()
        if part and part.casefold() not in {s.casefold() for s in seen}:
            seen[part] = None
    return tuple(seen)


def local_zone_name() -> str:
    raw = QTimeZone.systemTimeZoneId().data()
    name = raw.decode() if isinstance(raw, bytes | bytearray) else str(raw)
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name


def to_date_gmt(local: dt.datetime, zone: str) -> dt.datetime:
    """A wall-clock time in ``zone`` as an aware UTC datetime (what the sites call date_gmt)."""
    return local.replace(tzinfo=zoneinfo.ZoneInfo(zone)).astimezone(dt.UTC)


def parse_front_matter_date(value: str, zone: str) -> dt.datetime | None:
    """The front matter ``date`` as a naive wall-clock time in ``zone`` (None if unreadable)."""
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(zoneinfo.ZoneInfo(zone)).replace(tzinfo=None)
    return parsed


class PublishDialog(QDialog):
    published = Signal(object)  # PublishOutcome
    queued = Signal(str)
    take_theirs = Signal(object, str)  # RemotePost, site name
    jump_requested = Signal(int, int)
    text_changed = Signal(str)  # the document with the fields edited here written to its front matter

    def __init__(
        self,
        text: str,
        services: PublishServices,
        runner: Any,
        *,
        path: Path | None = None,
        parent: QWidget | None = None,
        text_source: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("publishDialog")
        self.text_source = text_source
        self.setWindowTitle("Publish")
        self.text = text
        self.path = path
        self.services = services
        self.runner = runner
        self.meta, _err = Metadata.from_text(text)
        self._handle: Any = None
        self._progress_task: int | None = None
        self.last_error = ""
        self.outcome: PublishOutcome | None = None

        # -- fields ---------------------------------------------------------------------------
        self.site_box = QComboBox(self)
        self.site_box.setObjectName("publishSite")
        names = services.site_names()
        self.site_box.addItems(names)
        recorded = [n for n in self.meta.publish if n in names]
        if recorded:
            self.site_box.setCurrentText(recorded[0])
        self.title_edit = QLineEdit(self.meta.title, self)
        self.slug_edit = QLineEdit(self.meta.slug, self)
        self.excerpt_edit = QPlainTextEdit(self.meta.excerpt, self)
        self.excerpt_edit.setFixedHeight(64)
        self.title_edit.setPlaceholderText("the post's title")
        self.slug_edit.setPlaceholderText("web address part; made from the title when empty")
        self.excerpt_edit.setPlaceholderText("a sentence or two for post lists and search results")
        self.status_box = QComboBox(self)
        self.status_box.setObjectName("publishStatus")
        self.zone_box = QComboBox(self)
        self.zone_box.setEditable(True)
        self.zone_box.addItems(sorted(zoneinfo.available_timezones()))
        self.zone_box.setCurrentText(local_zone_name())
        self.date_edit = QDateTimeEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        when = parse_front_matter_date(self.meta.date, self.zone_box.currentText())
        if when is None:
            when = dt.datetime.now().replace(second=0, microsecond=0) + dt.timedelta(days=1)
        self.date_edit.setDateTime(
            QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
        )
        self.categories_edit = QLineEdit(", ".join(self.meta.categories), self)
        self.categories_edit.setPlaceholderText("comma separated; new ones are created")
        self.tags_edit = QLineEdit(", ".join(self.meta.tags), self)
        self.tags_edit.setPlaceholderText("comma separated; new ones are created")
        self.terms_note = QLabel("", self)
        self.terms_note.setWordWrap(True)
        self.featured_edit = QLineEdit(self.meta.featured_image, self)
        browse = QPushButton("Browse…", self)
        browse.clicked.connect(self._browse_featured)
        featured_row = QHBoxLayout()
        featured_row.addWidget(self.featured_edit, 1)
        featured_row.addWidget(browse)
        schedule_row = QHBoxLayout()
        schedule_row.addWidget(self.date_edit)
        schedule_row.addWidget(self.zone_box, 1)
        self.schedule_widget = QWidget(self)
        self.schedule_widget.setLayout(schedule_row)
        schedule_row.setContentsMargins(0, 0, 0, 0)

        form = QFormLayout()
        form.addRow("Site", self.site_box)
        form.addRow("Title", self.title_edit)
        form.addRow("Slug", self.slug_edit)
        form.addRow("Excerpt", self.excerpt_edit)
        form.addRow("Status", self.status_box)
        form.addRow("Publish on", self.schedule_widget)
        form.addRow("Categories", self.categories_edit)
        form.addRow("Tags", self.tags_edit)
        form.addRow("", self.terms_note)
        form.addRow("Featured image", featured_row)

        # -- preflight, progress, buttons -----------------------------------------------------
        self.preflight = PreflightList(self)
        self.preflight.jump_requested.connect(self.jump_requested)
        self.preflight.allowed_changed.connect(lambda _a: self._update_buttons())
        self.progress = QProgressBar(self)
        self.progress.setObjectName("publishProgress")
        self.progress.setVisible(False)
        self.message = QLabel("", self)
        self.message.setObjectName("publishMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.message.setOpenExternalLinks(True)
        self.publish_button = QPushButton("Publish", self)
        self.publish_button.setObjectName("publishButton")
        self.publish_button.setDefault(True)
        self.publish_button.clicked.connect(self.start_publish)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setObjectName("publishCancel")
        self.cancel_button.clicked.connect(self._cancel_or_close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.publish_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel("<b>Before publishing</b>", self))
        layout.addWidget(self.preflight, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(640, 720)

        self.site_box.currentTextChanged.connect(self._site_changed)
        self.status_box.currentIndexChanged.connect(lambda _i: self._update_schedule())
        if hasattr(runner, "progress"):
            runner.progress.connect(self._on_progress)
        self._site_changed(self.site_box.currentText())

    # -- reading the form ---------------------------------------------------------------------
    def selected_status(self) -> PostStatus:
        data = self.status_box.currentData()
        return data if isinstance(data, str) else "draft"  # type: ignore[return-value]

    def date_gmt(self) -> dt.datetime | None:
        if self.selected_status() != "future":
            return None
        qdt = self.date_edit.dateTime()
        d, t = qdt.date(), qdt.time()
        local = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        return to_date_gmt(local, self.zone_box.currentText().strip() or "UTC")

    def options(self, **overrides: Any) -> PublishChoices:
        opts = PublishChoices(
            site=self.site_box.currentText(),
            title=self.title_edit.text().strip(),
            slug=self.slug_edit.text().strip(),
            excerpt=self.excerpt_edit.toPlainText().strip(),
            status=self.selected_status(),
            date_gmt=self.date_gmt(),
            tags=split_names(self.tags_edit.text()),
            categories=split_names(self.categories_edit.text()),
            featured_image=self.featured_edit.text().strip(),
            override_preflight=self.preflight.blocker_count() > 0 and self.preflight.override.isChecked(),
        )
        if overrides:
            from dataclasses import replace

            opts = replace(opts, **overrides)
        return opts

    # -- site dependent parts -----------------------------------------------------------------
    def _site_changed(self, name: str) -> None:
        self.status_box.clear()
        if not name:
            self.message.setText("No site is set up yet. Add one under Publishing → Sites.")
            self._update_buttons()
            return
        try:
            caps = self.services.capabilities(name)
        except (PublishError, ValueError) as exc:
            self.message.setText(str(exc))
            self._update_buttons()
            return
        wanted = (self.meta.status or "draft").lower()
        wanted = {"published": "publish", "scheduled": "future"}.get(wanted, wanted)
        for status in caps.allowed_statuses():
            self.status_box.addItem(STATUS_LABELS.get(status, status), status)
        idx = self.status_box.findData(wanted)
        self.status_box.setCurrentIndex(max(0, idx))
        self.categories_edit.setEnabled(caps.supports_categories)
        self.tags_edit.setEnabled(caps.supports_tags)
        self.featured_edit.setEnabled(caps.supports_featured_image)
        self.excerpt_edit.setEnabled(caps.supports_excerpt)
        self._update_schedule()
        self._load_terms(name)
        self.run_preflight()

    def _update_schedule(self) -> None:
        self.schedule_widget.setEnabled(self.selected_status() == "future")

    def _load_terms(self, site: str) -> None:
        self.terms_note.setText("Loading existing categories and tags…")

        def work(_ctx: Any) -> dict[str, list[str]] | str:
            out: dict[str, list[str]] = {}
            for taxonomy in ("categories", "tags"):
                try:
                    out[taxonomy] = self.services.list_terms(site, taxonomy)
                except PublishError as exc:
                    return str(exc)
            return out

        self.runner.run(
            work,
            when_alive(self, self._terms_loaded),
            on_failure=when_alive(self, lambda exc: self._terms_loaded(str(exc))),
            label="Loading terms",
        )

    def _terms_loaded(self, terms: dict[str, list[str]] | str) -> None:
        if isinstance(terms, str):  # the site could not be asked: do not guess what is new
            self.existing_terms = None
            self.terms_note.setText(f"Existing categories and tags could not be loaded: {terms}")
            return
        self.existing_terms = terms
        for edit, taxonomy in ((self.categories_edit, "categories"), (self.tags_edit, "tags")):
            completer = _CommaCompleter(terms.get(taxonomy, []), edit)
            edit.setCompleter(completer)
        self._update_terms_note()
        self.categories_edit.textChanged.connect(lambda _t: self._update_terms_note())
        self.tags_edit.textChanged.connect(lambda _t: self._update_terms_note())

    def new_terms(self) -> dict[str, list[str]]:
        terms = getattr(self, "existing_terms", None) or {}
        out: dict[str, list[str]] = {}
        for edit, taxonomy in ((self.categories_edit, "categories"), (self.tags_edit, "tags")):
            known = {t.casefold() for t in terms.get(taxonomy, [])}
            out[taxonomy] = [n for n in split_names(edit.text()) if n.casefold() not in known]
        return out

    def _update_terms_note(self) -> None:
        if getattr(self, "existing_terms", None) is None:
            return
        new = self.new_terms()
        parts = [f"new {k}: {', '.join(v)}" for k, v in new.items() if v]
        self.terms_note.setText(("Will be created on the site: " + "; ".join(parts)) if parts else "")

    def _browse_featured(self) -> None:
        start = str(self.path.parent) if self.path else ""
        name, _ = QFileDialog.getOpenFileName(
            self, "Featured image", start, "Images (*.png *.jpg *.jpeg *.webp *.gif)"
        )
        if name:
            if self.path is not None:
                try:
                    name = str(Path(name).relative_to(self.path.parent))
                except ValueError:
                    pass
            self.featured_edit.setText(name)

    # -- preflight ----------------------------------------------------------------------------
    def run_preflight(self) -> None:
        site = self.site_box.currentText()
        text, path = self.text, self.path
        self.preflight.status.setText("Checking the article…")
        self.runner.run(
            lambda _ctx: self.services.preflight(text, path, site),
            when_alive(self, lambda findings: self.preflight.set_findings(findings, text)),
            on_failure=when_alive(self, lambda exc: self.preflight.set_failed(str(exc))),
            label="Checking before publishing",
        )

    # -- publishing ---------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        busy = self._handle is not None
        ok = bool(self.site_box.currentText()) and self.preflight.publish_allowed() and not busy
        self.publish_button.setEnabled(ok)
        self.cancel_button.setText("Stop" if busy else "Close")

    def text_with_fields(self, choices: PublishChoices) -> str:
        """The document text with the fields the writer edited here stored in its front matter
        (only keys whose value changed are touched, so the rest of the block stays byte-exact)."""
        from editor_app.core import frontmatter

        meta = self.meta
        text = self.text
        updates: list[tuple[str, Any]] = []
        if choices.title != meta.title:
            updates.append(("title", choices.title))
        if choices.slug != meta.slug:
            updates.append(("slug", choices.slug))
        if choices.excerpt != meta.excerpt.strip():
            updates.append(("excerpt", choices.excerpt))
        if choices.tags != meta.tags:
            updates.append(("tags", list(choices.tags)))
        if choices.categories != meta.categories:
            updates.append(("categories", list(choices.categories)))
        if choices.featured_image != meta.featured_image:
            updates.append(("featured_image", choices.featured_image))
        recorded = {"published": "publish", "scheduled": "future"}.get(meta.status.lower(), meta.status.lower())
        if choices.status != (recorded or "draft"):
            updates.append(("status", choices.status))
        if choices.status == "future" and choices.date_gmt is not None:
            zone = zoneinfo.ZoneInfo(self.zone_box.currentText().strip() or "UTC")
            stamp = choices.date_gmt.astimezone(zone).isoformat(timespec="minutes")
            if parse_front_matter_date(meta.date, "UTC") != parse_front_matter_date(stamp, "UTC"):
                updates.append(("date", stamp))
        for key, value in updates:
            if value in ("", [], ()) and key not in meta.extra and not getattr(meta, key, None):
                continue
            text = frontmatter.set_field(text, key, value)
        return text

    def document_changed(self, text: str) -> None:
        """The writer edited the document while the dialog is open: check the new text."""
        if text != self.text:
            self.text = text
            self.meta, _err = Metadata.from_text(text)
            self.run_preflight()

    def start_publish(self, **overrides: Any) -> None:
        if self._handle is not None or not self.preflight.publish_allowed():
            return
        if self.text_source is not None and self.text_source() != self.text:
            self.text = self.text_source()
            self.meta, _err = Metadata.from_text(self.text)
        choices = self.options(**overrides)
        try:
            new_text = self.text_with_fields(choices)
        except Exception as exc:  # invalid front matter: say so, publish nothing
            self.show_error(f"The front matter could not be updated: {exc}")
            return
        if new_text != self.text:
            self.text = new_text
            self.meta, _err = Metadata.from_text(new_text)
            self.text_changed.emit(new_text)
        job = PublishJob(self.text, self.path, choices)
        self.message.setText("Publishing…")
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)

        def work(ctx: Any) -> PublishOutcome:
            def progress(done: int, total: int, what: str) -> None:
                ctx.report_progress(done / total if total else None, what)

            return self.services.publish(job, progress, lambda: bool(ctx.cancelled))

        self._handle = self.runner.run(
            work,
            lambda outcome: self._done(outcome),
            on_failure=lambda exc: self._failed(exc, job),
            label="Publishing",
        )
        self._progress_task = getattr(self._handle, "task_id", None)
        self._update_buttons()

    def _on_progress(self, task_id: int, _label: str, fraction: object, text: str) -> None:
        if task_id != self._progress_task:
            return
        if isinstance(fraction, int | float):
            self.progress.setRange(0, 100)
            self.progress.setValue(int(fraction * 100))
        else:
            self.progress.setRange(0, 0)
        if text:
            self.message.setText(text)

    def _finish(self) -> None:
        self._handle = None
        self._progress_task = None
        self.progress.setVisible(False)
        self._update_buttons()

    def _done(self, outcome: PublishOutcome) -> None:
        self._finish()
        self.outcome = outcome
        post = outcome.post
        verb = "Created" if outcome.created else ("Nothing changed on" if outcome.unchanged else "Updated")
        link = f'<a href="{post.link}">{post.link}</a>' if post.link else ""
        extra = f" Images uploaded: {outcome.uploaded}, reused: {outcome.reused}." if (outcome.uploaded or outcome.reused) else ""
        warn = (" " + " ".join(outcome.warnings)) if outcome.warnings else ""
        self.message.setText(f"{verb} the post. {link}{extra}{warn}")
        self.published.emit(outcome)

    def _failed(self, exc: BaseException, job: PublishJob) -> None:
        self._finish()
        site = job.options.site
        if isinstance(exc, Conflict):
            choice = ask_conflict(exc, site, self)
            if choice is ConflictChoice.KEEP_MINE:
                self.start_publish(force=True)
            elif choice is ConflictChoice.TAKE_THEIRS:
                self.message.setText("Replaced your document with the version from the site.")
                self.take_theirs.emit(exc.remote, site)
            else:
                self.message.setText("Publishing cancelled; nothing was changed.")
            return
        if isinstance(exc, RemoteDeleted):
            if ask_recreate_deleted(exc, site, self):
                self.start_publish(recreate=True)
            else:
                self.message.setText("Publishing cancelled; nothing was changed.")
            return
        if isinstance(exc, QueuedForLater):
            self.message.setText(str(exc))
            self.queued.emit(str(exc))
            return
        self.show_error(str(exc) or type(exc).__name__)

    def show_error(self, text: str) -> None:
        self.last_error = text
        self.message.setText(f'<span style="color:#c62828">{_escape(text)}</span>')

    def _cancel_or_close(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self.message.setText("Stopping after the current step…")
        else:
            self.reject()

    def reject(self) -> None:
        # Closing while a publish runs would lose its result (the record that prevents a second
        # post next time): stop it instead, and close once it has really stopped.
        if self._handle is not None:
            self._cancel_or_close()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self._handle is not None:
            self._cancel_or_close()
            event.ignore()
            return
        super().closeEvent(event)

    def is_busy(self) -> bool:
        return self._handle is not None


def when_alive(widget: QWidget, fn: Callable[..., Any]) -> Callable[..., None]:
    """``fn`` for a background result, dropped if ``widget`` was closed and deleted meanwhile."""

    def call(*args: Any) -> None:
        if shiboken6.isValid(widget):
            fn(*args)

    return call


def _escape(text: str) -> str:
    import html

    return html.escape(text)


class _CommaCompleter(QCompleter):
    """Completes the last name of a comma separated list."""

    def __init__(self, words: Sequence[str], edit: QLineEdit) -> None:
        super().__init__(edit)
        # parented, or Python frees the model and the completer silently offers nothing
        self.setModel(QStringListModel(sorted(words, key=str.casefold), self))
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self._edit = edit

    def pathFromIndex(self, index: Any) -> str:  # noqa: N802 (Qt API)
        done = self._edit.text().rsplit(",", 1)
        head = (done[0] + ", ") if len(done) > 1 else ""
        return head + str(super().pathFromIndex(index))

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt API)
        return [path.rsplit(",", 1)[-1].strip()]


def apply_take_theirs(remote: RemotePost) -> str:
    """The site's version as Markdown (for replacing the document body)."""
    from markdownify import markdownify

    from editor_app.ui.dialogs.conflict import _MARKER

    md: str = markdownify(_MARKER.sub("", remote.html), heading_style="ATX", bullets="-")
    return md.strip() + "\n"


class CorePublishServices:
    """:class:`PublishServices` over the core: sites.json + keyring, the publisher, the outbox and
    the preflight checks. Every publish is an outbox job, so an unreachable site leaves the job
    queued for retry (and its id is the marker that prevents a duplicate on replay)."""

    def __init__(self, store: Any = None, credentials: Any = None, outbox: Any = None, cache: Any = None) -> None:
        from editor_app.core.publishing.outbox import Outbox
        from editor_app.core.publishing.sites import SiteStore
        from editor_app.core.storage.credentials import CredentialStore

        self.store = store if store is not None else SiteStore()
        self.credentials = credentials if credentials is not None else CredentialStore()
        self.outbox = outbox if outbox is not None else Outbox()
        self.cache = cache

    def site_names(self) -> list[str]:
        try:
            return [c.name for c in self.store.list()]
        except ValueError:
            return []

    def site(self, name: str) -> Site:
        from editor_app.core.publishing.sites import open_site

        try:
            config = self.store.get(name)
        except ValueError as exc:
            raise PublishError(str(exc)) from None
        return open_site(config, self.credentials)

    def capabilities(self, name: str) -> Capabilities:
        from editor_app.core.publishing.registry import site_type

        return site_type(self.store.get(name).kind).capabilities

    def list_terms(self, site: str, taxonomy: str) -> list[str]:
        return list(self.site(site).list_terms(taxonomy))  # type: ignore[arg-type]

    def preflight(self, text: str, path: Path | None, site: str) -> list[Any]:
        from editor_app.core.publishing import preflight

        return list(preflight.run_preflight(text, path, self.site(site)).findings)

    def publish(self, job: PublishJob, progress: Progress, cancel: CancelCheck) -> PublishOutcome:
        from editor_app.core.publishing.media_cache import MediaCache
        from editor_app.core.publishing.outbox import job_options_with_marker
        from editor_app.core.publishing.publisher import PublishOptions as CoreOptions
        from editor_app.core.publishing.publisher import publish

        c = job.options
        site = self.site(c.site)
        ok = site.available()
        if not ok.ok:
            raise PublishError(ok.reason)
        options: dict[str, Any] = {"status": c.status, "force": c.force, "recreate": c.recreate}
        if c.date_gmt is not None:
            options["date"] = c.date_gmt.isoformat()
        doc_path = job.path if job.path is not None else Path.cwd() / "untitled.md"
        queued = self._job_for(c.site, doc_path, job.text, options, c.title)
        seen: dict[str, Any] = {}
        cache = self.cache if self.cache is not None else MediaCache()

        def execute(j: Any) -> PublishOutcome:
            try:
                out = publish(
                    j.text,
                    job.path,
                    site,
                    CoreOptions(**job_options_with_marker(j)),
                    cache=cache,
                    progress=progress,
                    cancel=cancel,
                )
            except BaseException as exc:
                seen["error"] = exc
                raise
            seen["outcome"] = out
            return out

        result = self.outbox.run(queued.id, execute)
        if not seen:  # not run here: the background retrier holds this job right now
            raise QueuedForLater(
                "The outbox is sending this article right now; Publishing → Outbox shows how it goes."
            )
        if result.state == "done":
            return seen["outcome"]  # type: ignore[no-any-return]
        if result.state == "retrying":
            raise QueuedForLater(
                f"{result.last_error} The article waits in the outbox and is sent automatically when "
                f"“{c.site}” can be reached again (Publishing → Outbox shows it)."
            )
        # Failed for a reason the writer must decide on here (conflict, deleted, password...):
        # the dialog handles it, so the job is not left behind.
        self.outbox.remove(queued.id)
        err = seen.get("error")
        if isinstance(err, BaseException):
            raise err
        raise PublishError(result.last_error or "Publishing failed.")


    def _job_for(self, site: str, doc_path: Path, text: str, options: dict[str, Any], title: str) -> Any:
        """The outbox job for this publish. A job still waiting for the same document and site is
        brought up to date and reused rather than queued a second time: its id is the marker that
        lets a replay find a post the site created before its answer got lost, so two jobs for
        one article could make two posts."""
        for waiting in self.outbox.pending():
            if waiting.site == site and waiting.state in ("queued", "retrying") and Path(waiting.doc_path) == doc_path:
                waiting.text, waiting.options, waiting.title = text, options, title
                self.outbox.save(waiting)
                return waiting
        return self.outbox.submit(site, doc_path, text, options, title=title)


def make_publish_dialog(
    editor: QPlainTextEdit,
    runner: Any,
    *,
    path: Path | None = None,
    services: PublishServices | None = None,
    parent: QWidget | None = None,
) -> PublishDialog:
    """A publish dialog for the document in ``editor``, wired back to it:

    * edited fields and, after success, the publish record are written into the front matter
      (each as one undo step, only the changed lines);
    * preflight entries select the flagged text;
    * "take theirs" replaces the document with the site's version.
    """
    from editor_app.ui.checks.controller import replace_text_minimally

    services = services if services is not None else CorePublishServices()
    dlg = PublishDialog(
        editor.toPlainText(),
        services,
        runner,
        path=path,
        parent=parent or editor.window(),
        text_source=editor.toPlainText,
    )
    from PySide6.QtCore import QTimer

    recheck = QTimer(dlg)
    recheck.setSingleShot(True)
    recheck.setInterval(600)
    recheck.timeout.connect(lambda: dlg.document_changed(editor.toPlainText()))
    editor.textChanged.connect(recheck.start)  # Qt drops the connection when the dialog goes

    def set_text(new_text: str) -> None:
        replace_text_minimally(editor, editor.toPlainText(), new_text)

    def jump(start: int, end: int) -> None:
        from PySide6.QtGui import QTextCursor

        cur = QTextCursor(editor.document())
        size = editor.document().characterCount() - 1
        cur.setPosition(min(start, size))
        cur.setPosition(min(max(start, end), size), QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cur)
        editor.ensureCursorVisible()

    def published(outcome: PublishOutcome) -> None:
        from editor_app.core.publishing.publisher import apply_record

        if not outcome.unchanged or outcome.record.remote_id:
            set_text(apply_record(editor.toPlainText(), outcome.record))

    def take_theirs(remote: RemotePost, site_name: str) -> None:
        from editor_app.core.publishing.publisher import take_theirs as core_take_theirs

        try:
            site = services.site(site_name)
        except PublishError as exc:
            dlg.show_error(str(exc))
            return
        set_text(core_take_theirs(editor.toPlainText(), remote, site))

    dlg.text_changed.connect(set_text)
    dlg.jump_requested.connect(jump)
    dlg.published.connect(published)
    dlg.take_theirs.connect(take_theirs)
    return dlg


def open_publish_dialog(
    editor: QPlainTextEdit,
    runner: Any,
    *,
    path: Path | None = None,
    services: PublishServices | None = None,
    parent: QWidget | None = None,
) -> PublishDialog:
    """Show the publish dialog for ``editor``'s document (non-modal, so the writer can jump to and
    fix preflight findings while it stays open). Returns the dialog."""
    dlg = make_publish_dialog(editor, runner, path=path, services=services, parent=parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.show()
    return dlg


class PullDialog(QDialog):
    """Open a post from a site as a new Markdown document: ``pulled(markdown_text)``."""

    pulled = Signal(str)

    def __init__(self, services: CorePublishServices, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pullDialog")
        self.setWindowTitle("Open a post from a site")
        self.services = services
        self.runner = runner
        self.posts: list[RemotePost] = []
        self.site_box = QComboBox(self)
        self.site_box.addItems(services.site_names())
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText("Search titles and text (empty: the latest posts)")
        self.search_edit.returnPressed.connect(self.load)
        find = QPushButton("Find", self)
        find.clicked.connect(self.load)
        self.list = QTreeWidget(self)
        self.list.setObjectName("pullList")
        self.list.setHeaderLabels(["Title", "Status", "Link"])
        self.list.setRootIsDecorated(False)
        self.list.setColumnWidth(0, 280)
        self.list.itemDoubleClicked.connect(lambda _i, _c: self.open_selected())
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.open_button = QPushButton("Open as new document", self)
        self.open_button.setObjectName("pullOpen")
        self.open_button.clicked.connect(self.open_selected)
        close = QPushButton("Close", self)
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.site_box)
        top.addWidget(self.search_edit, 1)
        top.addWidget(find)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)
        self.site_box.currentTextChanged.connect(lambda _t: self.load())
        self.resize(640, 420)
        self.load()

    def load(self) -> None:
        name, search = self.site_box.currentText(), self.search_edit.text().strip()
        if not name:
            self.message.setText("No site is set up yet. Add one under Publishing → Sites.")
            return
        self.message.setText("Loading posts…")
        self.runner.run(
            lambda _ctx: self.services.site(name).list_posts(search, 50),
            when_alive(self, self._loaded),
            on_failure=when_alive(self, lambda exc: self.message.setText(str(exc))),
            label="Loading posts",
        )

    def _loaded(self, posts: list[RemotePost]) -> None:
        self.posts = list(posts)
        self.list.clear()
        for n, post in enumerate(self.posts):
            item = QTreeWidgetItem([post.title or "(no title)", post.status, post.link])
            item.setData(0, Qt.ItemDataRole.UserRole, n)
            self.list.addTopLevelItem(item)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self.message.setText(f"{len(self.posts)} post{'' if len(self.posts) == 1 else 's'}." if self.posts else "No posts found.")

    def open_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        post = self.posts[int(item.data(0, Qt.ItemDataRole.UserRole))]
        name = self.site_box.currentText()
        self.message.setText(f"Opening “{post.title}”…")

        def work(_ctx: Any) -> str:
            from editor_app.core.publishing.publisher import pull_post

            return pull_post(self.services.site(name), post.id)

        def done(text: str) -> None:
            self.message.setText(f"Opened “{post.title}”.")
            self.pulled.emit(text)

        self.runner.run(
            work,
            when_alive(self, done),
            on_failure=when_alive(self, lambda exc: self.message.setText(str(exc))),
            label="Opening a post",
        )


class PublishingActions(QObject):
    """Everything publishing needs in the main window, behind three menu actions.

    ``current_document()`` returns the current tab's ``(editor, path)`` (or None);
    ``open_documents()`` every open tab's, so a job the outbox sends later writes its publish
    record into the open editor rather than under it on disk; ``open_new_document(text)`` opens
    a new untitled tab (for "Open a post from a site"). Create once per window::

        publishing = PublishingActions(window, runner, current_document, open_documents, open_new_document)
        menu.addActions(publishing.actions())   # Publish…, Open a post from a site…, Sites…, Outbox…
    """

    record_applied = Signal(str, object)  # document path, PublishRecord (after an outbox job)

    def __init__(
        self,
        window: QWidget,
        runner: Any,
        current_document: Callable[[], tuple[QPlainTextEdit, Path | None] | None],
        open_documents: Callable[[], list[tuple[QPlainTextEdit, Path | None]]] | None = None,
        open_new_document: Callable[[str], None] | None = None,
        *,
        store: Any = None,
        credentials: Any = None,
        outbox: Any = None,
        start_retrier: bool = True,
    ) -> None:
        super().__init__(window)
        from PySide6.QtGui import QAction, QKeySequence

        from editor_app.ui.dialogs.outbox import OutboxRetrier, open_outbox
        from editor_app.ui.dialogs.sites import CoreSitesServices, open_sites_dialog

        self.window = window
        self.runner = runner
        self.current_document = current_document
        self.open_documents = open_documents or (lambda: [])
        self.services = CorePublishServices(store, credentials, outbox)
        self.sites_services = CoreSitesServices(self.services.store, self.services.credentials)

        self.publish_action = QAction("&Publish…", window)
        self.publish_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.publish_action.setStatusTip("Publish this article to one of your sites")
        self.publish_action.triggered.connect(self.publish_current)
        self.sites_action = QAction("&Sites…", window)
        self.sites_action.setStatusTip("Add, edit or remove WordPress and Ghost sites")
        self.sites_action.triggered.connect(
            lambda: open_sites_dialog(self.runner, self.window, self.sites_services)
        )
        self.outbox_action = QAction("&Outbox…", window)
        self.outbox_action.setStatusTip("Articles waiting to be sent, retrying or failed")
        self.outbox_action.triggered.connect(lambda: open_outbox(self.services.outbox, self.runner, self.window))
        self.open_new_document = open_new_document
        self.pull_action = QAction("Open a Post from a &Site…", window)
        self.pull_action.setStatusTip("Open an existing post as a new Markdown document")
        self.pull_action.triggered.connect(self.pull)
        self.pull_action.setEnabled(open_new_document is not None)

        self._finished = _JobRelay(self)
        self._finished.done.connect(self._apply_job_record, Qt.ConnectionType.QueuedConnection)
        self.retrier = OutboxRetrier(self.services.outbox, runner, executor=self._executor(), parent=self)
        if start_retrier:
            self.retrier.start()

    def actions(self) -> list[Any]:
        return [self.publish_action, self.pull_action, self.sites_action, self.outbox_action]

    def pull(self) -> PullDialog:
        dlg = PullDialog(self.services, self.runner, self.window)
        if self.open_new_document is not None:
            dlg.pulled.connect(self.open_new_document)
        dlg.pulled.connect(lambda _text: dlg.accept())
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        return dlg

    def publish_current(self) -> PublishDialog | None:
        doc = self.current_document()
        if doc is None:
            return None
        editor, path = doc
        return open_publish_dialog(editor, self.runner, path=path, services=self.services, parent=self.window)

    def _executor(self) -> Callable[[Any], Any]:
        """The outbox executor; the record goes to the UI thread, which writes it into the open
        editor, or into the file when the document is not open."""
        from editor_app.core.publishing.outbox import make_executor

        relay = self._finished

        def on_done(job: Any, outcome: PublishOutcome) -> None:  # worker thread
            if not outcome.unchanged:
                relay.done.emit(job.doc_path, (outcome.record, job.text))

        return make_executor(self.services.store, self.services.credentials, self.services.cache, on_done=on_done, write_back=False)

    def _apply_job_record(self, doc_path: str, payload: Any) -> None:
        from editor_app.core.publishing.publisher import apply_record, write_record
        from editor_app.ui.checks.controller import replace_text_minimally

        record, sent_text = payload
        target = Path(doc_path)
        for editor, path in self.open_documents():
            if not shiboken6.isValid(editor):
                continue
            same_file = path is not None and Path(path).resolve() == target.resolve()
            # an untitled document is recognised by its text, as long as it was not edited since
            same_untitled = path is None and editor.toPlainText() == sent_text
            if same_file or same_untitled:
                replace_text_minimally(editor, editor.toPlainText(), apply_record(editor.toPlainText(), record))
                self.record_applied.emit(doc_path, record)
                return
        if target.is_file():
            write_record(target, record)
            self.record_applied.emit(doc_path, record)


class _JobRelay(QObject):
    done = Signal(str, object)
