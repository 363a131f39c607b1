""""Copy diagnostics": useful for a bug report, and free of secrets and document text."""

from __future__ import annotations

import logging
import platform
import re
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest

from editor_app import __version__
from editor_app.core import diagnostics, logsetup
from editor_app.core.storage.paths import app_dirs
from editor_app.core.storage.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "fixtures" / "seed-draft.md"


@pytest.fixture
def home(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path
    logsetup.shutdown_logging()
    logsetup.forget_protected()


def test_components_list_bundled_licences_from_the_installed_metadata() -> None:
    by_name = {c.name: c for c in diagnostics.components()}
    assert "LGPL-3.0" in by_name["PySide6"].licence
    assert by_name["PySide6"].version == metadata.version("PySide6")
    assert "LGPL-3.0" in by_name["Qt"].licence
    assert by_name["Markdown"].licence == "BSD-3-Clause"
    assert by_name["Pillow"].licence == "MIT-CMU"
    assert by_name["requests"].licence == "Apache-2.0"
    assert by_name["PyYAML"].licence == "MIT"
    assert by_name["keyring"].licence == "MIT"
    assert by_name["language-tool-python"].licence.startswith("GPL-3.0")
    assert by_name["LanguageTool"].licence.startswith("LGPL")
    for c in diagnostics.components():
        if c.version is not None and c.name not in ("Python", "Qt"):
            assert c.version == metadata.version(c.name), c.name


def test_folders_are_the_app_folders(home: Path) -> None:
    dirs = app_dirs(home)
    folders = dict(diagnostics.app_folders(dirs))
    assert folders["Settings"] == dirs.settings_file
    assert folders["Recovery files"] == dirs.recovery_dir
    assert folders["Logs"] == logsetup.log_file(home).parent


def test_diagnostics_report_what_a_bug_report_needs(home: Path) -> None:
    dirs = app_dirs(home)
    logsetup.setup_logging(home=home)
    logging.getLogger("editor_app.test").warning("preview reload took 1234 ms")
    settings = Settings()
    settings.set("theme", "dark")
    settings.set("checks_disabled", ["spelling"])
    text = diagnostics.diagnostics_text(settings, dirs=dirs, extra={"Platform plugin": "xcb"})
    assert f"editor-app {__version__}" in text
    assert f"Python: {platform.python_version()}" in text
    assert platform.system() in text
    assert str(dirs.settings_file) in text and str(dirs.recovery_dir) in text
    assert str(dirs.state / "logs") in text
    assert "spelling: off" in text and "builtin: on" in text
    assert "theme = 'dark'" in text
    assert "Platform plugin: xcb" in text
    assert "preview reload took 1234 ms" in text
    assert re.search(r"Installation: (source checkout|installed package|bundle)", text)


def test_diagnostics_hold_no_secrets_and_no_document_text(home: Path) -> None:
    dirs = app_dirs(home)
    document = SEED.read_text(encoding="utf-8")
    secret = "Sup3r-Secret-App-Password"
    logsetup.register_secret(secret)
    logsetup.protect_text(document)
    # Lines that reached the file before any filter existed (an older version, a crash).
    log_path = logsetup.log_file(home)
    log_path.parent.mkdir(parents=True)
    sentence = document.split("\n")[0][:200]
    log_path.write_text(
        f"old: login with {secret}\nold: Authorization: Bearer abc123xyz\nold: text {sentence}\n",
        encoding="utf-8",
    )
    settings = Settings()
    settings.set("languagetool_url", "https://lt.example/v2?key=ltkey987654")
    settings.set("recent_files", ["/home/ann/drafts/divorce-letter-to-bob.md"])
    settings.set("session", [{"path": "/home/ann/drafts/divorce-letter-to-bob.md", "cursor": 3}])
    text = diagnostics.diagnostics_text(settings, dirs=dirs)
    for private in (secret, "abc123xyz", "ltkey987654", "lt.example", "divorce-letter"):
        assert private not in text, f"{private!r} is in the diagnostics"
    doc_words = re.findall(r"\w+", document)
    doc_runs = {" ".join(doc_words[i : i + 5]) for i in range(len(doc_words) - 4)}
    text_words = re.findall(r"\w+", text)
    assert not doc_runs & {" ".join(text_words[i : i + 5]) for i in range(len(text_words) - 4)}
    assert "languagetool_url = (set)" in text
    assert "recent_files = (1 entries)" in text
    assert "old: login with" in text  # the log tail is there, redacted
