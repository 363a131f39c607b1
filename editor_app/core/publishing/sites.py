"""The writer's configured sites: ``sites.json`` in the config folder. Never a secret in it.

``SiteStore(path=None)``: ``list()``, ``get(name)``, ``add(config)``, ``update(old_name, config)``,
``remove(name)``; each change is saved atomically at once. ``open_site(name, credentials)``
builds the :class:`Site` with its secret from the keyring (or the session store).

File format::

    {"format": 1, "sites": [{"name": "Blog", "type": "wordpress", "url": "https://…",
                             "user": "anna", "max_image_px": 2048, "verify_tls": true}]}
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from editor_app.core.publishing.base import Site, SiteConfig
from editor_app.core.publishing.registry import create_site, site_type
from editor_app.core.storage.credentials import CredentialStore

FILE_NAME = "sites.json"
FORMAT = 1
_ALLOWED_KEYS = {"name", "type", "url", "user", "max_image_px", "verify_tls"}


class SiteConfigError(ValueError):
    """A site entry cannot be saved as given; the message says why."""


def default_path() -> Path:
    from editor_app.core.storage.paths import config_dir

    return config_dir() / FILE_NAME


def normalize_url(url: str) -> str:
    """``example.com/blog/`` -> ``https://example.com/blog``; raises SiteConfigError if hopeless."""
    text = url.strip()
    if not text:
        raise SiteConfigError("The site address is empty.")
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in parts.netloc:
        raise SiteConfigError(f"“{url}” is not a web address; it should look like https://example.com.")
    if parts.username or parts.password:
        raise SiteConfigError("Do not put a user name or password into the address.")
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path.rstrip("/"), "", ""))


def validate(config: SiteConfig) -> SiteConfig:
    name = config.name.strip()
    if not name:
        raise SiteConfigError("Give the site a name (for example “My blog”).")
    if len(name) > 80 or any(c in name for c in "\n\r\t"):
        raise SiteConfigError("The site name must be one short line.")
    kind = site_type(config.kind)  # raises UnknownSiteType (a ValueError) with a message
    if kind.needs_user and not config.user.strip():
        raise SiteConfigError(f"A {kind.label} site needs the user name you log in with.")
    if not 256 <= config.max_image_px <= 10000:
        raise SiteConfigError("The maximum image size must be between 256 and 10000 pixels.")
    return SiteConfig(
        name=name,
        kind=kind.kind,
        url=normalize_url(config.url),
        user=config.user.strip(),
        max_image_px=config.max_image_px,
        verify_tls=config.verify_tls,
    )


class SiteStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else default_path()
        self._lock = threading.Lock()

    def _load(self) -> list[SiteConfig]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (ValueError, OSError) as exc:
            raise SiteConfigError(f"The site list {self.path} cannot be read ({exc}).") from None
        out: list[SiteConfig] = []
        for entry in raw.get("sites", []) if isinstance(raw, dict) else []:
            if isinstance(entry, dict) and entry.get("name") and entry.get("url"):
                out.append(SiteConfig.from_json(entry))
        return out

    def _save(self, sites: list[SiteConfig]) -> None:
        from editor_app.core.storage.atomic import atomic_write_text

        data = {"format": FORMAT, "sites": [{k: v for k, v in s.to_json().items() if k in _ALLOWED_KEYS} for s in sites]}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")

    def list(self) -> list[SiteConfig]:
        with self._lock:
            return self._load()

    def get(self, name: str) -> SiteConfig:
        for s in self.list():
            if s.name.casefold() == name.strip().casefold():
                return s
        known = ", ".join(s.name for s in self.list()) or "none yet"
        raise SiteConfigError(f"There is no site called “{name}” (configured: {known}).")

    def add(self, config: SiteConfig) -> SiteConfig:
        config = validate(config)
        with self._lock:
            sites = self._load()
            if any(s.name.casefold() == config.name.casefold() for s in sites):
                raise SiteConfigError(f"A site called “{config.name}” already exists; choose another name.")
            sites.append(config)
            self._save(sites)
        return config

    def update(self, old_name: str, config: SiteConfig) -> SiteConfig:
        config = validate(config)
        with self._lock:
            sites = self._load()
            idx = [i for i, s in enumerate(sites) if s.name.casefold() == old_name.casefold()]
            if not idx:
                raise SiteConfigError(f"There is no site called “{old_name}”.")
            if any(s.name.casefold() == config.name.casefold() and i != idx[0] for i, s in enumerate(sites)):
                raise SiteConfigError(f"A site called “{config.name}” already exists; choose another name.")
            sites[idx[0]] = config
            self._save(sites)
        return config

    def remove(self, name: str) -> SiteConfig:
        with self._lock:
            sites = self._load()
            keep = [s for s in sites if s.name.casefold() != name.strip().casefold()]
            if len(keep) == len(sites):
                raise SiteConfigError(f"There is no site called “{name}”.")
            self._save(keep)
            return next(s for s in sites if s not in keep)


def open_site(config: SiteConfig, credentials: CredentialStore) -> Site:
    """A ready-to-use :class:`Site` with its secret (``available()`` says if the secret is missing)."""
    return create_site(config, credentials.get(config.name))
