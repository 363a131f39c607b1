"""A LanguageTool that language-tool-python downloaded before is found without any download.

No real LanguageTool can be downloaded here; the test lays out folders the way
language-tool-python's download step does (LTP_PATH/LanguageTool-X.Y) and checks that our
local mode picks the newest one that holds the server jar, and that nothing found gives the
writer-facing "not installed" message.
"""

from pathlib import Path

import pytest

from editor_app.core.checks import languagetool as lt


def test_finds_language_tool_python_download(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    monkeypatch.setenv("LTP_PATH", str(tmp_path))
    for version in ("6.10", "6.6"):
        d = tmp_path / f"LanguageTool-{version}"
        d.mkdir()
        (d / lt.SERVER_JAR).write_bytes(b"jar")
    assert lt.find_server_jar("") == tmp_path / "LanguageTool-6.10" / lt.SERVER_JAR


def test_ltp_jar_dir_path_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    d = tmp_path / "mine"
    d.mkdir()
    (d / lt.SERVER_JAR).write_bytes(b"jar")
    monkeypatch.setenv("LTP_JAR_DIR_PATH", str(d))
    assert lt.find_server_jar("") == d / lt.SERVER_JAR


def test_nothing_found_says_not_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "empty"))
    with pytest.raises(lt.LanguageToolError) as err:
        lt.find_server_jar("")
    assert "LanguageTool is not installed" in str(err.value)
