"""Pleonasms ("past history") and wordy phrases ("in an attempt to" -> "to"), from data files."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import cast

from editor_app.core.checks.builtin import data
from editor_app.core.checks.builtin.findings import Finding, quote, widen_acronym
from editor_app.core.checks.builtin.lexicon import lemmas
from editor_app.core.checks.builtin.phrases import Match, Pattern, PhraseIndex, compile_patterns
from editor_app.core.checks.builtin.pleonasm_classes import (
    GROUPED_WORDS_KEY,
    _wordnet_synonyms,
    check_pleonasm_classes,
    group_concept,
)
from editor_app.core.checks.builtin.text import Analysis, Token


@cache
def _pleonasm_patterns() -> list[Pattern]:
    return [p for n in ("pleonasms.tsv", "pleonasms_common.tsv") for r in data.rows(n)
            for p in compile_patterns(r[0], r[1:])]


@cache
def _wordy_patterns() -> list[Pattern]:
    return [p for n in ("wordy_phrases.tsv", "wordy_common.tsv") for r in data.rows(n)
            for p in compile_patterns(r[0], r[1:])]


@cache
def _phrases() -> tuple[PhraseIndex, dict[int, int]]:
    """One index over the pleonasm (source 0), wordy (1) and hedge (2) phrase lists, so a segment's
    words are scanned once for the three rules instead of three times; and each pattern's source."""
    from editor_app.core.checks.builtin.hedges import hedge_patterns

    lists = (_pleonasm_patterns(), _wordy_patterns(), hedge_patterns())
    source = {id(p): k for k, ps in enumerate(lists) for p in ps}
    return PhraseIndex([p for ps in lists for p in ps]), source


_PHRASE_MATCHES = ("redundancy", "phrase-matches")


def phrase_matches(an: Analysis, kind: int) -> list[Match]:
    """The matches of the pleonasm (``kind`` 0), wordy (1) or hedge (2) phrase lists in ``an``, in
    the order each list's own index would find them (one scan for the three, kept in ``an.memo``)."""
    got = an.memo.get(_PHRASE_MATCHES)
    if got is None:
        index, source = _phrases()
        lists: tuple[list[Match], list[Match], list[Match]] = ([], [], [])
        for m in index.find(an):
            lists[source[id(m.pattern)]].append(m)
        got = an.memo[_PHRASE_MATCHES] = lists
    return cast("tuple[list[Match], list[Match], list[Match]]", got)[kind]


# Words whose synonym group is loose enough that "X and Y" usually adds something ("help and
# support", "research and study", "see and watch", "big and bold").
_LOOSE_SYNONYMS = frozenset(
    ["support", "supports", "study", "studies", "run", "runs", "watch", "view", "views", "discuss", "consider",
     "value", "values", "rate", "rates", "show", "shows", "display", "exhibit", "function", "operate", "work",
     "works", "job", "jobs", "position", "role", "roles", "start", "begin", "finish", "end", "close", "open",
     "new", "fresh", "old", "young", "full", "whole", "more", "less", "many", "all", "each",
     "every", "keep", "hold", "pay", "money", "fund", "funds", "cost", "costs", "price", "prices",
     "fee", "fees", "night", "evening", "dark", "late", "early", "before",
     "after", "wet", "rain", "winter", "cold", "summer", "warm", "hot", "heat",
     "damage", "harm", "kill", "die", "fight", "war", "win", "lose", "build", "repair", "change",
     # words of several senses ("light and bright" of a wine: weight and acidity)
     "light", "bright", "fine", "fair", "soft", "sharp", "clean", "plain", "heavy", "rich", "dry", "crisp"]
)


def _doublets(an: Analysis) -> list[Finding]:
    """ "tiny little", "huge big": two adjectives of one synonym group side by side say the same
    thing twice; the first is struck. (Pairs joined by "and"/"or" are left to the stricter WordNet
    synonym rule, ``pleonasm:synonym-doublet``: this file's groups are loose, "quiet and calm",
    "households and families", and the joined case found nothing the WordNet rule missed.)"""
    out: list[Finding] = []
    # The words with a synonym-group concept, found by ``check_pleonasm_classes`` in its one pass
    # over the segment's words (it runs first); most words have none.
    grouped_words = an.memo.get(GROUPED_WORDS_KEY)
    if grouped_words is None:
        check_pleonasm_classes(an)
        grouped_words = an.memo[GROUPED_WORDS_KEY]
    toks = an.tokens
    n = len(toks)
    for a in cast("list[Token]", grouped_words):
        if a.quoted:
            continue
        k = a.index
        j = k + 1
        comma = j + 2 < n and toks[j].text == "," and toks[j].sentence == a.sentence
        if comma:
            j += 1  # "a costly, expensive repair": two adjectives before one noun, a comma between
        if j >= n or not toks[j].is_word or toks[j].quoted:
            continue
        b = toks[j]
        if len(b.lower) < 3 or a.lower == b.lower or a.lower in _LOOSE_SYNONYMS or b.lower in _LOOSE_SYNONYMS:
            continue
        if a.is_cap != b.is_cap and k != an.sentences[a.sentence].first:
            continue
        fa, fb = lemmas(a.text), lemmas(b.text)
        if not ("ADJ" in fa and "ADJ" in fb):
            continue  # (before the concepts: most next words are no adjective)
        if group_concept(a.lower) != group_concept(b.lower) and not (comma and _wordnet_synonyms(a.text, b.text)):
            continue
        if {x.lower() for v in fa.values() for x in v} & {x.lower() for v in fb.values() for x in v}:
            continue  # two forms of one word
        if b.lower not in {x.lower() for x in fb["ADJ"]} and a.lower in {x.lower() for x in fa["ADJ"]}:
            continue  # "a little smaller", "much bigger": a degree word before a comparative
        if comma:
            h = toks[j + 1]
            before = toks[k - 1] if k > 0 else None
            fh = lemmas(h.text) if h.is_word else {}
            if (h.sentence != a.sentence or "NOUN" not in fh and "ADJ" not in fh
                    or before is not None and before.text == ","):
                continue  # the pair must stand before its noun, and not end a longer list
            out.append(Finding(a.start, b.start, "pleonasm:comma-doublet", "pleonasm",
                               f"{quote(a.text)} is redundant: {quote(b.text)} already says it.", ("",)))
            continue
        out.append(Finding(a.start, a.end, "pleonasm:doublet", "pleonasm",
                           f"{quote(a.text)} is redundant: {quote(b.text)} already says it.", ("",)))
    return out


def check_pleonasms(an: Analysis) -> list[Finding]:
    out: list[Finding] = []
    text = an.text
    for m in phrase_matches(an, 0):
        if any(t.quoted for t in m.tokens) or not m.mark_tokens:
            continue
        after = an.tokens[m.mark_tokens[-1].index + 1] if m.mark_tokens[-1].index + 1 < len(an.tokens) else None
        if after is not None and (m.mark_tokens[-1].lower, after.lower) in _NOT_REDUNDANT_BEFORE and not (
                after.lower == "and" and (an.tokens[after.index + 1].lower if after.index + 1 < len(an.tokens) else "")
                not in ("again", "over", "more")):
            continue  # "together with" is a preposition, "again and again" an idiom ("reconsider
            # again and offer ...": a clause follows, the "again" is still the verb's)
        if _quantifier_most(an, m.mark_tokens):
            continue  # "most pregnant women", "Most unique designs fail": how many, not how much
        a, b = m.mark_tokens[0].start, m.mark_tokens[-1].end
        redundant = text[a:b]
        whole = text[m.tokens[0].start : m.tokens[-1].end]
        note = m.pattern.data[0] if m.pattern.data and m.pattern.data[0] else ""
        others = [t.text for t in m.tokens if t not in m.mark_tokens]
        rest = " ".join(others[-2:]) if others else whole
        msg = f"{quote(redundant)} is redundant: {quote(rest)} already says it."
        if note:
            msg += f" {note}"
        out.append(Finding(a, b, "pleonasm", "pleonasm", msg, ("",)))
    out.extend(check_clock_pleonasm(an))
    spans = [(f.start, f.end) for f in out]
    for f in check_pleonasm_classes(an):
        if an.text[f.start : f.end].lower() == "most" and _quantifier_most(
                an, [t for t in an.tokens if t.start == f.start]):
            continue
        if not any(x < f.end and f.start < y for x, y in spans):
            out.append(f)
            spans.append((f.start, f.end))
    out.extend(f for f in _doublets(an) if not any(x < f.end and f.start < y for x, y in spans))
    spans = [(f.start, f.end) for f in out]
    out.extend(f for f in _adverb_pairs(an) if not any(x < f.end and f.start < y for x, y in spans))
    return _merge_touching(an.text, [widen_acronym(an.text, f) if f.category == "pleonasm" else f for f in out])


_MOST_DETERMINERS = frozenset(["the", "a", "an", "my", "your", "his", "her", "its", "our", "their", "this", "that"])


def _quantifier_most(an: Analysis, marked: Sequence[Token]) -> bool:
    """Is the struck word a "most" that counts ("most pregnant women": the majority of them), not
    one that intensifies ("the most unique")? No determiner before it, and a noun after its adjective."""
    if len(marked) != 1 or marked[0].lower != "most":
        return False
    toks = an.tokens
    k = marked[0].index
    before = toks[k - 1] if k > 0 else None
    if before is not None and before.is_word and (before.lower in _MOST_DETERMINERS or before.lower.endswith("'s")):
        return False
    noun = toks[k + 2] if k + 2 < len(toks) else None
    return noun is not None and noun.is_word and "NOUN" in lemmas(noun.text)


def _adverb_pairs(an: Analysis) -> list[Finding]:
    """ "particularly especially vulnerable", "totally completely": two -ly adverbs side by side
    that WordNet puts in one synset (the first sense of one of them); the first is struck."""
    out: list[Finding] = []
    toks = an.tokens
    for k in range(len(toks) - 1):
        a, b = toks[k], toks[k + 1]
        if not (a.is_word and b.is_word) or len(a.lower) < 5 or len(b.lower) < 5 or a.quoted:
            continue
        if not (a.lower.endswith("ly") and b.lower.endswith("ly")) or a.lower == b.lower:
            continue
        if "ADV" not in lemmas(a.text) or "ADV" not in lemmas(b.text) or not _wordnet_synonyms(a.text, b.text):
            continue
        out.append(Finding(a.start, a.end, "pleonasm:adverb-pair", "pleonasm",
                           f"{quote(a.text)} is redundant: {quote(b.text)} already says it.", ("",)))
    return out


def _merge_touching(text: str, found: list[Finding]) -> list[Finding]:
    """Two deletions side by side are one fault ("plan ahead in advance", "return back again"):
    one issue whose span covers both."""
    found.sort(key=lambda f: f.start)
    out: list[Finding] = []
    for f in found:
        last = out[-1] if out else None
        if (last is not None and last.replacements == ("",) and f.replacements == ("",)
                and last.end <= f.start and not text[last.end : f.start].strip()):
            merged = text[last.start : f.end]
            out[-1] = Finding(last.start, f.end, last.rule, "pleonasm",
                              f"{quote(merged)} is redundant: the rest of the phrase already says it.", ("",))
            continue
        out.append(f)
    return out


_NOT_REDUNDANT_BEFORE = frozenset([("together", "with"), ("again", "and"), ("back", "then"), ("on", "to"), ("up", "against"),
                                   # "postponed until later in the week": the date is new information
                                   ("later", "in"), ("later", "on"), ("later", "this"), ("later", "that"),
                                   ("later", "next"), ("later", "the"),
                                   # "estimate roughly how long": the approximation is the question's
                                   *((a, w) for a in ("roughly", "approximately", "about", "around")
                                     for w in ("how", "what", "when", "where", "which", "whether"))])


_OBLIGATION = frozenset(["must", "should", "shall", "need", "needs", "required", "requires", "mustn't", "shouldn't",
                         "have", "has", "ought"])


# A directive's participle + "to": the reader is told what to do ("Visitors are asked to",
# "Tenants are reminded to", "Staff are expected to").
_DIRECTIVES = frozenset(["asked", "reminded", "advised", "instructed", "expected", "told", "requested", "urged",
                         "encouraged", "obliged", "supposed", "ordered", "directed", "bound"])


def _obligation_before(an: Analysis, t0: Token) -> bool:
    """A modal or verb of obligation earlier in the phrase's sentence ("must", "should", "needs to",
    "is required", "have to" + verb)."""
    toks = an.tokens
    k = t0.index - 1
    s_first = an.sentences[t0.sentence].first
    while k >= s_first:
        low = toks[k].lower
        if low in _OBLIGATION and (low not in ("have", "has", "need", "needs") or k + 1 < len(toks)
                                   and toks[k + 1].lower == "to"):
            return True
        if low in _DIRECTIVES and k + 1 < len(toks) and toks[k + 1].lower == "to":
            return True  # "are reminded to keep the paths clear at all times", "are asked to"
        k -= 1
    return False


# What an imperative's verb takes next: an object's determiner or pronoun, or a place/manner
# particle ("Wear a helmet", "Keep them", "Stay on the path", "Stand clear").
_IMPERATIVE_NEXT = frozenset(["a", "an", "the", "this", "that", "these", "those", "your", "yourself", "yourselves", "it",
                              "them", "all", "any", "every", "each", "both", "on", "in", "off", "out", "away", "back",
                              "up", "down", "inside", "behind", "within", "close", "clear", "calm", "alert", "safe"])


def _imperative(an: Analysis, t0: Token) -> bool:
    """Does the phrase's sentence (or list item) give an instruction: open with a verb's base form
    and its object or particle ("Wear a lifejacket on deck at all times", "Keep dogs on a lead")?
    Instructions and safety rules state a duty's scope in full, like "must ... at all times"."""
    s = an.sentences[t0.sentence]
    words = [t for t in an.tokens[s.first : min(s.last, s.first + 4)] if t.is_word]
    if len(words) < 2 or words[0].index >= t0.index:
        return False
    verb, nxt = words[0], words[1]
    got = lemmas(verb.lower).get("VERB")
    return got is not None and got[0] == verb.lower and nxt.lower in _IMPERATIVE_NEXT and verb.lower not in _OBLIGATION


# The conjunction-like phrases ending in "that" ("at the time that" -> "when") read "that" as a
# complementiser; before a finite verb it is a pronoun instead: "At the time that seemed enough"
# (demonstrative, a comma left out), "during the time that followed" (relative): no "when" fits.
def _that_is_pronoun(an: Analysis, last: Token) -> bool:
    if last.lower != "that":
        return False
    k = last.index + 1
    if k >= len(an.tokens) or not an.tokens[k].is_word:
        return False
    forms = lemmas(an.tokens[k].lower)
    return "AUX" in forms or "VERB" in forms and "NOUN" not in forms and "ADJ" not in forms


def _said_before(an: Analysis, t0: Token) -> bool:
    """ "she said at the time that the plan would fail": right after a verb of saying or thinking,
    "at the time" is the verb's adverbial ("then") and "that" opens the verb's own clause, so
    "when" would change the sense."""
    if t0.index == 0:
        return False
    prev = an.tokens[t0.index - 1]
    if not prev.is_word or prev.sentence != t0.sentence:
        return False
    return any(v.lower() in _THAT_VERBS for v in lemmas(prev.text).get("VERB", ()))


# Verbs of saying, thinking and knowing: the verbs a "that" clause follows.
_THAT_VERBS = frozenset(
    ["say", "tell", "think", "know", "believe", "realise", "realize", "feel", "suspect", "claim", "argue", "assume",
     "guess", "reckon", "admit", "insist", "note", "warn", "explain", "announce", "report", "suggest", "hope",
     "fear", "worry", "understand", "decide", "agree", "write", "sense", "expect", "conclude", "recall",
     "remember", "acknowledge", "concede", "confirm", "deny", "state", "declare", "predict", "promise",
     "reply", "stress", "add", "complain", "notice", "discover", "learn", "find", "doubt", "imagine"])


# Words that take a "whether" clause as their object or complement ("decide whether or not to
# go", "unsure whether or not", "the question whether or not"); a preposition does too ("depends
# on whether or not", "argued about whether or not").
_WHETHER_HEADS = frozenset(
    ["ask", "know", "decide", "see", "check", "determine", "wonder", "consider", "choose", "question", "doubt",
     "debate", "discuss", "assess", "judge", "tell", "establish", "investigate", "examine", "show", "indicate",
     "confirm", "verify", "clarify", "find", "learn", "remember", "forget", "understand", "say", "explain",
     "predict", "guess", "test", "weigh", "evaluate", "review", "consult", "argue", "care", "mind", "notice",
     "enquire", "inquire", "query", "study", "survey", "monitor", "record", "track", "report", "reveal", "disclose",
     "specify", "state", "declare", "vote", "agree", "rule", "sure", "unsure", "certain", "uncertain", "clear",
     "unclear", "aware", "unaware", "undecided", "doubtful", "curious", "decision", "choice", "issue", "uncertainty",
     "of", "on", "about", "over", "to", "as", "upon", "into", "regarding", "concerning"])
_OBJECT_PRONOUNS = frozenset(["me", "you", "him", "her", "us", "them", "it", "themselves", "yourself", "ourselves",
                              "himself", "herself", "myself"])


def _whether_complement(an: Analysis, t0: Token) -> bool:
    """Is this "whether or not" the object of a verb, adjective, noun or preposition ("asked
    whether or not", "unsure whether or not", "depends on whether or not")? Only there can "or not"
    go. After a comma or a clause it is an adverbial ("the vote goes ahead whether or not the board
    agrees", "entitled to care, whether or not they are insured"): "or not" is needed."""
    toks = an.tokens
    k = t0.index - 1
    if k >= 0 and toks[k].is_word and toks[k].lower in _OBJECT_PRONOUNS:
        k -= 1  # "ask them whether or not"
    if k < 0 or not toks[k].is_word or toks[k].sentence != t0.sentence:
        return False
    prev = toks[k]
    if prev.lower in _WHETHER_HEADS:
        return True
    return any(lem.lower() in _WHETHER_HEADS for forms in lemmas(prev.text).values() for lem in forms)


_STAY_UP = frozenset(["is", "are", "was", "were", "be", "been", "being", "am", "stay", "stays", "stayed", "staying",
                      "sat", "sit", "sits", "sitting", "kept", "keep", "keeps", "keeping", "'s", "’s"])
# Police and court verbs and nouns: "in connection with" is their fixed term ("about" does not fit).
_LEGAL_PROCESS = frozenset(["arrest", "charge", "question", "detain", "seek", "want", "interview", "convict", "jail",
                            "sentence", "investigate", "bail", "search", "raid", "seize", "prosecute", "indict",
                            "remand", "extradite", "suspect", "caution", "summons", "warrant", "identify", "name",
                            "police", "detective", "officer", "court", "inquiry", "investigation", "inquest"])


def _word_before(an: Analysis, t0: Token) -> str:
    k = t0.index - 1
    if k < 0 or not an.tokens[k].is_word or an.tokens[k].sentence != t0.sentence:
        return ""
    return an.tokens[k].lower


def _legal_process_before(an: Analysis, t0: Token) -> bool:
    """A police or court verb or noun among the eight words before ("were arrested in connection
    with", "no arrests had been made in connection with", "police want to speak to a man in
    connection with")."""
    toks = an.tokens
    for k in range(t0.index - 1, max(-1, t0.index - 9), -1):
        t = toks[k]
        if not t.is_word or t.sentence != t0.sentence:
            break
        if any(lem.lower() in _LEGAL_PROCESS for forms in lemmas(t.text).values() for lem in forms):
            return True
    return False


def check_wordy(an: Analysis) -> list[Finding]:
    out: list[Finding] = []
    text = an.text
    mild: list[tuple[Finding, int]] = []  # stock phrases marked "mild" in the data, with their sentence
    for m in phrase_matches(an, 1):
        if any(t.quoted for t in m.tokens):
            continue
        t0 = m.tokens[0]
        before = an.tokens[t0.index - 1] if t0.index > 0 else None
        if t0.is_cap and t0.text != "I" and before is not None and before.is_word \
                and before.sentence == t0.sentence:
            continue  # "set the permission to Make changes to events": a capitalised label mid-sentence
        a, b = m.tokens[0].start, m.tokens[-1].end
        phrase = text[a:b]
        repl = m.pattern.data[0] if m.pattern.data else ""
        if repl == "-":
            repl = ""
        if "(" in repl or "~" in repl:
            repl = _resolve(repl, m.pattern.source, [t.lower for t in m.tokens])
        if repl and not repl.endswith("that") and _that_is_pronoun(an, m.tokens[-1]):
            continue
        if m.pattern.source == "at the time that" and _said_before(an, t0):
            continue
        if t0.lower == "whether" and not _whether_complement(an, t0):
            continue  # "free to everyone, whether or not they are insured": "or not" is needed
        if t0.lower == "up" and _word_before(an, t0) in _STAY_UP:
            continue  # "a child who is up until nine", "stayed up until 2am": "up" is awake
        if len(m.tokens) > 1 and m.tokens[1].lower == "connection" and _legal_process_before(an, t0):
            continue  # "arrested and charged in connection with the theft": the term of police reports
        if repl.lower() == "always" and (_obligation_before(an, t0) or _imperative(an, t0)):
            continue  # "must be supervised at all times", "should be worn at all times": rules and
            # safety notices state the duty's scope in full; "always" would not sit after the verb
        repl = _match_case(phrase, repl)
        if repl:
            msg = f"Wordy: {quote(phrase)} can usually be just {quote(repl)}."
        else:
            msg = f"{quote(phrase)} is filler; the sentence reads better without it."
        f = Finding(a, b, "wordy:" + _slug(m.pattern.source), "wordy_phrase", msg, (repl,), "info")
        out.append(f)
        if len(m.pattern.data) > 1 and m.pattern.data[1] == "mild":
            mild.append((f, t0.sentence))
    out.extend(_filler_openers(an))
    # (The light-verb frame, "made an adjustment to" -> "adjusted" for any noun made from a verb,
    # was retired on 2026-11-28: no hit among 3,900 annotated faults, alarms on clean prose where
    # the noun is the literal act: "the office takes bookings for the hall", "made a payment to".)
    spans = {(f.start, f.end) for f in out}
    out.extend(f for f in check_manner(an) if not any(a <= f.start < b for a, b in spans))
    return _mild_in_clusters(an, out, mild) if mild else out


def _mild_in_clusters(an: Analysis, found: list[Finding], mild: list[tuple[Finding, int]]) -> list[Finding]:
    """Drop a mild stock phrase ("over the course of", "gave permission to", "sent a clear message
    that") that stands alone in its sentence: careful writers publish each of them; a sentence
    that piles one on another wordy phrase is the padding an editor cuts."""
    mild_ids = {id(f) for f, _ in mild}
    drop: set[int] = set()
    for f, k in mild:
        s = an.sentences[k]
        if not any(g is not f and id(g) not in mild_ids and s.start <= g.start < s.end for g in found):
            drop.add(id(f))
    return [f for f in found if id(f) not in drop]


_SPEAKING = re.compile(r"\b([A-Za-z]+ly)\s+speaking\s*,")
# "Weather-wise,", "Budgetwise,": a noun + -wise opener says nothing the sentence will not.
_WISE = re.compile(r"([A-Za-z]+)-?wise\s*,")
_REAL_WISE = frozenset(["other", "like", "clock", "counter", "anticlock", "length", "cross", "step", "stepwise"])


_MANNER = re.compile(r"\b[Ii]n an? ([a-z]+(?: and [a-z]+)?) (manner|fashion)\b")
_BASIS = re.compile(r"\b[Oo]n an? ([a-z]+(?:-[a-z]+)*) basis\b")
_BASIS_KEEP = frozenset(["case-by-case", "trial", "first-come-first-served", "need-to-know", "pro-rata", "like-for-like", "per-capita"])
_YEAR = re.compile(r"\b[Ii]n the year (?=\d{3,4}\b)")
# "finished in a time of 2:05:48", "in a time of just under six hours": a race time needs only "in".
_TIME_OF = re.compile(
    r"\b[Ii]n a (?:winning |record |personal[- ]best |new |best |finishing )?time of"
    r"(?= (?:(?:just|about|around|roughly|under|over|less than|more than|well|nearly|almost|exactly) ){0,3}"
    r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
)


def _adverb(adj: str) -> str:
    if adj.endswith("ly"):
        return adj
    if adj.endswith("le") and not adj.endswith("ile"):
        return adj[:-1] + "y"
    if adj.endswith("ic"):
        return adj + "ally"
    if adj.endswith("y") and len(adj) > 3:
        return adj[:-1] + "ily"
    return adj + "ly"


# Empty frames announcing a statement instead of making it: "It is important to note that",
# "It is worth stressing that", "It should be pointed out that" (any adjective of importance or
# interest, any verb of saying or noticing). Verbs of remembering are left out: "it is worth
# remembering that" reminds the reader of a fact, and careful writers use it.
_IT_NOTE = re.compile(
    r"\b[Ii]t(?:'s|’s| is| was)(?: also)?(?: (?:very|particularly|especially|perhaps|equally|always|probably))?"
    r" (?:important|worth|worthwhile|interesting|crucial|essential|vital|necessary|notable|noteworthy|significant|"
    r"useful|helpful|instructive|fair|safe|relevant|striking|telling|pertinent) (?:to )?"
    r"(?:note|noting|mention|mentioning|point(?:ing)? out|stress|stressing|emphasi[sz]e|emphasi[sz]ing|say|saying|"
    r"add|adding|observe|observing|highlight|highlighting|reiterate|reiterating|underline|underlining|underscore|"
    r"underscoring) that\b")
_IT_BE_NOTED = re.compile(
    r"\b[Ii]t (?:should|must|can|may|might|could|will|has to) (?:also )?(?:again )?be "
    r"(?:noted|said|stressed|emphasi[sz]ed|pointed out|mentioned|added|observed|highlighted|underlined|reiterated)"
    r" that\b")
_IT_FORMS = frozenset(["it", "it's", "it’s"])
_IT_NOTE_ADJ = frozenset(["important", "worth", "worthwhile", "interesting", "crucial", "essential", "vital", "necessary",
                          "notable", "noteworthy", "significant", "useful", "helpful", "instructive", "fair", "safe",
                          "relevant", "striking", "telling", "pertinent"])
_IT_NOTED = frozenset(["noted", "said", "stressed", "emphasised", "emphasized", "pointed", "mentioned", "added", "observed",
                       "highlighted", "underlined", "reiterated"])
_VARIETY_NOUNS = frozenset(["variety", "array", "assortment", "host", "multitude", "plethora", "myriad", "profusion",
                            "panoply", "smorgasbord"])
# "a wide variety of", "a vast array of", "a whole host of", "a plethora of": "many".
_VARIETY = re.compile(
    r"\b[Aa] (?:(?:(?:wide|vast|huge|great|diverse|broad|whole|rich) (?:variety|array|assortment|host))|"
    r"(?:(?:wide|vast|huge|great|diverse|broad|whole|rich) )?(?:multitude|plethora|myriad|profusion|panoply|smorgasbord))"
    r" of\b(?! (?:the|a|an|this|that|his|her|their|its|our|my|your)\b)")


def check_manner(an: Analysis) -> list[Finding]:
    """ "in a careful manner" -> "carefully", "on a weekly basis" -> "weekly", "in the year 1990"."""
    out: list[Finding | None] = []
    text = an.text
    for m in _MANNER.finditer(text) if "manner" in text or "fashion" in text else ():  # cheap literal test first
        words = m.group(1).split(" and ")
        if not all("ADJ" in lemmas(w) for w in words):
            continue
        repl = " and ".join(_adverb(w) for w in words)
        out.append(_wordy_finding(an, m.start(), m.end(), repl, "in-a-manner"))
    for m in _BASIS.finditer(text) if "basis" in text else ():
        adj = m.group(1)
        if adj in _BASIS_KEEP:
            continue
        if "-" in adj:  # "on an as-needed basis" -> "as needed", "on a part-time basis" -> "part time"
            out.append(_wordy_finding(an, m.start(), m.end(), adj.replace("-", " "), "on-a-basis"))
            continue
        if not (adj.endswith("ly") or "ADJ" in lemmas(adj)):
            continue
        out.append(_wordy_finding(an, m.start(), m.end(), adj if adj.endswith("ly") else _adverb(adj), "on-a-basis"))
    for m in _TIME_OF.finditer(text) if "time of" in text else ():
        out.append(_wordy_finding(an, m.start(), m.end(), "in", "in-a-time-of"))
    for m in _YEAR.finditer(text) if "the year" in text else ():
        out.append(_wordy_finding(an, m.start(), m.end() - 1, "in", "in-the-year"))
    forms = an.word_forms()
    it_frames = "that" in forms and not _IT_FORMS.isdisjoint(forms)
    # each pattern's adjective or participle stands between spaces: a word form of the segment
    for m in _IT_NOTE.finditer(text) if it_frames and not _IT_NOTE_ADJ.isdisjoint(forms) else ():
        out.append(_wordy_finding(an, m.start(), m.end(), "", "it-is-adj-to-note-that"))
    for m in _IT_BE_NOTED.finditer(text) if it_frames and "be" in forms and not _IT_NOTED.isdisjoint(forms) else ():
        out.append(_wordy_finding(an, m.start(), m.end(), "", "it-should-be-noted-that"))
    for m in _VARIETY.finditer(text) if not _VARIETY_NOUNS.isdisjoint(forms) else ():
        out.append(_wordy_finding(an, m.start(), m.end(), "many", "a-wide-variety-of"))
    return [f for f in out if f is not None]


_CHOICE = re.compile(r"\(([^()]*)\)")


def _resolve(repl: str, source: str, matched: list[str]) -> str:
    """Fill a replacement's choices from the words matched: "(now|then)" after "at (this|that) ..."
    takes the alternative in the same position as the matched one ("that" -> "then"); "(is|are) in"
    takes the matched word; "show~ that" takes the ending of the matched verb ("sends" -> "shows")."""
    groups = [g.split("|") for g in _CHOICE.findall(source)]

    def choose(alts: list[str]) -> str:
        for w in matched:
            if w in alts:
                return w
        for g in groups:
            if len(g) == len(alts):
                for k, alt in enumerate(g):
                    if alt in matched:
                        return alts[k]
        return alts[0]

    out = _CHOICE.sub(lambda mo: choose(mo.group(1).split("|")), repl)
    if "~" in out:
        first = matched[0] if matched else ""
        if first in ("is", "has", "does"):
            ending = "s"
        elif first in ("are", "have", "do", "be"):
            ending = ""
        elif first in ("was", "were", "had", "did", "sent", "gave", "took", "made", "served") or first.endswith("ed"):
            ending = "ed"
        else:
            ending = "ing" if first.endswith("ing") else "s" if first.endswith("s") else ""
        out = re.sub(r"(\w+)~", lambda mo: _inflect(mo.group(1), ending), out)
    return out


_MODAL_PAST = {"can": "could", "cannot": "could not", "will": "would", "may": "might"}


def _inflect(verb: str, ending: str) -> str:
    """``verb`` in the form of the matched verb: "" base, "s" third person, "ed" past, "ing"
    ("know" + "ed" -> "knew", "do" + "s" -> "does", "can" + "ed" -> "could")."""
    if verb in _MODAL_PAST:
        return _MODAL_PAST[verb] if ending == "ed" else verb
    if not ending:
        return verb
    from editor_app.core.checks.builtin.lexicon import inflection

    forms = inflection(verb, {"s": "VBZ", "ed": "VBD", "ing": "VBG"}[ending])
    if forms:
        return forms[0]
    if ending == "s":
        return verb + ("es" if verb.endswith(("s", "sh", "ch", "x")) else "s")
    if verb.endswith("e"):
        verb = verb[:-1]
    return verb + ending


def _wordy_finding(an: Analysis, a: int, b: int, repl: str, rule: str) -> Finding | None:
    if any(t.quoted for t in an.tokens if a <= t.start < b):
        return None
    phrase = an.text[a:b]
    repl = _match_case(phrase, repl)
    return Finding(a, b, "wordy:" + rule, "wordy_phrase", f"Wordy: {quote(phrase)} can usually be just {quote(repl)}.",
                   (repl,), "info")


_ODD_I = re.compile("[ıİ]")
_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)(\s+(?:in the (?:morning|afternoon|evening)|at night|tonight|this (?:morning|afternoon|evening)))", re.IGNORECASE)


# Every match of ``_CLOCK`` holds one of these (lower case); "ı" and "İ" match "i" under IGNORECASE.
_CLOCK_WORDS = ("night", "morning", "evening", "afternoon")


def check_clock_pleonasm(an: Analysis) -> list[Finding]:
    """ "7 a.m. in the morning": a.m./p.m. already says which half of the day."""
    out: list[Finding] = []
    low = an.lower_text()
    # (four ``in`` tests spelled out: a generator over ``_CLOCK_WORDS`` costs more than the tests)
    if ("night" not in low and "morning" not in low and "evening" not in low and "afternoon" not in low
            and (low.isascii() or _ODD_I.search(low) is None)):
        return out  # most paragraphs: one substring test instead of the pattern at every digit
    for m in _CLOCK.finditer(an.text):
        a, b = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip())), m.end(1)
        if any(t.quoted for t in an.tokens if a <= t.start < b):
            continue
        out.append(Finding(a, b, "pleonasm", "pleonasm",
                           f"{quote(an.text[a:b])} is redundant: a.m./p.m. already says it.", ("",)))
    return out


# "From a financial perspective,", "From an environmental point of view,": an adjective's angle
# announced before the sentence; "Financially," says it. "As far as prices go,": "On prices,".
_VIEWPOINT = re.compile(r"(?:From|In) an? ([a-z]+) (?:standpoint|point of view|perspective|viewpoint|vantage point|angle)(?=,)")
_AS_FAR_AS = re.compile(r"As far as ((?:the |our |their |its |your )?[a-z]+(?: [a-z]+)?) (?:goes|go|went)(?=,)")


def _filler_openers(an: Analysis) -> list[Finding]:
    """Sentence openers like "Geopolitically speaking," that say nothing."""
    out: list[Finding] = []
    for s in an.sentences:
        head = an.text[s.start : s.end]
        v = _VIEWPOINT.match(head) if head[:2] in ("Fr", "In") else None
        if v and "ADJ" in lemmas(v.group(1)) and not an.tokens[s.first].quoted:
            repl = _match_case(v.group(0), _adverb(v.group(1)))
            out.append(Finding(s.start, s.start + v.end(), "wordy:from-a-viewpoint", "wordy_phrase",
                               f"Wordy: {quote(v.group(0))} can usually be just {quote(repl)}.", (repl,), "info"))
        f = _AS_FAR_AS.match(head) if head[:2] == "As" else None
        if f and not an.tokens[s.first].quoted:
            repl = "On " + f.group(1)
            out.append(Finding(s.start, s.start + f.end(), "wordy:as-far-as-goes", "wordy_phrase",
                               f"Wordy: {quote(f.group(0))} can usually be just {quote(repl)}.", (repl,), "info"))
        m = _SPEAKING.match(head) if "speaking" in head else None  # each pattern's literal, tested first
        w = _WISE.match(head) if "wise" in head else None
        if w and w.group(1).lower() not in _REAL_WISE and "NOUN" in lemmas(w.group(1)):
            tok = an.tokens[s.first]
            if not tok.quoted:
                a = s.start + w.start()
                b = a + len(w.group(0).rstrip(", "))
                phrase = an.text[a:b]
                out.append(Finding(a, b, "wordy:noun-wise", "wordy_phrase",
                                   f"{quote(phrase)} is an empty opener; start with the point itself.", ("",), "info"))
        if m:
            a = s.start + m.start()
            b = s.start + m.end(0) - 1
            b = a + len(head[m.start() : m.end(0) - 1].rstrip())
            tok = an.tokens[s.first]
            if tok.quoted:
                continue
            phrase = an.text[a:b]
            out.append(
                Finding(
                    a,
                    b,
                    "wordy:adverb-speaking",
                    "wordy_phrase",
                    f"{quote(phrase)} is an empty opener; start with the point itself.",
                    ("",),
                    "info",
                )
            )
    return out


def _match_case(original: str, repl: str) -> str:
    if repl and original[:1].isupper():
        return repl[:1].upper() + repl[1:]
    return repl


_GROUP = re.compile(r"\(([^|)]*)[^)]*\)")


@cache
def _slug(pattern: str) -> str:
    """A stable, readable rule id from a data-file pattern: "(has|have) the ability to" ->
    "has-the-ability-to"."""
    text = _GROUP.sub(lambda m: m.group(1), pattern).replace("~", "").replace("[", "").replace("]", "")
    return "-".join(w for w in re.split(r"[^\w'’]+", text.lower()) if w)
