"""Local mode: starting LanguageTool from an unpacked folder, waiting for it, stopping it.

A real LanguageTool cannot be downloaded here, so the folder holds a stand-in
``languagetool-server.jar`` compiled from tests/lt_server/java (a tiny Java HTTP server with
LanguageTool's class name and /v2 endpoints). The launch, readiness wait and shutdown are the real
code path with a real Java process.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from editor_app.core.checks.languagetool import (
    NOT_INSTALLED_MESSAGE,
    LanguageToolChecker,
    LanguageToolError,
    LanguageToolSettings,
    LocalLanguageToolServer,
)

JAVA_SRC = Path(__file__).resolve().parents[1] / "lt_server" / "java"

pytestmark = pytest.mark.skipif(
    shutil.which("javac") is None or shutil.which("jar") is None, reason="needs a JDK (javac, jar)"
)


@pytest.fixture(scope="module")
def lt_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("LanguageTool-6.4")
    classes = root / "classes"
    sources = [str(p) for p in JAVA_SRC.rglob("*.java")]
    subprocess.run(["javac", "-d", str(classes), *sources], check=True, timeout=120)
    subprocess.run(["jar", "cf", str(root / "languagetool-server.jar"), "-C", str(classes), "."], check=True, timeout=60)
    return root


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_local_folder_is_started_used_and_stopped(lt_folder: Path) -> None:
    checker = LanguageToolChecker(LanguageToolSettings(mode="local", local_path=str(lt_folder)))
    assert checker.available().ok  # folder and Java are there; nothing started yet
    assert checker._local is None
    text = "# Title\n\nWe left early in order to catch the tram.\n"
    try:
        issues = checker.check(text)
        assert [(text[i.start : i.end], i.category) for i in issues] == [("in order to", "wordy_phrase")]
        server = checker._local
        assert server is not None and server.running
        assert server.url.startswith("http://127.0.0.1:")
        pid = server._proc.pid  # type: ignore[union-attr]
        checker.check(text)  # the same server is reused
        assert checker._local is server and server._proc is not None and server._proc.pid == pid
    finally:
        checker.close()
    assert not _alive(pid)


def test_a_folder_one_level_up_is_accepted(lt_folder: Path, tmp_path: Path) -> None:
    outer = tmp_path / "downloads"
    outer.mkdir()
    (outer / "LanguageTool-6.4").symlink_to(lt_folder, target_is_directory=True)
    server = LocalLanguageToolServer(outer)
    assert server.check_installation().name == "languagetool-server.jar"


def test_a_server_that_dies_while_starting_reports_its_output(lt_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_LT_CRASH", "1")
    server = LocalLanguageToolServer(lt_folder, startup_timeout=30)
    with pytest.raises(LanguageToolError, match="stopped while starting.*crashing on purpose"):
        server.start()
    assert not server.running


def test_missing_java_or_jar_is_explained(lt_folder: Path, tmp_path: Path) -> None:
    with pytest.raises(LanguageToolError, match="needs Java"):
        LocalLanguageToolServer(lt_folder, java="no-such-java-binary").check_installation()
    with pytest.raises(LanguageToolError) as info:
        LocalLanguageToolServer(tmp_path).check_installation()
    assert str(info.value).startswith(NOT_INSTALLED_MESSAGE)
