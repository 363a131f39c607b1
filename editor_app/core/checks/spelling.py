"""Offline spelling for prose, tuned so names and acronyms do not drown the writer.

The word list is pyspellchecker's English frequency list (it ships inside the package, so nothing
is downloaded and no system dictionary is needed), plus our word lists under
``resources/spelling/`` (technology words, names, word-like acronyms), the writer's dictionary file
and the document's ``<!-- spell-ignore: ... -->`` comments.

A word is left alone when it is probably not a spelling mistake:

* ALL-CAPS acronyms (``NATO``, ``CEOs``), words with digits or underscores, mixed-case words
  (``iPhone``, ``McDonald``), URLs, e-mail addresses, file names and domains;
* capitalised words that are not at the start of a sentence (proper nouns), and capitalised words
  the document uses capitalised more than once;
* contractions and possessives whose stem is a word (``don't``, ``Kharkiv's``);
* hyphenated compounds whose parts are words (``de-escalate``);
* British spellings whose American form is a word (``neighbourhood``, ``organise``, ``centre``);
* words with accents whose plain-letter form is a word (``naïve``).

Decisions and suggestions are cached per word, so re-checking a long document is cheap.
"""

from __future__ import annotations

import difflib
import os
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor_app.core.checks.base import Availability, Issue
from editor_app.core.checks.suppressions import read_word_list, spell_ignored_words
from editor_app.core.prose import PLACEHOLDER, ProseSegment, extract_prose
from editor_app.core.resources import ResourceNotFound, resource_path

WORD_LISTS = ("tech.txt", "british.txt", "names.txt", "acronyms.txt", "abbreviations.txt", "scowl.txt")
MAX_SUGGESTIONS = 5
# Suggestions beyond one edit come from words at least this frequent in the list (about 25k).
_COMMON_FREQUENCY = 500

# A word: letters, optionally joined by apostrophes or hyphens ("don't", "de-escalate").
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_SENTENCE_END_RE = re.compile(r"[.!?…]['\"’”)\]]*$")
_CONTRACTION_SUFFIXES = ("s", "t", "re", "ve", "ll", "d", "m")
_NT_STEMS = frozenset({"ca", "wo", "sha", "ai", "do", "does", "did", "is", "are", "was", "were",
                       "has", "have", "had", "could", "would", "should", "must", "need", "might", "dare"})
# Characters that glue a word to a URL, an address, a path, a file name or code.
_GLUE_BEFORE = set("@/\\_#$%=<>~^|*+&")
_GLUE_AFTER = set("@/\\_=<>~^|*+&(")

# A closed compound counts when both parts are at least this common (filters junk entries).
_COMPOUND_PART_FREQUENCY = 2_000
_PREFIXES = (
    "anti", "auto", "back", "bio", "co", "counter", "cross", "cyber", "de", "eco", "geo", "hyper",
    "inter", "macro", "mega", "micro", "mid", "mini", "multi", "nano", "neo", "non", "out", "over",
    "post", "pre", "pro", "pseudo", "re", "self", "semi", "sub", "super", "tele", "trans", "ultra",
    "mis", "un", "under", "up",
)

# British -> American spelling rewrites, tried (alone and together) on words the list lacks.
_BRITISH_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"our(?=(s|ed|ing|ite|ites|able|ably|ful|fully|less|hood|hoods|er|ers|ist|ists|ism|y)?$)"), "or"),
    (re.compile(r"our(?=(ite|ites|hood|hoods))"), "or"),
    (re.compile(r"is(?=(e|es|ed|ing|er|ers|ation|ations|ational|able)$)"), "iz"),
    (re.compile(r"ys(?=(e|es|ed|ing|er|ers)$)"), "yz"),
    # "metre", "centres", and inside a compound: "centrepiece", "fibreglass"
    (re.compile(r"tre(?=(s|d)?$|[bcdfghjklmnpqrstvwz][a-z]{3,})"), "ter"),
    (re.compile(r"(?<=[aei])gre(?=(s)?$)"), "ger"),
    (re.compile(r"bre(?=(s)?$|[bcdfghjklmnpqrstvwz][a-z]{3,})"), "ber"),
    (re.compile(r"ence(?=(s)?$)"), "ense"),
    (re.compile(r"ogue(?=(s|d)?$)"), "og"),
    (re.compile(r"amme(?=(s|d)?$)"), "am"),
    (re.compile(r"ll(?=(ed|ing|er|ers|ation|ations)$)"), "l"),
    (re.compile(r"ae"), "e"),
    (re.compile(r"^scep"), "skep"),
    (re.compile(r"oe(?=[^s]|$)"), "e"),
    (re.compile(r"(?<=[dg])e(?=ment)"), ""),
)


_VOWELS = frozenset("aeiou")
# Prefixes written with a hyphen before a word ("pre-war", "multi-year", "ex-minister").
_HYPHEN_PREFIXES = frozenset({
    "anti", "bi", "co", "counter", "cross", "de", "e", "ex", "extra", "hyper", "inter", "intra",
    "macro", "micro", "mid", "mini", "multi", "neo", "non", "over", "pan", "para", "post", "pre",
    "pro", "proto", "pseudo", "quasi", "re", "semi", "sub", "super", "trans", "tri", "ultra", "un",
    "under", "uni",
})
_ROMAN_RE = re.compile(r"(?=[ivxlcdm]{2,}$)m{0,4}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")


def _doubles_final_consonant(stem: str) -> bool:
    """Does the stem end consonant-vowel-consonant, so an inflection might need a doubled letter?"""
    if len(stem) < 3:
        return False
    a, b, c = stem[-3], stem[-2], stem[-1]
    return a not in _VOWELS and b in _VOWELS and c not in _VOWELS and c not in "wxy"


def _is_latin(word: str) -> bool:
    return all(
        ("a" <= ch.lower() <= "z") or ch in "'’-" or (ch.isalpha() and "LATIN" in unicodedata.name(ch, ""))
        for ch in word
    )


def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@dataclass(frozen=True)
class _Verdict:
    known: bool
    suggestions: tuple[str, ...] = ()


class Lexicon:
    """The combined word list with cached look-ups. Thread-safe for reading once loaded."""

    def __init__(self, extra_words: Iterable[str] = ()) -> None:
        from spellchecker import SpellChecker  # imported lazily: it loads its list on construction

        self._spell: Any = SpellChecker(language="en", distance=1)
        self._freq: dict[str, int] = self._spell.word_frequency.dictionary
        self._extra_exact: set[str] = set()
        self._extra_folded: set[str] = set()
        for name in WORD_LISTS:
            try:
                self.add_words(read_word_list(resource_path("spelling", name)))
            except ResourceNotFound:
                pass
        self.add_words(extra_words)
        self._cache: dict[str, bool] = {}
        self._suggestions: dict[str, tuple[str, ...]] = {}
        self._buckets: dict[tuple[str, int], list[str]] | None = None
        self._lock = threading.Lock()

    def add_words(self, words: Iterable[str]) -> None:
        """A lower-case entry accepts any capitalisation; a capitalised one only that form and
        all-caps."""
        for w in words:
            w = w.strip().replace("’", "'")
            if not w:
                continue
            if w == w.lower():
                self._extra_folded.add(w)
            else:
                self._extra_exact.add(w)
                self._extra_exact.add(w.upper())
        if hasattr(self, "_cache"):
            self._cache.clear()

    def _in_lists(self, word: str) -> bool:
        low = word.lower()
        if word in self._extra_exact or low in self._extra_folded:
            return True
        if low in self._freq:
            # The frequency list is lower-case and mixes in names; a lower-case use of a word the
            # list only knows as a name is still accepted, as catching "paris" is not our job.
            return True
        plain = _strip_accents(low)
        return plain != low and (plain in self._freq or plain in self._extra_folded)

    def _british(self, low: str) -> bool:
        candidates = {low}
        for pattern, repl in _BRITISH_REWRITES:
            for c in list(candidates):
                new = pattern.sub(repl, c)
                if new != c:
                    if new in self._freq:
                        return True
                    candidates.add(new)
        return False

    def _known_uncached(self, word: str) -> bool:
        word = word.replace("’", "'")
        if self._in_lists(word):
            return True
        low = word.lower()
        if "-" in word:
            parts = [part for part in word.split("-") if part]
            return all(self.known_part(part, k, len(parts)) for k, part in enumerate(parts))
        if "'" in word:
            stem, _, suffix = word.rpartition("'")
            if not stem:
                return self.known(suffix)
            if suffix.lower() == "t" and stem.lower().endswith("n"):
                base = stem[:-1].lower()
                return base in _NT_STEMS or self._in_lists(base)
            if suffix.lower() in _CONTRACTION_SUFFIXES:
                return self.known(stem)
            if word.endswith("'"):  # plural possessive: "parents'"
                return self.known(word[:-1])
            return all(self.known(part) for part in word.split("'") if part)
        if word.endswith("'"):
            return self.known(word[:-1])
        if self._british(low):
            return True
        # Compounds the list lacks are accepted only when no common word is one edit away:
        # "wellfare" (well + fare) is a typo for "welfare"; "backchannel" has no such neighbour.
        if self._inflected(low):
            return True
        return self._compound(low) and not self._has_near_neighbour(low)

    def _has_near_neighbour(self, low: str) -> bool:
        for cand in self._spell.known(self._spell.edit_distance_1(low)):
            if cand != low and not low.startswith(cand) and self._freq.get(cand, 0) >= _COMMON_FREQUENCY:
                return True
        return False

    def near_common(self, low: str) -> bool:
        """Is a common word one edit away (or the word itself, without its possessive)?"""
        stem = low[:-2] if low.endswith(("'s", "’s")) else low
        return self._has_near_neighbour(stem)

    def _base_known(self, low: str) -> bool:
        return low in self._freq or low in self._extra_folded or self._british(low)

    def _inflected(self, low: str) -> bool:
        """Plurals and verb forms the frequency list lacks ("symbionts", "chunked", "onboarding").

        Short stems are not trusted ("runing" is "run" + "ing" but a typo for "running"), nor
        stems that would double their last consonant ("occured", "begining", "commited").
        """
        if low.endswith("ies") and self._base_known(low[:-3] + "y"):
            return True
        if low.endswith("s") and low[-2:-1] == "o":
            return False  # "potatos"
        if low.endswith("es") and len(low) > 4 and self._base_known(low[:-2]):
            return True
        if low.endswith("s") and not low.endswith("ss") and len(low) > 3 and self._base_known(low[:-1]):
            return True
        for suffix in ("ing", "ed", "er", "ers", "ness"):
            stem = low[: -len(suffix)]
            if not low.endswith(suffix):
                continue
            # A doubled last consonant of a known word ("potted", "netting"), unless the single
            # consonant is the word ("comming" is "coming", "writting" is "writing").
            if suffix != "ness" and len(stem) >= 4 and stem[-1] == stem[-2] and _doubles_final_consonant(stem[:-1]):
                single = stem[:-1] + suffix
                if self._base_known(stem[:-1]) and not (self._base_known(single) or self._base_known(stem[:-1] + "e")):
                    return True
                continue
            if len(stem) < 4 or (len(stem) == 4 and suffix not in ("ing", "ed")):
                continue
            # "occured" is a typo because "occurred" is the word; "bulleted" is a word because
            # "bulletted" is not.
            if _doubles_final_consonant(stem) and self._base_known(stem + stem[-1] + suffix):
                continue
            if len(stem) == 4 and _doubles_final_consonant(stem):
                continue  # "runing"-like short stems stay unknown unless the list has them
            if not (self._base_known(stem) or self._base_known(stem + "e")):
                continue
            # "grammer" is "gramm" + "er" but a typo for "grammar".
            if suffix in ("er", "ers", "ness") and self._has_near_neighbour(low):
                continue
            return True
        return False

    def _compound(self, low: str) -> bool:
        """Closed compounds of two words ("backchannel", "whitespace") or a prefix and a word
        ("microplastic", "midrange"). Parts must be 3+ letters so "alot" stays a mistake."""
        if len(low) < 7:
            return False
        for prefix in _PREFIXES:
            if low.startswith(prefix) and len(low) - len(prefix) >= 4:
                rest = low[len(prefix) :]
                if self._base_known(rest) or self._inflected(rest):
                    return True
        for i in range(4, len(low) - 3):
            head, tail = low[:i], low[i:]
            if (
                (self._freq.get(head, 0) >= _COMPOUND_PART_FREQUENCY or (i >= 5 and self._british(head)))
                and len(tail) >= 4
                and (self._freq.get(tail, 0) >= _COMPOUND_PART_FREQUENCY or self._inflected(tail))
            ):
                return True
        return False

    def known_part(self, part: str, index: int, count: int) -> bool:
        """Is ``part`` a word where it stands in a hyphenated compound? Besides words, a prefix
        before a hyphen ("pre-pandemic", "multi-year", "co-founder") and an "-er"/"-ed"
        derivative of a word after one ("two-hander", "left-handed", "blue-eyed") are parts."""
        if self.known(part):
            return True
        low = part.lower().replace("’", "'")
        if low.endswith("'s"):
            low = low[:-2]
        if index < count - 1 and low in _HYPHEN_PREFIXES:
            return True
        if index > 0:
            for suffix in ("ers", "er", "ed", "d"):
                stem = low[: -len(suffix)]
                if low.endswith(suffix) and len(stem) >= 3 and self._base_known(stem):
                    return True
        return False

    def known(self, word: str) -> bool:
        hit = self._cache.get(word)
        if hit is None:
            hit = self._known_uncached(word)
            self._cache[word] = hit
        return hit

    def _near_misses(self, low: str) -> list[str]:
        """Common words that look like ``low`` (same first letter, similar length), best first.

        pyspellchecker's edit-distance-2 search builds every string two edits away (0.2-1 s a
        word); comparing against a few hundred common words of similar shape takes about a
        millisecond and finds the same corrections for real typos.
        """
        with self._lock:
            if self._buckets is None:
                buckets: dict[tuple[str, int], list[str]] = {}
                for w, f in self._freq.items():
                    if f >= _COMMON_FREQUENCY and w.isalpha():
                        buckets.setdefault((w[0], len(w)), []).append(w)
                self._buckets = buckets
        pool = [w for n in range(len(low) - 2, len(low) + 3) for w in self._buckets.get((low[:1], n), ())]
        matcher = difflib.SequenceMatcher(b=low, autojunk=False)
        scored = []
        for w in pool:
            matcher.set_seq1(w)
            if matcher.real_quick_ratio() >= 0.75 and matcher.quick_ratio() >= 0.75:
                r = matcher.ratio()
                if r >= 0.75:
                    scored.append((-round(r, 2), -self._freq.get(w, 0), w))
        return [w for _, _, w in sorted(scored)]

    def suggestions(self, word: str) -> tuple[str, ...]:
        hit = self._suggestions.get(word)
        if hit is not None:
            return hit
        low = word.lower().replace("’", "'")
        one_edit = set(self._spell.known(self._spell.edit_distance_1(low)))
        one_edit.discard(low)
        if one_edit:
            ranked = sorted(one_edit, key=lambda c: (-self._freq.get(c, 0), c))
        else:
            ranked = [c for c in self._near_misses(low) if c != low]
        ranked = ranked[:MAX_SUGGESTIONS]
        if word[:1].isupper():
            ranked = [c[:1].upper() + c[1:] for c in ranked]
        result = tuple(ranked)
        self._suggestions[word] = result
        return result


_DEFAULT_LEXICON: Lexicon | None = None
_DEFAULT_LOCK = threading.Lock()


def default_lexicon() -> Lexicon:
    """The shared built-in lexicon (loaded on first use, about 0.2 s)."""
    global _DEFAULT_LEXICON
    with _DEFAULT_LOCK:
        if _DEFAULT_LEXICON is None:
            _DEFAULT_LEXICON = Lexicon()
        return _DEFAULT_LEXICON


@dataclass(frozen=True)
class _Token:
    segment: ProseSegment
    start: int  # in segment.text
    end: int
    word: str
    sentence_start: bool


def _is_sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 16) : start].rstrip(" \t'\"‘“([")
    if not before:
        return start <= 16 or not text[:start].strip(" \t'\"‘“([")
    return bool(_SENTENCE_END_RE.search(before))


def _glued(text: str, start: int, end: int) -> bool:
    """Is the word part of a URL, address, file name, domain or code-like token?"""
    prev = text[start - 1] if start > 0 else " "
    nxt = text[end] if end < len(text) else " "
    if prev in _GLUE_BEFORE or nxt in _GLUE_AFTER or prev.isdigit() or nxt.isdigit():
        return True
    if prev == PLACEHOLDER or nxt == PLACEHOLDER:
        return False
    # "example.com", "config.yaml", "e.g": a dot between letters.
    if nxt == "." and end + 1 < len(text) and text[end + 1].isalnum():
        return True
    return prev == "." and start >= 2 and text[start - 2].isalnum()


def tokens(segments: Iterable[ProseSegment]) -> list[_Token]:
    out: list[_Token] = []
    for seg in segments:
        text = seg.text
        for m in _WORD_RE.finditer(text):
            a, b = m.start(), m.end()
            if _glued(text, a, b):
                continue
            out.append(_Token(seg, a, b, m.group(), _is_sentence_start(text, a)))
    return out


_POSSESSIVE_RE = re.compile(r"['’]s$")


def _skip_by_shape(word: str) -> bool:
    letters = word.replace("'", "").replace("’", "").replace("-", "")
    if len(letters) <= 1:
        return True
    if letters.isupper():
        return True  # NATO, UAE
    if not _is_latin(word):
        return True  # another script: not for an English dictionary
    if _ROMAN_RE.match(word.lower()):
        return True  # ii, iv, xii
    core = re.sub(r"['’]s$", "", word)
    if len(core) >= 3 and core.endswith("s") and core[:-1].isupper():
        return True  # CEOs, URLs
    # Mixed case inside a word part: iPhone, McDonald, YouTube, macOS.
    return any(any(c.isupper() for c in part[1:]) for part in re.split(r"['’\-]", word) if part)


@dataclass
class _CaseEvidence:
    """How a document writes each word (lower-cased key): capitalised mid-sentence, capitalised
    anywhere, lower case."""

    mid: Counter[str] = field(default_factory=Counter)
    cap: Counter[str] = field(default_factory=Counter)
    lower: Counter[str] = field(default_factory=Counter)

    def names(self, key: str) -> bool:
        """Does the document write ``key`` as a name (capitalised mid-sentence, or only ever
        capitalised and at least twice)?"""
        return bool(self.mid[key]) or (self.cap[key] >= 2 and not self.lower[key])

    def add(self, other: _CaseEvidence) -> None:
        self.mid.update(other.mid)
        self.cap.update(other.cap)
        self.lower.update(other.lower)


def _evidence_for(toks: Iterable[_Token]) -> _CaseEvidence:
    ev = _CaseEvidence()
    for t in toks:
        key = t.word.lower()
        if t.word[:1].isupper():
            ev.cap[key] += 1
            if not t.sentence_start:
                ev.mid[key] += 1
        else:
            ev.lower[key] += 1
    return ev


class SpellingChecker:
    """The ``Checker`` for spelling. ``user_dictionary`` is re-read when the file changes."""

    name = "spelling"

    def __init__(
        self,
        user_dictionary: Path | None = None,
        extra_words: Iterable[str] = (),
        lexicon: Lexicon | None = None,
        kinds: frozenset[str] | None = None,
    ) -> None:
        self.user_dictionary = user_dictionary
        self._base = lexicon
        self._extra = frozenset(extra_words)
        self._user_words: frozenset[str] = frozenset()
        self._user_stamp: tuple[int, int] | None = (-1, -1)
        self.kinds = kinds  # None: every kind of prose, headings and quotes included
        self._evidence_cache: dict[str, _CaseEvidence] = {}

    def _segment_evidence(self, seg: ProseSegment) -> _CaseEvidence:
        hit = self._evidence_cache.get(seg.text)
        if hit is None:
            if len(self._evidence_cache) > 20_000:
                self._evidence_cache.clear()
            hit = _evidence_for(tokens([seg]))
            self._evidence_cache[seg.text] = hit
        return hit

    def available(self) -> Availability:
        try:
            import spellchecker  # noqa: F401
        except ImportError:
            return Availability(False, "Spelling needs the pyspellchecker package, which is not installed")
        return Availability(True)

    @property
    def lexicon(self) -> Lexicon:
        if self._base is None:
            self._base = default_lexicon()
        return self._base

    def _refresh_user_words(self) -> frozenset[str]:
        path = self.user_dictionary
        if path is None:
            return self._extra
        try:
            st = os.stat(path)
            stamp: tuple[int, int] | None = (st.st_mtime_ns, st.st_size)
        except OSError:
            stamp = None
        if stamp != self._user_stamp:
            self._user_stamp = stamp
            self._user_words = frozenset(read_word_list(path)) if stamp is not None else frozenset()
        return self._user_words | self._extra

    def check(self, text: str) -> list[Issue]:
        return self.check_segments(text, extract_prose(text))

    def check_segments(
        self, text: str, segments: Sequence[ProseSegment], context: Sequence[ProseSegment] | None = None
    ) -> list[Issue]:
        """Check ``segments`` of ``text``. The editor passes only the changed paragraphs; it should
        pass the document's other segments as ``context`` so that "the document writes this word
        capitalised" is judged on the whole document (per-segment counts are cached)."""
        if self.kinds is not None:
            segments = [s for s in segments if s.kind in self.kinds]
        lexicon = self.lexicon
        personal = self._refresh_user_words() | spell_ignored_words(text)
        personal_folded = {w.lower() for w in personal if w == w.lower()}
        toks = tokens(segments)
        if context is None:
            evidence = _evidence_for(toks)
        else:
            evidence = _CaseEvidence()
            for seg in context:
                evidence.add(self._segment_evidence(seg))
            # Segments being checked count too, even when the caller left them out of the context.
            seen = {id(s) for s in context}
            for seg in segments:
                if id(seg) not in seen:
                    evidence.add(self._segment_evidence(seg))

        issues: list[Issue] = []
        for t in toks:
            word = t.word
            if word in personal or word.lower() in personal_folded:
                continue
            if _skip_by_shape(word):
                continue
            key = word.lower()
            if word[:1].isupper():
                if not t.sentence_start:
                    continue  # a proper noun, most likely
                # The document writes it as a name; a possessive ("Nexa's" opening a sentence)
                # counts as its name ("the new Nexa console").
                if evidence.names(key) or evidence.names(_POSSESSIVE_RE.sub("", key)):
                    continue
            if lexicon.known(word):
                continue
            if t.sentence_start and word[:1].isupper() and "-" not in word and not lexicon.near_common(key):
                continue  # a name opening a sentence: a typo there ("Teh") is one edit from a word
            if "-" in word:
                # Flag only the unknown parts of a compound.
                pos = t.start
                parts = word.split("-")
                real = [p for p in parts if p]
                k = 0
                for part in parts:
                    if part:
                        if not lexicon.known_part(part, k, len(real)) and not _skip_by_shape(part):
                            issues.append(self._issue(t.segment, pos, pos + len(part), part))
                        k += 1
                    pos += len(part) + 1
                continue
            issues.append(self._issue(t.segment, t.start, t.end, word))
        return sorted(issues)

    def _issue(self, seg: ProseSegment, a: int, b: int, word: str) -> Issue:
        start, end = seg.source_span(a, b)
        suggestions = self.lexicon.suggestions(word)
        hint = f" Did you mean “{suggestions[0]}”?" if suggestions else ""
        return Issue(
            start,
            end,
            "spelling",
            "spelling",
            f"“{word}” is not in the dictionary.{hint}",
            severity="error",
            replacements=suggestions,
            source="spelling",
        )
