"""Web chrome and assistant talk judged by the shape of a line rather than by a list of lines.

``leftovers`` knows the exact wording of common page chrome and assistant phrases; this module
scores a short line (a paragraph, a list item, a soft-broken source line, or the first or last
sentence of a paragraph) by several weak cues together, so a new site's share bar or a new
assistant's sign-off is caught in words nobody listed:

* web_boilerplate: a line addressed to the reader as a *user of the site*: a call to action
  (``chrome_ui_verbs.txt``) on a thing of the page (``chrome_ui_nouns.txt``), a rail label
  (``chrome_ui_labels.txt``: "Tags:", "Most read", "Filed under"), counts ("12 comments"), reading
  times and time-ago stamps, bylines, separators ("|", "·", "»"), legal and affiliate text, and the
  shape of a button or link (short, no full stop, title case).
* chatbot_leftover: a sentence addressed to the *person who asked for the text*: an assistant's
  opener or sign-off (``chrome_chat_openers.txt``), "I" doing something to the text as a product
  (``chrome_chat_verbs.txt`` with ``chrome_chat_nouns.txt``) for "you", offers ("if you'd like"),
  "as you asked", its own limits (an AI, no live data), notes for the editor, placeholders in
  brackets, and labels of a deliverable ("Headline options:", "Meta description:").

No single cue is enough: "Readers shared their stories in the comments" names two page things but
is a reported sentence with a full stop, and "I hope you enjoy the walk" in a travel column has I
and you but no product being made and no offer.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from operator import attrgetter

from editor_app.core.checks.builtin import data, lexicon
from editor_app.core.checks.builtin.findings import Finding
from editor_app.core.checks.builtin.text import Analysis, Token
from editor_app.core.prose import PLACEHOLDER, ProseSegment

CHROME_THRESHOLD = 4
CHAT_THRESHOLD = 4
MAX_CHROME_WORDS = 40
MAX_CHAT_WORDS = 45

_WORD = re.compile(r"[a-z0-9@#&$£€%]+(?:[-'.][a-z0-9]+)*|[©®™]")
_LEADING = re.compile(r"^[^\w£$€©\[{]+")
_SEPARATORS = frozenset("|·•»›→←↑↓▸►◄«‹/")


@cache
def _phrases(name: str) -> tuple[frozenset[str], frozenset[str], int]:
    """(strong, weak, longest in words) of a cue list; weak entries start with "~"."""
    strong: set[str] = set()
    weak: set[str] = set()
    for line in data.lines(name):
        (weak if line.startswith("~") else strong).add(line.lstrip("~").lower())
    longest = max((len(p.split()) for p in strong | weak), default=1)
    return frozenset(strong), frozenset(weak), longest


@cache
def _lead_pairs(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """One-word entries, and the first two words of longer entries."""
    strong, weak, _ = _phrases(name)
    entries = strong | weak
    return (frozenset(p for p in entries if " " not in p),
            frozenset(" ".join(p.split()[:2]) for p in entries if " " in p))


def _may_lead(words: list[str], name: str) -> bool:
    """Can an entry of ``name`` start ``words``? (A cheap test before ``_lead``.)"""
    singles, pairs = _lead_pairs(name)
    if not words:
        return False
    w0 = words[0].replace("’", "'")
    return w0 in singles or (len(words) > 1 and f"{w0} {words[1]}".replace("’", "'") in pairs)


@cache
def _first_words(name: str) -> frozenset[str]:
    strong, weak, _ = _phrases(name)
    return frozenset(p.split()[0] for p in strong | weak)


def _lead(words: list[str], name: str) -> tuple[int, bool]:
    """Words of the longest entry of ``name`` that ``words`` start with, and whether it is strong."""
    strong, weak, longest = _phrases(name)
    if not words or words[0] not in _first_words(name):
        return 0, False
    for n in range(min(longest, len(words)), 0, -1):
        p = " ".join(words[:n])
        if p in strong:
            return n, True
        if p in weak:
            return n, False
    return 0, False


@cache
def _entries(name: str) -> frozenset[str]:
    strong, weak, _ = _phrases(name)
    return strong | weak


def _found(words: list[str], name: str) -> set[str]:
    """Distinct entries of ``name`` anywhere in ``words`` (phrases up to the list's longest)."""
    firsts = _first_words(name)
    out: set[str] = set()
    if firsts.isdisjoint(words):
        return out
    longest = _phrases(name)[2]
    entries = _entries(name)
    for i, w in enumerate(words):
        if w not in firsts:
            continue
        for n in range(1, min(longest, len(words) - i) + 1):
            p = " ".join(words[i : i + n])
            if p in entries:
                out.add(p)
    return out


def _words(s: str) -> list[str]:
    return _WORD.findall(s.lower().replace("’", "'"))


def _after(body: str, k: int) -> str:
    """``body`` after its first ``k`` words (as ``_words`` counts them)."""
    end = 0
    for n, m in enumerate(_WORD.finditer(body.lower().replace("’", "'"))):
        if n == k:
            break
        end = m.end()
    return body[end:].lstrip()


# Characters that re.IGNORECASE matches to an ASCII letter although str.lower() does not give one.
_ODD_FOLDS = re.compile("[ſıİ]")


class _Gated:
    """A pattern that is run only when the lower-cased text holds every literal of one of
    ``gates`` (each alternative of the pattern needs one of them), so the long alternations are
    not tried position by position over the many sentences without any of their words."""

    __slots__ = ("pattern", "singles", "pairs")

    def __init__(self, pattern: re.Pattern[str], gates: list[str | tuple[str, str]]) -> None:
        self.pattern = pattern
        self.singles = tuple(g for g in gates if isinstance(g, str))
        self.pairs = tuple(g for g in gates if not isinstance(g, str))

    def search(self, s: str) -> re.Match[str] | None:
        low = s.lower()
        for g in self.singles:
            if g in low:
                return self.pattern.search(s)
        for a, b in self.pairs:
            if a in low and b in low:
                return self.pattern.search(s)
        if not s.isascii() and _ODD_FOLDS.search(s) is not None:
            return self.pattern.search(s)
        return None

    def sub(self, repl: str, s: str) -> str:
        return self.pattern.sub(repl, s)


# --- web chrome -------------------------------------------------------------------------------

_COUNT_RE = re.compile(
    r"\b\d[\d,]*\s+(comments?|replies|repl(y|ies)|responses?|thoughts|shares?|likes?|views?|reactions?"
    r"|votes?|ratings?|reviews?|followers?|subscribers?|listens?|plays?|downloads?|pings?)\b"
    r"|\b(comments?|replies|reviews|photos|images|pictures|videos|items|results|responses|messages|notifications|likes"
    r"|discussion|conversation|thread"
    r"|shares|views|votes|ratings|articles|posts|stories|basket|cart|inbox)\s*\(\d[\d,]*\)"
    r"|\(\d[\d,]* (photos|images|pictures|videos|comments|replies|reviews|items|results|responses|slides)\)|\b(part|page|episode|chapter|image|photo|picture|slide|step) \d+ of \d+\b|\b\d+\s+thoughts? on\b|\bresponses? to\b|\bpage \d+ of \d+\b|\b\d+\s*/\s*\d+\b$",
    re.IGNORECASE,
)
_COUNT = _Gated(
    _COUNT_RE,
    ["comment", "repl", "response", "thought", "share", "like", "view", "reaction", "vote", "rating", "review",
     "follower", "subscriber", "listen", "play", "download", "ping", "(", "/",
     *((" of ", w) for w in ("part", "page", "episode", "chapter", "image", "photo", "picture", "slide", "step"))],
)
_READ_TIME_RE = re.compile(
    r"\b\d+\s*[-–]?\s*(min|mins|minutes?|m)\.?\s+(read|listen|watch|video|audio)\b|\breading time\b|\bread time\b"
    r"|\btime to read\b|^\W*listen\b.{0,30}\b\d+\s*(min|mins|minutes?)\b",
    re.IGNORECASE,
)
_READ_TIME = _Gated(
    _READ_TIME_RE,
    ["read", "listen", "watch", "video", "audio"],
)
_AGO = re.compile(
    r"\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|few)\s+(seconds?|secs?|minutes?|mins?|hours?|hrs?"
    r"|days?|weeks?|months?)\s+ago\b|\b\d{1,2}[:.]\d{2}\s*(am|pm)?\s*(bst|gmt|utc|est|edt|pst|pdt|cet|cest|et|pt)\b"
    r"|\b(bst|gmt|utc)\b",
    re.IGNORECASE,
)
_LEGAL_RE = re.compile(
    r"©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b|\bregistered (charity|company|office|in england)"
    r"|\b(company|charity|registration|vat) (number|no\.?|reg)\b\.?:?\s*(?:[a-z]{1,3}\s?)?\d|\b(privacy|cookie) (policy|notice|settings|preferences)\b"
    r"|\bterms (of|and|&) (use|service|conditions)\b|\bdoes not constitute\b|\bnot (intended as|a substitute for)"
    r" (financial|legal|medical|investment|professional)\b|\bfor (general )?information(al)? (purposes )?only\b"
    r"|\baffiliate (links?|disclosure|partner|programme|program)\b|\b(earn|receive|make) (a )?(small )?commissions?\b"
    r"|\bqualifying purchases\b|\bat no (extra|additional) cost to you\b(?=.*\b(commissions?|affiliate|links?|earn|purchases?|buy|book|sign up|subscribe))|(?:commissions?|affiliate|links?|earn|purchases?|buy|book|sign up|subscribe)\b.*\bat no (extra|additional) cost to you\b|\bprices? (were )?(correct|accurate) at (the )?time\b"
    r"|\bwe use cookies\b|\buse of cookies\b|\bad ?blocker\b|\bfree articles?\b|\bsubscribers? only\b"
    r"|\balready (a subscriber|a member|have an account|registered|subscribed)\b|\bcancel any ?time\b"
    r"|\breached (the end of )?your (free|preview|limit)|\bfree preview\b|\bad-free\b|\breaders like you\b"
    r"|\b(one-off|one-time|monthly|annual|regular) (contribution|donation|gift)\b"
    r"|\bthis (review|post|article|content|video|episode|feature|story) (was|is) (sponsored|paid for|funded|supported)\b"
    r"|\bregistered (users|readers|members|subscribers)\b|\b(reached|used up|used) (your|all your|the) (limit|free|monthly"
    r"|article limit|allowance)\b"
    r"|\b(exclusive(ly)?|only|available) (to|for) (subscribers|members|premium)\b|\bsubscriber-only\b|\bmembers-only\b"
    r"|\b(we and our partners|our partners and we)\b|\bprocess (your |personal )?data\b|\bwe value your privacy\b|\byour privacy (choices|settings|options)\b|\bcommissions? (on|from) (purchases|sales|links)\b"
    r"|\b(earn|receive|make|get)\b.{0,25}\bcommissions?\b|\b(through|via|using) (our|these|the) links\b"
    r"|\bprices? (and availability )?(may|might|can|are subject to) change\b|\bsubject to availability\b",
    re.IGNORECASE,
)
_LEGAL = _Gated(
    _LEGAL_RE,
    ["©", "(c)", "copyright", "rights reserved", "registered ",
     *(f"{a} {b}" for a in ("company", "charity", "registration", "vat") for b in ("number", "no", "reg")),
     "privacy", "cookie ", "terms ", "constitute", "intended as", "substitute for", ("information", "only"), "affiliate ",
     "commission", "qualifying purchases", "cost to you", ("price", "time"), "cookies", "blocker", "free article",
     ("subscriber", "only"), "already a ", "already have an account", "already registered", "already subscribed",
     "cancel any", ("reached ", "your "), "free preview", "ad-free", "readers like you",
     *(f"{a} {b}" for a in ("one-off", "one-time", "monthly", "annual", "regular")
       for b in ("contribution", "donation", "gift")),
     *(f"{a} {b}" for a in ("was", "is") for b in ("sponsored", "paid for", "funded", "supported")), "reached ",
     ("used ", "limit"), ("used ", "free"), ("used ", "monthly"), ("used ", "allowance"),
     *(f"{a} {b}" for a in ("to", "for") for b in ("subscribers", "members", "premium")), "subscriber-only",
     "members-only", "our partners", ("process ", "data"), " links", ("price", "change"), "subject to availability"],
)
_YES_NO = re.compile(r"\byes\s*[/|·]?\s*no\b\W*$", re.IGNORECASE)
_BYLINE = re.compile(
    r"^\W*(?i:by (our|a|the) (\w+ )?(correspondent|reporter|staff|team|editor|writer|desk|newsroom)\b)|"
    r"^\W*(?i:by|words by|written by|posted by|reporting by|story by|words and pictures by|text by)\s+[A-Z][\w'’.-]+(\s+(de |van |von )?[A-Z][\w'’.-]+){0,3}"
    r"\s*($|[|·•,–—-]|\band\b|\bon\b|\bin\b)"
)
_SITE_DEIXIS = re.compile(
    r"\b(this|our|the full|the whole) (article|story|post|page|site|website|episode|guide|recipe|review|podcast"
    r"|newsletter|journalism|app|topic|series|feed|channel|community|ad|advert|advertisement|message|gallery|video)\b"
    r"|\bour (readers|team|newsroom|partners?|sponsors?|reporting|coverage|journalists|reporters|writers|work|links)\b"
    r"|\byour (inbox|feed|account|basket|cart|subscription|browser|device|settings|preferences|email address|reading list)\b",
    re.IGNORECASE,
)
_PEOPLE_COUNT = re.compile(
    r"\b\d[\d,.]*k? (people|readers|users|others|members|listeners|viewers)\b.{0,25}\b(talking|commenting|reading|viewing"
    r"|watching|listening|like|liked|shared|recommend|follow|subscribed|signed)", re.IGNORECASE)
_RESPONSES_TO = re.compile(r"\b\d+\s+(thoughts?|responses?|comments?|replies|reactions?) (on|to)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(
    rf"\b\d{{1,2}}(st|nd|rd|th)? {_MONTH},? \d{{4}}\b|\b{_MONTH} \d{{1,2}}(st|nd|rd|th)?,? \d{{4}}\b|\b\d{{1,2}}[:.]\d{{2}}\b"
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b",
    re.IGNORECASE,
)
# A reviewer's score on a line of its own: a rating label and a mark, nothing else (a shop's widget
# adds a count of ratings: "4.5 (1,203 ratings)").
_REVIEW_SCORE = re.compile(
    r"^\W*(?:(?:our|my|the|overall|final) )*(?:rating|score|verdict|stars?|grade|mark)\s*[:\-–—]?\s*"
    r"(?:\d+(?:\.\d+)?\s*(?:(?:/|out of)\s*\d+(?:\.\d+)?)?|[★☆⭐✩✪✫✬✭✮✯✰½]+(?:\s*\(\d+(?:\.\d+)?\s*(?:/|out of)\s*\d+\))?)"
    r"\s*(?:stars?)?[\s.!*_]*$",
    re.IGNORECASE,
)
_COUNT_KEYS = frozenset(["thoughts", "thought", "responses", "response", "page"])
_READ_KEYS = frozenset(["reading", "read", "listen"])
_AGO_KEYS = frozenset(["ago", "bst", "gmt", "utc"])
_BYLINE_KEYS = frozenset(["by", "words", "written", "posted", "reporting", "story"])
_FORM_KEYS = frozenset(["required", "mandatory", "fields", "field", "published", "shared", "displayed", "public",
                        "moderation", "moderated", "appear", "approved", "moderator",
                        "comments", "comment", "replies", "commenting", "registration", "voting", "poll", "submissions",
                        "entries"])
_US = re.compile(r"\b(help|helps|support|contact|tell|join|follow|email|message|write to|sponsor|advertise with) us\b",
                 re.IGNORECASE)
_DEIXIS_KEYS = frozenset(["this", "our", "full", "whole", "your", "us"])
# Words one of which every alternative of _LEGAL contains.
_LEGAL_GATE = frozenset(
    ["copyright", "rights", "registered", "company", "charity", "registration", "vat", "privacy", "cookie", "cookies",
     "terms", "constitute", "intended", "substitute", "information", "informational", "affiliate", "commission",
     "commissions", "purchases", "cost", "prices", "price", "blocker", "adblocker", "ad-blocker", "adblock", "articles",
     "article", "subscribers", "subscriber", "members", "premium", "subscriber-only", "members-only", "already",
     "cancel", "links", "availability", "c", "limit", "allowance", "partners", "data", "preview", "ad-free", "like",
     "contribution", "donation", "gift", "sponsored", "funded"])
_LEGAL_STRONG_RE = re.compile(
    r"©|\ball rights reserved\b|\bregistered charity\b|\bqualifying purchases\b|\bat no (extra|additional) cost to you\b(?=.*\b(commissions?|affiliate|links?|earn|purchases?|buy|book|sign up|subscribe))|(?:commissions?|affiliate|links?|earn|purchases?|buy|book|sign up|subscribe)\b.*\bat no (extra|additional) cost to you\b|\bdoes not constitute\b|\bfor (general )?information(al)?"
    r" (purposes )?only\b|\bnot (intended as|a substitute for)\b|\baffiliate links?\b", re.IGNORECASE)
_LEGAL_STRONG = _Gated(
    _LEGAL_STRONG_RE,
    ["©", "rights reserved", "registered charity", "qualifying purchases", "cost to you", "constitute",
     ("information", "only"), "intended as", "substitute for", "affiliate link"],
)
_FORM = re.compile(
    r"\b(required|mandatory) fields?\b|\bfields? marked\b|\bwill not be (published|shared|displayed|made public)\b"
    r"|^\W*(comments?|replies|commenting|registration|voting|the poll|submissions|entries)\s+(are|is|has been|have been)"
    r"\s+(now )?(closed|disabled|turned off|off|open)\b"
    r"|\b(awaiting|pending|under) moderation\b|\b(comments?|replies|posts|submissions|messages|reviews) (are|is|will be)"
    r" (pre-)?moderated\b|\bwill (appear|be published|be visible|show) (once|after|when)\b.{0,40}\b(approv|moderat)"
    r"|\bmay take (a while|some time|a few"
    r" minutes) to appear\b",
    re.IGNORECASE,
)
# A page asking the reader to judge it: "How would you rate this article?", "Did we get something wrong?"
_FEEDBACK = re.compile(
    r"\b(rate|rating for|review) (this|the|our) (article|story|recipe|episode|page|guide|post|product|podcast|review)\b"
    r"|\bwas this (article|page|story|guide|post|review|answer|information)? ?(helpful|useful)\b"
    r"|\bdid you (find|like|enjoy) this\b|\bdid we get (something|anything) wrong\b"
    r"|\b(spotted|found|seen|notice|noticed) (a|an) (mistake|error|typo|inaccuracy)\b",
    re.IGNORECASE,
)
_FEEDBACK_KEYS = frozenset(["rate", "rating", "review", "helpful", "useful", "find", "like", "enjoy", "wrong", "mistake",
                            "error", "typo", "inaccuracy"])
_PRICE_PERIOD = re.compile(r"[£$€]\s?\d[\d.,]*\s?(a|per|/)\s?(month|week|year|mo|wk|yr)\b", re.IGNORECASE)
_URGENT = re.compile(
    r"\b(now|today|here|below|for free|it's free|it’s free|free|instantly|in seconds|for later)\b"
    r"|[!→»]", re.IGNORECASE)
_SENTENCE_STARTS = re.compile(r"(?<=[.!?:])\s+")
_NARRATIVE = frozenset(
    ["said", "says", "told", "according", "asked", "explained", "recalled", "wrote", "advise", "advises", "advised",
     "urge", "urges", "urged", "warn", "warns", "warned", "insist", "insists", "insisted", "argue", "argues", "argued",
     "claimed", "admitted", "admits", "reported", "found"])
# A past-tense report ("The privacy policy was rewritten after the breach") is the article's own.
_PAST = frozenset(["was", "were", "had", "wasn't", "weren't", "hadn't"])
# Words after a first word that make it a subject, not an imperative ("Jump starts are free").
_FINITE = frozenset(["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might",
                     "must", "should", "isn't", "aren't", "wasn't", "weren't"])
# A report about people ("They moved the market to Fridays."); a banner's "It looks like ..." or
# "We use cookies" is not one.
_PRONOUN_SUBJECT = frozenset(["he", "she", "they", "who", "there"])


def subject_then_verb(second: str, third: str) -> bool:
    """Is ``second`` only a noun and ``third`` a verb in the third person singular ("conversion
    requires", "centre closes")? Then the first word heads a compound noun subject ("Text
    conversion requires ...") rather than ordering the reader about."""
    forms = lexicon.lemmas(second)
    if not forms or set(forms) - {"NOUN"}:
        return False
    verb = lexicon.lemmas(third)
    return set(verb) == {"VERB"} and third.endswith("s") and not third.endswith("ss")


def _imperative(words: list[str]) -> bool:
    """Does a call to action open ``words`` ("Share this", not "Jump starts are free")?"""
    k, _ = _lead(words, "chrome_ui_verbs.txt")
    if k == 1 and words[1:2] == ["of"]:
        return False  # a noun: "Report of the inquiry", "Share of the vote"
    if k == 1 and len(words) >= 3 and subject_then_verb(words[1], words[2]):
        return False  # a compound noun and its verb: "Text conversion requires a subscription"
    return bool(k) and _FINITE.isdisjoint(words[k : k + 2])


_CLOCK = re.compile(r"\d[:.]\d")


def _ago(s: str) -> bool:
    """``_AGO.search(s)``, run only when ``s`` holds what one of its alternatives needs: "ago", a
    clock time or "bst", "gmt", "utc" (most lines with a figure have none of them)."""
    low = s.lower()
    if ("ago" in low or "bst" in low or "gmt" in low or "utc" in low or _CLOCK.search(s) is not None
            or not s.isascii() and _ODD_FOLDS.search(s) is not None):
        return _AGO.search(s) is not None
    return False


def _stamp_only(s: str) -> bool:
    rest = _AGO.sub(" ", _DATE.sub(" ", s))
    if rest == s:
        return False
    left = [w for w in _words(rest) if w not in _STAMP_WORDS]
    return len(left) <= 1


# Weak labels that are page navigation when a colon follows: "Previous: Why the bridge closed".
_NAV_COLON = frozenset(["previous", "next", "prev", "older", "newer", "up next", "read next", "coming up", "next up"])
_STAMP_WORDS = frozenset(
    ["yesterday", "today", "at", "on", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "am", "pm", "bst", "gmt", "utc",
     "edt", "est", "cet", "updated", "posted", "published", "just", "now", "last", "ago"])


@cache
def _nav_words() -> frozenset[str]:
    return data.phrase_set("chrome_ui_sections.txt")


_POINTER = re.compile(
    r"^\W*(?i:further reading|related reading|related|read more|more|also read|see also|read next|recommended|"
    r"more on this story)\s*:\s+[a-z]")


def pointer_sentence(text: str) -> bool:
    """"Further reading: the society publishes guidance on ...": a link label followed by a
    sentence of the writer's own (lower-case start, six words or more, a full stop), not by a
    headline ("Read more: Council rejects second solar farm")."""
    t = text.strip()
    return t.endswith(".") and _POINTER.match(t) is not None and len(t.partition(":")[2].split()) >= 6


# "Ashvale Food Bank is a registered charity in England and Wales (no. 1162093).": the publisher's
# own sentence about itself, a named subject and a full stop, as a charity's newsletter closes; a
# site's footer gives the number as a label ("Registered charity no. 1162093") or with the other
# furniture of a footer (a copyright line, a registered office, a company number, policy links).
_OWN_REGISTRATION = re.compile(
    r"^\W*(?:the )?(?:[A-Z][\w'’&.-]*,? )(?:(?:of|for|and|the|on|in|&) |[A-Z][\w'’&.-]*,? ){0,9}is a registered charity\b"
    r"[^©|•·]{0,120}[.!]\W*$")
_FOOTER_FURNITURE = re.compile(
    r"©|\(c\)|\bcopyright\b|\brights reserved\b|\bregistered (office|address|in)\b|\bcompany (no|number|reg)"
    r"|\b(privacy|cookie)\b|\bterms (of|and|&)\b|\bvat\b", re.IGNORECASE)


# "Aroha Pene (Central), 2,940 votes": a candidate's result in a list, a name before the count; a
# poll widget's count stands alone ("1,204 votes").
_RESULT_LINE = re.compile(r"^\W*[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}(?: \([^)]{1,40}\))?,? [\d,.]+ votes?\b")
_BUT_CLAUSE = re.compile(r", but (?:it|they|he|she|the|its|their|his|her)\b", re.IGNORECASE)
_ISSUE = re.compile(r"\bissue\s+(?:no\.?\s*)?\d+\b", re.IGNORECASE)


def masthead(text: str) -> bool:
    """ "Issue 118 · May 2, 2025", "Newsletter of Tynedale Hedgehog Rescue — Issue 27, October 2026":
    a newsletter's own masthead (its issue number, date and name), not a site's meta bar, which
    asks for something or counts something ("Issue 12 | Subscribe | Share")."""
    if "issue" not in text.lower() or "|" in text or _ISSUE.search(text) is None:
        return False
    words = _words(text)
    return (len(words) <= 25 and _first_words("chrome_ui_verbs.txt").isdisjoint(words)
            and _COUNT.search(text) is None and _READ_TIME.search(text) is None)


def own_registration(text: str) -> bool:
    """Is ``text`` a charity's own sentence giving its registration (``_OWN_REGISTRATION``)?"""
    t = text.strip()
    return ("registered charity" in t and _OWN_REGISTRATION.match(t) is not None
            and _FOOTER_FURNITURE.search(t) is None)


# "This briefing is for general information only and does not constitute legal advice.": the
# piece's own disclaimer, naming itself, as a law firm's briefing or a finance column closes; a
# site's footer speaks of the site ("The content of this website does not constitute advice") or
# asks for something. (Both such disclaimers in the training sets stand in clean articles.)
_DISCLAIMER_ASK = re.compile(
    r"\b(subscrib\w*|newsletters?|sign(?:ing)? up|share|follow|support|donat\w*|inbox|members?hip)\b", re.IGNORECASE)
_OWN_DISCLAIMER = re.compile(
    r"^\W*this (?:briefing|article|post|guide|newsletter|column|note|update|piece|explainer|alert|bulletin|blog post"
    r"|report|issue|summary|fact ?sheet|story|podcast|episode|commentary|insight|client note)\b[^.!?]{0,120}"
    r"\b(?:advice|information only)\b", re.IGNORECASE)


def own_disclaimer(text: str) -> bool:
    """Is ``text`` a piece's own disclaimer (``_OWN_DISCLAIMER``), asking the reader for nothing?"""
    return _OWN_DISCLAIMER.match(text) is not None and _DISCLAIMER_ASK.search(text) is None



def chrome_score(line: str, standalone: bool = False) -> int:
    """How much ``line`` looks like page chrome. ``standalone``: a paragraph or source line of its
    own (not a list item, where a guide's short instructions live)."""
    coded = PLACEHOLDER in line  # inline code or an image: a technical line, not a widget label
    s = line.strip().replace(PLACEHOLDER, "").strip()
    words = _words(s)
    n = len(words)
    if not n or n > MAX_CHROME_WORDS:
        return 0
    if n <= 8 and _REVIEW_SCORE.match(s):
        return 0  # a review's own verdict line ("Rating: 4/5", "Our verdict: 8 out of 10")
    if pointer_sentence(s) or own_registration(s) or masthead(s) or own_disclaimer(s):
        return 0
    # A line ending in a colon introduces what follows, as an article's line does.
    stop = s.rstrip(" *_)\"”").endswith((".", "!", "?", ":"))
    score = 0
    body = _LEADING.sub("", s)  # bullets, arrows, emoji
    lead_words = words if body == s else _words(body)
    k, strong = _lead(lead_words, "chrome_ui_labels.txt")
    after = _after(body, k) if k else ""
    if k:
        labelled = not after or after[:1] in ":|·•»›→—–-("
        if strong and (labelled or (k >= 2 and not stop)):
            score += 3
        elif labelled and after[:1] == ":":
            score += 3 if _DATE.search(after) or " ".join(lead_words[:k]) in _NAV_COLON else 1
        elif _DATE.search(after[:40]) or _AGO.search(after[:40]):
            score += 2  # "Updated 5 Mar 2026", "Published 14:32 BST"
    seps = 0 if _SEPARATORS.isdisjoint(s) else sum(1 for tok in s.split() if tok in _SEPARATORS)
    if seps and s.count(":") >= 2:
        seps = 0  # a fact box of "Key: value" pairs ("Serves: 4 | Prep: 15 minutes"), the article's own
    score += 2 if seps >= 2 else seps
    ws = set(words)
    digits = _DIGIT.search(s) is not None
    if (digits or not _COUNT_KEYS.isdisjoint(ws)) and _COUNT.search(s) and not _RESULT_LINE.match(s):
        score += 3 + bool(_RESPONSES_TO.search(s))
    if (digits or not _READ_KEYS.isdisjoint(ws)) and _READ_TIME.search(s):
        score += 3
    if digits and _PEOPLE_COUNT.search(s):
        score += 3
    if n <= 8 and (digits or not _AGO_KEYS.isdisjoint(ws)) and not stop and _stamp_only(s):
        score += 3  # a line that is nothing but a date or a time: "2 hours ago", "Mon 3 Mar 2025"
    if standalone and n <= 3 and not stop and (" ".join(words) in _nav_words() or all(w in _nav_words() for w in words)):
        score += 4  # a site's section menu: "Opinion", "Jobs", "Site map"
    if (digits or not _AGO_KEYS.isdisjoint(ws)) and (not stop or n <= 8) and _ago(s):
        score += 2
    legal = ("©" in s or not _LEGAL_GATE.isdisjoint(ws)) and _LEGAL.search(s) is not None
    if legal:
        score += 3
        if _LEGAL_STRONG.search(s):
            score += 1
    if "yes" in ws and _YES_NO.search(s):
        score += 3
    if n <= 12 and lead_words[:1] and lead_words[0] in _BYLINE_KEYS and _BYLINE.match(s):
        if not seps and not digits:
            return 0  # the article's own credit line ("By Ann Lee, health correspondent"); a page's
            # byline comes in a meta bar with a date or a reading time ("By Ann Lee | 4 min read")
        score += 3
    if not _FORM_KEYS.isdisjoint(ws) and _FORM.search(s):
        score += 4
    if not _FEEDBACK_KEYS.isdisjoint(ws) and _FEEDBACK.search(s):
        score += 3
    if not stop and digits and _PRICE_PERIOD.search(s):
        score += 2  # "Unlock full access for £4.99 a month"
    # A call to action may be any sentence of a short unit ("Drink responsibly. Find out more ...").
    parts = _SENTENCE_STARTS.split(body)
    if len(parts) == 1:
        v = int(bool(body) and _imperative(lead_words))
    else:
        v = sum(1 for part in parts if part and _imperative(_words(part)))
    nouns = _found(words, "chrome_ui_nouns.txt")
    deixis = not _DEIXIS_KEYS.isdisjoint(ws) and _SITE_DEIXIS.search(s) is not None
    # the site speaking as "us" on a button or banner ("Ads help us keep this site free"); in a
    # finished sentence ("Write to us by email or by post.") it is a newspaper's ordinary prose
    deixis = deixis or (not stop and "us" in ws and _US.search(s) is not None)
    if v:
        # A finished sentence ("Download the installer from the releases page.") is an instruction
        # in a how-to unless it speaks of this site or urges.
        score += min(v, 2) + min(len(nouns), 1 if stop else 2) + deixis + bool(_URGENT.search(s))
        if n <= 5 and not stop:
            score += 1
        if standalone and n <= 12:
            score += 1
    elif nouns and (not stop or n <= 12):
        score += min(len(nouns), 2) - 1 + deixis
    if not stop and n <= 10:
        score += 1
        caps = sum(1 for w in s.split() if w[:1].isupper() or not w[:1].isalpha())
        if n >= 2 and caps * 3 >= len(s.split()) * 2:
            score += 1
    if not _NARRATIVE.isdisjoint(words) or (words[0] in _PRONOUN_SUBJECT and stop and n > 6):
        score -= 3
    if stop and not _PAST.isdisjoint(ws):
        score -= 2
    if stop and "but" in ws and _BUT_CLAUSE.search(s) is not None:
        score -= 2  # "The feed is free, but it comes with terms of use:": a report weighing two facts
    if n > 25 and not legal:  # a disclosure or a cookie notice runs long; a button does not
        score -= 2
    if coded:
        score -= 2
    return score


# --- assistant talk ---------------------------------------------------------------------------

_FIRST = frozenset(["i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself"])
_SECOND = frozenset(["you", "your", "you're", "you've", "you'd", "you'll", "yours", "yourself"])
_CHAT_TRIGGERS = _FIRST | _SECOND | frozenset(
    ["requested", "instructed", "publishing", "publication", "placeholder", "placeholders", "cutoff", "cut-off", "model",
     "ai", "please", "invented", "illustrative", "hypothetical", "made-up", "tk"])
_OFFER_RE = re.compile(
    r"\bif (you'd|you would|you prefer|you want|you wish|you need|you like|needed|necessary|required|desired"
    r"|helpful|useful|that's useful|that's helpful|preferred)\b|\bi('d| would) love to\b(?! (see|meet|visit|watch|spot|find|hear (from|how|about))\b)|\bif (that|this|it) (would be|is|'s|helps|works)\b"
    r"|\b(would|do) you (like|want|prefer|need)\b|\b(shall|should) i\b|\bwant me to\b|\bwould it help\b"
    r"|\b(i('d| would)|i'm|i am) (be )?(happy|glad|delighted|more than happy) to\b|\bi can (also )?(?!(see|find|spot|meet|visit|watch|hear)\b)\w+"
    r"|\blet me know\b|\bfeel free\b|\bjust (say|tell me|ask)\b|\b(would|are) you (be )?interested in\b|\bwould (a|an|it|some|the)\b.{0,60}\b(help|be useful|be helpful|work better)\b"
    r"|\bas (needed|necessary|required|you see fit|appropriate)\b|\bif you (have|know|get) (them|it|one|any|the)\b",
    re.IGNORECASE,
)
# (The writer who wants to see what readers make or do is not offering a deliverable: "If you
# knit one, I'd love to see it", "Tag your photos so that I can find them".)
_OFFER = _Gated(
    _OFFER_RE,
    ["if ", "love to", "you like", "you want", "you prefer", "you need", "shall i", "should i", "want me to",
     "would it help", "happy to", "glad to", "delighted to", "i can", "let me know", "feel free", "just ",
     "interested in", ("would ", "help"), ("would ", "useful"), ("would ", "work better"), "as needed",
     "as necessary", "as required", "as you see fit", "as appropriate"],
)
_AS_ASKED = re.compile(
    r"\bas (you )?(asked|requested|suggested|specified|wanted|mentioned|instructed|described|outlined)\b(?! by)"
    r"|\bper your (request|brief|instructions|comments|notes|feedback|suggestions|edits)\b|\b(you|you've) (provided|shared|sent|supplied|gave|gave me|sent me)\b"
    r"|\bthe (notes|details|information|figures|brief|text|draft|points) you\b"
    r"|\b(?:that |which )?you (?:asked for|asked me|requested|wanted|specified)\b",
    re.IGNORECASE,
)
# "every request you sent", "any letter you gave them": a quantified noun is the reader's own
# papers in general; an assistant names the asker's material ("the notes you provided").
_QUANTIFIED_BEFORE = re.compile(r"\b(?:every|each|any|all|whatever|no)(?: [\w'-]+){1,2} $", re.IGNORECASE)


def _as_asked(norm: str) -> bool:
    """Does ``norm`` refer to the asker's request or material (``_AS_ASKED``)?"""
    for m in _AS_ASKED.finditer(norm):
        if m.group(0).lower().startswith("you") and _QUANTIFIED_BEFORE.search(norm, 0, m.start()):
            continue
        return True
    return False


_AI_SELF_RE = re.compile(
    r"\b(as an? |i'm an? |i am an? |i'm just an? |i am just an? |being an? |since i'm an? |because i'm an? )(ai|artificial intelligence|language model|chatbot"
    r"|virtual assistant|assistant)\b|\b(large )?language model\b|\bmy training data\b"
    r"|\bmy (last |latest |most recent )?(training|knowledge) ?(data|update|cutoff|cut-off|base|date)\b|\bi('m| am) not an? (qualified |licensed |certified )?"
    r"(financial|medical|legal|tax|investment|health|mental health)? ?(adviser|advisor|professional|expert|doctor"
    r"|lawyer|accountant|planner)\b"
    r"|\bmy (information|data|knowledge|training)( \w+)? (may|might|only|is|goes|extends|was|stops)\b"
    r"|\b(knowledge|training) (cutoff|cut-off)\b|\bi (don't|do not|can't|cannot|couldn't|could not|am unable to|was unable to)"
    r" (have )?(browse|browsing|access to (the internet|the web|real-time|live|current|up-to-date))\b"
    r"|\b(real-time|live|up-to-date|current) (data|information|access|figures|prices)\b.{0,30}\b(i|my)\b",
    re.IGNORECASE,
)
_AI_SELF = _Gated(
    _AI_SELF_RE,
    [" ai", "intelligence", "language model", "chatbot", "assistant", "training", "knowledge", "not a",
     ("my ", "information"), ("my ", "data"), "brows", "access to", " data", " information", " access", " figures",
     " prices"],
)
# What an assistant cannot do for the asker ("I couldn't verify the fares"): a cue, not proof (a
# writer also fails to find things).
_LIMIT = re.compile(
    r"\bi (don't|do not|can't|cannot|couldn't|could not|am unable to|was unable to|wasn't able to|haven't been able to)"
    r" (have access|access|verify|confirm|check|find|listen|watch|taste|see|predict|guarantee|know|independently)\b",
    re.IGNORECASE,
)
_EDITOR = re.compile(
    r"\bbefore (publishing|publication|you publish|it goes live|going to print|going live|it runs"
    r"|(?:this|it|the (?:piece|story|article|post)) (?:goes live|goes to print|runs|is published|goes out))\b"
    r"|\byou (may|might|will|'ll) (want|need|wish) to (check|verify|double-check|confirm|replace|add|swap|update"
    r"|adjust|include|remove|tweak|change|insert|fill)\b|\bplease (check|verify|double-check|confirm|review|replace"
    r"|fill in|add)\b|\b(invented|made-up|illustrative|fictional|hypothetical) (quotes?|figures?|placeholders?|names?)\b"
    r"|\bplaceholders?\b|\bswap in\b|\bfill in\b"
    r"|\b(?:verify|double-check|confirm) (?:these|those|the|this)(?: [\w-]+)? (?:figures|numbers|details|dates|facts"
    r"|titles|timings|times|spellings?|names|quotes|threshold|totals)\b",
    re.IGNORECASE,
)
# A review's or report's statement of independence, about a third party and in the past: "The
# maker did not see this review before publication", "It had no say over the piece before
# publishing". An assistant's note to the editor asks for something ("check the figures before
# publication").
_INDEPENDENCE = re.compile(r"\b(?:did not|didn't|never|had no|has no|was not|wasn't)\b[^.;:!?]{0,60}\bbefore "
                           r"(?:publishing|publication|it (?:was|went) (?:published|live))\b", re.IGNORECASE)
_PLACEHOLDER_BRACKET = re.compile(
    r"\[\s*(insert|add|include|quote|name|link|photo|image|source|date|statistic|stat|citation|tk|todo|your|company"
    r"|client|author|title|headline|caption|url|number|figure|location|product|brand|here|placeholder|xx+)\b[^\]]{0,80}\]"
    r"|\[[A-Z][A-Z0-9 ,'’./&-]{3,60}\]|\{\{[^}]{1,40}\}\}|<\s*(insert|add|your)\b[^>]{0,60}>|\bTK\b",
    re.IGNORECASE,
)
_NUMBERED_OPTION = re.compile(
    r"^\W*(option|version|variant|alternative|alt|headline|title|idea)\s*#?\d+(\s*[:)–—]|\.(?!\d))", re.IGNORECASE
)
_QUOTED_TITLE = re.compile(r"[\"“][A-Z][^\"”]{5,90}[\"”]")
_QUOTED_SPAN = re.compile(r'[“"][^“”"]{1,300}[”"](?:\s*\(\s*[“"][^()]{0,200}\))?')
_HERE_DELIVERABLE = re.compile(
    r"^\W*(here's|here is|here are|below is|below are|below you'll find|below you will find|attached is|this is)"
    r" (a|an|the|your|my|some|two|three|four|five)\b",
    re.IGNORECASE,
)


# The sentence tokens' spelling of the triggers (``text.Token.lower`` keeps curly apostrophes).
_CHAT_TRIGGERS_TOK = _CHAT_TRIGGERS | frozenset(w.replace("'", "’") for w in _CHAT_TRIGGERS)



# Words one of which each pattern needs (the patterns run only on sentences that have one).
_OFFER_KEYS = frozenset(["if", "you", "you'd", "i", "i'd", "i'm", "me", "free", "just", "shall", "should"])
_AS_ASKED_KEYS = frozenset(["as", "per", "you", "you've"])
_AI_KEYS = frozenset(["ai", "intelligence", "model", "chatbot", "assistant", "my", "i", "i'm", "cutoff", "cut-off"])
_EDITOR_KEYS = frozenset(["before", "verify", "double-check", "confirm", "you", "please", "invented", "made-up", "illustrative", "fictional", "hypothetical",
                          "placeholder", "placeholders", "swap", "fill"])
_HERE_KEYS = frozenset(["here's", "here", "below", "attached", "this"])
_CHAT_FIRST_EXTRA = frozenset(["would", "consider", "try", "think", "remember", "don't", "make", "be", "end"])


_SIGN_OFF_RE = re.compile(
    r"\b(good luck|best of luck|all the best) with (the|your)\b|\bhappy (writing|editing|publishing|blogging|posting|drafting)\b"
    r"|\b(hope|hopefully) (this|that|it|these)\b.{0,40}\b(helps?|useful|helpful|works? for you|gives you|gives your)\b"
    r"|\bglad (i|this|it|that) (could |was able to )?(help|helped|was useful)\b|\ba fun one to write\b",
    re.IGNORECASE,
)
_SIGN_OFF = _Gated(
    _SIGN_OFF_RE,
    ["luck", "all the best", "happy ", "hope", "glad ", "a fun one to write"],
)
# The asker is the writer: "you could also mention ...", "you might want to add ...".
_YOU_WRITE = re.compile(
    r"\byou (could|might|may|can|should|will want to|'ll want to|might want to|may want to|could always) (also |easily |then )?"
    r"(mention|add|include|note|cite|quote|link|insert|expand on|cut|swap|replace|tweak|adjust|rephrase|reword|change|drop"
    r"|trim|shorten|update|credit|attribute)\b",
    re.IGNORECASE,
)
_ADVICE_TO_WRITER = re.compile(
    r"(?i:consider|try|think about|remember to|don't forget to|make sure to|be sure to) "
    r"(adding|including|cutting|expanding|mentioning|quoting|linking|citing|shortening|trimming|add|include|mention|cite"
    r"|quote|link|cut)\b"
)
_END_MARKER = re.compile(
    r"^\W*(end of (the )?(article|draft|post|story|piece|text|document|response|revision|rewrite)|\[end\]|[-=*]{2,} ?end ?[-=*]{2,})\W*$",
    re.IGNORECASE)
_THIS_DRAFT = re.compile(r"(?i:this|the above|the following) (draft|rewrite|revision|redraft|edit|version)\b")
_COMPARE = re.compile(r"\b(shorter|longer|tighter|punchier|more formal|less formal|simpler|clearer|than the original"
                      r"|than before|than your)\b", re.IGNORECASE)


def chat_score(sentence: str) -> int:
    """How much ``sentence`` looks like an assistant talking to the person who asked for the text."""
    s = sentence.strip().replace(PLACEHOLDER, "").strip()
    # Someone's words in quotation marks, and a gloss of them in brackets after ('A nurse might say
    # "..." ("Can I see your chart?")'), are theirs: their "I" and "you" are no exchange with an asker.
    norm = s.replace("’", "'")
    if '"' in norm or "“" in norm:
        norm = _QUOTED_SPAN.sub(" ", norm)
    words = _words(norm)
    n = len(words)
    if not n or n > MAX_CHAT_WORDS:
        return 0
    body = _LEADING.sub("", norm)
    lead_words = words if body == norm else _words(body)
    if not _chat_hint(s, words):
        return 0  # every cue below needs one of the words _chat_hint looks for
    opener_k, _ = _lead(lead_words, "chrome_chat_openers.txt")
    label_k, label_strong = _lead(lead_words, "chrome_chat_labels.txt")
    if label_k:
        rest = _after(body, label_k)
        if not (rest[:1] in ":(" or re.match(r"\(?\d+\s*[:.)]", rest)):
            label_k = 0  # "Note 12 follows" is not a label; "Note:" is
    score = 0
    if ("[" in s or "{" in s or "<" in s or "TK" in s) and _PLACEHOLDER_BRACKET.search(s):
        score += 4
    k = opener_k
    opener = bool(k)
    if k:
        rest = _after(body, k)
        punct = not rest or rest[:1] in "!,.—–:;-"
        if lead_words[k - 1] == "to":  # "Happy to tailor ...", not "Happy to be back ..."
            nxt = _words(rest)[:1]
            punct = bool(nxt) and (lexicon.verb_lemma(nxt[0]) or nxt[0]) in _chat_verbs()
            k = 1
        if punct or k >= 2 or rest.lower().startswith(("here", "i ", "i'", "below", "this")):
            score += 3 + norm.rstrip().endswith("!")  # "Hope you enjoy it!", "Sure!"
    if label_k:
        score += 4 if label_strong else 1
    if _NUMBERED_OPTION.match(norm):
        score += 2
    if _QUOTED_TITLE.search(s) and score:
        score += 1
    first = not _FIRST.isdisjoint(words)
    second = not _SECOND.isdisjoint(words)
    nouns = _found(words, "chrome_chat_nouns.txt")
    acts = first and _acts_on_text(words)
    if acts and _edits_text(words):
        score += 1  # "I've swapped", "I reworded": only a text is edited
    # "I" and "you" in one sentence (in two sentences of a paragraph they are no exchange)
    pair = first and second and not opener and _in_one_sentence(norm)
    if pair:  # "I hope you ..." is one cue, not two
        score += 2
    if acts:
        score += 2 if (nouns or "it" in words or "this" in words) else 1
    if lead_words[:1] and lead_words[0] in _HERE_KEYS and _HERE_DELIVERABLE.match(norm) and (nouns or norm.rstrip().endswith(":")):
        score += 2
    ws = set(words)
    via_you = 0  # points from cues an article's address to its readers can also give
    if not opener and not _OFFER_KEYS.isdisjoint(ws) and _OFFER.search(norm):
        score += 2
        via_you += 2
    if first and _LIMIT.search(norm):
        score += 2
    if not _AS_ASKED_KEYS.isdisjoint(ws) and _as_asked(norm):
        score += 3
    if not _AI_KEYS.isdisjoint(ws) and (first or second) and _AI_SELF.search(norm):
        score += 4  # (not "plans to release a four-language model": a team's model, reported)
    editor = False
    if not _EDITOR_KEYS.isdisjoint(ws) and _EDITOR.search(norm) and not (
            _INDEPENDENCE.search(norm) and _FIRST.isdisjoint(ws) and _SECOND.isdisjoint(ws)):
        # two notes to the editor in one sentence ("you may want to confirm ... before this goes
        # to print") are two cues
        score += 2 if len({m.group(0).lower() for m in _EDITOR.finditer(norm)}) < 2 else 4
        editor = True
    if _PLEASE_NOTE.match(body):
        score += 2  # "Please note that my knowledge ... may be incomplete": a formal aside to the asker
    if _SIGN_OFF.search(norm):
        score += 3
    if second and _YOU_WRITE.search(norm):
        score += 2
        via_you += 2
    if _ADVICE_TO_WRITER.match(body) and nouns:
        score += 2
    if _END_MARKER.match(norm):
        score += 4
    if _THIS_DRAFT.match(body):
        score += 2 + bool(_COMPARE.search(norm))
    if norm.rstrip().endswith(":") and first and lead_words[:1] and lead_words[0] in _HERE_KEYS and (
            lead_words[0] != "this" or lead_words[1:2] in (["is"], ["was"])):
        score += 3  # "Here's what I came up with:" ("This time I ...:" is a story leading into a list)
    # Deliverable nouns ("version", "explainer", "readers") speak of the text as a product only
    # beside I or an assistant's own cue; beside "you" alone they are an article's tip to readers
    # ("If you want to go deeper, the society's explainer is a good place to start").
    if (first or score - via_you > 0) and nouns:
        score += min(len(nouns), 2)
        if norm.rstrip().endswith("?") and score >= 3:
            score += 1  # an offer put as a question about the deliverable
    if s.startswith("(") and s.rstrip(".").endswith(")"):
        score += 2 if score else 1  # an aside to the editor in brackets
    if not _NARRATIVE.isdisjoint(words) and not (_NARRATIVE.intersection(words) == {"asked"}
                                                 and _ASKED_YOU.search(norm) is not None):
        score -= 3  # (not "the profile you asked for": the asker's request)
    if first and not editor and not (_STORY_TIME if not second else _STORY_SPAN).isdisjoint(words):
        # (a note to the editor, "please double-check them before this goes live", is no story)
        score -= 2  # "I rewrote the chapter three times before the publisher took it": a story, not a note
    if score >= CHAT_THRESHOLD and lead_words[:1] and lead_words[0] in ("here", "here's") and _inline_content(norm) \
            and _REWORK_WORDS.search(norm) is None and not acts:
        # "Here is the one piece of advice I give every reader: stick with your old repayment." gives
        # its content after the colon in the same sentence; an assistant's "Here's the revised intro:"
        # ends at its colon and hands over a text
        score = CHAT_THRESHOLD - 1
    if not first and score > 0 and score - via_you <= 0:
        # Only the cues an article's address to its readers gives ("you can swap their direction
        # in the settings if you prefer"): a review or a how-to talks to its reader like that; an
        # assistant's note needs a cue of its own (no training fault scored on these alone).
        score = min(score, CHAT_THRESHOLD - 1)
    return score


def _inline_content(norm: str) -> bool:
    """Does a colon in the sentence lead into four words or more of the same sentence?"""
    c = norm.find(":")
    return c >= 0 and len(_words(norm[c + 1 :])) >= 4


_PLEASE_NOTE = re.compile(r"please note that\b", re.IGNORECASE)
_ASKED_YOU = re.compile(r"\byou asked\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _in_one_sentence(norm: str) -> bool:
    """Do a first-person and a second-person word stand in one sentence of ``norm``?"""
    parts = _SENTENCE_END.split(norm)
    if len(parts) == 1:
        return True
    for part in parts:
        ws = _words(part)
        if not _FIRST.isdisjoint(ws) and not _SECOND.isdisjoint(ws):
            return True
    return False


# Time words of a first-person story; an assistant's note is about the text and its reader now.
_STORY_TIME = frozenset(["ago", "yesterday", "before", "after", "until", "when", "times", "last", "years",
                         "months", "weeks", "once", "later", "earlier"])
# Those that measure the writer's own past even beside "you" ("I have written this newsletter for
# six years ... recommending to you"); an assistant's note to its asker has no such span ("the
# last paragraph", "before publishing", "once you have checked" are about the text).
_STORY_SPAN = frozenset(["ago", "yesterday", "until", "years", "months", "weeks"])


def _acts_on_text(words: list[str]) -> bool:
    """Is "I" the subject of an assistant's verb ("I've kept", "I can add", "I'll avoid")?"""
    verbs = _chat_verbs()
    for i, w in enumerate(words):
        if w not in _FIRST or w in ("me", "my", "myself"):
            continue
        for nxt in words[i + 1 : i + 7]:
            if nxt in _AUX:
                continue
            lemma = lexicon.verb_lemma(nxt) or nxt
            if lemma in verbs or nxt in verbs:
                return True
            break
    return False


# What may stand between "I" and its verb: "I've also kept", "I can easily add", "I tried to keep".
_AUX = frozenset(["can", "could", "will", "would", "shall", "should", "may", "might", "have", "had", "also", "just",
                  "then", "deliberately", "intentionally", "mostly", "simply", "easily", "happily", "gladly",
                  "already", "tried", "try", "to", "did", "more", "than", "happy", "glad", "delighted", "pleased",
                  "'m", "'ve", "'d", "'ll", "love", "like", "help", "you", "didn't", "haven't", "am", "was", "be", "been", "went",
                  "ahead", "and", "decided", "chose", "opted", "aimed", "wanted", "do", "don't", "won't", "can't"])


def _edits_text(words: list[str]) -> bool:
    edits = data.word_set("chrome_chat_edit_verbs.txt")
    return any((lexicon.verb_lemma(w) or w) in edits for w in words if w not in _FIRST)


@cache
def _chat_verbs() -> frozenset[str]:
    return frozenset(data.lines("chrome_chat_verbs.txt"))


# --- the rule ---------------------------------------------------------------------------------

def _chrome_finding(a: int, b: int) -> Finding:
    return Finding(a, b, "web-boilerplate-shape", "web_boilerplate",
                   "Looks like web page text (a button, link, label or footer) copied into the article; delete it.",
                   ("",), "error")


def _chat_finding(a: int, b: int) -> Finding:
    return Finding(a, b, "chatbot-leftover-shape", "chatbot_leftover",
                   "Looks like an assistant talking to whoever asked for the text; delete it.", ("",), "error")


def check_chrome(an: Analysis, seg: ProseSegment, listed_chrome: list[Finding],
                 listed_chat: list[Finding]) -> list[Finding]:
    """``listed_chat`` followed by the shape findings that overlap nothing the listed rules
    (``leftovers``) found in either category."""
    before = [*listed_chrome, *listed_chat]
    text = an.text
    found: list[Finding] = []

    def free(a: int, b: int) -> bool:
        if not before and not found:
            return True  # most paragraphs: nothing found yet
        return not any(f.start < b and a < f.end for f in (*before, *found))

    def trimmed(a: int, b: int) -> tuple[int, int]:
        seg_text = text[a:b]
        return a + len(seg_text) - len(seg_text.lstrip()), a + len(seg_text.rstrip())

    # Whole paragraph or list item (when short), then each source line of a soft-broken block.
    whole = trimmed(0, len(text))
    units = [whole] if len(an.words) <= MAX_CHROME_WORDS + 5 else []
    if seg.breaks:
        units += [trimmed(a, b) for a, b in seg.lines()]
    sent_lows = an.sentence_lows()
    all_forms = an.word_forms()  # every word's lower case, as a set
    # (the whole unit's hint is the text's: only spaces differ; it reads the first two words alone)
    chat_hinted = _chat_hint(text, [t.lower for t in an.words[:2]], all_forms)
    # the first word of each sentence, for the whole unit only
    starts = [an.tokens[s.first].lower for s in an.sentences] if whole in units else []
    previous_flagged = False
    for (a, b) in units:
        flagged = False
        line_words = _words(text[a:b]) if (a, b) != whole else []
        if line_words and line_words[-1] in _FUNCTION_WORDS:
            previous_flagged = False
            continue  # a hard-wrapped sentence ("Write to us by / Email or by post.")
        after_sentence = a == 0 or previous_flagged or text[:a].rstrip().endswith((".", "!", "?", ":", "*", ")"))
        if b > a and free(a, b) and after_sentence and not _quoted_at(an, a):
            line = text[a:b]
            if (a, b) == whole:
                hinted = _chrome_hint(line, [t.lower for t in an.words], starts, MAX_CHROME_WORDS, all_forms)
            else:
                hinted = _chrome_hint(line, line_words, line_words[:1], MAX_CHROME_WORDS)
            web = chrome_score(line, seg.kind == "paragraph" or (a, b) != whole) if hinted else 0
            chat = 0
            if (a, b) == whole and len(an.sentences) <= 3 and chat_hinted:
                # one sentence: judged here only to choose between the two categories
                chat = chat_score(line) - (len(an.sentences) > 1)
            if (a, b) == whole and len(an.sentences) > 1 and max(web, chat) >= min(CHROME_THRESHOLD, CHAT_THRESHOLD):
                # Underline a whole paragraph only when each of its sentences has a cue of its own
                # ("Get our newsletter. Sign up today!"); otherwise its sentences are judged below,
                # so an article sentence it starts with is not underlined with the chrome after it.
                is_web = web >= chat
                scores = [chrome_score(text[x.start : x.end], True) if is_web else chat_score(text[x.start : x.end])
                          for x in an.sentences]
                if min(scores) <= 0:
                    # only the sentences that carry cues: "Drink responsibly. [Find out more at our partner site.]"
                    for x, sc in zip(an.sentences, scores, strict=True):
                        if sc >= 2 and free(x.start, x.end):
                            found.append(_chrome_finding(*trimmed(x.start, x.end)) if is_web
                                         else _chat_finding(*trimmed(x.start, x.end)))
                    web = chat = 0
            if web >= CHROME_THRESHOLD + _list_step(seg, line_words or an.words) and web >= chat:
                found.append(_chrome_finding(a, b))
                flagged = True
            elif chat >= CHAT_THRESHOLD:
                found.append(_chat_finding(a, b))
                flagged = True
        previous_flagged = flagged and (a, b) != whole
    # Sentences: assistant talk anywhere; a chrome sentence glued at a paragraph's start or end.
    sents = an.sentences
    last = len(sents) - 1
    # Most paragraphs have no word any assistant cue needs: then only their edges are looked at.
    starters = _chat_starters()
    chatty = chat_hinted or any(
        an.tokens[k].lower.replace("’", "'") in starters
        for s in sents for k in (s.first, s.first + 1) if k < s.last and an.tokens[k].is_word)
    for i, sent in enumerate(sents):
        if not chatty and 0 < i < last:
            continue
        a, b = sent.start, sent.end  # a sentence runs from its first token to its last: trimmed
        if b <= a or not free(a, b) or _quoted_at(an, a):
            continue
        st = text[a:b]
        edge = i in (0, last)
        lows = sent_lows[i]
        chat_possible = _chat_hint(st, lows)
        if not chat_possible and not edge:
            continue
        score = chat_score(st) if chat_possible and not (i > 0 and _writer_lead_in(st)) else 0
        if score < CHAT_THRESHOLD and i < last and len(lows) <= 3 and _may_lead(lows, "chrome_chat_openers.txt"):
            # "Sure!" / "Great question!" said before the sentence it introduces
            score = max(score, chat_score(text[a : sents[i + 1].end]))
        if score >= CHAT_THRESHOLD + (0 if edge else 1):
            found.append(_chat_finding(a, b))
        elif edge and last > 0 and _chrome_hint(st, lows, lows[:1], 25 if _LEGAL_GATE.isdisjoint(lows) else MAX_CHROME_WORDS):
            # A paragraph whose finished sentences end in a label without a full stop ("... the
            # meeting. Be the first to reply") shows the seam: judge the label as a line of its own.
            seam = i == last and not st.rstrip(" *_)\"”").endswith((".", "!", "?", ":", ";", ",")) \
                and text[: sent.start].rstrip().endswith((".", "!", "?"))
            # a call to action on "our" site closing a paragraph ("... Find out more on our partner site.")
            closing_call = i == last and _imperative(lows) and _SITE_DEIXIS.search(st) is not None
            # a disclosure in unmistakable words ("at no extra cost to you", "all rights reserved")
            disclosure = _LEGAL_STRONG.search(st) is not None
            if chrome_score(st, seam or closing_call) >= CHROME_THRESHOLD + (0 if seam or closing_call or disclosure else 1) \
                    + _list_step(seg, lows):
                found.append(_chrome_finding(a, b))
    return listed_chat + sorted(found, key=lambda f: f.start)


def _list_step(seg: ProseSegment, words: list[str] | list[Token]) -> int:
    """One more point for a list item of five words or more: a list is where a guide keeps its
    steps and a notice its tips ("Check live departures in the app before leaving home", "Share
    final headcount with caterer", "1952: Shop opens on Bridge Street"); a site's share bar or
    link list has short items. (No annotated chrome on training stands in a list item.)"""
    return 1 if seg.kind == "list_item" and len(words) >= 5 else 0


_FUNCTION_WORDS = frozenset(
    ["a", "an", "the", "to", "of", "by", "for", "with", "from", "in", "on", "at", "into", "onto", "and", "or", "but",
     "nor", "your", "our", "my", "their", "his", "her", "its", "this", "that", "these", "those", "as", "than", "via",
     "about", "if", "when", "while", "because", "so", "is", "are", "was", "were", "be", "can", "will", "would"]
)


_HINT_CHARS = re.compile(r"[©|·•»›→←↑]")
_COUNT_WORDS = frozenset(
    ["comment", "comments", "replies", "reply", "responses", "response", "thoughts", "shares", "share", "likes", "like",
     "views", "view", "reactions", "votes", "ratings", "reviews", "followers", "subscribers", "listens", "plays",
     "downloads", "page", "min", "mins", "minute", "minutes", "people", "readers", "users", "others", "members",
     "listeners", "viewers", "part", "episode", "chapter", "image", "photo", "picture", "slide", "step", "photos",
     "images", "pictures", "videos", "items", "results", "slides", "messages", "notifications", "articles", "posts",
     "stories", "basket", "cart", "inbox"])


def _chrome_hint(text: str, words: list[str], starts: list[str], limit: int,
                 wordset: set[str] | None = None) -> bool:
    """Could ``text`` reach the chrome threshold at all? (Most of an article's sentences and
    paragraphs are ruled out here, before the cue patterns run.) ``words``: its words, lower case;
    ``starts``: the first word of each of its sentences; ``wordset``: ``set(words)`` when at hand
    (a set test against a set costs the smaller size, against a list the list's length)."""
    if not words or len(words) > limit:
        return False
    ws: set[str] | list[str] = words if wordset is None else wordset
    # A finished sentence scores only through a call to action, a label, legal or form wording or a
    # count; without any of them it cannot reach the threshold. (An ASCII text can hold only "|" of
    # the marks: ``isascii`` is a flag test.)
    if ("|" in text) if text.isascii() else _HINT_CHARS.search(text) is not None:
        return True
    if not text.rstrip(" *_)\"”").endswith((".", "!", "?", ":")):
        # an unfinished line still needs one word of a page (a noun, a label, a menu entry) or a
        # figure; "Two eggs, beaten" and "Step three" have none
        return (not _page_words().isdisjoint(ws) or _DIGIT.search(text) is not None
                or not _first_words("chrome_ui_verbs.txt").isdisjoint(starts)
                or not _first_words("chrome_ui_labels.txt").isdisjoint(starts))
    if not _COUNTED_WORDS.isdisjoint(ws) and _DIGIT.search(text):
        return True
    return not _opening_words().isdisjoint(starts) or not _FINISHED_WORDS.isdisjoint(ws)


# Words of a count, a reading time or a time stamp (with a figure, a finished sentence may be chrome).
_COUNTED_WORDS = _COUNT_WORDS | _READ_KEYS | _AGO_KEYS
# Legal, form and feedback wording: a finished sentence with none of them (and no call to action
# or label opening it) cannot reach the threshold.
_FINISHED_WORDS = _LEGAL_GATE | _FORM_KEYS | _FEEDBACK_KEYS | frozenset(["yes"])


@cache
def _opening_words() -> frozenset[str]:
    """The first words of calls to action and of rail labels."""
    return _first_words("chrome_ui_verbs.txt") | _first_words("chrome_ui_labels.txt")


@cache
def _page_words() -> frozenset[str]:
    """Every word a chrome cue on an unfinished line needs one of."""
    nouns = _phrases("chrome_ui_nouns.txt")
    return (frozenset(w for p in nouns[0] | nouns[1] for w in p.split()) | _first_words("chrome_ui_labels.txt")
            | frozenset(w for p in _nav_words() for w in p.split()) | _LEGAL_GATE | _FORM_KEYS | _FEEDBACK_KEYS
            | _AGO_KEYS | _STAMP_WORDS | frozenset(["yes", "by"]))


@cache
def _chat_starters() -> frozenset[str]:
    """Every word an assistant cue tied to a sentence's start can begin with."""
    return (_first_words("chrome_chat_openers.txt") | _first_words("chrome_chat_labels.txt") | _HERE_KEYS
            | _CHAT_FIRST_EXTRA)


def _chat_hint(text: str, words: list[str], wordset: set[str] | None = None) -> bool:
    """Could ``text`` reach the assistant-talk threshold at all? ``words``: its words, lower case
    (``wordset``: the same as a set, when at hand)."""
    if not words:
        return False
    if not _CHAT_TRIGGERS_TOK.isdisjoint(words if wordset is None else wordset) or "[" in text or "{" in text or "<" in text:
        return True
    first = words[0].replace("’", "'")
    return (first in _HERE_KEYS or first in _CHAT_FIRST_EXTRA
            or (first in _first_words("chrome_chat_labels.txt") and (":" in text or "(" in text))
            or _may_lead(words, "chrome_chat_openers.txt"))


_START = attrgetter("start")
_LEAD_IN = re.compile(r"^\W*(?:here(?:'s|’s| is| are)|below (?:is|are))\b", re.IGNORECASE)
_ASKER_WORDS = re.compile(
    r"\b(?:you|your|yours|i|i'?ve|i'?m|i'?d|me|my|requested|asked|revised|rewritten|reworded|updated|edited|draft"
    r"|tweaked|polished|simplified|shorter|longer|tighter|version)\b", re.IGNORECASE)


def _writer_lead_in(sentence: str) -> bool:
    """ "... has one row per local authority. Here is a short script that reproduces the figures:"
    A "Here is ..." after the writer's own sentence in one paragraph, naming no asker, no "I" and no
    reworking of a text, leads into what follows (a table, some code, a list); an assistant's
    "Here's the revised intro you asked for:" opens its paragraph."""
    if _LEAD_IN.match(sentence) is None:
        return False
    norm = sentence.replace("’", "'")
    if _ASKER_WORDS.search(norm) is None:
        return True
    # The writer's "I" and the reader's "you" lead into a table or a list as well ("Here are the
    # first few rows, unedited, because I think you should see how messy real data is:", "Here is
    # where I would start:"); an assistant's lead-in names the reworked text or its own work on it
    # ("Here's what I came up with:", "Here is the version you asked for:").
    words = _words(norm)
    return _REWORK_WORDS.search(norm) is None and not _acts_on_text(words)


_REWORK_WORDS = re.compile(
    r"\b(?:yours|requested|asked|revised|rewritten|reworded|updated|edited|draft|tweaked|polished|simplified"
    r"|shorter|longer|tighter|version)\b", re.IGNORECASE)


def _quoted_at(an: Analysis, a: int) -> bool:
    """Does the text at ``a`` start inside quotation marks (someone else's words)?"""
    if not an.any_quoted:
        return False
    words = an.words
    k = bisect_left(words, a, key=_START)
    return k < len(words) and words[k].quoted
