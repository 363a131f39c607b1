"""Cognate repetition in a few sentence shapes the word-family rules of ``cognates_extra`` leave
alone, each chosen because it gained faults on the training sets at no clean-prose cost
(tools/mine_cognate_pairs.py lists every same-family pair in a sentence with its features):

* (``adverb``) an adjective and its own -ly adverb close together in one clause ("her typical
  shift as typically starting", "remorse that was genuine and genuinely felt");
* (``comparative``) an adjective, then its own comparative or superlative as the predicate of
  the same clause ("the quiet mode is quieter than");
* (``relative``) a noun, a relative pronoun and an adverb, then the noun as its verb ("a cost
  that simply costs consumers");
* (``possessive``) a verb and at once its own noun as a possessive ("reviewed the review's
  recommendations");
* (``ellipsis``) a verb said again at the end of a comparison where English leaves it out
  ("raise far more than they expected to raise");
* (``coordinate``) a verb, then its own nominalisation as the subject of the next coordinate
  clause ("baked her bread twice a week, and the baking filled the yard", "decides to rebuild
  the ledgers, and the decision sets", "has grown into a festival, and its growth shows");
* (``participle``) a verb, then after a comma a participle clause of the same verb that says it
  again ("had fitted bars to their bikes, fitting them themselves"), or a verb phrase joined by
  "and" to the same verb ("has been serving it since 1998, and serves three hundred a day");
* (``subject``) a sentence's subject noun, then its own verb after a phrase or "is ADJ and"
  ("The main break at the point breaks best", "The steering is light and steers");
* (``object-relative``) a noun, then a relative clause whose verb is the noun's own ("the
  forecast that the weather office forecast");
* (``adjacent``) a plural noun, then at once its own verb with an object or particle ("MERV 13
  filters filter out").

Not lapses, by construction: adverbs whose sense drifted ("hardly", "shortly", "mainly"); a
comparative that is not the predicate ("a strong start and a stronger finish"); after a passive
or a denied verb, the noun of the event ("was promoted in May, and her promotion", "does not
drain the tank, but the draining of"); a noun whose commonest WordNet sense is a thing, place,
group or event rather than the verb's act ("the station", "the government", "the meeting",
"the opening": ``cognate_action_nouns_wn.txt``, tools/make_cognate_action_nouns.py) or an -ing
word on a noun, a kind of thing ("the setting sun", "the training ground"). Measured over all training sets (2026-11-29): 351 -> 370 of 466 faulty
cognate annotations, no new alarm in 312,889 words of clean prose nor in the faulty sets'
unannotated text; a verb and its noun in a prepositional phrase ("planned ... with a plan")
was tried and dropped (1 fault against 6 clean alarms), and so was a subject noun then its
own verb in the next ", and" clause (3 faults and no clean alarm, but conversions shift sense:
"the match ended level, and the colours matched"; held to -ion/-ment nouns, 1 fault, and still
"the station was busy, and police were stationed").

Each shape reads the words around the pair only (no document-wide state), and a pair the other
cognate rules already flagged is skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache

from editor_app.core.checks.builtin import data, lexicon
from editor_app.core.checks.builtin.findings import Finding, quote
from editor_app.core.checks.builtin.lexicon import lemmas
from editor_app.core.checks.builtin.text import Analysis, Token

__all__ = ["shape_pairs"]

_Role = Callable[[Analysis, Token], str]

# Adverbs whose sense drifted from their adjective ("nearly" is not "in a near way"): a pair
# with one of these is two ideas.
_DRIFTED_ADVERBS = frozenset(
    ["nearly", "hardly", "lately", "shortly", "highly", "barely", "scarcely", "mostly", "evenly", "prettily",
     "fairly", "justly", "presently", "deadly", "kindly", "largely", "mainly", "readily", "surely", "really",
     "plainly", "only", "early", "likely", "daily", "weekly", "monthly", "yearly", "hourly", "nightly",
     "quarterly", "partly", "directly", "shortly", "finally", "actually", "generally", "especially",
     "particularly", "certainly", "simply", "merely", "purely", "totally", "fully", "completely", "entirely",
     "clearly", "openly", "closely", "widely", "rightly", "wrongly", "lastly", "firstly", "ultimately",
     "truly", "extremely", "absolutely", "perfectly", "relatively", "comparatively", "roughly", "newly",
     "freshly", "lowly", "lonely", "friendly", "lively", "costly", "orderly", "elderly", "timely", "deeply"]
)
_LINKING = frozenset(["is", "are", "was", "were", "be", "been", "being", "am", "seems", "seemed", "seem", "feels",
                      "felt", "feel", "looks", "looked", "look", "sounds", "sounded", "gets", "got", "getting",
                      "became", "becomes", "become", "grows", "grew", "runs", "ran", "stays", "stayed",
                      "remains", "remained"])
_RELATIVE = frozenset(["that", "which"])
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
                          "my", "your"])
_MODALS = frozenset(["will", "would", "can", "could", "may", "might", "must", "shall", "should", "to"])
_OBJECTS = frozenset(["it", "them", "him", "her", "its", "their", "his", "the", "a", "an", "this", "these",
                      "those", "our", "my", "your", "some", "each", "every"])
_PLAIN_ADVERBS = frozenset(["also", "still", "just", "often", "now", "already", "never", "always", "simply",
                            "only", "then", "actually", "even", "merely", "usually", "rarely", "sometimes"])


def _repeat(a: Token, b: Token, shape: str) -> Finding:
    return Finding(b.start, b.end, f"cognate-family:{shape}", "cognate_repetition",
                   f"{quote(b.text)} repeats {quote(a.text)} from earlier in the sentence; use a different "
                   "word or rephrase.")


def _bare(low: str) -> str:
    low = low.replace("’", "'")
    return low[:-2] if low.endswith("'s") else low


@lru_cache(maxsize=65536)
def _lemma(low: str, pos: str) -> str:
    """The ``pos`` lemma of a lower-case word ("" when the lexicon lists none)."""
    got = lemmas(_bare(low)).get(pos)
    return got[0].lower() if got else ""


@lru_cache(maxsize=16384)
def _adverb_of(adj: str, adv: str) -> bool:
    """Is ``adv`` the -ly adverb of the adjective ``adj`` ("typical" -> "typically")?"""
    if adv in _DRIFTED_ADVERBS or not _lemma(adj, "ADJ") or "ADV" not in lemmas(adv):
        return False
    cands = {adj + "ly"}
    if adj.endswith("y"):
        cands.add(adj[:-1] + "ily")
    if adj.endswith("le"):
        cands.add(adj[:-1] + "y")
    if adj.endswith("ic"):
        cands.add(adj + "ally")
    if adj.endswith("ue"):
        cands.add(adj[:-1] + "ly")
    return adv in cands


@lru_cache(maxsize=16384)
def _comparative_of(adj: str, other: str) -> bool:
    """Is ``other`` the comparative or superlative of the adjective ``adj`` ("quiet", "quieter")?"""
    return other != adj and _lemma(other, "ADJ") == adj and (
        other in lexicon.inflection(adj, "JJR") or other in lexicon.inflection(adj, "JJS"))


def _words_between(an: Analysis, a: Token, b: Token) -> list[Token]:
    return an.tokens[a.index + 1 : b.index]


def _no_punct(between: list[Token]) -> bool:
    return all(t.is_word or t.text in "'’-" for t in between)


def _before(an: Analysis, tok: Token) -> Token | None:
    return an.tokens[tok.index - 1] if tok.index > 0 else None


def _after(an: Analysis, tok: Token) -> Token | None:
    return an.tokens[tok.index + 1] if tok.index + 1 < len(an.tokens) else None


def _verb_use(an: Analysis, tok: Token) -> bool:
    """Plainly a verb here: a verb form not after a determiner or a possessive."""
    if not _lemma(tok.lower, "VERB") or tok.lower.endswith(("'s", "’s")):
        return False
    prev = _before(an, tok)
    return prev is None or not prev.is_word or (prev.lower not in _DETERMINERS and not prev.lower.endswith(("'s", "’s")))


def _adverb_pair(an: Analysis, a: Token, b: Token, between: list[Token], dist: int) -> bool:
    commas = [t for t in between if t.text == ","]
    if dist > 5 or not _no_punct([t for t in between if t.text != ","]) or commas and (dist > 3 or len(commas) > 1):
        return False  # one comma only close by: "an honest answer, honestly given"
    return _adverb_of(a.lower, b.lower) or _adverb_of(b.lower, a.lower)


def _comparative_pair(an: Analysis, a: Token, b: Token, between: list[Token], dist: int) -> bool:
    if dist > 5 or not _no_punct(between) or not _comparative_of(a.lower, b.lower):
        return False
    prev = _before(an, b)
    return prev is not None and prev.lower in _LINKING


def _relative_pair(an: Analysis, a: Token, b: Token, between: list[Token]) -> bool:
    """ "a cost that simply costs": noun, "that"/"which", one adverb, the noun's own verb."""
    if len(between) != 2 or between[0].lower not in _RELATIVE or not b.lower.endswith(("s", "ed")):
        return False
    adv = between[1]
    if not (adv.lower in _PLAIN_ADVERBS or adv.lower.endswith("ly") and "ADV" in lemmas(adv.lower)):
        return False
    prev = _before(an, a)
    noun = _lemma(a.lower, "NOUN")
    return (prev is not None and prev.lower in _DETERMINERS and bool(noun) and _lemma(b.lower, "VERB") == noun)


def _possessive_pair(an: Analysis, a: Token, b: Token, between: list[Token]) -> bool:
    """ "reviewed the review's": a verb, one determiner, its own noun as a possessive."""
    if len(between) != 1 or between[0].lower not in _DETERMINERS or not b.lower.replace("’", "'").endswith("'s"):
        return False
    verb = _lemma(a.lower, "VERB")
    return bool(verb) and _verb_use(an, a) and _lemma(b.lower, "NOUN") == verb


def _ellipsis_pair(an: Analysis, a: Token, b: Token, between: list[Token], dist: int) -> bool:
    """ "raise far more than they expected to raise": the same verb again at the end of a
    comparison, after "to" or a modal."""
    if dist > 10 or not _no_punct(between) or not any(t.lower in ("than", "as") for t in between):
        return False
    verb = _lemma(a.lower, "VERB")
    prev = _before(an, b)
    return (bool(verb) and _lemma(b.lower, "VERB") == verb and _verb_use(an, a) and prev is not None
            and prev.lower in _MODALS and b.sentence == a.sentence)


_NOMINAL_ENDINGS = ("ing", "ment", "ments", "tion", "tions", "sion", "sions", "ance", "ances", "ence", "ences",
                    "th", "ure", "ures", "al", "als", "sis")
_COORD_DETERMINERS = frozenset(["the", "its", "their", "this", "his", "her", "our"])


def _subject_of_next_clause(an: Analysis, b: Token) -> bool:
    """Does ``b`` head the subject of a clause joined by ", and" or ", but" (", and the decision
    sets", ", and that the agreement would", ", but the lowering of")?"""
    k = b.index - 1
    toks = an.tokens
    if k >= 1 and toks[k].is_word and toks[k].lower not in _COORD_DETERMINERS and toks[k - 1].lower in _COORD_DETERMINERS:
        k -= 1  # one modifier: "the main change"
    if k < 2 or toks[k].lower not in _COORD_DETERMINERS:
        return False
    k -= 1
    if toks[k].lower == "that":
        k -= 1
    return k >= 1 and toks[k].lower in ("and", "but") and toks[k - 1].text == ","


@cache
def _action_nouns() -> frozenset[str]:
    return data.word_set("cognate_action_nouns_wn.txt")


@cache
def _general_verbs() -> frozenset[str]:
    return data.word_set("cognate_general_verbs.txt")


@lru_cache(maxsize=4096)
def _action_noun(low: str) -> bool:
    """Does the nominalisation ``low`` name its verb's act (its commonest WordNet sense an act,
    event, process or communication: "decision", "growth", "baking")? An -ing form outside the
    list counts when the lexicon knows it only as a verb form ("draining"; not "meeting")."""
    nouns = _action_nouns()
    if low in nouns or _lemma(low, "NOUN") in nouns:
        return True
    return low.endswith("ing") and "NOUN" not in lemmas(low)


def _ing_modifier(an: Analysis, b: Token) -> bool:
    """ "the setting sun", "the training ground is", "the planning office": an -ing word on a
    noun names a kind of thing (another sense), not the act said again ("the opening drew",
    "the flooding reaches the steps")."""
    nxt = _after(an, b)
    if not b.lower.endswith("ing") or nxt is None or not nxt.is_word or "NOUN" not in lemmas(nxt.lower):
        return False
    if nxt.lower.endswith(("s", "ed")):
        after = _after(an, nxt)  # "the flooding reaches the steps": a verb with its object
        return not (after is not None and after.is_word and (after.lower in _DETERMINERS or after.lower in _OBJECTS
                                                             or after.lower.endswith("ly")))
    return True


def _coordinate_pair(an: Analysis, a: Token, b: Token, between: list[Token], dist: int, role_of: _Role) -> bool:
    """ "decides to reconstruct the ledgers, and the decision sets": a verb, then its own
    nominalisation as the subject of the next coordinate clause."""
    if dist > 16 or a.lower == b.lower or a.lower.endswith("ing"):
        return False
    if not b.lower.endswith(_NOMINAL_ENDINGS) or not _lemma(b.lower, "NOUN") and not b.lower.endswith("ing"):
        return False  # (a noun that is the verb's own form, "mixed ..., and the mix", gained nothing)
    if not _action_noun(b.lower):
        return False  # "stationed police ..., and the station": a thing, place or group, not the act
    if any(t.text in ";:()" for t in between) or not _subject_of_next_clause(an, b) or _ing_modifier(an, b):
        return False
    if _after_be(an, a) or _negated(an, a):
        return False  # "was promoted in May, and her promotion"; "does not drain ..., but the draining"
    return bool(_lemma(a.lower, "VERB")) and _plain_verb(an, a, role_of)


def _after_be(an: Analysis, tok: Token) -> bool:
    """A passive or progressive verb ("was repaid", "is growing"): the noun after it names the
    event the clause reported, a usual way to go on."""
    prev = _before(an, tok)
    return prev is not None and prev.lower in ("is", "are", "was", "were", "be", "been", "being")


def _negated(an: Analysis, tok: Token) -> bool:
    """ "does not lower": a verb denied, then its noun in contrast ("but the lowering of") on
    purpose."""
    toks = an.tokens[max(0, tok.index - 3) : tok.index]
    return any(t.lower in ("not", "never") or t.lower.endswith(("n't", "n’t")) for t in toks)


_PARTICLE_OBJECTS = frozenset(["out", "up", "down", "off", "in", "away", "back", "through", "the", "a", "an", "its",
                               "their", "his", "her", "our", "them", "it", "us", "hikers"])


def _adjacent_pair(an: Analysis, a: Token, b: Token, between: list[Token], role_of: _Role) -> bool:
    """ "MERV 13 filters filter out most particles", "the reroute routes hikers along": a noun
    subject, then at once the same word as its verb, with the verb's object or particle after."""
    if between or a.lower == b.lower or b.lower.endswith(("ing", "ed")):
        return False
    noun = _lemma(a.lower, "NOUN")
    if not noun or _lemma(b.lower, "VERB") != _lemma(b.lower, "VERB") or not _lemma(b.lower, "VERB"):
        return False
    plural_subject = a.lower.endswith("s") and not b.lower.endswith("s")
    singular_subject = b.lower.endswith("s") and not a.lower.endswith("s")
    if not (plural_subject or singular_subject):
        return False
    prev, nxt = _before(an, a), _after(an, b)
    if nxt is None or not nxt.is_word or nxt.lower not in _OBJECTS | _PARTICLE_OBJECTS:
        return False
    return prev is not None and (prev.lower in _DETERMINERS or not prev.is_word or prev.lower[:1].isdigit())


_RELATIVE_SUBJECTS = frozenset(["i", "you", "we", "they", "he", "she", "it"])


def _object_relative_pair(an: Analysis, a: Token, b: Token, between: list[Token]) -> bool:
    """ "the forecast that the weather office forecast", "the food you feed it": a noun, then a
    relative clause about it whose verb is the noun's own verb."""
    if not between or len(between) > 5 or not _no_punct(between) or b.lower.endswith("ing"):
        return False
    prev = _before(an, a)
    if prev is None or prev.lower not in _DETERMINERS or not _lemma(a.lower, "NOUN") or not _lemma(b.lower, "VERB"):
        return False
    rest = [t.lower for t in between]
    if rest[0] in _RELATIVE:
        rest = rest[1:]
    if len(rest) == 1:
        return rest[0] in _RELATIVE_SUBJECTS
    return 2 <= len(rest) <= 3 and rest[0] in _DETERMINERS and all(
        "VERB" not in lemmas(w) or "NOUN" in lemmas(w) for w in rest[1:])


_SUBJECT_PREPOSITIONS = frozenset(["at", "in", "on", "of", "from", "near", "inside", "outside", "along", "behind"])
_COPULAS = frozenset(["is", "are", "was", "were"])


def _subject_pair(an: Analysis, a: Token, b: Token, between: list[Token], dist: int) -> bool:
    """ "The main break at Surfers Point breaks best", "The steering is light and steers the car":
    a sentence's subject noun, then its own verb as the clause's (or a joined) predicate."""
    if dist > 7 or not between or not _no_punct(between) or not b.lower.endswith(("s", "ed")) or b.lower.endswith("ss"):
        return False
    first = an.sentences[a.sentence].first
    k = a.index - 1
    if k >= first and an.tokens[k].is_word and an.tokens[k].lower not in _DETERMINERS:
        k -= 1  # one modifier: "The main break"
    if k != first or an.tokens[k].lower not in ("the", "this", "that", "its", "their", "our", "my", "your", "a", "an"):
        return False
    noun = _lemma(a.lower, "NOUN") or a.lower.endswith("ing") and _lemma(a.lower, "VERB")  # "The steering"
    if not noun or not _lemma(b.lower, "VERB"):
        return False
    words = [t.lower for t in between]
    if words[0] in _SUBJECT_PREPOSITIONS and len(words) <= 4:
        # "at Surfers Point": the phrase holds no verb of its own
        return all(w in _SUBJECT_PREPOSITIONS or w in _DETERMINERS or "VERB" not in lemmas(w) or w[:1].isupper()
                   for w in (t.text for t in between))
    if words[0] in _COPULAS and words[-1] == "and" and 3 <= len(words) <= 4:
        return all("ADJ" in lemmas(w) or "ADV" in lemmas(w) for w in words[1:-1])
    return False


def _plain_verb(an: Analysis, a: Token, role_of: _Role) -> bool:
    """A verb by its context ("the team now monitors humidity"), not a noun ("the school run")."""
    if role_of(an, a) == "V":
        return True
    prev = _before(an, a)
    return prev is not None and prev.lower in _PLAIN_ADVERBS and a.lower.endswith(("s", "ed"))


def _participle_pair(an: Analysis, a: Token, b: Token, between: list[Token], dist: int, role_of: _Role) -> bool:
    """ "fitted bars ..., fitting them themselves": the verb again as a participle clause after a
    comma; "has been serving it ..., and serves about": the verb again after "and"."""
    if dist > 16 or a.lower == b.lower:
        return False
    verb = _lemma(a.lower, "VERB")
    if not verb or _lemma(b.lower, "VERB") != verb or not _verb_use(an, a) or not _verb_use(an, b):
        return False
    after_a = _after(an, a)
    if after_a is None or not after_a.is_word or role_of(an, a) != "V":
        return False  # "with 14 games left, leaving": a participle on a noun, not the verb
    if any(t.text in ";:()" or t.lower in ("but", "or", "while", "whereas", "although", "though", "because",
                                           "if", "when", "than", "as") for t in between):
        return False
    prev, nxt = _before(an, b), _after(an, b)
    if prev is None or nxt is None or not nxt.is_word:
        return False
    if b.lower.endswith("ing") and prev.text == "," and nxt.lower in _OBJECTS:
        if verb in _general_verbs() and nxt.lower not in ("it", "them", "him"):
            return False  # "left the room, leaving his coat": a general verb with a new object
        return not a.lower.endswith("ing")
    return (prev.lower == "and" and b.lower.endswith("s") and not b.lower.endswith("ss")
            and a.lower.endswith(("ing", "ed")) and an.tokens[prev.index - 1].text == ",")


def shape_pairs(an: Analysis, words: list[Token], seen: dict[int | str, list[int]], flagged: set[int],
                role_of: _Role) -> list[Finding]:
    """The pairs of one sentence (``seen``: family -> word positions) in the shapes above;
    ``role_of``: how a word is used here (``cognates_extra.role``: "V" for a verb)."""
    out: list[Finding] = []
    for idx in seen.values():
        if len(idx) < 2:
            continue
        for x in range(1, len(idx)):
            j = idx[x]
            if j in flagged:
                continue
            b = words[j]
            if b.is_cap or b.quoted:
                continue
            for i in idx[:x]:
                a = words[i]
                if j - i > 16 or a.quoted or a.is_cap and a.index != an.sentences[a.sentence].first:
                    continue
                between = _words_between(an, a, b)
                dist = j - i
                shape = ""
                if _adverb_pair(an, a, b, between, dist):
                    shape = "adverb"
                elif _comparative_pair(an, a, b, between, dist):
                    shape = "comparative"
                elif _relative_pair(an, a, b, between):
                    shape = "relative"
                elif _possessive_pair(an, a, b, between):
                    shape = "possessive"
                elif _ellipsis_pair(an, a, b, between, dist):
                    shape = "ellipsis"
                elif _coordinate_pair(an, a, b, between, dist, role_of):
                    shape = "coordinate"
                elif _object_relative_pair(an, a, b, between):
                    shape = "object-relative"
                elif _subject_pair(an, a, b, between, dist):
                    shape = "subject"
                elif _adjacent_pair(an, a, b, between, role_of):
                    shape = "adjacent"
                elif _participle_pair(an, a, b, between, dist, role_of):
                    shape = "participle"
                if shape:
                    flagged.add(j)
                    out.append(_repeat(a, b, shape))
                    break
    return out
