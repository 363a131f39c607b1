"""YAML front matter: split from and merge back into the Markdown body, byte-exactly.

The front matter block is kept as the writer's own text; we never re-serialise keys we did not
change. ``split`` then ``join`` gives back the original string for every input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Opening fence on the very first line (an optional BOM before it), closing fence '---' or '...'.
_OPEN = re.compile(r"\A(\ufeff?)---[ \t]*(\r?\n)")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)


@dataclass(frozen=True)
class FrontMatterSplit:
    """``raw + body == text``; ``yaml_text`` is what lies between the fences."""

    raw: str
    yaml_text: str
    body: str

    @property
    def body_offset(self) -> int:
        """Index in the whole text where the body starts (0 without front matter)."""
        return len(self.raw)

    @property
    def has_front_matter(self) -> bool:
        return bool(self.raw)


def split(text: str) -> FrontMatterSplit:
    m = _OPEN.match(text)
    if not m:
        return FrontMatterSplit("", "", text)
    close = _CLOSE.search(text, m.end())
    if not close:
        return FrontMatterSplit("", "", text)
    return FrontMatterSplit(text[: close.end()], text[m.end() : close.start()], text[close.end() :])


def join(parts: FrontMatterSplit) -> str:
    return parts.raw + parts.body
