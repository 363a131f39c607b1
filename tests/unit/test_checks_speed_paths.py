"""The speed paths of the built-in checker change nothing a caller can see."""

from __future__ import annotations

import gc

from editor_app.core.checks.builtin import BuiltinChecker
from editor_app.core.checks.builtin.phrases import PhraseIndex, compile_patterns
from editor_app.core.checks.builtin.text import analyse

TEXT = "We will plan ahead in advance. The end result was a free gift. In a careful manner, we met."


def test_collector_is_restored_and_frozen_objects_stay_frozen() -> None:
    assert gc.isenabled()
    BuiltinChecker().check(TEXT)
    assert gc.isenabled()
    # A caller's own frozen objects are not released by the pass.
    kept = [object() for _ in range(10)]
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        BuiltinChecker().check(TEXT + " Another paragraph here.")
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
    del kept
    # With the collector off before the pass, it stays off.
    gc.disable()
    try:
        BuiltinChecker().check(TEXT)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_phrase_index_finds_every_kind_of_key_in_token_order() -> None:
    pats = [p for line in ("plan ahead [in advance]", "end result", "free gift", "join~ together",
                           "(in|with) a ... manner", "the end result")
            for p in compile_patterns(line)]
    index = PhraseIndex(pats)
    an = analyse("They joined together to plan ahead in advance; the end result with a careful manner was a free gift.")
    found = [(m.pattern.source, m.tokens[0].start) for m in index.find(an)]
    assert found == sorted(found, key=lambda x: x[1])
    assert {s for s, _ in found} == {"join~ together", "plan ahead [in advance]", "the end result", "end result",
                                      "(in|with) a ... manner", "free gift"}
    # Twice on one analysis (the per-word plans are cached): the same matches.
    assert [(m.pattern.source, m.tokens[0].start) for m in index.find(an)] == found


def test_token_offsets_match_the_tokeniser_on_awkward_text() -> None:
    """``analyse`` finds token starts by searching for each token's text after the previous one;
    the spans must be the regex's own, even where a token's text occurs just before it."""
    import re

    from editor_app.core.checks.builtin.text import _TOKEN
    from editor_app.core.prose import PLACEHOLDER

    samples = [
        "a a  aa a.a a-a -- ---a 1,000,000.5 1,00 1,000x é\u00e9 Ωmega … ”“ ‘x’ it’s",
        f"See {PLACEHOLDER}{PLACEHOLDER} and {PLACEHOLDER}x. \t\n Mr. O'Neil's co-op—e.g. 3.5%!",
        "", "   ", "x", "..!?", "ab\u00a0ab\u2009ab\u3000ab",
    ]
    for s in samples:
        want = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(s)]
        got = [(t.start, t.end, t.text) for t in analyse(s).tokens]
        assert got == want, s
        # the premise: nothing but whitespace between tokens
        assert re.fullmatch(r"\s*", "".join(_TOKEN.split(s))), s


def test_tokens_made_without_init_equal_constructed_tokens() -> None:
    """``analyse`` makes tokens with ``object.__new__`` and slot stores (no ``__init__`` call):
    every field must be set, to what ``Token(...)`` would have made, ASCII or not."""
    from dataclasses import fields

    from editor_app.core.checks.builtin.text import Token

    for text in ("Mr. Smith's co-op sold 1,000 jars. Was it “fine”? Yes!",
                 "Café owners in Zürich_x said _under: “we’ll see”. Then—nothing.", "x", ""):
        an = analyse(text)
        for t in an.tokens:
            made = Token(t.start, t.end, t.text, t.lower, t.is_word, t.index, t.sentence, t.quoted, t.is_cap)
            assert all(getattr(t, f.name) == getattr(made, f.name) for f in fields(Token)), t
            assert t.lower == (t.text.lower() if t.is_word or t.text[:1] == "_" else t.text)
            assert t.is_word == t.text[0].isalnum()
            assert t.is_cap == t.text[0].isupper()
        assert an.words == [t for t in an.tokens if t.is_word]
        assert [t.index for t in an.tokens] == list(range(len(an.tokens)))


def test_quote_shortcut_and_word_forms_agree_with_the_slow_definitions() -> None:
    from editor_app.core.checks.builtin.phrases import word_forms

    for text in ("No quotes here. None at all.", "She said “we will plan ahead”. Then she left.",
                 "A lone “ mark. Another sentence.", "It’s ‘fine’, he said. Yes.", ""):
        an = analyse(text)
        assert an.any_quoted == any(t.quoted for t in an.tokens)
        for s in an.sentences:
            words = [t for t in an.tokens[s.first : s.last] if t.is_word]
            assert an.quoted_sentence(s) == (bool(words) and sum(t.quoted for t in words) * 2 > len(words))
        assert word_forms(an) == {t.lower for t in an.words}
        assert word_forms(an) is word_forms(an)  # one set per analysis


def test_shared_sentence_words() -> None:
    an = analyse("One two, three. “Four” five! Six — seven? Eight")
    for s in an.sentences:
        assert an.sentence_words(s) == [t for t in an.tokens[s.first : s.last] if t.is_word]


def test_surnames_per_block_match_the_whole_text() -> None:
    from editor_app.core.checks.builtin import split_blocks
    from editor_app.core.checks.builtin.doc_names import surnames, surnames_in

    text = ("---\nauthor: Laura Finch\n---\n\nOwen Marsh met Leverton Council.\n\nAnna Maria Lopez spoke."
            "\nThe Baker said Hot Water\n\n- Tomas Reed\n- Lina\nBaker\n\n```\nIgnored Code\n```\n")
    spans = split_blocks(text)
    assert surnames_in([text[: spans[0][0]], *(text[a:b] for a, b in spans)]) == surnames(text)
    assert {"Finch", "Marsh", "Maria", "Reed"} <= surnames(text)


def test_substring_shortcuts_agree_with_their_regexes() -> None:
    from editor_app.core import prose
    from editor_app.core.checks.builtin import text as text_mod

    samples = ["plain words only", "a `code` span", "see https://x.y", "http alone", "www.site", "mailto:a@b",
               "xmailto:a", "escaped \\* star", "under_score", "tilde ~ and { brace", "an &amp; entity",
               "bang!", "<tag>", "[link]", "", "ünïcode ’quotes’ «x»", "“open”", "‘single’", 'dumb "x"']
    for s in samples:
        # "no markup" must never be said of text the regex would find markup in (the other way
        # round only costs the slow path: "http alone", "xmailto:")
        if prose._no_markup(s):
            assert prose._SPECIAL.search(s) is None, s
        elif "http" not in s and "mailto:" not in s:
            assert prose._SPECIAL.search(s) is not None, s
    assert set(text_mod._OPEN_Q) == {'"', "“", "«", "‘"}  # the marks analyse tests for


def _slow_sentences(tokens: list) -> list[tuple[int, int]]:  # type: ignore[type-arg]
    """The sentence splitter as it stepped through every token (before it visited only the
    tokens that can end a sentence), for comparison."""
    from editor_app.core.checks.builtin.text import _ABBREV

    out: list[tuple[int, int]] = []
    first, i, n = 0, 0, len(tokens)
    while i < n:
        tok = tokens[i]
        if tok.text in ".!?" or (tok.text == ":" and i + 1 >= n):
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
                out.append((first, j))
                first = j
            i = j
            continue
        i += 1
    if first < n:
        out.append((first, n))
    return out


def test_sentence_splitter_and_shared_sentence_lows() -> None:
    samples = [
        "Wait?! No. Dr. Lee came at 3 p.m. and left. \"Go.\" She went (slowly.) Then: done.",
        "A list:", "x", "", "e.g. this one. That: and the other... Fine!", "J. Smith spoke. Then U.S. troops.",
        "He asked \u201cwhy?\u201d Nobody knew. 2 more followed.", "End.\u201d Next one.",
    ]
    for text in samples:
        an = analyse(text)
        assert [(s.first, s.last) for s in an.sentences] == _slow_sentences(an.tokens), text
        assert an.sentence_lows() == [[t.lower for t in an.tokens[s.first : s.last] if t.is_word]
                                      for s in an.sentences]


def test_split_adverb_gate_keeps_every_split_pair() -> None:
    """``_adverb_split`` first asks whether any mate's first word is in the segment at all; the
    pairs it finds are the same with and without that gate."""
    from editor_app.core.checks.builtin import pleonasm_gloss as pg

    texts = ["The board completely halted the trial altogether.",
             "They simultaneously opened both sites at the same time.",
             "They simultaneously opened both sites at once. We met annually, every year.",
             "The council met each year in May. Staff initially said, at first, no."]

    def split_findings() -> list[tuple[int, int, str]]:
        out = []
        for text in texts:
            an = analyse(text)
            for t in an.words:
                f = pg._adverb_split(an, t)
                if f is not None:
                    out.append((f.start, f.end, f.rule))
        return out

    gated = split_findings()
    assert len(gated) >= 2
    every = {k: frozenset(["x"]) for k in pg._split_mates()}
    real = pg._split_firsts
    pg._split_firsts = lambda: {k: v | {w.lower for w in analyse(" ".join(texts)).words} for k, v in every.items()}  # type: ignore[assignment]
    try:
        assert split_findings() == gated
    finally:
        pg._split_firsts = real  # type: ignore[assignment]


def test_particle_gate_keeps_the_verbs_particles() -> None:
    """``_particle_findings`` skips a verb none of whose particles' first words is in the segment;
    a particle that is there is still found, after a gap and across the "pre-"/"re-" tables."""
    from editor_app.core.checks.builtin.pleonasm_classes import _particle_findings, _particle_firsts

    def found(text: str) -> list[str]:
        an = analyse(text)
        return [text[f.start : f.end] for f in _particle_findings(an, an.words)]

    assert found("The firms merged together last year.") == ["together"]
    assert found("They prebooked the hall in advance.") == ["in advance"]
    assert found("We will plan ahead in advance.") == ["in advance"]
    assert found("They re-opened the case again.") == ["again"]
    assert found("The firms merged last year.") == []
    assert "together" in _particle_firsts("merged") and _particle_firsts("the") == frozenset()
