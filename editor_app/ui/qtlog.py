"""Route Qt's own messages (qWarning, qCritical...) into the app's log, keeping them on stderr too.

``install_qt_message_handler()`` is called by the composition root after ``setup_logging``. The
records go to the ``qt`` logger, so they pass the same redacting filter as everything else.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_installed = False


def _handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or "default"
    name = "qt" if category == "default" else f"qt.{category}"
    logging.getLogger(name).log(_LEVELS.get(kind, logging.WARNING), "%s", message)
    if kind != QtMsgType.QtDebugMsg:
        print(message, file=sys.stderr)


def install_qt_message_handler() -> None:
    global _installed
    if not _installed:
        qInstallMessageHandler(_handle)
        _installed = True
