"""Text that does not belong in an article: assistant leftovers and web page chrome."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from editor_app.core.checks.builtin import data
from editor_app.core.checks.builtin.chrome import (
    masthead,
    own_disclaimer,
    own_registration,
    pointer_sentence,
    subject_then_verb,
)
from editor_app.core.checks.builtin.findings import Finding
from editor_app.core.checks.builtin.lexicon import lemmas
from editor_app.core.checks.builtin.phrases import word_forms
from editor_app.core.checks.builtin.text import Analysis
from editor_app.core.prose import PLACEHOLDER, ProseSegment

MAX_WHOLE_PARAGRAPH_SENTENCES = 3
# Words at least one of which every pattern in chatbot_patterns.txt contains.
_TRIGGERS = frozenset(
    ["placeholder", "alright", "gladly", "pleasure", "definitely", "perfect", "excellent", "understood", "noted", "question", "apologies", "thank", "thanks", "word", "chatgpt", "gpt", "consult", "real-time", "you", "your", "you've", "you'd", "you’ve", "you’d", "i", "i'm", "i've", "i'd", "i’m", "i’ve", "i’d", "me", "my", "ai", "sure", "certainly", "course", "absolutely", "here", "here's", "here’s", "hope", "okay", "ok", "shall", "model", "revised", "rewritten", "updated", "improved", "polished", "edited", "shorter", "longer", "expanded", "below", "above", "response", "answer", "great", "happy", "thing", "problem", "got", "requested", "asked", "feel", "free", "financial", "advice", "kept", "adapted", "simplified", "translated", "summarised", "summarized", "intelligence", "please", "word", "glad", "delighted", "pleased", "editor", "editors", "headline", "headlines", "title", "titles", "subhead", "standfirst", "suggested", "suggestion", "suggestions", "options", "alternative", "alternate", "words", "hope", "want", "caption", "tagline", "strapline", "publishing", "choice"]
)


# A label for text offered to the person who asked for it, before the offered text in quotes.
_LABEL = re.compile(
    r"^[\s(*#]*(suggested|alternative|alternate|possible|proposed|working|optional|other|title|titles|headline|"
    r"headlines|subhead|subheading|standfirst|strapline|tagline|subject line)\b[\w ]{0,20}:",
    re.IGNORECASE,
)


# What every match of a pattern needs, each entry a tuple of alternatives one of which the
# lower-cased text must contain (a literal run of the pattern is a one-tuple).
_Needs = tuple[tuple[str, ...], ...]


class _Lazy:
    """A listed pattern, compiled when first tried: a check of one file tries few of the
    hundreds of listed patterns (their needed literals and first words rule the rest out), and
    compiling them all was a tenth of the checker's start-up."""

    __slots__ = ("pattern", "_rx")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._rx: re.Pattern[str] | None = None

    def _compiled(self) -> re.Pattern[str]:
        rx = self._rx
        if rx is None:
            rx = self._rx = re.compile(self.pattern, re.IGNORECASE)
        return rx

    def search(self, s: str) -> re.Match[str] | None:
        return self._compiled().search(s)

    def match(self, s: str) -> re.Match[str] | None:
        return self._compiled().match(s)


_Pat = tuple[_Lazy, _Needs]  # a pattern and what every match of it contains


@lru_cache(maxsize=1)  # the three readings of one pattern follow each other: parse it once
def _parsed(src: str) -> list[tuple[Any, Any]]:
    import re._parser as sre_parse

    return list(sre_parse.parse(src, re.IGNORECASE))


def _needed_literals(src: str) -> _Needs:
    """What every match of ``src`` contains, read off the parsed pattern's top level (outside any
    repeat or class): each run of plain characters (two or more), and for each group the
    beginnings of its alternatives (when each is two characters or more). A text (lower-cased,
    without the characters whose case-insensitive match is not their lower case) lacking one of
    them cannot match, so the search is skipped."""
    import re._constants as sre_constants

    out: list[tuple[str, ...]] = []
    cur: list[str] = []
    for op, av in _parsed(src):
        if op is sre_constants.LITERAL:
            cur.append(chr(av))
            continue
        if cur:
            out.append(("".join(cur).lower(),))
            cur = []
        if op is sre_constants.SUBPATTERN:
            alts = _literal_starts(list(av[3]))
            if min(map(len, alts)) >= 2:
                out.append(tuple(dict.fromkeys(alts)))
    if cur:
        out.append(("".join(cur).lower(),))
    # Single literals first, a rare mark ("[", "(", "<", "{", ":") before them, then longest
    # first: they rule most texts out soonest. Other single characters are too common to test.
    kept = [n for n in out if len(n) > 1 or len(n[0]) >= 2 or n[0] in _RARE_MARKS]
    return tuple(sorted(kept, key=lambda n: (len(n), n[0] not in _RARE_MARKS, -len(n[0]))))


_RARE_MARKS = frozenset("[(<{:")


def _literal_starts(seq: list[tuple[Any, Any]]) -> list[str]:
    """Lower-case literal beginnings, one of which any text that ``seq`` (a parsed pattern)
    matches from its start begins with: the literal characters up to the first other item, where
    a group or an alternation adds each of its alternatives' beginnings. [""] when nothing is
    known."""
    import re._constants as sre_constants

    outs = [""]
    for op, av in seq:
        if op is sre_constants.AT:
            continue  # ^, \b: zero-width
        if op is sre_constants.LITERAL:
            outs = [o + chr(av).lower() for o in outs]
            continue
        if op is sre_constants.SUBPATTERN:
            alts = _literal_starts(list(av[3]))
        elif op is sre_constants.BRANCH:
            alts = [a for branch in av[1] for a in _literal_starts(list(branch))]
        else:
            break
        outs = [o + a for o in outs for a in alts]
        break
    return outs


def _start_gate(src: str) -> tuple[str, ...] | None:
    """The beginnings one of which a text must start with for ``re.match(src, text, IGNORECASE)``
    to succeed, or None when any start is possible."""
    starts = _literal_starts(_parsed(src))
    return None if "" in starts else tuple(starts)


def _digit_first(src: str) -> bool:
    """Does every match of ``re.match(src, ...)`` begin with a digit (``\\d``, ``\\d+``)?"""
    import re._constants as sre_constants

    digit = [(sre_constants.IN, [(sre_constants.CATEGORY, sre_constants.CATEGORY_DIGIT)])]
    for op, av in _parsed(src):
        if op is sre_constants.AT:
            continue
        if op is sre_constants.IN:
            return [(op, av)] == digit
        if op is sre_constants.MAX_REPEAT or op is sre_constants.MIN_REPEAT:
            lo, _, sub = av
            return bool(lo >= 1 and list(sub) == digit)
        return False
    return False


def _has_needs(low: str, needs: _Needs) -> bool:
    for alts in needs:
        for lit in alts:
            if lit in low:
                break
        else:
            return False
    return True


# Characters that re.IGNORECASE matches to an ASCII letter although str.lower() does not give one.
_ODD_FOLDS = re.compile("[ſıİ]")


@cache
def _chatbot() -> tuple[dict[str, tuple[_Pat, ...]], tuple[_Pat, ...]]:
    """The patterns indexed by the trigger words their text contains, so a sentence is tried only
    against patterns that could match it (one big alternation is twice as slow as separate
    patterns, and most patterns are irrelevant to a given sentence). Patterns naming no trigger
    word (placeholders in brackets) are always tried. Each comes with its needed literals
    (``_needed_literals``)."""
    by_word: dict[str, list[_Pat]] = {}
    always: list[_Pat] = []
    for src in data.lines("chatbot_patterns.txt"):
        pat = (_Lazy(src), _needed_literals(src))
        plain = re.sub(r"\\[bBsSwWdD]", " ", src.lower())
        # (the substring test first: most of the hundred words are not in a given pattern)
        words = [w for w in _TRIGGERS if w in plain and re.search(r"(?<![\w'’])" + re.escape(w) + r"(?![\w’])", plain)]
        if not words or "\\[" in src or "\\(" in src or "<(" in src or src.startswith("^\\*"):
            always.append(pat)
        for w in words:
            by_word.setdefault(w, []).append(pat)
    return {w: tuple(ps) for w, ps in by_word.items()}, tuple(always)


def _first_words(src: str) -> frozenset[str] | None:
    """The words a "^..." pattern can start with, or None when that cannot be read off simply
    ("^(share|follow) ..." -> {"share", "follow"}; "^.{0,60}..." -> None)."""
    if not src.startswith("^"):
        return None
    body = src[1:]
    m = re.match(r"[a-z0-9'’]+", body)
    if m:
        return frozenset([m.group(0)])
    if not body.startswith("("):
        return None
    depth = 0
    for k, ch in enumerate(body):
        if ch == "\\":
            return None
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            group, rest = body[1:k], body[k + 1 :]
            break
    else:
        return None
    words: set[str] = set()
    for alt in _split_top(group):
        m = re.match(r"[a-z0-9'’]+", alt)
        if not m:
            return None
        words.add(m.group(0))
    if rest.startswith("*"):
        return None
    if rest.startswith("?"):
        # An optional first group ("(please )?share ..."): its words or the words after it.
        after = _first_words("^" + rest[1:])
        return None if after is None else frozenset(words | after)
    return frozenset(words)


def _split_top(group: str) -> list[str]:
    out, depth, cur = [], 0, ""
    for ch in group:
        if ch == "|" and depth == 0:
            out.append(cur)
            cur = ""
            continue
        depth += ch == "("
        depth -= ch == ")"
        cur += ch
    out.append(cur)
    return out


# a chrome pattern with its needs, the beginnings one of which it needs and "starts with a digit"
_BPat = tuple[_Lazy, _Needs, tuple[str, ...] | None, bool]


@cache
def _boilerplate_index() -> tuple[dict[str, tuple[_BPat, ...]], tuple[_BPat, ...]]:
    """Chrome patterns by the word they must start with (hundreds of patterns tried on every
    paragraph were most of the rule's time); patterns without a fixed first word always run.
    The patterns that always run come with the literals every match contains and the beginnings
    one of which it needs (``_needed_literals``, ``_start_gate``, ``_digit_first``): a line lacking
    them is not searched. (The hundreds keyed by a first word run rarely; reading their gates
    too cost ~80 ms of start-up for ~2 ms per 100k words.)"""
    by_first: dict[str, list[_BPat]] = {}
    always: list[_BPat] = []
    for line in data.lines("boilerplate.txt"):
        if not line.startswith("re:"):
            continue
        src = line[3:]
        words = _first_words(src.lower())
        if words is None:
            always.append((_Lazy(src), _needed_literals(src), _start_gate(src), _digit_first(src)))
        else:
            pat = (_Lazy(src), (), None, False)
            for w in words:
                by_first.setdefault(w, []).append(pat)
    return {w: tuple(v) for w, v in by_first.items()}, tuple(always)


@cache
def _chrome_first_words() -> frozenset[str]:
    exact, _ = _boilerplate()
    by_first, _ = _boilerplate_index()
    return frozenset(e.split()[0] for e in exact if e) | frozenset(by_first)


@cache
def _boilerplate() -> tuple[frozenset[str], tuple[str, ...]]:
    """Exact chrome lines, and the sources of the chrome families (compiled, indexed by their first
    word, in ``_boilerplate_index``; one big alternation measured several times slower)."""
    exact: set[str] = set()
    sources: list[str] = []
    for line in data.lines("boilerplate.txt"):
        if line.startswith("re:"):
            sources.append(line[3:])
        else:
            exact.add(_norm(line))
    return frozenset(exact), tuple(sources)


_FIRST_WORD = re.compile(r"[a-z0-9'’]+")


def _norm(s: str) -> str:
    # whitespace runs -> one space, ends trimmed (``split`` and ``\s`` agree on whitespace)
    s = " ".join(s.replace("’", "'").replace(PLACEHOLDER, "").split()).lower()
    # Widgets decorate their labels: "Back to top ↑", "Next post »", "Read more →", "| Share".
    return s.strip(" .:!?…»«›‹→←↑↓▸▾►◄·•|*-–—>").strip()


@lru_cache(maxsize=8192)
def _norm_word(word: str) -> str:
    return _norm(word)


def _sentence_text(an: Analysis, i: int) -> str:
    s = an.sentences[i]
    return an.text[s.start : s.end].replace("’", "'")


_ASSISTANT_CUES = re.compile(
    r"\b(you|your|yours|requested|asked|revised|rewritten|reworded|updated|edited|draft|shorter|longer|"
    r"tweaked|polished|simplified|adapted|below|as follows)\b"
)


def _writer_presents(sentence: str) -> bool:
    """A "Here is ..." sentence after the writer's own sentence in one paragraph, ending in a full
    stop and naming no request, edit or reader: the writer leading into what follows. An
    assistant's "Here is a revised version of your intro:" opens its paragraph."""
    low = sentence.strip().lower()
    return (low.startswith(("here is ", "here's ", "here are ")) and not low.endswith(":")
            and _ASSISTANT_CUES.search(low) is None)


# Sentence openings that count as a label line with no bracket or colon ("Title ...", "Note ...").
_LABEL_PREFIXES = ("title", "headline", "meta", "slug", "seo", "subheadline", "note", "nb", "n.b", "please note", "done")
# Characters such an opening may start with (before ``lstrip("*# ")`` and lower-casing); a
# sentence starts at a token, never at whitespace. Characters whose lower case starts one of the
# prefixes without being one of these letters (the Kelvin sign lower-cases to "k", none start
# with k; U+0130 to "i") do not occur among the prefixes' first letters "tmhsnpd".
_LABEL_FIRST_CHARS = frozenset("*#" + "".join(sorted({c for p in _LABEL_PREFIXES for c in (p[0], p[0].upper())})))


# The order in which the chatbot patterns are tried for one sentence's trigger words (in the order
# its set of them iterates): few distinct combinations occur.
_TRIED: dict[tuple[str, ...], tuple[_Pat, ...]] = {}


def check_chatbot(an: Analysis) -> list[Finding]:
    out: list[Finding] = []
    by_word, always = _chatbot()
    hits: list[int] = []
    cued: list[bool] = []  # the sentence holds a word of assistant talk (you, I, here, revised ...)
    # Most paragraphs hold no trigger word at all: then no sentence needs its own look.
    any_trigger = not _TRIGGERS.isdisjoint(word_forms(an))
    nothing: frozenset[str] = frozenset()
    sent_lows = an.sentence_lows() if any_trigger else []
    text = an.text
    # Without a trigger word, a bracket or a colon, only a sentence opening with a label word can
    # be tried (its first character tells most of them apart); ``cued`` is then all False unless
    # a sentence is tried (it matters only once something is found).
    marks = any_trigger or "[" in text or "<" in text or "(" in text or ":" in text
    for i in range(len(an.sentences)):
        sent = an.sentences[i]
        if not marks and text[sent.start] not in _LABEL_FIRST_CHARS:
            cued.append(False)
            continue
        raw = text[sent.start : sent.end]
        # "Headline options: ...", "(Suggested title: "...")" (every label ends in a colon)
        label = ":" in raw and _LABEL.match(raw) is not None
        present = _TRIGGERS.intersection(sent_lows[i]) if any_trigger else nothing
        # (only the opening's first 11 characters are lower-cased: the longest prefix is 11 long,
        # and lower-casing never shortens a string)
        bracketed = "[" in raw or "<" in raw or "(" in raw or label or raw.lstrip("*# ")[:11].lower().startswith(
            _LABEL_PREFIXES)
        cued.append(bool(present) or bracketed or raw.rstrip().endswith(":"))
        if an.quoted_sentence(sent) and not label:
            continue
        if not present and not bracketed:
            continue  # every pattern needs one of these words or a bracket; most sentences have none
        st = _sentence_text(an, i)
        if i > 0 and _writer_presents(st):
            continue  # "... what it involves. Here is the honest version, three months in."
        m = None
        low = st.lower() if st.isascii() or _ODD_FOLDS.search(st) is None else None
        key = tuple(present)
        todo = _TRIED.get(key)
        if todo is None:
            if len(_TRIED) > 4096:
                _TRIED.clear()
            # the patterns to try, in order, each once (the same words in the same order: the same list)
            todo = _TRIED[key] = tuple({id(p[0]): p for p in (*always, *(p for w in key for p in by_word.get(w, ())))}
                                       .values())
        for pat, needs in todo:
            if low is not None:
                for alts in needs:
                    for lit in alts:
                        if lit in low:
                            break
                    else:
                        break  # no alternative of something every match needs: cannot succeed
                else:
                    m = pat.search(st)
                    if m is not None:
                        break
                continue
            m = pat.search(st)
            if m is not None:
                break
        if m is None or _writer_idiom(st) or _writer_story(st):
            continue
        a, b = sent.start + m.start(), sent.start + m.end()
        if any(t.quoted for t in an.tokens[sent.first : sent.last] if t.is_word and a <= t.start < b):
            continue  # a character in the story says it ("I hope this helps," she said)
        hits.append(i)
    if not hits:
        return out
    msg = "Assistant text left in the article; delete it."
    if hits[0] == 0 and len(an.sentences) <= MAX_WHOLE_PARAGRAPH_SENTENCES:
        # The assistant's talk runs on while its sentences speak of the asker, the writer or the
        # text ("Sure! Here's the revised intro. Let me know ..."); a sentence with none of those
        # words is the article itself ("I've shortened the intro as you asked. The ferry will run
        # ..."), and only the assistant's sentences are underlined.
        last = 0
        while last + 1 < len(an.sentences) and (last + 1 in hits or cued[last + 1]):
            last += 1
        s0, s1 = an.sentences[0], an.sentences[last]
        rest = [Finding(an.sentences[i].start, an.sentences[i].end, "chatbot-leftover", "chatbot_leftover", msg,
                        ("",), "error") for i in hits if i > last]
        return [Finding(s0.start, s1.end, "chatbot-leftover", "chatbot_leftover", msg, ("",), "error"), *rest]
    for i in hits:
        s = an.sentences[i]
        out.append(Finding(s.start, s.end, "chatbot-leftover", "chatbot_leftover", msg, ("",), "error"))
    return out


# "Here is the short version: ..." is the writer's "in short", not an assistant's shorter draft
# (which names the text it worked on or the asker: "a shorter version of your intro").
_SHORT_VERSION = re.compile(r"\bthe (short|long|quick|simple) (version|answer|story)\b(?! of)", re.IGNORECASE)
_TEXT_WORK = re.compile(
    r"\b(your|yours|requested|asked|revised|rewritten|reworded|updated|edited|draft|tweaked|polished|article|post|"
    r"intro|introduction|piece|copy|text)\b", re.IGNORECASE)


def _writer_idiom(sentence: str) -> bool:
    """Is a listed "Here is ..." match the writer's own lead-in, the idiom "the short version"
    with no word of a request or of the text being reworked?"""
    return (sentence.lower().lstrip("*_ ").startswith(("here", "below")) and _SHORT_VERSION.search(sentence) is not None
            and _TEXT_WORK.search(sentence) is None)


def _is_boilerplate(text: str, whole: bool = True, shapes: bool | None = None) -> bool:
    """``whole``: the text is a paragraph or line of its own (every pattern applies); otherwise a
    sentence inside a paragraph, where only patterns with a fixed first word are tried.
    ``shapes``: also judge the line by its shape (label bar, call to action); default ``whole``."""
    if not text.strip() or len(text) > 300:
        return False
    if pointer_sentence(text) or _writer_sign_off(text) or own_registration(text) or masthead(text) \
            or own_disclaimer(text) or _read_more_sentence(text):
        return False
    exact, _ = _boilerplate()
    n = _norm(text)
    if n in exact:
        return True
    by_first, always = _boilerplate_index()
    first = _FIRST_WORD.match(n)
    candidates = by_first.get(first.group(0), ()) if first else ()
    if (_any_match(n, candidates) or whole and _any_always(n, always)) and not _opener_then_clause(text):
        return True
    # A known label plus a word or two ("Continue reading below"), on a short line of its own
    # without a sentence's full stop.
    words = n.split()
    if len(words) <= 6 and not text.rstrip().endswith("."):
        for cut in (1, 2):
            head = " ".join(words[:-cut])
            if len(words) - cut >= 2 and head in exact:
                return True
    # A known label, a colon and a headline ("Trending now: Keeper's weigh-in goes viral").
    head, colon, tail = n.partition(":")
    if colon and tail.strip() and len(tail.split()) <= 20 and (
            len(head.split()) >= 2 and head in exact or head in _ONE_WORD_LABELS) and not _picture_credit(text):
        return True
    if shapes is None:
        shapes = whole
    return shapes and (_label_bar(text) or _call_to_action(text, n))


_CREDIT = re.compile(r"^\W*(?i:photos?|pictures?|photographs?|images?)\s*:\s*([A-Z][\w'’.-]*(?: (?:de |van |von )?[A-Z][\w'’.-]*){0,3})\W*$")


# "Thanks for reading, and see you at the spring fair": the writer's own goodbye runs on after a
# comma or a dash; a site's footer thanks the reader for reading the site and asks for something
# ("Thanks for reading The Ledger! Subscribe for free ...").
_SIGN_OFF = re.compile(r"^\W*(?i:thank you|thanks)(?: (?i:so much|again))? (?i:for reading)\s*[,—–-]\s*\w")
_PAGE_ASK = re.compile(r"\b(subscrib\w*|newsletters?|sign(?:ing)? up|share|follow|support|donat\w*|inbox|members?hip)\b",
                       re.IGNORECASE)


# The writer's own past measured in calendar time: "for nine years", "until March", "six months
# ago", "since 2019". An assistant's note about the text it made has no such span.
_STORY_SPAN = re.compile(
    r"\b(?:for|over|in) (?:the (?:past|last) )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|twenty|thirty|forty|many|several|a few) (?:years|months|decades)\b"
    r"|\buntil (?:january|february|march|april|may|june|july|august|september|october|november|december|last|this)\b"
    r"|\b(?:years|months|weeks) ago\b|\bsince (?:19|20)\d\d\b", re.IGNORECASE)


def _writer_story(text: str) -> bool:
    """ "I have written this column for nine years, and until March I had never tried the budget I
    keep recommending to you": a first-person story told to the reader, not a note to an asker."""
    return _STORY_SPAN.search(text) is not None and re.search(r"\bI\b", text) is not None


# "Read more about the campaign on the [Trust's website](...).", "Read more planning guides at
# [ourblog.example](...).": a finished sentence of the writer's, six words or more, sending the
# reader somewhere named; a page's link is a label ("Read more: <headline>", "Read more »").
_READ_MORE_SENTENCE = re.compile(r"^\W*read more (?!stories like)[a-z][\w'’-]*(?: [\w'’-]+)*? (?:about|on|at|in|from)\b",
                                 re.IGNORECASE)


def _read_more_sentence(text: str) -> bool:
    t = text.strip()
    return (t.rstrip("*_").endswith(".") and len(t.split()) >= 6 and _READ_MORE_SENTENCE.match(t) is not None
            and ":" not in t.split(None, 3)[2])


def _writer_sign_off(text: str) -> bool:
    return _SIGN_OFF.match(text) is not None and _PAGE_ASK.search(text) is None


def _picture_credit(text: str) -> bool:
    """"Photos: Ann Lee": the article's own picture credit (a name after the label), not a link to
    a gallery ("Photos: Ash covers the harbour")."""
    return _CREDIT.match(text.strip()) is not None


@cache
def _always_groups() -> tuple[tuple[str, ...], tuple[_BPat, ...], tuple[_BPat, ...], tuple[_BPat, ...]]:
    """The chrome patterns without a fixed first word in three groups: those that need one of some
    beginnings (and every such beginning), those that start with a digit, and the rest."""
    _, always = _boilerplate_index()
    started = tuple(p for p in always if p[2] is not None and not p[3])
    digits = tuple(p for p in always if p[3])
    rest = tuple(p for p in always if p[2] is None and not p[3])
    return tuple(dict.fromkeys(b for p in started for b in p[2] or ())), started, digits, rest


def _any_always(n: str, always: tuple[_BPat, ...]) -> bool:
    """``_any_match(n, always)`` for the patterns without a fixed first word, a group at a time:
    one ``startswith`` rules out the patterns that need a beginning, one digit test those that
    start with a figure (most lines have neither), instead of a gate test per pattern."""
    if not n.isascii() and _ODD_FOLDS.search(n) is not None:
        return _any_match(n, always)
    beginnings, started, digits, rest = _always_groups()
    return (n.startswith(beginnings) and _any_match(n, started) or n[:1].isdigit() and _any_match(n, digits)
            or _any_match(n, rest))


def _any_match(n: str, patterns: tuple[_BPat, ...]) -> bool:
    """Does any of ``patterns`` match ``n`` (lower case) at its start? Patterns whose needed
    literals or beginnings ``n`` lacks are not tried (unless ``n`` holds a character whose
    case-insensitive match is not its lower case)."""
    if not patterns:
        return False
    if not n.isascii() and _ODD_FOLDS.search(n) is not None:
        return any(r.match(n) for r, _, _, _ in patterns)
    digit = n[:1].isdigit()  # str.isdigit holds for every character \d matches
    for r, needs, starts, digit_first in patterns:
        if (digit_first and not digit or starts is not None and not n.startswith(starts)
                or needs and not _has_needs(n, needs)):
            continue
        if r.match(n):
            return True
    return False


# An opening phrase, a comma and a main clause with its own subject, ending in a full stop:
# "Sponsored by the local rotary club, the race raised £4,000.", "Posted in Germany in 1989, he
# watched the Wall come down." A chrome family's label ("Sponsored by", "Posted in") opens it, but
# a page label never goes on to a clause about someone else ("By using this site, you agree ..."
# addresses the reader and stays chrome).
_OPENER_CLAUSE = re.compile(
    r"^[^,;:|]{3,80}, (?:the|a|an|he|she|it|they|his|her|their|its|my|our|this|these|those|there|i|we|one|some|many|most|"
    r"several|both|each|every|all|no|two|three|four|five|"
    r"[A-Z][a-z]+|[a-z]+'s) ((?:[\w'-]+ ){0,3})[^.!?]*[.!?][\"')]*$"
)


def _opener_then_clause(text: str) -> bool:
    t = text.strip().replace("’", "'").replace("”", '"')
    if len(t.split()) < 7 or "\n" in t:
        return False
    m = _OPENER_CLAUSE.match(t)
    if m is None:
        return False
    # A finite verb soon after the subject ("the race raised", "he watched the Wall come down").
    return any("VERB" in lemmas(w) and "NOUN" not in lemmas(w) for w in m.group(1).lower().split())


_ONE_WORD_LABELS = frozenset(
    ["related", "trending", "sponsored", "advertisement", "recommended", "popular", "promoted", "featured",
     "watch", "listen", "video", "gallery", "podcast", "pictures", "photos"]
)


# --- Chrome by its shape, not by a list of its wordings ------------------------------------------

_BAR_SPLIT = re.compile(r"\s*[|·•]\s*")


def _label_bar(text: str) -> bool:
    """A row of short labels between separators: a navigation or meta bar ("Home | News | Sport",
    "Comments (12) | Add a comment", "By Ann Lee · 12 May 2025 · 4 min read")."""
    if "|" not in text and "·" not in text and "•" not in text:
        return False
    parts = [p for p in _BAR_SPLIT.split(text.strip()) if p.strip()]
    if len(parts) < 2 or sum(len(p.split()) for p in parts) > 24:
        return False
    for p in parts:
        w = p.split()
        if len(w) > 6 or len(p) > 48 or p.rstrip().endswith((".", ",", ";")) and not p.rstrip().endswith("..."):
            return False
    return True


# A line that asks the reader to act on the web page, not in the world: the verb opens the line
# and a word of the page (our, the newsletter, the app, this author, now, free ...) follows.
_CTA_STRONG = re.compile(
    r"^(?:please |don'?t forget to |be sure to |make sure to |why not |remember to )?"
    r"(subscribe|sign (?:up|in|on)|log (?:in|on)|register|follow|share|join|donate|shop|buy|download|"
    r"advertise|like (?:us|this|and)|tweet|pin|bookmark|click|tap|swipe|scroll|unlock|upgrade|claim|grab|"
    r"enter (?:code|our|the (?:code|competition|draw|prize))|chip in|pledge|rate|review us|vote for us|"
    r"install|stream|preorder|pre-order)\b"
)
_CTA_WEAK = re.compile(
    r"^(?:please |don'?t forget to |be sure to |make sure to |why not |remember to )?"
    r"(get|read|listen|watch|visit|explore|discover|support|become|book|order|try|check out|find out|"
    r"learn more|see|browse|enjoy|save|sign|reserve|contact|email|message|text|call|send|tell|give|help)\b"
)
_WEB_CUE = re.compile(
    r"\b(our|us|newsletters?|digest|briefings?|bulletins?|alerts?|notifications?|notified|inbox|app|apps|"
    r"podcasts?|episodes?|channel|community|members?|membership|subscribers?|subscriptions?|account|"
    r"premium|free|today|now|here|online|topic|author|writer|this (?:story|article|post|page|site|piece|"
    r"recipe|guide|video)|journalism|booksellers?|bookshops?|bookstores?|store|shop|retailers?|stockists?|"
    r"code|deals?|offers?|discount|\d+% off|delivery|partner|sponsors?|friends?|unlimited access|"
    r"free trial|trial|website|site|feed|rss|updates|latest|spotify|youtube|apple podcasts|google news|"
    r"facebook|instagram|twitter|tiktok|linkedin|whatsapp|telegram|threads|bluesky|mastodon|bell)\b|@\w"
)
# For the weaker verbs ("get", "read", "visit") the page word must be unmistakable.
_WEB_CUE_STRONG = re.compile(
    r"\b(us|newsletters?|digest|briefings?|inbox|app|podcasts?|episodes?|subscribers?|subscriptions?|"
    r"members?|membership|premium|journalism|unlimited access|free trial|(?:our|partner) (?:web)?site|"
    r"this (?:story|article|post|page|site)|(?:online )?now|today|online|@\w+|our (?:full|latest|free|weekly|"
    r"daily|monthly|complete|previous|sister|other) \w+)\b"
)


_OWN_DEVICE = re.compile(r"\byour (?:phone|smartphone|computer|device|laptop|tablet|pc|mac|router|tv|watch|car|"
                         r"browser|desktop|iphone|android|handset|screen|home screen|settings)\b")
_OURS = re.compile(r"\b(?:our|us|we)\b|@\w")


def _call_to_action(text: str, n: str) -> bool:
    """A short line of its own asking the reader to subscribe, follow, share, join, buy ... on the
    page ("Subscribe for weekly briefings, it's free", "Join our community", "Follow this topic").
    Instructions in the world ("Follow the river path", "Download the installer from the releases
    page", "Book early") name no page word and are left alone."""
    words = n.split()
    if not 2 <= len(words) <= 18 or not text.lstrip(" *_>#-").strip()[:1].isupper():
        return False  # a page label is capitalised; a lower-case list item is a step in a list
    sentences = [x for x in re.split(r"(?<=[.!?])\s+", n) if x]
    if len(sentences) > 2 or not any(_CTA_STRONG.match(x) or _CTA_WEAK.match(x) for x in sentences):
        return False  # every call to action below opens a sentence with its verb; most lines have none
    if len(words) >= 3 and subject_then_verb(words[1], words[2]):
        return False  # "Text conversion requires a subscription": a noun phrase and its verb, not an order
    if re.match(r"(?:\d+[.)] )?(?:install|download|open|set up|enable|add|turn on|update)\b", n) and _OWN_DEVICE.search(n) \
            and not _OURS.search(n) and not re.search(r"\b(?:alerts?|newsletters?|notifications?|briefings?)\b", n):
        return False  # a how-to step on the reader's own device ("Install an authenticator app on your phone.")
    if len(sentences) == 2 and not all(_CTA_STRONG.match(x) or _CTA_WEAK.match(x) or len(x.split()) <= 5
                                       for x in sentences):
        return False  # the writer's own sentence before a share line: the line alone is chrome
    for sent in sentences:
        if _CTA_STRONG.match(sent):
            rest = sent.split(None, 1)[1] if " " in sent else ""
            if _page_cue(rest) or re.search(r"\bon [A-Z]", text) and not text.rstrip().endswith("."):
                return True
        elif _CTA_WEAK.match(sent):
            rest = sent.split(None, 1)[1] if " " in sent else ""
            if _WEB_CUE_STRONG.search(rest):
                return True
    return False


_OTHERS_SITE = frozenset(["website", "site", "app", "apps", "store", "shop"])


def _page_cue(rest: str) -> bool:
    """Does ``rest`` (lower case) name a thing of the page (``_WEB_CUE``)? Someone else's website,
    app or shop ("from the operator's website") is a place in the world the reader is sent to,
    as in any instruction, not this page's own furniture."""
    for m in _WEB_CUE.finditer(rest):
        if m.group(1) in _OTHERS_SITE and rest[: m.start()].endswith(("'s ", "s' ")):
            continue
        return True
    return False


def _boilerplate_finding(a: int, b: int) -> Finding:
    return Finding(
        a,
        b,
        "web-boilerplate",
        "web_boilerplate",
        "Web page text (comment form, share buttons, navigation) copied into the article; delete it.",
        ("",),
        "error",
    )


def check_boilerplate(an: Analysis, seg: ProseSegment) -> list[Finding]:
    """A paragraph that is web chrome, or lines of chrome glued to a paragraph by a soft break
    ("...the end of the article.\nLeave a Reply")."""
    text = an.text
    if _is_boilerplate(text):
        return [_boilerplate_finding(0, len(text))]
    # A short paragraph made only of chrome sentences ("Please drink responsibly. Visit our
    # partner site.", "Past performance is not a guide to returns. Capital at risk.").
    if (2 <= len(an.sentences) <= 3 and len(text) <= 300
            and not any(an.quoted_sentence(s) for s in an.sentences)
            and all(_is_boilerplate(text[s.start : s.end], whole=False, shapes=True) for s in an.sentences)):
        return [_boilerplate_finding(0, len(text))]
    out: list[Finding] = []
    # A chrome sentence glued to the end (or start) of a paragraph on the same line: "... the
    # last point. Share this article with your friends!"
    if len(an.sentences) >= 2:
        for i in (0, len(an.sentences) - 1):
            sent = an.sentences[i]
            st = text[sent.start : sent.end]
            split = st.split()
            n_words = len(split)
            # A label glued to the end with no full stop ("... the budget. Related posts") may be
            # short; a finished sentence needs three words to be judged as chrome.
            label = i == len(an.sentences) - 1 and not st.rstrip().endswith((".", "!", "?", "…"))
            if an.quoted_sentence(sent) or not (1 if label else 3) <= n_words <= 30 \
                    or any(sent.start <= k < sent.end for k in seg.breaks):
                continue
            first = _norm_word(split[0]) if split else ""
            if first not in _chrome_first_words() or first in ("the", "this", "a", "an", "it"):
                continue  # no chrome line or family starts with this word; a glued sentence that
                # opens with an article or "this" is the writer's (footers stand alone)
            if _is_boilerplate(st, whole=False):
                out.append(_boilerplate_finding(sent.start, sent.start + len(st.rstrip())))
    previous_was_chrome = False
    for a, b in seg.lines() if seg.breaks else ():
        line = text[a:b]
        # Only a line that stands alone: capitalised, after a finished sentence or another line
        # of chrome (a hard-wrapped paragraph can put "email" alone on a line mid-sentence).
        after_sentence = a == 0 or previous_was_chrome or text[:a].rstrip().endswith((".", "!", "?", ":", "*"))
        previous_was_chrome = line.strip()[:1].isupper() and after_sentence and _is_boilerplate(line)
        if previous_was_chrome and not any(f.start < b and a < f.end for f in out):
            lead = len(line) - len(line.lstrip())
            out.append(_boilerplate_finding(a + lead, a + len(line.rstrip())))
    return out
