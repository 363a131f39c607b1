"""The built-in redundancy checker: offline, fast, rule data in ``resources/checks/``.

Categories (``base.REDUNDANCY_CATEGORIES``): pleonasm, cognate_repetition, duplicate_information,
hedge_stacking, wordy_phrase, repeated_phrase, chatbot_leftover, web_boilerplate, repeated_word,
missing_article. One module per rule family:

* ``redundancy``  pleonasm, wordy_phrase (phrase lists ``pleonasms.tsv``, ``wordy_phrases.tsv``)
* ``repetition``  repeated_word, cognate_repetition (lemmas + derivational roots:
  ``derivations.tsv``, ``irregular_nouns.tsv``, ``determiners.txt``)
* ``duplicates``  duplicate_information (normalised quantities, restated agents, content-word
  overlap by stem and ``synonyms.txt``)
* ``hedges``      hedge_stacking (``hedges.txt``)
* ``leftovers``   chatbot_leftover, web_boilerplate (``chatbot_patterns.txt``, ``boilerplate.txt``)
* ``articles``    missing_article (``article_nouns.txt``, ``the_names.txt``, ``article_idioms.txt``)
* ``repeated_phrase``  repeated_phrase, the one document-wide rule (``cliches.txt``,
  ``phrase_modifiers.txt``)

Shared machinery: ``text`` (tokens, sentences, quotations), ``lexicon`` (lemminflect lemmas and
parts of speech, Snowball stems), ``phrases`` (the pattern language of the data files).
Rules run on paragraphs and list items; headings, block quotes and table cells are not judged.

Incremental checking: the text is cut into blocks at blank lines (never inside fenced code or an
HTML comment) and every per-paragraph rule result is cached by block text, so after a keystroke
``check_paragraphs`` recomputes one block and shifts the others' cached issues.
``check_document`` runs the document-wide rule on its own (the UI debounces it).
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, wraps

from editor_app.core.checks.base import Availability, Issue
from editor_app.core.checks.builtin.articles import check_articles, house_style_bare
from editor_app.core.checks.builtin.authored import authored_span, inside_bold
from editor_app.core.checks.builtin.chrome import check_chrome
from editor_app.core.checks.builtin.cognates_extra import check_cognate_families
from editor_app.core.checks.builtin.doc_names import surnames_in
from editor_app.core.checks.builtin.duplicates import check_duplicates
from editor_app.core.checks.builtin.findings import Finding
from editor_app.core.checks.builtin.forked import fork_call, worth_forking
from editor_app.core.checks.builtin.hedges import check_hedges
from editor_app.core.checks.builtin.leftovers import check_boilerplate, check_chatbot
from editor_app.core.checks.builtin.phrase_frames import (
    deliberate_repeat,
    motif,
    standard_description_heading,
)
from editor_app.core.checks.builtin.pleonasm_gloss import check_gloss_pleonasms
from editor_app.core.checks.builtin.pleonasm_more import check_more_pleonasms
from editor_app.core.checks.builtin.redundancy import check_pleonasms, check_wordy
from editor_app.core.checks.builtin.repeated_phrase import find_repeated_phrases
from editor_app.core.checks.builtin.repetition import check_cognates, check_repeated_words
from editor_app.core.checks.builtin.text import Analysis, analyse_cached
from editor_app.core.checks.builtin.wordy_more import check_more_wordy
from editor_app.core.frontmatter import split as split_front_matter
from editor_app.core.prose import ProseSegment, extract_prose

__all__ = ["BuiltinChecker", "split_blocks"]

SegmentRule = Callable[[Analysis], list[Finding]]
_ONE_NAME = re.compile(r"[A-Z][a-zà-ÿ'’-]+")
_DOC_WORD = re.compile(r"[a-z0-9'’-]+")


def _quotes_too(rule: SegmentRule) -> SegmentRule:
    """``rule`` run as if no word were quoted. A pleonasm inside a quotation ("we cannot simply
    revert back", "deeply and profoundly sorry") is the article's own wording to tidy as much as
    the prose around it (training faulty sets: 5 such misses; clean sets: no alarm gained); the
    pleonasm rules' quote tests guard other categories' habits. The flags are restored after."""

    @wraps(rule)
    def run(an: Analysis) -> list[Finding]:
        if not an.any_quoted:
            return rule(an)
        quoted = [t for t in an.tokens if t.quoted]
        for t in quoted:
            t.quoted = False
        an.any_quoted = False
        try:
            return rule(an)
        finally:
            for t in quoted:
                t.quoted = True
            an.any_quoted = True

    return run


_SEGMENT_RULES: tuple[SegmentRule, ...] = (
    check_repeated_words,
    _quotes_too(check_gloss_pleonasms),  # whole doubled phrase first: 'every year annually'
    _quotes_too(check_pleonasms),
    _quotes_too(check_more_pleonasms),
    check_wordy,
    check_more_wordy,
    check_hedges,
    check_cognates,
    check_cognate_families,
    check_duplicates,
    check_articles,
)


@dataclass(frozen=True)
class _Block:
    issues: tuple[Issue, ...]  # block-relative offsets
    segments: tuple[ProseSegment, ...]  # block-relative offsets


def split_blocks(text: str) -> list[tuple[int, int]]:
    """Source spans of the body's blocks: cut at blank lines, never inside a fence or comment,
    and never before an indented line (list continuations and code stay with their block)."""
    body_start = split_front_matter(text).body_offset
    spans: list[tuple[int, int]] = []
    pos = body_start
    start = body_start
    n = len(text)
    fence = ""
    in_comment = False
    blank_before = False
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl == -1 else nl + 1
        line = text[pos:end]
        stripped = line.strip()
        if fence:
            if stripped.startswith(fence) and not stripped.strip(fence[0]):
                fence = ""
        elif in_comment:
            if "-->" in line:
                in_comment = False
        elif not stripped:
            blank_before = True
        else:
            indented = line[:1] in (" ", "\t")
            if blank_before and not indented and pos > start:
                spans.append((start, pos))
                start = pos
            blank_before = False
            ls = line.lstrip()
            if ls.startswith(("```", "~~~")) and len(line) - len(ls) <= 3:
                f = ls[: len(ls) - len(ls.lstrip(ls[0]))]
                if not (f[0] == "`" and "`" in ls[len(f) :]):
                    fence = f
            elif "<!--" in line and "-->" not in line[line.index("<!--") :]:
                in_comment = True
        pos = end
    if start < n:
        spans.append((start, n))
    return spans


class BuiltinChecker:
    """Offline redundancy rules. Thread-safe for one caller at a time (the cache is shared)."""

    name = "builtin"

    def __init__(self, cache_size: int = 20000, *, thorough: bool = False) -> None:
        #: Run the rules of ``rule_tiers.tsv`` too (more faults found, more false alarms on
        #: well-edited text). The caches hold every rule's issues, so this may change at any time.
        self.thorough = thorough
        self._cache: OrderedDict[str, _Block] = OrderedDict()
        self._cache_size = cache_size
        self._split: tuple[str, list[tuple[int, int]]] = ("", [])

    def _blocks(self, text: str) -> list[tuple[int, int]]:
        """``split_blocks(text)``, kept for the last text: a full pass (prefill, per-paragraph
        rules, document rule) and the editor's paragraph-then-document calls split it once."""
        if self._split[0] != text:
            self._split = (text, split_blocks(text))
        return self._split[1]

    def available(self) -> Availability:
        return Availability(True)

    def check(self, text: str) -> list[Issue]:
        with _gc_paused():
            document = self._prefill(text)
            found = self.check_paragraphs(text) + (
                self.check_document(text) if document is None else self._shown(text, document))
        return sorted(found, key=lambda i: (i.start, i.end, i.category))

    def _shown(self, text: str, issues: list[Issue]) -> list[Issue]:
        """A pass's issues as the writer sees them: none inside an e-mail address, and the
        thorough-only rules' only in thorough mode (the caches keep them all)."""
        return self._tiered(self._outside_emails(text, issues))

    def _tiered(self, issues: list[Issue]) -> list[Issue]:
        """Drop the thorough-only rules' issues unless ``thorough`` (see ``rule_tiers.tsv``)."""
        if self.thorough:
            return issues
        gated = thorough_rules()
        return [i for i in issues if i.rule not in gated]

    @staticmethod
    def _outside_emails(text: str, issues: list[Issue]) -> list[Issue]:
        """Drop issues on an e-mail address ("by email at secretary@example.org", "sent to
        letters@..."): an address is not prose, as a URL is not."""
        if "@" not in text or not issues:
            return issues
        spans = [m.span() for m in _EMAIL.finditer(text)]
        if not spans:
            return issues
        # (a line of page chrome that gives an address, "Email tips@example.org", is still chrome)
        return [i for i in issues if not any(a <= i.start and i.end <= b for a, b in spans)]

    # Per-paragraph rules -------------------------------------------------------------------

    def check_paragraphs(self, text: str) -> list[Issue]:
        out: list[Issue] = []
        spans = self._blocks(text)
        for a, b in spans:
            block = self._block(text[a:b])
            for i in block.issues:
                out.append(Issue(i.start + a, i.end + a, i.rule, i.category, i.message, i.severity,
                                 i.replacements, i.source))
        # "Finch said ..." after "Laura Finch": a surname the article introduced, not a bare noun.
        # ("Hill's career" after "Rowland Hill": the surname's possessive)
        ones = {_bare_possessive(w) for i in out
                if i.category == "missing_article" and _ONE_NAME.fullmatch(w := text[i.start : i.end])}
        if ones:
            names = _surnames_of(text, spans, ones)
            out = [i for i in out if i.category != "missing_article" or _bare_possessive(text[i.start : i.end]) not in names]
        # "change data capture (CDC)" ... "For CDC we used": an acronym the article spells out in
        # lower case is a thing or a method, not an organisation that takes "the"
        out = [i for i in out if i.rule != "missing-article:the-name" or not _common_acronym(text, text[i.start : i.end])]
        # "used in spacecraft", "for sheep": a noun whose plural is itself may be a bare plural
        out = [i for i in out if i.category != "missing_article" or not _may_be_plural(text[i.start : i.end])]
        # "Council heard", "west of Spencer Gulf": a writer's own bare usage across the document.
        flagged = {text[i.start : i.end] for i in out if i.category == "missing_article"}
        if flagged:
            style = house_style_bare(text, {text[i.start : i.end] for i in out if i.rule == "missing-article:the-name"},
                                     flagged)
            if style:
                out = [i for i in out if i.category != "missing_article" or text[i.start : i.end] not in style]
        return self._shown(text, out)

    def check_segment(self, segment: ProseSegment) -> list[Issue]:
        """Per-paragraph rules on one prose segment; issues in the segment's source offsets."""
        return self._tiered([_to_issue(segment, f) for f in _run_segment_rules(segment)])

    def _block(self, block_text: str) -> _Block:
        hit = self._cache.get(block_text)
        if hit is not None:
            self._cache.move_to_end(block_text)
            return hit
        return self._store(block_text, self._compute_block(block_text))

    def _compute_block(self, block_text: str) -> _Block:
        segments = tuple(extract_prose(block_text))
        return _Block(self._block_issues(block_text, segments), segments)

    def _block_issues(self, block_text: str, segments: tuple[ProseSegment, ...]) -> tuple[Issue, ...]:
        issues: list[Issue] = []
        for seg in segments:  # every rule's issues: the cache serves both modes (``_tiered``)
            issues.extend(_to_issue(seg, f) for f in _run_segment_rules(seg))
        return _finish_block(block_text, issues)

    def _store(self, block_text: str, block: _Block) -> _Block:
        self._cache[block_text] = block
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return block

    def _prefill(self, text: str) -> list[Issue] | None:
        """A long cold pass shares its uncached blocks with a forked child (``forked``), split by
        rule (``_prefill_by_rules``), which also runs the document-wide rule while the child
        works and returns its issues. ``None`` when no child is worth forking: the blocks are
        then checked as ``check_paragraphs`` asks for them and the caller runs the document
        rule."""
        todo = list(dict.fromkeys(t for a, b in self._blocks(text) if (t := text[a:b]) not in self._cache))
        if len(todo) < 4 or len(todo) > self._cache_size or not worth_forking(todo):
            return None
        return self._prefill_by_rules(text, todo)

    def _prefill_by_rules(self, text: str, todo: list[str]) -> list[Issue] | None:
        """The forked cold pass: the child runs the per-paragraph rules in ``_CHILD_RULES`` on
        every uncached block while this process runs the others, the chrome rules and the
        document-wide rule; the findings are then put together in the serial pass's order. Each
        process fills only the per-word tables of its own rules (split by blocks, both filled
        all of them), and the segments are extracted once, before the fork. Returns the
        document-wide rule's issues."""
        extracted = {t: tuple(extract_prose(t)) for t in todo}
        child_rules = [r for r in _SEGMENT_RULES if r.__name__ in _CHILD_RULES]
        parent_rules = [r for r in _SEGMENT_RULES if r.__name__ not in _CHILD_RULES]

        def run(rules: list[SegmentRule]) -> list[list[list[list[Finding]] | None]]:
            return [[[rule(analyse_cached(seg.text)) for rule in rules] if seg.kind in CHECKED_KINDS else None
                     for seg in extracted[t]] for t in todo]

        mine: list[list[_Partial | None]] = []
        document: list[Issue] | None = None

        def parent_work() -> None:
            nonlocal document
            for t in todo:
                mine.append([_segment_start(seg, parent_rules) for seg in extracted[t]])

            def segments_of(block_text: str) -> tuple[ProseSegment, ...]:
                hit = self._cache.get(block_text)
                return hit.segments if hit is not None else extracted[block_text]

            document = self._check_document(text, segments_of)

        theirs = fork_call(lambda: run(child_rules), parent_work)
        if theirs is None or len(theirs) != len(todo):
            theirs = run(child_rules)  # the child failed: its share is computed here
        child_at = [k for k, r in enumerate(_SEGMENT_RULES) if r.__name__ in _CHILD_RULES]
        for t, partials, rest in zip(todo, mine, theirs, strict=True):
            segments = extracted[t]
            issues: list[Issue] = []
            for seg, part, other in zip(segments, partials, rest, strict=True):
                if part is None:
                    continue
                chrome, chat, own = part
                if own is None:  # the whole segment is chrome (or a heading's doubled word)
                    issues.extend(_to_issue(seg, f) for f in chrome)
                    continue
                if other is None:
                    continue
                per_rule: list[list[Finding]] = []
                it_own, it_other = iter(own), iter(other)
                for k in range(len(_SEGMENT_RULES)):
                    per_rule.append(next(it_other) if k in child_at else next(it_own))
                issues.extend(_to_issue(seg, f) for f in _combine(chrome, chat, per_rule))
            self._store(t, _Block(_finish_block(t, issues), segments))
        return document

    # Document-wide rules -------------------------------------------------------------------

    def segments(self, text: str) -> list[tuple[int, ProseSegment]]:
        """(block offset, segment) for every prose segment, from the block cache."""
        return [(a, seg) for a, b in self._blocks(text) for seg in self._block(text[a:b]).segments]

    def check_document(self, text: str) -> list[Issue]:
        return self._shown(text, self._check_document(text, lambda block_text: self._block(block_text).segments))

    def _check_document(self, text: str, segments_of: Callable[[str], tuple[ProseSegment, ...]]) -> list[Issue]:
        every = [(a, seg) for a, b in self._blocks(text) for seg in segments_of(text[a:b])]
        segs = [(base, seg) for base, seg in every if seg.kind in CHECKED_KINDS]
        titles = [seg.text for _, seg in every if seg.kind == "heading"]
        fm = _TITLE.search(split_front_matter(text).yaml_text)
        if fm:
            titles.append(fm.group(1))
        # A press release's "About ..." section restates the company's description on purpose.
        standard: set[int] = set()
        heading = ""
        for _, seg in every:
            if seg.kind == "heading":
                heading = seg.text
            elif standard_description_heading(heading):
                standard.add(id(seg))
        out: list[Issue] = []
        doc_words: str | None = None
        for (base, seg), f in find_repeated_phrases(segs, " . ".join(titles)):
            if id(seg) in standard or deliberate_repeat(analyse_cached(seg.text), f.start, f.end):
                continue
            if f.end - f.start > 20:
                if doc_words is None:
                    doc_words = " ".join(_DOC_WORD.findall(text.lower()))
                if motif(doc_words, seg.text[f.start : f.end]):
                    continue
            i = _to_issue(seg, f)
            out.append(Issue(i.start + base, i.end + base, i.rule, i.category, i.message, i.severity,
                             i.replacements, i.source))
        return out


def _bare_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _surnames_of(text: str, spans: list[tuple[int, int]], words: set[str]) -> frozenset[str]:
    """The surnames (``doc_names.surnames_in``) among ``words`` that the front matter and the blocks
    ``spans`` (which run on from the front matter to the end) introduce. Only parts that contain
    one of ``words`` can name it, so only those are searched: a cold pass over 100k words searched
    all 2,900 blocks for the sake of six words (~15 ms). No word holds a line break, so none runs
    over a part's edge (each part after the front matter starts a line)."""
    starts = [0, *(a for a, _ in spans)]  # part k is text[starts[k]:ends[k]]; part 0 the front matter
    ends = [spans[0][0], *(b for _, b in spans)]
    hit: set[int] = set()
    for w in words:
        pos = text.find(w)
        while pos != -1:
            k = bisect_right(starts, pos) - 1  # (an empty front matter's part is never chosen)
            hit.add(k)
            pos = text.find(w, ends[k])
    return surnames_in([text[starts[k] : ends[k]] for k in sorted(hit)]) & words


def _common_acronym(text: str, phrase: str) -> bool:
    """Does the text spell ``phrase`` (an acronym) out in lower-case words before it in brackets,
    "change data capture (CDC)"?"""
    if not (2 <= len(phrase) <= 6 and phrase.isupper() and phrase.isalpha()):
        return False
    if f"({phrase})" not in text:
        # every match holds this literal: the search below, which starts at every lower-case word
        # of the document, is ~0.9 s per finding over the bench's 100k words (bisected, session 11)
        return False
    for m in re.finditer(r"((?:\b[a-z][\w-]*\s+){1,6})\(" + re.escape(phrase) + r"\)", text):
        words = m.group(1).split()[-len(phrase):]
        if [w[0].upper() for w in words] == list(phrase):
            return True
    return False


def _may_be_plural(phrase: str) -> bool:
    """Is the phrase's last word a common noun whose plural is the same word ("spacecraft",
    "sheep", "species")? Bare, it may be a plural, which needs no article."""
    from editor_app.core.checks.builtin.lexicon import inflection, lemmas

    head = phrase.split()[-1] if phrase.split() else ""
    if not head.isalpha() or not head.islower():
        return False
    # (lemminflect offers the base as a second plural of most nouns: only its one form counts)
    if head.endswith("craft") or head in _ZERO_PLURAL:
        return True
    # ("homeless", "west": an adjective or a direction used as a noun is not a plural)
    return inflection(head, "NNS") == (head,) and not {"ADJ", "ADV"} & set(lemmas(head))


_ZERO_PLURAL = frozenset(["deer", "fish", "salmon", "trout", "cod", "offspring", "bison", "swine", "cattle",
                          "squid", "shrimp", "elk", "livestock", "poultry", "aircraft"])


@cache
def thorough_rules() -> frozenset[str]:
    """Rule ids that run only in thorough mode: those that raised as many false alarms as they
    found faults on sealed sets they had never seen (``resources/checks/rule_tiers.tsv``)."""
    from editor_app.core.checks.builtin import data

    return frozenset(row[0] for row in data.rows("rule_tiers.tsv"))


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector during a full pass: the pass allocates hundreds of thousands
    of short-lived tokens that reference counting frees, and collector runs over them were a fifth
    of a 100k-word pass. The previous state is restored even if a rule raises."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            _promote_survivors()
            gc.enable()


def _promote_survivors() -> None:
    """Move the pass's survivors (cached tokens and findings, ~400k objects after 100k words)
    straight to the oldest generation: otherwise the first allocation after ``gc.enable`` runs a
    young collection over all of them (~0.17 s, a tenth of a cold pass) only to find them alive.
    ``freeze`` + ``unfreeze`` is two list splices; cyclic garbage among them is still found by the
    next full collection. Skipped when the process froze objects of its own (unfreeze would
    release them)."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()


_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_TITLE = re.compile(r"^title:\s*['\"]?(.*?)['\"]?\s*$", re.MULTILINE)

# Faults are judged in running prose: paragraphs and list items (table cells are data).
CHECKED_KINDS = frozenset({"paragraph", "list_item"})
# Outside running prose only the doubled word is judged: "## What the the council decided" and a
# table cell's "Pack the the poles" are the writer's slips whatever the block. A block quote is
# someone else's words, quoted as they were (a decoy in the training sets quotes "Keep the the lamp lit").
_TYPO_KINDS = frozenset({"heading", "table_cell"})


def _finish_block(block_text: str, issues: list[Issue]) -> tuple[Issue, ...]:
    """The block-level filters on a block's issues."""
    # A bold label row, a byline or a wire credit is the article's own, not pasted chrome; so is a
    # bar of facts the author set in bold ("**Serves:** 4 · **Prep:** 10 minutes", "**★★★★☆** ·
    # Town Hall · until 4 May"): chrome copied from a page comes as plain text.
    issues = [i for i in issues if i.category != "web_boilerplate" or not (
        authored_span(block_text, i.start, i.end) or _bold_bar_span(block_text, i.start, i.end))]
    # A bold label quoted from a screen ("Tap **Add to wallet**") keeps its own grammar.
    issues = [i for i in issues if i.category != "missing_article" or not inside_bold(block_text, i.start, i.end)]
    return tuple(issues)


# "**Label:** value ·", "**Label**: value ·", "**★★★★☆** ·" (a bold rating or figure, no letters),
# "**Recommended** · PC, PS5 · £16.99" (a bold verdict and its facts, a figure among them; "**Share
# this story** · Facebook · Email" is still chrome)
_BOLD_BAR = re.compile(
    r"^\s*(?:[-*+]\s+)?(\*\*|__)(?:[^*_\n]{1,30}?:\1|[^*_\n]{1,30}?\1:|[^A-Za-z*_\n]{1,30}\1|[^*_\n]{1,30}?\1\s*[·•|](?=.*\d)).*[·•|]")


def _bold_bar_span(source: str, start: int, end: int) -> bool:
    """Is every source line that ``[start, end)`` touches a bar ("·", "•" or "|" between its
    items) that opens with a label or a rating in Markdown bold?"""
    a = source.rfind("\n", 0, start) + 1
    b = source.find("\n", max(start, end - 1))
    lines = [ln for ln in source[a : len(source) if b < 0 else b].split("\n") if ln.strip()]
    return bool(lines) and all(_BOLD_BAR.match(ln) for ln in lines)


# The per-paragraph rules a forked child runs in a cold full pass (by name; the parent runs the
# others, the chrome rules and the document-wide rule). Chosen so that both processes get about
# half of a pass (2026-11-27, 100k-word bench text at load ~5.5, CPU: parent 1.01-1.06 s, child
# 0.91-0.94 s of a 1.62-1.74 s serial pass before hedges moved to the child) and rules sharing
# per-word tables stay together (the phrase rules).
_CHILD_RULES = frozenset(
    ["check_gloss_pleonasms", "check_pleonasms", "check_wordy", "check_hedges", "check_duplicates",
     "check_cognate_families"])

# (listed chrome, chrome and assistant findings, the findings of each rule run here - or None when
# the whole segment is chrome and no other rule counts)
_Partial = tuple[list[Finding], list[Finding], "list[list[Finding]] | None"]


def _segment_start(seg: ProseSegment, rules: list[SegmentRule]) -> _Partial | None:
    """The chrome rules and ``rules`` on one segment (``None`` for a segment no rule judges)."""
    if seg.kind not in CHECKED_KINDS:
        if seg.kind in _TYPO_KINDS:  # a doubled word is a slip in a heading or a table cell too
            found = check_repeated_words(analyse_cached(seg.text))
            return (found, [], None) if found else None
        return None
    an = analyse_cached(seg.text)
    chrome = check_boilerplate(an, seg)
    if chrome and chrome[0].start == 0 and chrome[0].end == len(seg.text):
        return chrome, [], None
    chat = check_chrome(an, seg, chrome, check_chatbot(an))  # listed rules first, then shapes
    return chrome, chat, [rule(an) for rule in rules]


def _run_segment_rules(seg: ProseSegment) -> list[Finding]:
    part = _segment_start(seg, list(_SEGMENT_RULES))
    if part is None:
        return []
    chrome, chat, per_rule = part
    if per_rule is None:
        return chrome
    return _combine(chrome, chat, per_rule)


def _combine(chrome: list[Finding], chat: list[Finding], per_rule: list[list[Finding]]) -> list[Finding]:
    """One segment's findings: the chrome rules', then each rule's in ``_SEGMENT_RULES`` order."""
    found: list[Finding] = [*chrome, *chat]
    for got in per_rule:
        found.extend(got)
    if chat:  # other rules inside an assistant leftover only add noise
        spans = [(c.start, c.end) for c in chat]
        found = [f for f in found if f in chat or not any(a <= f.start and f.end <= b for a, b in spans)]
    return _first_of_overlapping(found)


def _first_of_overlapping(found: list[Finding]) -> list[Finding]:
    """One finding per fault: of findings of one category whose spans overlap, the first rule's
    wins (two rules that see the same pleonasm must not underline it twice)."""
    kept: list[Finding] = []
    by_category: dict[str, list[tuple[int, int]]] = {}
    for f in found:
        spans = by_category.setdefault(f.category, [])
        end = max(f.end, f.start + 1)
        if any(f.start < b and a < end for a, b in spans):
            continue
        spans.append((f.start, end))
        kept.append(f)
    return kept


def _to_issue(seg: ProseSegment, f: Finding) -> Issue:
    start, end = seg.source_span(f.start, f.end)
    return Issue(start, end, f.rule, f.category, f.message, f.severity, f.replacements, "builtin")
