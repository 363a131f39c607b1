"""Tokens, sentences, quotations and word forms for the built-in rules (no Markdown here).

Every rule works on one :class:`Analysis` of a prose segment's text: word and punctuation tokens
with their char offsets, sentence boundaries, and a flag for tokens inside quotation marks
(a writer quoting someone is not the writer's own redundancy).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final, cast

import snowballstemmer

from editor_app.core.prose import PLACEHOLDER

_WORD_CHARS = r"0-9A-Za-z_\u00C0-\u024F"
_TOKEN = re.compile(
    rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![{_WORD_CHARS}])|[{_WORD_CHARS}]+(?:[-'’.][{_WORD_CHARS}]+)*|{PLACEHOLDER}|[^\s{_WORD_CHARS}]"
)

_STEMMER = snowballstemmer.stemmer("english")
_ASCII_ALNUM = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_ASCII_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    lower: str
    is_word: bool
    index: int
    sentence: int = 0
    quoted: bool = False
    is_cap: bool = False  # starts with a capital letter (set once by ``analyse``)


@dataclass(slots=True)
class Sentence:
    start: int  # char offsets into the segment text
    end: int
    first: int  # token indices [first, last)
    last: int


@dataclass
class Analysis:
    text: str
    tokens: list[Token]
    sentences: list[Sentence]
    words: list[Token] = field(default_factory=list)

    def sentence_tokens(self, s: Sentence) -> list[Token]:
        return self.tokens[s.first : s.last]

    memo: dict[object, object] = field(default_factory=dict)  # per-analysis results shared by rules
    any_quoted: bool = True  # False when no token is inside quotation marks (most segments)
    # the shared tables below, once built (attributes: a memo look-up with a tuple key and a
    # ``cast`` call cost more than building is worth on the ~25 calls a segment makes). Set by
    # ``__init__`` (not ``init=False``): a compiled (mypyc) class has no class-level default to
    # fall back on, so an attribute ``__init__`` does not set is undefined there.
    words_by_sentence: list[list[Token]] | None = field(default=None, repr=False)
    lows_by_sentence: list[list[str]] | None = field(default=None, repr=False)
    forms: set[str] | None = field(default=None, repr=False)

    def sentence_words(self, s: Sentence) -> list[Token]:
        """The word tokens of sentence ``s`` (shared: treat the list as read-only). All sentences'
        lists are built in one pass over ``words`` on the first call."""
        got = self.words_by_sentence
        if got is None:
            got = [[] for _ in self.sentences]
            for t in self.words:
                got[t.sentence].append(t)
            self.words_by_sentence = got
        return got[self.tokens[s.first].sentence]

    def sentence_lows(self) -> list[list[str]]:
        """For each sentence (by index), the lower-case forms of its word tokens in order (shared:
        treat as read-only)."""
        got = self.lows_by_sentence
        if got is None:
            tokens = self.tokens
            got = self.lows_by_sentence = [[t.lower for t in tokens[s.first : s.last] if t.is_word]
                                           for s in self.sentences]
        return got

    def word_forms(self) -> set[str]:
        """The segment's word forms (lower case), built once (shared: treat as read-only). One
        set test against it can rule a whole loop over the words out."""
        got = self.forms
        if got is None:
            got = self.forms = {t.lower for t in self.words}
        return got

    def lower_text(self) -> str:
        """``text.lower()``, made once per analysis (shared)."""
        got = self.memo.get(_LOWER_TEXT)
        if got is None:
            got = self.memo[_LOWER_TEXT] = self.text.lower()
        return cast("str", got)

    def quoted_sentence(self, s: Sentence) -> bool:
        """Is most of this sentence inside quotation marks (someone else's words)?"""
        if not self.any_quoted:
            return False
        key = ("quoted", s.first)
        hit = self.memo.get(key)
        if hit is None:
            words = [t for t in self.tokens[s.first : s.last] if t.is_word]
            hit = bool(words) and sum(t.quoted for t in words) * 2 > len(words)
            self.memo[key] = hit
        return bool(hit)


_LOWER_TEXT = "lower-text"  # the key duplicates.py has used for the same string


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return str(_STEMMER.stemWord(word.lower().replace("’", "'")))


_ABBREV = frozenset(
    ["mr", "mrs", "ms", "dr", "st", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "fig", "no", "nos", "vs", "etc", "approx", "inc", "ltd", "co", "corp", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "e.g", "i.e", "u.s", "u.k", "a.m", "p.m", "cf", "al", "est", "dept", "hon", "rev", "revd", "fr", "cllr", "supt", "insp", "det", "cpl", "pte", "maj", "brig", "adm", "cdr", "rt", "messrs"]
)


def _compiled() -> bool:
    """Is this module running as mypyc-compiled code (``editor_app.core.checks.native``)? A compiled
    module's functions are not Python functions."""
    return type(_compiled).__name__ != "function"


_COMPILED: Final = _compiled()


def _tokenise_compiled(text: str, tokens: list[Token], words: list[Token], ends: list[int]) -> None:
    """``analyse``'s token loop for the compiled build: the same tokens. A compiled class refuses
    ``object.__new__`` (the pure Python loops below), and its dataclass ``__init__`` stays an
    interpreted Python function (a call per token would make ``analyse`` slower than pure Python),
    so each token is allocated by the class's own ``__new__`` and its fields stored natively. Keep
    the two in step: the tests compare the findings of both builds."""
    new = Token.__new__
    ascii_text = text.isascii()
    for n, m in enumerate(_TOKEN.finditer(text)):
        t: str = m.group()
        c = t[0]
        if ascii_text:
            is_word = c in _ASCII_ALNUM
            if is_word:
                low = t.lower()
                is_cap = c in _ASCII_UPPER
            else:
                if c in ".!?":
                    ends.append(n)
                low = t.lower() if c == "_" else t
                is_cap = False
        else:
            if c in ".!?":
                ends.append(n)
            is_word = c.isalnum()
            low = t.lower()
            is_cap = c.isupper()
        tok = new(Token)
        tok.start, tok.end = m.span()
        tok.text = t
        tok.lower = low
        tok.is_word = is_word
        tok.index = n
        tok.sentence = 0
        tok.quoted = False
        tok.is_cap = is_cap
        if is_word:
            words.append(tok)
        tokens.append(tok)


@lru_cache(maxsize=8192)
def analyse_cached(text: str) -> Analysis:
    """``analyse`` for rules that share one analysis of a segment (treat the result as read-only)."""
    return analyse(text)


def analyse(text: str) -> Analysis:
    tokens: list[Token] = []
    append = tokens.append
    words: list[Token] = []
    word = words.append
    ends: list[int] = []  # the tokens ".", "!", "?" (the only ones but a final colon that can end a sentence)
    # (a match object per token is now cheaper than ``findall`` and a ``str.find`` for each
    # token's start: 5% fewer instructions over a 100k-word pass's segments, callgrind)
    # Tokens are made with ``object.__new__`` and slot stores in this loop rather than by calling
    # ``Token(...)``: the dataclass ``__init__`` is a Python call per token (~100k a 100k-word
    # pass), and skipping it makes ``analyse`` ~16% cheaper. Every field is set here.
    new = object.__new__
    if _COMPILED:
        _tokenise_compiled(text, tokens, words, ends)
    elif text.isascii():
        # set tests instead of two str method calls per token (the same answers for ASCII)
        for n, m in enumerate(_TOKEN.finditer(text)):
            t = m.group()
            c = t[0]
            tok = new(Token)
            tok.start, tok.end = m.span()
            tok.text = t
            tok.index = n
            tok.sentence = 0
            tok.quoted = False
            if c in _ASCII_ALNUM:
                tok.lower = t.lower()
                tok.is_word = True
                tok.is_cap = c in _ASCII_UPPER
                word(tok)
            else:
                if c in ".!?":
                    ends.append(n)
                # (a one-character mark, or a word starting with "_")
                tok.lower = t.lower() if c == "_" else t
                tok.is_word = False
                tok.is_cap = False
            append(tok)
    else:
        for n, m in enumerate(_TOKEN.finditer(text)):
            t = m.group()
            c = t[0]
            if c in ".!?":
                ends.append(n)
            tok = new(Token)
            tok.start, tok.end = m.span()
            tok.text = t
            tok.lower = t.lower()
            tok.index = n
            tok.sentence = 0
            tok.quoted = False
            if c.isalnum():
                tok.is_word = True
                word(tok)
            else:
                tok.is_word = False
            tok.is_cap = c.isupper()
            append(tok)
    sentences = _split_sentences(text, tokens, ends)
    for si in range(1, len(sentences)):
        s = sentences[si]
        for tok in tokens[s.first : s.last]:
            tok.sentence = si
    quoted = False
    # most segments quote no one (the keys of ``_OPEN_Q``, tested as substrings: cheaper than a regex)
    if '"' in text or "“" in text or "«" in text or "‘" in text:
        _mark_quotes(tokens)
        quoted = any(t.quoted for t in tokens)
    return Analysis(text, tokens, sentences, words, any_quoted=quoted)


def _split_sentences(text: str, tokens: list[Token], ends_at: list[int]) -> list[Sentence]:
    """``ends_at``: the indices of the tokens ".", "!" and "?" (``analyse`` notes them)."""
    sentences: list[Sentence] = []
    first = 0
    n = len(tokens)
    i = 0
    # Only a token of ".!?" or a colon that ends the text can end a sentence: visit those alone.
    if n and tokens[n - 1].text == ":" and _colon_ends(tokens, n - 1):
        ends_at.append(n - 1)
    for c in ends_at:
        if c < i:
            continue  # inside the closing run of the previous end ("?!", '."')
        i = c
        tok = tokens[i]
        j = i + 1
        while j < n and tokens[j].text in ".!?\"”’)]»":
            j += 1
        nxt = tokens[j] if j < n else None
        ends = nxt is None
        if nxt is not None and nxt.start > tokens[j - 1].end:
            if tok.text == "." and i > first and tokens[i - 1].is_word:
                prev = tokens[i - 1].lower
                if prev in _ABBREV or (len(prev) == 1 and prev.isalpha() and tokens[i - 1].is_cap):
                    i = j
                    continue
            ends = nxt.text[:1].isupper() or nxt.text[:1].isdigit() or nxt.text in "\"“‘(" or tok.text in "!?"
        if ends:
            sentences.append(Sentence(tokens[first].start, tokens[j - 1].end, first, j))
            first = j
        i = j
    if first < n:
        sentences.append(Sentence(tokens[first].start, tokens[n - 1].end, first, n))
    return sentences


def _colon_ends(tokens: list[Token], i: int) -> bool:
    return i + 1 >= len(tokens)


_OPEN_Q = {"“": "”", '"': '"', "«": "»", "‘": "’"}
# ``analyse`` tests for these four opening marks ('"', "“", "«", "‘") before marking quotes.


def _mark_quotes(tokens: list[Token]) -> None:
    """Flag tokens between matching quotation marks (a quote, not the writer's own words)."""
    i = 0
    n = len(tokens)
    while i < n:
        t = tokens[i].text
        close = _OPEN_Q.get(t)
        if close is not None:
            if t == "‘" and i > 0 and tokens[i - 1].is_word and tokens[i - 1].end == tokens[i].start:
                i += 1
                continue
            j = i + 1
            while j < n and tokens[j].text != close:
                j += 1
            if j < n and j - i <= 120:
                for k in range(i + 1, j):
                    tokens[k].quoted = True
                i = j + 1
                continue
        i += 1
