"""Python ``str`` offsets <-> QTextDocument positions (UTF-16 code units).

Core offsets count code points; Qt counts UTF-16 units, so every character outside the Basic
Multilingual Plane (most emoji) shifts Qt positions by one. Text without such characters (the
common case, found with one C-speed regex search) maps 1:1.
"""

from __future__ import annotations

import re

from editor_app.core.review import common_span

__all__ = ["common_span", "has_astral", "to_py", "to_qt"]

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def has_astral(text: str) -> bool:
    return _ASTRAL.search(text) is not None


def to_qt(text: str, offset: int) -> int:
    if not has_astral(text):
        return offset
    return offset + len(_ASTRAL.findall(text, 0, offset))


def to_py(text: str, position: int) -> int:
    if not has_astral(text):
        return position
    units = 0
    for i, ch in enumerate(text):
        if units >= position:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)
