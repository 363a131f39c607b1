"""Shared reading of the WordNet 3.0 database for the tools/make_*.py generators (dev time only).

    apt-get install wordnet-base   # the database files in /usr/share/wordnet

The generators write data files under resources/checks/; the checker never reads WordNet itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")

# The notice a generated data file carries under its own header lines.
WORDNET_LICENSE = """\
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University or
# Princeton may not be used in advertising or publicity pertaining to distribution of the
# software and/or database. Title to copyright in this software, database and any associated
# documentation shall at all times remain with Princeton University and LICENSEE agrees to
# preserve same. (WordNet license: https://wordnet.princeton.edu/license-and-commercial-use)
"""


def noun_hyponyms(root: str, symbols: tuple[str, ...] = ("~",)) -> list[list[str]]:
    """The words (WordNet spelling, '_' between words) of every synset below the noun synset at
    offset ``root``, followed through the pointers in ``symbols`` ("~" hyponym, "~i" instance
    hyponym); ``root`` itself is left out."""
    hyponyms: dict[str, list[str]] = {}
    words: dict[str, list[str]] = {}
    for line in (WORDNET / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        parts = line.split(" | ")[0].split()
        off, n = parts[0], int(parts[3], 16)
        words[off] = [parts[4 + 2 * k] for k in range(n)]
        p = 4 + 2 * n
        for k in range(int(parts[p])):
            if parts[p + 1 + 4 * k] in symbols:
                hyponyms.setdefault(off, []).append(parts[p + 2 + 4 * k])
    seen: set[str] = set()
    todo = list(hyponyms.get(root, []))
    while todo:
        off = todo.pop()
        if off not in seen:
            seen.add(off)
            todo.extend(hyponyms.get(off, []))
    seen.discard(root)
    return [words[off] for off in sorted(seen)]


def index_entries(name: str = "noun") -> Iterator[tuple[str, int, list[str]]]:
    """``(word, tagged, offsets)`` for every one-word, lower-case entry of ``index.<name>``
    ("noun", "verb", "adj", "adv"): ``tagged`` is how many of its senses (the first ones, most
    frequent first) are tagged in WordNet's sense-tagged corpus, ``offsets`` its synsets in order."""
    for line in (WORDNET / f"index.{name}").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        parts = line.split()
        if not re.fullmatch(r"[a-z]+", parts[0]):
            continue
        n_ptr = int(parts[3])
        yield parts[0], int(parts[5 + n_ptr]), parts[6 + n_ptr :]


def commonest_senses(name: str, limit: int) -> dict[str, list[str]]:
    """Each one-word entry of ``index.<name>`` with a sense in the sense-tagged corpus, mapped to
    the offsets of its commonest tagged senses (at most ``limit``)."""
    return {word: offsets[: min(tagged, limit)] for word, tagged, offsets in index_entries(name) if tagged}
