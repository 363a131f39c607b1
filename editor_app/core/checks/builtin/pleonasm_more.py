"""More pleonasm classes (recall, session 9): togetherness said twice.

* A ``co-`` verb already says "together" / "jointly": "co-fund together", "co-wrote it jointly",
  "jointly co-host". ("together with X" is a preposition, not the repeat, and is left alone.)
* "in unison" already says "together": "sang together in unison", "in unison together".
* "mutual(ly)" already says "each other": "mutually agreed with each other".
* an acronym of three letters or more whose last letter is the first of a generic head noun that
  such acronyms end in ("GST tax", "ISBN number", "API interface", "PDF format"), beyond the hand
  list ``acronyms.tsv``. Not "system" or "service" ("the US system", "NHS staff": the letter
  stands for another word).
"""

from __future__ import annotations

import re
from functools import cache

from editor_app.core.checks.builtin import data
from editor_app.core.checks.builtin.findings import Finding, quote
from editor_app.core.checks.builtin.lexicon import lemmas
from editor_app.core.checks.builtin.text import Analysis

__all__ = ["check_more_pleonasms"]

_W = r"[A-Za-z'’-]+"
# co- verb, up to three words (its object), then "together"/"jointly" (not "together with")
_CO_AFTER = re.compile(rf"\b[Cc]o-([a-z]+)\b((?:\s+{_W}){{0,3}}?)\s+(together|jointly)\b(?!\s+with\b)")
_CO_BEFORE = re.compile(r"\b(together|jointly)\s+(?=co-([a-z]+)\b)", re.IGNORECASE)
_UNISON = re.compile(r"\b(?:(together)\s+in unison|in unison\s+(together))\b", re.IGNORECASE)
_MUTUAL = re.compile(rf"\bmutual(?:ly)?\b((?:\s+{_W}){{0,4}}?)\s+((?:with|to|for|on|from)\s+)?(each other|one another)(?:['’]s?)?\b",
                     re.IGNORECASE)


# heads whose letter rarely stands for another word; not "account" ("NASA account": Administration),
# "code" ("ZIP code"), "index" ("MSCI index"), "test" ("MOT test"), "system"/"service"
_ACRONYM = re.compile(r"\b([A-Z]{3,6})\s+(tax|taxes|number|numbers|machine|machines|virus|viruses|format|protocol"
                      r"|disease|interface)\b")


def _co_verb(stem: str) -> bool:
    return "VERB" in lemmas("co" + stem) or "VERB" in lemmas(stem)


def _quoted(an: Analysis, a: int, b: int) -> bool:
    return an.any_quoted and any(t.quoted for t in an.tokens if a <= t.start < b)


def _add(out: list[Finding], an: Analysis, a: int, b: int, why: str) -> None:
    if _quoted(an, a, b):
        return
    out.append(Finding(a, b, "pleonasm:more", "pleonasm",
                       f"{quote(an.text[a:b])} is redundant: {why}.", ("",)))


def check_more_pleonasms(an: Analysis) -> list[Finding]:
    out: list[Finding] = []
    text = an.text
    low = an.lower_text()
    if "co-" in low and ("together" in low or "jointly" in low):
        for m in _CO_AFTER.finditer(text):
            mid = m.group(2).lower().split()
            if any(w in (".", "and", "but", "or", "with") for w in mid):
                continue
            if _co_verb(m.group(1)):
                _add(out, an, m.start(3), m.end(3), f"“co-{m.group(1)}” already says it")
        for m in _CO_BEFORE.finditer(text):
            if _co_verb(m.group(2)):
                _add(out, an, m.start(1), m.end(1), f"“co-{m.group(2)}” already says it")
    if "unison" in low:
        for m in _UNISON.finditer(text):
            g = 1 if m.group(1) else 2
            _add(out, an, m.start(g), m.end(g), "“in unison” already says it")
    if "mutual" in low and ("each other" in low or "one another" in low):
        for m in _MUTUAL.finditer(text):
            if any(w in ("and", "but", "or") for w in m.group(1).lower().split()):
                continue
            a = m.start(2) if m.group(2) else m.start(3)
            _add(out, an, a, m.end(3), "“mutual” already says it")
    if _ACRONYM_GATE.search(text):
        listed = _listed_acronyms()
        for m in _ACRONYM.finditer(text):
            acr, head = m.group(1), m.group(2)
            if acr[-1].lower() == head[0] and acr not in listed:
                _add(out, an, m.start(2), m.end(2), f"the “{acr[-1]}” of “{acr}” already says it")
    return out


_ACRONYM_GATE = re.compile(r"[A-Z]{3}")


@cache
def _listed_acronyms() -> frozenset[str]:
    return frozenset(r[0] for r in data.rows("acronyms.tsv"))
