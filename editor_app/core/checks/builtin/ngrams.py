"""Derived n-gram tables under ``resources/checks/ngram_*.txt`` (corpus evidence), loaded lazily.

``ngram_articles.txt`` (tools/make_ngram_articles.py, from symspellpy's MIT-licensed Google Books
bigram counts): for a common noun, how often it follows "the/a/an" and how often it follows each
preposition or past verb form bare. The file is split into lines once (a few ms); a noun's row is
parsed only when a rule asks for it.
"""

from __future__ import annotations

from functools import cache

from editor_app.core.resources import read_text

# A bigram the source lacks is rarer than this (millions); the table stores counts in millions.
ABSENT_BELOW = 6


@cache
def _article_rows() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in read_text("checks", "ngram_articles.txt").splitlines():
        if line and line[0] != "#":
            noun, _, rest = line.partition(" ")
            out[noun] = rest
    return out


@cache
def article_evidence(noun: str) -> tuple[int, dict[str, int]] | None:
    """(millions of "the/a/an noun", {left word: millions of "left noun"}) for a noun seen after an
    article at least 20 million times, else None. A left word missing from the dict: under 6.4M."""
    rest = _article_rows().get(noun)
    if rest is None:
        return None
    cells = rest.split(" ")
    left = {cells[i]: int(cells[i + 1]) for i in range(1, len(cells) - 1, 2)}
    return int(cells[0]), left


def bare_share(left_word: str, noun: str) -> float | None:
    """count("left noun") / count("the/a/an noun"), 0.0 when the pair is absent from the corpus list;
    None when the noun is not in the table (too rare to judge)."""
    ev = article_evidence(noun)
    if ev is None:
        return None
    return ev[1].get(left_word, 0) / ev[0] if ev[0] else None

