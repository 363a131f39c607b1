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
from functools import lru_cache

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


@lru_cache(maxsize=256)
def surnames(text: str) -> frozenset[str]:
    """Capitalised words the text uses as the surname of a person it names in full."""
    out: set[str] = set()
    for first, second in _PAIR.findall(text):
        if lemmas(first.lower()) or second.lower() in _NAME_HEADS:
            continue  # "The Finch", "Hot Water": not a given name; "Leverton Council": a body
        out.add(second)
    return frozenset(out)


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
