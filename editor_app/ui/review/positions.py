"""Python ``str`` offsets <-> QTextDocument positions (UTF-16 code units).

Core offsets count code points; Qt counts UTF-16 units, so every character outside the Basic
Multilingual Plane (most emoji) shifts Qt positions by one. Text without such characters (the
common case, found with one C-speed regex search) maps 1:1.
"""

from __future__ import annotations

import re

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


def common_span(old: str, new: str) -> tuple[int, int, int]:
    """(start, old_end, new_end): the smallest ``old[start:old_end]`` -> ``new[start:new_end]``."""
    n = min(len(old), len(new))
    lo, hi = 0, n
    while lo < hi:  # longest common prefix by bisection on slices (C-speed compares)
        mid = (lo + hi + 1) // 2
        if old[:mid] == new[:mid]:
            lo = mid
        else:
            hi = mid - 1
    prefix = lo
    lo, hi = 0, n - prefix
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if old[len(old) - mid :] == new[len(new) - mid :]:
            lo = mid
        else:
            hi = mid - 1
    return prefix, len(old) - lo, len(new) - lo
