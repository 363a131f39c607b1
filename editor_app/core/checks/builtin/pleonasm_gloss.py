"""Pleonasms a dictionary definition reveals (``pleonasm_gloss.tsv``, from WordNet 3.0 glosses).

When the first-sense definition of a word already says its neighbour, the neighbour is
redundant: "descend: move downward" makes "descended down" say the direction twice; "meet: come
together" makes "met each other" say the togetherness twice; "midnight: 12 o'clock at night"
makes "twelve midnight" say the hour twice. The table is generated offline by
``tools/make_pleonasm_gloss.py`` and pruned of collocations an editor keeps. Kinds (rule ids
``pleonasm:gloss-<kind>``):

* ``particle``: a verb, then the particle its definition contains ("swooped down", "revert back");
* ``reciprocal``: a mutual verb, then "(with) each other / one another" ("interlock with each other");
* ``manner``: a verb and the manner adverb its definition says ("whispered softly", "sprint quickly");
* ``body``: a verb and the body part its definition names ("shrugged his shoulders");
* ``doublet``: "X and Y" where the first sense of one is defined by the other ("thanks and
  gratitude": "gratitude: a feeling of thankfulness"); words match by stem;
* ``number``: a number word, then a noun defined by that number ("twelve midnight");
* ``adverb-double``: two members of one adverb synset side by side ("every year annually");
* ``modifier``: an adjective before a noun whose definition contains it ("past history");
* ``adverb``: an -ly adverb before a word whose definition contains its adjective
  ("completely unanimous");
* ``excess``: an intensifier of excess (too, overly, excessively, unduly) before an adjective
  that already says the excess ("overly excessive", "too overpriced": "overpriced: too costly");
* ``first``: "first" right after a verb whose first sense is "take the first step" ("begin first");
* ``down``: "down" after a verb of descent and before a place ("sank down into the mud"), or after
  a verb of decrease and its object and before an amount ("shortened the list down to ten").

Each issue underlines the redundant word(s) only; the replacement deletes them. Quoted sentences
(someone else's words) are left alone. Cost: one dict lookup per word; the table loads on first use.
"""
from __future__ import annotations

from functools import cache, lru_cache

from editor_app.core.checks.builtin import data
from editor_app.core.checks.builtin.findings import Finding, quote
from editor_app.core.checks.builtin.lexicon import inflections, lemmas
from editor_app.core.checks.builtin.pleonasm_classes import after_pair, binomials, word_buckets
from editor_app.core.checks.builtin.text import Analysis, Token, stem

_KINDS = ("doublet", "particle", "reciprocal", "manner", "body", "number", "adverb-double", "modifier", "adverb",
          "excess", "first", "down")
_EXCESS = frozenset(["too", "overly", "excessively", "unduly", "inordinately"])
_POSSESSIVES = frozenset(["his", "her", "their", "its", "my", "your", "our"])  # "peel the skin" is a task
_NUMBER_WORDS = {"12": "twelve", "twelve": "twelve", "2": "two", "two": "two", "3": "three", "three": "three",
                 "4": "four", "four": "four", "10": "ten", "ten": "ten", "100": "hundred", "hundred": "hundred"}
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our",
                          "my", "your", "some", "any", "no", "each", "every"])
_PARTICLE_WORDS = frozenset(["down", "up", "out", "back", "over", "off", "on", "in", "around", "round", "about"])
_RECIPROCALS = (("with", "each", "other"), ("with", "one", "another"), ("each", "other"), ("one", "another"))


@cache
def _table() -> dict[str, dict[str, frozenset[str]]]:
    """kind -> trigger lemma -> redundant words (lower case, space-joined)."""
    raw: dict[str, dict[str, set[str]]] = {k: {} for k in _KINDS}
    for row in data.rows("pleonasm_gloss.tsv"):
        if len(row) < 3 or row[0] not in raw:
            continue
        raw[row[0]].setdefault(row[1], set()).update(row[2].split("|"))
        if row[0] == "adverb-double":  # symmetric: "annually every year" and "every year annually"
            raw[row[0]].setdefault(row[2], set()).add(row[1])
    return {k: {t: frozenset(ws) for t, ws in v.items()} for k, v in raw.items()}


@cache
def _doublets() -> frozenset[tuple[str, str]]:
    """Stem pairs (sorted) of words whose first senses define each other ("gratitude" and
    "thankfulness" -> ("gratitud", "thank")): stems let "thanks" and "thankful" match too."""
    out: set[tuple[str, str]] = set()
    for row in data.rows("pleonasm_gloss.tsv"):
        if row[0] == "doublet" and len(row) > 3:
            x, _, y = row[3].partition(" ")  # the generator writes the stems (text.stem) in column 4
            out.add((x, y))
    return frozenset(out)


@cache
def _gates() -> tuple[dict[str, frozenset[str]], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Cheap gates, so that most words cost one set lookup in a comprehension: the first words of
    doubled adverbs with the words that may follow them; the words that can follow a verb in a
    verb entry (particles, "with", "each", "one", manner adverbs, possessives); the modifiers and
    -ly adverbs of the modifier entries; the first words of the second halves of doubled adverbs;
    and all of these together with "and" and the number words."""
    table = _table()
    seconds = frozenset(w.split()[0] for mates in table["adverb-double"].values() for w in mates)
    multi: dict[str, set[str]] = {}  # first word -> the second words of the entries it begins
    for key in table["adverb-double"]:
        parts = key.split()
        if len(parts) > 1:
            multi.setdefault(parts[0], set()).add(parts[1])
    follow = {k: seconds for k in table["adverb-double"] if " " not in k}  # one shared set, not copies
    for k, v in multi.items():
        follow[k] = follow.get(k, frozenset()) | v
    after: set[str] = set(_POSSESSIVES) | {w[0] for w in _RECIPROCALS}
    for kind in ("particle", "manner"):
        for ws in table[kind].values():
            after.update(ws)
    mods: set[str] = set()
    for kind in ("modifier", "adverb", "manner"):
        for ws in table[kind].values():
            mods.update(ws)
    numbers = {w for w, num in _NUMBER_WORDS.items() if any(num in v for v in table["number"].values())}
    every = {k for k, v in follow.items() if v and k not in _COMMON} | after | mods | numbers | {"and"}
    # A doubled adverb that begins with a common word ("at the same time") is gated by its second word.
    every |= set(_back_gate())
    return ({k: v for k, v in follow.items() if v}, frozenset(after), frozenset(mods), seconds, frozenset(every))


@cache
def _back_gate() -> dict[str, tuple[int, ...]]:
    """A doubled adverb that begins with common words ("at the same time", "of course") is gated
    by its first uncommon word; word -> how many words back the phrase starts."""
    out: dict[str, set[int]] = {}
    for key in _table()["adverb-double"]:
        parts = key.split()
        if parts[0] not in _COMMON:
            continue
        for back, w in enumerate(parts):
            if w not in _COMMON:
                out.setdefault(w, set()).add(back)
                break
    return {w: tuple(sorted(v)) for w, v in out.items()}


@lru_cache(maxsize=65536)
def _pos_lemmas(word: str, pos: str) -> tuple[str, ...]:
    return tuple(x.lower() for x in lemmas(word).get(pos, ()))


def _tok(an: Analysis, i: int) -> Token | None:
    return an.tokens[i] if 0 <= i < len(an.tokens) else None


def _word_at(an: Analysis, i: int, sentence: int) -> Token | None:
    t = _tok(an, i)
    return t if t is not None and t.is_word and not t.quoted and t.sentence == sentence else None


def _phrase(an: Analysis, i: int, words: tuple[str, ...], sentence: int) -> bool:
    for j, w in enumerate(words):
        t = _word_at(an, i + j, sentence)
        if t is None or t.lower != w:
            return False
    return True


def _finding(an: Analysis, a: Token, b: Token, kind: str, why: Token | str) -> Finding:
    said = an.text[a.start : b.end]
    by = why if isinstance(why, str) else why.text
    return Finding(a.start, b.end, f"pleonasm:gloss-{kind}", "pleonasm",
                   f"{quote(said)} is redundant: {quote(by)} already means it.", ("",))


def _particle(an: Analysis, t: Token, table: dict[str, dict[str, frozenset[str]]]) -> Finding | None:
    verbs = _pos_lemmas(t.text, "VERB")
    if not verbs or t.lower in _PARTICLE_WORDS:
        return None
    before = _tok(an, t.index - 1)
    if before is not None and before.lower in _DETERMINERS:
        return None  # a noun ("the swoop down")
    nxt = _word_at(an, t.index + 1, t.sentence)
    if nxt is None:
        return None
    for verb in verbs:
        parts = table["particle"].get(verb)
        if parts and nxt.lower in parts:
            after = _word_at(an, t.index + 2, t.sentence)
            if after is not None and (after.lower in _DETERMINERS or after.is_cap or after.lower[:1].isdigit()):
                return None  # a preposition with its object ("rolled down the hill")
            if after is not None and after.lower in ("and", "or") and after_pair(an, t.index + 3):
                return None  # "rocked back and forth", "bobbed up and down": a paired adverb, not a particle
            return _finding(an, nxt, nxt, "particle", t)
        manner = table["manner"].get(verb)
        if manner and nxt.lower in manner:
            return _finding(an, nxt, nxt, "manner", t)
        body = table["body"].get(verb)
        if body and nxt.lower in _POSSESSIVES:
            part = _word_at(an, t.index + 2, t.sentence)
            if part is not None and (part.lower in body or set(_pos_lemmas(part.text, "NOUN")) & body):
                return _finding(an, nxt, part, "body", t)
        mutual = table["reciprocal"].get(verb)
        if mutual:
            for words in _RECIPROCALS:
                if _phrase(an, t.index + 1, words, t.sentence):
                    last = an.tokens[t.index + len(words)]
                    tail = _tok(an, last.index + 1)
                    if tail is not None and tail.text in ("'s", "’s", "'", "’"):
                        return None  # "met each other's parents"
                    return _finding(an, nxt, last, "reciprocal", t)
    return None


_OBJECT_PRONOUNS = frozenset(["it", "them", "him", "her", "us", "me", "you", "this", "that", "these", "those"])
_CLAUSE_ENDS = frozenset([",", ".", ";", ":", "!", "?", ")", "—", "–"])
_LATE_PARTICLES = frozenset(["back", "together", "around", "round", "up", "down", "out", "again", "apart"])
_CLAUSE_GOES_ON = frozenset(["so", "and", "until", "before", "while", "when"])


def _particle_after_object(an: Analysis, part: Token, table: dict[str, dict[str, frozenset[str]]]) -> Finding | None:
    """The particle a verb's definition says, after the verb's short object and at the end of the
    clause ("circulates hot air around.", "group them together so ..."): between them a pronoun,
    or a determiner or adjective and up to two more nouns or adjectives (no verb, preposition,
    adverb or name)."""
    after = _tok(an, part.index + 1)
    if not (after is None or after.text in _CLAUSE_ENDS or after.lower in _CLAUSE_GOES_ON):
        return None  # "turned the lights back on", "took the bins out to the kerb": a particle of its own
    toks = an.tokens
    for back in range(2, 5):
        k = part.index - back
        if k < 0:
            return None
        v = toks[k]
        if not v.is_word or v.sentence != part.sentence:
            return None
        mids = toks[k + 1 : part.index]
        if not all(w.is_word and not w.is_cap for w in mids):
            return None
        if not any(part.lower in table["particle"].get(verb, ()) for verb in _pos_lemmas(v.text, "VERB")):
            continue
        before = _tok(an, k - 1)
        if before is not None and before.lower in _DETERMINERS:
            return None  # a noun ("the group")
        if len(mids) == 1 and mids[0].lower in _OBJECT_PRONOUNS or all(
                (w.lower in _DETERMINERS and j == 0 or _objectish(w)) for j, w in enumerate(mids)):
            return _finding(an, part, part, "particle", v)
        return None
    return None


def _objectish(w: Token) -> bool:
    forms = lemmas(w.text)
    return ("NOUN" in forms or "ADJ" in forms) and not {"ADP", "ADV", "PRON"} & forms.keys() and not (
        "VERB" in forms and w.lower.endswith(("ed", "ing")))


def _number(an: Analysis, t: Token, table: dict[str, dict[str, frozenset[str]]]) -> Finding | None:
    num = _NUMBER_WORDS.get(t.lower)
    if num is None:
        return None
    h = _word_at(an, t.index + 1, t.sentence)
    if h is None:
        return None
    for noun in _pos_lemmas(h.text, "NOUN") or (h.lower,):
        if num in table["number"].get(noun, ()):
            said = an.text[t.start : h.end]  # the whole phrase: writers strike either word
            return Finding(t.start, h.end, "pleonasm:gloss-number", "pleonasm",
                           f"{quote(said)} says the number twice: {quote(h.text)} already means it.", (h.text,))
    return None


def _adverb_double(an: Analysis, t: Token, table: dict[str, dict[str, frozenset[str]]]) -> Finding | None:
    mates = table["adverb-double"]
    toks = an.tokens
    i = t.index
    key = t.lower
    for n in (1, 2, 3, 4):
        if n > 1:
            j = i + n - 1
            if j >= len(toks) or not toks[j].is_word:
                return None
            key = f"{key} {toks[j].lower}"
        others = mates.get(key)
        k = i + n
        if not others or k >= len(toks) or toks[k].lower not in _gates()[3]:
            continue
        if not _phrase(an, i, tuple(key.split()), t.sentence):
            return None
        for m in (4, 3, 2, 1):
            nxt = tuple(x.lower for x in toks[k : k + m])
            if len(nxt) == m and " ".join(nxt) in others and _phrase(an, k, nxt, t.sentence):
                end = toks[k + m - 1].end
                first_said = an.text[t.start : toks[k - 1].end]
                return Finding(t.start, end, "pleonasm:gloss-adverb-double", "pleonasm",
                               f"{quote(an.text[t.start:end])} says the same thing twice; {quote(first_said)} "
                               "alone is enough.", (first_said,))
    return None


_ATTRIBUTIVE_DETS = frozenset(["the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her",
                               "my", "your"])


# What ends the stretch of one clause a split adverb double may span.
_SPLIT_BREAKS = frozenset(["and", "but", "or", "which", "that", "who", "when", "while", "because", "if", "although",
                           "though", "whereas", "unless", "until", "before", "after", "since", "so", "then"])


# Adverbs of likelihood and generality: two of them on one claim are stacked hedges (hedge_stacking),
# not a pleonasm.
_HEDGE_ADVERBS = frozenset(["probably", "likely", "possibly", "perhaps", "maybe", "mostly", "generally", "usually",
                            "largely", "arguably", "presumably", "apparently", "seemingly", "conceivably",
                            "potentially", "mainly", "chiefly", "typically", "normally", "ordinarily"])


@cache
def _split_mates() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Adverb -> the members of its synset that may stand apart from it later in the clause: a
    phrase ("every year", "at the same time") or an -ly adverb or "altogether", never a bare
    word of other uses ("straight", "whole", "dead")."""
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for key, mates in _table()["adverb-double"].items():
        if " " in key or key in _COMMON or key in _HEDGE_ADVERBS:
            continue
        keep = tuple(sorted((tuple(m.split()) for m in mates if m not in _HEDGE_ADVERBS
                             and (" " in m or m.endswith("ly") or m == "altogether")), key=len, reverse=True))
        if keep:
            out[key] = keep
    return out


@cache
def _split_firsts() -> dict[str, frozenset[str]]:
    """``_split_mates``' keys -> the first words of their mates (a segment holding none of them
    cannot hold the split pair)."""
    return {key: frozenset(m[0] for m in mates) for key, mates in _split_mates().items()}


def _adverb_split(an: Analysis, t: Token) -> Finding | None:
    """ "completely halted the trial altogether", "simultaneously ... at the same time": two members
    of one adverb synset in one clause, a few words apart; the second is struck."""
    mates = _split_mates().get(t.lower)
    if mates is None or _split_firsts()[t.lower].isdisjoint(an.word_forms()):
        return None  # (no mate's first word in the segment: most of them)
    toks = an.tokens
    n = len(toks)
    if not t.lower.endswith("ly") and "ADJ" in lemmas(t.text):
        h = _word_at(an, t.index + 1, t.sentence)
        d = _word_at(an, t.index - 1, t.sentence)
        if h is not None and ("NOUN" in lemmas(h.text) or not lemmas(h.text) and d is not None
                              and d.lower in _ATTRIBUTIVE_DETS):
            return None  # "The new shop was newly painted": an adjective on its noun, not the adverb
    for k in range(t.index + 1, min(n, t.index + 8)):
        x = toks[k]
        if not x.is_word or x.sentence != t.sentence or x.lower in _SPLIT_BREAKS:
            if x.text not in ("-", "’", "'"):
                return None
            continue
        for m in mates:
            if x.lower == m[0] and _phrase(an, k, m, t.sentence):
                end = toks[k + len(m) - 1]
                nxt = _tok(an, k + len(m))
                if nxt is not None and nxt.is_word and nxt.sentence == t.sentence and nxt.lower in ("of", "than", "as"):
                    continue  # "at the same time as", "every year of": the phrase has its own complement
                # The issue spans the pair (either may be the one a reader notices); the fix keeps
                # the first and drops the second.
                kept = an.text[t.start : x.start].rstrip()
                return Finding(t.start, end.end, "pleonasm:gloss-adverb-split", "pleonasm",
                               f"{quote(an.text[x.start:end.end])} is redundant: {quote(t.text)} already says it.",
                               (kept,))
    return None


def _modifier(an: Analysis, t: Token, table: dict[str, dict[str, frozenset[str]]]) -> Finding | None:
    h = _word_at(an, t.index + 1, t.sentence)
    if h is None:
        return None
    after = _word_at(an, t.index + 2, t.sentence)
    if after is not None and "NOUN" in lemmas(after.text) and not set(lemmas(after.text)) & {"VERB", "ADV", "ADP"}:
        return None  # the head is a modifier itself ("past history teacher")
    if not t.lower.endswith("ly"):
        for head in _pos_lemmas(h.text, "NOUN"):
            if t.lower in table["modifier"].get(head, ()):
                return _finding(an, t, t, "modifier", h)
        return None
    for head in _pos_lemmas(h.text, "ADJ") + _pos_lemmas(h.text, "VERB"):
        if t.lower in table["adverb"].get(head, ()):
            return _finding(an, t, t, "adverb", h)
    for head in _pos_lemmas(h.text, "VERB"):
        if t.lower in table["manner"].get(head, ()):
            return _finding(an, t, t, "manner", h)  # "loudly shouted"
    return None


# Words too common to gate on: a doubled adverb that begins with one is found from its second word.
_COMMON = frozenset(["the", "a", "an", "of", "to", "in", "on", "for", "that", "at", "from", "by", "not", "as", "or",
                     "what", "this", "so", "no", "until", "after", "before", "more", "now", "all", "it", "is"])
_LIST_BEFORE = frozenset(["between", "both", "either", "neither", "whether", ","])


def _prefixed(short: str, long: str) -> bool:
    """Is ``long`` ``short`` with a prefix before it (re-, grand-, step-, sub-, co-...)?"""
    return len(long) >= len(short) + 2 and long.endswith(short)


def _doublet(an: Analysis, t: Token) -> Finding | None:
    """ "thanks and gratitude", "separate and apart": "and" between two words whose first senses
    define each other; the second is struck."""
    a = _word_at(an, t.index - 1, t.sentence)
    b = _word_at(an, t.index + 1, t.sentence)
    if a is None or b is None or len(a.lower) < 4 or len(b.lower) < 4 or a.is_cap or b.is_cap:
        return None
    x, y = stem(a.lower), stem(b.lower)
    if x == y or ((x, y) if x < y else (y, x)) not in _doublets():
        return None
    if _prefixed(a.lower, b.lower) or _prefixed(b.lower, a.lower):
        return None  # a word and its prefixed derivative name two things: "paint and repaint",
        # "father and grandfather", "write and rewrite", "mark and remark"
    prev = _tok(an, t.index - 2)
    nxt = _tok(an, t.index + 2)
    if prev is not None and prev.lower in _LIST_BEFORE or nxt is not None and nxt.lower in ("and", "or", ","):
        return None  # "between X and Y", a list "X, Y and Z"
    if (a.lower, b.lower) in binomials():
        return None  # an idiom ("safe and secure", "neat and tidy")
    if nxt is not None and nxt.is_word and "AUX" in lemmas(b.text) and set(lemmas(nxt.text)) & {"VERB", "ADV", "AUX"}:
        return None  # "the offer is voluntary and will stay open": a modal opening the next verb phrase
    return Finding(t.start, b.end, "pleonasm:gloss-doublet", "pleonasm",
                   f"{quote(a.text)} and {quote(b.text)} mean the same here; {quote(a.text)} alone is enough.", ("",))


def _excess(an: Analysis, t: Token, table: dict[str, dict[str, frozenset[str]]]) -> Finding | None:
    """ "overly excessive", "too overpriced": an intensifier of excess before an adjective that
    already says the excess; the intensifier (with "far"/"much" before "too") is struck."""
    h = _word_at(an, t.index + 1, t.sentence)
    if h is None or not any(t.lower in table["excess"].get(a, ()) for a in _pos_lemmas(h.text, "ADJ") or (h.lower,)):
        return None
    a = t
    before = _word_at(an, t.index - 1, t.sentence)
    if t.lower == "too" and before is not None and before.lower in ("far", "much", "way"):
        a = before
    return Finding(a.start, t.end, "pleonasm:gloss-excess", "pleonasm",
                   f"{quote(an.text[a.start:t.end])} is redundant: {quote(h.text)} already says too much.", ("",))


_FIRST_TIME = ("for", "the", "first", "time")


def _first_time(an: Analysis, t: Token) -> Finding | None:
    """ "first played Leeds for the first time": an adverb "first" before an inflected verb, then
    "for the first time" in the same clause. An ordinal "first" ("first place ... for the first
    time") is another fact, so the verb must be inflected and no noun."""
    v = _word_at(an, t.index + 1, t.sentence)
    if v is None or v.lower in _pos_lemmas(v.text, "VERB") or not _pos_lemmas(v.text, "VERB") or "NOUN" in lemmas(v.text):
        return None
    for k in range(t.index + 2, min(t.index + 10, len(an.tokens) - 3)):
        w = an.tokens[k]
        if not w.is_word or w.sentence != t.sentence:
            return None
        if _phrase(an, k, _FIRST_TIME, t.sentence):
            end = an.tokens[k + 3]
            return Finding(w.start, end.end, "pleonasm:gloss-first", "pleonasm",
                           f"{quote(an.text[w.start:end.end])} is redundant: {quote(t.text)} already says it.", ("",))
    return None


def _first(an: Analysis, t: Token, table: dict[str, dict[str, frozenset[str]]]) -> Finding | None:
    """ "begin first": a verb whose first sense is "take the first step", then "first" on its own."""
    f = _first_time(an, t)
    if f is not None:
        return f
    v = _word_at(an, t.index - 1, t.sentence)
    if v is None or not any("first" in table["first"].get(x, ()) for x in _pos_lemmas(v.text, "VERB")):
        return None
    before = _tok(an, v.index - 1)
    if before is not None and before.lower in _DETERMINERS:
        return None  # a noun ("a good start first")
    nxt = _word_at(an, t.index + 1, t.sentence)
    if nxt is not None and ("NOUN" in lemmas(nxt.text) or "ADJ" in lemmas(nxt.text)) \
            and not set(lemmas(nxt.text)) & {"ADP", "ADV", "PRON", "DET"}:
        return None  # "first" modifies a noun ("began first grade")
    return _finding(an, t, t, "first", v)


_PAIR_GATE_WORDS = _EXCESS | {"first", "down"}


@cache
def _pair_gates() -> dict[str, frozenset[str]]:
    """Common gate words ("too", "first") -> the word forms that must also be in the segment for
    their entries to fire (the excessive adjectives; the inflections of "begin"-like verbs)."""
    table = _table()
    excess = frozenset(table["excess"])
    out = {w: excess for w in _EXCESS}
    out["first"] = frozenset(_inflections(frozenset(table["first"])) | {"time"})
    out["down"] = frozenset(_inflections(frozenset(table["down"])))
    return out


def _inflections(verbs: frozenset[str]) -> set[str]:
    out: set[str] = set()
    for v in verbs:
        out.add(v)
        for forms in inflections(v, upos="VERB").values():
            out.update(f.lower() for f in forms)
    return out


# Prepositions of place or distance after "down" ("fell down onto the track", "sank down into the
# mud", "fell down as far as the coast"): the direction is a motion's, and the verb says it.
_PLACE_AFTER = frozenset(["onto", "into", "under", "beneath", "below", "on", "to", "from", "through", "towards",
                          "toward", "across", "over", "behind", "beside", "inside", "off", "as", "upon", "among"])
_AMOUNT_AFTER = frozenset(["to", "from", "by"])
_NUMBERISH = frozenset(["a", "about", "around", "just", "only", "roughly", "nearly", "almost", "under", "less",
                        "fewer", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                        "eleven", "twelve", "dozen", "half", "zero", "nothing", "nil"])


def _down(an: Analysis, t: Token, table: dict[str, dict[str, frozenset[str]]]) -> Finding | None:
    """ "fell down onto the road": a verb of descent, then "down" before a place; "reduced the
    number of seats down to 40": a verb of decrease, its object, then "down" before an amount."""
    nxt = _word_at(an, t.index + 1, t.sentence)
    if nxt is None:
        return None
    entries = table["down"]
    v = _word_at(an, t.index - 1, t.sentence)
    if v is not None and nxt.lower in _PLACE_AFTER and any(
            "place" in entries.get(x, ()) for x in _pos_lemmas(v.text, "VERB")):
        return _finding(an, t, t, "down", v)
    if nxt.lower not in _AMOUNT_AFTER:
        return None
    amount = _word_at(an, t.index + 2, t.sentence)
    if amount is None or not (amount.lower[:1].isdigit() or amount.lower in _NUMBERISH):
        return None
    for back in range(1, 7):
        v = _tok(an, t.index - back)
        if v is None or not v.is_word or v.sentence != t.sentence:
            return None  # punctuation between: another clause
        if any("amount" in entries.get(x, ()) for x in _pos_lemmas(v.text, "VERB")):
            return _finding(an, t, t, "down", v)
    return None


def check_gloss_pleonasms(an: Analysis) -> list[Finding]:
    """Pleonasms whose redundancy a WordNet definition states (see the module docstring)."""
    follow, after_verb, modifiers, _, every = _gates()
    toks = an.tokens
    forms = an.word_forms()
    sel = every & forms  # every gate word is a word form: one set test rules most segments out
    gates = _pair_gates()
    both = [w for w in forms & _PAIR_GATE_WORDS if not forms.isdisjoint(gates[w])]
    if both:
        sel = sel | set(both)  # a word whose partner is in the segment too
    if not sel:
        return []
    hits = word_buckets(an, sel)  # (one loop over the words, shared with the class rules)
    if not hits:
        return []
    table = _table()
    back_gate = _back_gate()
    split = _split_mates()
    n = len(toks)
    out: list[Finding] = []
    quoted: dict[int, bool] = {}
    for x in hits:
        i = x.index
        low = x.lower
        f = None
        if low == "and":
            f = _doublet(an, x)
        if f is None and low in after_verb and i > 0 and toks[i - 1].is_word and not toks[i - 1].quoted:
            f = _particle(an, toks[i - 1], table)  # the word before is the verb: "swooped down"
            if f is None and low in _LATE_PARTICLES:
                f = _particle_after_object(an, x, table)  # "circulates hot air around."
        if f is None and low in _NUMBER_WORDS:
            f = _number(an, x, table)
        if f is None and i + 1 < n and toks[i + 1].lower in follow.get(low, ()):
            f = _adverb_double(an, x, table)
        if f is None and low in back_gate:
            for back in back_gate[low]:
                if i - back >= 0 and toks[i - back].lower in _COMMON:
                    f = _adverb_double(an, toks[i - back], table)  # "at the same time": gated by "same"
                    if f is not None:
                        break
        if f is None and low in split:
            f = _adverb_split(an, x)
        if f is None and low in modifiers:
            f = _modifier(an, x, table)
        if f is None and low in _EXCESS:
            f = _excess(an, x, table)
        if f is None and low == "first":
            f = _first(an, x, table)
        if f is None and low == "down":
            f = _down(an, x, table)
        if f is None:
            continue
        q = quoted.get(x.sentence)
        if q is None:
            q = quoted[x.sentence] = an.quoted_sentence(an.sentences[x.sentence])
        if not q and (not out or out[-1].end <= f.start):
            out.append(f)
    return out
