"""A small phrase-pattern language for the rule data files, and a matcher over tokens.

Pattern syntax (words separated by spaces, matched case-insensitively on word tokens):

* ``word``          that exact word;
* ``(a|b|c)``       one of these words;
* ``word~``         any word starting with it: ``join~`` matches joins, joined, joining;
* ``...``           a gap of up to 6 words inside one clause (no punctuation crossed);
* ``[ ... ]``       (pleonasms) the redundant part that the issue underlines and removes;
* a leading ``^``   the phrase must open its sentence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from editor_app.core.checks.builtin.text import Analysis, Token

GAP_WORDS = 6
PREFIX_KEY = 3


@dataclass(frozen=True)
class Element:
    forms: frozenset[str]
    prefixes: tuple[str, ...]  # from ``word~``: any word starting with it
    gap: bool = False

    def matches(self, tok: Token) -> bool:
        return tok.lower in self.forms or (bool(self.prefixes) and tok.lower.startswith(self.prefixes))

    def matches_form(self, low: str) -> bool:
        """``matches`` for a token whose lower-case form is ``low``."""
        return low in self.forms or (bool(self.prefixes) and low.startswith(self.prefixes))


@dataclass(frozen=True)
class Pattern:
    source: str
    elements: tuple[Element, ...]
    mark: tuple[int, int]  # element range underlined ([a, b)); the whole pattern when unbracketed
    data: tuple[str, ...]  # the other columns of the data row
    initial: bool = False  # must open its sentence


@dataclass(frozen=True)
class Match:
    pattern: Pattern
    tokens: tuple[Token, ...]  # one token per non-gap element
    mark_tokens: tuple[Token, ...]


def compile_patterns(text: str, data: tuple[str, ...] = ()) -> list[Pattern]:
    """Like ``compile_pattern``, expanding optional words (``(a|)``) into every variant."""
    variants = [[]]  # type: list[list[str]]
    for raw in text.split():
        if raw.startswith("(") and raw.endswith(")") and "||" not in raw and (raw.endswith("|)") or raw.startswith("(|")):
            word = raw[1:-1].strip("|")
            variants = [v + [f"({word})"] for v in variants] + [list(v) for v in variants]
        else:
            variants = [v + [raw] for v in variants]
    out = []
    for v in variants:
        p = compile_pattern(" ".join(v), data)
        out.append(Pattern(text.lstrip("^ "), p.elements, p.mark, p.data, p.initial))
    return [p for p in out if p.elements and not p.elements[0].gap]


def compile_pattern(text: str, data: tuple[str, ...] = ()) -> Pattern:
    elements: list[Element] = []
    mark_start = mark_end = -1
    initial = text.startswith("^")
    for raw in text.lstrip("^").replace("[", " [ ").replace("]", " ] ").split():
        if raw == "[":
            mark_start = len(elements)
            continue
        if raw == "]":
            mark_end = len(elements)
            continue
        if raw == "...":
            elements.append(Element(frozenset(), (), gap=True))
            continue
        word = raw.lower()
        alts = word[1:-1].split("|") if word.startswith("(") and word.endswith(")") else [word]
        forms: set[str] = set()
        prefixes: list[str] = []
        for alt in alts:
            if alt.endswith("~"):
                prefixes.append(alt[:-1])
            else:
                forms.add(alt.replace("’", "'"))
                forms.add(alt.replace("'", "’"))
        elements.append(Element(frozenset(forms), tuple(prefixes)))
    if mark_start < 0:
        mark_start, mark_end = 0, len(elements)
    return Pattern(text.lstrip("^ "), tuple(elements), (mark_start, mark_end), data, initial)


# What a word can open (``PhraseIndex._plan``): the patterns keyed by it and the next word, by it
# and the next two words, and the patterns it opens on its own, each with the forms and prefixes
# its second element needs of the next word (``None``: no test before ``_match_at``).
_Single = tuple["Pattern", "frozenset[str] | None", tuple[str, ...]]
# The last item: for a word that opens no single-word pattern, every word that may follow it in a
# pair or triple key (a next word outside it ends the look at once); ``None`` otherwise.
_Plan = tuple[
    "dict[str, list[Pattern]] | None",
    "dict[str, dict[str, list[Pattern]]] | None",
    tuple[_Single, ...],
    "frozenset[str] | None",
]


class PhraseIndex:
    """Patterns indexed by their first element, for one pass over a segment's tokens."""

    def __init__(self, patterns: list[Pattern]) -> None:
        # Patterns whose first two elements are plain words are keyed by both words (a pattern
        # starting with "in" is then tried only where "in" is followed by its second word).
        # Three plain words ("in the limelight") are keyed by all three, so the many stock phrases
        # that start "in the" / "on the" are not each tried wherever "in the" occurs.
        # Both are nested by word (first -> second [-> third]): no tuple key per token.
        self._by_triple: dict[str, dict[str, dict[str, list[Pattern]]]] = {}
        self._by_pair: dict[str, dict[str, list[Pattern]]] = {}
        self._by_form: dict[str, list[Pattern]] = defaultdict(list)
        self._by_prefix: dict[str, list[Pattern]] = defaultdict(list)
        # One object per distinct pattern in the single-word lists, hashed once here, so that
        # ``_plan`` can drop repeats by identity (hashing a frozen pattern walks all its fields).
        canonical: dict[Pattern, Pattern] = {}
        for p in patterns:
            first = p.elements[0]
            second = p.elements[1] if len(p.elements) > 1 else None
            third = p.elements[2] if len(p.elements) > 2 else None
            if (second is not None and third is not None and not first.prefixes and not first.gap
                    and not second.gap and not second.prefixes and not third.gap and not third.prefixes):
                for f in first.forms:
                    for g in second.forms:
                        for h in third.forms:
                            self._by_triple.setdefault(f, {}).setdefault(g, {}).setdefault(h, []).append(p)
                continue
            if second is not None and not second.gap and not second.prefixes and not first.prefixes:
                for f in first.forms:
                    for g in second.forms:
                        self._by_pair.setdefault(f, {}).setdefault(g, []).append(p)
                continue
            p = canonical.setdefault(p, p)
            for f in first.forms:
                self._by_form[f].append(p)
            for pre in first.prefixes:
                self._by_prefix[pre[:PREFIX_KEY]].append(p)
        self.size = len(patterns)
        self._first_keys = frozenset(self._by_pair) | frozenset(self._by_triple) | frozenset(self._by_form)
        self._prefix_keys = frozenset(self._by_prefix)
        # The forms a match's last word must take; a segment without any of them cannot match,
        # which skips most patterns with a gap ("merged ... together") before scanning.
        self._needs: dict[int, frozenset[str]] = {}
        self._plans: dict[str, _Plan | None] = {}  # word form -> _Plan or None (see ``_plan``)
        _INDEXES.append(self)
        for p in patterns:
            last = p.elements[-1]
            if len(p.elements) > 1 and not last.gap and not last.prefixes and last.forms:
                self._needs[id(p)] = last.forms

    def _plan(self, low: str) -> _Plan | None:
        """What a word can open: its pair and triple keys and its single-word patterns (by form
        and by prefix, without repeats, only those whose first element takes this form, each
        with the test its second element puts to the next word), worked out once per word form."""
        plan: _Plan | None
        if low not in self._first_keys and low[:PREFIX_KEY] not in self._prefix_keys:
            plan = None
        else:
            single: list[_Single] = []
            for p in {id(q): q for q in (*self._by_form.get(low, ()), *self._by_prefix.get(low[:PREFIX_KEY], ()))}.values():
                if not p.elements[0].matches_form(low):
                    continue  # ``_match_at`` would fail on the first word ("program" for "provid~")
                second = p.elements[1] if len(p.elements) > 1 else None
                if second is None or second.gap:
                    single.append((p, None, ()))
                else:
                    single.append((p, second.forms, second.prefixes))
            pairs = self._by_pair.get(low)
            triples = self._by_triple.get(low)
            seconds = None if single else frozenset((*(pairs or ()), *(triples or ())))
            plan = None if pairs is None and triples is None and not single else (pairs, triples, tuple(single), seconds)
        if len(self._plans) > 200_000:
            self._plans.clear()
        self._plans[low] = plan
        return plan

    def find(self, an: Analysis) -> Iterator[Match]:
        tokens = an.tokens
        n = len(tokens)
        present: set[str] | None = None
        needs = self._needs
        plans = self._plans
        empty: list[Pattern] = []
        for tok in an.words:
            low = tok.lower
            try:
                plan = plans[low]
            except KeyError:
                plan = self._plan(low)
            if plan is None:
                continue
            pairs, triples, single, seconds = plan
            k = tok.index
            nxt = tokens[k + 1] if k + 1 < n else None
            nl = nxt.lower if nxt is not None and nxt.is_word else None
            if seconds is not None and nl not in seconds:
                continue  # ("the" before a word no key of it names: most of them)
            cands0 = empty
            cands3 = empty
            if nl is not None:
                if pairs is not None:
                    cands0 = pairs.get(nl, empty)
                if triples is not None and k + 2 < n:
                    nxt2 = tokens[k + 2]
                    if nxt2.is_word:
                        more = triples.get(nl)
                        if more is not None:
                            cands3 = more.get(nxt2.lower, empty)
            if single:
                # The second element's test, before calling ``_match_at`` (which makes it too).
                single_now = [p for p, forms, prefixes in single
                              if forms is None or nl is not None and (nl in forms or bool(prefixes) and nl.startswith(prefixes))]
            else:
                single_now = empty
            if not (cands0 or cands3 or single_now):
                continue
            if present is None:
                present = word_forms(an)
            # A pattern is keyed once per category, and the categories do not share patterns,
            # so the three lists hold no pattern twice.
            for cands in (cands3, cands0, single_now):
                for p in cands:
                    need = needs.get(id(p))
                    if need is not None and need.isdisjoint(present):
                        continue
                    if p.initial and not _opens_sentence(an, tok):
                        continue
                    m = _match_at(p, tokens, k)
                    if m is not None:
                        yield m


# every index made (a handful, each built once by a cached loader); a plain list, not a WeakSet:
# a class compiled by mypyc (``editor_app.core.checks.native``) takes no weak references
_INDEXES: list[PhraseIndex] = []


def clear_plans() -> None:
    """Forget every index's per-word plans (for a benchmark's cold pass)."""
    for index in list(_INDEXES):
        index._plans.clear()


def word_forms(an: Analysis) -> set[str]:
    """``an.word_forms()``: the segment's lower-case word forms, built once per analysis."""
    return an.word_forms()




def _match_at(p: Pattern, tokens: list[Token], i: int) -> Match | None:
    matched: list[Token] = []
    mark: list[Token] = []
    k = i
    ei = 0
    elements = p.elements
    while ei < len(elements):
        el = elements[ei]
        in_mark = p.mark[0] <= ei < p.mark[1]
        if el.gap:
            nxt = elements[ei + 1]
            found = -1
            j = k
            words = 0
            while j < len(tokens) and words <= GAP_WORDS:
                t = tokens[j]
                if not t.is_word:
                    if t.text in "-–—’'$£€%":  # (a sum is an object too: "repaid $38,000 back")
                        j += 1
                        continue
                    break
                if nxt.matches(t):
                    found = j
                    break
                words += 1
                j += 1
            if found < 0:
                return None
            k = found
            ei += 1
            continue
        if k >= len(tokens) or not tokens[k].is_word or not el.matches(tokens[k]):
            return None
        matched.append(tokens[k])
        if in_mark:
            mark.append(tokens[k])
        k += 1
        ei += 1
    return Match(p, tuple(matched), tuple(mark))


def _opens_sentence(an: Analysis, tok: Token) -> bool:
    s = an.sentences[tok.sentence]
    return all(not t.is_word for t in an.tokens[s.first : tok.index])
