"""Missing article before a pre-modified singular count noun: "in small tin", "hired full-time
curator", "is retired schoolteacher", "Linda Okafor, retired pediatrician from Columbus,".

One mechanism: a noun phrase of one to three modifiers (adjective, participle, hyphenated word,
noun modifier) and a singular head that English does not use bare, with no determiner in front,
in a slot that needs one: after a preposition, as the object of a clear verb, as the predicate of
"be" (a person noun), or as an appositive after a name (a person noun or "N-year-old"). The head
must be countable by real data (WordNet-prose countable or concrete, or a WordNet person noun) and
neither bare-prone in WordNet's prose, mass-like, nor seldom written after an article in Google
Books (article_ngram_share.txt). A modifier is what keeps the bare idioms out: "by car", "at
school", "in hospital" have none, and the pairs WordNet or the idiom list know stay exempt even
when modified ("by private car").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from editor_app.core.checks.builtin import data
from editor_app.core.checks.builtin.articles_np import (
    _DETS,
    _PREPS,
    _bareness,
    _finding,
    bare_prone,
    concrete,
    countable,
    wn_bare_pairs,
)
from editor_app.core.checks.builtin.findings import Finding
from editor_app.core.checks.builtin.lexicon import lemmas
from editor_app.core.checks.builtin.text import Analysis, Token

# Modifiers that make the phrase definite or name a time ("last week"), quantities and words that
# are themselves determiners or pronoun-like: the phrase is then another rule's business or fine.
_NOT_MODIFIERS = frozenset([
    "last", "next", "first", "second", "third", "final", "same", "only", "whole", "entire", "very", "own",
    "other", "such", "much", "more", "most", "less", "least", "few", "little", "many", "several", "enough",
    "further", "half", "former", "latter", "previous", "following", "early", "late", "this", "that", "what",
    "which", "whose", "every", "each", "any", "some", "no", "one", "yesterday", "today", "tomorrow", "tonight",
    "per", "and", "or", "but", "not", "so", "as", "than", "up", "down", "out", "off", "over", "back", "well",
    "even", "just", "also", "all", "both", "either", "neither", "top", "bottom", "left", "right", "front",
    "rear", "full", "part", "close", "due", "ready", "sure", "able", "like", "worth", "near", "free", "live",
    "alone", "ahead", "apart", "aside", "away", "about", "around", "via", "there", "here", "then", "now",
    "i", "you", "he", "she", "it", "we", "they", "me", "him", "us", "them", "who", "whom", "if", "when",
    "chief", "deputy", "acting", "interim", "vice", "general", "managing", "executive", "assistant",
    "associate", "lead", "senior", "junior", "principal", "head", "joint", "co", "honorary", "solo",
    "best", "worst",
    "can", "will", "may", "might", "must", "shall", "should", "would", "could", "do", "does", "did",
])
# Heads that name a time, a place in a sequence or a measure: bare after a modifier in set frames
# ("since last week", "at full speed", "in real time", "on short notice").
_SKIP_HEADS = frozenset([
    "time", "day", "week", "month", "year", "night", "morning", "evening", "afternoon", "weekend", "hour",
    "minute", "second", "season", "term", "decade", "century", "quarter", "half", "moment", "period",
    "speed", "pace", "notice", "sight", "view", "length", "distance", "level", "rate", "scale", "size",
    "range", "place", "way", "point", "side", "end", "part", "kind", "sort", "type", "form", "style", "line",
    "order", "hand", "foot", "mind", "heart", "face", "head", "eye", "case", "example", "instance", "number",
    "lot", "bit", "deal", "course", "fashion", "manner", "mode", "shape", "condition", "state", "standard",
    "stage", "step", "phase", "round", "turn", "top", "bottom", "front", "back", "edge", "centre", "center",
    "middle", "priority", "choice", "option", "basis", "rule", "principle", "practice", "policy", "term",
    "cost", "price", "value", "charge", "fee", "tax", "pay", "rent", "fare", "loss", "profit", "total",
    "sum", "amount", "percent", "per", "cent", "degree", "grade", "score", "record", "tie", "draw", "win",
    "defeat", "victory", "debut", "lease", "trial", "duty", "call", "leave", "strike", "alert",
    "guard", "watch", "patrol", "display", "show", "sale", "offer", "demand", "request", "tap", "stream",
    "board", "deck", "air", "stage", "tape", "film", "record", "paper", "print", "file",
    "video", "radio", "television", "telephone", "mail", "email", "post", "line", "location",
    "campus", "tour", "holiday", "vacation", "assignment", "attachment", "secondment", "probation",
    "parole", "bail", "remand", "suspension", "arrival", "departure", "entry", "exit", "impact", "contact",
    "touch", "track", "target", "budget", "schedule", "time", "cue", "demand", "request", "average", "par",
    "balance", "hold", "standby", "sequence", "rotation", "course", "air", "foot", "horseback",
    "road", "rail",
    "sea", "land", "water", "ground", "floor", "fire", "ice", "snow", "earth", "heaven", "hell", "paradise",
    "town", "city", "village", "country", "street", "market", "church", "school", "college", "university",
    "class", "hospital", "prison", "jail", "court", "office", "home", "work", "bed", "table",
    "stock", "store", "cash", "credit", "question", "issue", "hand", "cover",
    "team", "staff", "crew", "squad", "management", "government", "council", "committee", "parliament",
    "congress", "senate", "cabinet", "family", "press", "media", "business", "industry", "trade",
    "reason", "purpose", "cause", "result", "effect", "fact", "use", "need", "help", "care", "aid",
    "support", "love", "luck", "life", "death", "birth", "age", "youth", "peace", "war", "chance", "risk",
    "news", "note", "matter", "material", "stuff", "thing", "something", "nothing", "anything", "everything",
    "someone", "anyone", "everyone", "nobody", "somebody", "anybody", "everybody", "person",
    # land cover, phases and signals read as a mass or a state ("through pine forest", "at new moon",
    # "with patchy signal", "in operating margin", "at school camp")
    "forest", "woodland", "jungle", "moon", "signal", "margin", "camp",
])
# Verb forms that take a bare object or complement as a rule ("turned professional", "went
# missing", "named captain", "elected chair", "made redundant").
_BARE_COMPLEMENT_VERBS = frozenset([
    "turn", "go", "become", "name", "elect", "appoint", "crown", "make", "call", "dub", "vote", "declare",
    "consider", "deem", "remain", "stay", "play", "serve", "act", "rank", "finish", "come", "stand", "run",
    "hold", "take", "give", "have", "get", "pay", "cost", "mean", "say", "tell", "ask", "thank", "cause",
    "let", "keep", "leave", "lose", "win", "draw", "score", "beat", "lead", "trail", "top", "head",
    "see", "watch", "hear", "feel", "look", "seem", "sound", "appear", "prove", "grow", "fall", "rise",
    "sit", "lie", "live", "die", "work", "begin", "end", "change",
    "switch", "trade", "swap", "exchange", "mark", "set", "hit", "reach", "enter", "leave",
])
_COPULAS = frozenset(["is", "was", "be", "been", "being", "am", "are", "were", "becomes", "became", "become",
                      "remains", "remained", "'s"])
_APPOSITION_END = frozenset(["from", "with", "who", "whose", "based", "living", "and", "called", "named"])
# Prepositions that are also conjunctions or take a kind, a measure or a route bare ("before you
# book", "of cotton", "over stocking stitch", "via email").
_WEAK_PREPS = frozenset(["of", "to", "before", "after", "since", "until", "over", "via", "than", "as", "like",
                         "per", "upon", "toward", "towards", "throughout", "amid", "amongst", "among"])
_ADJ_ENDS = ("al", "ful", "ous", "ive", "ic", "able", "ible", "ent", "ant", "ary", "est", "er")
_AGE = re.compile(r"\d+-(?:year|month|week)-old$")
_PLAIN = re.compile(r"[a-z]+(?:-[a-z]+)*$")


# Evaluative and degree adjectives: after "with"/"without" they make the head a quality or an amount,
# used bare ("shoes with good grip", "rooms with excellent light", "without careful planning").
_QUALITY = frozenset([
    "good", "great", "better", "poor", "bad", "excellent", "superb", "decent", "fine", "nice", "strong",
    "firm", "weak", "reasonable", "real", "genuine", "considerable", "remarkable", "extra", "added",
    "constant", "careful", "easy", "easier", "quick", "direct", "instant", "immediate", "limited",
    "minimal", "ample", "solid", "total", "complete", "proper", "adequate", "sufficient", "high", "low",
])


@cache
def _share_bare() -> frozenset[str]:
    """Nouns Google Books writes after "the/a/an" seldom enough that a bare use is normal English."""
    return frozenset(line.split()[0] for line in data.lines("article_ngram_share.txt"))


@cache
def _plants() -> frozenset[str]:
    """Nouns whose commonest WordNet sense is a plant (tools/make_article_plants.py)."""
    return data.word_set("article_plants_wn.txt")


@cache
def _person_nouns() -> frozenset[str]:
    return data.word_set("article_person_nouns_wn.txt")


@cache
def _positions() -> frozenset[str]:
    return data.word_set("article_positions.txt")


@cache
def _idiom_pairs() -> frozenset[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for line in data.lines("article_idioms.txt"):
        parts = line.lower().split()
        if len(parts) >= 2:
            out.add((parts[0], parts[-1]))
    return frozenset(out) | wn_bare_pairs()


@cache
def heads() -> frozenset[str]:
    """Singular nouns English uses with a determiner as a rule, by WordNet countability and
    concreteness, WordNet person nouns, and Google Books article share."""
    mass = data.word_set("article_mass_wn.txt")
    share = _share_bare() - concrete() - _person_nouns()  # (a rarer noun's share is often missing data)
    base = (countable() | concrete() | _person_nouns() | data.word_set("count_nouns_auto.txt")) - bare_prone() \
        - mass - share - _SKIP_HEADS
    return frozenset(w for w in base if _PLAIN.match(w) and "-" not in w and len(w) > 2)


@lru_cache(maxsize=20_000)
def _singular(low: str) -> bool:
    got = lemmas(low).get("NOUN")
    if got is None:
        return not lemmas(low) and not low.endswith("s")  # a WordNet noun the lexicon lacks ("bookshop")
    return got[0].lower() == low and not (low.endswith("s") and low[:-1] in heads())


def _modifier(t: Token, inner: bool = False) -> bool:
    """Can ``t`` modify a following noun? ``inner``: a noun that is also a verb counts too (it
    is then inside the phrase, after a clear modifier: "sealed glass jar")."""
    return not t.is_cap and _modifier_form(t.lower, inner)


@lru_cache(maxsize=40_000)
def _modifier_form(low: str, inner: bool) -> bool:
    if low in _NOT_MODIFIERS or low in _DETS or low in _PREPS or not _PLAIN.match(low):
        return False
    if "-" in low:
        return not low.endswith("-old")
    forms = lemmas(low)
    if not forms or "PRON" in forms or "DET" in forms or "ADP" in forms or "CCONJ" in forms:
        return False
    if "ADJ" in forms:
        return not low.endswith("est")  # a superlative is the superlative rules' business ("best actress")
    if "VERB" in forms and low.endswith(("ed", "ing")):
        return True
    noun = forms.get("NOUN")
    return noun is not None and noun[0].lower() == low and (inner or "VERB" not in forms) and "ADV" not in forms


def _verb_slot(an: Analysis, v: Token) -> bool:
    """Is ``v`` a clear transitive verb whose object follows: a past or present-tense form after a
    subject-like word, or a base form after "to" or opening an instruction?"""
    low = v.lower
    forms = lemmas(low)
    verb = forms.get("VERB")
    if not verb or verb[0].lower() in _BARE_COMPLEMENT_VERBS:
        return False
    toks = an.tokens
    if v.is_cap and v.index != an.sentences[v.sentence].first:
        return False  # "Eastgate Yards": a name, not a verb
    prev = toks[v.index - 1] if v.index > 0 else None
    base = verb[0].lower() == low
    if base and prev is not None and prev.is_word and prev.lower == "to" and "ADP" not in forms:
        return True
    if "NOUN" in forms and not low.endswith(("ed", "s")):
        return False  # "supply", "landscape": a noun modifier as often as a verb
    perfect = prev is not None and prev.is_word and prev.lower in ("has", "have", "had") and low.endswith("ed")
    if ("ADJ" in forms or "ADV" in forms or "ADP" in forms) and not perfect:
        return False  # ("has signed": a perfect's participle is the verb, whatever else it can be)
    if base:
        s = an.sentences[v.sentence]
        return v.index == s.first and v.is_cap and "NOUN" not in forms
    if not (low.endswith("ed") or low.endswith("s") or verb[0].lower() != low):
        return False
    if prev is None or not prev.is_word:
        return low.endswith("s") is False and prev is not None and prev.text == ","
    pl = prev.lower
    if pl in ("'s", "’s", "s") or pl.endswith(("'s", "’s")):
        return False  # "the feed's duplicated status string": a possessive's modifier
    pf = lemmas(pl)
    if "ADV" in pf and "NOUN" not in pf and "PRON" not in pf:
        return False  # "almost whispered work song": an adverb before a participle modifier
    if pl in _DETS or pl in _PREPS or pl.endswith("ly") or "ADJ" in pf and (
            "NOUN" not in pf or pl.endswith(_ADJ_ENDS) or pl in ("full", "new", "old")):
        return False
    return pl not in ("is", "was", "are", "were", "be", "been", "being", "get", "got")


def _boundary_after(an: Analysis, head: Token) -> bool:
    """Does the noun phrase end at ``head`` (nothing that continues a compound or a name)?"""
    toks = an.tokens
    nxt = toks[head.index + 1] if head.index + 1 < len(toks) else None
    if nxt is None:
        return True
    if not nxt.is_word:
        return nxt.text not in ("'", "’", "-", "–", "/", "&") and not nxt.text.startswith(("'", "’"))
    if nxt.is_cap:
        return False
    return _closes(nxt.lower)


@lru_cache(maxsize=20_000)
def _closes(low: str) -> bool:
    if low[:1].isdigit():
        return False
    if low in _CLOSERS:
        return True
    forms = lemmas(low)
    if "NOUN" in forms or "ADJ" in forms or not forms:
        return False  # a compound or a longer phrase goes on ("truck stops", "cell service")
    return low != "of"


# Words after which a noun phrase has ended.
_CLOSERS = frozenset(_PREPS | {"and", "or", "but", "that", "which", "who", "whose", "where", "when", "while",
                               "is", "was", "has", "had", "will", "would", "can", "could", "should", "may",
                               "might", "must", "if", "because", "so", "than", "as", "before", "after",
                               "until", "since", "unless", "though", "although", "every", "each", "last",
                               "this", "next", "up", "down", "out", "off", "back", "away", "home", "here", "there",
                               "today", "yesterday", "tomorrow", "again", "too", "instead"} - {"of"})


_SUBORDINATORS = frozenset(["that", "when", "because", "if", "while", "although", "though", "whether",
                            "unless", "once"])
_AUX = frozenset(["is", "was", "has", "had", "will", "would", "can", "could", "should", "may", "might", "must",
                  "does", "did", "isn't", "wasn't", "hasn't", "won't", "can't", "doesn't", "didn't"])


def _opening_modifier(an: Analysis, t: Token) -> bool:
    """Is ``t`` a capitalised modifier opening its sentence ("Golden rule", "Typical session")?"""
    return t.is_cap and t.index == an.sentences[t.sentence].first and _modifier_form(t.lower, False)


def _full_sentence(an: Analysis, head: Token) -> bool:
    """Does the head's sentence run on and end like prose (not a heading, label or list entry)?"""
    s = an.sentences[head.sentence]
    last = an.tokens[s.last - 1]
    return s.last - s.first >= 6 and last.text in (".", "!", "?", '"', "”")


def _finite_after(an: Analysis, head: Token) -> bool:
    """Is the word after ``head`` a finite verb ("rule is", "session runs", "operator carried")?"""
    toks = an.tokens
    nxt = toks[head.index + 1] if head.index + 1 < len(toks) else None
    if nxt is None or not nxt.is_word or nxt.is_cap:
        return False
    return _finite_form(nxt.lower)


@lru_cache(maxsize=20_000)
def _finite_form(low: str) -> bool:
    if low in _AUX:
        return True
    forms = lemmas(low)
    verb = forms.get("VERB")
    if verb is None or verb[0].lower() == low or low.endswith(("ing", "en")):
        return False
    if "ADJ" in forms or "ADV" in forms or "ADP" in forms:
        return False
    return "NOUN" not in forms  # "runs", "stores", "charges": a plural noun as often, a compound reads on


def _name_before_comma(an: Analysis, comma: Token) -> bool:
    toks = an.tokens
    k = comma.index - 1
    if k < 0 or not toks[k].is_word:
        return False
    if not toks[k].is_cap:
        # "The vendor, third-generation butcher called Salvo,": a person named by a common noun
        return k > 0 and toks[k].lower in _person_nouns() and toks[k - 1].lower in ("the", "a", "an", "our", "my",
                                                                                   "their")
    return toks[k].lower not in _DETS and (
        k == 0 or not toks[k - 1].is_word or toks[k - 1].is_cap or toks[k - 1].lower in ("and", "said"))


def modified_heads() -> frozenset[str]:
    """The head nouns the rule starts from (check_articles' single pass picks their tokens; a
    token ending in "-old" is picked too)."""
    return heads()


def bare_modified_nps(an: Analysis, cands: list[Token]) -> list[Finding]:
    """Noun phrases with modifiers and a singular count head, with no determiner, in a slot that
    needs one (see the module docstring). ``cands``: the segment's tokens whose form is one of
    ``modified_heads`` or an "N-year-old"."""
    if not cands:
        return []
    hs = heads()
    toks = an.tokens
    out: list[Finding] = []
    idioms = _idiom_pairs()
    persons = _person_nouns()
    positions = _positions()
    for head in cands:
        if not head.index:
            continue
        before = toks[head.index - 1]
        low = head.lower
        age = low not in hs
        if age and not _AGE.match(low):
            continue
        if not (before.text == "," if age else before.is_word and (
                _opening_modifier(an, before) if before.is_cap else _modifier_form(before.lower, True))):
            continue  # the common case: "the car", "(car", "said car"
        if not age and (head.is_cap or head.quoted or not _singular(low)):
            continue
        finite = _finite_after(an, head)
        if not finite and not _boundary_after(an, head):
            continue
        k = head.index
        if k + 2 < len(toks) and toks[k + 2].lower == low:
            continue  # "novel after novel", "door to door"
        j = k - 1
        while j >= 0 and k - j <= 3 and toks[j].is_word and not toks[j].quoted and _modifier(toks[j], True):
            j -= 1
        if j >= 0 and k - j <= 3 and _opening_modifier(an, toks[j]):
            # the phrase opens its sentence: "Golden rule is", "Typical session runs"
            if finite and not age and low not in positions and _full_sentence(an, head):
                out.append(_finding(an, toks[j], head, "modified-subject"))
            continue
        while j + 1 < k and not _modifier(toks[j + 1]) and not (j >= 0 and toks[j].lower in _PREPS
                                                                      and toks[j].lower != "to"):
            j += 1  # the first modifier must be a clear one ("call structural engineer": not "call")
        for m in range(k - 2, j, -1):
            if toks[m].lower.endswith(("ed", "es")) and _verb_slot(an, toks[m]):
                j = m  # "council approved new roundabout": the verb is the slot, not a modifier
                break
        first = toks[j + 1]
        n_mods = k - j - 1
        slot = toks[j] if j >= 0 else None
        if slot is None or slot.sentence != head.sentence:
            continue
        person = low in persons
        bare = _bareness().get(low)
        if bare is not None and bare[1] * 8 > bare[0] + bare[1]:
            continue  # WordNet's prose uses it bare in an eighth of its uses or more
        mods = [toks[m].lower for m in range(j + 1, k)]
        if any(m in positions for m in mods):
            continue
        if not slot.is_word:
            # an appositive after a name: "Linda Okafor, retired pediatrician from Columbus,"
            if slot.text != "," or not _name_before_comma(an, slot):
                continue
            if not (age or person) or low in positions or (n_mods == 0 and not age):
                continue
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is None or not (nxt.is_word and nxt.lower in _APPOSITION_END):
                continue
            out.append(_finding(an, first, head, "modified-apposition"))
            continue
        if age:
            continue
        sl = slot.lower
        if n_mods == 0:
            continue
        if sl in _SUBORDINATORS and finite and slot.index != an.sentences[slot.sentence].first:
            # a clause's subject: "when new treasurer noticed", "that single infected traveler can"
            if low not in positions and not any(m.endswith("ed") and "ADJ" not in lemmas(m) for m in mods):
                out.append(_finding(an, first, head, "modified-subject"))
        elif not _boundary_after(an, head):
            continue
        elif sl in _PREPS:
            if (sl, low) in idioms or sl in _WEAK_PREPS or sl == "by" and not person:
                continue
            if sl in ("with", "without") and not person and any(m in _QUALITY for m in mods):
                continue  # a quality, not a thing: "shoes with good grip", "with instant access"
            if not (person or low in concrete() or low in countable()) or low in _plants():
                continue  # an abstract head after a preposition is too often a mass use ("in plain text"),
                # a plant a crop or a timber ("green with young soybean", "carved in red cedar")
            prev = toks[slot.index - 1] if slot.index > 0 else None
            if prev is not None and prev.is_word and prev.lower in ("per", "a", "an", "the", "kind", "sort", "type"):
                continue
            out.append(_finding(an, first, head, "modified-after-prep"))
        elif sl in _COPULAS:
            if not person or low in positions or any(m.endswith("ed") and "ADJ" not in lemmas(m) for m in mods):
                continue  # "was crowned champion": a passive and its complement
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is not None and nxt.is_word and nxt.lower in ("of", "at", "for"):
                continue
            out.append(_finding(an, first, head, "modified-predicate"))
        elif _verb_slot(an, slot):
            if (sl, low) in idioms or (lemmas(sl).get("VERB", ("",))[0], low) in idioms:
                continue
            out.append(_finding(an, first, head, "modified-object"))
    return out
