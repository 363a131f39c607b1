"""Repeats that are deliberate terms of an article, not lapses of style (repeated_phrase precision).

The document-wide rule finds word sequences said twice; some are how correct English names a
measure or a thing, and these say nothing when repeated:

* a quantity or time frame: "£15.1 million a year earlier" ... "£388.9 million a year earlier",
  "twice a week"; every content word is a number, a unit or a time word;
* a recipe quantity: "1 tsp smoked paprika" ... "½ tsp smoked paprika"; the phrase opens with a
  unit of measure, so it is an ingredient line;
* a manner adverb and a past participle: "finely chopped", "thinly sliced", "newly built" say
  how a thing was done or made (a term of a recipe or a trade), not a judgement;
* a phrase cut inside a noun phrase: "got the real [spray]" ... "got the real [thing]": it ends
  on an adjective whose noun differs, so the two are different things.

A paragraph under an "About ..." or "Notes to editors" heading (a press release's standard
description of the company, an author's bio) restates the article's own description on purpose.
"""

from __future__ import annotations

import re
from functools import lru_cache

from editor_app.core.checks.builtin.lexicon import lemmas
from editor_app.core.checks.builtin.text import Analysis, Token

_NUMBER_WORDS = frozenset(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
     "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand",
     "thousands", "million", "millions", "billion", "billions", "trillion", "bn", "m", "k", "half", "quarter",
     "third", "dozen", "once", "twice", "per", "cent", "percent", "times", "double", "treble"]
)
_TIME_WORDS = frozenset(
    ["year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
     "second", "seconds", "decade", "decades", "century", "quarter", "quarters", "period", "earlier", "later",
     "ago", "before", "after", "previous", "prior", "last", "next", "same", "annual", "annually", "daily",
     "weekly", "monthly", "yearly", "season", "term", "overnight", "morning", "evening", "night", "afternoon"]
)
_UNITS = frozenset(
    ["tsp", "tbsp", "teaspoon", "teaspoons", "tablespoon", "tablespoons", "cup", "cups", "g", "kg", "mg", "ml",
     "l", "cl", "dl", "oz", "lb", "lbs", "pint", "pints", "pinch", "handful", "handfuls", "clove", "cloves",
     "sprig", "sprigs", "tin", "tins", "knob", "litre", "litres", "liter", "liters", "gram", "grams", "kilogram",
     "kilograms", "ounce", "ounces", "cm", "mm", "km", "metre", "metres", "meter", "meters", "ft", "kwh", "mph"]
)
_FUNCTION = frozenset(
    ["a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "from", "by", "as", "and", "or", "than",
     "compared", "up", "down", "over", "under", "since", "until", "each", "every", "per", "its", "their", "is",
     "was", "are", "were", "be", "been"]
)

# Words that open a clause or stand for a noun phrase, never a noun qualified by the adjective.
_CLAUSE_WORDS = frozenset(["that", "this", "these", "those", "which", "who", "whom", "whose", "what", "it", "one",
                           "ones", "he", "she", "they", "we", "you", "i", "there", "here", "all", "both", "none",
                           "will", "would", "can", "could", "may", "might", "must", "shall", "should", "do", "does",
                           "did", "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "not"])


def _words(an: Analysis, start: int, end: int) -> list[Token]:
    return [t for t in an.tokens if t.is_word and start <= t.start and t.end <= end]


@lru_cache(maxsize=8192)
def _past_participle(word: str) -> bool:
    forms = lemmas(word)
    verb = forms.get("VERB")
    return (bool(verb) and verb is not None and verb[0].lower() != word and not word.endswith(("ing", "s"))
            and "ADJ" not in forms and "NOUN" not in forms)


def deliberate_repeat(an: Analysis, start: int, end: int) -> bool:
    """Is the repeated phrase at ``[start, end)`` of this segment a term, not a lapse?"""
    words = _words(an, start, end)
    if not words:
        return False
    lows = [t.lower for t in words]
    content = [w for w in lows if w not in _FUNCTION]
    if content and all(w in _NUMBER_WORDS or w in _TIME_WORDS or w in _UNITS for w in content):
        return True  # "million a year earlier", "twice a week"
    if lows[0] in _UNITS:
        return True  # "tsp smoked paprika": an ingredient's measure
    if len(words) == 2 and lows[0].endswith("ly") and "ADV" in lemmas(lows[0]) and _past_participle(lows[1]):
        return True  # "finely chopped": how a thing is made
    last = words[-1]
    nxt = an.tokens[last.index + 1] if last.index + 1 < len(an.tokens) else None
    if (len(words) == 2 and lows[0] in ("a", "an", "the") and "-" in lows[1].strip("-") and nxt is not None
            and nxt.is_word and not nxt.is_cap and "NOUN" in lemmas(nxt.lower)):
        return True  # "a full-scale [plant]" ... "a full-scale [trial]": a compound modifier, nouns differ
    # The window stops before the noun its adjective qualifies; had the noun been the same, the
    # longer window would have been reported instead.
    return (3 <= len(words) < 6 and nxt is not None and nxt.is_word and not nxt.is_cap and nxt.start == last.end + 1
            and "ADJ" in lemmas(last.lower) and not last.lower.endswith("ing")
            and nxt.lower not in _CLAUSE_WORDS and "NOUN" in lemmas(nxt.lower) and not nxt.lower.endswith("ed"))


_WORD = re.compile(r"[a-z0-9'’-]+")


def motif(document_words: str, phrase: str) -> bool:
    """A phrase said twice whose core (all but its first word, four words or more) the article says
    a third time is a motif it keeps returning to ("what I could not do was put my face in the
    water" ... "my face in the water" ... "I can put my face in the water").
    ``document_words``: the article's words, lower-cased, joined by single spaces."""
    words = _WORD.findall(phrase.lower())
    if len(words) < 5:
        return False
    core = " " + " ".join(words[1:]) + " "
    return f" {document_words} ".count(core) >= 3


_ABOUT_HEADING = re.compile(
    r"^\s*(about (?!this|these|the (?:recipe|book|film|show|album|author's)\b)|notes? (?:to|for) editors|"
    r"about the author|boilerplate\b|company profile|author bio)", re.IGNORECASE
)


def standard_description_heading(heading: str) -> bool:
    """A press release's "About Norvale Foods" / "Notes to editors" section or an author's bio."""
    return bool(_ABOUT_HEADING.match(heading))
