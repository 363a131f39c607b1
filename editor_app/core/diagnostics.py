"""What the About dialog shows and what "Copy diagnostics" puts on the clipboard.

API
---
``components() -> list[Component]``   bundled third-party components with version and licence,
                                      read from the installed package metadata where possible.
``app_folders(dirs=None) -> list[tuple[str, Path]]``  where settings, recovery files, logs live.
``install_kind() -> str``             "bundle", "installed package" or "source checkout".
``diagnostics_text(settings=None, *, dirs=None, log_lines=40, extra=None) -> str``
    A plain-text report for bug reports: versions, OS, folders, checkers, the last log lines.
    It holds no secrets and no document text: settings appear by name, with values only for
    switches and fixed choices; file lists (recent files, session) are counted, not listed; the
    whole text goes through :func:`editor_app.core.logsetup.redact` at the end.

Qt-free: the UI passes Qt's runtime versions in ``extra`` (a PySide6 already imported by the
process is also asked for them).
"""

from __future__ import annotations

import datetime as _dt
import locale
import os
import platform
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from editor_app import __version__
from editor_app.core import logsetup


@dataclass(frozen=True)
class Component:
    name: str
    purpose: str
    version: str | None  # None: not installed in this copy
    licence: str
    url: str


# (distribution, what it does for us, licence if the metadata does not say, home page).
_COMPONENTS: tuple[tuple[str, str, str, str], ...] = (
    ("PySide6", "Qt for Python: the user interface and the web preview", "LGPL-3.0-only", "https://pyside.org"),
    ("shiboken6", "Qt for Python binding runtime", "LGPL-3.0-only", "https://pyside.org"),
    ("Markdown", "Python-Markdown: Markdown to HTML", "BSD-3-Clause", "https://python-markdown.github.io/"),
    ("Pygments", "code highlighting in the preview", "BSD-2-Clause", "https://pygments.org"),
    ("PyYAML", "front matter", "MIT", "https://pyyaml.org"),
    ("Pillow", "image resizing for publishing", "MIT-CMU", "https://python-pillow.github.io"),
    ("keyring", "passwords in the system keyring", "MIT", "https://github.com/jaraco/keyring"),
    ("requests", "talking to WordPress, Ghost and LanguageTool", "Apache-2.0", "https://requests.readthedocs.io"),
    ("PyJWT", "Ghost Admin API tokens", "MIT", "https://github.com/jpadilla/pyjwt"),
    ("language-tool-python", "LanguageTool client", "GPL-3.0-only", "https://github.com/jxmorris12/language_tool_python"),
    ("platformdirs", "standard folders for settings and logs", "MIT", "https://github.com/tox-dev/platformdirs"),
    ("markdownify", "pasting HTML as Markdown", "MIT", "https://github.com/matthewwithanm/python-markdownify"),
    ("snowballstemmer", "word stems for the checks", "BSD-3-Clause", "https://github.com/snowballstem/snowball"),
    ("lemminflect", "word forms for the checks", "MIT", "https://github.com/bjascob/LemmInflect"),
    ("pyspellchecker", "offline spelling", "MIT", "https://github.com/barrust/pyspellchecker"),
    ("charset-normalizer", "reading files in other encodings", "MIT", "https://github.com/jawah/charset_normalizer"),
    ("numpy", "used by lemminflect", "BSD-3-Clause", "https://numpy.org"),
    ("beautifulsoup4", "used by markdownify", "MIT", "https://www.crummy.com/software/BeautifulSoup/"),
    ("urllib3", "used by requests", "MIT", "https://urllib3.readthedocs.io"),
    ("certifi", "trusted certificates for HTTPS", "MPL-2.0", "https://github.com/certifi/python-certifi"),
    ("idna", "international domain names", "BSD-3-Clause", "https://github.com/kjd/idna"),
)

# Parts that are not Python distributions of their own.
_NON_PYTHON: tuple[Component, ...] = (
    Component("Qt", "the toolkit under PySide6 (shipped in the PySide6 wheels)", None,
              "LGPL-3.0-only", "https://www.qt.io/licensing/open-source-lgpl-obligations"),
    Component("Chromium (Qt WebEngine)", "the preview's web engine", None,
              "BSD-3-Clause and others (see Qt WebEngine's third-party notices)", "https://doc.qt.io/qt-6/qtwebengine-licensing.html"),
    Component("LanguageTool", "grammar checks; not bundled, used through a server or a local install", None,
              "LGPL-2.1-or-later", "https://languagetool.org"),
    Component("Python", "the interpreter (inside the desktop bundle)", platform.python_version(),
              "PSF-2.0", "https://docs.python.org/3/license.html"),
)

_CLASSIFIER_LICENCES = {
    "MIT License": "MIT",
    "Apache Software License": "Apache-2.0",
    "BSD License": "BSD",
    "Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0",
    "GNU Lesser General Public License v3 (LGPLv3)": "LGPL-3.0",
    "GNU General Public License v3 (GPLv3)": "GPL-3.0",
}


def _licence_from_metadata(md: Any) -> str | None:
    expression = md.get("License-Expression")
    if expression:
        return str(expression)
    text = (md.get("License") or "").strip()
    if text and text.upper() != "UNKNOWN" and len(text) <= 80 and "\n" not in text:
        return text.removesuffix(" License") if text.endswith(" License") else text
    for classifier in md.get_all("Classifier") or []:
        if classifier.startswith("License :: OSI Approved :: "):
            name = classifier.rsplit(" :: ", 1)[1]
            return str(_CLASSIFIER_LICENCES.get(name, name))
    return None


def components() -> list[Component]:
    """Third-party components and their licences (the Python ones as installed in this copy)."""
    found: list[Component] = []
    for dist, purpose, fallback, url in _COMPONENTS:
        try:
            md = metadata.metadata(dist)
        except metadata.PackageNotFoundError:
            found.append(Component(dist, purpose, None, fallback, url))
            continue
        found.append(Component(dist, purpose, md["Version"], _licence_from_metadata(md) or fallback, url))
    qt = _qt_versions()
    for part in _NON_PYTHON:
        if part.name == "Qt" and "Qt" in qt:
            found.append(Component(part.name, part.purpose, qt["Qt"], part.licence, part.url))
        else:
            found.append(part)
    return found


def app_licence() -> str:
    try:
        md = metadata.metadata("editor-app")
    except metadata.PackageNotFoundError:
        return "GPL-3.0-or-later"
    return _licence_from_metadata(md) or "GPL-3.0-or-later"


def install_kind() -> str:
    if getattr(sys, "frozen", False):
        return "bundle"
    from editor_app.core.resources import ResourceNotFound, resources_root

    try:
        root = resources_root()
    except ResourceNotFound:
        return "incomplete installation (resources missing)"
    return "installed package" if root.name == "_resources" else "source checkout"


def app_folders(dirs: Any = None) -> list[tuple[str, Path]]:
    """(label, folder) for what a writer may want to find, back up or delete."""
    from editor_app.core.storage.paths import app_dirs

    d = dirs if dirs is not None else app_dirs()
    return [
        ("Settings", d.settings_file),
        ("Recovery files", d.recovery_dir),
        ("Logs", d.state / "logs"),
        ("Cache", d.cache),
    ]


def _qt_versions() -> dict[str, str]:
    """Versions from a PySide6 the process has already loaded (never imports it)."""
    found: dict[str, str] = {}
    pyside = sys.modules.get("PySide6")
    if pyside is not None:
        found["PySide6"] = str(getattr(pyside, "__version__", "?"))
        qtcore = sys.modules.get("PySide6.QtCore")
        if qtcore is not None:
            found["Qt"] = str(qtcore.qVersion())
        webengine = sys.modules.get("PySide6.QtWebEngineCore")
        if webengine is not None and hasattr(webengine, "qWebEngineChromiumVersion"):
            found["Chromium"] = str(webengine.qWebEngineChromiumVersion())
    else:
        try:
            found["PySide6"] = metadata.version("PySide6") + " (not loaded)"
        except metadata.PackageNotFoundError:
            found["PySide6"] = "not installed"
    return found


_SHOWN_STR_SETTINGS = {"language"}


def _settings_lines(settings: Any) -> list[str]:
    from editor_app.core.storage.settings import SETTINGS

    lines: list[str] = []
    for spec in SETTINGS:
        value = getattr(settings, spec.name, spec.default)
        if value == spec.default:
            continue
        if spec.type in ("bool", "int") or spec.choices or spec.name in _SHOWN_STR_SETTINGS:
            shown = repr(value)
        elif isinstance(value, list):
            shown = f"({len(value)} entries)"
        else:
            shown = "(set)"
        lines.append(f"  {spec.name} = {shown}")
    return lines or ["  (all defaults)"]


def _checker_lines(settings: Any) -> list[str]:
    try:
        from editor_app.core.checks import registry
    except ImportError:
        return ["  (checks not in this build)"]
    enabled = bool(getattr(settings, "checks_enabled", True)) if settings is not None else True
    disabled = set(getattr(settings, "checks_disabled", []) or []) if settings is not None else set()
    lines = [f"  checking while typing: {'on' if enabled else 'off'}"]
    for name in registry.names():
        state = "off" if (not enabled or name in disabled) else "on"
        if name == "languagetool" and settings is not None:
            mode = getattr(settings, "languagetool_mode", "auto")
            state = "off" if mode == "off" else f"{state} (mode {mode})"
        lines.append(f"  {name}: {state}")
    rules_off = sorted(d for d in disabled if d not in registry.names())
    if rules_off:
        lines.append(f"  rules turned off: {', '.join(rules_off)}")
    return lines


def diagnostics_text(
    settings: Any = None,
    *,
    dirs: Any = None,
    log_lines: int = 40,
    extra: Mapping[str, str] | None = None,
) -> str:
    """The report for "Copy diagnostics" (see the module docstring for what is left out)."""
    now = _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [f"editor-app {__version__} diagnostics, {now}", ""]
    lines.append(f"Installation: {install_kind()}")
    lines.append(f"Python: {platform.python_version()} ({platform.python_implementation()})")
    versions = {**_qt_versions(), **(extra or {})}
    for key, value in versions.items():
        lines.append(f"{key}: {value}")
    lines.append(f"OS: {platform.platform()}")
    desktop = os.environ.get("XDG_CURRENT_DESKTOP")
    session = os.environ.get("XDG_SESSION_TYPE")
    if desktop or session:
        lines.append(f"Desktop: {desktop or '?'} ({session or '?'})")
    lines.append(f"Locale: {locale.getlocale()[0] or 'C'}, file system encoding {sys.getfilesystemencoding()}")
    lines += ["", "Folders:"]
    lines += [f"  {label}: {path}" for label, path in app_folders(dirs)]
    lines += ["", "Checks:", *_checker_lines(settings)]
    if settings is not None:
        lines += ["", "Settings changed from the defaults:", *_settings_lines(settings)]
    lines += ["", "Components:"]
    lines += [f"  {c.name} {c.version}" for c in components() if c.version and c.name != "Python"]
    if log_lines > 0:
        log_path = None if dirs is None else dirs.state / "logs" / logsetup.LOG_NAME
        tail = logsetup.recent_lines(log_lines, path=log_path)
        lines += ["", f"Last {len(tail)} log lines:", *(f"  {line}" for line in tail)]
    return logsetup.redact("\n".join(lines) + "\n")
