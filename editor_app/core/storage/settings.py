"""User settings: one typed table, JSON in the config folder, only non-default values written.

API
---
``SETTINGS: tuple[SettingSpec, ...]``   the table: name, type, default, description (+ choices,
                                        minimum, maximum). Preferences dialogs iterate it.
``Settings``                            typed attributes, one per row (``settings.theme``, ...).
``Settings.load(path=None) -> Settings`` never raises for bad content: unknown keys and invalid
                                        values are ignored (default used) and described in
                                        ``settings.warnings`` (also logged).
``settings.save(path=None)``            atomic; writes only values that differ from the default.
``settings.set(name, value)``           validated assignment (raises ``ValueError``).
``settings.non_defaults() -> dict``
``settings.add_recent_file(path)``      most recent first, no duplicates, at most ``recent_files_max``.
``SessionFile``                         ``{"path": str, "cursor": int}`` rows of ``settings.session``.

``path=None`` means ``app_dirs().settings_file`` (honours ``EDITOR_APP_HOME``).
To add a setting: add one field to ``Settings`` with ``_setting(...)`` metadata. Secrets never go
here; they live in the OS keyring.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypedDict

from editor_app.core.storage.atomic import atomic_write_text
from editor_app.core.storage.paths import app_dirs

log = logging.getLogger(__name__)


class SessionFile(TypedDict):
    path: str
    cursor: int


@dataclass(frozen=True)
class SettingSpec:
    name: str
    type: str  # "bool", "int", "str", "list[str]", "session"
    default: Any
    description: str
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None

    def validate(self, value: Any) -> Any:
        """Return the value in its proper type, or raise ValueError explaining why not."""
        return _VALIDATORS[self.type](self, value)


def _v_bool(spec: SettingSpec, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise ValueError(f"{spec.name} must be true or false, not {value!r}")


def _v_int(spec: SettingSpec, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{spec.name} must be a whole number, not {value!r}")
    if spec.minimum is not None and value < spec.minimum:
        raise ValueError(f"{spec.name} must be at least {spec.minimum}, not {value}")
    if spec.maximum is not None and value > spec.maximum:
        raise ValueError(f"{spec.name} must be at most {spec.maximum}, not {value}")
    return value


def _v_str(spec: SettingSpec, value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{spec.name} must be text, not {value!r}")
    if spec.choices and value not in spec.choices:
        raise ValueError(f"{spec.name} must be one of {', '.join(spec.choices)}, not {value!r}")
    return value


def _v_str_list(spec: SettingSpec, value: Any) -> list[str]:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{spec.name} must be a list of text values")
    return list(value)


def _v_session(spec: SettingSpec, value: Any) -> list[SessionFile]:
    if not isinstance(value, list | tuple):
        raise ValueError(f"{spec.name} must be a list of open files")
    out: list[SessionFile] = []
    for item in value:
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("path"), str)
            or isinstance(item.get("cursor", 0), bool)
            or not isinstance(item.get("cursor", 0), int)
        ):
            raise ValueError(f"{spec.name} entries need a 'path' (text) and a 'cursor' (number)")
        out.append({"path": item["path"], "cursor": max(0, int(item.get("cursor", 0)))})
    return out


_VALIDATORS: dict[str, Callable[[SettingSpec, Any], Any]] = {
    "bool": _v_bool,
    "int": _v_int,
    "str": _v_str,
    "list[str]": _v_str_list,
    "session": _v_session,
}


def _setting(
    type_: str,
    default: Any,
    description: str,
    *,
    choices: tuple[str, ...] = (),
    minimum: int | None = None,
    maximum: int | None = None,
) -> Any:
    meta = {
        "type": type_,
        "description": description,
        "choices": choices,
        "minimum": minimum,
        "maximum": maximum,
    }
    if isinstance(default, list):
        return field(default_factory=lambda: list(default), metadata=meta)
    return field(default=default, metadata=meta)


@dataclass
class Settings:
    # -- appearance ------------------------------------------------------------------------
    theme: str = _setting(
        "str", "system", "Colour theme for editor and preview; 'system' follows the desktop.",
        choices=("system", "light", "dark"),
    )
    editor_font_size: int = _setting("int", 0, "Editor font size in points; 0 uses the system size.",
                                     minimum=0, maximum=72)
    window_geometry: str = _setting("str", "", "Size and position of the main window (saved on exit).")
    window_state: str = _setting("str", "", "Layout of the side panels (Outline, Issues) (saved on exit).")
    # -- files -----------------------------------------------------------------------------
    autosave_idle_ms: int = _setting(
        "int", 1000, "Idle time after typing before unsaved text is copied to the recovery journal (ms).",
        minimum=200, maximum=60000,
    )
    recent_files: list[str] = _setting("list[str]", [], "Recently opened files, most recent first.")
    recent_files_max: int = _setting("int", 10, "How many recent files to remember.", minimum=0, maximum=50)
    restore_session: bool = _setting("bool", True, "Reopen the files that were open last time.")
    session: list[SessionFile] = _setting("session", [], "Files open at last exit, with cursor positions.")
    session_active: int = _setting("int", 0, "Index in 'session' of the tab that was in front.", minimum=0)
    # -- preview and images ----------------------------------------------------------------
    preview_allow_remote: bool = _setting(
        "bool", False, "Let the preview load images and other resources from the internet."
    )
    image_max_px: int = _setting(
        "int", 2048, "Longest side of images prepared for publishing, in pixels.", minimum=64, maximum=16384
    )
    # -- checks ----------------------------------------------------------------------------
    checks_enabled: bool = _setting("bool", True, "Check the text while you type.")
    checks_thorough: bool = _setting(
        "bool", False, "Also run the checks that find more faults but raise more false alarms on well-edited text.")
    checks_disabled: list[str] = _setting("list[str]", [], "Checkers or rules you turned off, by id.")
    language: str = _setting("str", "en-US", "Language of the text, for spelling and grammar checks.")
    languagetool_mode: str = _setting(
        "str", "auto",
        "LanguageTool grammar checks: 'auto' uses a local LanguageTool when one is installed, "
        "'local' always starts one, 'server' uses languagetool_url, 'off' disables it.",
        choices=("auto", "local", "server", "off"),
    )
    languagetool_url: str = _setting("str", "", "Address of a LanguageTool server (mode 'server').")
    languagetool_path: str = _setting("str", "", "Folder of a local LanguageTool installation (mode 'local').")
    spelling_user_dictionary: str = _setting(
        "str", "", "Your own word list for spelling; empty uses user-dictionary.txt in the config folder."
    )
    # -- review ----------------------------------------------------------------------------
    reviewer_name: str = _setting(
        "str", "", "Your name on suggestions and comments in review mode; empty leaves them unsigned."
    )

    warnings: list[str] = field(default_factory=list, repr=False, compare=False, metadata={"internal": True})

    # -- access ----------------------------------------------------------------------------

    def set(self, name: str, value: Any) -> None:
        spec = SPECS.get(name)
        if spec is None:
            raise ValueError(f"There is no setting called {name!r}")
        setattr(self, name, spec.validate(value))

    def non_defaults(self) -> dict[str, Any]:
        return {s.name: getattr(self, s.name) for s in SETTINGS if getattr(self, s.name) != s.default}

    def user_dictionary_path(self) -> Path:
        if self.spelling_user_dictionary:
            return Path(self.spelling_user_dictionary).expanduser()
        return app_dirs().user_dictionary

    def add_recent_file(self, path: str | os.PathLike[str]) -> None:
        p = os.path.abspath(os.fspath(path))
        self.recent_files = [p, *(f for f in self.recent_files if f != p)][: self.recent_files_max]

    # -- files -----------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None) -> Settings:
        target = Path(path) if path is not None else app_dirs().settings_file
        settings = cls()
        try:
            raw = target.read_text("utf-8")
        except FileNotFoundError:
            return settings
        except (OSError, UnicodeDecodeError) as exc:
            settings._warn(f"Could not read the settings file {target}: {exc}. Using the defaults.")
            return settings
        try:
            data = json.loads(raw)
        except ValueError as exc:
            settings._warn(f"The settings file {target} is damaged ({exc}). Using the defaults.")
            return settings
        if not isinstance(data, dict):
            settings._warn(f"The settings file {target} is not a settings table. Using the defaults.")
            return settings
        for name, value in data.items():
            spec = SPECS.get(name)
            if spec is None:
                settings._warn(f"Ignoring unknown setting {name!r}.")
                continue
            try:
                setattr(settings, name, spec.validate(value))
            except ValueError as exc:
                settings._warn(f"Ignoring setting: {exc}. Using the default ({spec.default!r}).")
        return settings

    def save(self, path: str | os.PathLike[str] | None = None) -> None:
        target = Path(path) if path is not None else app_dirs().settings_file
        target.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self.non_defaults(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
        atomic_write_text(target, text, "utf-8")

    def _warn(self, message: str) -> None:
        log.warning("%s", message)
        self.warnings.append(message)


def _table() -> tuple[SettingSpec, ...]:
    defaults = Settings()
    rows = []
    for f in dataclasses.fields(Settings):
        if f.metadata.get("internal"):
            continue
        rows.append(
            SettingSpec(
                name=f.name,
                type=f.metadata["type"],
                default=getattr(defaults, f.name),
                description=f.metadata["description"],
                choices=f.metadata["choices"],
                minimum=f.metadata["minimum"],
                maximum=f.metadata["maximum"],
            )
        )
    return tuple(rows)


SETTINGS: tuple[SettingSpec, ...] = _table()
SPECS: dict[str, SettingSpec] = {s.name: s for s in SETTINGS}
