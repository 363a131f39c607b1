"""Settings: typed table, only changes written, bad files never crash the app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor_app.core.storage.paths import HOME_ENV
from editor_app.core.storage.settings import SETTINGS, SPECS, Settings


def test_table_has_the_settings_the_app_needs() -> None:
    names = {s.name for s in SETTINGS}
    assert {
        "theme", "autosave_idle_ms", "recent_files", "session", "preview_allow_remote", "image_max_px",
        "checks_enabled", "languagetool_mode", "languagetool_url", "languagetool_path",
        "spelling_user_dictionary", "checks_thorough",
    } <= names
    assert Settings().checks_thorough is False  # the rules that often flag good prose are opt-in
    for spec in SETTINGS:
        assert spec.description and spec.type
        assert spec.validate(spec.default) == spec.default  # every default passes its own rules
    assert SPECS["theme"].choices == ("system", "light", "dark")
    s = Settings()
    assert (s.theme, s.autosave_idle_ms, s.preview_allow_remote, s.image_max_px) == ("system", 1000, False, 2048)


def test_defaults_write_an_empty_file_and_changes_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    Settings().save(path)
    assert json.loads(path.read_text()) == {}
    s = Settings()
    s.set("theme", "dark")
    s.image_max_px = 1024
    s.session = [{"path": "/a.md", "cursor": 12}]
    s.add_recent_file("/x/b.md")
    s.add_recent_file("/x/a.md")
    s.add_recent_file("/x/b.md")
    s.save(path)
    assert set(json.loads(path.read_text())) == {"theme", "image_max_px", "session", "recent_files"}
    again = Settings.load(path)
    assert again == s
    assert again.recent_files == ["/x/b.md", "/x/a.md"]
    assert again.warnings == []


def test_bad_values_fall_back_to_defaults_with_warnings(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({
        "theme": "purple", "autosave_idle_ms": "fast", "image_max_px": 10, "preview_allow_remote": 1,
        "no_such_setting": 3, "session": [{"cursor": 3}], "checks_enabled": False,
    }))
    s = Settings.load(path)
    assert s.theme == "system" and s.autosave_idle_ms == 1000 and s.image_max_px == 2048
    assert s.preview_allow_remote is False and s.session == []
    assert s.checks_enabled is False  # the valid value is still used
    assert len(s.warnings) == 6
    assert any("purple" in w for w in s.warnings) and any("no_such_setting" in w for w in s.warnings)


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", b"\xff\xfe\x00garbage", b""])
def test_damaged_file_never_crashes(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    s = Settings.load(path)
    assert s == Settings() and s.warnings


def test_set_rejects_invalid_values() -> None:
    s = Settings()
    with pytest.raises(ValueError, match="one of"):
        s.set("theme", "neon")
    with pytest.raises(ValueError):
        s.set("nope", 1)
    assert s.theme == "system"


def test_default_location_honours_editor_app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(HOME_ENV, str(tmp_path))
    s = Settings()
    s.theme = "light"
    s.save()
    assert json.loads((tmp_path / "config" / "settings.json").read_text()) == {"theme": "light"}
    assert Settings.load().theme == "light"
    assert s.user_dictionary_path() == tmp_path / "config" / "user-dictionary.txt"
