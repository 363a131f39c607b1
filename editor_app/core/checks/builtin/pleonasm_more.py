"""More pleonasm classes (recall, session 9): togetherness said twice.

* A ``co-`` verb already says "together" / "jointly": "co-fund together", "co-wrote it jointly",
  "jointly co-host". ("together with X" is a preposition, not the repeat, and is left alone.)
* "in unison" already says "together": "sang together in unison", "in unison together".
* "mutual(ly)" already says "each other": "mutually agreed with each other".
* an acronym of three letters or more whose last letter is the first of a generic head noun that
  such acronyms end in ("GST tax", "ISBN number", "API interface", "PDF format"), beyond the hand
  list ``acronyms.tsv``. Not "system" or "service" ("the US system", "NHS staff": the letter
  stands for another word).

Time and ownership said twice (session 10), by word class rather than by listed phrase:

* a habit adverb (regularly, routinely, habitually, periodically) and "every/each <period>" in one
  clause: "regularly floods every spring";
* "upcoming" before "next/coming <period>" a few words on ("upcoming shows next month"), and
  "the future to come";
* "temporarily" and "for the time being / for now" in one clause;
* "own" before an adjective that says "of one alone" (unique, individual, personal, distinct):
  "its own unique livery";
* "never ever" (the "ever" repeats the "never").
"""

from __future__ import annotations

import re
from functools import cache

from editor_app.core.checks.builtin import data
from editor_app.core.checks.builtin.findings import Finding, quote, widen_acronym
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
_ACRONYM = re.compile(r"\b([A-Z]{2,6})\s+(tax|taxes|number|numbers|machine|machines|virus|viruses|format|protocol"
                      r"|disease|interface|network|networks)\b")
# (not "plan", "display", "card" or "account": "the GOP plan", "OLED display", "NFC card" - the last
# letter stands for another word; the acronyms that do end in them are listed in acronyms.tsv)
# a two-letter acronym only before the heads it nearly always ends in ("UI interface", "IP protocol")
_TWO_LETTER_HEADS = frozenset(["interface", "protocol"])


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
    if "every" in low or "each" in low:
        for m in _HABIT.finditer(text):
            _add(out, an, m.start(1), m.end(1), f"“{m.group(2)}” already says it")
    if "upcoming" in low:
        for m in _UPCOMING.finditer(text):
            _add(out, an, m.start(1), m.end(1), f"“{m.group(2)}” already says it")
    if "future" in low:
        for m in _FUTURE_TO_COME.finditer(text):
            _add(out, an, m.start(1), m.end(1), "“future” already says it")
    if "temporar" in low:
        for m in _TEMPORARILY.finditer(text):
            _add(out, an, m.start(1), m.end(1), "“temporarily” already says it")
    if " own " in low:
        for m in _OWN.finditer(text):
            if not _quoted(an, m.start(), m.end()):  # "own unique": either word goes; one is kept
                out.append(Finding(m.start(), m.end(), "pleonasm:more", "pleonasm",
                                   f"{quote(m.group(0))} says it twice; {quote(m.group(1))} alone is enough.",
                                   (m.group(1),)))
    if "never ever" in low:
        for m in _NEVER_EVER.finditer(text):
            _add(out, an, m.start(1), m.end(1), "“never” already says it")
    if _ACRONYM_GATE.search(text):
        listed = _listed_acronyms()
        for m in _ACRONYM.finditer(text):
            acr, head = m.group(1), m.group(2)
            if acr[-1].lower() == head[0] and acr not in listed and (len(acr) >= 3 or head in _TWO_LETTER_HEADS):
                _add(out, an, m.start(2), m.end(2), f"the \u201c{acr[-1]}\u201d of \u201c{acr}\u201d already says it")
    return [widen_acronym(text, f) for f in out]


_ACRONYM_GATE = re.compile(r"[A-Z]{2}")
# (a clause: no stop, semicolon, colon, dash or "and"/"but" between the two)
_GAP = r"(?:\s+(?!and\b|but\b|or\b|while\b|when\b|although\b)[A-Za-z'’-]+,?){0,6}?"
_PERIOD = (r"(?:day|night|week|weekend|fortnight|month|year|season|morning|afternoon|evening|spring|summer|autumn|"
           r"fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
           r"may|june|july|august|september|october|november|december|quarter|term|semester|shift)")
_HABIT = re.compile(rf"\b((?:[Rr]egularly|[Rr]outinely|[Hh]abitually|[Pp]eriodically))\b{_GAP}\s+((?:every|each)\s+"
                    rf"(?:single\s+)?{_PERIOD})\b", re.IGNORECASE)
_UPCOMING = re.compile(rf"\b([Uu]pcoming)\b(?:\s+[A-Za-z'’-]+){{1,3}}?\s+((?:next|coming)\s+{_PERIOD})\b",
                       re.IGNORECASE)
_FUTURE_TO_COME = re.compile(r"\bfuture\s+(to\s+come)\b", re.IGNORECASE)
_TEMPORARILY = re.compile(rf"\btemporar(?:ily|y)\b{_GAP}\s+(for\s+(?:the\s+time\s+being|now))\b", re.IGNORECASE)
_OWN = re.compile(r"\bown\s+(unique|individual|personal|distinct)\b")
_NEVER_EVER = re.compile(r"\bnever\s+(ever)\b(?!\s+(?:since|again|before|after))", re.IGNORECASE)


@cache
def _listed_acronyms() -> frozenset[str]:
    return frozenset(r[0] for r in data.rows("acronyms.tsv"))
