"""Doubled words ("the the") and cognate repetition ("the investors who invested")."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from itertools import compress
from operator import attrgetter
from typing import Generic, TypeVar

from editor_app.core.checks.builtin import data
from editor_app.core.checks.builtin.findings import Finding, quote
from editor_app.core.checks.builtin.lexicon import is_verb_form, lemmas, root
from editor_app.core.checks.builtin.text import Analysis, Token

# Doubles that are grammatical ("I had had enough", "he said that that was fine").
_ALLOWED_DOUBLES = frozenset(
    {"had", "that", "bye", "ha", "no", "yeah", "very", "really", "knock", "blah", "tut", "chop", "well", "hear", "there",
     "yes", "now", "oh", "ah", "ho", "la", "na", "boo", "hush", "tick", "wow"}
)

COGNATE_WINDOW = 12

_V = TypeVar("_V")


class WordTable(dict[str, _V], Generic[_V]):
    """A per-word-form table filled on first use: ``table[word]`` is ``fn(word)``. A dict read
    costs a third of an ``lru_cache`` call, which matters at ~90k words a pass. Callable with a
    ``cache_clear`` like a cached function, and owned by the module that makes it, so the bench's
    cold pass (``bench_checks.clear_caches``) empties it with the other per-word caches."""

    def __init__(self, fn: Callable[[str], _V], owner: str | None = None) -> None:
        super().__init__()
        self._fn = fn
        self.__module__ = owner or fn.__module__  # ``owner``: the module holding the table
        self.cache_clear = self.clear  # on the instance: the class itself is no cache

    def __missing__(self, word: str) -> _V:
        got = self[word] = self._fn(word)
        return got

    def __call__(self, word: str) -> _V:
        return self[word]


def check_repeated_words(an: Analysis) -> list[Finding]:
    out: list[Finding] = []
    toks = an.tokens
    done = -1  # the last token of the run just flagged
    for i in range(len(toks) - 1):
        if i < done:
            continue  # inside a run already flagged ("the the the": one finding)
        a, b = toks[i], toks[i + 1]
        if not (a.is_word and b.is_word) or a.lower != b.lower:
            continue
        nxt = toks[i + 2] if i + 2 < len(toks) else None
        if a.lower in _ALLOWED_DOUBLES:
            continue  # "had had", "that that" (even before "the": a sealed clean article wrote one well)
        if a.lower.replace(".", "").isdigit():
            continue
        if len(a.lower) == 1 and a.lower != "a" and not (
                a.text == b.text == "I" and nxt is not None and nxt.is_word and nxt.text.islower()
                and (i == 0 or not toks[i - 1].is_cap)):
            continue  # initials and list letters ("A. A. Milne", "(a) (b)"); "I I think" is a slip
        if a.end == b.start:
            continue
        if a.is_cap and b.is_cap and _doubled_name(an, a, b):
            continue
        if a.lower in _PREPOSITIONS and _passive_particle(toks, i):
            continue
        # The underline covers both words (as LanguageTool's does): writers mark either copy as
        # the mistake, and the fix keeps the first one's spelling ("The the" -> "The"). A word
        # typed three times ("for a a" at a line's end, "a" again on the next) is one finding over
        # the whole run, so whichever copy a reader marks, it is underlined.
        last = i + 1
        while last + 1 < len(toks) and toks[last + 1].is_word and toks[last + 1].lower == a.lower \
                and toks[last].end < toks[last + 1].start:
            last += 1
        done = last
        b = toks[last]
        run = an.text[a.start : b.end]
        said = " ".join(run.split())
        message = (f"Doubled word: {quote(said)}. Delete the second {quote(b.text)}." if last == i + 1
                   else f"Repeated word: {quote(said)}. Keep one {quote(a.text)}.")
        out.append(Finding(a.start, b.end, "repeated-word", "repeated_word", message, (a.text,), "error"))
    return out


# Closed-class words: capitalised twice they are still a slip ("The The"), never a name.
_CLOSED = frozenset(
    ["the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "is", "was",
     "are", "were", "be", "it", "this", "that", "we", "they", "he", "she", "you", "i", "my", "our", "their", "his",
     "her", "its", "as", "if", "so", "not", "no", "do", "did", "has", "have"])


def _doubled_name(an: Analysis, a: Token, b: Token) -> bool:
    """ "Wagga Wagga", "Bora Bora", "a café called Coffee Coffee": a content word capitalised
    twice, after a lower-case word or opening the sentence, and before no third capitalised
    word, is a name that doubles itself (a title-case line capitalises its neighbours too; "said
    Ravi Ravi Shinde" doubles a name's first word)."""
    if a.lower in _CLOSED or "\n" in an.text[a.end : b.start]:
        return False
    toks = an.tokens
    nxt = toks[b.index + 1] if b.index + 1 < len(toks) else None
    if nxt is not None and nxt.is_word and nxt.is_cap:
        return False  # a longer name with its first word said twice ("said Ravi Ravi Shinde"), a title
    k = a.index - 1
    while k >= 0 and not toks[k].is_word and toks[k].sentence == a.sentence:
        k -= 1
    return k < 0 or toks[k].sentence != a.sentence or not toks[k].is_cap


# (the prepositions that open a time or place after the verb's own: "operated on on Monday",
# "was checked in in London"; "locked to to an object" is a slip)
_PREPOSITIONS = frozenset(["on", "in"])
_BE_FORMS = frozenset(["is", "are", "was", "were", "be", "been", "being", "isn't", "wasn't", "weren't", "aren't"])


def _passive_particle(toks: list[Token], i: int) -> bool:
    """ "She was operated on on a Saturday", "the plan was voted on on Monday": a passive
    prepositional verb keeps its preposition, and the next phrase may open with the same one."""
    if i < 2:
        return False
    verb, be = toks[i - 1], toks[i - 2]
    if not (verb.is_word and be.is_word and be.lower in _BE_FORMS and verb.sentence == toks[i].sentence):
        return False
    if verb.lower.endswith("ed") or "VERB" in lemmas(verb.text) and verb.lower.endswith(("en", "t", "ne")):
        return True
    # "to be sworn in in the days before": any past participle ("sworn", "shut", "hung")
    from editor_app.core.checks.builtin.lexicon import inflection

    return any(verb.lower in inflection(v, "VBN") for v in lemmas(verb.text).get("VERB", ()))


def _determiners() -> frozenset[str]:
    return data.word_set("determiners.txt")


def _noun_use(an: Analysis, tok: Token) -> bool:
    """Is ``tok`` used as a noun: a noun form after a determiner (adjectives may come between)."""
    forms = lemmas(tok.text)
    gerund = False
    if "NOUN" not in forms:
        if "VERB" in forms and tok.lower.endswith("ing") and len(tok.lower) > 5 and _gerund_head(an, tok):
            # a gerund the lexicon lists only as a verb, heading its phrase ("that small saving
            # saved us", "the warming has warmed"): a noun when a determiner comes before it
            gerund = True
            forms = {**forms, "NOUN": (tok.lower,)}
        elif forms or not tok.lower.endswith(("ees", "ers", "ors", "ists", "ants", "ents")):
            return False
        else:
            forms = {"NOUN": (tok.lower[:-1],)}  # an agent noun lemminflect lacks ("attendees")
    verb = forms.get("VERB")
    nouns = {n.lower() for n in forms["NOUN"]}
    if (verb and verb[0].lower() != tok.lower and tok.lower in nouns and not tok.lower.endswith("s")
            and not tok.lower.endswith("ing")):
        return False  # "fell", "left", "found": an irregular past tense, not the rare noun
    prv = an.tokens[tok.index - 1] if tok.index > 0 else None
    if (tok.lower.endswith("ing") and prv is not None and prv.is_word and "'" not in prv.text
            and "’" not in prv.text and prv.lower not in _determiners()
            and prv.lower not in _VERB_CUES and not prv.lower.endswith(("ing", "ed"))
            and "NOUN" in lemmas(prv.text) and "ADJ" not in lemmas(prv.text)):
        return False  # "the people coming home": a participle after its noun, not a gerund
    nxt = an.tokens[tok.index + 1] if tok.index + 1 < len(an.tokens) else None
    if nxt is not None and nxt.lower == "who" and tok.lower.endswith("s"):
        return True  # "Gardeners who garden": a plural noun that a "who" clause describes
    s = an.sentences[tok.sentence]
    if tok.lower.endswith("s") and (all(not t.is_word for t in an.tokens[s.first : tok.index])
                                    or _after_dateline(an, s.first, tok.index)):
        return True  # "Voters voted ...", "LONDON — Voters voted": a plural noun opening the sentence is its subject
    if nxt is not None and nxt.is_word and (nxt.lower[:1].isdigit() or nxt.lower in _COUNT_WORDS) and "ADJ" in forms:
        return False  # "the last eleven minutes", "the final two games": a modifier before a count
    if nxt is not None and nxt.lower in _TIME_NOUNS and "ADJ" in forms:
        return False  # "last winter", "the next season": an adjective on a time, not the noun itself
    if (nxt is not None and nxt.lower in _OBJECT_OPENERS and tok.lower.endswith("s") and "VERB" in forms
            and prv is not None and prv.is_word and prv.lower not in _determiners() and not prv.lower.endswith("s")
            and set(lemmas(prv.text)) == {"NOUN"}):
        return False  # "the farmer makes a choice": a verb between its subject and its object
    if (prv is not None and prv.is_word and not tok.lower.endswith("s") and prv.lower.endswith("s")
            and not prv.lower.endswith("ss") and "NOUN" in lemmas(prv.text) and "ADJ" not in lemmas(prv.text)
            and prv.lower not in _determiners() and "VERB" in forms):
        return False  # "some lakes freeze": a bare verb after its plural subject
    dets = _determiners()
    k = tok.index - 1
    steps = 0
    while k >= 0 and steps < 5:
        t = an.tokens[k]
        if not t.is_word:
            return False
        if t.lower in dets:
            # "a trip that normally takes": "that" opening a relative clause, then only adverbs,
            # makes the -s word its verb
            return not (t.lower in ("that", "which") and "VERB" in forms and tok.lower.endswith("s")
                        and all(set(lemmas(x.text)) == {"ADV"} for x in an.tokens[k + 1 : tok.index]))
        tforms = lemmas(t.text)
        if "VERB" in tforms and "NOUN" not in tforms and "ADJ" not in tforms and not t.lower.endswith(("ing", "ed")):
            return False  # crossed a verb: the determiner belongs to another phrase
        steps += 1
        k -= 1
    # "Long-term warming has warmed ...": a gerund opening its sentence (after modifiers at most),
    # then an auxiliary, is the subject of the clause
    return (gerund and (k < 0 or an.tokens[k].sentence != tok.sentence)
            and tok.index + 1 < len(an.tokens) and an.tokens[tok.index + 1].lower in _AUX_FORMS)


def _unrelated(a: str, b: str) -> bool:
    """Do the word families from WordNet put the two words in different families, both known
    ("comments" and "come")? Suffix stripping down to a short root finds roots the lexicon has no
    link for."""
    from editor_app.core.checks.builtin.cognates_extra import family

    fa, fb = family(a), family(b)
    return isinstance(fa, int) and isinstance(fb, int) and fa != fb


def _after_dateline(an: Analysis, first: int, index: int) -> bool:
    """Is the token right after a news dateline ("KOTA KINABALU — ", "LONDON (Reuters) - ")
    that opens its sentence: capitals, then a dash?"""
    before = an.tokens[first:index]
    if len(before) < 2 or before[-1].text not in ("—", "–", "-"):
        return False
    words = [t for t in before[:-1] if t.is_word]
    return bool(words) and all(t.text.isupper() or t.text[:1].isupper() and t.text.strip("()").isalpha()
                               and words[0].text.isupper() for t in words)


def _gerund_head(an: Analysis, tok: Token) -> bool:
    """Does the -ing word head its phrase: no noun after it that it would describe ("the training
    sessions"), and no object ("saving money")?"""
    nxt = an.tokens[tok.index + 1] if tok.index + 1 < len(an.tokens) else None
    if nxt is None or not nxt.is_word:
        return True
    if nxt.lower in _OBJECT_OPENERS or nxt.lower in _determiners():
        return False  # "saving the money": a verb with its object
    nforms = lemmas(nxt.text)
    return not ("NOUN" in nforms and "VERB" not in nforms or "ADJ" in nforms and "VERB" not in nforms)


# Words that open a verb's object ("makes | a choice", "sets | them free").
_OBJECT_OPENERS = frozenset(["a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "it", "them", "him",
                             "us", "me"])
_TIME_NOUNS = frozenset(["winter", "summer", "spring", "autumn", "year", "years", "week", "weeks", "month", "months",
                         "night", "season", "weekend", "day", "days", "time", "term", "decade", "century", "quarter"])
_COUNT_WORDS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                          "twenty", "thirty", "forty", "fifty", "hundred", "few", "several", "dozen"])


def _new_clause(an: Analysis, a: Token, b: Token) -> bool:
    """Does a coordinated clause open between ``a`` and ``b`` ("Both sides had chances, and both
    had made mistakes"): a comma or semicolon followed by a coordinator, or a semicolon?"""
    toks = an.tokens
    for k in range(a.index + 1, b.index):
        if toks[k].text == ";" or toks[k].text == "," and toks[k + 1].lower in ("and", "but", "yet", "so", "while"):
            return True
    return False


_VERB_CUES = frozenset({"to", "will", "would", "can", "could", "may", "might", "must", "should", "did", "does",
                        "do", "well", "often", "also", "then", "never", "always", "you", "we", "they", "i"})
_RELATIVES = frozenset({"who", "that", "which"})
_REDUPLICATORS = frozenset({"to", "by", "after", "for", "upon", "on", "in"})
_AUX_FORMS = frozenset(
    ["may", "might", "can", "could", "will", "would", "shall", "should", "must", "does", "did", "was", "were",
     "has", "had", "have", "are", "is", "been", "being"]
)
_PRONOUNS = frozenset(["i", "me", "you", "him", "her", "it", "us", "them", "we", "they", "he", "she", "one"])


def _verb_use(an: Analysis, tok: Token) -> bool:
    prev = an.tokens[tok.index - 1] if tok.index > 0 else None
    if not is_verb_form(tok.text):
        return False
    if tok.lower.endswith("ing"):
        # "-ing" forms are mostly gerunds ("the handler ... for handling"); right after a noun
        # they modify it ("a description describing the scene").
        pforms = lemmas(prev.text) if prev is not None else {}
        return (prev is not None and prev.is_word and "NOUN" in pforms and "VERB" not in pforms
                and "ADJ" not in pforms  # "in feline nursing": a gerund after its modifier is a noun
                and prev.lower not in _determiners() and prev.lower not in _VERB_CUES)
    forms = lemmas(tok.text)
    vlem = (forms.get("VERB") or ("",))[0]
    if (prev is not None and prev.is_word and prev.lower.endswith("s") and vlem.lower() == tok.lower
            and "NOUN" in lemmas(prev.text) and prev.lower not in _PRONOUNS):
        return True  # "The new regulations regulate ...": a plural subject, then its verb
    after_det = prev is not None and prev.is_word and prev.lower in _determiners() and prev.lower not in _RELATIVES
    if after_det and "NOUN" in forms:
        return False
    inflected = vlem.lower() != tok.lower
    if prev is not None and prev.lower in _RELATIVES and "NOUN" not in forms:
        return True  # "the developers who develop"
    return inflected or (prev is not None and prev.lower in _VERB_CUES)


@lru_cache(maxsize=65536)
def _heads(word: str) -> tuple[str, ...]:
    """First two letters of the word and of its verb lemma ("won" -> ("wo", "wi"))."""
    low = word.lower()
    verb = lemmas(word).get("VERB")
    if verb and verb[0][:2].lower() != low[:2]:
        return (low[:2], verb[0][:2].lower())
    return (low[:2],)


def sentence_words(an: Analysis) -> list[list[Token]]:
    """The unquoted words of each sentence, built once per analysis and shared by the cognate
    rules (``an.memo``)."""
    key = "sentence_words"
    got = an.memo.get(key)
    if got is None:
        per: list[list[Token]] = [[] for _ in an.sentences]
        for t in an.words:
            if not t.quoted:
                per[t.sentence].append(t)
        an.memo[key] = got = per
    return got  # type: ignore[return-value]


@lru_cache(maxsize=65536)
def _index_heads(word: str) -> tuple[str, ...]:
    """``_heads(word)`` for a word that can be either member of a pair: one the lexicon lists as
    a noun or verb, an agent noun it lacks ("attendees"), or "both"; () for the rest ("the",
    "with", "which") and for words of one or two letters."""
    low = word.lower()
    if len(low) < 3:
        return ()
    forms = lemmas(word)
    if "NOUN" in forms or "VERB" in forms or low == "both" or not forms and low.endswith(_AGENT_PLURALS):
        return _heads(word)
    return ()


_AGENT_PLURALS = ("ees", "ers", "ors", "ists", "ants", "ents")
# ``_index_heads`` by the word as written (lemmas depend on case: "May", "Will").
_HEADS: WordTable[tuple[str, ...]] = WordTable(_index_heads)
_ROOT: WordTable[str] = WordTable(root, __name__)  # ``lexicon.root`` by the word as written


def check_cognates(an: Analysis) -> list[Finding]:
    out: list[Finding] = []
    determiners = _determiners()
    heads_of = _HEADS
    root_of = _ROOT
    for words in sentence_words(an):
        if len(words) < 2:
            continue
        flagged: set[int] = set()
        # Where each two-letter head occurs (as written or as a verb's lemma: "won" -> "wi"), for
        # the words that can be a member of a pair.
        by_head: dict[str, list[int]] = {}
        for j, w in enumerate(words):
            for h in heads_of[w.text]:
                got = by_head.get(h)
                if got is None:
                    by_head[h] = [j]
                else:
                    got.append(j)
        # Only a word whose own head occurs again within the window can start a pair: a noun
        # and its verb within twelve words, an inflected verb and its noun within five (or a
        # "co-" word there: "founded ... co-founders").
        starts: set[int] = set()
        near: set[int] = set()
        for h, idx in by_head.items():
            if len(idx) > 1:
                for p, q in zip(idx, idx[1:], strict=False):
                    if q - p <= COGNATE_WINDOW and words[p].lower[:2] == h:
                        starts.add(p)
                        if q - p <= 5:
                            near.add(p)
        for c in by_head.get("co", ()):
            near.update(range(max(c - 5, 0), c))
        if not starts and not near:
            out.extend(_title_then_verb(an, words, flagged))
            continue
        for i in sorted(starts):
            a = words[i]
            if a.lower == "both":
                for b in words[i + 1 : i + COGNATE_WINDOW]:
                    nxt = an.tokens[b.index + 1] if b.index + 1 < len(an.tokens) else None
                    # "that both agreed" repeats the subject; "apply to both X and Y" does not.
                    as_subject = nxt is not None and nxt.is_word and _verb_use(an, nxt)
                    if b.lower == "both" and b.index not in flagged and as_subject and not _new_clause(an, a, b):
                        flagged.add(b.index)
                        out.append(Finding(b.start, b.end, "cognate:both", "cognate_repetition",
                                           "“both” is repeated in this sentence; say it once.", ("",)))
                        break
                continue
            if len(a.lower) < 4 or a.lower in determiners:
                continue
            # only the words of the window with the noun's root can be its verb (one table look-up
            # each: most windows hold none, and the slower tests below are skipped)
            ra = root_of[a.text]
            if len(ra) < 3:
                continue
            later = [b for b in words[i + 1 : i + 1 + COGNATE_WINDOW] if root_of[b.text] == ra]
            if not later or not _noun_use(an, a) or _in_name(an, a) or _modifies_noun(an, a, later[0]):
                continue  # ("the Water Supply Directive ... to supply": a word of a name, not the noun)
            for b in later:
                prev_cue = b.index > 0 and an.tokens[b.index - 1].lower in ("will", "would", "to", "can", "could", "may", "might", "must", "should")
                a_cue = a.index > 0 and an.tokens[a.index - 1].lower in _VERB_CUES
                if b.lower == a.lower and b.index == a.index + 2 and an.tokens[a.index + 1].lower in _REDUPLICATORS:
                    continue  # "from room to room", "day by day", "coast to coast": a set reduplication
                if (b.index + 2 < len(an.tokens) and an.tokens[b.index + 1].lower in _REDUPLICATORS
                        and an.tokens[b.index + 2].lower == b.lower
                        or b.index >= 2 and an.tokens[b.index - 1].lower in _REDUPLICATORS
                        and an.tokens[b.index - 2].lower == b.lower):
                    continue  # "on the stands ... moved from stand to stand": the idiom, not the noun's verb
                if b.lower == a.lower and (not prev_cue or a_cue) or b.index in flagged or len(b.lower) < 3 or b.lower in _AUX_FORMS:
                    continue
                right_after = b.index == a.index + 2 and an.tokens[a.index + 1].lower in _RELATIVES
                if not (right_after and "VERB" in lemmas(b.text) or _verb_use(an, b)):
                    continue  # "Gardeners who garden": a bare verb right after "who" is a verb
                after = an.tokens[b.index + 1] if b.index + 1 < len(an.tokens) else None
                if (b.lower.endswith("ed") and after is not None and after.is_word and not after.is_cap
                        and after.lower not in _determiners() and after.lower not in _PRONOUNS
                        and set(lemmas(after.text)) == {"NOUN"}):
                    continue  # an attributive participle: "experienced users"
                prev_b = an.tokens[b.index - 1] if b.index > 0 else None
                if (prev_b is not None and prev_b.lower in determiners and b.lower.endswith(("ed", "ing"))
                        and after is not None and after.is_word and not after.is_cap and "NOUN" in lemmas(after.text)):
                    continue  # "every scheduled trip", "a printed receipt": a participle describing its noun
                if (_same_noun(a.text, b.text) and not (prev_b is not None and prev_b.lower in _VERB_CUES)
                        and not (prev_b is not None and prev_b.lower in _RELATIVES)):
                    continue  # "shoes ... shoe"; but "the budget ... also budgets for", "X, which campaigns"
                if "NOUN" not in lemmas(a.text) and not all(
                        t.lower in _AUX_FORMS for t in an.tokens[a.index + 1 : b.index]):
                    continue  # a gerund read as a noun only with its own verb ("the saving saved",
                    # "the warming has warmed"), not "the braking blends with the friction brakes"
                if len(ra) <= 4 and _unrelated(a.text, b.text):
                    continue  # "The comments come from": suffix stripping met a false root the lexicon rejects
                if _infinitive_of_other_verb(an, a, b):
                    continue  # "The first swimmer ..., who learned to swim": another verb's complement
                if _other_clause(an, a, b) or _coordinated_clause(an, a, b):
                    continue  # "After a quiet opening, she sacrificed a knight to open the file"
                if any(an.tokens[k].text in (";", ":") for k in range(a.index + 1, b.index)):
                    continue  # "A heel takes ten minutes; a resole can take a day": parallel clauses
                if (prev_b is not None and prev_b.lower in _BE_FORMS and b.lower[:3] != a.lower[:3]):
                    continue  # "the light was lit": an irregular passive the ear does not hear twice
                if _subordinate_subject(an, a, b):
                    continue  # "Changes will affect any trace captured after the value has been changed"
                if _other_antecedent(an, a, b):
                    continue  # "the best player ... was their goalkeeper, who played": another noun's clause
                if prev_b is not None and prev_b.lower in ("and", "but", "or") and _in_phrase_after_preposition(an, a):
                    continue  # "She trained as a teacher and taught geography": the verb is the subject's
                flagged.add(b.index)
                gap = [t for t in an.tokens[a.index + 1 : b.index] if t.is_word]
                shape = ("relative" if gap and gap[-1].lower in _RELATIVES else "adjacent" if not gap
                         else "aux" if all(t.lower in _AUX_FORMS or t.lower in _VERB_CUES for t in gap) else "near")
                out.append(
                    Finding(
                        b.start,
                        b.end,
                        f"cognate-repetition:{shape}",
                        "cognate_repetition",
                        f"{quote(b.text)} repeats {quote(a.text)} from earlier in the sentence; "
                        "use a different verb or rephrase.",
                    )
                )
                break
        out.extend(_verb_then_noun(an, words, flagged, sorted(near)))
        out.extend(_title_then_verb(an, words, flagged))
    return out


def _in_name(an: Analysis, a: Token) -> bool:
    """Is ``a`` one capitalised word of a name of several ("the Energy Taxation Directive", "the
    Road Safety Authority")?"""
    if not a.is_cap:
        return False
    toks = an.tokens
    nxt = toks[a.index + 1] if a.index + 1 < len(toks) else None
    prev = toks[a.index - 1] if a.index else None
    return (nxt is not None and nxt.is_word and nxt.is_cap
            or prev is not None and prev.is_word and prev.is_cap and an.sentences[a.sentence].first != a.index)


def _modifies_noun(an: Analysis, a: Token, b: Token) -> bool:
    """Does ``a`` modify a noun right after it, a compound ("our lead nurse", "the starter motor"),
    so that the later verb is not heard as the noun said again? Not when that noun is itself
    the later word ("the cutter cuts")."""
    toks = an.tokens
    k = a.index + 1
    if k >= len(toks) or k == b.index or not toks[k].is_word or toks[k].is_cap != a.is_cap and an.sentences[a.sentence].first != a.index:
        return False
    forms = lemmas(toks[k].text)
    if "NOUN" not in forms and "ADJ" not in forms or toks[k].lower in _AUX_FORMS or toks[k].lower in _RELATIVES:
        return False
    after = toks[k + 1] if k + 1 < len(toks) else None
    return after is None or not after.is_word or after.lower not in _determiners() and after.lower not in _PRONOUNS


# Titles that are also verbs ("Judge", "Coach"); given names such as Mark or Bill are not here.
_IS_CAP = attrgetter("is_cap")
_VERB_TITLES = frozenset(["judge", "coach", "captain", "host", "guide", "referee", "umpire", "chair", "doctor",
                          "nurse", "marshal", "pilot", "skipper", "usher", "tutor", "mentor", "counsel"])


def _title_then_verb(an: Analysis, words: list[Token], flagged: set[int]) -> list[Finding]:
    """ "Judge Smith judged the case", "Coach Brown coached", "Director Ana Ruiz, whose debut won
    an award, directs": a title that is also a verb (or an agent noun made from one: director,
    producer, editor), a name, an optional who/whose clause, then that verb."""
    out: list[Finding] = []
    toks = an.tokens
    for i in compress(range(len(words) - 2), map(_IS_CAP, words)):  # capitalised words only
        t = words[i]
        listed = t.lower in _VERB_TITLES
        if not listed and not (t.lower.endswith(("or", "er")) and len(t.lower) > 5 and "NOUN" in lemmas(t.text)):
            continue
        j = i + 1
        while j < len(words) and j - i <= 3 and words[j].is_cap:
            j += 1
        if j == i + 1 or j >= len(words):
            continue
        v = words[j]
        after_name = toks[words[j - 1].index + 1]
        if after_name.text == "," and toks[after_name.index + 1].lower in ("who", "whose"):
            k = after_name.index + 1
            while k < len(toks) and k - after_name.index < 30 and toks[k].text != ",":
                k += 1
            nxt = k + 1
            if k >= len(toks) or nxt >= len(toks) or not toks[nxt].is_word:
                continue
            v = toks[nxt]
        elif v.index != after_name.index:
            continue
        verb = lemmas(v.text).get("VERB")
        if not verb or v.index in flagged or v.lower == t.lower or "NOUN" in lemmas(v.text) and not v.lower.endswith("s"):
            continue
        if listed and verb[0].lower() != t.lower or not listed and root(v.text) != root(t.text):
            continue
        if not listed and root(t.text) == t.lower:
            continue  # no verb inside the title ("Mayor", "Officer")
        flagged.add(v.index)
        out.append(Finding(v.start, v.end, "cognate-repetition:title", "cognate_repetition",
                           f"{quote(v.text)} repeats the title {quote(t.text)}; use a different verb.", ("",)))
    return out


@lru_cache(maxsize=65536)
def _inflected_verb(word: str) -> tuple[str, str] | None:
    """(verb lemma, root) of an inflected verb that is not also a noun ("trained", "founded");
    None for every other word."""
    forms = lemmas(word)
    verb = forms.get("VERB")
    low = word.lower()
    if not verb or "NOUN" in forms or low in _AUX_FORMS or len(low) < 4 or verb[0].lower() == low:
        return None
    return verb[0].lower(), root(word)


_VTN_BREAK_WORDS = frozenset(("and", "but", "or", "while", "as"))
# Words that may stand between a verb and its derived noun in "trained trainees", "treated the lead
# with a treatment", "the site they selected was a selection": articles, pronouns, "with", "be".
_VTN_GAP = frozenset(("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
                      "my", "your", "it", "them", "him", "us", "me", "with", "was", "is", "were", "are", "be",
                      "two", "three", "four", "five", "several", "many", "some", "new", "more"))


def _verb_then_noun(an: Analysis, words: list[Token], flagged: set[int], near: list[int]) -> list[Finding]:
    """ "She trained trainees", "founded the company with two co-founders": a verb, then a noun
    derived from it (an agent or result noun, not the same word). ``near``: the words with a later
    word of the same first two letters, or one starting "co", within five."""
    out: list[Finding] = []
    toks = an.tokens
    for i in near:
        a = words[i]
        info = _inflected_verb(a.text)
        if info is None:
            continue
        verb, ra = info
        scan = a.index + 1
        for b in words[i + 1 : i + 6]:
            stop = False
            while scan < b.index:
                t = toks[scan]
                if t.text in ",;:" or t.lower in _VTN_BREAK_WORDS:
                    stop = True
                    break
                scan += 1
            if stop:
                break  # a new clause: "The team played well and the players were tired"
            if b.index in flagged or b.lower[:2] not in (a.lower[:2], "co"):
                continue
            bare = b.lower[3:] if b.lower.startswith("co-") else b.lower
            nforms = lemmas(bare)
            nouns = nforms.get("NOUN")
            if not nouns or "VERB" in nforms and nforms["VERB"][0].lower() == verb:
                continue  # not a noun, or the same word as the verb ("designed ... design")
            if root(bare) != ra or nouns[0].lower() == verb:
                continue
            if not b.lower.startswith("co-") and not all(
                    t.lower in _VTN_GAP or t.lower[:1].isdigit() for t in toks[a.index + 1 : b.index] if t.is_word):
                continue  # only the verb's own object or complement ("trained trainees", "treated it with
                # a treatment"); "counting bottles over the counter", "receives a printed receipt" are
                # the plain words for a thing of another sense
            flagged.add(b.index)
            out.append(Finding(b.start, b.end, "cognate-repetition:verb-noun", "cognate_repetition",
                               f"{quote(b.text)} repeats {quote(a.text)} from earlier in the sentence; "
                               "use a different word or rephrase."))
            break
    return out


_BE_FORMS = frozenset(["is", "are", "was", "were", "be", "been", "being"])
_CLAUSE_OPENERS = frozenset(["who", "which", "whose", "whom", "that", "where"])


def _other_clause(an: Analysis, a: Token, b: Token) -> bool:
    """Is ``b`` past the one comma that ends ``a``'s phrase, not opening a relative clause about it?
    ("After a quiet opening, she ... to open" is two clauses; "The campaign, which campaigns" one.)"""
    commas = [k for k in range(a.index + 1, b.index) if an.tokens[k].text == ","]
    if len(commas) != 1:
        return False  # none, or a parenthesis that closes again ("The report, when it arrived, reported")
    nxt = an.tokens[commas[0] + 1]
    return nxt.lower not in _CLAUSE_OPENERS


def _coordinated_clause(an: Analysis, a: Token, b: Token) -> bool:
    """Is ``b`` in a clause of its own, after a comma, a coordinator and a new subject ("... returned
    to work in later years, and one, Bridget, worked at the looms")?"""
    toks = an.tokens
    return any(toks[k].text == "," and toks[k + 1].lower in ("and", "but", "so", "yet") and k + 2 < b.index
               for k in range(a.index + 1, b.index - 2))


_SUBORDINATORS = frozenset(["after", "before", "when", "whenever", "once", "until", "since", "because", "if",
                            "unless", "although", "though", "while", "whereas"])
_SUBJECT_WORDS = frozenset(["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
                            "my", "your", "i", "you", "we", "they", "he", "she", "it"])


def _subordinate_subject(an: Analysis, a: Token, b: Token) -> bool:
    """Is ``b`` the verb of a subordinate clause with a subject of its own, opened after ``a``
    ("Changes ... captured after the value has been changed"): a subordinator, a determiner or
    pronoun opening the subject, then words only (six at most) up to ``b``. The noun and the
    verb belong to two statements."""
    toks = an.tokens
    for k in range(a.index + 1, b.index - 1):
        if toks[k].lower in _SUBORDINATORS:
            rest = toks[k + 1 : b.index]
            return (rest[0].lower in _SUBJECT_WORDS and len(rest) <= 6 and all(t.is_word for t in rest)
                    and not any(t.lower in _RELATIVES for t in rest))
    return False


def _other_antecedent(an: Analysis, a: Token, b: Token) -> bool:
    """Does a "who"/"which" clause holding ``b`` describe another noun than ``a`` ("The best player
    on the pitch was their goalkeeper, who played with a broken finger"): a common noun right
    before the pronoun (or its comma) that is not ``a``?"""
    toks = an.tokens
    for k in range(b.index - 1, a.index, -1):
        if toks[k].lower in ("who", "which", "whom"):
            j = k - 1 if toks[k - 1].text != "," else k - 2
            ante = toks[j]
            return (j > a.index and ante.is_word and not ante.is_cap and ante.lower not in _PRONOUNS
                    and "NOUN" in lemmas(ante.text) and root(ante.text) != root(a.text))
    return False


def _same_noun(a: str, b: str) -> bool:
    """ "shoes ... shoe": two forms of one noun are not a cognate pair."""
    na = {n.lower() for n in lemmas(a).get("NOUN", ())}
    nb = {n.lower() for n in lemmas(b).get("NOUN", ())}
    return bool(na & nb)


def _infinitive_of_other_verb(an: Analysis, a: Token, b: Token) -> bool:
    """Is ``b`` an infinitive ("to swim") after another content verb ("learned to swim"), more than
    five words from ``a`` with a relative pronoun between: the verb of a clause about someone
    else's doing, not the noun's own verb ("conservators hope to conserve" is near)."""
    toks = an.tokens
    if b.index < 2 or toks[b.index - 1].lower != "to" or b.index - a.index <= 6:
        return False
    verb = toks[b.index - 2]
    if not verb.is_word or verb.lower in _AUX_FORMS or "VERB" not in lemmas(verb.text) or "NOUN" in lemmas(verb.text):
        return False
    return any(t.lower in _RELATIVES for t in toks[a.index + 1 : b.index - 2])


_PHRASE_PREPOSITIONS = frozenset(["as", "for", "with", "of", "to", "by", "from", "in", "on", "at", "into", "like"])


def _in_phrase_after_preposition(an: Analysis, a: Token) -> bool:
    """Is ``a`` the head of a phrase after a preposition ("as a secondary-school teacher"): the
    object of the preposition, so never the subject of a verb coordinated after it?"""
    k = a.index - 1
    for _ in range(4):
        if k < 0:
            return False
        t = an.tokens[k]
        if t.lower in _PHRASE_PREPOSITIONS:
            return True
        if not (t.is_word or t.text in "-'’") or t.lower in _VERB_CUES or t.lower in _AUX_FORMS:
            return False
        k -= 1
    return False
