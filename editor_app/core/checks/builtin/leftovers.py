"""Text that does not belong in an article: assistant leftovers and web page chrome."""

from __future__ import annotations

import re
from functools import cache

from editor_app.core.checks.builtin import data
from editor_app.core.checks.builtin.findings import Finding
from editor_app.core.checks.builtin.text import Analysis
from editor_app.core.prose import PLACEHOLDER, ProseSegment

MAX_WHOLE_PARAGRAPH_SENTENCES = 3
# Words at least one of which every pattern in chatbot_patterns.txt contains.
_TRIGGERS = frozenset(
    ["replace", "placeholder", "prefer", "refine", "further", "adjust", "change", "tweak", "modify", "ideas", "options", "suggestions", "alright", "all", "gladly", "pleasure", "definitely", "perfect", "excellent", "understood", "noted", "question", "right", "apologies", "thank", "thanks", "luck", "writing", "blogging", "editing", "word", "want", "should", "can", "per", "included", "generated", "written", "created", "produced", "drafted", "assisted", "chatgpt", "gpt", "disclaimer", "note", "consult", "opinions", "feelings", "training", "knowledge", "live", "current", "real-time", "placeholder", "tbd", "todo", "include", "enter", "quote", "location", "city", "image", "photo", "reference", "number", "statistic", "figure", "price", "amount", "url", "website", "phone", "email", "contact", "let", "you", "your", "you've", "you'd", "you’ve", "you’d", "i", "i'm", "i've", "i'd", "i’m", "i’ve", "i’d", "me", "my", "ai", "sure", "certainly", "course", "absolutely", "here", "here's", "here’s", "hope", "okay", "ok", "shall", "model", "revised", "rewritten", "updated", "improved", "polished", "edited", "shorter", "longer", "expanded", "below", "above", "response", "answer", "great", "happy", "insert", "title", "headline", "meta", "slug", "seo", "subheadline", "name", "company", "link", "source", "citation", "author", "date", "product", "client", "add", "thing", "problem", "got", "requested", "asked", "feel", "free", "financial", "advice", "kept", "rewritten", "adapted", "simplified", "translated", "summarised", "summarized"]
)


@cache
def _chatbot() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in data.lines("chatbot_patterns.txt")), re.IGNORECASE)


@cache
def _boilerplate() -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
    exact: set[str] = set()
    regexes: list[re.Pattern[str]] = []
    for line in data.lines("boilerplate.txt"):
        if line.startswith("re:"):
            regexes.append(re.compile(line[3:], re.IGNORECASE))
        else:
            exact.add(_norm(line))
    return frozenset(exact), tuple(regexes)


_SPACES = re.compile(r"\s+")


def _norm(s: str) -> str:
    s = _SPACES.sub(" ", s.replace("’", "'").replace(PLACEHOLDER, "")).strip().lower()
    # Widgets decorate their labels: "Back to top ↑", "Next post »", "Read more →", "| Share".
    return s.strip(" .:!?…»«›‹→←↑↓▸▾►◄·•|*-–—>").strip()


def _sentence_text(an: Analysis, i: int) -> str:
    s = an.sentences[i]
    return an.text[s.start : s.end].replace("’", "'")


def check_chatbot(an: Analysis) -> list[Finding]:
    out: list[Finding] = []
    pats = _chatbot()
    hits: list[int] = []
    for i in range(len(an.sentences)):
        sent = an.sentences[i]
        if an.quoted_sentence(sent):
            continue
        if not any(t.lower in _TRIGGERS for t in an.tokens[sent.first : sent.last]):
            continue  # every pattern needs one of these words; most sentences have none
        st = _sentence_text(an, i)
        m = pats.search(st)
        if m is None:
            continue
        a, b = sent.start + m.start(), sent.start + m.end()
        if any(t.quoted for t in an.tokens[sent.first : sent.last] if t.is_word and a <= t.start < b):
            continue  # a character in the story says it ("I hope this helps," she said)
        hits.append(i)
    if not hits:
        return out
    msg = "Assistant text left in the article; delete it."
    if hits[0] == 0 and len(an.sentences) <= MAX_WHOLE_PARAGRAPH_SENTENCES:
        s0, s1 = an.sentences[0], an.sentences[-1]
        return [Finding(s0.start, s1.end, "chatbot-leftover", "chatbot_leftover", msg, ("",), "error")]
    for i in hits:
        s = an.sentences[i]
        out.append(Finding(s.start, s.end, "chatbot-leftover", "chatbot_leftover", msg, ("",), "error"))
    return out


def _is_boilerplate(text: str) -> bool:
    if not text.strip() or len(text) > 300:
        return False
    exact, regexes = _boilerplate()
    n = _norm(text)
    if n in exact or any(r.match(n) for r in regexes):
        return True
    # A known label plus a word or two ("Continue reading below"), on a short line of its own
    # without a sentence's full stop.
    words = n.split()
    if len(words) <= 6 and not text.rstrip().endswith("."):
        for cut in (1, 2):
            head = " ".join(words[:-cut])
            if len(words) - cut >= 2 and head in exact:
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
    out: list[Finding] = []
    # A chrome sentence glued to the end (or start) of a paragraph on the same line: "... the
    # last point. Share this article with your friends!"
    if len(an.sentences) >= 2:
        for i in (0, len(an.sentences) - 1):
            sent = an.sentences[i]
            st = text[sent.start : sent.end]
            if an.quoted_sentence(sent) or len(st.split()) < 3 or any(sent.start <= k < sent.end for k in seg.breaks):
                continue
            if _is_boilerplate(st):
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
