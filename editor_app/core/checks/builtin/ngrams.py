"""Derived n-gram tables under ``resources/checks/ngram_*.txt`` (corpus evidence), loaded lazily.

``ngram_articles.txt`` (tools/make_ngram_articles.py, from symspellpy's MIT-licensed Google Books
bigram counts): for a common noun, how often it follows "the/a/an" and how often it follows a
preposition bare, for the pairs used bare at least a tenth as often ("at school", "on video").
The file is split into lines once (under a millisecond); a noun's row is parsed only when a rule
asks for it.
"""

from __future__ import annotations

from functools import cache

from editor_app.core.resources import read_text


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
    """(millions of "the/a/an noun", {preposition: millions of "preposition noun"}) for a noun
    with an idiomatic bare pair, else None; only pairs at least a tenth of the first count."""
    rest = _article_rows().get(noun)
    if rest is None:
        return None
    cells = rest.split(" ")
    left = {cells[i]: int(cells[i + 1]) for i in range(1, len(cells) - 1, 2)}
    return int(cells[0]), left


def bare_share(prep: str, noun: str) -> float:
    """count("prep noun") / count("the/a/an noun") when that is at least 0.1 (an idiomatic bare
    pair: "at school", "in hospital"), else 0.0 ("at airport", or a noun too rare to judge)."""
    ev = article_evidence(noun)
    if ev is None or not ev[0]:
        return 0.0
    return ev[1].get(prep, 0) / ev[0]


@cache
def _bare_usual() -> frozenset[str]:
    return frozenset(line.split(" ", 1)[0] for line in read_text("checks", "article_ngram_share.txt").splitlines()
                     if line and line[0] != "#")


def article_rare(noun: str) -> bool:
    """Is ``noun`` a common noun Google Books seldom writes after "the/a/an" (article_ngram_share.txt,
    tools/make_article_ngram_share.py): a field, an institution, an office or a channel English uses
    bare ("into finance", "at college", "elected chairman", "by email")?"""
    return noun in _bare_usual()
