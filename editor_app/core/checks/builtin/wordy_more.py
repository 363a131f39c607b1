"""More wordy_phrase classes (recall, session 9), built at load time from the data files.

* A listed light-verb frame ("make a decision", "conduct an investigation into", in
  ``wordy_phrases.tsv`` / ``wordy_common.tsv``) with its article widened ("any", "every",
  "another"; not "no": "makes no apology" is not "apologises") or a modifier that adds nothing to
  the act put in ("a conscious", "a concerted", "a thorough"): "making any attempt to", "made a
  conscious decision to", "conducted a thorough investigation into". Frames marked "mild" stay out.
* "come to / arrive at the <noun made from a verb>" followed by "that" or "to" (nouns from
  ``wordy_nominalisations.tsv``, generated from WordNet): "came to the realization that",
  "arriving at the decision to" -> "realized that", "decided to".
"""

from __future__ import annotations

import re
from functools import cache

from editor_app.core.checks.builtin import data
from editor_app.core.checks.builtin.findings import Finding, quote
from editor_app.core.checks.builtin.text import Analysis

__all__ = ["check_more_wordy"]

_LIGHT = ("make", "give", "conduct", "perform", "reach", "take", "carry")
_DETS = r"(?:an?|any|every|no|the|another)"
# modifiers that leave the act as it is (the plain verb says the same with an adverb or nothing)
# (not "final", "firm", "formal", "joint": "make a final decision" names a stage of the process)
_MODS = ("conscious", "concerted", "deliberate", "serious", "genuine", "real", "careful", "thorough",
         "detailed", "full", "proper", "quick", "brief", "determined", "sincere", "honest")
_MOD_RE = "(?:" + "|".join(_MODS) + ")"
_WIDE = frozenset(("any", "every", "another", *_MODS))
_LIGHT_FORMS = frozenset(("make", "makes", "made", "making", "give", "gives", "gave", "given", "giving",
                          "conduct", "conducts", "conducted", "conducting", "perform", "performs", "performed",
                          "performing", "reach", "reaches", "reached", "reaching", "take", "takes", "took",
                          "taken", "taking"))
_ARRIVE_FORMS = frozenset(("come", "comes", "came", "coming", "arrive", "arrives", "arrived", "arriving"))


def _alt(tok: str) -> str:
    """One pattern token to a regex piece, with its leading space ("(for|)" is optional)."""
    if tok.startswith("(") and tok.endswith(")"):
        alts = tok[1:-1].split("|")
        opt = "" in alts
        body = "(?:" + "|".join(re.escape(a) for a in alts if a) + ")"
        return rf"(?:\s+{body})?" if opt else rf"\s+{body}"
    return r"\s+" + re.escape(tok)


@cache
def _frames() -> dict[str, list[tuple[str, str]]]:
    """Frame patterns (uncompiled, compiled on first use by ``_rx``) and replacements by noun."""
    out: dict[str, list[tuple[str, str]]] = {}
    for name in ("wordy_phrases.tsv", "wordy_common.tsv"):
        for row in data.rows(name):
            if len(row) < 2 or (len(row) > 2 and row[2] == "mild"):
                continue
            toks = row[0].split()
            if (len(toks) < 3 or not toks[0].startswith("(") or toks[0][1:].split("|")[0] not in _LIGHT
                    or toks[1] not in ("a", "an") or any(c in row[0] for c in "^*<>[]")):
                continue
            verbs = toks[0][1:-1].split("|")
            rest = "".join(_alt(t) for t in toks[2:])
            # either a wider determiner (with or without a modifier) or a/an with a modifier
            rx = (rf"\b(?:{'|'.join(verbs)})\s+(?:(?:any|every|another)(?:\s+{_MOD_RE})?|an?\s+{_MOD_RE})"
                  rf"{rest}\b")
            for noun in toks[2].strip("()").split("|"):
                out.setdefault(noun.lower(), []).append((rx, row[1].replace("~", "").strip()))
    return out


@cache
def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_NOUN_AFTER = re.compile(rf"\s+(?:{_MOD_RE}\s+)?([a-z]+)")


@cache
def _nouns() -> dict[str, str]:
    return {r[0]: r[1] for r in data.rows("wordy_nominalisations.tsv") if len(r) >= 2}


_ARRIVE = re.compile(r"\b(?:come|comes|came|coming|arrive|arrives|arrived|arriving)\s+(?:to|at)\s+"
                     rf"{_DETS}\s+(?:{_MOD_RE}\s+)?([a-z]+)(?=\s+(?:that|to)\b)", re.IGNORECASE)


def _quoted(an: Analysis, a: int, b: int) -> bool:
    return an.any_quoted and any(t.quoted for t in an.tokens if a <= t.start < b)


def _finding(an: Analysis, a: int, b: int, repl: str) -> Finding:
    phrase = an.text[a:b]
    return Finding(a, b, "wordy:light-verb-more", "wordy_phrase",
                   f"Wordy: {quote(phrase)} can usually be just {quote(repl)}.", (repl,), "info")


_BEFORE = re.compile(r"([a-z]+)\s+(?:an?\s+)?$")


def check_more_wordy(an: Analysis) -> list[Finding]:
    """(Literal searches for the rare words, then a look back: a scan of every word costs more.)"""
    out: list[Finding] = []
    forms = an.word_forms()
    wide = _WIDE.intersection(forms)
    light = bool(wide) and not _LIGHT_FORMS.isdisjoint(forms)
    heads = _ARRIVE_FORMS.intersection(forms) if ("to" in forms or "at" in forms) else ()
    if not (light or heads):
        return out
    text = an.text
    low = an.lower_text()
    starts: set[int] = set()
    for w in wide if light else ():
        for hit in re.finditer(rf"\b{w}\b", low):
            back = _BEFORE.search(low, max(0, hit.start() - 20), hit.start())
            if back and back.group(1) in _LIGHT_FORMS and back.start(1) not in starts:
                starts.add(back.start(1))
                noun = _NOUN_AFTER.match(low, hit.end())
                for rx, repl in _frames().get(noun.group(1), ()) if noun else ():
                    m = _rx(rx).match(text, back.start(1))
                    if m and not _quoted(an, m.start(), m.end()):
                        out.append(_finding(an, m.start(), m.end(), repl))
                        break
    for head in heads:
        for hit in re.finditer(rf"\b{head}\b", low):
            m = _ARRIVE.match(text, hit.start())
            if not m:
                continue
            verb = _nouns().get(m.group(1).lower())
            if verb and head in ("came", "arrived"):
                verb += "d" if verb.endswith("e") else "ed"
            elif verb and head in ("comes", "arrives"):
                verb += "es" if verb.endswith(("s", "sh", "ch", "x", "z")) else "s"
            if verb and not _quoted(an, m.start(), m.end()):
                out.append(_finding(an, m.start(), m.end(), verb))
    out.sort(key=lambda f: f.start)
    return out
