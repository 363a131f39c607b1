"""Hedge stacking: two or more hedges on one claim ("reportedly ... purportedly")."""

from __future__ import annotations

from functools import cache

from editor_app.core.checks.builtin import data
from editor_app.core.checks.builtin.findings import Finding, quote
from editor_app.core.checks.builtin.phrases import Match, Pattern, compile_pattern
from editor_app.core.checks.builtin.redundancy import phrase_matches
from editor_app.core.checks.builtin.text import Analysis

WINDOW_WORDS = 12
_MODALS = frozenset(["may", "might", "could"])


@cache
def hedge_patterns() -> list[Pattern]:
    """The hedges of ``hedges.txt`` (data: their strength); scanned together with the pleonasm and
    wordy phrases (``redundancy.phrase_matches``)."""
    pats = []
    for line in data.lines("hedges.txt"):
        phrase, _, strength = line.partition("\t")
        phrase = phrase.strip()
        for form in _contracted(phrase):
            pats.append(compile_pattern(form, (strength.strip() or "strong",)))
    return pats


def _contracted(phrase: str) -> list[str]:
    """The phrase and, for "it is ..." / "there is ...", its contracted forms ("it's likely that",
    "there’s a chance that"): one token in running text, so the open form alone never matched it."""
    out = [phrase]
    for full, short in (("it is ", "it"), ("there is ", "there")):
        if phrase.startswith(full):
            rest = phrase[len(full):]
            out += [f"{short}'s {rest}", f"{short}\u2019s {rest}"]
        elif f" {full}" in phrase:
            out += [phrase.replace(f" {full}", f" {short}'s ", 1), phrase.replace(f" {full}", f" {short}\u2019s ", 1)]
    return out


def check_hedges(an: Analysis) -> list[Finding]:
    out: list[Finding] = []
    found: list[Match] = []
    for m in phrase_matches(an, 2):
        first = m.tokens[0]
        if first.text == "May" and an.tokens[an.sentences[first.sentence].first].index != first.index:
            continue  # the month
        if _second_of_alternative(an, first.index):
            continue  # "may or may not": one hedge offering both outcomes
        if len(m.tokens) == 1 and first.lower in _MODALS and _after_if_subject(an, first.index):
            continue  # "swim a length if we could": a condition on ability, not a hedge
        if _after_or_so(an, m):
            continue  # "more restaurants than houses, or so it seems": one hedge, "or so" with its
            # clause (as "or so they say" in the list), not "or so" and "it seems"
        found.append(m)
    found.extend(_split_frames(an, found))
    found.sort(key=lambda m: (m.tokens[0].start, -m.tokens[-1].end))
    # Drop hedges nested in a longer one ("seems" inside "it seems").
    kept: list[Match] = []
    for m in found:
        if kept and m.tokens[0].start < kept[-1].tokens[-1].end:
            continue
        kept.append(m)
    if not kept:
        return out
    # (only runs of two or more hedges read word positions: most segments have at most one hedge)
    word_pos = {t.index: i for i, t in enumerate(an.words)} if len(kept) > 1 else {}
    i = 0
    while i < len(kept):
        run = [kept[i]]
        j = i + 1
        while j < len(kept):
            prev, cur = run[-1], kept[j]
            if cur.tokens[0].sentence != prev.tokens[0].sentence:
                break
            gap = word_pos[cur.tokens[0].index] - word_pos[prev.tokens[-1].index]
            if gap > WINDOW_WORDS or _new_clause_between(an, prev.tokens[-1].index, cur.tokens[0].index):
                break
            run.append(cur)
            j += 1
        if len(run) == 2 and (_own_ability(an, run) or _relative_then_main(an, run)):
            i = j
            continue
        strong = any(m.pattern.data[0] in ("strong", "stack") for m in run)
        # Weak hedges stack too when they crowd one claim ("appears to suggest ... could",
        # "might see what could be"): three of them, or two within a few words.
        close_pair = (
            len(run) == 2
            and all(m.tokens[0].lower in _MODALS for m in run)
            and word_pos[run[1].tokens[0].index] - word_pos[run[0].tokens[-1].index] <= 4
        )
        # A chain of hedging words with at most one word between ("appears to suggest",
        # "could potentially", "seems likely") is a stack even when each is weak.
        chain = any(
            word_pos[run[k + 1].tokens[0].index] - word_pos[run[k].tokens[-1].index] <= 2
            for k in range(len(run) - 1)
        )
        # A hedge and a downtoner fused into one match ("perhaps slightly") is two hedges.
        fused = any(m.pattern.data[0] == "stack" for m in run)
        # Inside a quotation the speaker's own caution is kept, unless two strong hedges crowd
        # one claim a few words apart ("probably find it perhaps"): that stack is the writer's.
        if any(t.quoted for m in run for t in m.tokens):
            quoted_stack = len(run) == 2 and all(
                m.pattern.data[0] in ("strong", "stack") and all(t.quoted for t in m.tokens) for m in run
            ) and word_pos[run[1].tokens[0].index] - word_pos[run[0].tokens[-1].index] <= 3
            if not quoted_stack or _spoken_frame(an, run):
                i = j
                continue
        if fused or len(run) >= 2 and (strong or len(run) >= 3 or close_pair or chain):
            a, b = run[0].tokens[0].start, run[-1].tokens[-1].end
            names = ", ".join(quote(an.text[m.tokens[0].start : m.tokens[-1].end]) for m in run)
            out.append(
                Finding(
                    a,
                    b,
                    "hedge-stacking",
                    "hedge_stacking",
                    f"Stacked hedges ({names}) on one claim; keep the one that is true, or none.",
                )
            )
        i = j
    return out


_IF_SUBJECTS = frozenset(["i", "we", "you", "they", "he", "she", "it", "one"])


def _after_or_so(an: Analysis, m: Match) -> bool:
    """Does the match open the clause of "or so" ("or so it seems", "or so it appeared")?"""
    toks = an.tokens
    i = m.tokens[0].index
    for k in range(i - 1, max(i - 4, 1), -1):  # (the subject and at most two words of its verb between)
        if toks[k].lower == "so" and toks[k - 1].lower == "or":
            return k + 1 < len(toks) and toks[k + 1].lower in _IF_SUBJECTS
        if not toks[k].is_word:
            return False
    return False


def _after_if_subject(an: Analysis, i: int) -> bool:
    """Is the modal at ``i`` the verb of an "if" clause with a pronoun subject ("if we could",
    "if you can", "if they might not")?"""
    return (i >= 2 and an.tokens[i - 1].lower in _IF_SUBJECTS and an.tokens[i - 2].lower in ("if", "unless")
            and an.tokens[i - 2].sentence == an.tokens[i].sentence)


def _second_of_alternative(an: Analysis, i: int) -> bool:
    """The repeated modal of "may or may not", "might or might not", "could or could not"."""
    toks = an.tokens
    return (i >= 2 and i + 1 < len(toks) and toks[i - 1].lower == "or" and toks[i - 2].lower == toks[i].lower
            and toks[i].lower in _MODALS and toks[i + 1].lower == "not")


_COORDINATORS = frozenset(
    ["and", "but", "or", "while", "whereas", "although", "though", "yet", "which", "who", "where", "when"]
)


def _new_clause_between(an: Analysis, a: int, b: int) -> bool:
    """A separate claim starts between two hedges: "..., but perhaps", "...; possibly".
    A coordinator right after the first hedge joins the hedges themselves ("seemingly, and arguably")."""
    toks = an.tokens
    for k in range(a + 1, b):
        t = toks[k]
        starts_clause = t.text == ";" or t.lower == "but" or (
            t.lower in _COORDINATORS and k > 0 and toks[k - 1].text == ","
        )
        if not starts_clause:
            continue
        # "..., though this is perhaps optimistic", "..., which would suggest": a clause about the
        # same claim (it refers back to it), so its hedge still stacks on that claim.
        nxt = next((x for x in toks[k + 1 : b + 1] if x.is_word), None)
        if nxt is not None and t.lower != "but" and (
                nxt.lower in ("this", "that", "it") or t.lower == "which" and nxt.index == b
                or t.lower == "which" and nxt.lower in ("would", "could", "might", "may")):
            continue
        words_since_hedge = sum(1 for x in toks[a + 1 : k] if x.is_word)
        if words_since_hedge >= 1:
            return True
    return False


_ABILITY = frozenset(["could", "can"])
_FIRST_PERSON = frozenset(["i", "we"])
_RELATIVES = frozenset(["that", "which", "who"])


def _own_ability(an: Analysis, run: list[Match]) -> bool:
    """ "I think I could do that", "we believe we can finish": a speaker's view of their own
    ability ("I could" = "I would be able to"), not a second hedge on a claim."""
    first, second = run
    if first.tokens[0].lower not in _FIRST_PERSON or len(second.tokens) != 1:
        return False
    k = second.tokens[0].index
    return second.tokens[0].lower in _ABILITY and k > 0 and an.tokens[k - 1].lower in _FIRST_PERSON


def _relative_then_main(an: Analysis, run: list[Match]) -> bool:
    """ "every acre that could become allotments could also become housing": the first modal is
    inside a relative clause on the subject, the second is the main clause's own verb; two claims,
    each with one modal."""
    first, second = run
    if len(first.tokens) != 1 or len(second.tokens) != 1:
        return False
    a, b = first.tokens[0], second.tokens[0]
    if a.lower not in _MODALS and a.lower != "can" or b.lower not in _MODALS and b.lower != "can":
        return False
    before_a = an.tokens[a.index - 1] if a.index > 0 else None
    before_b = an.tokens[b.index - 1]
    return (before_a is not None and before_a.lower in _RELATIVES and before_b.is_word
            and before_b.lower not in _RELATIVES and before_b.lower not in ("what", "whatever", "and", "or")
            and b.index - a.index >= 2)


# The reporting frames of hedges.txt ("is said to", "are thought to") with a hedging adverb
# wedged between the verb and the participle: "is reportedly thought to", "were apparently said
# to". The list's frame no longer matches as a phrase, yet both hedges are there.
_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])
# (the participles of hedges.txt's own frames, with their strength there)
_REPORTING = {"said": "strong", "thought": "weak", "believed": "weak", "rumoured": "strong", "rumored": "strong",
              "reported": "strong", "understood": "weak", "alleged": "strong"}


def _split_frames(an: Analysis, found: list[Match]) -> list[Match]:
    """A be-verb, a one-word hedge from the list, then a reporting participle + "to": the frame
    counts as a second hedge (a match of its participle and "to")."""
    out: list[Match] = []
    toks = an.tokens
    n = len(toks)
    for m in found:
        if len(m.tokens) != 1:
            continue
        k = m.tokens[0].index
        if k < 1 or k + 2 >= n or toks[k - 1].lower not in _BE:
            continue
        part, to = toks[k + 1], toks[k + 2]
        strength = _REPORTING.get(part.lower)
        if strength is None or to.lower != "to" or not part.is_word:
            continue
        out.append(Match(_frame_pattern(strength), (part, to), (part, to)))
    return out


@cache
def _frame_pattern(strength: str) -> Pattern:
    return compile_pattern("(said|thought|believed|rumoured|rumored|reported|understood|alleged) to", (strength,))


# A speaker's first-person opinion frame ("I think", "I'd say", "I suppose").
_FRAME_SUBJECTS = frozenset(["i", "we", "i'd", "i’d", "we'd", "we’d"])
# Words that open the frame's complement clause as its subject ("I think we probably ...", "I'd
# say it's maybe ...", "I suppose the lads were ...").
_CLAUSE_SUBJECTS = frozenset(
    ["i", "we", "you", "he", "she", "it", "they", "this", "that", "there", "the", "our", "my", "his", "her",
     "their", "your", "its", "some", "most", "people", "everyone", "nobody"])


def _spoken_frame(an: Analysis, run: list[Match]) -> bool:
    """ "I think Ben would probably say the same", "I'd say it's maybe not as bad": in quoted
    speech a first-person opinion frame followed by its own clause (a subject, then the clause's
    hedge) is how people talk; the frame says whose view it is, the second word how sure they are.
    Not a frame put beside another hedge with no clause of its own ("rather, I suppose, maybe")."""
    if len(run) != 2:
        return False
    frame, other = run
    if frame.tokens[0].lower not in _FRAME_SUBJECTS or len(frame.tokens) < 2:
        return False
    toks = an.tokens
    k = frame.tokens[-1].index + 1
    if k >= other.tokens[0].index or not toks[k].is_word:
        return False  # the next hedge at once, or a comma: a parenthetical frame
    first = toks[k]
    low = first.lower.replace("’", "'").split("'")[0]
    return low in _CLAUSE_SUBJECTS or first.is_cap and first.lower not in _FRAME_SUBJECTS
