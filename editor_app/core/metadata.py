"""Typed, read-only view of an article's front matter.

API
---
``Metadata.from_mapping(data) -> Metadata``  lenient: wrong types become empty values, never raise.
``Metadata.from_text(text) -> (Metadata, FrontMatterError | None)``
Fields: title, slug, tags, categories, excerpt, featured_image, status, date (str, as written),
publish (``{site name: {id, link, modified, hash, ...}}`` as stored), extra (all other keys).

To change a field, edit the text with :func:`editor_app.core.frontmatter.set_field` /
``set_publish_record``; this view is rebuilt from the text, so the text stays the one truth.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from editor_app.core import frontmatter

KNOWN_FIELDS = (
    "title",
    "slug",
    "tags",
    "categories",
    "excerpt",
    "featured_image",
    "status",
    "date",
    frontmatter.PUBLISH_KEY,
)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, _dt.datetime | _dt.date):
        return value.isoformat()
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _names(value: Any) -> tuple[str, ...]:
    """Tags/categories: a YAML list, or a comma separated string ('a, b')."""
    if value is None:
        return ()
    if isinstance(value, str):
        items = [v.strip() for v in value.split(",")]
    elif isinstance(value, list | tuple):
        items = [_text(v).strip() for v in value]
    else:
        items = [_text(value).strip()]
    return tuple(v for v in items if v)


@dataclass(frozen=True)
class Metadata:
    title: str = ""
    slug: str = ""
    tags: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    excerpt: str = ""
    featured_image: str = ""
    status: str = ""
    date: str = ""
    publish: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    extra: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Metadata:
        raw_publish = data.get(frontmatter.PUBLISH_KEY)
        publish: dict[str, Mapping[str, Any]] = {}
        if isinstance(raw_publish, dict):
            for site, rec in raw_publish.items():
                if isinstance(rec, dict):
                    publish[str(site)] = dict(rec)
        return cls(
            title=_text(data.get("title")),
            slug=_text(data.get("slug")),
            tags=_names(data.get("tags")),
            categories=_names(data.get("categories")),
            excerpt=_text(data.get("excerpt")),
            featured_image=_text(data.get("featured_image")),
            status=_text(data.get("status")),
            date=_text(data.get("date")),
            publish=publish,
            extra={k: v for k, v in data.items() if k not in KNOWN_FIELDS},
        )

    @classmethod
    def from_text(cls, text: str) -> tuple[Metadata, frontmatter.FrontMatterError | None]:
        """Parse the document's front matter; on bad YAML, empty metadata and the error."""
        try:
            return cls.from_mapping(frontmatter.parse(text)), None
        except frontmatter.FrontMatterError as exc:
            return cls(), exc

    def publish_record(self, site: str) -> Mapping[str, Any] | None:
        return self.publish.get(site)
