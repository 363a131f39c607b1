"""YAML front matter: split, parse and edit it without disturbing the writer's own text.

API
---
``split(text) -> FrontMatterSplit``      byte-exact split (``join(split(t)) == t`` for every ``t``).
``join(parts) -> str``                   the inverse.
``parse(text) -> dict``                  the front matter mapping (``{}`` when there is none);
                                         raises :class:`FrontMatterError` (with ``line``) on bad YAML.
``set_field(text, key, value) -> str``   rewrites only the lines of ``key`` (or appends the key, or
                                         creates the block); every other line stays byte-identical.
``remove_field(text, key) -> str``       deletes the lines of ``key``.
``set_publish_record(text, site, record) -> str``
                                         sets ``publish: {site: record}``, keeping other sites.

The block is kept as the writer's text; we never re-serialise keys we did not change. Edits are
verified: after an edit the YAML must load to the old mapping with only ``key`` changed, otherwise
:class:`FrontMatterError` is raised and nothing is changed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import yaml

# Opening fence on the very first line (an optional BOM before it), closing fence '---' or '...'.
_OPEN = re.compile(r"\A(\ufeff?)---[ \t]*(\r?\n)")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)

PUBLISH_KEY = "publish"


class FrontMatterError(ValueError):
    """The front matter is not valid YAML (or not a key: value mapping).

    ``line`` is the 1-based line number in the whole document, when known.
    """

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


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


# --------------------------------------------------------------------------------------------
# Parsing


def _load_yaml(yaml_text: str, first_line: int) -> dict[str, Any]:
    """Load a front matter block; ``first_line`` is the document line number of its first line."""
    try:
        data = yaml.safe_load(yaml_text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = first_line + mark.line if mark is not None else None
        problem = getattr(exc, "problem", None) or "it is not valid YAML"
        where = f" on line {line}" if line is not None else ""
        raise FrontMatterError(
            f"The front matter could not be read{where}: {problem}. "
            "It is kept as text; fix it and save again.",
            line,
        ) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise FrontMatterError(
            "The front matter must be a list of 'key: value' lines; "
            f"this one is a {type(data).__name__}. It is kept as text.",
            first_line,
        )
    return {str(k): v for k, v in data.items()}


def parse(text: str) -> dict[str, Any]:
    """The front matter mapping of a whole document; ``{}`` when there is no front matter."""
    parts = split(text)
    if not parts.has_front_matter:
        return {}
    return _load_yaml(parts.yaml_text, 2)


# --------------------------------------------------------------------------------------------
# Editing


def _newline_of(text: str) -> str:
    m = re.search(r"\r\n|\n|\r", text)
    return m.group(0) if m else "\n"


def _key_pattern(key: str) -> re.Pattern[str]:
    k = re.escape(key)
    return re.compile(rf"""^(?:{k}|"{k}"|'{k}')[ \t]*:(?=[ \t\r\n]|\Z)""")


def _is_continuation(line: str) -> bool:
    """A line that still belongs to the previous top-level key (indented, a '- ' item, or blank)."""
    stripped = line.rstrip("\r\n")
    if stripped.strip() == "":
        return True
    if stripped[0] in " \t":
        return True
    return stripped == "-" or stripped.startswith("- ")


def _key_spans(lines: list[str], key: str) -> list[tuple[int, int]]:
    """[start, end) line ranges of each top-level occurrence of ``key``; trailing blanks excluded."""
    pat = _key_pattern(key)
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if pat.match(lines[i]):
            j = i + 1
            while j < len(lines):
                if _is_continuation(lines[j]):
                    j += 1
                    continue
                # a comment at column 0 between items of the value belongs to it
                k = j
                while k < len(lines) and (lines[k].startswith("#") or lines[k].strip() == ""):
                    k += 1
                if k > j and k < len(lines) and lines[k].strip() and _is_continuation(lines[k]):
                    j = k
                    continue
                break
            end = j
            while end > i + 1 and lines[end - 1].strip() == "":
                end -= 1
            spans.append((i, end))
            i = j
        else:
            i += 1
    return spans


def _dump(key: str, value: Any, newline: str, flow_lists: bool) -> str:
    if flow_lists and isinstance(value, list | tuple) and all(
        not isinstance(v, dict | list | tuple) for v in value
    ):
        inner = yaml.safe_dump(
            list(value), default_flow_style=True, allow_unicode=True, width=10**9
        ).strip()
        out = yaml.safe_dump({key: None}, allow_unicode=True, width=10**9).rstrip()
        # 'key: null' -> 'key: [a, b]'
        out = out[: -len("null")] + inner + "\n"
    else:
        out = yaml.safe_dump(
            {key: value}, default_flow_style=False, allow_unicode=True, sort_keys=False, width=10**9
        )
    return out.replace("\n", newline)


def _replace_block(text: str, key: str, new_lines: list[str] | None, value: Any) -> str:
    """Shared by set/remove: ``new_lines`` replaces the key's lines (None = remove)."""
    parts = split(text)
    newline = _newline_of(parts.raw or text)
    if not parts.has_front_matter:
        if new_lines is None:
            return text
        bom = "\ufeff" if text.startswith("\ufeff") else ""
        rest = text[len(bom) :]
        return f"{bom}---{newline}{''.join(new_lines)}---{newline}{rest}"

    old = _load_yaml(parts.yaml_text, 2)
    lines = parts.yaml_text.splitlines(keepends=True)
    spans = _key_spans(lines, key)
    if spans:
        start, end = spans[-1]
        if new_lines is None:
            for s, e in reversed(spans):
                lines[s:e] = []
        else:
            lines[start:end] = new_lines
    elif new_lines is not None:
        if lines and not lines[-1].endswith(("\n", "\r")):
            lines[-1] += newline
        lines.extend(new_lines)
    new_yaml = "".join(lines)

    expected = dict(old)
    if new_lines is None:
        expected.pop(key, None)
    else:
        expected[key] = value
    try:
        got = _load_yaml(new_yaml, 2)
    except FrontMatterError:
        got = None
    if got != expected:
        raise FrontMatterError(
            f"The front matter is written in a way the editor cannot safely change "
            f"('{key}' could not be updated on its own). Edit it by hand.",
            2,
        )
    open_fence = _OPEN.match(parts.raw)
    assert open_fence is not None
    closing = parts.raw[len(open_fence.group(0)) + len(parts.yaml_text) :]
    return open_fence.group(0) + new_yaml + closing + parts.body


def set_field(text: str, key: str, value: Any) -> str:
    """Set one front matter key; only that key's lines change (appended if absent).

    Creates the front matter block when the document has none. Lists keep their style: a list
    written ``[a, b]`` stays on one line; new lists of plain values are written ``[a, b]``.
    Raises :class:`FrontMatterError` when the block is invalid YAML or cannot be edited safely.
    """
    parts = split(text)
    newline = _newline_of(parts.raw or text)
    flow = True
    if parts.has_front_matter:
        lines = parts.yaml_text.splitlines(keepends=True)
        spans = _key_spans(lines, key)
        if spans:
            s, e = spans[-1]
            flow = e - s == 1
    dumped = _dump(key, _plain(value), newline, flow_lists=flow)
    return _replace_block(text, key, dumped.splitlines(keepends=True), _plain(value))


def remove_field(text: str, key: str) -> str:
    """Remove a front matter key (every occurrence); other lines stay byte-identical."""
    return _replace_block(text, key, None, None)


def set_publish_record(text: str, site: str, record: Mapping[str, Any]) -> str:
    """Store ``record`` under ``publish: {site: ...}``; other sites' records are kept."""
    current = parse(text).get(PUBLISH_KEY)
    publish: dict[str, Any] = dict(current) if isinstance(current, dict) else {}
    publish[site] = dict(record)
    return set_field(text, PUBLISH_KEY, publish)


def _plain(value: Any) -> Any:
    """Tuples become lists, so the verification compares like with like after a YAML load."""
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    return value
