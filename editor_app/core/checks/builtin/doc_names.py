"""People's surnames an article introduces, for rules that judge one paragraph at a time.

News and feature writing names a person in full once ("Laura Finch, the bank's chief executive")
and by surname after that ("Finch said ..."). A surname that is also a common noun (Finch, Marsh,
Baker, Lira) opening a sentence is a name, not a noun missing its article. A surname is the second
of two capitalised words whose first is a given name: a word that is not English (Laura, Owen,
Matheus) and a second word that is not the head of an organisation's name ("Leverton Council").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from editor_app.core.checks.builtin import data
from editor_app.core.checks.builtin.lexicon import lemmas

_PAIR = re.compile(r"\b([A-Z][a-zà-ÿ'’-]+) ([A-Z][a-zà-ÿ'’-]+)\b")
# Heads of organisations' and places' names: "Leverton Council", "Harwick Bay".
_NAME_HEADS = frozenset(
    ["council", "court", "board", "government", "parliament", "ministry", "department", "agency", "authority",
     "office", "service", "trust", "society", "association", "academy", "institute", "college", "school",
     "university", "library", "museum", "gallery", "theatre", "hospital", "clinic", "church", "cathedral",
     "club", "united", "city", "town", "rovers", "wanderers", "athletic", "county", "borough", "district",
     "bank", "group", "company", "foods", "holdings", "partners", "capital", "energy", "water", "rail", "airways",
     "airlines", "police", "fire", "party", "union", "committee", "commission", "foundation", "fund", "centre",
     "center", "hall", "park", "road", "street", "lane", "avenue", "square", "bridge", "station", "airport",
     "port", "harbour", "bay", "river", "lake", "island", "islands", "hill", "hills", "valley", "forest", "moor",
     "reef", "sea", "ocean", "gulf", "coast", "beach", "point", "cape", "mountain", "mountains", "house",
     "tower", "castle", "palace", "abbey", "market", "festival", "prize", "cup", "league", "series", "times",
     "post", "news", "press", "review", "journal", "records", "studio", "studios", "media", "labs", "health"]
)


# A capitalised word right after a lower-case word inside a sentence: "pressure from City", "sold by
# Quarry". After anything but a determiner, the writer uses it bare as a name ("Quarry published",
# opening a later sentence, is that name, not a count noun that lost its article).
_BARE_NAME = re.compile(r"\b([a-z][a-z'’-]*) ([A-Z][a-z][a-zà-ÿ'’-]*)\b")
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our",
                          "my", "your", "every", "each", "any", "no", "some", "another", "whose", "which", "what"])


@lru_cache(maxsize=256)
def surnames(text: str) -> frozenset[str]:
    """Capitalised words the text uses as the surname of a person it names in full, or as a name
    in its own right (bare after a lower-case word inside a sentence)."""
    out: set[str] = set()
    for m in _PAIR.finditer(text):
        first, second = m.group(1), m.group(2)
        if first.lower() in _DETERMINERS:
            continue  # "The Finch": not a given name ("The" is in no lexicon)
        person = None
        if lemmas(first.lower()):
            person = _said_of_a_person(text, m.start(), m.end())
            if not person:
                continue  # "Hot Water": not a given name (but "the drummer Tom Street" is one)
        if second.lower() in _NAME_HEADS and not (person if person is not None else _said_of_a_person(text, m.start(), m.end())):
            continue  # "Leverton Council", "Harwick Park": a body or a place (not "the pianist Elena
            # Park", "Elena Park, a 22-year-old pianist": a person)
        out.add(second)
    for before, word in _BARE_NAME.findall(text):
        if before not in _DETERMINERS and not word.endswith(("'s", "’s")) and word not in _the_names():
            out.add(word)  # (not a name that takes "the": "sent to Treasury" is itself a slip)
    return frozenset(out)


_WORD = re.compile(r"[A-Za-z][a-z'’-]*")
_WORD_BEFORE = re.compile(r"\b([a-z][a-z'’-]*) $")


def _said_of_a_person(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] a person's by the words around it: a noun for a kind of
    person (or "named") right before it ("the pianist Elena Park", "a reformer named Rowland
    Hill"), or an appositive after a comma that names one within five words ("Elena Park, a
    22-year-old pianist")?"""
    people = _person_nouns()
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before and (before.group(1).lower() in people or before.group(1).lower() in ("named", "called")):
        return True  # (right before it, a space between: not "author: Parish Clerk")
    rest = text[end : end + 80]
    if not rest.startswith(", "):
        return False
    words = [w.lower() for w in _WORD.findall(rest[2:].split(".")[0].split(",")[0])][:6]
    return bool(words) and words[0] in ("a", "an", "the") and any(w in people for w in words[1:])


@cache
def _person_nouns() -> frozenset[str]:
    return data.word_set("article_person_nouns_wn.txt")


@cache
def _the_names() -> frozenset[str]:
    """One-word names that take "the" (the_names.txt, the_names_wn.txt: Treasury, Netherlands)."""
    return frozenset(n for n in data.lines("the_names.txt") + data.lines("the_names_wn.txt") if " " not in n)


def surnames_in(parts: Iterable[str]) -> frozenset[str]:
    """``surnames`` of the concatenation of ``parts`` when no name pair spans two parts (the
    front matter and the blocks of ``split_blocks``: a pair needs a space between its words,
    and parts meet after a line break). Each part's names are cached, so after a keystroke only
    the edited block is searched again, not the whole document."""
    out: set[str] = set()
    for part in parts:
        out |= _part_surnames(part)
    return frozenset(out)


@lru_cache(maxsize=20000)
def _part_surnames(part: str) -> frozenset[str]:
    return surnames.__wrapped__(part)
