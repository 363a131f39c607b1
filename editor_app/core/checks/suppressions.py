"""What the writer told the checker to leave alone.

Three kinds of suppression:

* **Ignore a rule or category in this document**: kept in the file itself as an HTML comment,
  ``<!-- check-ignore: wordy_phrase, hedge_stacking -->``, so it travels with the article. HTML
  comments are invisible in the rendered article. Per-document spelling ignores use the same form,
  ``<!-- spell-ignore: Kharkiv, Muñoz -->``.
* **Ignore once**: one flagged passage, keyed by (rule, flagged text, hash of its sentence), so the
  key still matches after edits elsewhere in the document but not after the sentence is rewritten.
* **Add word to dictionary**: appended to the user's dictionary file, atomically.

New directive comments are appended at the end of the document: existing offsets do not move, so
underlines already on screen stay put, and the front matter is never touched.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from editor_app.core.checks.base import Issue

CHECK_IGNORE = "check-ignore"
SPELL_IGNORE = "spell-ignore"

_DIRECTIVE_RE = re.compile(
    r"<!--[ \t]*(?P<key>check-ignore|spell-ignore)[ \t]*:(?P<values>[^\n]*?)-->", re.IGNORECASE
)
_FENCE_RE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})", re.MULTILINE)


def _fenced_ranges(text: str) -> list[tuple[int, int]]:
    """Spans of fenced code blocks; a directive shown as an example inside code is not a directive."""
    ranges: list[tuple[int, int]] = []
    open_at: int | None = None
    fence = ""
    for m in _FENCE_RE.finditer(text):
        marker = m.group(1)
        if open_at is None:
            open_at, fence = m.start(), marker
        elif marker[0] == fence[0] and len(marker) >= len(fence):
            line_end = text.find("\n", m.end())
            ranges.append((open_at, len(text) if line_end < 0 else line_end))
            open_at = None
    if open_at is not None:
        ranges.append((open_at, len(text)))
    return ranges


@dataclass(frozen=True)
class Directive:
    key: str
    values: tuple[str, ...]
    start: int
    end: int


def _split_values(raw: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in raw.split(",") if v.strip())


def find_directives(text: str, key: str) -> list[Directive]:
    """All ``<!-- key: a, b -->`` comments in ``text`` outside fenced code."""
    fenced = _fenced_ranges(text)
    found = []
    for m in _DIRECTIVE_RE.finditer(text):
        if m.group("key").lower() != key:
            continue
        if any(a <= m.start() < b for a, b in fenced):
            continue
        found.append(Directive(key, _split_values(m.group("values")), m.start(), m.end()))
    return found


def directive_values(text: str, key: str) -> list[str]:
    """Values of every ``key`` directive in document order, without duplicates."""
    seen: dict[str, None] = {}
    for d in find_directives(text, key):
        for v in d.values:
            seen.setdefault(v, None)
    return list(seen)


def ignored_rules(text: str) -> frozenset[str]:
    """Rules and categories the document switches off, lower-cased."""
    return frozenset(v.lower() for v in directive_values(text, CHECK_IGNORE))


def spell_ignored_words(text: str) -> frozenset[str]:
    return frozenset(directive_values(text, SPELL_IGNORE))


def _format(key: str, values: Iterable[str]) -> str:
    return f"<!-- {key}: {', '.join(values)} -->"


def add_directive_value(text: str, key: str, value: str) -> str:
    """Return ``text`` with ``value`` listed in a ``key`` directive; nothing else changes."""
    value = value.strip()
    if not value or "," in value or "-->" in value or "\n" in value:
        raise ValueError(f"{value!r} cannot be stored in a {key} comment")
    fold = value.casefold() if key == CHECK_IGNORE else value
    directives = find_directives(text, key)
    for d in directives:
        existing = [v.casefold() if key == CHECK_IGNORE else v for v in d.values]
        if fold in existing:
            return text
    if directives:
        last = directives[-1]
        new = _format(key, (*last.values, value))
        return text[: last.start] + new + text[last.end :]
    if not text:
        return _format(key, (value,)) + "\n"
    # Exactly invertible by ``remove_directive_value``: a blank line, then the comment; a file that
    # had no final newline does not gain one.
    if text.endswith("\n"):
        return text + "\n" + _format(key, (value,)) + "\n"
    return text + "\n\n" + _format(key, (value,))


def remove_directive_value(text: str, key: str, value: str) -> str:
    """Return ``text`` with ``value`` taken out of every ``key`` directive.

    A directive left empty is removed with the line it stood on (when it was alone on it).
    """
    fold = value.strip().casefold() if key == CHECK_IGNORE else value.strip()
    out = text
    for d in reversed(find_directives(text, key)):
        keep = tuple(v for v in d.values if (v.casefold() if key == CHECK_IGNORE else v) != fold)
        if keep == d.values:
            continue
        if keep:
            out = out[: d.start] + _format(key, keep) + out[d.end :]
            continue
        start, end = d.start, d.end
        line_start = out.rfind("\n", 0, start) + 1
        line_end = out.find("\n", end)
        line_end = len(out) if line_end < 0 else line_end
        if out[line_start:start].strip() == "" and out[end:line_end].strip() == "":
            # Alone on its line: remove the line, and at the end of the file also the blank line
            # that ``add_directive_value`` put before it.
            if line_end < len(out):
                start, end = line_start, line_end + 1
                if end == len(out) and out[:start].endswith("\n\n"):
                    start -= 1
            else:
                start, end = line_start, len(out)
                if out[:start].endswith("\n\n"):
                    start -= 2
        out = out[:start] + out[end:]
    return out


def ignore_rule_in_document(text: str, rule_or_category: str) -> str:
    return add_directive_value(text, CHECK_IGNORE, rule_or_category)


def unignore_rule_in_document(text: str, rule_or_category: str) -> str:
    return remove_directive_value(text, CHECK_IGNORE, rule_or_category)


def ignore_word_in_document(text: str, word: str) -> str:
    return add_directive_value(text, SPELL_IGNORE, word)


def unignore_word_in_document(text: str, word: str) -> str:
    return remove_directive_value(text, SPELL_IGNORE, word)


# --- ignore once -------------------------------------------------------------------------------

_SENTENCE_END_RE = re.compile(r"[.!?][\"'”’)\]]*(?=\s)|\n[ \t]*\n")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or paragraph fragment) around ``text[start:end]``."""
    s = 0
    for m in _SENTENCE_END_RE.finditer(text, max(0, start - 2000), start):
        s = m.end()
    m2 = _SENTENCE_END_RE.search(text, max(end, start), min(len(text), end + 2000))
    e = m2.end() if m2 else min(len(text), end + 2000)
    return s, e


def _normalise(s: str) -> str:
    return " ".join(s.split())


@dataclass(frozen=True, order=True)
class IgnoreKey:
    rule: str
    flagged: str
    sentence_hash: str

    def to_json(self) -> list[str]:
        return [self.rule, self.flagged, self.sentence_hash]


def ignore_key(text: str, issue: Issue) -> IgnoreKey:
    s, e = sentence_bounds(text, issue.start, issue.end)
    digest = hashlib.sha256(_normalise(text[s:e]).encode("utf-8")).hexdigest()[:16]
    return IgnoreKey(issue.rule, text[issue.start : issue.end], digest)


@dataclass
class IgnoredOnce:
    """The "ignore once" set for one document; saves to and loads from a small JSON file."""

    keys: set[IgnoreKey] = field(default_factory=set)

    def add(self, text: str, issue: Issue) -> IgnoreKey:
        key = ignore_key(text, issue)
        self.keys.add(key)
        return key

    def discard(self, key: IgnoreKey) -> None:
        self.keys.discard(key)

    def matches(self, text: str, issue: Issue) -> bool:
        return bool(self.keys) and ignore_key(text, issue) in self.keys

    def __contains__(self, key: object) -> bool:
        return key in self.keys

    def __iter__(self) -> Iterator[IgnoreKey]:
        return iter(sorted(self.keys))

    def __len__(self) -> int:
        return len(self.keys)

    def to_json(self) -> list[list[str]]:
        return [k.to_json() for k in sorted(self.keys)]

    @classmethod
    def from_json(cls, data: object) -> IgnoredOnce:
        keys: set[IgnoreKey] = set()
        if isinstance(data, list):
            for item in data:
                if isinstance(item, list) and len(item) == 3 and all(isinstance(x, str) for x in item):
                    keys.add(IgnoreKey(item[0], item[1], item[2]))
        return cls(keys)

    def save(self, path: Path) -> None:
        atomic_write_text(path, json.dumps(self.to_json(), ensure_ascii=False, indent=1) + "\n")

    @classmethod
    def load(cls, path: Path) -> IgnoredOnce:
        """A missing or unreadable file gives an empty set: losing "ignore once" is harmless."""
        try:
            return cls.from_json(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return cls()


# --- user dictionary ---------------------------------------------------------------------------


def atomic_write_text(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def read_word_list(path: Path) -> list[str]:
    """Words in a one-word-a-line file; ``#`` starts a comment. A missing file is an empty list."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    words = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.append(line)
    return words


def add_word_to_dictionary(path: Path, word: str) -> bool:
    """Append ``word`` to the user dictionary unless it is already there. Returns True if added.

    The file is rewritten through a temporary file and an atomic rename, so a crash never leaves
    a half-written dictionary.
    """
    word = word.strip()
    if not word or any(c.isspace() for c in word) or "#" in word:
        raise ValueError(f"{word!r} cannot be added to the dictionary: use a single word")
    try:
        existing = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        existing = ""
    if word in read_word_list(path):
        return False
    if existing and not existing.endswith("\n"):
        existing += "\n"
    atomic_write_text(path, existing + word + "\n")
    return True


def remove_word_from_dictionary(path: Path, word: str) -> bool:
    try:
        existing = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return False
    lines = existing.splitlines(keepends=True)
    keep = [ln for ln in lines if ln.split("#", 1)[0].strip() != word.strip()]
    if len(keep) == len(lines):
        return False
    atomic_write_text(path, "".join(keep))
    return True


# --- the pipeline hook -------------------------------------------------------------------------


def apply_suppressions(
    text: str, issues: Iterable[Issue], ignored_once: IgnoredOnce | None = None
) -> list[Issue]:
    """Drop issues the writer has suppressed: rules/categories ignored in the document, spelling
    ignores listed in the document, and passages ignored once. Order is preserved."""
    rules = ignored_rules(text)
    words = spell_ignored_words(text)
    kept = []
    for issue in issues:
        rule = issue.rule.lower()
        # "missing-article" also covers its sub-rules ("missing-article:after-prep").
        if rule in rules or rule.partition(":")[0] in rules or issue.category.lower() in rules:
            continue
        if issue.category == "spelling" and words:
            flagged = text[issue.start : issue.end]
            # An ignored lower-case word also covers its capitalised form at a sentence start.
            if flagged in words or flagged.lower() in words:
                continue
        if ignored_once is not None and ignored_once.matches(text, issue):
            continue
        kept.append(issue)
    return kept
