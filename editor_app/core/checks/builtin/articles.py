"""Missing articles: "US offered" -> "the US offered", "in fridge" -> "in the fridge".

Three rules, all driven by data files:

* names that take "the" (``the_names.txt``: US, UAE, Netherlands, Atlantic, World Health
  Organization ...) used as the head of a noun phrase with no determiner before them;
* singular count nouns (``article_nouns.txt``) after a preposition, optionally with adjectives
  ("after initial military exchange"), or opening a sentence before its verb ("Board approved");
  idioms that need no article ("by car", "at home") are listed in ``article_idioms.txt``;
* a preposition followed by an ordinal or "other/same/whole" and a noun ("in first half").
"""

from __future__ import annotations

from functools import cache

from editor_app.core.checks.builtin import data
from editor_app.core.checks.builtin.findings import Finding, quote
from editor_app.core.checks.builtin.lexicon import lemmas
from editor_app.core.checks.builtin.text import Analysis, Token, analyse

PREPOSITIONS = frozenset(
    ["in", "on", "at", "to", "from", "into", "onto", "of", "for", "with", "by", "along", "across", "through", "near", "under", "over", "behind", "beside", "between", "among", "around", "about", "after", "before", "during", "within", "without", "towards", "toward", "via", "past", "beyond", "off", "upon", "against", "throughout", "alongside", "below", "above", "beneath"]
)
_ORDINALS = frozenset(
    ["first", "second", "third", "fourth", "fifth", "sixth", "last", "final", "next", "other", "same", "whole", "entire", "opposite", "following", "previous", "latter"]
)
_TIME_NOUNS = frozenset(
    ["week", "month", "year", "day", "time", "season", "summer", "winter", "spring", "autumn", "fall", "weekend", "night", "morning", "evening", "afternoon", "century", "decade", "quarter", "term"]
)
_B3_EXTRA = frozenset(["half", "quarter", "hand", "way", "part", "day", "time", "round", "leg", "stage", "period", "lap", "step", "phase", "game", "innings"])
_TO_NOUN_CUES = frozenset(
    ["according", "due", "thanks", "next", "close", "similar", "compared", "prior", "owing", "subject", "relative", "attached", "opposite"]
)
_HEAD_FOLLOWERS = frozenset(
    ["and", "or", "but", "nor", "is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "can", "may", "might", "should", "must", "said", "says", "also", "to", "in", "on", "at", "for", "with", "from", "by", "of", "as", "after", "before", "since", "over", "under", "against", "into", "than", "that", "which", "who", "while", "when", "where", "because", "although", "though", "if", "so", "has"]
)
_INSTITUTIONS = frozenset(
    ["government", "council", "committee", "board", "company", "firm", "agency", "ministry", "department", "commission", "union", "club", "team"]
)
_ADDRESS_VERBS = frozenset(
    ["asked", "asks", "ask", "urged", "urges", "urge", "told", "tells", "tell", "called", "calls", "warned", "warns", "accused", "accuses", "blamed", "blames", "criticised", "criticized", "criticises", "criticizes", "thanked", "thanks", "praised", "praises", "contacted", "contacts", "petitioned", "lobbied", "lobbies", "sued", "sues", "pressed", "presses", "persuaded", "persuades", "convinced", "convinces"]
)
_PREDICATIVE = frozenset(
    ["became", "become", "becomes", "becoming", "elected", "appointed", "named", "as", "was", "were", "is", "are", "remains", "remained", "serve", "served", "serves", "serving", "crowned", "sworn", "acting"]
)
_AUX = frozenset(["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "do", "does", "did"])


def _past_or_aux(tok: Token) -> bool:
    """A verb that can follow a singular subject: "approved", "broke", "has", "will"."""
    if tok.lower in ("has", "had", "was", "will", "would", "could", "can", "may", "might", "must", "should"):
        return True
    forms = lemmas(tok.text)
    verb = forms.get("VERB")
    if not verb or "NOUN" in forms and not tok.lower.endswith("ed"):
        return False
    return verb[0].lower() != tok.lower and not tok.lower.endswith(("s", "ing"))


_PRONOUN_WORDS = frozenset(
    ["i", "me", "you", "him", "her", "it", "us", "them", "we", "they", "he", "she", "one", "ones", "this", "that"]
)
_NOT_ADJECTIVES = frozenset(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "hundred", "thousand", "million", "many", "several", "few", "more", "most", "some", "any", "no", "each", "every", "all", "both", "either", "neither", "much", "little", "enough", "such", "own"]
)
_GEO_HEADS = frozenset(["River", "Ocean", "Sea", "Reef", "Gulf", "Channel", "Canal", "Desert", "Islands", "Isles", "Mountains", "Strait", "Straits", "Peninsula"])
_OF_HEADS = frozenset(["River", "Gulf", "Bay", "Isle", "University", "Department", "Ministry", "Bank", "Republic", "Kingdom", "Sea", "Strait"])


@cache
def _nouns() -> frozenset[str]:
    return data.word_set("article_nouns.txt")


@cache
def _idioms() -> frozenset[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for line in data.lines("article_idioms.txt"):
        parts = line.lower().split()
        if len(parts) >= 2:
            out.add((parts[-2], parts[-1]))
    return frozenset(out)


@cache
def _names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> the names (as word tuples) starting with it, longest first."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for line in data.lines("the_names.txt"):
        words = tuple(t.text for t in analyse(line).tokens if t.is_word)
        if words:
            by_first.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


def _determiners() -> frozenset[str]:
    return data.word_set("determiners.txt")


def _prev_word(an: Analysis, i: int) -> Token | None:
    """The token just before index i, when it is a word (no punctuation between)."""
    if i <= 0:
        return None
    t = an.tokens[i - 1]
    return t if t.is_word else None


def _has_determiner_before(an: Analysis, i: int) -> bool:
    p = _prev_word(an, i)
    # "the western Mediterranean": look past lower-case adjectives to the determiner.
    steps = 0
    while p is not None and steps < 2 and not p.is_cap and "ADJ" in lemmas(p.text) and p.lower not in _determiners():
        p = _prev_word(an, p.index)
        steps += 1
    if p is None:
        return False
    low = p.lower
    if low in _determiners() or low.endswith(("'s", "’s")) or low.replace(",", "").isdigit():
        return True
    return p.is_cap and p.sentence == an.tokens[i].sentence and an.sentences[p.sentence].first != p.index


def check_articles(an: Analysis) -> list[Finding]:
    out: list[Finding] = []
    out.extend(_missing_the_before_names(an))
    out.extend(_bare_count_nouns(an))
    return out


def _finding(an: Analysis, first: Token, last: Token, what: str) -> Finding:
    phrase = an.text[first.start : last.end]
    opens = an.sentences[first.sentence].first == first.index or all(
        not t.is_word for t in an.tokens[an.sentences[first.sentence].first : first.index]
    )
    if opens:
        body = phrase if (len(phrase) > 1 and phrase[1:2].isupper()) or what == "name" else phrase[:1].lower() + phrase[1:]
        repl: tuple[str, ...] = ("The " + body,)
    elif what == "name":
        repl = ("the " + phrase,)
    else:
        repl = ("the " + phrase, ("an " if phrase[:1].lower() in "aeiou" else "a ") + phrase)
    msg = f"{quote(phrase)} needs an article here: {quote(repl[0])}."
    return Finding(first.start, last.end, "missing-article", "missing_article", msg, repl)


def _is_head(an: Analysis, last: Token) -> bool:
    """Is the noun phrase ending at ``last`` the head (not a modifier like "US officials")?"""
    k = last.index + 1
    if k >= len(an.tokens):
        return True
    nxt = an.tokens[k]
    if not nxt.is_word:
        return nxt.text not in "-–’'"
    if nxt.is_cap:
        return False
    if nxt.lower in _HEAD_FOLLOWERS:
        return True
    forms = lemmas(nxt.text)
    if "NOUN" in forms and not nxt.lower.endswith("ed"):
        return False
    return "VERB" in forms or "ADV" in forms


def _missing_the_before_names(an: Analysis) -> list[Finding]:
    out: list[Finding] = []
    names = _names()
    toks = an.tokens
    i = 0
    while i < len(toks):
        t = toks[i]
        if not t.is_word or t.quoted or not t.is_cap:
            i += 1
            continue
        match_len = 0
        for name in names.get(t.text, ()):
            if all(i + k < len(toks) and toks[i + k].text == w for k, w in enumerate(name)):
                match_len = len(name)
                break
        if not match_len:
            prev = an.tokens[i - 1] if i > 0 else None
            prev_is_name = prev is not None and prev.is_word and prev.is_cap and prev.lower not in _determiners()
            if prev_is_name:
                i += 1
                continue  # inside a longer name ("Ford Motor Company")
            opener = an.sentences[t.sentence].first == i or all(
                not x.is_word for x in toks[an.sentences[t.sentence].first : i]
            )
            if opener and ("VERB" in lemmas(t.text) or "NOUN" not in lemmas(t.text)) and "ADJ" not in lemmas(t.text):
                i += 1
                continue  # "Visit Natural History Museum": the opener is not part of the name
            match_len = _geo_name_len(an, i) or _institution_len(an, i)
        if not match_len:
            i += 1
            continue
        last = toks[i + match_len - 1]
        before = _prev_word(an, i)
        if before is not None and before.lower in _PREDICATIVE:
            i += match_len
            continue  # "she became Prime Minister", "elected Mayor": an office, no article
        if not _has_determiner_before(an, i) and _is_head(an, last) and not _coordinated_with_the(an, i):
            out.append(_finding(an, t, last, "name"))
        i += match_len
    return out


def _geo_name_len(an: Analysis, i: int) -> int:
    """"Great Barrier Reef", "River Wend", "Gulf of Aden": capitalised runs that take "the"."""
    toks = an.tokens
    j = i
    while j < len(toks) and toks[j].is_word and toks[j].is_cap:
        j += 1
    if j - i >= 2 and toks[j - 1].text in _GEO_HEADS:
        return j - i
    if j - i == 1 and toks[i].text in _OF_HEADS and j + 1 < len(toks) and toks[j].lower == "of" and toks[j + 1].is_cap:
        return 3
    if j - i >= 2 and toks[i].text == "River":
        return j - i
    return 0


_INSTITUTION_WORDS = frozenset(
    ["National", "Royal", "British", "Natural", "History", "Science", "Modern", "Art", "Arts", "Gallery", "Museum", "Library", "Theatre", "Opera", "Ballet", "Orchestra", "Council", "Bank", "Trust", "Archive", "Archives", "Institute", "Foundation", "Society", "Academy", "Association", "Federation", "Agency", "Commission", "Committee", "Department", "Ministry", "Office", "Service", "Police", "Army", "Navy", "Health", "World", "City", "County", "State", "Federal", "Supreme", "High", "Central", "European", "International", "Public", "General", "Republican", "Democratic", "Labour", "Conservative", "Liberal", "Green", "Party", "Union", "Organization", "Organisation", "Senate", "Treasury", "Reserve", "Guard", "Coast", "Environment", "Food", "Drug", "Education", "Justice", "Defence", "Defense", "Foreign", "Home", "Interior", "Energy", "Transport", "Security", "Trade", "Monetary", "Development", "Statistics", "Meteorological", "Weather", "Met", "Fire", "Rescue", "Ambulance", "Press", "Broadcasting", "Geographic", "Geological", "Survey", "Portrait", "Maritime", "Railway", "War", "Imperial", "Children's", "Women's"]
)
_INSTITUTION_HEADS = frozenset(
    ["Gallery", "Museum", "Library", "Theatre", "Opera", "Ballet", "Orchestra", "Council", "Bank", "Trust", "Archive", "Archives", "Institute", "Foundation", "Society", "Academy", "Association", "Federation", "Agency", "Commission", "Committee", "Department", "Ministry", "Office", "Service", "Party", "Union", "Organization", "Organisation", "Guard", "Reserve", "Army", "Navy", "Survey", "Authority",
     "Company", "Corporation", "Market", "Board", "Fund", "Centre", "Center", "Observatory", "Institution",
     "Coalition", "Alliance", "Bureau", "Tribunal", "Inquiry", "Exchange", "Conservatory", "Collection"]
)


def _generic_name_word(word: str) -> bool:
    if word.lower() in _NAMEY:
        return False
    if word in _INSTITUTION_WORDS or word in _INSTITUTION_HEADS:
        return True
    if not word[1:].islower():
        return False  # an acronym or a mixed-case brand
    forms = lemmas(word.lower())
    return bool(forms) and ("ADJ" in forms or "NOUN" in forms) and word.lower() not in _NAMEY


# Common words that are also frequent given names or brand words, which make a name specific.
_NAMEY = frozenset(["apple", "amazon", "shell", "virgin", "orange", "ford", "general", "first", "united"])


def _institution_len(an: Analysis, i: int) -> int:
    """"National Gallery", "Natural History Museum", "City Council": generic names take "the"."""
    toks = an.tokens
    j = i
    # Every word before the head is a generic word ("Financial Conduct Authority", "Royal
    # Horticultural Society"); a proper name ("Ford Motor Company") needs no article.
    while j < len(toks) and toks[j].is_word and toks[j].is_cap and _generic_name_word(toks[j].text):
        j += 1
    if j - i >= 2 and toks[j - 1].text in _INSTITUTION_HEADS:
        if j < len(toks) and toks[j].is_word and toks[j].is_cap:
            return 0  # part of a longer, specific name
        return j - i
    return 0


def _coordinated_with_the(an: Analysis, i: int) -> bool:
    """ "the US and UK": the article before the first conjunct covers the second."""
    p = _prev_word(an, i)
    if p is None or p.lower not in ("and", "or", "&"):
        return False
    k = p.index - 1
    while k >= 0 and an.tokens[k].is_word and an.tokens[k].is_cap:
        k -= 1
    return k >= 0 and an.tokens[k].lower == "the"


def _bare_count_nouns(an: Analysis) -> list[Finding]:
    out: list[Finding] = []
    nouns = _nouns()
    idioms = _idioms()
    toks = an.tokens
    for t in an.words:
        if t.quoted:
            continue
        low = t.lower
        is_list_noun = low in nouns
        if not is_list_noun and low not in _B3_EXTRA:
            continue
        # Sentence opener: "Board approved ..."
        s = an.sentences[t.sentence]
        first_word = next((w for w in toks[s.first : s.last] if w.is_word), None)
        if is_list_noun and first_word is t and t.is_cap and not t.text.isupper():
            nxt = toks[t.index + 1] if t.index + 1 < len(toks) else None
            if nxt is not None and nxt.is_word and not nxt.is_cap and _past_or_aux(nxt):
                after = toks[nxt.index + 1] if nxt.index + 1 < len(toks) else None
                if after is None or not (after.is_word and after.lower in _AUX):
                    out.append(_finding(an, t, t, "noun"))
            continue
        if t.is_cap:
            continue
        # After a preposition, with up to two adjectives between.
        chain: list[Token] = []
        noun_modifier = False
        k = t.index - 1
        while k >= 0 and len(chain) < 2:
            c = toks[k]
            if not c.is_word or c.lower in _determiners() or c.lower in PREPOSITIONS:
                break
            forms = lemmas(c.text)
            if c.is_cap and not ("ADJ" in forms and c.text[1:].islower()):
                break  # a proper adjective ("Arctic coast") may stand in the chain; a name may not
            if c.lower in _NOT_ADJECTIVES or c.lower[:1].isdigit():
                break
            if c.lower in _ORDINALS or ("ADJ" in forms and not c.lower.endswith(("ing", "ed"))):
                chain.insert(0, c)
                k -= 1
                continue
            # A singular noun modifier right before the listed noun ("at site shop"): the
            # compound needs the article its head needs.
            if (not chain and is_list_noun and "NOUN" in forms and not c.is_cap and len(c.lower) > 2
                    and c.lower not in _PRONOUN_WORDS and not c.lower.endswith(("s", "ed", "ing"))
                    and (c.lower, low) not in idioms):
                chain.insert(0, c)
                noun_modifier = True
                k -= 1
                continue
            break
        if k < 0:
            continue
        prep = toks[k]
        if not chain and is_list_noun and low in _INSTITUTIONS and prep.is_word and prep.lower in _ADDRESS_VERBS:
            # "asked government for help": an institution addressed by a verb needs its article
            nxt = toks[t.index + 1] if t.index + 1 < len(toks) else None
            if nxt is None or not nxt.is_word or nxt.lower in PREPOSITIONS or nxt.lower in ("to", "that"):
                out.append(_finding(an, t, t, "noun"))
            continue
        if not prep.is_word or prep.lower not in PREPOSITIONS:
            continue
        ordinal = bool(chain) and chain[0].lower in _ORDINALS
        if not is_list_noun and not ordinal:
            continue
        if ordinal and chain[0].lower in ("next", "last", "this", "following", "previous") and low in _TIME_NOUNS:
            continue
        if ordinal and low in ("place", "time") and chain[0].lower in ("first", "second", "third"):
            continue
        if not chain and (prep.lower, low) in idioms:
            continue
        if chain and (chain[-1].lower, low) in idioms:
            continue  # "at primary school", "at city hall"
        if noun_modifier and (prep.lower == "to" or "VERB" in lemmas(chain[0].text) and prep.lower in ("for", "of")):
            continue  # "to help shop", "for sale sign": the first word may be a verb or part of an idiom
        if prep.lower == "to" and not chain and "VERB" in lemmas(t.text):
            before = _prev_word(an, prep.index)
            if before is None or before.lower not in _TO_NOUN_CUES:
                continue
        if prep.lower == "of" and k > 0 and toks[k - 1].lower in ("kind", "sort", "type", "form", "lot", "piece", "bit"):
            continue
        nxt = toks[t.index + 1] if t.index + 1 < len(toks) else None
        if nxt is not None and nxt.is_word:
            if nxt.lower[:1].isdigit() or nxt.is_cap:
                continue
            nforms = lemmas(nxt.text)
            compound = "NOUN" in nforms and not nxt.lower.endswith("ed")
            if compound and nxt.lower not in _HEAD_FOLLOWERS:
                continue  # a compound: "in kitchen drawers"
        if nxt is not None and nxt.text in ("-", "’", "'"):
            continue
        # "side by side", "from top to bottom", "door to door"
        window = [w.lower for w in toks[max(0, k - 3) : t.index + 4] if w.is_word and w is not t]
        if low in window or (prep.lower in ("from", "to") and _paired_bare(an, k)):
            continue
        out.append(_finding(an, chain[0] if chain else t, t, "noun"))
    return out


def _paired_bare(an: Analysis, k: int) -> bool:
    """ "from start to finish": two bare nouns paired by from ... to."""
    toks = an.tokens
    if toks[k].lower == "from":
        return any(w.lower == "to" for w in toks[k + 2 : k + 4])
    return any(w.lower == "from" for w in toks[max(0, k - 3) : k])
