"""Pleonasms ("past history") and wordy phrases ("in an attempt to" -> "to"), from data files."""

from __future__ import annotations

import re
from functools import cache

from editor_app.core.checks.builtin import data
from editor_app.core.checks.builtin.findings import Finding, quote
from editor_app.core.checks.builtin.lexicon import lemmas
from editor_app.core.checks.builtin.phrases import PhraseIndex, compile_patterns
from editor_app.core.checks.builtin.text import Analysis


@cache
def _pleonasms() -> PhraseIndex:
    return PhraseIndex([p for r in data.rows("pleonasms.tsv") for p in compile_patterns(r[0], r[1:])])


@cache
def _wordy() -> PhraseIndex:
    return PhraseIndex([p for r in data.rows("wordy_phrases.tsv") for p in compile_patterns(r[0], r[1:])])


def check_pleonasms(an: Analysis) -> list[Finding]:
    out: list[Finding] = []
    text = an.text
    for m in _pleonasms().find(an):
        if any(t.quoted for t in m.tokens) or not m.mark_tokens:
            continue
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
    return out


def check_wordy(an: Analysis) -> list[Finding]:
    out: list[Finding] = []
    text = an.text
    for m in _wordy().find(an):
        if any(t.quoted for t in m.tokens):
            continue
        a, b = m.tokens[0].start, m.tokens[-1].end
        phrase = text[a:b]
        repl = m.pattern.data[0] if m.pattern.data else ""
        if repl == "-":
            repl = ""
        repl = _match_case(phrase, repl)
        if repl:
            msg = f"Wordy: {quote(phrase)} can usually be just {quote(repl)}."
        else:
            msg = f"{quote(phrase)} is filler; the sentence reads better without it."
        out.append(Finding(a, b, "wordy:" + _slug(m.pattern.source), "wordy_phrase", msg, (repl,), "info"))
    out.extend(_filler_openers(an))
    return out


_SPEAKING = re.compile(r"\b([A-Za-z]+ly)\s+speaking\s*,")
# "Weather-wise,", "Budgetwise,": a noun + -wise opener says nothing the sentence will not.
_WISE = re.compile(r"([A-Za-z]+)-?wise\s*,")
_REAL_WISE = frozenset(["other", "like", "clock", "counter", "anticlock", "length", "cross", "step", "stepwise"])


def _filler_openers(an: Analysis) -> list[Finding]:
    """Sentence openers like "Geopolitically speaking," that say nothing."""
    out: list[Finding] = []
    for s in an.sentences:
        head = an.text[s.start : s.end]
        m = _SPEAKING.match(head)
        w = _WISE.match(head)
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


def _slug(pattern: str) -> str:
    """A stable, readable rule id from a data-file pattern: "(has|have) the ability to" ->
    "has-the-ability-to"."""
    text = _GROUP.sub(lambda m: m.group(1), pattern).replace("~", "").replace("[", "").replace("]", "")
    return "-".join(w for w in re.split(r"[^\w'’]+", text.lower()) if w)
