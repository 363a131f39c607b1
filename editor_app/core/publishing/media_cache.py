"""Remember which images were already uploaded to which site, across documents and restarts.

One JSON file (``<data dir>/media-cache.json``) maps, per site, two kinds of keys to the uploaded
media:

* ``src:<source_key>``: the hash of the *original* file bytes plus the pipeline settings
  (``images.source_key``), so republishing skips even the resize/re-encode work;
* ``out:<sha256 of processed bytes>``: the uploaded bytes, so two different source files that
  give the same output share one upload.

A site is identified by its type and URL (not the writer's display name), so renaming a site
keeps its cache and two sites never share one. The file holds no secrets. Writes are atomic and
merge with what another process (the CLI next to the GUI) wrote in the meantime.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

from editor_app.core.publishing.base import MediaItem, SiteConfig

FILE_NAME = "media-cache.json"
FORMAT = 1


def site_key(config: SiteConfig) -> str:
    return f"{config.kind}:{config.url.rstrip('/').lower()}"


def default_path() -> Path:
    from editor_app.core.storage.paths import data_dir

    return data_dir() / FILE_NAME


class MediaCache:
    """Thread-safe, persistent map ``(site, key) -> MediaItem``."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else default_path()
        self._lock = threading.Lock()
        self._forgotten: dict[str, set[str]] = {}  # keys removed here, not to be merged back
        self._data: dict[str, dict[str, dict[str, Any]]] = self._read()

    def _read(self) -> dict[str, dict[str, dict[str, Any]]]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError, OSError):
            return {}
        sites = raw.get("sites") if isinstance(raw, dict) else None
        return sites if isinstance(sites, dict) else {}

    def _write(self) -> None:
        from editor_app.core.storage.atomic import atomic_write_text

        self.path.parent.mkdir(parents=True, exist_ok=True)
        merged = self._read()
        for site, entries in self._data.items():
            merged.setdefault(site, {}).update(entries)
        for site, keys in self._forgotten.items():
            for key in keys:
                merged.get(site, {}).pop(key, None)
        self._data = merged
        atomic_write_text(
            self.path, json.dumps({"format": FORMAT, "sites": merged}, indent=1, sort_keys=True), durable=False
        )

    def lookup(self, config: SiteConfig, source_key: str = "", content_hash: str = "") -> MediaItem | None:
        with self._lock:
            entries = self._data.get(site_key(config), {})
            for key in (f"src:{source_key}" if source_key else "", f"out:{content_hash}" if content_hash else ""):
                if key and key in entries:
                    e = entries[key]
                    return MediaItem(id=str(e["id"]), url=str(e["url"]), content_hash=str(e.get("hash", "")))
        return None

    def store(self, config: SiteConfig, item: MediaItem, source_key: str = "") -> None:
        entry = {"id": item.id, "url": item.url, "hash": item.content_hash, "at": int(time.time())}
        with self._lock:
            entries = self._data.setdefault(site_key(config), {})
            keys = [k for k in (f"src:{source_key}" if source_key else "", f"out:{item.content_hash}" if item.content_hash else "") if k]
            for key in keys:
                entries[key] = entry
                self._forgotten.get(site_key(config), set()).discard(key)
            self._write()

    def forget(self, config: SiteConfig, item: MediaItem) -> None:
        """Drop every key pointing at ``item`` (it was deleted on the site)."""
        with self._lock:
            skey = site_key(config)
            entries = self._data.get(skey, {})
            gone = {k for k, v in entries.items() if str(v.get("id")) == item.id and v.get("url") == item.url}
            for k in gone:
                entries.pop(k, None)
            self._forgotten.setdefault(skey, set()).update(gone)
            self._write()

    def clear_site(self, config: SiteConfig) -> None:
        with self._lock:
            skey = site_key(config)
            self._forgotten.setdefault(skey, set()).update(self._data.get(skey, {}))
            self._data.pop(skey, None)
            self._write()

    def count(self, config: SiteConfig) -> int:
        with self._lock:
            return len({e["url"] for e in self._data.get(site_key(config), {}).values()})

