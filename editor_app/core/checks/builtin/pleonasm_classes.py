"""Pleonasms from classes of meaning rather than listed pairs.

Four generative rules, each driven by a data file of general entries:

* a modifier whose meaning its head already contains (``pleonasm_modifiers.tsv``): "past
  history", "new innovations", "completely eliminated", "jointly collaborate", "fellow co-stars";
  heads match by lemma, so every inflection is covered, and one adjective or -ly adverb may stand
  between ("past professional experience");
* a verb that already contains its direction, return, repetition or togetherness, then the word
  that says it again (``pleonasm_particles.tsv``): "return back", "merge together", "rose up",
  "reconsider the policy again", "separate them apart"; the verb matches by lemma and its object
  may stand between;
* two words of one tight synonym group doubled (``pleonasm_synonyms.txt``): "undermines and
  weakens", "hopes or aspirations", "a huge enormous room", "relatively comparatively";
* an acronym followed by the word its last letter stands for (``acronyms.tsv``): "ATM machine",
  "PIN numbers", "HIV virus";

plus "together" in a clause that already says "joint"/"mutual" ("gave joint grants together").
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache, lru_cache

from editor_app.core.checks.builtin import data
from editor_app.core.checks.builtin.findings import Finding, quote
from editor_app.core.checks.builtin.lexicon import lemmas
from editor_app.core.checks.builtin.text import Analysis, Token

# Words that end the stretch a verb's object can fill (a new clause or phrase begins).
_CLAUSE_BREAKS = frozenset(
    ["that", "which", "who", "whom", "whose", "when", "where", "while", "because", "if", "so", "but", "then",
     "than", "before", "after", "until", "since", "as", "to", "for", "from", "with", "without", "into", "onto",
     "at", "by", "in", "on", "of", "against", "is", "are", "was", "were", "be", "been", "will", "would", "can",
     "could", "should", "may", "might", "must", "not", "once", "again", "back", "together", "up", "down", "out"]
)
# A particle followed by one of these is part of another phrase ("together with", "up against").
_NOT_BEFORE = {
    "together": frozenset(["with"]),
    "up": frozenset(["against", "with", "for"]),
    "back": frozenset(["then", "in", "and", "when"]),
    "again": frozenset(["and"]),
    "down": frozenset(["on"]),
    "out": frozenset(["for"]),
    "ahead": frozenset(["of"]),
    "advance": frozenset(["of"]),
    "time": frozenset(["of"]),
    "common": frozenset(["ground", "sense", "law", "room", "land"]),
}
_ADVANCE = frozenset([("in", "advance"), ("ahead",), ("beforehand",), ("ahead", "of", "time")])
_LEAD_TIME = frozenset(["well", "far", "long", "minutes", "hours", "days", "weeks", "months", "years", "seconds",
                        "minute", "hour", "day", "week", "month", "year", "decades", "way"])
_RECIPROCAL = frozenset(["collaborate", "cooperate", "co-operate", "coexist", "converge", "congregate", "convene"])
_JOINT = frozenset(["joint", "jointly", "mutual", "mutually", "collectively", "collective"])
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our",
                          "my", "your", "some", "any", "no", "each", "every"])


@lru_cache(maxsize=65536)
def _lemma_set(word: str) -> frozenset[str]:
    """The word and all its lemmas, lower case ("histories" -> {"histories", "history"})."""
    low = word.lower().replace("’", "'")
    out = {low}
    for forms in lemmas(word).values():
        out.update(f.lower() for f in forms)
    if "-" in low and low.endswith("s"):
        out.add(low[:-1])  # "co-stars" -> "co-star" where the lexicon lacks it
    return frozenset(out)


@cache
def _modifiers() -> dict[str, dict[str, str]]:
    """modifier form -> {head lemma: note}."""
    out: dict[str, dict[str, str]] = {}
    for row in data.rows("pleonasm_modifiers.tsv"):
        if len(row) < 2:
            continue
        note = row[2] if len(row) > 2 else ""
        for mod in row[0].lower().split():
            heads = out.setdefault(mod, {})
            for head in row[1].lower().split():
                heads[head.replace("_", " ")] = note
    return out


@cache
def _head_prefixes() -> dict[str, tuple[str, ...]]:
    """modifier -> head prefixes ("fellow" -> ("co-",), "former" -> ("ex-",))."""
    return {m: tuple(h for h in heads if h.endswith("-")) for m, heads in _modifiers().items()}


@cache
def _particles() -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """verb lemma -> [(particle words, max gap)]."""
    out: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for row in data.rows("pleonasm_particles.tsv"):
        if len(row) < 2:
            continue
        gap = int(row[2]) if len(row) > 2 and row[2].isdigit() else 0
        phrases = [tuple(alt.lower().split()) for alt in row[0].split("|")]
        for verb in row[1].lower().split():
            out.setdefault(verb, []).extend((p, gap) for p in phrases)
    return out


@cache
def _synonyms() -> tuple[dict[str, frozenset[int]], frozenset[tuple[str, str]]]:
    """lemma -> group ids, and the ordered pairs redundant only side by side."""
    groups: dict[str, frozenset[int]] = {}
    pairs: set[tuple[str, str]] = set()
    for n, line in enumerate(data.lines("pleonasm_synonyms.txt")):
        words = line.lower().split()
        if words[0] == "+" and len(words) == 3:
            pairs.add((words[1], words[2]))
            continue
        for w in words:
            groups[w] = groups.get(w, frozenset()) | {n}
    return groups, frozenset(pairs)


@cache
def _acronyms() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for row in data.rows("acronyms.tsv"):
        if len(row) < 2:
            continue
        heads = {row[1].split()[-1].lower()}
        if len(row) > 2:
            heads.update(h.lower() for h in row[2].split())
        out[row[0]] = frozenset(heads)
    return out


def _tok(an: Analysis, i: int) -> Token | None:
    return an.tokens[i] if 0 <= i < len(an.tokens) else None


def _transparent(t: Token) -> bool:
    """May this word stand between a modifier and its head? (an adjective or an -ly adverb)"""
    if not t.is_word or t.quoted:
        return False
    forms = lemmas(t.text)
    if t.lower.endswith("ly") and "ADV" in forms:
        return True
    return set(forms) == {"ADJ"}


def _modifier_findings(an: Analysis, words: list[Token]) -> list[Finding]:
    out: list[Finding] = []
    mods = _modifiers()
    for t in words:
        heads = mods.get(t.lower)
        if heads is None or t.quoted:
            continue
        for step in (1, 2):
            h = _tok(an, t.index + step)
            if h is None or not h.is_word or h.quoted or h.sentence != t.sentence:
                break
            if step == 2:
                mid = an.tokens[t.index + 1]
                if not _transparent(mid):
                    break
            q = _tok(an, h.index + 1)
            two = f"{h.lower} {q.lower}" if q is not None and q.is_word else ""
            if two in heads:
                said = an.text[h.start : q.end] if q is not None else h.text
            elif (not _lemma_set(h.text).isdisjoint(heads)
                  or h.lower.startswith(_head_prefixes()[t.lower]) and "-" in h.lower):
                said = h.text
            else:
                continue
            if h.lower != t.lower:
                out.append(Finding(t.start, t.end, "pleonasm:class", "pleonasm",
                                   f"{quote(t.text)} is redundant: {quote(said)} already says it.", ("",)))
                break
    return out


def _particle_findings(an: Analysis, words: list[Token]) -> list[Finding]:
    out: list[Finding] = []
    toks = an.tokens
    n = len(toks)
    for v in words:
        items = _verb_particles(v.lower)
        if items is None or v.quoted:
            continue
        verbs = (items[0],)
        for phrase, gap in items[1]:
            k = v.index + 1
            skipped = 0
            found = -1
            while k < n and skipped <= gap:
                t = toks[k]
                if not t.is_word:
                    break
                if t.lower == phrase[0] and all(k + j < n and toks[k + j].lower == w for j, w in enumerate(phrase)):
                    found = k
                    break
                if t.lower in _CLAUSE_BREAKS or t.lower in ("and", "or", "but"):
                    break
                if skipped and "VERB" in lemmas(t.text) and not ({"NOUN", "ADJ"} & set(lemmas(t.text))):
                    break
                skipped += 1
                k += 1
            if found < 0:
                continue
            last = toks[found + len(phrase) - 1]
            nxt = _tok(an, found + len(phrase))
            if (nxt is not None and nxt.is_word and nxt.lower in _NOT_BEFORE.get(phrase[-1], frozenset())
                    and not (phrase == ("together",) and verbs[0].lower() in _RECIPROCAL)):
                continue  # "together with" is a preposition, except after "collaborate" itself
            if phrase == ("up",) and verbs[0].lower() == "rise" and nxt is not None and nxt.lower in ("in", "against"):
                continue  # "rose up in revolt"
            if phrase in _ADVANCE and any(x.lower in _LEAD_TIME for x in toks[v.index + 1 : found]):
                continue  # "planned days in advance", "well ahead": the lead time is the point
            if phrase in (("down",), ("on",)) and verbs[0].lower() in ("fall", "drop", "sink", "continue") and _object_follows(nxt):
                continue  # "fell down the stairs", "continue on Monday", "continued on foot"
            first = found + 1 if phrase[0] == "up" and len(phrase) > 1 else found  # "teamed up [together]"
            a, b = toks[first].start, last.end
            if any(x.quoted for x in toks[found : found + len(phrase)]):
                continue
            out.append(Finding(a, b, "pleonasm:verb-particle", "pleonasm",
                               f"{quote(an.text[a:b])} is redundant: {quote(v.text)} already says it.", ("",)))
            break
    return out


def _object_follows(nxt: Token | None) -> bool:
    """Does a noun phrase follow (so the particle is a preposition with an object)?"""
    if nxt is None or not nxt.is_word:
        return False
    if nxt.is_cap or nxt.lower[:1].isdigit() or nxt.lower in _DETERMINERS:
        return True
    forms = lemmas(nxt.text)
    return "NOUN" in forms and "ADV" not in forms


@lru_cache(maxsize=65536)
def _verb_particles(low: str) -> tuple[str, list[tuple[tuple[str, ...], int]]] | None:
    """(verb lemma, its particles) when ``low`` is a form of a verb in the particle table."""
    forms = lemmas(low)
    verbs = forms.get("VERB") or forms.get("ADJ")
    if not verbs:
        rest = low[3:].lstrip("-")
        if low.startswith("pre") and len(rest) >= 3 and "VERB" in lemmas(rest):
            return (low, _PRE_PARTICLES)  # "prebooked", "pre-registered": unknown to the lexicon
        if low.startswith("re-") and len(rest) >= 3 and "VERB" in lemmas(rest):
            return (low, _RE_PARTICLES)  # "re-opened", "re-tested": "re-" already says "again"
        return None
    lemma = verbs[0].lower()
    items = _particles().get(lemma)
    if items is None and "VERB" in forms and lemma.startswith("pre") and len(lemma) > 6 and lemma not in _NOT_PRE:
        rest = lemma[4:] if lemma[3] == "-" else lemma[3:]
        if "VERB" in lemmas(rest):
            items = _PRE_PARTICLES  # "prebook", "pre-register": "pre-" already says "in advance"
    if items is None and "VERB" in forms and lemma.startswith("re-") and "VERB" in lemmas(lemma[3:]):
        items = _RE_PARTICLES  # "re-open", "re-run": "re-" already says "again"
    return None if items is None else (lemma, items)


_NOT_PRE = frozenset(["prepare", "prevent", "present", "preserve", "preside", "prevail", "pretend", "prescribe",
                      "presume", "preach", "precede", "predict", "prefer", "premise", "prepay"])
_RE_PARTICLES = [(("again",), 4), (("once", "more"), 4)]
_PRE_PARTICLES = [(("in", "advance"), 4), (("ahead", "of", "time"), 4), (("beforehand",), 4)]


def _joint_together(an: Analysis, words: list[Token]) -> list[Finding]:
    """ "gave joint grants together", "save together toward a joint goal"."""
    out: list[Finding] = []
    toks = an.tokens
    for t in words:
        if t.quoted:
            continue
        if t.lower in ("mutually", "jointly"):
            k = t.index - 1
            while k >= 0 and t.index - k <= 8 and toks[k].is_word and toks[k].lower not in ("and", "but", "or"):
                if toks[k].lower == "both":
                    out.append(Finding(t.start, t.end, "pleonasm:joint-together", "pleonasm",
                                       f"{quote(t.text)} is redundant: {quote(toks[k].text)} already says it.", ("",)))
                    break
                k -= 1
            continue
        nxt = _tok(an, t.index + 1)
        if nxt is not None and nxt.lower == "with":
            continue
        hit = False
        for direction in (-1, 1):
            k = t.index + direction
            steps = 0
            while 0 <= k < len(toks) and steps < 6:
                x = toks[k]
                if not x.is_word or x.lower in ("and", "but", "or", "which", "who", "that"):
                    break
                if x.lower in _JOINT:
                    hit = True
                    break
                steps += 1
                k += direction
            if hit:
                break
        if hit:
            out.append(Finding(t.start, t.end, "pleonasm:joint-together", "pleonasm",
                               f"{quote(t.text)} is redundant: the clause already says the thing is joint.", ("",)))
    return out


@cache
def _group_prefixes() -> frozenset[str]:
    return frozenset(w[:3] for w in _synonyms()[0])


@cache
def _pair_firsts() -> frozenset[str]:
    return frozenset(a for a, _ in _synonyms()[1])


@lru_cache(maxsize=65536)
def _group(word: str) -> frozenset[int]:
    groups, _ = _synonyms()
    out: frozenset[int] = frozenset()
    if word.lower()[:3] not in _group_prefixes():
        return out
    for lem in _lemma_set(word):
        out |= groups.get(lem, frozenset())
    return out


def _doublet_findings(an: Analysis, words: list[Token]) -> list[Finding]:
    out: list[Finding] = []
    groups, pairs = _synonyms()
    toks = an.tokens
    n = len(toks)
    firsts = _pair_firsts()
    for a in words:
        ga = _group(a.lower)
        if a.quoted:
            continue
        if not ga:
            b = toks[a.index + 1] if a.index + 1 < n else None
            if a.lower in firsts and b is not None and (a.lower, b.lower) in pairs and not b.quoted:
                out.append(_doublet(an, a, b, a.text if a.lower in ("and", "but", "so", "thus") else b.text))
            continue
        j = a.index + 1
        if j >= n:
            break
        mid = toks[j]
        joined = mid.lower in ("and", "or")
        if joined:
            j += 1
        b = toks[j] if j < n else None
        if b is None or not b.is_word or b.quoted or b.lower == a.lower or b.sentence != a.sentence:
            continue
        if not joined and not mid.is_word:
            continue
        if not joined and (a.lower, b.lower) in pairs:
            out.append(_doublet(an, a, b, a.text if a.lower in ("and", "but", "so", "thus") else b.text))
            continue
        if not ga or ga.isdisjoint(_group(b.lower)):
            continue
        fa, fb = lemmas(a.text), lemmas(b.text)
        if _lemma_set(a.text) & _lemma_set(b.text):
            continue  # two forms of one word
        common = set(fa) & set(fb)
        if not common:
            continue
        if joined:
            prev = _tok(an, a.index - 1)
            if prev is not None and prev.lower in ("between", "both", "either", "neither", "whether"):
                continue  # "between big and large firms", "either help or assist"
            nxt = _tok(an, j + 1)
            if nxt is not None and nxt.lower in ("and", "or") or prev is not None and prev.text == ",":
                continue  # a list of three ("quick, cheap and fast") is a list, not a doublet
            out.append(_doublet(an, a, b, a.text))
            continue
        # Side by side: two adjectives before a noun, or two adverbs.
        two_adjectives = "ADJ" in common and "NOUN" not in fb and "VERB" not in fa and "VERB" not in fb
        two_adverbs = common == {"ADV"} and a.lower.endswith("ly") and b.lower.endswith("ly")
        if two_adjectives or two_adverbs:
            out.append(_doublet(an, a, b, b.text))
    return out


_WN_POS = {"NOUN": "n", "VERB": "v", "ADJ": "a", "ADV": "r"}
_LIST_BEFORE = frozenset(["between", "both", "either", "neither", "whether"])


@cache
def _wordnet_groups() -> dict[tuple[str, str], tuple[tuple[int, bool], ...]]:
    """(pos, lemma) -> ((group id, first sense?), ...) from pleonasm_synonyms_wordnet.txt."""
    out: dict[tuple[str, str], list[tuple[int, bool]]] = defaultdict(list)
    for n, line in enumerate(data.lines("pleonasm_synonyms_wordnet.txt")):
        pos, *words = line.split()
        for w in words:
            out[(pos, w.rstrip("*"))].append((n, w.endswith("*")))
    return {k: tuple(v) for k, v in out.items()}


@cache
def binomials() -> frozenset[tuple[str, str]]:
    """Idiomatic pairs ("peace and quiet"), either order."""
    out: set[tuple[str, str]] = set()
    for line in data.lines("pleonasm_binomials.txt"):
        words = line.lower().split()
        if len(words) == 3:
            out.update({(words[0], words[2]), (words[2], words[0])})
    return frozenset(out)


@lru_cache(maxsize=65536)
def _wn_ids(low: str) -> frozenset[int]:
    """Every WordNet group any lemma of the word is in (a cheap first test)."""
    table = _wordnet_groups()
    return frozenset(g for pos, lems in lemmas(low).items() if (p := _WN_POS.get(pos))
                     for lem in lems for g, _ in table.get((p, lem.lower()), ()))


def _wordnet_synonyms(a: str, b: str) -> bool:
    """Do two words share a WordNet synset that is the first sense of one of them?"""
    table = _wordnet_groups()
    fa, fb = lemmas(a), lemmas(b)
    for pos in set(fa) & set(fb):
        p = _WN_POS.get(pos)
        if p is None:
            continue
        ga = {g: first for lem in fa[pos] for g, first in table.get((p, lem.lower()), ())}
        if not ga:
            continue
        for lem in fb[pos]:
            for g, first in table.get((p, lem.lower()), ()):
                if g in ga and (first or ga[g]):
                    return True
    return False


def _wordnet_doublets(an: Analysis, words: list[Token]) -> list[Finding]:
    """ "help and assistance", "aims or objectives": two WordNet synonyms joined by and/or."""
    out: list[Finding] = []
    toks = an.tokens
    n = len(toks)
    for mid in words:
        i = mid.index
        if i == 0 or i + 1 >= n:
            continue
        a, b = toks[i - 1], toks[i + 1]
        if not a.is_word or not b.is_word or a.quoted or b.quoted or len(a.lower) < 3 or len(b.lower) < 3:
            continue
        if a.lower == b.lower or (a.lower, b.lower) in binomials() or a.is_cap != b.is_cap and i - 1 != an.sentences[a.sentence].first:
            continue
        prev = _tok(an, i - 2)
        nxt = _tok(an, i + 2)
        if prev is not None and (prev.lower in _LIST_BEFORE or prev.text == ","):
            continue
        if nxt is not None and nxt.lower in ("and", "or"):
            continue
        if _wn_ids(a.lower).isdisjoint(_wn_ids(b.lower)):
            continue
        if _lemma_set(a.text) & _lemma_set(b.text) or not _wordnet_synonyms(a.text, b.text):
            continue
        out.append(_doublet(an, a, b, a.text))
    return out


def _doublet(an: Analysis, a: Token, b: Token, keep: str) -> Finding:
    phrase = an.text[a.start : b.end]
    return Finding(a.start, b.end, "pleonasm:synonym-doublet", "pleonasm",
                   f"{quote(phrase)} says the same thing twice; {quote(keep)} alone is enough.", (keep,))


def _acronym_findings(an: Analysis, words: list[Token]) -> list[Finding]:
    out: list[Finding] = []
    table = _acronyms()
    for t in words:
        heads = table.get(t.text)
        if heads is None or t.quoted:
            continue
        h = _tok(an, t.index + 1)
        if h is None or not h.is_word or h.quoted or h.start != t.end + 1:
            continue
        if _lemma_set(h.text).isdisjoint(heads):
            continue
        out.append(Finding(h.start, h.end, "pleonasm:acronym", "pleonasm",
                           f"{quote(h.text)} is redundant: the last letter of {quote(t.text)} already stands for it.",
                           ("",)))
    return out


@cache
def _units() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for row in data.rows("pleonasm_units.tsv"):
        if len(row) < 2:
            continue
        dims = frozenset(row[1].lower().split())
        for unit in row[0].lower().split():
            out[unit] = out.get(unit, frozenset()) | dims
    return out


def _unit_findings(an: Analysis, words: list[Token]) -> list[Finding]:
    """ "26.2 miles in distance": a number, its unit, then the dimension the unit already names."""
    out: list[Finding] = []
    units = _units()
    for t in words:
        if t.lower != "in" or t.quoted:
            continue
        u, d = _tok(an, t.index - 1), _tok(an, t.index + 1)
        num = _tok(an, t.index - 2)
        if u is None or d is None or not d.is_word or not u.is_word or u.quoted:
            continue
        dims = None
        if num is not None and (num.lower[:1].isdigit() or num.lower in _NUMBER_WORDS):
            for lem in _lemma_set(u.text):
                dims = units.get(lem)
                if dims is not None:
                    break
        if dims is None or d.lower not in dims:
            adj = lemmas(u.text).get("ADJ")
            if not adj or d.lower not in _dimension_adjectives().get(adj[0].lower(), ()):
                continue
        out.append(Finding(t.start, d.end, "pleonasm:unit-dimension", "pleonasm",
                           f"{quote(an.text[t.start:d.end])} is redundant: {quote(u.text)} already says it.", ("",)))
    return out


@cache
def _dimension_adjectives() -> dict[str, frozenset[str]]:
    """adjective lemma -> the dimension nouns it already names ("tall" -> {"height"})."""
    out: dict[str, frozenset[str]] = {}
    for row in data.rows("pleonasm_dimensions.tsv"):
        if len(row) < 2:
            continue
        dims = frozenset(row[0].lower().split())
        for adj in row[1].lower().split():
            out[adj] = out.get(adj, frozenset()) | dims
    return out


_NUMBER_WORDS = frozenset(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                           "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                           "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
                           "hundred", "thousand", "million", "billion", "dozen", "few", "several", "many", "half", "a"])


def _is_number(word: str) -> bool:
    """ "42", "4.5", "twelve", "ninety-two"."""
    return word[:1].isdigit() or all(p in _NUMBER_WORDS for p in word.split("-"))


def _also_as_well(an: Analysis, words: list[Token]) -> list[Finding]:
    """ "also takes the jersey as well": "also" and "as well"/"too" in one clause."""
    out: list[Finding] = []
    toks = an.tokens
    for t in words:
        if t.lower != "also" or t.quoted:
            continue
        opener = _additive_opener(an, t)
        if opener:
            out.append(Finding(t.start, t.end, "pleonasm:also-as-well", "pleonasm",
                               f"{quote(t.text)} is redundant: {quote(opener)} already says it.", ("",)))
            continue
        k = t.index + 1
        steps = 0
        while k < len(toks) and steps < 10:
            x = toks[k]
            if not x.is_word:
                if x.text in ".;:!?,":
                    if x.text in ",.;!?" and k > 0 and toks[k - 1].lower == "too":
                        out.append(_also(t, toks[k - 1]))
                    break
            elif x.lower in ("and", "but", "which", "who", "that", "because", "while", "so"):
                break
            elif x.lower == "as" and k + 1 < len(toks) and toks[k + 1].lower == "well":
                after = toks[k + 2] if k + 2 < len(toks) else None
                if after is None or after.lower != "as":
                    out.append(_also(t, toks[k + 1], toks[k]))
                break
            steps += 1
            k += 1
    return out


_ADDITIVE_OPENERS = (("in", "addition"), ("additionally",), ("moreover",), ("furthermore",), ("besides",),
                     ("what's", "more"), ("what’s", "more"), ("on", "top", "of", "that"))


def _additive_opener(an: Analysis, t: Token) -> str:
    """ "In addition, the council also ...": the opener already says "also" (within 12 words)."""
    s = an.sentences[t.sentence]
    toks = an.tokens
    for words in _ADDITIVE_OPENERS:
        end = s.first + len(words)
        if end < len(toks) and toks[end].text == "," and t.index - end <= 12 and all(
                toks[s.first + j].lower == w for j, w in enumerate(words)):
            return an.text[toks[s.first].start : toks[end - 1].end]
    return ""


def _also(t: Token, end: Token, start: Token | None = None) -> Finding:
    said = "as well" if start is not None else end.text
    return Finding(t.start, t.end, "pleonasm:also-as-well", "pleonasm",
                   f"{quote(t.text)} is redundant: {quote(said)} later in the clause already says it.", ("",))


_TREND = frozenset(["growing", "rising", "increasing", "mounting", "declining", "falling", "shrinking",
                    "expanding", "dwindling", "worsening", "deepening", "widening", "accelerating"])


def _trend_repeated(an: Analysis, words: list[Token]) -> list[Finding]:
    """ "a growing pile of evidence that has been growing for years": the participle before the
    noun and the verb of its relative clause say the same."""
    out: list[Finding] = []
    toks = an.tokens
    for t in words:
        if t.lower not in _TREND or t.quoted:
            continue
        verb = lemmas(t.text).get("VERB")
        if not verb:
            continue
        rel = False
        for k in range(t.index + 1, min(len(toks), t.index + 12)):
            x = toks[k]
            if not x.is_word:
                break
            if x.lower in ("that", "which", "who"):
                rel = True
                continue
            if rel and x.index != t.index and (lemmas(x.text).get("VERB") or ("",))[0] == verb[0]:
                out.append(Finding(t.start, t.end, "pleonasm:trend-repeated", "pleonasm",
                                   f"{quote(t.text)} is redundant: {quote(x.text)} later in the sentence says it.",
                                   ("",)))
                break
    return out


_FREQUENCY = {"annual": "year", "annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
              "daily": "day", "nightly": "night", "hourly": "hour", "fortnightly": "fortnight"}


def _frequency(an: Analysis, words: list[Token]) -> list[Finding]:
    """ "held annually every year", "a weekly meeting each week": the period said twice."""
    out: list[Finding] = []
    toks = an.tokens
    for t in words:
        period = _FREQUENCY[t.lower]
        for direction in (1, -1):
            k = t.index + direction
            steps = 0
            hit = None
            while 0 <= k < len(toks) and steps < 7:
                x = toks[k]
                if not x.is_word:
                    break
                nxt = toks[k + 1] if k + 1 < len(toks) else None
                if (x.lower in ("every", "each", "per", "a", "once") and nxt is not None
                        and nxt.lower in (period, period + "s") and (k + 2 >= len(toks) or toks[k + 2].lower != "or")):
                    hit = (x, nxt)
                    break
                steps += 1
                k += direction
            if hit is not None and not t.quoted:
                a, b = hit[0].start, hit[1].end
                out.append(Finding(a, b, "pleonasm:frequency", "pleonasm",
                                   f"{quote(an.text[a:b])} is redundant: {quote(t.text)} already says it.", ("",)))
                break
    return out


_CURRENCY = {"dollar": "$", "dollars": "$", "bucks": "$", "pound": "£", "pounds": "£", "quid": "£", "euro": "€",
             "euros": "€", "yen": "¥", "percent": "%", "cent": "%", "rupees": "₹"}
_SCALES = frozenset(["thousand", "million", "billion", "trillion", "m", "bn", "k"])


def _currency(an: Analysis, words: list[Token]) -> list[Finding]:
    """ "$50 dollars", "£2m pounds", "40% percent": the symbol already names the unit."""
    out: list[Finding] = []
    toks = an.tokens
    for t in words:
        sym = _CURRENCY[t.lower]
        k = t.index - 1
        start = t
        if t.lower == "cent":
            if k < 0 or toks[k].lower != "per":
                continue
            start = toks[k]
            k -= 1
        if k >= 0 and toks[k].lower in _SCALES:
            k -= 1
        if k < 0:
            continue
        if sym == "%":
            if toks[k].text != "%" or k == 0 or not toks[k - 1].lower[:1].isdigit():
                continue
        elif k < 0 or not toks[k].lower[:1].isdigit() or k == 0 or toks[k - 1].text != sym:
            continue
        if t.quoted:
            continue
        out.append(Finding(start.start, t.end, "pleonasm:currency", "pleonasm",
                           f"{quote(an.text[start.start:t.end])} is redundant: {quote(sym)} already says it.", ("",)))
    return out


_APPROX = frozenset(["about", "around", "approximately", "roughly", "some", "nearly", "circa", "almost"])


def _approx_or_so(an: Analysis, words: list[Token]) -> list[Finding]:
    """ "about 40 people or so": the approximation is said twice (a number must follow "about")."""
    out: list[Finding] = []
    toks = an.tokens
    for t in words:
        k = t.index - 1
        if k < 1 or toks[k].lower != "or" or t.quoted:
            continue
        for j in range(k - 1, max(0, k - 6), -1):
            x = toks[j]
            if not x.is_word:
                break
            if (x.lower[:1].isdigit() or x.lower in _NUMBER_WORDS and x.lower != "a") and j > 0 and toks[j - 1].lower in _APPROX:
                out.append(Finding(toks[k].start, t.end, "pleonasm:approx-or-so", "pleonasm",
                                   f"{quote('or so')} is redundant: {quote(toks[j - 1].text)} already says it.", ("",)))
                break
    return out


_DIMENSION_TAILS = {"high": ("height",), "tall": ("height",), "deep": ("depth",), "long": ("length", "duration"),
                    "wide": ("width", "breadth"), "away": ("distance",), "old": ("age",), "heavy": ("weight",)}


def _dimension_tail(an: Analysis, words: list[Token]) -> list[Finding]:
    """ "at a height of 50 metres high", "at the age of 12 years old": the noun already names it."""
    out: list[Finding] = []
    toks = an.tokens
    for t in words:
        nouns = _DIMENSION_TAILS[t.lower]
        for k in range(t.index - 1, max(0, t.index - 6), -1):
            x = toks[k]
            if not x.is_word:
                break
            between = toks[k + 1 : t.index]
            if x.lower == "of" and k > 0 and toks[k - 1].lower in nouns and between and all(
                    _is_number(y.lower) or not _lemma_set(y.text).isdisjoint(_units())
                    for y in between):
                if not t.quoted:
                    out.append(Finding(t.start, t.end, "pleonasm:dimension-tail", "pleonasm",
                                       f"{quote(t.text)} is redundant: {quote(toks[k - 1].text)} already says it.",
                                       ("",)))
                break
    return out


_RULES = (_modifier_findings, _particle_findings, _joint_together, _doublet_findings, _acronym_findings,
          _unit_findings, _also_as_well, _trend_repeated, _frequency, _currency, _wordnet_doublets, _approx_or_so, _dimension_tail)


@lru_cache(maxsize=65536)
def _triggers(low: str) -> tuple[int, ...]:
    """Which rules (indices into ``_RULES``) a word can start; most words start none."""
    out = []
    if low in _modifiers():
        out.append(0)
    if _verb_particles(low) is not None:
        out.append(1)
    if low in ("together", "mutually", "jointly"):
        out.append(2)
    if _group(low) or low in _pair_firsts():
        out.append(3)
    if low == "in":
        out.append(5)
    if low == "also":
        out.append(6)
    if low in _TREND:
        out.append(7)
    if low in _FREQUENCY:
        out.append(8)
    if low in _CURRENCY:
        out.append(9)
    if low in ("and", "or"):
        out.append(10)
    if low == "so":
        out.append(11)
    if low in _DIMENSION_TAILS:
        out.append(12)
    return tuple(out)


_SEEN: dict[str, tuple[int, ...]] = {}  # word -> _triggers(word), read without a call


def check_pleonasm_classes(an: Analysis) -> list[Finding]:
    buckets: list[list[Token]] = [[] for _ in _RULES]
    acronyms = _acronyms()
    seen = _SEEN
    for t in an.words:
        ks = seen.get(t.lower)
        if ks is None:
            ks = _triggers(t.lower)
            if len(seen) < 200_000:
                seen[t.lower] = ks
        for k in ks:
            buckets[k].append(t)
        if t.is_cap and t.text in acronyms:
            buckets[4].append(t)
    out: list[Finding] = []
    for rule, words in zip(_RULES, buckets, strict=True):
        if words:
            out.extend(rule(an, words))
    return out
