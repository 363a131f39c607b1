"""Qt's own warnings reach the app's log file (redacted like everything else)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import qWarning

from editor_app.core import logsetup
from editor_app.ui.qtlog import install_qt_message_handler


@pytest.fixture
def log_path(tmp_path: Path) -> Iterator[Path]:
    path = logsetup.setup_logging(home=tmp_path)
    yield path
    logsetup.shutdown_logging()
    logsetup.forget_protected()


def test_qt_warnings_are_logged_and_redacted(log_path: Path) -> None:
    install_qt_message_handler()
    logsetup.register_secret("qt-secret-value-99")
    qWarning("QNetworkReply failed for https://site.example with qt-secret-value-99")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_path.read_text(encoding="utf-8")
    assert "WARNING qt: QNetworkReply failed for https://site.example with [redacted]" in text
    assert "qt-secret-value-99" not in text
