"""Rule data files under ``resources/checks/`` (loaded once, on first use).

Formats (UTF-8, ``#`` starts a comment line, blank lines ignored):

* ``*.txt``: one entry per line.
* ``*.tsv``: tab-separated columns; see each file's header comment.
"""

from __future__ import annotations

from functools import cache

from editor_app.core.resources import read_text


@cache
def lines(name: str) -> tuple[str, ...]:
    out: list[str] = []
    for raw in read_text("checks", name).splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    out: list[tuple[str, ...]] = []
    for raw in read_text("checks", name).splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        out.append(tuple(col.strip() for col in raw.split("\t")))
    return tuple(out)


@cache
def word_set(name: str) -> frozenset[str]:
    return frozenset(w.lower() for line in lines(name) for w in line.split())


@cache
def phrase_set(name: str) -> frozenset[str]:
    return frozenset(line.lower() for line in lines(name))
