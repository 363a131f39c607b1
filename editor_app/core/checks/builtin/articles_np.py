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

import re
from functools import cache, lru_cache

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
def concrete() -> frozenset[str]:
    """Nouns whose main sense is a countable thing, person or animal (saucer, inverter, hospice),
    from tools/make_article_concrete.py."""
    return data.word_set("article_concrete_wn.txt")


@cache
def subject_heads() -> frozenset[str]:
    """Singular nouns judged bare in a clause: WordNet-prose countable or concrete, and neither
    bare-prone in WordNet's prose nor mass-like (article_mass_wn.txt: "cloud", "output", "sun")."""
    return (countable() | concrete()) - bare_prone() - data.word_set("article_mass_wn.txt") - _OPENER_BARE_HEADS


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


# Words that make a noun phrase definite whatever it names: "the best player", "the first time",
# "the only way", never "a best player".
_DEFINITE_ONLY = frozenset(["best", "worst", "most", "least", "only", "same", "whole", "entire", "very", "first",
                            "last", "next", "final", "following", "previous", "latter", "former", "opposite",
                            "penultimate", "sole"])
# Spellings whose first sound is not what the first letter suggests: "an hour", "a university".
_AN_SILENT_H = ("hour", "honest", "honour", "honor", "heir")
_A_YOO = ("uni", "use", "usu", "uti", "eu", "ewe", "one", "once", "ubiq", "ura", "uro", "u-")
_AN_LETTERS = "aefhilmnorsx"  # an acronym read letter by letter: "an MP", "an FBI agent"


def indefinite(phrase: str) -> str:
    """ "a" or "an" for ``phrase`` by its first sound, with the phrase: "an hour", "a unit", "an MP"."""
    first = phrase.split(" ", 1)[0]
    low = first.lower()
    if len(first) > 1 and first.isupper() and first.isalpha():
        return ("an " if low[0] in _AN_LETTERS else "a ") + phrase
    vowel = low[:1] in "aeiou" and not low.startswith(_A_YOO) or low.startswith(_AN_SILENT_H)
    return ("an " if vowel else "a ") + phrase


def article_fixes(an: Analysis, first: Token, last: Token, name: bool = False) -> tuple[str, ...]:
    """The phrase from ``first`` to ``last`` with the article it lacks: "The ..." when it opens its
    sentence, else "the ..." and, for a common noun with no word that makes it definite ("best",
    "first", "only"), "a/an ...". Text before ``first`` is never taken in."""
    phrase = an.text[first.start : last.end]
    s = an.sentences[first.sentence]
    opens = s.first == first.index or all(not t.is_word for t in an.tokens[s.first : first.index])
    words = phrase.split()
    definite = name or words[0].lower() in _DEFINITE_ONLY or (
        len(words) > 1 and words[0].lower().endswith("est") and "ADJ" in lemmas(words[0]))
    if opens:
        keep = name or (len(phrase) > 1 and phrase[1:2].isupper())
        body = phrase if keep else phrase[:1].lower() + phrase[1:]
        return ("The " + body,)
    if definite:
        return ("the " + phrase,)
    return ("the " + phrase, indefinite(phrase))


def start_news(v: Token) -> bool:
    """Is ``v`` a verb of news spreading ("word got out", "word spread", "word came")?"""
    return lemmas(v.text).get("VERB", ("",))[0].lower() in ("get", "spread", "come", "reach", "travel", "leak", "go")


def _finding(an: Analysis, first: Token, last: Token, sub: str) -> Finding:
    phrase = an.text[first.start : last.end]
    repl = article_fixes(an, first, last)
    return Finding(first.start, last.end, "missing-article:" + sub, "missing_article",
                   f"{quote(phrase)} needs an article here: {quote(repl[0])}.", repl)


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


def road_numbers(an: Analysis, words: list[Token]) -> list[Finding]:
    """ "a run down M6 to Birmingham", "queues on A38": a UK road number after a preposition or a
    verb of travel needs "the"."""
    out: list[Finding] = []
    toks = an.tokens
    for t in words:
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


# Ordinals and other words that pick out one member of a series: "the second plant", "the last train".
RANK_ORDINALS = frozenset(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                            "tenth", "last", "next", "final", "penultimate", "same"])
# Time words after "last"/"next"/"this" that make a bare adverbial ("last week", "next year").
_TIME_WORDS = frozenset(["year", "week", "month", "day", "night", "time", "season", "summer", "winter", "spring",
                         "autumn", "fall", "weekend", "morning", "evening", "afternoon", "century", "decade",
                         "quarter", "term", "hour", "minute", "monday", "tuesday", "wednesday", "thursday", "friday",
                         "saturday", "sunday", "semester", "fortnight", "round", "orders"])
# Ranked pairs that are idioms without an article: "at first sight", "in first place", "first aid".
_RANK_IDIOMS = frozenset([("first", "sight"), ("first", "glance"), ("first", "hand"), ("second", "hand"),
                          ("first", "place"), ("second", "place"), ("third", "place"), ("last", "place"),
                          ("first", "light"), ("first", "gear"), ("second", "gear"), ("third", "gear"),
                          ("first", "class"), ("second", "class"), ("first", "aid"), ("first", "name"),
                          ("last", "name"), ("second", "nature"), ("first", "base"), ("second", "base"),
                          ("third", "base"), ("last", "resort"), ("first", "priority"), ("first", "choice"),
                          ("last", "minute"), ("first", "prize"), ("second", "prize"), ("third", "prize"),
                          ("best", "practice"), ("best", "man"), ("best", "value"), ("same", "day"),
                          ("same", "time"), ("same", "way"), ("same", "sex"), ("first", "thing"),
                          ("first", "language"), ("second", "language"), ("first", "person"), ("third", "person"),
                          ("second", "person"), ("next", "door"), ("first", "degree"), ("second", "degree"), ("third", "degree"),
                          ("first", "reading"), ("second", "reading"), ("third", "reading"), ("first", "team"),
                          ("first", "half"), ("second", "half"), ("first", "leg"), ("second", "leg"),
                          ("first", "instance")])  # ("the judge at first instance", "a court of first instance")
# Heads an ordinal names bare as a rank or a level: "in fourth grade", "moved up to fifth position".
_RANKED_BARE_HEADS = frozenset(["grade", "gear", "position", "place", "base", "class", "chair", "form", "person",
                                "degree", "reading", "nature", "hand", "sight", "glance", "light", "aid", "tier",
                                "division", "seed", "row", "year"])
# Heads a superlative takes bare after a preposition: "to best effect", "at last count", "at greatest risk".
RANK_PREP_IDIOM_HEADS = frozenset(["effect", "advantage", "count", "risk", "ebb", "regard", "convenience",
                                    "opportunity", "possible"])
# Events named bare after "on/at first": "on first use", "at first sight", "at first light".
_FIRST_EVENTS = frozenset(["use", "run", "launch", "start", "boot", "login", "install", "sight", "glance", "look",
                           "light", "contact", "blush", "acquaintance", "impression", "hearing", "reading", "viewing",
                           "visit", "arrival", "entry", "release"])
# Verbs after which a ranked phrase is a title or an award: "voted best player", "named first reserve".
_TITLE_VERBS = frozenset(["voted", "named", "won", "wins", "win", "winning", "crowned", "nominated", "shortlisted",
                          "awarded", "elected", "appointed", "ranked", "rated", "finished", "finishes", "came",
                          "comes", "placed", "seeded", "picked", "chosen", "selected", "judged", "listed", "called",
                          "dubbed", "declared", "became", "become", "becomes", "make", "makes", "made", "making"])
_COPULA_WORDS = frozenset(["is", "was", "are", "were", "be", "been", "being", "remains", "remained", "isn't",
                           "wasn't", "'s", "’s"])
_RANK_PREPS = frozenset(["in", "on", "at", "for", "from", "to", "into", "with", "by", "after", "before", "during",
                         "since", "until", "of", "over", "under", "through", "throughout", "within", "across",
                         "behind", "among", "between", "against", "toward", "towards", "onto", "about"])


def _ranking(t: Token) -> bool:
    """A superlative ("busiest", "oldest", "best") or an ordinal ("second", "last")."""
    low = t.lower
    if low in RANK_ORDINALS or low in ("best", "worst"):
        return True
    if not low.endswith("est") or len(low) < 6:
        return False
    adj = lemmas(t.text).get("ADJ")
    return bool(adj) and adj is not None and adj[0].lower() != low


def _singular_head(t: Token | None) -> bool:
    if t is None or t.is_cap or t.lower in _DETS or t.lower in _FUNC or t.lower in _PREPS:
        return False
    forms = lemmas(t.text)
    noun = forms.get("NOUN")
    verb = forms.get("VERB")
    if not noun and verb and verb[0].lower() == t.lower and not t.lower.endswith("s") and len(forms) == 1:
        return True  # "fastest retreat", "biggest rise": a verb's base form used as a noun
    if not noun or noun[0].lower() != t.lower or "ADV" in forms:
        return False
    # "was first thought", "was first shot in": a participle, not a noun
    return not (verb and verb[0].lower() != t.lower and not t.lower.endswith(("s", "ing")))


# Heads "in" takes bare, with or without modifiers, for a state: dress ("in costume", "in full kit",
# "in school uniform") and modes ("in dark mode", "in safe mode").
STATE_HEADS = frozenset(["costume", "uniform", "kit", "regalia", "livery", "armour", "armor", "disguise", "drag",
                         "mufti", "mode"])


# A rank held, named bare after a copula like an office: "was first author", "is second favourite",
# "became first choice", "is top scorer", "plays first violin".
_RANK_TITLE_WORDS = frozenset(["first", "second", "third", "top", "joint", "sole", "lead"])
RANK_TITLE_HEADS = frozenset(["author", "reserve", "favourite", "favorite", "choice", "pick", "seed", "scorer",
                              "violin", "mate", "officer", "substitute", "alternate", "leader", "minister",
                              "executive", "partner", "founder", "co-founder", "counsel", "examiner", "investigator",
                              "economist", "scientist", "engineer", "architect", "designer", "producer", "conductor",
                              "organist", "curator", "sponsor"])


def ranked_phrases(an: Analysis, words: list[Token]) -> list[Finding]:
    """ "recorded fastest retreat of the survey", "This is second plant of its type", "for first
    weekend of December", "Last train leaves at midnight": a superlative or an ordinal before a
    singular noun picks out one thing and needs "the" after a verb, a copula or a preposition, or
    opening a sentence. Titles and awards ("voted best player"), time adverbials ("last week", "next
    year") and idioms ("at first sight", "in first place") are left alone."""
    out: list[Finding] = []
    toks = an.tokens
    n = len(toks)
    for r in words:
        if r.quoted or not _ranking(r):
            continue
        s = an.sentences[r.sentence]
        opens = s.first == r.index
        if r.is_cap and not opens or r.text.isupper():
            continue
        # up to two modifiers, then the head
        k = r.index + 1
        mods = 0
        while mods < 2 and k + 1 < n and toks[k].is_word and not toks[k].is_cap and toks[k + 1].is_word \
                and not toks[k + 1].is_cap and _singular_head(toks[k + 1]) is not None:
            w = toks[k]
            forms = lemmas(w.text)
            if w.lower in _DETS or w.lower in _FUNC or w.lower in _PREPS:
                break
            nxt_forms = lemmas(toks[k + 1].text)
            if not ("ADJ" in forms or w.lower.endswith(("ing", "ed")) and "VERB" in forms or "-" in w.lower
                    or "NOUN" in forms and "NOUN" in nxt_forms):
                break
            if not ("NOUN" in nxt_forms or "ADJ" in nxt_forms or toks[k + 1].lower.endswith(("ing", "ed"))):
                break
            k += 1
            mods += 1
        # the head is the last noun of the run: step back if the word after it is not a noun
        head = toks[k] if k < n and toks[k].is_word else None
        while head is not None and not _singular_head(head) and k > r.index + 1:
            k -= 1
            head = toks[k]
        if head is None or not _singular_head(head) or head.index == r.index:
            continue
        mods = head.index - r.index - 1
        after = toks[head.index + 1] if head.index + 1 < n else None
        if after is not None and after.is_word and not after.is_cap and after.lower not in _FUNC \
                and after.lower not in _PREPS and after.lower not in _DETS:
            aforms = lemmas(after.text)
            if "NOUN" in aforms and not (_finite_like(after) and opens):
                continue  # the phrase goes on: "best seller lists", "first class passengers"
        if after is not None and (after.text in ("-", "’", "'", "/") or after.lower[:1].isdigit()):
            continue
        if r.lower in ("last", "next", "same") and head.lower in _TIME_WORDS and not mods:
            continue  # "last week", "next year", "same day"
        if ((r.lower, head.lower) in _RANK_IDIOMS or r.lower in RANK_ORDINALS and head.lower in _RANKED_BARE_HEADS) \
                and not mods:
            continue
        if opens:
            if after is None or not after.is_word:
                continue  # "Best value: the small tin": a label
            if not (_finite_like(after) or after.lower in ("of", "in", "on", "at", "for", "from", "with")):
                continue
            if not an.text.rstrip().endswith((".", "!", "?", '"', "”")):
                continue
            out.append(_rank_finding(an, r, head))
            continue
        left = toks[r.index - 1] if r.index > 0 else None
        if left is None or not left.is_word:
            continue
        ll = left.lower
        if left.is_cap or ll in _DETS or ll.endswith(("'s", "’s")) and ll not in _COPULA_WORDS or ll[:1].isdigit():
            continue
        if ll in _TITLE_VERBS or ll in ("as", "and", "or", "than", "most", "very", "the"):
            continue
        if ll in _COPULA_WORDS and not mods and r.lower in _RANK_TITLE_WORDS and head.lower in RANK_TITLE_HEADS:
            continue  # "she was first author", "he is second favourite", "she is top scorer": a rank held
        if ll in _COPULA_WORDS:
            if r.lower in ("best", "worst") and after is not None and after.is_word and "VERB" in lemmas(after.text) \
                    and after.lower.endswith(("ed", "en")):
                continue
            out.append(_rank_finding(an, r, head))
            continue
        if ll in _RANK_PREPS:
            if head.lower in RANK_PREP_IDIOM_HEADS and not mods:
                continue  # "to best effect", "at last count", "those at greatest risk"
            if ll == "for" and r.lower in ("best", "worst") and left.index > 0 \
                    and toks[left.index - 1].lower in AWARD_CUES:
                continue  # "runner-up for best actress": an award's title
            if not mods and positions_named([r, head], toks):
                continue  # "the edge carried to first slip", "played at second base": a fielding position
            if r.lower == "first" and ll in ("on", "upon", "at") and not mods and (
                    after is None or not after.is_word or after.lower in ("and", "but", "or")) and (
                    head.lower in _FIRST_EVENTS or head.lower.endswith(("ing", "ion", "ance", "ence", "ment"))):
                continue  # "converted on first use,", "at first sight", "on first reading": when it first happens
            if r.lower in ("next", "last") and ll in ("by", "until", "since", "from", "before", "after", "over",
                                                       "through", "for", "during", "within"):
                continue  # "by next spring", "over last summer" are time phrases too
            out.append(_rank_finding(an, r, head))
            continue
        forms = lemmas(left.text)
        verb = forms.get("VERB")
        if not verb or ll in _FUNC:
            continue
        if "NOUN" in forms and not ll.endswith("ed") or "ADJ" in forms and not ll.endswith("ed"):
            continue
        if _after_determiner(toks, left.index):
            continue  # "the newly opened third terminal": the verb form is an adjective
        out.append(_rank_finding(an, r, head))
    return out


def _after_determiner(toks: list[Token], k: int) -> bool:
    j = k - 1
    while j >= 0 and toks[j].is_word and (toks[j].lower.endswith("ly") or "ADJ" in lemmas(toks[j].text)):
        j -= 1
    return j >= 0 and toks[j].is_word and (toks[j].lower in _DETS or toks[j].lower.endswith(("'s", "’s")))


def _finite_like(t: Token) -> bool:
    """ "leaves", "was", "opened": a word that can be the clause's verb after a singular subject."""
    low = t.lower
    if low in ("is", "was", "has", "had", "will", "would", "can", "could", "may", "might", "must", "should",
               "says", "said", "does", "did", "came", "went", "goes", "comes"):
        return True
    forms = lemmas(t.text)
    verb = forms.get("VERB")
    if not verb or verb[0].lower() == low or low.endswith("ing"):
        return False
    return low.endswith(("s", "ed")) or "NOUN" not in forms


def _rank_finding(an: Analysis, first: Token, last: Token) -> Finding:
    phrase = an.text[first.start : last.end]
    opens = an.sentences[first.sentence].first == first.index
    fixed = ("The " + phrase[:1].lower() + phrase[1:]) if opens else "the " + phrase
    return Finding(first.start, last.end, "missing-article:ranked", "missing_article",
                   f"{quote(phrase)} picks out one thing and needs {quote('the')}: {quote(fixed)}.", (fixed,))


def acronym_openers(an: Analysis) -> list[Finding]:
    """ "EU agency warned", "NHS trust said", "UN refugee agency identifies": a sentence that opens
    with an acronym used as a modifier, then a singular count noun and its verb, needs an article.
    Plural and mass heads ("NASA scientists found", "UK inflation rose") are left alone."""
    out: list[Finding] = []
    toks = an.tokens
    nouns = countable()
    for s in an.sentences:
        w0 = toks[s.first]
        if not w0.is_word or w0.quoted or not w0.text.isupper() or not 2 <= len(w0.text) <= 5 \
                or not w0.text.isalpha() or w0.text == "OK":
            continue
        k = s.first + 1
        head: Token | None = None
        for _ in range(2):
            w = _word(toks, k)
            if w is None or w.is_cap or w.lower in _FUNC or w.lower in _DETS or w.lower in _PREPS:
                break
            if w.lower in nouns:
                head = w
            k += 1
            if head is not None and head is w:
                nxt = _word(toks, k)
                if nxt is not None and nxt.lower in nouns:
                    continue  # "EU border agency": the compound goes on
                break
        if head is None:
            continue
        verb = _word(toks, head.index + 1)
        if verb is None or not _finite_like(verb) or verb.lower in ("are", "were", "have", "do"):
            continue
        if an.quoted_sentence(s):
            continue
        fixed_the = "The " + an.text[w0.start : head.end]
        out.append(Finding(w0.start, head.end, "missing-article:acronym-opener", "missing_article",
                           f"{quote(an.text[w0.start : head.end])} needs an article here: {quote(fixed_the)}.",
                           (fixed_the,)))
    return out


# Subject openers ---------------------------------------------------------------------------------

# Verbs that agree with a singular subject and are never a plural noun.
_SG_FINITE = frozenset(["is", "was", "has", "had", "will", "would", "can", "could", "may", "might", "must", "should",
                        "does", "did", "isn't", "wasn't", "hasn't", "hadn't", "won't", "wouldn't", "can't",
                        "couldn't", "doesn't", "didn't", "shouldn't", "mustn't"])
# Words that never modify a following head noun in an opener.
_NOT_MODS = frozenset(["last", "next", "this", "that", "half", "most", "much", "more", "less", "other", "another",
                       "same", "such", "each", "every", "only", "even", "just", "very", "too", "how", "why", "what",
                       "here", "there", "please", "thank", "today", "tonight", "yesterday", "tomorrow", "then",
                       "now", "so", "yet", "still", "later", "once", "also", "meanwhile", "instead", "soon",
                       "eventually", "finally", "own", "many", "few", "several", "all", "both", "either",
                       "neither", "no", "any", "some", "little", "enough", "one", "i", "me", "you", "we", "they",
                       "he", "she", "it", "him", "her", "us", "them", "mine", "yours", "ours", "theirs", "hers",
                       "his"])
# Heads that open a sentence bare by usage: time words, meals, bodies named like a proper name.
_OPENER_BARE_HEADS = frozenset(["year", "week", "month", "day", "night", "time", "season", "summer", "winter",
                                "spring", "autumn", "weekend", "morning", "evening", "afternoon", "century",
                                "decade", "quarter", "term", "hour", "minute", "breakfast", "lunch", "dinner",
                                "supper", "tea", "brunch", "government", "parliament", "congress", "council",
                                "cabinet", "court", "police", "management", "staff", "class", "school", "church",
                                "college", "university", "work", "home", "bed", "practice", "training", "dawn",
                                "dusk", "noon", "midnight", "sunset", "sunrise", "kickoff", "kick-off"])


# Adjectives that pick out one particular thing: "New timetable starts", "Local branch voted".
_SPECIFIC_ADJECTIVES = frozenset(["new", "local", "typical", "main", "current", "previous", "original", "existing",
                                  "proposed", "planned", "nearby", "former", "latest", "revised", "updated",
                                  "upcoming", "forthcoming", "recent", "nearest", "eventual", "resulting",
                                  "successful", "winning", "losing", "visiting", "home", "rival", "parent"])


def _verb_after_of(an: Analysis, of: int, last: int) -> Token | None:
    """The clause's verb after a short "of" phrase ("branch of the walkers' union voted"): the first
    lower-case word within seven that reads as a finite verb after a noun, no comma between."""
    toks = an.tokens
    for j in range(of + 2, min(of + 8, last)):
        w = toks[j]
        if not w.is_word and w.text in ("'", "’", "-"):
            continue  # "the walkers' union"
        if not w.is_word or w.lower in _FUNC and w.lower not in _SG_FINITE:
            return None
        if not w.is_cap and (w.lower in _SG_FINITE or _sg_verb(an, w) and not w.lower.endswith("s")) \
                and toks[j - 1].lower not in _DETS and toks[j - 1].lower not in _PREPS:
            return w
    return None


def _opener_modifier(t: Token, first: bool) -> bool:
    """An adjective, a singular noun or an -ing/-ed form that can modify the head after it."""
    low = t.lower
    if low in _NOT_MODS or low in _DETS or low in _FUNC or low in _PREPS or "'" in low or "’" in low \
            or low[:1].isdigit() or (first and not t.text[1:].islower()) or (not first and t.is_cap):
        return False
    forms = lemmas(t.text)
    if not forms or "ADV" in forms and "ADJ" not in forms:
        return False
    if "ADJ" in forms:
        return True
    noun = forms.get("NOUN")
    return bool(noun) and noun is not None and noun[0].lower() == low


_OBJECTS = frozenset(["it", "them", "him", "her", "us", "me", "you", "up", "out", "off", "down"])
_ABSTRACT = ("tion", "sion", "ment", "ance", "ence", "ity", "ness", "ism", "ship", "ing", "cy", "ure", "age")


def _sg_verb(an: Analysis, v: Token | None) -> bool:
    """A finite verb agreeing with a singular subject: "is", "will", "rose", "starts in"."""
    if v is None or v.is_cap or v.quoted:
        return False
    low = v.lower
    if low in _SG_FINITE:
        return True
    if low in ("are", "were", "have", "do", "be", "been", "being"):
        return False
    forms = lemmas(v.text)
    verb = forms.get("VERB")
    if not verb or verb[0].lower() == low or low.endswith("ing"):
        return False
    nxt = _word(an.tokens, v.index + 1)
    objecty = nxt is not None and (nxt.lower in _DETS or nxt.lower in _OBJECTS or nxt.lower[:1].isdigit())
    if low.endswith("s"):
        if low.endswith("ss"):
            return False
        return "NOUN" not in forms or objecty  # "charges rose" is a plural noun; "starts in" a verb
    if "ADJ" in forms:
        return objecty
    noun = forms.get("NOUN")
    if noun and noun[0].lower() == low:
        return low in _NOUN_PASTS  # "crew" is a noun before it is the past of "crow"
    return True  # a past form: "trialled", "called"


# Irregular past tenses that are also singular nouns: after a subject noun they are the verb.
_NOUN_PASTS = frozenset(["rose", "fell", "left", "led", "shot", "saw", "found", "felt", "lay", "wound", "sank",
                         "bore", "ground", "fed", "bid", "cast", "set", "hit", "won", "held", "struck"])


@cache
def _concrete_subjects() -> frozenset[str]:
    return subject_heads() & concrete()


def bare_countable_openers(an: Analysis, cands: list[Token], hits: frozenset[str]) -> list[Finding]:
    """ "Local depot opens in May", "Spare battery is in the box": a sentence whose subject is a
    singular concrete count noun (a thing, person or animal: ``concrete``), after one or two
    adjectives or noun modifiers and no determiner, then its finite verb. One capitalised word
    before a verb is left alone: it is as often a name ("Kestrel has", "Riverside led")."""
    nouns = subject_heads() & hits
    if not nouns:
        return []
    concrete_here = _concrete_subjects() & nouns
    out: list[Finding] = []
    toks = an.tokens
    seen: set[int] = set()
    for c in cands:
        s = an.sentences[c.sentence]
        if c.lower not in nouns or not 1 <= c.index - s.first <= 2 or s.first in seen:
            continue  # only a count noun in second or third place can head an opener
        w0 = toks[s.first]
        if c.lower not in concrete_here and w0.lower not in _SPECIFIC_ADJECTIVES:
            continue  # a noun that is not concrete only after an adjective that picks one thing out
        seen.add(s.first)
        if not w0.is_word or w0.quoted or not w0.is_cap or not w0.text[1:].islower() or w0.lower in _NOT_MODS:
            continue
        if s.first > 0 and toks[s.first - 1].text == ":" or an.text[s.start : s.end].rstrip().endswith(":"):
            continue
        head: Token | None = None
        for k in range(s.first, min(s.first + 3, s.last)):
            w = _word(toks, k)
            if w is None or (k > s.first and w.is_cap):
                break
            if w.lower in nouns and (not w.lower.endswith(_ABSTRACT) or w.lower in countable()):
                forms = lemmas(w.text)
                noun = forms.get("NOUN")
                base_verb = forms.get("VERB", ("",))[0].lower() == w.lower
                if (not forms or noun and noun[0].lower() == w.lower) and not (k == s.first and base_verb):
                    v = toks[k + 1] if k + 1 < len(toks) else None
                    if v is not None and v.is_word and v.lower == "of" and w0.lower in _SPECIFIC_ADJECTIVES:
                        v = _verb_after_of(an, v.index, s.last)
                    if v is not None and v.is_word and _sg_verb(an, v):
                        head = w
                        break
            if not _opener_modifier(w, k == s.first):
                break
            wf = lemmas(w.text)
            if k == s.first and "ADJ" not in wf and "NOUN" not in wf:
                break  # "Cover fresh scraps with ...": an imperative
        if head is None:
            continue
        if head is w0:
            continue  # one capitalised word before a verb is as often a name ("Kestrel has", "Riverside led")
        if an.quoted_sentence(s):
            continue
        out.append(_finding(an, w0, head, "countable-opener"))
    return out


# Clause shapes -----------------------------------------------------------------------------------

_CLAUSE_OPENERS = frozenset(["when", "if", "while", "because", "since", "although", "though", "until", "once",
                             "unless", "whenever", "where", "whereas", "whether"])
_COORDINATORS = frozenset(["and", "but", "so", "yet"])
_RELATIVES = frozenset(["that", "which", "who", "whose"])
_CLAUSE_CUES = _CLAUSE_OPENERS | _COORDINATORS
# Quantity nouns that take an article before "of": "the majority of", "a number of", "a lot of".
_QUANTITY_NOUNS = frozenset(["majority", "minority", "bulk", "remainder", "rest", "lot", "handful", "couple",
                             "host", "number", "total", "proportion", "fraction", "percentage", "share"])
_QUANTITY_PREV = frozenset(["where", "when", "while", "and", "but", "that", "which", "with", "for", "in", "on", "at",
                            "to", "from", "by", "of", "said", "says", "found", "saw", "says", "backed", "spent",
                            "took", "takes", "had", "has", "have", "were", "are", "is", "was", "as"])


def _bare_head(t: Token) -> bool:
    """A lower-case singular noun of ``subject_heads`` (or one the lexicon does not know)."""
    if t.is_cap or t.quoted or t.lower in _NOT_MODS or t.lower.endswith(_ABSTRACT) and t.lower not in countable():
        return False  # an abstract ending is a mass noun unless WordNet's prose counts it ("audience")
    forms = lemmas(t.text)
    noun = forms.get("NOUN")
    return not forms or bool(noun) and noun is not None and noun[0].lower() == t.lower


def bare_clause_nouns(an: Analysis, cands: list[Token], hits: frozenset[str]) -> list[Finding]:
    """A singular count noun with no determiner where a clause needs one:
    * as the subject after a subordinator or a comma and a coordinator: "if tunnel drops", "while
      saw is new", ", but separate lorry will collect it";
    * before a relative clause after a preposition or a verb: "containers with lid that clips";
    * a quantity noun before "of": "where majority of members backed it"."""
    toks = an.tokens
    heads = subject_heads() & hits
    quant = _QUANTITY_NOUNS & hits
    if not heads and not quant:
        return []
    out: list[Finding] = []
    n = len(toks)
    for t in cands:
        low = t.lower
        if low in quant and not t.is_cap and t.index + 1 < n and toks[t.index + 1].lower == "of" and t.index > 0:
            prev = toks[t.index - 1]
            if prev.is_word and prev.lower in _QUANTITY_PREV and not t.quoted:
                out.append(_finding(an, t, t, "quantity-of"))
            continue
        nxt = toks[t.index + 1] if t.index + 1 < n else None
        if nxt is None or not nxt.is_word:
            continue
        i = t.index
        if i and (toks[i - 1].text == "," or toks[i - 1].lower == "that") and low in heads and low != "word" \
                and _bare_head(t):  # ("By then, word had spread": news, named bare)
            f = _fronted_or_reported_subject(an, t, nxt)
            if f is not None:
                out.append(f)
                continue
        if nxt.lower not in _RELATIVES and toks[i - 1].lower not in _CLAUSE_CUES and not (
                i >= 2 and toks[i - 2].lower in _CLAUSE_CUES or i >= 3 and toks[i - 3].lower in _CLAUSE_CUES):
            continue  # cheap test first: no subordinator or coordinator before, no relative after
        if low not in heads or not _bare_head(t) or low == "word" and start_news(nxt):
            continue  # ("When word got out": news, named bare)
        k = t.index - 1
        start = t
        while k >= 0 and t.index - k <= 2 and toks[k].is_word and _opener_modifier(toks[k], False):
            start = toks[k]
            k -= 1
        if k < 0 or not toks[k].is_word:
            continue
        prev = toks[k]
        if prev.lower in _CLAUSE_OPENERS or prev.lower in _COORDINATORS and k > 0 and toks[k - 1].text in (",", ";"):
            if _sg_verb(an, nxt):
                out.append(_finding(an, start, t, "clause-subject"))
            continue
        if prev.lower == "to" and start is t and "VERB" in lemmas(t.text):
            continue  # "important to note that", "enough to show that": an infinitive
        if low in instruments() and prev.lower in ("for", "on"):
            continue  # "a piece for solo violin that ...": an instrument's part, named bare
        if nxt.lower in _RELATIVES and prev.lower in _PREPS and prev.lower != "of":
            after = toks[nxt.index + 1] if nxt.index + 1 < n else None
            if after is not None and after.is_word and not after.is_cap:
                out.append(_finding(an, start, t, "relative-head"))
    return out


_FRONTED_OPENERS = frozenset(["after", "before", "during", "in", "on", "at", "by", "within", "following", "despite",
                              "since", "until", "when", "while", "once", "as", "although", "though", "if", "because",
                              "later", "earlier", "meanwhile", "however", "yesterday", "today", "eventually",
                              "instead", "then", "afterwards", "overnight", "last", "this", "early", "late"])
_REPORT_VERBS = frozenset(["said", "says", "found", "finds", "showed", "shows", "revealed", "reveals", "announced",
                           "confirmed", "confirms", "warned", "warns", "claimed", "claims", "reported", "reports",
                           "argued", "argues", "admitted", "admits", "believes", "believed", "thinks", "thought",
                           "insisted", "insists", "suggested", "suggests", "told", "learned", "learnt", "discovered",
                           "concluded", "ruled", "alleged", "alleges", "noted", "notes", "stated", "states", "agreed",
                           "knew", "know", "feared", "fears", "hoped", "hopes", "realised", "realized", "heard"])
_CLAUSE_AUX = frozenset(["had", "has", "was", "is", "would", "will", "could", "should", "must", "might", "may",
                         "can", "did", "does", "hadn't", "hasn't", "wasn't", "isn't", "wouldn't", "won't", "couldn't"])


def _fronted_or_reported_subject(an: Analysis, t: Token, nxt: Token) -> Finding | None:
    """A singular count noun, bare, as the subject of a clause:
    * after a fronted adverbial and its comma: "After the storm, engineer inspected the bridge";
    * after a reporting verb and "that": "the report found that hospital had failed"."""
    toks = an.tokens
    i = t.index
    if toks[i - 1].text == ",":
        s = an.sentences[t.sentence]
        first = next((w for w in toks[s.first : i] if w.is_word), None)
        if first is None or first.lower not in _FRONTED_OPENERS or i - s.first > 10:
            return None
        if sum(1 for x in toks[s.first : i] if x.text == ",") != 1:
            return None  # one fronted phrase, not a list
        if not _sg_verb(an, nxt) or nxt.lower in _SG_FINITE and nxt.lower not in _CLAUSE_AUX:
            return None
        return _finding(an, t, t, "fronted-subject")
    if i < 2 or toks[i - 2].lower not in _REPORT_VERBS:
        return None
    if nxt.lower in _CLAUSE_AUX:
        return _finding(an, t, t, "reported-subject")
    if _sg_verb(an, nxt) and nxt.lower not in _SG_FINITE:
        return _finding(an, t, t, "reported-subject")  # "found that vaccine protected most"
    return None


# A concrete count noun after a preposition -------------------------------------------------------

_PLACE_PREPS = frozenset(["in", "on", "at", "to", "from", "into", "onto", "with", "across", "along", "through",
                          "past", "behind", "beside", "beneath", "underneath", "under", "towards", "toward", "near",
                          "inside", "outside", "around", "over", "above", "below", "against", "off", "out"])
_BOUNDARY_WORDS = frozenset(["and", "or", "but", "that", "which", "who", "where", "when", "before", "after", "until",
                             "while", "as", "if", "because", "so", "then", "since", "unless", "though", "although"])
# Bare by usage after a preposition: institutions and places named for what happens there, means
# of transport and communication, body idioms ("at hand", "on foot"). Closed classes, not phrases.
_BARE_AFTER_PREP = frozenset(["school", "church", "college", "university", "hospital", "prison", "jail", "court",
                              "bed", "home", "work", "town", "sea", "table", "class", "camp", "board", "deck",
                              "stage", "screen", "air", "foot", "hand", "horseback", "car", "bus", "train", "plane",
                              "boat", "ship", "bike", "bicycle", "taxi", "cab", "coach", "ferry", "tram", "rail",
                              "road", "air", "phone", "telephone", "email", "post", "mail", "radio", "television",
                              "camera", "film", "tape", "paper", "line", "site", "location", "duty", "call",
                              "holiday", "vacation", "leave", "strike", "trial", "record", "sale", "hold", "top",
                              "front", "side", "end", "bottom", "hand", "heart", "mind", "eye", "sight", "head",
                              "face", "bail", "parole", "guard", "watch", "tap", "cue", "stream", "shore", "land",
                              "ground", "earth", "heaven", "hell", "paradise", "court", "office", "power", "market",
                              "stock", "order", "file", "display", "show", "view", "pitch", "field", "course",
                              "tour", "loan", "average", "demand", "request", "target", "schedule", "time",
                              "landfill", "boot", "startup", "room", "space", "cover", "gear"])


_SUBJECTS = frozenset(["i", "you", "we", "they", "he", "she"])  # a contact clause: "to wallet you control"
_PHRASE_ENDS = _BOUNDARY_WORDS | _PREPS | _SUBJECTS | frozenset(
    ["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
     "must",  # the clause's verb after the phrase: "parked across verge are a hazard"
     "yesterday", "today", "tomorrow", "tonight", "last", "next", "this", "every", "each", "again", "too", "now",
     "then", "there", "here", "instead", "first", "later", "soon", "already", "yet", "anyway", "together"])
_CHANGE_VERBS = frozenset(["promote", "demote", "appoint", "elevate", "elect", "rise", "return", "convert",
                           "switch", "turn", "move", "relegate", "upgrade", "downgrade", "change", "graduate",
                           "progress", "advance", "go", "come"])
_NOT_OBJECT_VERBS = frozenset(["be", "have", "do", "become", "seem", "remain", "stay", "go", "come", "get", "turn",
                               "grow", "prove", "feel", "look", "sound", "make", "let", "help", "say", "tell"])


def _prep_modifier(t: Token) -> bool:
    """An adjective or a singular noun before the head: "broken leg", "canal towpath"."""
    forms = lemmas(t.text)
    if "ADJ" in forms:
        return True
    noun = forms.get("NOUN")
    return bool(noun) and noun is not None and noun[0].lower() == t.lower and "VERB" not in forms \
        and t.lower not in bare_prone()


def _object_verb(an: Analysis, v: Token) -> bool:
    """A transitive verb form that takes the noun after it as its object: "carrying", "signed"."""
    if v.is_cap and an.sentences[v.sentence].first != v.index:
        return False
    forms = lemmas(v.text)
    verb = forms.get("VERB")
    if not verb or verb[0].lower() in _NOT_OBJECT_VERBS or "NOUN" in forms or "ADJ" in forms:
        return False
    if v.lower in _FUNC or v.lower in ("including", "excluding", "regarding", "concerning", "following"):
        return False
    before = an.tokens[v.index - 1] if v.index > 0 else None
    if before is not None and before.is_word and (before.lower in _DETS or "ADJ" in lemmas(before.text)
                                                  and before.lower not in _FUNC):
        return False  # "a new ripening cellar", "the same recycled fabric": the verb form is a modifier
    if v.lower.endswith("ing"):
        # "was carrying map"; a bare -ing form before a noun is mostly its modifier ("baking tray")
        return before is not None and before.lower in ("is", "was", "are", "were", "be", "been", "am")
    if v.lower.endswith("ed") and before is not None and before.is_word and (
            before.lower.endswith("ly") or before.lower in ("and", "or", "but", "very", "well", "newly", "freshly")):
        return False  # "a roomy and keenly priced vehicle": the participle is an adjective
    # "was named captain", "has become tradition": a passive or perfect, not a verb and its object
    return not (v.lower.endswith("ed") and before is not None and before.is_word
                and before.lower in ("is", "was", "are", "were", "be", "been", "being", "has", "have", "had"))


_END_MARKS = frozenset([",", ".", ";", ":", ")", "!", "?"])


def _manner_adverb(t: Token) -> bool:
    """ "gently", "carefully": an -ly adverb ends the noun phrase before it."""
    return t.lower.endswith("ly") and len(t.lower) > 4 and "ADV" in lemmas(t.text) and "ADJ" not in lemmas(t.text)


@cache
def _prep_heads() -> frozenset[str]:
    return concrete() - bare_prone() - data.word_set("article_mass_wn.txt") - _BARE_AFTER_PREP


def _participle(t: Token) -> bool:
    """An irregular past participle ("sewn", "bound", "woven"): a verb form unlike its lemma, not -s/-ing."""
    if not t.is_word or t.is_cap:
        return False
    verb = lemmas(t.text).get("VERB")
    return bool(verb) and verb is not None and verb[0].lower() != t.lower and not t.lower.endswith(("s", "ing"))


@cache
def _positions() -> frozenset[str]:
    return frozenset(data.lines("article_positions.txt"))


def positions_named(words: list[Token], toks: list[Token]) -> bool:
    """Do ``words`` (a noun and at most one word before it) end in a player's position ("quarterback",
    "short leg", "off stump"; article_positions.txt) that is not followed by "of" ("at point of sale")?"""
    last = words[-1]
    if last.index + 1 < len(toks) and toks[last.index + 1].lower == "of":
        return False
    return last.lower in _positions() or len(words) == 2 and f"{words[0].lower} {last.lower}" in _positions()


@cache
def instruments() -> frozenset[str]:
    """Musical instruments (tools/make_article_instruments.py): bare after "for"/"on" in music writing."""
    return data.word_set("article_instruments_wn.txt")


@cache
def _hand_idioms() -> frozenset[tuple[str, str]]:
    """The last two words of each hand-listed bare idiom (article_idioms.txt: "on board", "into dock")."""
    return frozenset((p[-2], p[-1]) for p in (ln.lower().split() for ln in data.lines("article_idioms.txt"))
                     if len(p) >= 2)


# Bodies that deliberate, named bare as the forum ("in cabinet", "in committee").
_BARE_BODIES = frozenset(["cabinet", "committee", "parliament", "congress", "synod", "convocation",
                          "conference", "caucus", "tribunal", "plenary"])


def concrete_after_prep(an: Analysis, cands: list[Token], hits: frozenset[str]) -> list[Finding]:
    """ "parked across pavement", "move it to wallet you control", "arrived with broken leg": a
    singular concrete count noun (``concrete``), with at most two adjectives and no determiner,
    after a preposition and before the end of its phrase. Idioms (``wn_bare_pairs``, "by train",
    "on foot"), nouns with mass senses and bare-by-usage places ("in hospital") are left alone."""
    heads = _prep_heads() & hits
    if not heads:
        return []
    toks = an.tokens
    n = len(toks)
    pairs = wn_bare_pairs()
    out: list[Finding] = []
    for t in cands:
        if t.lower not in heads or t.index == 0 or toks[t.index - 1].lower in _DETS or toks[t.index - 1].lower.endswith(("'s", "’s")):
            continue  # cheap tests first: a determiner or a possessive before it, or no phrase end after it
        nxt = toks[t.index + 1] if t.index + 1 < n else None
        if nxt is not None and (nxt.lower not in _PHRASE_ENDS and not _manner_adverb(nxt) if nxt.is_word
                                else nxt.text not in _END_MARKS):
            continue  # a compound or a verb follows ("in kitchen drawers"), or a number, a quote or a dash
        if not _bare_head(t):
            continue
        k = t.index - 1
        mods: list[Token] = []
        while k >= 0 and len(mods) < 2 and toks[k].is_word and not toks[k].is_cap and toks[k].lower not in _DETS \
                and toks[k].lower not in _PREPS and toks[k].lower not in _FUNC and toks[k].lower not in _NOT_MODS \
                and _prep_modifier(toks[k]):
            mods.insert(0, toks[k])
            k -= 1
        if k < 0 or not toks[k].is_word:
            continue
        prep = toks[k]
        sub = "concrete-after-prep"
        if prep.lower not in _PLACE_PREPS:
            if not _object_verb(an, prep):
                continue
            sub = "concrete-object"
        if k > 0 and toks[k - 1].is_word and (toks[k - 1].lower in _DETS or toks[k - 1].lower.endswith(("'s", "’s"))):
            continue  # "the inside lane", "its over ..."
        vl = lemmas(prep.text).get("VERB", (prep.lower,))[0].lower() if sub == "concrete-object" else prep.lower
        if (vl, t.lower) in pairs or mods and (mods[-1].lower, t.lower) in pairs:
            continue
        if prep.lower in ("in", "into", "to") and t.lower in STATE_HEADS:
            continue  # "in period costume", "in full kit", "in dark mode": a state of dress or a mode
        if mods and (mods[-1].lower, t.lower) in _hand_idioms():
            continue  # "in black tie", "in dry dock" (article_idioms.txt)
        if not mods and ((prep.lower, t.lower) in _hand_idioms() or t.lower in _BARE_BODIES) \
                or prep.lower in ("for", "on") and t.lower in instruments() \
                or prep.lower in ("at", "outside", "on", "to", "in", "from") and positions_named(mods[-1:] + [t], toks):
            continue  # "on track", "into dock" (article_idioms.txt); "in cabinet": a body named bare
        forms = lemmas(t.text)
        if "ADJ" in forms or "ADV" in forms:
            continue  # "in plain, chorale-like harmony"
        if prep.lower == "with" and not mods and k > 0 and (toks[k - 1].lower.endswith("ed") or _participle(toks[k - 1])):
            continue  # "patched with tarpaulin", "lined with foil": a material
        if prep.lower in ("to", "from") and k > 0 and toks[k - 1].is_word \
                and lemmas(toks[k - 1].text).get("VERB", ("",))[0].lower() in _CHANGE_VERBS:
            continue  # "promoted to inspector", "switched to decaf": a rank or a kind, named bare
        if prep.lower == "to" and "VERB" in forms:
            continue  # "to shop", "to park": an infinitive
        if sub == "concrete-object" and mods and mods[0].lower in ("best", "worst") and vl in _AWARD_LEMMAS:
            continue  # "won best picture", "was named best newcomer": an award's title
        if sub == "concrete-object" and not mods and (
                vl in _SWAP_VERBS
                or vl in _SKILL_VERBS and t.lower in instruments()
                or vl == "play" and nxt is not None and nxt.lower == "to"):
            continue  # "switched supplier", "changed trains": a kind swapped, named bare; "played
            # guitar", "learnt piano": an instrument as a skill; "played host to": a role
        if nxt is not None and nxt.is_word:
            if nxt.lower in ("and", "or") and t.index + 2 < n and toks[t.index + 2].is_word \
                    and toks[t.index + 2].lower not in _DETS:
                continue  # "with pencil and ink": bare nouns coordinated
            if nxt.lower == "of":
                continue
        window = [w.lower for w in toks[max(0, k - 4) : t.index + 5] if w.is_word and w is not t]
        if t.lower in window:
            continue  # "door to door", "from shelf to shelf"
        if k > 0 and toks[k - 1].lower in ("and", "or") and k > 1 and toks[k - 2].is_word \
                and toks[k - 2].lower not in _DETS and "NOUN" in lemmas(toks[k - 2].text):
            continue
        out.append(_finding(an, mods[0] if mods else t, t, sub))
    return out


# Words before "for best ...", which then names an award: "nominated for best actress".
AWARD_CUES = frozenset(["nominated", "shortlisted", "longlisted", "runner-up", "up", "award", "awards", "prize",
                        "nomination", "nominations", "nominee", "nod", "contention", "contender", "vote", "votes",
                        "won", "win", "wins", "winner", "trophy", "oscar", "oscars", "bafta", "baftas"])
# Verbs that give or win an award, whose object may be the award's title ("won best picture").
_AWARD_LEMMAS = frozenset(["win", "award", "nominate", "shortlist", "name", "vote", "crown", "scoop", "collect",
                           "receive", "take", "pick", "land", "claim", "earn", "present"])
# Verbs that swap one of a kind for another, and verbs of a skill an instrument names bare.
_SWAP_VERBS = frozenset(["change", "switch", "swap", "trade"])
_SKILL_VERBS = frozenset(["play", "learn", "teach", "practise", "practice", "study", "take"])


# A possessive count noun with no determiner ---------------------------------------------------------

# Possessives English uses bare: time ("in a year's time" aside, "today's"), and set idioms
# ("at arm's length", "a stone's throw", "in harm's way", "for heaven's sake").
_BARE_POSSESSORS = frozenset(["today", "tonight", "yesterday", "tomorrow", "year", "week", "month", "day", "night",
                              "hour", "minute", "moment", "second", "season", "summer", "winter", "spring",
                              "autumn", "decade", "century", "weekend", "morning", "evening", "afternoon", "arm",
                              "stone", "harm", "heaven", "death", "hair", "mind", "bird", "devil", "beginner",
                              "child", "man", "woman", "life", "nature", "earth", "world", "god", "mother",
                              "father", "ship", "cat", "dog", "hand", "foot", "eye", "head", "heart", "money",
                              "time", "land", "sea", "horse", "king", "queen", "lamb", "sheep", "cow", "pig",
                              "goat", "ewe", "hen", "duck", "user", "owner", "driver", "buyer", "seller",
                              "reader", "writer", "artist", "author", "editor", "player", "fan", "collector",
                              "member", "student", "teacher", "parent", "patient", "doctor", "nurse", "lawyer"])


@cache
def _possessor_heads() -> frozenset[str]:
    return frozenset(w + "'s" for w in (countable() | concrete()) - _BARE_POSSESSORS - bare_prone())


_MODALS = frozenset(["can", "could", "will", "would", "should", "must", "may", "might", "to", "did", "didn't",
                     "don't", "doesn't", "never"])


def _possessive_verb(an: Analysis, v: Token) -> bool:
    """Is ``v`` a verb whose object the possessive opens: a past form ("checked club's statements"),
    an -ing form ("calling sheriff's line"), a base form after a modal or "to" ("would hit island's
    students"), or an instruction's first word ("Open browser's settings")? Not an -s form
    ("says master's student Owen Clarke": an attribution before a compound title)."""
    forms = lemmas(v.text)
    verb = forms.get("VERB")
    if not verb or v.lower in _FUNC or v.lower in _DETS or v.lower in _PREPS:
        return False
    base = verb[0].lower()
    if base in ("be", "have", "do", "become", "get", "seem", "remain"):
        return False
    s = an.sentences[v.sentence]
    toks = an.tokens
    before = [t for t in toks[s.first : v.index] if t.is_word]
    if not before:
        return v.is_cap and base == v.lower and "NOUN" not in forms
    if v.is_cap:
        return False
    prev = before[-1]
    if prev.lower in _DETS or prev.lower.endswith(("'s", "’s")) or "ADJ" in lemmas(prev.text) and prev.lower not in _FUNC:
        return False  # "the winning team's", "a used car's": the verb form is a modifier
    if v.lower.endswith("ing"):
        return "NOUN" not in forms or prev.lower in _PREPS
    if base == v.lower:
        return prev.lower in _MODALS
    if v.lower.endswith("s") or "NOUN" in forms:
        return False
    # a form that is also an adjective ("used") is a verb after its subject: "The team used telescope's"
    return "ADJ" not in forms or prev.lower in _SUBJECT_WORDS or "NOUN" in lemmas(prev.text) and "ADJ" not in lemmas(prev.text)


_SUBJECT_WORDS = frozenset(["i", "we", "you", "he", "she", "they", "it", "who", "which", "that"])


def _subject_verb_after(an: Analysis, poss: Token) -> bool:
    """Does a clause's verb follow the possessive and at most three lower-case words ("and county's
    emergency manager told")? Then the possessive opens the clause's subject after "and"."""
    toks = an.tokens
    k = poss.index + 1
    while k < len(toks) and k - poss.index <= 4 and toks[k].is_word and not toks[k].is_cap:
        w = toks[k]
        forms = lemmas(w.text)
        if k > poss.index + 1 and (w.lower in ("is", "was", "has", "had", "will", "would", "said", "says", "told")
                                   or forms.keys() == {"VERB"} and not w.lower.endswith(("s", "ing"))):
            return True
        if "NOUN" not in forms and "ADJ" not in forms:
            return False
        k += 1
    return False


def bare_possessives(an: Analysis) -> list[Finding]:
    """ "trained on club's indoor courts", "found in council's pound": a singular count noun in the
    possessive after a preposition, with no determiner, picks out one owner and needs "the".
    Possessives of time ("today's", "a week's") and of kinds ("beginner's luck", "driver's
    licence") are left alone."""
    if "'s " not in an.text and "’s " not in an.text:
        return []  # cheap test first: no possessive in the segment
    forms = _possessor_heads() & {f.replace("’", "'") for f in an.word_forms() if f.endswith(("'s", "’s"))}
    if not forms:
        return []
    toks = an.tokens
    n = len(toks)
    out: list[Finding] = []
    for t in an.words:
        if t.is_cap or t.quoted or t.lower.replace("’", "'") not in forms or t.index == 0:
            continue
        prev = toks[t.index - 1]
        if not prev.is_word or prev.lower not in _PLACE_PREPS and prev.lower not in ("for", "by", "about", "of") \
                and not _possessive_verb(an, prev) and not (prev.lower in ("and", "but") and _subject_verb_after(an, t)):
            continue
        nxt = toks[t.index + 1] if t.index + 1 < n else None
        if nxt is None or not nxt.is_word or nxt.is_cap:
            continue
        out.append(_finding(an, t, t, "bare-possessive"))
    return out


# A measure before a singular noun -------------------------------------------------------------------

_MEASURE_WORD = re.compile(
    r"(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|hundred)(?:-[a-z]+(?:-[a-z]+)*|mm|cm|km|kg|ml|m|in|ft|v|w|kw|kwh|ah|mah|gb|tb|mb|mp|hz|g|l)")


_DIGIT_UNIT = re.compile(r"\d[a-zA-Z-]")
_NUMBER_DASH_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                      "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred")


def _number_dash(text: str) -> bool:
    """Does ``text`` hold a number word, "-" and a lower-case letter ("two-hour", "ten-minute")?
    Found from the hyphens (most segments hold none)."""
    p = text.find("-")
    while p >= 0:
        if "a" <= text[p + 1 : p + 2] <= "z" and text.endswith(_NUMBER_DASH_WORDS, 0, p):
            return True
        p = text.find("-", p + 1)
    return False


@lru_cache(maxsize=50000)
def _measure_form(low: str) -> bool:
    return (low[:1].isdigit() or "-" in low) and _MEASURE_WORD.fullmatch(low) is not None


def measure_modified(an: Analysis) -> list[Finding]:
    """ "comes with 1.4-metre guide rail", "through 25mm eyepiece", "is 10-minute walk from": a
    measure ("1.4-metre", "25mm", "two-hour") before a singular count noun describes one thing and
    needs "a" or "the" after a preposition or a verb."""
    text = an.text
    if _DIGIT_UNIT.search(text) is None and not _number_dash(text):
        return []  # cheap test first: no number before a unit or a hyphen in the segment
    measures = {f for f in an.word_forms() if (f[:1].isdigit() or "-" in f) and _measure_form(f)}
    if not measures:
        return []
    toks = an.tokens
    n = len(toks)
    out: list[Finding] = []
    heads = subject_heads()
    for m in an.words:
        if m.lower not in measures or m.index == 0 or m.quoted:
            continue
        prev = toks[m.index - 1]
        if not prev.is_word or prev.lower not in _PLACE_PREPS and prev.lower not in ("for", "by", "is", "was") \
                and not _object_verb(an, prev):
            continue
        k = m.index + 1
        head: Token | None = None
        while k < n and k - m.index <= 3 and toks[k].is_word and not toks[k].is_cap:
            w = toks[k]
            forms = lemmas(w.text)
            noun = forms.get("NOUN")
            if w.lower in _DETS or w.lower in _FUNC or w.lower in _PREPS or forms and not noun:
                break
            head = w
            k += 1
        if head is None or head.lower not in heads:
            continue
        hf = lemmas(head.text).get("NOUN")
        if hf and hf[0].lower() != head.lower:
            continue  # a plural: "two 5Ah batteries", "with 10-minute intervals"
        out.append(Finding(m.start, head.end, "missing-article:measure", "missing_article",
                           f"{quote(an.text[m.start : head.end])} describes one thing and needs {quote('a')} "
                           f"or {quote('the')}: {quote('a ' + an.text[m.start : head.end])}.",
                           ("a " + an.text[m.start : head.end], "the " + an.text[m.start : head.end])))
    return out



@cache
def _all_heads() -> frozenset[str]:
    return subject_heads() | _prep_heads() | _QUANTITY_NOUNS | _GEO_HEADS


def noun_class_rules(an: Analysis) -> list[Finding]:
    """The rules above that start from a noun of the WordNet-derived classes, sharing one set test
    against the segment's word forms and one list of candidate words; then the possessive and
    measure rules, which have their own cheap tests."""
    hits = _all_heads() & an.word_forms()
    out: list[Finding] = []
    if hits:
        cands = [t for t in an.words if t.lower in hits]
        out += bare_countable_openers(an, cands, hits)
        out += bare_clause_nouns(an, cands, hits)
        out += concrete_after_prep(an, cands, hits)
        out += name_modified_heads(an, cands, hits)
    return out + bare_possessives(an) + measure_modified(an) + lead_up_frames(an)


# A name used as a modifier before a common noun after a preposition ------------------------------------

# Landform and area heads a place name modifies: "the Fassa valley", "the Thames estuary".
_GEO_HEADS = frozenset(["valley", "estuary", "delta", "basin", "gorge", "glacier", "plateau", "peninsula", "region",
                        "area", "coastline", "lowlands", "highlands", "uplands", "foothills", "hinterland",
                        "catchment", "floodplain", "archipelago", "lagoon", "headland"])
# Heads a place name modifies bare by usage: "at Leeds station", "in Bristol city centre".
_NAME_BARE_HEADS = frozenset(["station", "airport", "hospital", "school", "university", "college", "church",
                              "cathedral", "prison", "court", "park", "road", "street", "lane", "avenue", "square",
                              "centre", "center", "harbour", "port", "town", "city", "village", "county", "time",
                              "market", "library", "museum", "campus", "docks", "racecourse", "stadium", "ground",
                              "airfield", "terminal", "junction", "interchange", "bypass", "motorway", "line",
                              "branch", "office", "estate", "hall", "house", "castle", "abbey", "bridge", "beach",
                              "bay", "island", "lake", "river", "hill", "mountain", "forest", "wood", "moor",
                              "common", "green", "marina", "pier", "quay", "wharf"])


@cache
def _name_modified_heads() -> frozenset[str]:
    return (_prep_heads() | _GEO_HEADS) - _NAME_BARE_HEADS


def name_modified_heads(an: Analysis, cands: list[Token], hits: frozenset[str]) -> list[Finding]:
    """ "guesthouses in Fassa valley", "past Meguro ward office": after a preposition, a place or
    organisation name used as a modifier before a common noun; the phrase names one thing and
    needs "the". Heads places are named by bare ("at Leeds station") are left alone."""
    heads = _name_modified_heads() & hits
    if not heads:
        return []
    toks = an.tokens
    n = len(toks)
    out: list[Finding] = []
    for t in cands:
        if t.lower not in heads or t.index < 2 or t.is_cap or not toks[t.index - 1].is_cap:
            continue
        if t.lower not in _GEO_HEADS and ("VERB" in lemmas(t.text) or not _bare_head(t)):
            continue  # "into Dursley come": a verb after the name
        k = t.index - 1
        run: list[Token] = []
        while k >= 0 and len(run) < 3 and toks[k].is_word and toks[k].is_cap and toks[k].text[1:].islower() \
                and "'" not in toks[k].text and "’" not in toks[k].text:
            run.insert(0, toks[k])
            k -= 1
        if not run or len(run) > 2 or k < 0 or not toks[k].is_word or toks[k].lower not in _PLACE_PREPS:
            continue
        if an.sentences[run[0].sentence].first == run[0].index or any(lemmas(r.text) for r in run):
            continue  # a capitalised common word ("In Person"), or the sentence's first word
        nxt = toks[t.index + 1] if t.index + 1 < n else None
        if nxt is not None and (nxt.lower not in _PHRASE_ENDS if nxt.is_word else nxt.text not in _END_MARKS):
            continue
        out.append(_finding(an, run[0], t, "name-modified"))
    return out


# The period before an event: "in the run-up to", "in the lead-up to" ---------------------------------------

_LEAD_UP_NOUNS = frozenset(["run-up", "lead-up", "build-up", "countdown", "buildup", "leadup", "runup"])


def lead_up_frames(an: Analysis) -> list[Finding]:
    """ "in run-up to Christmas", "during lead-up to the vote": the period before one event is
    definite and needs "the"."""
    if _LEAD_UP_NOUNS.isdisjoint(an.word_forms()):
        return []
    toks = an.tokens
    out: list[Finding] = []
    for t in an.words:
        if t.lower not in _LEAD_UP_NOUNS or t.index == 0 or t.index + 2 >= len(toks) or t.quoted:
            continue
        prev, nxt = toks[t.index - 1], toks[t.index + 1]
        if prev.is_word and prev.lower in _PREPS and nxt.lower == "to":
            out.append(_finding(an, t, t, "lead-up"))
    return out


# A job or role after "works as" / "who is" ------------------------------------------------------------

# Verbs whose "as" names the job a person holds: "works as health visitor", "trained as ship's carpenter".
_ROLE_AS_VERBS = frozenset(["work", "works", "worked", "working", "employed", "trained", "training", "trains",
                            "retrained", "qualified", "qualifies", "volunteers", "volunteered", "volunteering",
                            "moonlights", "moonlighted", "moonlighting", "freelances", "freelanced", "freelancing",
                            "career", "job", "living"])
_WHO_COPULAS = frozenset(["is", "was", "'s", "’s"])
_AGENT_ENDINGS = ("er", "or", "ist", "man", "woman", "person", "ant", "ent", "eer", "ier", "ee")
_WHO_ADVERBS = frozenset(["also", "now", "currently", "still", "herself", "himself", "already", "originally"])
# One holder's office, named bare after "as" and "is" ("as head of science", "who is captain",
# "works as general manager"): not a role among many.
_OFFICE_HEADS = frozenset(["head", "chair", "chairman", "chairwoman", "chairperson", "president", "captain",
                           "editor", "secretary", "treasurer", "principal", "chief", "leader", "governor", "mayor",
                           "minister", "founder", "co-founder", "cofounder", "owner", "co-owner", "dean", "director",
                           "manager", "superintendent", "conductor", "curator", "producer", "coach", "skipper",
                           "president-elect", "convenor", "convener", "organiser", "organizer", "host", "patron",
                           "ambassador", "spokesman", "spokeswoman", "spokesperson", "custodian", "warden",
                           "steward", "administrator", "executive", "partner", "heir", "successor", "predecessor",
                           "deputy", "understudy", "stand-in", "caretaker", "proprietor", "landlord", "landlady"])
_OFFICE_MODIFIERS = frozenset(["chief", "general", "managing", "executive", "head", "senior", "deputy", "assistant",
                               "lead", "acting", "interim", "principal", "vice", "artistic", "founding", "sole",
                               "only", "first", "last", "new", "former", "current", "permanent", "honorary",
                               "joint", "main", "own"])
_ROLE_STOPS = frozenset(["who", "that", "which", "and", "or", "but", "named", "called", "since", "until", "before",
                         "after", "when", "while", "because", "though", "although", "for", "from", "in", "at", "on",
                         "with", "near", "to", "by", "during", "until", "of", "across", "throughout"])


@cache
def _role_nouns() -> frozenset[str]:
    """Nouns for a kind of person (article_person_nouns_wn.txt, tools/make_article_person_nouns.py)."""
    return data.word_set("article_person_nouns_wn.txt") | {"agent"}  # (WordNet's first "agent" is a cause)


def _role_phrase_end(an: Analysis, k: int) -> int:
    """The last token of a plain noun phrase of lower-case words from ``k`` (no determiner, number
    or capital), or -1: "health visitor", "left-arm spinner", "ship's carpenter"."""
    toks = an.tokens
    n = len(toks)
    j = k
    while j < n and j - k < 4 and toks[j].is_word and not toks[j].is_cap and toks[j].lower not in _ROLE_STOPS \
            and toks[j].lower not in _DETS and toks[j].lower not in _FUNC and not toks[j].text[:1].isdigit():
        j += 1
    if j == k:
        return -1
    if j < n and toks[j].is_word and toks[j].lower not in _ROLE_STOPS:
        return -1  # the phrase runs on into a verb or a capitalised name: not read here
    return j - 1


def role_phrases(an: Analysis) -> list[Finding]:
    """ "works as health visitor", "trained as ship's carpenter", "who is left-arm spinner": a kind of
    person named as someone's job or role is one of many and needs "a"/"an". One holder's office
    ("as head of science", "who is captain", "works as general manager") is named bare."""
    forms = an.word_forms()
    if "as" not in forms and "who" not in forms:
        return []
    toks = an.tokens
    n = len(toks)
    roles = _role_nouns()
    out: list[Finding] = []
    for t in an.words:
        k = -1
        if t.lower == "as" and t.index > 0 and toks[t.index - 1].lower in _ROLE_AS_VERBS:
            k = t.index + 1
        elif t.lower == "who" and t.index + 2 < n and toks[t.index + 1].lower in _WHO_COPULAS:
            k = t.index + 2
            while k < n and toks[k].lower in _WHO_ADVERBS:
                k += 1
        if k < 0 or k >= n or not toks[k].is_word:
            continue
        end = _role_phrase_end(an, k)
        if end < 0:
            continue
        head = toks[end]
        low = head.lower
        if low not in roles or low in _OFFICE_HEADS or head.quoted:
            continue
        if any(toks[m].lower in _OFFICE_MODIFIERS or toks[m].lower in _OFFICE_HEADS for m in range(k, end)):
            continue
        if any(toks[m].lower.endswith(("'s", "’s")) and toks[m].lower[:-2] in _OFFICE_HEADS for m in range(k, end)):
            continue
        nxt = toks[end + 1] if end + 1 < n else None
        if nxt is not None and nxt.lower == "of":
            continue  # "who is mother of three", "works as keeper of the archive": a relation, often bare
        hforms = lemmas(head.text)
        if "ADJ" in hforms and ("NOUN" not in hforms or end == k):
            continue  # "who is local": an adjective
        if end == k and t.lower == "who" and not low.endswith(_AGENT_ENDINGS):
            continue  # "who is vegan", "who is diabetic": a one-word complement may describe, not name a role
        phrase = an.text[toks[k].start : head.end]
        repl = (indefinite(phrase),)
        out.append(Finding(toks[k].start, head.end, "missing-article:role", "missing_article",
                           f"{quote(phrase)} needs an article here: {quote(repl[0])}.", repl))
    return out


# A one-word opener that is a plain thing or person ---------------------------------------------------

_ONE_WORD_VERBS = frozenset(["is", "was", "has", "had", "will", "would", "can", "could", "must", "should", "may",
                             "might", "does", "did", "isn't", "wasn't", "hasn't", "won't", "can't", "doesn't",
                             "needs", "wants", "gets", "takes", "makes", "keeps"])


# Nouns used bare for a whole kind or as a name: "Man is a social animal", "God knows", "Mother who ...".
_GENERIC_KINDS = frozenset(["man", "woman", "god", "mother", "father", "mum", "dad", "baby", "nature", "heaven",
                            "granny", "grandma", "grandpa", "nan", "mom", "papa", "mama", "sister", "brother"])


@cache
def _person_name_words() -> frozenset[str]:
    return frozenset(n.lower() for n in data.lines("article_person_names_wn.txt"))


@cache
def _one_word_heads() -> frozenset[str]:
    """Plain countable things and people: concrete first sense, determined in nine of ten uses in
    WordNet's prose, never bare-prone or mass-like; no pronoun ("Mine is") and no person's name
    (Smith, Baker). (Nouns WordNet's prose is silent on are as often names or materials: "Saltbush",
    "Nimbus", "Pine".)"""
    return (_concrete_subjects() & countable()) - _person_name_words() - _NOT_MODS - _GENERIC_KINDS


def one_word_openers(an: Analysis, names: frozenset[str] = frozenset()) -> list[Finding]:
    """ "Landlord who misses the deadline may", "Passenger who missed the ferry", "Company, which
    serves": a sentence opened by a lone singular count noun for a thing or a person, then a
    relative pronoun, needs an article. A word the segment also writes capitalised inside a
    sentence is a name ("Kestrel has ... at Kestrel's ground")."""
    heads = _one_word_heads()
    toks = an.tokens
    n = len(toks)
    out: list[Finding] = []
    for s in an.sentences:
        w0 = toks[s.first]
        if not w0.is_word or not w0.is_cap or not w0.text[1:].islower() or w0.quoted:
            continue
        if w0.lower not in heads and not (w0.lower in _role_nouns() and w0.lower not in _GENERIC_KINDS
                                          and s.first + 1 < n and toks[s.first + 1].lower == "who"
                                          and w0.lower not in _person_name_words()):
            continue  # (any kind of person before "who": "Tenant who falls behind")
        if s.first + 1 >= n or w0.text in names:
            continue
        if s.first > 0 and toks[s.first - 1].text in (":", "-", "–", "—", "*", "#"):
            continue
        nxt = toks[s.first + 1]
        if not nxt.is_word:
            if nxt.text != "," or s.first + 2 >= n or toks[s.first + 2].lower not in ("which", "who"):
                continue
        elif nxt.lower in ("who", "that"):
            v = _word(toks, s.first + 2)
            if v is None or v.is_cap or not _sg_verb(an, v) and v.lower not in _ONE_WORD_VERBS and not (
                    v.lower.endswith("s") and not v.lower.endswith("ss") and "VERB" in lemmas(v.text)):
                continue  # (after "who" an -s form is the verb: "Tenant who falls behind")
        else:
            continue  # (a lone noun before its verb is left to the opener rules: "Driver was", "God is")
        if any(t.text == w0.text and t.index != s.first and an.sentences[t.sentence].first != t.index
               for t in an.words):
            continue  # written capitalised inside a sentence too: a name
        if an.quoted_sentence(s):
            continue
        out.append(_finding(an, w0, w0, "one-word-opener"))
    return out


def name_modified_openers(an: Analysis) -> list[Finding]:
    """ "Trivandrum region recorded the highest pass rate": a sentence opened by a place's name (one
    or two capitalised words no lexicon knows) modifying a singular common noun, then the verb;
    the phrase names one thing and needs "The". Heads places are named by bare ("Leeds station
    was closed") are left alone, as after a preposition."""
    heads = _name_modified_heads()
    if heads.isdisjoint(an.word_forms()):
        return []  # cheap test first: no head the rule needs in the segment
    toks = an.tokens
    n = len(toks)
    out: list[Finding] = []
    for s in an.sentences:
        w0 = toks[s.first]
        if not w0.is_word or not w0.is_cap or w0.lower in _DETS or w0.lower in _FUNC or w0.lower in _PREPS:
            continue  # cheap tests first: most sentences open with a function word or a common word
        k = s.first
        run: list[Token] = []
        while k < n and len(run) < 3 and toks[k].is_word and toks[k].is_cap and toks[k].text[1:].islower() \
                and "'" not in toks[k].text and "’" not in toks[k].text:
            run.append(toks[k])
            k += 1
        if not run or len(run) > 2 or k + 1 >= n or any(lemmas(r.text) or r.lower in _DETS or r.lower in _FUNC
                                                         or r.lower in _PREPS or r.lower in _NOT_MODS for r in run):
            continue  # (function words are in no lexicon: "The region", "Every rider")
        if s.first > 0 and toks[s.first - 1].text in (":", "-", "–", "—", "*", "#", "|"):
            continue
        t = toks[k]
        if not t.is_word or t.is_cap or t.quoted or t.lower not in heads or not _bare_head(t):
            continue
        if t.lower not in _GEO_HEADS and "VERB" in lemmas(t.text):
            continue
        v = toks[k + 1]
        if not v.is_word or not (v.lower in _SG_FINITE or _sg_verb(an, v)):
            continue
        if an.quoted_sentence(s):
            continue
        out.append(_finding(an, run[0], t, "name-modified-opener"))
    return out


# A group or an amount before "of" and a number ---------------------------------------------------------

# Nouns that count or measure what "of" and a number give: "a herd of 420 cows", "a fine of $500",
# "a crowd of 2,000", "a population of 5,000".
_GROUP_OF_NOUNS = frozenset(["herd", "flock", "crowd", "team", "group", "fleet", "squad", "pack", "swarm", "colony",
                             "shoal", "gang", "bunch", "stash", "haul", "batch", "queue", "crew", "cohort", "convoy",
                             "litter", "brood"])
_AMOUNT_OF_NOUNS = _GROUP_OF_NOUNS | frozenset(["total", "workforce", "collection", "field", "panel", "family",
                                                "population", "audience", "turnout", "attendance", "salary",
                                                "budget", "fine", "loan", "grant", "surplus", "deficit", "payout",
                                                "distance", "sentence", "bond", "investment", "donation", "bonus",
                                                "premium", "deposit", "fee", "discount", "refund", "penalty",
                                                "reward", "subsidy", "payment", "debt", "shortfall", "backlog",
                                                "tally", "fortune", "sum", "class", "streak", "string"])
_NUMBER_WORDS_OF = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                              "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds",
                              "thousand", "thousands", "dozen", "dozens", "several", "about", "around", "nearly",
                              "almost", "over", "more", "up", "just", "some", "roughly"])


def amount_of_number(an: Analysis) -> list[Finding]:
    """ "run herd of 420 cows", "paid fine of $500", "drew record crowd of 2,000": a group or an
    amount that "of" and a number fill in is one such group or amount and needs "a"."""
    forms = an.word_forms()
    if "of" not in forms or _AMOUNT_OF_NOUNS.isdisjoint(forms):
        return []
    toks = an.tokens
    n = len(toks)
    out: list[Finding] = []
    for t in an.words:
        if t.lower not in _AMOUNT_OF_NOUNS or t.is_cap or t.quoted or t.index + 2 >= n or t.index == 0:
            continue
        if toks[t.index + 1].lower != "of":
            continue
        num = toks[t.index + 2]
        if not (num.text[:1].isdigit() or num.text[:1] in "$£€¥₹" or num.lower in _NUMBER_WORDS_OF):
            continue
        # Any determiner or possessive among the few words before it, past its modifiers ("a
        # combined capacity of", "a sell-out crowd of", "Saturday's crowd of"), fills the slot.
        k = t.index - 1
        determined = False
        while k >= 0 and t.index - k <= 2 and toks[k].is_word:
            w = toks[k]
            if w.lower in _DETS or w.lower.endswith(("'s", "’s")) or w.lower in ("such", "what", "quite", "rather",
                                                                                 "per", "each"):
                determined = True
                break
            wf = lemmas(w.text)
            if w.lower in _FUNC or w.lower in _PREPS or w.is_cap \
                    or wf.keys() == {"VERB"} and "-" not in w.lower and not w.lower.endswith(("ing", "ed")):
                break  # (a verb ends the phrase: "drew crowd of"; two words back at most: "partner run herd of")
            k -= 1
        if determined or k >= 0 and not toks[k].is_word and toks[k].text in ("'", "’"):
            continue
        first = t
        k = t.index - 1
        while k >= 0 and t.index - k <= 2 and toks[k].is_word and not toks[k].is_cap \
                and lemmas(toks[k].text).keys() == {"ADJ"}:
            first = toks[k]
            k -= 1
        if k < 0:
            continue
        prev = toks[k]
        if not prev.is_word or prev.is_cap:
            continue  # a sentence's first word, a name
        if prev.lower not in _PREPS and prev.lower not in ("and", "or") and "VERB" not in lemmas(prev.text):
            continue
        if prev.lower in _PREPS and t.lower not in _GROUP_OF_NOUNS:
            continue  # "in excess of", "at cost of": after a preposition only a group is sure
        out.append(_finding(an, first, t, "amount-of"))
    return out


# A ranked count after a preposition: "for first two years" ------------------------------------------

_RANKED_COUNT_WORDS = frozenset(["first", "last", "next", "past", "previous", "final", "opening", "closing",
                                 "remaining", "following"])
_COUNT_NUMBERS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                            "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "few", "several", "couple"])


def ranked_counts(an: Analysis) -> list[Finding]:
    """ "mentoring for first two years", "in last three games", "over past five seasons": a ranked
    stretch counted after a preposition picks out one set and needs "the"."""
    forms = an.word_forms()
    if _RANKED_COUNT_WORDS.isdisjoint(forms):
        return []
    toks = an.tokens
    n = len(toks)
    out: list[Finding] = []
    for t in an.words:
        if t.lower not in _RANKED_COUNT_WORDS or t.is_cap or t.index == 0 or t.index + 2 >= n or t.quoted:
            continue
        prev = toks[t.index - 1]
        if not prev.is_word or prev.lower not in _PREPS or prev.lower in ("of", "than", "as"):
            continue
        if prev.lower == "to" and "VERB" in lemmas(t.text):
            continue  # "scheduled to last 72 hours": an infinitive
        num = toks[t.index + 1]
        head = toks[t.index + 2]
        if not (num.lower in _COUNT_NUMBERS or num.text.isdigit()) or not head.is_word or head.is_cap:
            continue
        if num.lower == "couple":
            continue  # "a couple of": its own article
        if not head.lower.endswith("s") or head.lower.endswith("ss") or "NOUN" not in lemmas(head.text):
            continue
        out.append(_finding(an, t, head, "ranked-count"))
    return out


# "As fitness tracker, the Ridge is ...": a thing's role opening the sentence ------------------------------


@cache
def _as_heads() -> frozenset[str]:
    return (_concrete_subjects() | _role_nouns()) - _OFFICE_HEADS - _GENERIC_KINDS


def as_thing_openers(an: Analysis) -> list[Finding]:
    """ "As fitness tracker, the Ridge is mostly accurate", "As camera, it is excellent": a sentence
    opened by "As" and a singular count noun for a thing or a kind of person ("As parent, I ...")
    before a comma judges the subject as one of many and needs "a"; an office held by one
    ("As captain, she ...", "As editor, ...") is named bare."""
    if "As" not in an.text:
        return []  # cheap test first: no sentence can open with "As"
    toks = an.tokens
    n = len(toks)
    heads = _as_heads()
    out: list[Finding] = []
    for s in an.sentences:
        w0 = toks[s.first]
        if w0.text != "As" or s.first + 2 >= n:
            continue
        k = s.first + 1
        while k < n and k - s.first <= 3 and toks[k].is_word and not toks[k].is_cap and toks[k].lower not in _DETS \
                and toks[k].lower not in _FUNC and toks[k].lower not in _PREPS:
            k += 1
        if k >= n or toks[k].text != "," or k == s.first + 1:
            continue
        head = toks[k - 1]
        if head.lower not in heads or not _bare_head(head):
            continue
        if any(not _opener_modifier(toks[m], False) for m in range(s.first + 1, k - 1)):
            continue
        phrase = an.text[toks[s.first + 1].start : head.end]
        repl = (indefinite(phrase),)
        out.append(Finding(toks[s.first + 1].start, head.end, "missing-article:as-thing", "missing_article",
                           f"{quote(phrase)} needs an article here: {quote(repl[0])}.", repl))
    return out
