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
                          ("first", "half"), ("second", "half"), ("first", "leg"), ("second", "leg")])
# Heads an ordinal names bare as a rank or a level: "in fourth grade", "moved up to fifth position".
_RANKED_BARE_HEADS = frozenset(["grade", "gear", "position", "place", "base", "class", "chair", "form", "person",
                                "degree", "reading", "nature", "hand", "sight", "glance", "light", "aid", "tier",
                                "division", "seed", "row", "year"])
# Heads a superlative takes bare after a preposition: "to best effect", "at last count", "at greatest risk".
RANK_PREP_IDIOM_HEADS = frozenset(["effect", "advantage", "count", "risk", "ebb", "regard", "convenience",
                                    "opportunity", "possible"])
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
        if ll in _COPULA_WORDS:
            if r.lower in ("best", "worst") and after is not None and after.is_word and "VERB" in lemmas(after.text) \
                    and after.lower.endswith(("ed", "en")):
                continue
            out.append(_rank_finding(an, r, head))
            continue
        if ll in _RANK_PREPS:
            if head.lower in RANK_PREP_IDIOM_HEADS and not mods:
                continue  # "to best effect", "at last count", "those at greatest risk"
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
