"""Composition root: builds the QApplication, settings, services and the main window.

``run_gui(argv)`` is called by ``editor_app.cli`` for ``editor-app [FILE...]``. Nothing happens at
import time; tests build windows with :func:`build_window` and their own settings/journal.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_T0 = time.perf_counter()

# Features that attach to the window without the window knowing them: "module:function" taking
# (window, services). A missing module is skipped, so the shell runs before they land.
# EXTENSIONS must be in place before the first tab opens (they attach per tab);
# LATE_EXTENSIONS only add menus, so run_gui installs them just after the window is shown.
EXTENSIONS: tuple[str, ...] = (
    "editor_app.ui.features:install_checks",
    "editor_app.ui.features:install_review",
)
LATE_EXTENSIONS: tuple[str, ...] = (
    "editor_app.ui.publishing:install",
    "editor_app.ui.dialogs.about:install",
)


@dataclass
class Services:
    settings: Any
    runner: Any
    themes: Any
    journal: Any = None
    files: Any = None
    autosave: Any = None
    watcher: Any = None
    session: Any = None
    extras: dict[str, Any] = field(default_factory=dict)


def _env_setup() -> None:
    # QtWebEngine refuses to run as root without this; harmless otherwise.
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")


def build_window(
    settings: Any,
    journal: Any = None,
    *,
    persist: Callable[[], None] | None = None,
    install_extensions: bool = True,
    defer_late_extensions: bool = False,
) -> tuple[Any, Services]:
    """Create the window and its controllers (a QApplication must exist).

    ``settings`` is a ``core.storage.settings.Settings``; ``persist()`` writes it (default: not
    at all, which is what tests want); ``journal`` a ``RecoveryJournal`` or None (no autosave).
    """
    from editor_app.ui.autosave import AutosaveController
    from editor_app.ui.document_tab import DocumentTab
    from editor_app.ui.editor.highlighter import MarkdownHighlighter
    from editor_app.ui.external import ExternalChangeWatcher
    from editor_app.ui.files import FileController
    from editor_app.ui.main_window import MainWindow
    from editor_app.ui.preview_seam import make_preview, make_render
    from editor_app.ui.session import SessionKeeper
    from editor_app.ui.tasks import TaskRunner
    from editor_app.ui.theme import ThemeManager

    runner = TaskRunner()
    themes = ThemeManager(settings.theme)
    save = persist or (lambda: None)
    services = Services(settings=settings, runner=runner, themes=themes, journal=journal)
    window: MainWindow

    def allow_remote() -> bool:
        return bool(getattr(settings, "preview_allow_remote", False))

    def tab_factory(document: Any, doc_id: str | None = None) -> DocumentTab:
        return DocumentTab(
            document, runner, lambda parent: make_preview(parent, allow_remote), make_render(),
            themes.current, doc_id=doc_id,
            highlighter_class=services.extras.get("highlighter_class", MarkdownHighlighter),
        )

    window = MainWindow(runner, themes, tab_factory)
    runner.setParent(window)
    themes.setParent(window)
    themes.changed.connect(lambda _t: (settings.set("theme", themes.choice), save()))
    services.files = FileController(window, settings, save)
    from editor_app.ui.commands import install_commands

    install_commands(window, settings, save)
    services.watcher = ExternalChangeWatcher(window, services.files)
    if journal is not None:
        services.autosave = AutosaveController(window, services.files, journal)
    services.session = SessionKeeper(window, services.files, settings)
    if install_extensions:
        install_features(window, services, EXTENSIONS)
        if not defer_late_extensions:
            install_features(window, services, LATE_EXTENSIONS)
    return window, services


def install_features(window: Any, services: Services, specs: Sequence[str]) -> None:
    for spec in specs:
        module_name, func = spec.split(":")
        try:
            module = importlib.import_module(module_name)
            install = getattr(module, func, None)
            if install is not None:
                install(window, services)
        except ImportError as exc:
            logging.getLogger(__name__).info("feature %s not available: %s", spec, exc)
        except Exception:  # noqa: BLE001 - a broken feature must not stop the editor starting
            logging.getLogger(__name__).exception("feature %s failed to install", spec)


def _open_journal() -> Any:
    from editor_app.core.storage.paths import app_dirs
    from editor_app.core.storage.recovery import RecoveryJournal

    return RecoveryJournal(app_dirs().recovery_dir)


def _open_settings() -> tuple[Any, bool]:
    """(settings, first_run)."""
    from editor_app.core.storage.paths import app_dirs
    from editor_app.core.storage.settings import Settings

    first_run = not app_dirs().settings_file.exists()
    return Settings.load(), first_run


def _start_logging() -> None:
    from editor_app import __version__
    from editor_app.core import diagnostics, logsetup
    from editor_app.ui.qtlog import install_qt_message_handler

    try:
        path = logsetup.setup_logging()
    except OSError as exc:  # a read-only home must not stop the editor
        print(f"editor-app: no log file ({exc})", file=sys.stderr)
        return
    logsetup.log_uncaught_exceptions()
    install_qt_message_handler()
    logging.getLogger("editor_app").info(
        "editor-app %s starting (%s), log %s", __version__, diagnostics.install_kind(), path
    )


def run_gui(argv: Sequence[str]) -> int:
    _env_setup()
    _start_logging()
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    try:  # QtWebEngine must be loaded before the QApplication exists
        import PySide6.QtWebEngineWidgets  # noqa: F401
    except ImportError:
        pass
    files = [a for a in argv if not a.startswith("-")]
    qt_args = [sys.argv[0] if sys.argv else "editor-app", *[a for a in argv if a.startswith("-")]]
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(qt_args)
    app.setApplicationName("editor-app")
    app.setApplicationDisplayName("Editor")
    app.setDesktopFileName("editor-app")
    try:
        from editor_app.core.resources import resource_path

        app.setWindowIcon(QIcon(str(resource_path("icons", "editor-app.svg"))))
    except Exception:  # noqa: BLE001 - an icon is not worth failing the start
        pass

    settings, first_run = _open_settings()
    journal = _open_journal()
    window, services = build_window(settings, journal, persist=settings.save, defer_late_extensions=True)

    services.session.restore_window()
    crashed = services.autosave.previous_run_crashed() if services.autosave else False
    restored = services.session.restore() if not files else []
    if files:
        services.files.open_paths(files, create_missing=True)
    if services.autosave is not None:
        services.autosave.start(offer_recovery=crashed)
    if not window.all_tabs():
        # First start: an untitled copy of the sample article, so the writer sees what it does.
        sample = _sample_article() if first_run and not restored else None
        if sample is not None:
            services.files.new_document(sample.read_text(encoding="utf-8"), sample=True)
        else:
            services.files.new_document("")
    if first_run:
        try:
            settings.save()
        except OSError:
            pass
    window.show()
    from PySide6.QtCore import QTimer

    # After the first paint: menus that appear 50 ms late cost nothing; a late window does.
    QTimer.singleShot(50, lambda: install_features(window, services, LATE_EXTENSIONS))
    if os.environ.get("EDITOR_APP_STARTUP_MARK"):
        print(f"window-shown {(time.perf_counter() - _T0) * 1000:.1f}", flush=True)
    from editor_app.ui import test_hooks

    test_hooks.install(window, services)
    code = app.exec()
    services.runner.wait_for_done(3000)
    if services.autosave is not None:
        services.autosave.shutdown()  # clean exit: this run's journal goes away
    return int(code)


def _sample_article() -> Path | None:
    try:
        from editor_app.core.resources import resource_path

        return resource_path("samples", "seed-draft.md")
    except Exception:  # noqa: BLE001
        return None
