"""The site types the app knows. Adding a backend is one module plus one line in ``_ENTRIES``.

The UI iterates :func:`site_types` (labels, secret labels, capabilities) and never names a
backend class. Modules are imported on first use, not at import time.
"""

from __future__ import annotations

import importlib

from editor_app.core.publishing.base import Site, SiteConfig, SiteType

# kind -> (module, attribute holding the SiteType class)
_ENTRIES: dict[str, tuple[str, str]] = {
    "wordpress": ("editor_app.core.publishing.wordpress", "WordPressType"),
    "ghost": ("editor_app.core.publishing.ghost", "GhostSiteType"),
}

_loaded: dict[str, SiteType] = {}


class UnknownSiteType(ValueError):
    pass


def kinds() -> tuple[str, ...]:
    return tuple(_ENTRIES)


def site_type(kind: str) -> SiteType:
    key = kind.strip().lower()
    if key not in _ENTRIES:
        raise UnknownSiteType(f"“{kind}” is not a site type this app knows; use one of: {', '.join(_ENTRIES)}.")
    if key not in _loaded:
        module_name, attr = _ENTRIES[key]
        cls = getattr(importlib.import_module(module_name), attr)
        _loaded[key] = cls()
    return _loaded[key]


def site_types() -> list[SiteType]:
    return [site_type(k) for k in _ENTRIES]


def create_site(config: SiteConfig, secret: str | None) -> Site:
    return site_type(config.kind).create(config, secret)
