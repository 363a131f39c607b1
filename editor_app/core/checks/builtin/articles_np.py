"""Missing-article rules built from phrase shape, and the WordNet-derived noun data they share.

* ``definite_openers``: a sentence opening with a superlative, an ordinal or "only/same/main"
  before a singular noun and its verb ("Biggest surprise was", "Next step is") needs "the".
* ``road_numbers``: a UK road number after a preposition or a verb of travel ("down M6", "on A38").
* ``wn_bare_pairs``: preposition/verb + noun pairs that WordNet's own prose uses bare ("by train",
  "at table", "take place"); the after-preposition rule in articles.py reads them as idioms.
* ``countable``: nouns WordNet's glosses and examples almost never use bare (car, leg, road).

Both data files come from tools/make_article_countability.py (WordNet glosses and examples read as a
1.5-million-word corpus); WordNet is never needed at run time.
"""

from __future__ import annotations

from functools import cache

from editor_app.core.checks.builtin import data
from editor_app.core.checks.builtin.findings import Finding, quote
from editor_app.core.checks.builtin.lexicon import lemmas
from editor_app.core.checks.builtin.text import Analysis, Token

_DETS = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "some", "any", "each", "every", "no", "another", "many", "several", "few", "both", "all", "such", "which", "whose", "what", "either", "neither", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "much", "more", "most", "less", "least", "enough", "whatever"]
)
_FUNC = frozenset(
    ["and", "or", "but", "nor", "so", "yet", "if", "than", "as", "because", "although", "though", "while", "when", "where", "whether", "that", "who", "whom", "which", "is", "was", "are", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "not", "never", "also", "only", "just", "even", "still", "already", "always", "often", "there", "here", "it", "he", "she", "they", "we", "you", "i", "me", "him", "them", "us", "per", "via"]
)
_PREPS = frozenset(
    ["in", "on", "at", "to", "from", "into", "onto", "of", "for", "with", "by", "along", "across", "through", "near", "under", "over", "behind", "beside", "between", "among", "around", "after", "before", "during", "within", "without", "towards", "toward", "via", "beyond", "upon", "against", "throughout", "below", "above", "beneath", "outside", "inside", "underneath", "amid", "amongst"]
)


@cache
def _bareness() -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    for line in data.lines("article_countable_wn.txt"):
        parts = line.split()
        if len(parts) == 3:
            out[parts[0]] = (int(parts[1]), int(parts[2]))
    return out


@cache
def countable() -> frozenset[str]:
    """Nouns English does not use bare: bare in at most a tenth of their uses in WordNet's prose."""
    return frozenset(w for w, (d, b) in _bareness().items() if b * 10 <= d + b)


@cache
def bare_prone() -> frozenset[str]:
    """Nouns WordNet's prose uses bare in a third or more of their uses ("school", "home", "work",
    "evidence"): a bare use after a preposition is usually a mass or institutional sense."""
    return frozenset(w for w, (d, b) in _bareness().items() if b * 3 >= d + b)


@cache
def wn_bare_pairs() -> frozenset[tuple[str, str]]:
    """Word + noun pairs WordNet's own prose uses bare ("by train", "at table", "take place")."""
    return frozenset((p[0], p[1]) for p in (line.split() for line in data.lines("article_bare_pairs_wn.txt")) if len(p) == 2)


@cache
def _count_nouns_any() -> frozenset[str]:
    return countable() | data.word_set("count_nouns_auto.txt") | data.word_set("article_nouns.txt")


def _count_noun(low: str) -> bool:
    return low in _count_nouns_any()


def _word(toks: list[Token], i: int) -> Token | None:
    if 0 <= i < len(toks) and toks[i].is_word:
        return toks[i]
    return None


def _finding(an: Analysis, first: Token, last: Token, sub: str) -> Finding:
    phrase = an.text[first.start : last.end]
    body = phrase[:1].lower() + phrase[1:]
    fixed = "The " + body
    return Finding(first.start, last.end, "missing-article:" + sub, "missing_article",
                   f"{quote(phrase)} needs an article here: {quote(fixed)}.", (fixed,))


_DEFINITE_OPENERS = frozenset(["best", "worst", "first", "second", "third", "fourth", "fifth", "next", "last", "final",
                               "only", "same", "whole", "entire", "main", "sole", "following", "previous", "latter",
                               "former", "biggest", "largest", "greatest"])
_TIME_HEADS = frozenset(["year", "week", "month", "day", "night", "time", "season", "summer", "winter", "spring",
                         "autumn", "weekend", "morning", "evening", "afternoon", "century", "decade", "quarter",
                         "term", "hour", "minute", "place", "thing", "half", "light", "prize", "practice",
                         "choice", "class", "aid", "priority", "resort", "hand"])
_CLAUSE_VERBS = frozenset(["is", "was", "has", "had", "will", "would", "could", "can", "came", "comes", "went", "goes",
                           "isn't", "wasn't", "remains", "remained", "looks", "looked", "seems", "seemed", "lies",
                           "lay", "appears", "appeared", "turned", "proved"])


def _superlative_word(t: Token) -> bool:
    low = t.lower
    if low in _DEFINITE_OPENERS:
        return True
    if not low.endswith("est") or len(low) < 6:
        return False
    adj = lemmas(t.text).get("ADJ")
    return bool(adj) and adj is not None and adj[0].lower() != low


def definite_openers(an: Analysis) -> list[Finding]:
    """ "Biggest surprise was the bass", "Only problem is the price", "Next step is harder": a
    sentence opening with a superlative, ordinal or "only/same/main" before a singular noun and its
    verb needs "the". Time phrases ("Last year was", "Next week brings") and idioms ("First
    place went") are left alone."""
    out: list[Finding] = []
    toks = an.tokens
    for s in an.sentences:
        w0 = toks[s.first]
        if not w0.is_word or not w0.is_cap or w0.text.isupper() or w0.quoted or not _superlative_word(w0):
            continue
        k = s.first + 1
        head = _word(toks, k)
        if head is not None and not head.is_cap and "ADJ" in lemmas(head.text) and "NOUN" not in lemmas(head.text):
            k += 1  # "Biggest single surprise"
            head = _word(toks, k)
        if head is None or head.is_cap or head.lower in _TIME_HEADS or head.lower in _DETS or head.lower in _FUNC:
            continue
        forms = lemmas(head.text)
        noun = forms.get("NOUN")
        if not noun or noun[0].lower() != head.lower or "ADV" in forms:
            continue  # a plural ("First results were") or not a noun
        if "VERB" in forms and head.lower.endswith("ed") or w0.lower in ("whole", "entire") and not _count_noun(head.lower):
            continue  # "Whole blood is": a mass noun
        verb = _word(toks, k + 1)
        if verb is None or verb.lower not in _CLAUSE_VERBS:
            continue
        out.append(_finding(an, w0, head, "definite-opener"))
    return out


# UK road numbers: "the M6", "the A38", "the B4632" (a road's number takes "the" like a river's name).
_ROAD_PREPS = frozenset(["on", "along", "down", "up", "off", "onto", "via", "from", "to", "towards", "toward", "near",
                         "across", "beside", "joined", "join", "joins", "joining", "took", "take", "takes", "leave",
                         "left", "leaves", "cross", "crossed", "closed", "reopened", "use", "used", "uses"])
_ROAD_NOUNS = frozenset(["motorway", "road", "junction", "corridor", "carriageway", "interchange", "bypass", "link",
                         "southbound", "northbound", "eastbound", "westbound"])


def _road_number(text: str) -> bool:
    return (len(text) >= 2 and text[0] in "MAB" and text[1:].isdigit() and len(text) <= 5
            and not (text[0] == "A" and len(text) == 2))  # "A4" is also a paper size


def road_numbers(an: Analysis) -> list[Finding]:
    """ "a run down M6 to Birmingham", "queues on A38": a UK road number after a preposition or a
    verb of travel needs "the"."""
    out: list[Finding] = []
    toks = an.tokens
    for t in an.words:
        if t.quoted or not _road_number(t.text):
            continue
        prev = _word(toks, t.index - 1)
        if prev is None or prev.lower not in _ROAD_PREPS:
            continue
        nxt = toks[t.index + 1] if t.index + 1 < len(toks) else None
        if nxt is not None and nxt.is_word and not nxt.is_cap and nxt.lower not in _ROAD_NOUNS \
                and "NOUN" in lemmas(nxt.text) and nxt.lower not in _FUNC and nxt.lower not in _PREPS:
            continue  # "A4 paper", "B12 deficiency": a code before a noun
        if nxt is not None and nxt.text in ("-", "/", "(") :
            continue
        out.append(Finding(t.start, t.end, "missing-article:road-number", "missing_article",
                           f"A road number takes {quote('the')}: {quote('the ' + t.text)}.", ("the " + t.text,)))
    return out
