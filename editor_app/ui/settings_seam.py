"""The part of the settings store the shell uses, so tests and the composition root can pass any
store with ``get(name)`` / ``set(name, value)`` (the real one is ``core.storage.settings``)."""

from __future__ import annotations

from typing import Any, Protocol


class SettingsLike(Protocol):
    def get(self, name: str) -> Any: ...
    def set(self, name: str, value: Any) -> None: ...


class MemorySettings:
    """Settings that live only for this run (tests, or when the settings file cannot be read)."""

    def __init__(self, values: dict[str, Any] | None = None) -> None:
        self.values: dict[str, Any] = dict(values or {})

    def get(self, name: str) -> Any:
        return self.values.get(name)

    def set(self, name: str, value: Any) -> None:
        self.values[name] = value
