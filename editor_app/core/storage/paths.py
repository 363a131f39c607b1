"""Where the app keeps its files.

API
---
``app_dirs(home=None) -> AppDirs``  with ``config``, ``data``, ``state``, ``cache`` (Paths), plus
                                    ``settings_file``, ``recovery_dir``, ``user_dictionary``.
``config_dir()``, ``data_dir()``, ``state_dir()``, ``cache_dir()``  shortcuts.

Platform folders come from platformdirs for the app name ``editor-app``. When the environment
variable ``EDITOR_APP_HOME`` is set (or ``home`` is passed), everything lives under it instead:
``$EDITOR_APP_HOME/{config,data,state,cache}``, so tests and benchmarks run isolated.

Nothing is created by calling these; use ``AppDirs.ensure()`` (or create a folder just before
writing into it).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "editor-app"
HOME_ENV = "EDITOR_APP_HOME"


@dataclass(frozen=True)
class AppDirs:
    config: Path
    data: Path
    state: Path
    cache: Path

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def recovery_dir(self) -> Path:
        return self.data / "recovery"

    @property
    def user_dictionary(self) -> Path:
        return self.config / "user-dictionary.txt"

    def ensure(self) -> AppDirs:
        for folder in (self.config, self.data, self.state, self.cache):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def app_dirs(home: str | os.PathLike[str] | None = None) -> AppDirs:
    root = home if home is not None else os.environ.get(HOME_ENV) or None
    if root is not None:
        base = Path(root).expanduser()
        return AppDirs(base / "config", base / "data", base / "state", base / "cache")
    import platformdirs  # lazy: only needed outside tests

    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    return AppDirs(
        Path(dirs.user_config_dir),
        Path(dirs.user_data_dir),
        Path(dirs.user_state_dir),
        Path(dirs.user_cache_dir),
    )


def config_dir() -> Path:
    return app_dirs().config


def data_dir() -> Path:
    return app_dirs().data


def state_dir() -> Path:
    return app_dirs().state


def cache_dir() -> Path:
    return app_dirs().cache
