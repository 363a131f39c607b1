"""Missing articles: "US offered" -> "the US offered", "in fridge" -> "in the fridge".

Three rules, all driven by data files:

* names that take "the" (``the_names.txt``: US, UAE, Netherlands, Atlantic, World Health
  Organization ...) used as the head of a noun phrase with no determiner before them;
* singular count nouns (``article_nouns.txt``) after a preposition, optionally with adjectives
  ("after initial military exchange"), or opening a sentence before its verb ("Board approved");
  idioms that need no article ("by car", "at home") are listed in ``article_idioms.txt``;
* a preposition followed by an ordinal or "other/same/whole" and a noun ("in first half").
"""

from __future__ import annotations

import re
from functools import cache

from editor_app.core.checks.builtin import data
from editor_app.core.checks.builtin.articles_modified import bare_modified_nps, modified_heads
from editor_app.core.checks.builtin.articles_np import (
    AWARD_CUES,
    RANK_ORDINALS,
    RANK_PREP_IDIOM_HEADS,
    RANK_TITLE_HEADS,
    STATE_HEADS,
    acronym_openers,
    amount_of_number,
    article_fixes,
    as_thing_openers,
    bare_prone,
    concrete,
    countable,
    definite_openers,
    instruments,
    name_modified_openers,
    noun_class_rules,
    one_word_openers,
    positions_named,
    ranked_counts,
    ranked_phrases,
    road_numbers,
    role_phrases,
    wn_bare_pairs,
)
from editor_app.core.checks.builtin.findings import Finding, quote
from editor_app.core.checks.builtin.lexicon import inflection, lemmas
from editor_app.core.checks.builtin.ngrams import article_evidence, article_rare, bare_share
from editor_app.core.checks.builtin.text import Analysis, Token, analyse

PREPOSITIONS = frozenset(
    ["in", "on", "at", "to", "from", "into", "onto", "of", "for", "with", "by", "along", "across", "through", "near", "under", "over", "behind", "beside", "between", "among", "around", "about", "after", "before", "during", "within", "without", "towards", "toward", "via", "past", "beyond", "off", "upon", "against", "throughout", "alongside", "below", "above", "beneath", "outside", "inside", "underneath", "amid", "amongst"]
)
_ORDINALS = frozenset(
    ["first", "second", "third", "fourth", "fifth", "sixth", "last", "final", "next", "other", "same", "whole", "entire", "opposite", "following", "previous", "latter"]
)
_TIME_NOUNS = frozenset(
    ["week", "month", "year", "day", "time", "season", "summer", "winter", "spring", "autumn", "fall", "weekend", "night", "morning", "evening", "afternoon", "century", "decade", "quarter", "term"]
)
_B3_EXTRA = frozenset(["half", "quarter", "hand", "way", "part", "day", "time", "round", "leg", "stage", "period", "lap", "step", "phase", "game", "innings"])
_TO_NOUN_CUES = frozenset(
    ["according", "due", "thanks", "next", "close", "similar", "compared", "prior", "owing", "subject", "relative", "attached", "opposite",
     # a journey's destination: "every trip to vet"
     "trip", "trips", "visit", "visits", "journey", "journeys", "route", "walk", "drive", "ride", "flight", "flights"]
)
# Verbs of motion: the "to" after them is a preposition ("returns to park", "walked to shop").
_MOTION_LEMMAS = frozenset(["go", "come", "return", "walk", "drive", "run", "fly", "travel", "head", "move", "sail",
                            "cycle", "ride", "hurry", "rush", "race", "march", "swim", "climb", "wander", "stroll",
                            "commute", "relocate", "retreat", "flee", "escape", "hike", "jog", "limp", "crawl",
                            "drift", "steer", "row", "paddle", "ferry", "transfer", "send", "deliver", "take"])


def _motion_verb(t: Token) -> bool:
    if t.is_cap:
        return False
    verb = lemmas(t.text).get("VERB")
    return bool(verb) and verb is not None and verb[0].lower() in _MOTION_LEMMAS and "NOUN" not in lemmas(t.text) \
        or t.lower in ("went", "returned", "returns", "walked", "drove", "flew", "travelled", "traveled", "headed",
                       "moved", "sailed", "cycled", "rode", "hurried", "rushed", "raced", "marched", "wandered")


_JOURNEY_NOUNS = frozenset(["trip", "trips", "visit", "visits", "journey", "journeys", "route", "walk", "drive", "ride",
                            "flight", "flights"])
_HEAD_FOLLOWERS = frozenset(
    ["and", "or", "but", "nor", "is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "can", "may", "might", "should", "must", "said", "says", "also", "to", "in", "on", "at", "for", "with", "from", "by", "of", "as", "after", "before", "since", "over", "under", "against", "into", "than", "that", "which", "who", "while", "when", "where", "because", "although", "though", "if", "so", "has",
     "last", "next", "this", "yesterday", "today", "tomorrow", "earlier", "later", "recently", "again", "now",
     "then", "still", "already", "never", "often", "soon", "once", "twice"]
)
_INSTITUTIONS = frozenset(
    ["government", "council", "committee", "board", "company", "firm", "agency", "ministry", "department", "commission", "union", "club", "team"]
)
_ADDRESS_VERBS = frozenset(
    ["asked", "asks", "ask", "urged", "urges", "urge", "told", "tells", "tell", "called", "calls", "warned", "warns", "accused", "accuses", "blamed", "blames", "criticised", "criticized", "criticises", "criticizes", "thanked", "thanks", "praised", "praises", "contacted", "contacts", "petitioned", "lobbied", "lobbies", "sued", "sues", "pressed", "presses", "persuaded", "persuades", "convinced", "convinces"]
)
_PREDICATIVE = frozenset(
    ["became", "become", "becomes", "becoming", "elected", "appointed", "named", "as", "was", "were", "is", "are", "remains", "remained", "serve", "served", "serves", "serving", "crowned", "sworn", "acting"]
)
_AUX = frozenset(["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "do", "does", "did"])


def _past_or_aux(tok: Token) -> bool:
    """A verb that can follow a singular subject: "approved", "broke", "has", "will"."""
    if tok.lower in ("has", "had", "was", "will", "would", "could", "can", "may", "might", "must", "should"):
        return True
    forms = lemmas(tok.text)
    verb = forms.get("VERB")
    if not verb or "NOUN" in forms and not tok.lower.endswith("ed"):
        return False
    return verb[0].lower() != tok.lower and not tok.lower.endswith(("s", "ing"))


_PRONOUN_WORDS = frozenset(
    ["i", "me", "you", "him", "her", "it", "us", "them", "we", "they", "he", "she", "one", "ones", "this", "that"]
)
_NOT_ADJECTIVES = frozenset(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "hundred", "thousand", "million", "many", "several", "few", "more", "most", "some", "any", "no", "each", "every", "all", "both", "either", "neither", "much", "little", "enough", "such", "own"]
)
_GEO_HEADS = frozenset(["River", "Ocean", "Sea", "Reef", "Gulf", "Channel", "Canal", "Desert", "Islands", "Isles", "Mountains", "Strait", "Straits", "Peninsula"])
# (not "Isle": the Isle of Man, Wight and Skye are named bare; not "Bank": Bank of Scotland is a
# company, and the central banks that take "the" are listed in the_names.txt)
_OF_HEADS = frozenset(["River", "Gulf", "Bay", "University", "Department", "Ministry", "Republic", "Kingdom", "Sea", "Strait"])


@cache
def _listed_nouns() -> frozenset[str]:
    return data.word_set("article_nouns.txt")


@cache
def _nouns() -> frozenset[str]:
    """Hand-listed count nouns plus the generated ``count_nouns_auto.txt`` (nouns whose plural is
    about as common as their singular; see tools/make_count_nouns.py)."""
    return _listed_nouns() | data.word_set("count_nouns_auto.txt")


@cache
def _bare_count_nouns_listed() -> frozenset[str]:
    """Countable nouns that English also uses bare in set phrases (count_nouns_exclude.txt)."""
    return data.word_set("count_nouns_exclude.txt")


@cache
def _person_names() -> frozenset[str]:
    """People's one-word names that are also nouns (Smith, Miller, Grant; tools/make_article_person_names.py)."""
    return frozenset(data.lines("article_person_names_wn.txt"))


@cache
def _food_nouns() -> frozenset[str]:
    """Nouns with a food sense in WordNet (tools/make_food_nouns.py)."""
    return data.word_set("food_nouns_wn.txt")


@cache
def _idioms() -> frozenset[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for line in data.lines("article_idioms.txt"):
        parts = line.lower().split()
        if len(parts) >= 2:
            out.add((parts[-2], parts[-1]))
    return frozenset(out)


@cache
def _names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> the names (as word tuples) starting with it, longest first."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for line in data.lines("the_names.txt") + data.lines("the_names_wn.txt"):
        words = tuple(t.text for t in analyse(line).tokens if t.is_word)
        if words:
            by_first.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


@cache
def _determiners() -> frozenset[str]:
    return data.word_set("determiners.txt")


def _prev_word(an: Analysis, i: int) -> Token | None:
    """The token just before index i, when it is a word (no punctuation between)."""
    if i <= 0:
        return None
    t = an.tokens[i - 1]
    return t if t.is_word else None


# Words inside a noun phrase before a name that are not adjectives to the lexicon: adverbs of
# degree and time ("the very first", "the first ever", "the then Home Secretary") and the level of
# government a body belongs to ("the state Department of Health", "the county Board of Education").
_NAME_PREMODIFIERS = frozenset(["ever", "very", "only", "then", "now", "once", "newly", "recently", "state", "city",
                                "county", "federal", "provincial", "regional", "local", "municipal", "district",
                                "town", "parish", "borough", "tribal", "territorial", "national"])


def _plural_possessive(word: Token, mark: Token) -> bool:
    return word.is_word and word.lower.endswith("s") and mark.text in ("'", "’") and mark.start == word.end


def _has_determiner_before(an: Analysis, i: int) -> bool:
    toks = an.tokens
    if i >= 2 and toks[i - 1].text == ")":
        k = i - 2
        while k > 0 and toks[k].text != "(" and i - k < 8:
            k -= 1
        if toks[k].text == "(":
            i = k  # past a bracketed gloss: "the 6.3km (3.9-mile) Bohinj Tunnel"
    p = _prev_word(an, i)
    if p is None and i >= 2 and _plural_possessive(an.tokens[i - 2], an.tokens[i - 1]):
        return True  # "the Rovers' County Cup run"
    # "the western Mediterranean": look past lower-case adjectives to the determiner.
    steps = 0
    while p is not None and steps < 3 and not p.is_cap and p.lower not in _determiners() and (
            "ADJ" in lemmas(p.text) or "-" in p.lower or p.lower.endswith("ed") and "VERB" in lemmas(p.text)
            or not steps and p.lower.endswith("ing") and "VERB" in lemmas(p.text)
            or p.lower in _NAME_PREMODIFIERS or p.lower in _ORDINALS
            or p.lower[:1].isdigit() and any(c.isalpha() for c in p.lower)):  # "the 6.3km (3.9-mile) Bohinj Tunnel"
        # "the snow-covered Alps", "the harnessed Colorado River", "a warming Arctic", "the first ever European Games",
        # "the state Department of Health", "the club's first County Cup", "Rovers' second FA Cup"
        q = p
        p = _prev_word(an, p.index)
        steps += 1
        if p is None and q.index >= 2 and _plural_possessive(an.tokens[q.index - 2], an.tokens[q.index - 1]):
            return True  # "Harlow Rovers' first County Cup": a plural possessive is the determiner
    if p is None:
        return False
    low = p.lower
    if low in _determiners() or low.endswith(("'s", "’s")) or low.replace(",", "").isdigit() or low in _NUMBER_WORDS:
        return True  # (a count: "three Olympic Games", "two World Cups")
    return p.is_cap and p.sentence == an.tokens[i].sentence and an.sentences[p.sentence].first != p.index


def check_articles(an: Analysis) -> list[Finding]:
    out: list[Finding] = []
    out.extend(_missing_the_before_names(an))
    if _telegraphic(an):
        return out
    out.extend(_bare_count_nouns(an))
    spans = [(f.start, f.end) for f in out]
    for f in _role_office_names(an) + _participle_modified_after_prep(an) + _short_name_openers(an):
        if not any(a < f.end and f.start < b for a, b in spans):
            out.append(f)
    things = _THING_FORMS & an.word_forms()
    for v in (v for v in an.words if v.lower in things) if things else ():
        if v.lower in _THING_FORMS:
            obj = _thing_object(an, v)
            if obj is not None and not any(a < obj.end and obj.start < b for a, b in spans):
                out.append(obj)
    spans = [(f.start, f.end) for f in out]
    out.extend(f for f in _bare_openers_and_roles(an) if not any(a < f.end and f.start < b for a, b in spans))
    # One pass picks the few words the remaining rules start from.
    sup: list[Token] = []
    coll: list[Token] = []
    ofs: list[Token] = []
    phr: list[Token] = []
    said: list[Token] = []
    spans_t: list[Token] = []
    ranked: list[Token] = []
    roads: list[Token] = []
    phrases = _set_phrases()
    toks = an.tokens
    n = len(toks)
    firsts = _pass_words()
    mod_heads = modified_heads()
    heads_t: list[Token] = []
    # (the words the pass can pick, decided once per distinct form of the segment)
    # (one look-up per distinct form, the answer kept across segments)
    # (set operations in C: only the forms never seen before are judged by a Python loop)
    known = _PICKABLE
    if len(known) > 200_000:
        known.clear()
        _PICKED.clear()
    forms = an.word_forms()
    new = forms.difference(known)
    for form in new:
        pick = known[form] = (form in firsts or form[-3:] == "est"
                              or form[:1] in "mab" and form[1:2].isdigit() or form in mod_heads
                              or form[-4:] == "-old" and form[:1].isdigit())
        if pick:
            _PICKED.add(form)
    picks = forms & _PICKED
    for t in [t for t in an.words if t.lower in picks] if picks else ():
        low = t.lower
        if low in mod_heads or low[-4:] == "-old":
            heads_t.append(t)
        if low in firsts:
            if low == "of":
                ofs.append(t)
            elif low in _COLLECTIVE_ADJECTIVES:
                coll.append(t)
            elif low in ("best", "worst") or low in _WHOLE_WORDS:
                sup.append(t)
            elif low in _SPEECH_VERBS:
                said.append(t)
            elif low in _SPAN_NOUNS:
                spans_t.append(t)
            if low in RANK_ORDINALS:
                ranked.append(t)
            if t.index + 1 < n and (low, toks[t.index + 1].lower) in phrases:
                phr.append(t)
        elif low[-3:] == "est":
            sup.append(t)
        elif t.text[0] in "MAB" and low[1:2].isdigit():
            roads.append(t)
    for rule, words in ((_bare_superlatives, sup), (_bare_collective_adjectives, coll), (_bare_noun_before_of, ofs),
                        (_set_phrases_without_article, phr), (_bare_attribution, said), (_bare_time_spans, spans_t)):
        if words:
            spans = [(f.start, f.end) for f in out]
            out.extend(f for f in rule(an, words) if not any(a < f.end and f.start < b for a, b in spans))
    spans = [(f.start, f.end) for f in out]
    ranked.extend(w for w in sup if w.lower not in _WHOLE_WORDS)
    found = definite_openers(an) + acronym_openers(an) + noun_class_rules(an) + role_phrases(an) \
        + one_word_openers(an) + name_modified_openers(an) + amount_of_number(an) \
        + ranked_counts(an) + as_thing_openers(an) + bare_modified_nps(an, heads_t)
    if ranked:
        found += ranked_phrases(an, ranked)
    if roads:
        found += road_numbers(an, roads)
    for f in found:
        if not any(a < f.end and f.start < b for a, b in spans):
            out.append(f)
            spans.append((f.start, f.end))
    if out and not _LAND_COVER.isdisjoint(an.word_forms()):
        out = [f for f in out if f.rule != "missing-article:concrete-after-prep" or an.text[f.start : f.end].lower()
               not in _LAND_COVER]  # "through woodland", "across moorland": land cover, a mass noun
    if out and _CAPTION.match(an.text):
        out = [f for f in out if f.rule == "missing-article:the-name"]  # a caption or a source line is
        # written without articles ("Figure 2. Water level at upstream gauge", "Photo: Crews clearing
        # main road"); a name that takes "the" still needs it
    if out and len(an.words) <= 10 and not an.text.rstrip().endswith((".", "!", "?", '"', "”", ";", ":", ")")):
        out = [f for f in out if f.rule not in _FRAGMENT_RULES]  # a heading, a label or a short list item
        # ("Tickets from box office", "Walk to harbour at dusk"): written without articles on purpose
    if out and "from" in an.word_forms():
        out = [f for f in out if not _from_to_pair(an, f)]
    if out:
        out = [f for f in out if not _bare_material(an, f)]
    if out:
        out = [f for f in out if not _normal_bare_frame(an, f)]
    if out and "." in an.text:
        after = {m.end() for m in _AFTER_DOTTED.finditer(an.text)}
        if after:  # "Washington, D.C. Council approved": the abbreviation's full stop ends no sentence
            out = [f for f in out if f.start not in after]
    return out


# Words before "of" whose noun is a kind, not a thing: "three kinds of replacement bus", "this type of
# lens", "any form of ID".
_KIND_WORDS = frozenset(["kind", "kinds", "type", "types", "sort", "sorts", "form", "forms", "variety", "varieties",
                         "style", "styles", "brand", "brands", "make", "makes", "model", "models", "class",
                         "classes", "breed", "breeds", "species", "category", "categories", "genre", "genres",
                         "manner", "choice", "choices", "range"])
# Verbs and ranks that compare things along a measure: "second in contact rate", "led the league in
# saves", "ranks first in price".
_COMPARE_WORDS = frozenset(["first", "second", "third", "fourth", "fifth", "last", "top", "bottom", "ranked",
                            "ranks", "rank", "ranking", "led", "leads", "lead", "leading", "tops", "topped",
                            "similar", "equal", "identical", "comparable", "different", "alike", "same", "larger",
                            "smaller", "bigger", "higher", "lower", "longer", "shorter", "wider", "narrower",
                            "greater", "richer", "poorer", "heavier", "lighter", "deeper", "shallower", "thicker",
                            "thinner", "cheaper", "faster", "slower", "stronger", "weaker", "older", "younger"])
_RANK_LEMMA_FORMS = frozenset(["ranked", "ranks", "ranking", "led", "leads", "leading", "topped", "tops",
                               "trailed", "trails"])
# A portfolio after an office: "cabinet member for environment", "minister for education".
_PORTFOLIO_HOLDERS = frozenset(["minister", "member", "secretary", "spokesperson", "spokesman", "spokeswoman",
                                "portfolio", "councillor", "councilor", "commissioner", "lead", "champion",
                                "responsibility", "responsible", "shadow", "czar", "tsar", "director", "head",
                                "ministers", "members", "secretaries", "spokespeople"])
# Verbs of starting, stopping and going on: the -ing word after them is a verb ("began meeting").
_ASPECT_LEMMAS = frozenset(["begin", "start", "stop", "keep", "continue", "finish", "quit", "avoid", "enjoy", "resume",
                            "cease", "try", "consider", "recommend", "suggest", "risk", "miss", "practise", "practice",
                            "go", "spend"])
_FRAME_RULES = frozenset(["missing-article:after-prep", "missing-article:concrete-after-prep",
                          "missing-article:after-past-verb", "missing-article:concrete-object",
                          "missing-article:thing-object", "missing-article:after-base-verb",
                          "missing-article:after-copula", "missing-article:subject", "missing-article:relative-head"])


def _normal_bare_frame(an: Analysis, f: Finding) -> bool:
    """Frames in which a singular noun goes bare, whatever rule found it: a kind after "kinds of",
    a measure compared along ("smaller in surface area", "second in contact rate"), a portfolio
    after an office ("cabinet member for environment"), a noun before "enough" ("reason enough"),
    and a gerund after a verb of starting or stopping ("began meeting every month")."""
    if f.rule not in _FRAME_RULES:
        return False
    first = next((t for t in an.tokens if t.start == f.start), None)
    if first is None:
        return False
    toks = an.tokens
    i = first.index
    last = next((t for t in toks[i:] if t.end == f.end), first)
    nxt = toks[last.index + 1] if last.index + 1 < len(toks) else None
    if nxt is not None and nxt.lower == "enough" or first.lower in ("whichever", "whatever"):
        return True  # ("on whichever invoice was created first": a determiner)
    prev = toks[i - 1] if i > 0 else None
    p2 = toks[i - 2] if i > 1 else None
    if prev is None or not prev.is_word or p2 is None or not p2.is_word:
        return False
    if prev.lower == "of" and p2.lower in _KIND_WORDS:
        return True
    if prev.lower == "in" and (p2.lower in _COMPARE_WORDS or p2.lower.endswith("er") and "ADJ" in lemmas(p2.text)
                               and "NOUN" not in lemmas(p2.text)):
        return True
    if prev.lower == "in":
        for w in toks[max(0, i - 8) : i - 1][::-1]:
            if not w.is_word:
                break  # (within the clause only)
            if w.lower in _RANK_LEMMA_FORMS:
                return True  # "ranked second in the majors in contact rate"
    if prev.lower == "for" and p2.lower in _PORTFOLIO_HOLDERS:
        return True
    if last is first and first.lower.endswith("ing") and f.rule == "missing-article:after-past-verb":
        verb = lemmas(prev.text).get("VERB")
        if verb and verb[0].lower() in _ASPECT_LEMMAS:
            return True
    return False


# A caption's or a credit's label opening a paragraph: "Figure 2.", "Fig. 3:", "Table 1 -",
# "Photo:", "Caption:", "Source:", "Pictured:".
_CAPTION = re.compile(r"\s*[*_]*(?:(?:Fig(?:ure)?|Table|Chart|Map|Plate|Exhibit|Graph)\.?\s*\d+[A-Za-z]?[.:)]?"
                      r"|(?:Photo(?:graph)?|Picture|Image|Caption|Source|Sources|Credit|Pictured|Above|Below|Left|Right"
                      r"|Top|Bottom|Inset|Illustration|Video|Audio|Note)\s*[*_]*\s*[:|–—])")


# Words before "for best ...", which then names an award: "nominated for best actress".
_AWARD_CUES = AWARD_CUES
# Rules on nouns after a preposition or a verb, quiet in a short unpunctuated fragment.
_FRAGMENT_RULES = frozenset(["missing-article:after-prep", "missing-article:concrete-after-prep",
                             "missing-article:concrete-object", "missing-article:after-past-verb",
                             "missing-article:thing-object", "missing-article:after-base-verb"])


# Rules on a bare singular noun that a material, a substance or a food can answer.
_MATERIAL_RULES = frozenset(["missing-article:after-prep", "missing-article:concrete-after-prep",
                             "missing-article:concrete-object", "missing-article:thing-object",
                             "missing-article:after-base-verb", "missing-article:after-past-verb",
                             "missing-article:opener", "missing-article:one-word-opener",
                             "missing-article:subject", "missing-article:relative-head"])


@cache
def _materials() -> frozenset[str]:
    """Nouns with a food, substance, wood or fabric sense (article_materials_wn.txt)."""
    return frozenset(data.lines("article_materials_wn.txt"))


def _bare_material(an: Analysis, f: Finding) -> bool:
    """Is the finding's noun one that can name stuff ("steamed eggs with crab", "covered in washed
    calico", "use newspaper to line it", "Oak will split")? Bare, it is a mass use, not a
    countable noun that lost its article."""
    if f.rule not in _MATERIAL_RULES:
        return False
    head = an.text[f.start : f.end].rsplit(None, 1)[-1].lower()
    return head in _materials()


def _from_to_pair(an: Analysis, f: Finding) -> bool:
    """Is the finding one side of a bare "from X to Y" pair ("went from player to manager",
    "moved from midfield to defence", "from station to station")? Two bare nouns joined so name
    kinds or roles, not particular things."""
    toks = an.tokens
    i = next((t.index for t in an.words if t.start == f.start), -1)
    j = next((t.index for t in an.words if t.end == f.end), -1)
    if i < 1 or j < 0:
        return False
    prev = toks[i - 1].lower
    if prev == "from":
        k = j + 1
        return k + 1 < len(toks) and toks[k].lower == "to" and toks[k + 1].is_word \
            and toks[k + 1].lower not in _determiners() and "NOUN" in lemmas(toks[k + 1].text)
    if prev == "to" and i >= 3:
        k = i - 2
        while k > 0 and k >= i - 4 and toks[k].is_word and toks[k].lower != "from":
            k -= 1
        return toks[k].lower == "from" and toks[k + 1].is_word and toks[k + 1].lower not in _determiners()
    return False


# A dotted abbreviation ("D.C.", "U.S.") and the space before the capitalised word after it.
_AFTER_DOTTED = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}[ \t]+(?=[A-Z])")


_ARTICLES = ("the", "a", "an")
# Word form -> can the pass in ``check_articles`` start a rule from it (``_pass_words``, an -est
# form, a road number)?
_PICKABLE: dict[str, bool] = {}
_PICKED: set[str] = set()  # the forms of ``_PICKABLE`` whose answer is True (emptied with it)


def _telegraphic(an: Analysis) -> bool:
    """A list item, caption or note written without articles on purpose: no article at all, and
    either no closing full stop ("Free shuttle bus from station", "Fix crash on socket close
    (Ann Lee)") or 20+ words (a whole article-free paragraph is a style, not a slip). One
    dropped article in edited prose leaves the others in place."""
    if not an.word_forms().isdisjoint(_ARTICLES):
        return False
    tail = an.text.rstrip()
    return len(an.words) >= 20 or not tail.endswith((".", "!", "?", '"', "”", "’", "'", ":", ";"))


@cache
def _pass_words() -> frozenset[str]:
    """Words that start one of the rules run from check_articles' single pass."""
    return frozenset({"of", "best", "worst"} | _WHOLE_WORDS | _COLLECTIVE_ADJECTIVES | _SPEECH_VERBS | _SPAN_NOUNS
                     | RANK_ORDINALS
                     | {a for a, _ in _set_phrases()})


# Units of time that are countable spans: "within hour" -> "within an hour", "for year" -> "for a year".
_SPAN_NOUNS = frozenset(["hour", "minute", "fortnight", "decade", "century", "month", "week", "year"])
_SPAN_PREPS = frozenset(["within", "for", "in", "after", "before", "during", "over", "under", "inside", "than"])


def _bare_time_spans(an: Analysis, words: list[Token]) -> list[Finding]:
    """ "sold out within hour", "stayed for year": a unit of time after a preposition with no article;
    "per hour", "year by year", "in year 3", "for years" are left alone."""
    out: list[Finding] = []
    toks = an.tokens
    for t in words:
        if t.quoted or t.is_cap or t.index == 0:
            continue
        prep = toks[t.index - 1]
        if not prep.is_word or prep.lower not in _SPAN_PREPS:
            continue
        if t.index >= 2 and toks[t.index - 2].lower == t.lower:
            continue  # "month after month", "year in, year out"
        nxt = toks[t.index + 1] if t.index + 1 < len(toks) else None
        if nxt is not None and nxt.is_word and (nxt.lower[:1].isdigit() or nxt.lower in ("by", "after", "to", "of", "on")
                                               or nxt.is_cap or "NOUN" in lemmas(nxt.text) and nxt.lower not in
                                               _HEAD_FOLLOWERS or nxt.lower in _NUMBER_WORDS):
            continue  # "in year 3", "year by year", "in week two", "for month-end", "in hour one"
        if nxt is not None and nxt.text in ("-", "’", "'"):
            continue
        art = "an" if t.lower == "hour" else "a"
        out.append(Finding(t.start, t.end, "missing-article:time-span", "missing_article",
                           f"{quote(t.text)} needs an article here: {quote(art + ' ' + t.text)}.",
                           (f"{art} {t.text}", f"the {t.text}")))
    return out


_NUMBER_WORDS = frozenset(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                           "twelve", "zero"])


def _bare_attribution(an: Analysis, words: list[Token]) -> list[Finding]:
    """ '"It was a mistake," spokesperson said', "The plan is late, club chairman admitted": a bare
    count noun as the speaker in an attribution after a comma or a closing quote."""
    out: list[Finding] = []
    toks = an.tokens
    heads = _subject_nouns()
    for v in words:
        if v.quoted or v.is_cap:
            continue
        k = v.index - 1
        if k < 1 or not toks[k].is_word or toks[k].is_cap or toks[k].lower not in heads:
            continue
        head = toks[k]
        start = head
        m = k - 1
        if toks[m].is_word and not toks[m].is_cap and _modifier_word(toks[m], False) and m >= 1:
            start = toks[m]  # "club chairman admitted"
            m -= 1
        if toks[m].text not in (",", "”", '"', "’", "'"):
            continue
        out.append(_finding(an, start, head, "noun", "attribution"))
    return out


@cache
def _set_phrases() -> dict[tuple[str, str], tuple[tuple[tuple[str, ...], int, str], ...]]:
    """First two words -> (the phrase without its article, where the article goes, the article),
    from article_phrases.txt ("in the meantime" -> ("in", "meantime"), 1, "the")."""
    by_first: dict[tuple[str, str], list[tuple[tuple[str, ...], int, str]]] = {}
    for line in data.lines("article_phrases.txt"):
        words = line.lower().split()
        idx = next((i for i, w in enumerate(words) if w in _ARTICLES and i > 0), None)
        if idx is None or idx + 1 >= len(words):
            continue
        bare = tuple(words[:idx] + words[idx + 1 :])
        by_first.setdefault((bare[0], bare[1]), []).append((bare, idx, words[idx]))
    return {k: tuple(sorted(v, key=lambda e: len(e[0]), reverse=True)) for k, v in by_first.items()}


def _set_phrases_without_article(an: Analysis, words: list[Token]) -> list[Finding]:
    """ "In meantime, work goes on", "as result of the flood": a set phrase with its article dropped."""
    out: list[Finding] = []
    phrases = _set_phrases()
    toks = an.tokens
    n = len(toks)
    for t in words:
        if t.index + 1 >= n:
            continue
        cands = phrases.get((t.lower, toks[t.index + 1].lower))
        if not cands or t.quoted:
            continue
        for bare, idx, art in cands:
            end = t.index + len(bare)
            if end > n or any(toks[t.index + j].lower != w for j, w in enumerate(bare)):
                continue
            last = toks[end - 1]
            after = toks[end] if end < n else None
            if after is not None and after.is_word and "of" not in bare and after.lower not in PREPOSITIONS \
                    and after.lower not in _HEAD_FOLLOWERS and "NOUN" in lemmas(after.text):
                continue  # "in past years", "at moment of": the phrase goes on as a longer noun phrase
            if after is not None and (after.text in ("-", "’", "'") or after.lower[:1].isdigit()):
                continue  # "on move 17"
            first = toks[t.index + idx]
            if art == "a" and first.lower[:1] in "aeiou":
                art = "an"
            phrase = an.text[first.start : last.end]
            fixed = f"{art} {phrase}"
            out.append(Finding(first.start, last.end, "missing-article:set-phrase", "missing_article",
                               f"{quote(phrase)} needs an article here: {quote(fixed)}.", (fixed,)))
            break
    return out


# Partitive and quantity nouns that are bare before "of" ("in part of the city", "in hundreds of")
_PARTITIVES = frozenset(
    ["part", "half", "rest", "lot", "lots", "number", "majority", "minority", "plenty", "couple", "pair", "piece",
     "bit", "kind", "sort", "type", "form", "range", "series", "variety", "set", "amount", "quantity", "dozen",
     "hundred", "thousand", "million", "billion", "percent", "proportion", "fraction", "portion", "deal",
     "way", "sense", "sign", "lack", "use", "want", "fear", "word", "news", "copy", "glass", "cup", "loss",
     "course", "mind", "point", "kilo", "litre", "liter", "metre", "meter", "mile", "pound", "ounce", "case"]
)


def _bare_noun_before_of(an: Analysis, words: list[Token]) -> list[Finding]:
    """ "on anniversary of the flood", "in wake of the storm": a preposition, a bare singular noun and
    "of" + a determined noun phrase; "of the ..." makes the first noun definite, so it needs "the".
    Set frames ("on behalf of", "in search of") are in article_idioms.txt."""
    out: list[Finding] = []
    toks = an.tokens
    idioms = _idioms()
    n = len(toks)
    for t in words:
        if t.lower != "of" or t.index < 2 or t.index + 1 >= n:
            continue
        noun, prep = toks[t.index - 1], toks[t.index - 2]
        if (t.index >= 3 and prep.lower in _POSITIONAL and toks[t.index - 3].is_word
                and toks[t.index - 3].lower in PREPOSITIONS and noun.is_word and not noun.is_cap):
            # "in early hours of 2 November", "during final minutes of the match"
            nn = lemmas(noun.text).get("NOUN")
            after = toks[t.index + 1]
            specific = after.is_word and (after.is_cap or after.lower[:1].isdigit() or after.lower in _determiners())
            if specific and nn and nn[0].lower() != noun.lower and noun.lower.endswith("s"):
                out.append(_finding(an, prep, noun, "noun", "positional-of"))
            continue
        if not noun.is_word or not prep.is_word or noun.is_cap or noun.quoted or prep.lower not in PREPOSITIONS:
            continue
        low = noun.lower
        if low in _PARTITIVES or (prep.lower, low) in idioms or low in _determiners() or low in _NOT_ADJECTIVES:
            continue
        frame = low in _FRAME_NOUNS
        if not frame and (_abstract_noun(low) or low in _TIME_NOUNS or low in _COMPASS or low in bare_prone()):
            continue  # "fighting for control of", "a breadth of knowledge of": mass nouns stand bare before "of"
        forms = lemmas(noun.text)
        nn = forms.get("NOUN")
        if not frame and (not nn or nn[0].lower() != low or "ADJ" in forms or "ADV" in forms or len(low) < 3):
            continue
        nxt = toks[t.index + 1]
        if not nxt.is_word or nxt.lower not in ("the", "this", "that", "these", "those", "its", "their", "his", "her",
                                                 "our", "my", "your") and not (frame and nxt.is_cap):
            continue  # "at beginning of March": a frame noun before a name
        if prep.lower in ("from", "to") and _paired_bare(an, prep.index):
            continue
        out.append(_finding(an, noun, noun, "noun", "before-of"))
    return out


# Nouns made definite by the "of" phrase after them when they open a sentence as its subject:
# "Number of visitors rose" -> "The number of visitors rose" (unlike "Part of", "Lack of sleep").
# Places and bodies whose possessive opens a sentence: "City's main hospital said" -> "The city's".
_POSSESSIVE_BODIES = frozenset(["city", "town", "village", "county", "region", "country", "nation", "state",
                                "university", "school", "college", "hospital", "charity", "museum", "team"])
_OF_SUBJECTS = frozenset(["number", "rest", "majority", "aim", "goal", "purpose", "scale", "extent", "level", "rate",
                          "amount", "total", "share", "future", "history", "fate", "owner", "author", "winner",
                          "result", "outcome", "cause", "source", "origin", "timing", "focus", "collapse", "closure",
                          "opening", "arrival", "departure", "return", "sale", "release", "launch", "cost", "price",
                          "value", "size", "weight"])
# Adjectives that pick out a part of a sequence: with a plural and "of" they need "the".
_POSITIONAL = frozenset(["early", "earliest", "final", "closing", "opening", "first", "last", "dying", "remaining",
                         "latter", "initial", "later", "late", "coming", "following", "previous", "middle"])
# Nouns for a part or point of something, definite before "of": "at beginning of March", "at end of the season".
_FRAME_NOUNS = frozenset(["beginning", "start", "end", "middle", "outset", "close", "height", "peak", "turn", "dawn",
                          "eve", "edge", "top", "bottom", "foot", "heart", "centre", "center", "rear", "core",
                          "outskirts", "summit", "base", "tip", "corner", "entrance", "mouth", "head",
                          "remainder", "bulk", "wake", "aftermath", "run-up", "launch", "opening",
                          "duration", "length", "size", "cost", "price", "value", "quality", "state"])
_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ity", "ness", "ism", "ship", "ing", "age", "ure", "cy")


def _abstract_noun(low: str) -> bool:
    """ "in recognition of", "in advancement of", "in violation of": abstract nouns live in set frames."""
    return len(low) > 5 and low.endswith(_ABSTRACT_ENDINGS)


# Adjectives that name a group of people when used as a noun, which always takes "the":
# "harder for elderly to attend" -> "for the elderly".
_COLLECTIVE_ADJECTIVES = frozenset(
    ["elderly", "poor", "rich", "wealthy", "homeless", "unemployed", "disabled", "sick", "injured", "wounded",
     "vulnerable", "needy", "blind", "deaf", "privileged", "underprivileged", "disadvantaged",
     "marginalised", "marginalized", "oppressed", "bereaved", "deceased", "unvaccinated", "uninsured",
     "affluent", "jobless", "destitute", "infirm", "frail", "afflicted", "displaced", "persecuted", "elite",
     "unemployable", "low-paid", "well-off", "better-off", "worse-off"]
)


# Verbs whose object is often a group of people: "help poor", "protect vulnerable".
_CARE_VERBS = frozenset(
    ["help", "helps", "helped", "helping", "support", "supports", "supported", "supporting", "protect", "protects",
     "protected", "protecting", "serve", "serves", "served", "serving", "feed", "feeds", "fed", "feeding", "house",
     "housed", "housing", "shelter", "sheltered", "assist", "assists", "assisted", "target", "targets", "targeted",
     "neglect", "neglects", "neglected", "abandon", "abandoned", "ignore", "ignores", "ignored", "fail", "fails",
     "failed", "failing", "punish", "punishes", "punished", "exclude", "excludes", "excluded", "treat", "treated",
     "rescue", "rescued", "evacuate", "evacuated", "visit", "visited", "comfort", "comforted"]
)


def _bare_collective_adjectives(an: Analysis, words: list[Token]) -> list[Finding]:
    """ "for elderly to attend", "among poor and hungry": an adjective used as a noun for a group of
    people after a preposition, with no noun after it and no "the"."""
    out: list[Finding] = []
    toks = an.tokens
    for t in words:
        if t.quoted or t.is_cap or t.lower not in _COLLECTIVE_ADJECTIVES:
            continue
        prev = _prev_word(an, t.index)
        if prev is None or (prev.lower not in PREPOSITIONS or prev.lower in ("as", "like", "than")) \
                and prev.lower not in _CARE_VERBS:
            continue
        k = t.index + 1
        nxt = toks[k] if k < len(toks) else None
        if nxt is not None and nxt.is_word and nxt.lower in ("and", "or"):
            other = toks[k + 1] if k + 1 < len(toks) else None
            if other is not None and other.lower in _COLLECTIVE_ADJECTIVES:
                continue  # "between rich and poor", "young and old": a paired idiom
            continue  # "for elderly and disabled people": the noun may come later
        if nxt is not None and nxt.is_word:
            forms = lemmas(nxt.text)
            if nxt.is_cap or "NOUN" in forms and nxt.lower not in _HEAD_FOLLOWERS or "ADJ" in forms \
                    or nxt.lower[:1].isdigit():
                continue  # "for elderly patients", "for poor quality"
        if nxt is not None and nxt.text in ("-", "’", "'"):
            continue
        if prev.lower in ("from", "to") and _paired_bare(an, prev.index):
            continue
        if prev.lower in ("off", "in", "out", "up", "down"):
            pp = _prev_word(an, prev.index)
            if pp is not None and (pp.lower in _COPULAS or "VERB" in lemmas(pp.text)):
                continue  # "was off sick", "called in sick", "signed off sick": a state after a
                # verb and its particle, not a group of people
        out.append(Finding(t.start, t.end, "missing-article:collective-adj", "missing_article",
                           f"{quote(t.text)} used as a noun for a group of people needs {quote('the')}: "
                           f"{quote('the ' + t.text)}.", ("the " + t.text,)))
    return out


_AWARD_VERBS = frozenset(["voted", "won", "wins", "win", "winning", "nominated", "shortlisted", "awarded", "named",
                          "crowned", "picked", "chosen", "judged", "rated", "ranked"])


# Adjectives that make a singular noun one definite whole: "measure whole combination" -> "the whole".
_WHOLE_WORDS = frozenset(["whole", "entire", "same"])
# Bare uses: "whole grain", "whole milk", "same-sex", "same day".
_WHOLE_IDIOMS = frozenset(["grain", "grains", "milk", "wheat", "number", "numbers", "food", "foods", "note", "life",
                           "sale", "hog", "cloth", "day", "sex", "way"])


def _superlative(t: Token) -> bool:
    """ "brightest", "largest", "best": an inflected superlative adjective (not "honest", "forest")."""
    low = t.lower
    if low in ("best", "worst") or low in _WHOLE_WORDS:
        return True
    if not low.endswith("est") or len(low) < 5:
        return False
    adj = lemmas(t.text).get("ADJ")
    return bool(adj) and adj is not None and adj[0].lower() != low


def _bare_superlatives(an: Analysis, words: list[Token]) -> list[Finding]:
    """ "had brightest future", "won largest share": a superlative before a singular noun, after a
    verb or a preposition, needs "the" whatever the noun ("the best weather")."""
    out: list[Finding] = []
    toks = an.tokens
    for t in words:
        if t.lower[-3:] != "est" and t.lower not in ("best", "worst") and t.lower not in _WHOLE_WORDS \
                or t.quoted or t.is_cap or not _superlative(t):
            continue
        prev = _prev_word(an, t.index)
        if prev is not None and prev.lower.endswith("ly") and prev.lower not in ("only", "early") and "ADV" in lemmas(prev.text):
            prev = _prev_word(an, prev.index)  # "was easily best meal": the copula rule stops at the adverb
        if prev is None or prev.is_cap or prev.lower in _determiners() or prev.lower.endswith(("'s", "’s")):
            continue
        if prev.lower in _ORDINALS or prev.lower in RANK_ORDINALS:
            continue  # "the third largest city": the article stands before the ordinal
        copula_adverb = prev.lower in _COPULAS and t.index - prev.index == 2
        pforms = lemmas(prev.text)
        whole = t.lower in _WHOLE_WORDS and prev.index == t.index - 1 and "VERB" in pforms and prev.lower not in _AUX
        if not (prev.lower in PREPOSITIONS or "VERB" in pforms and "NOUN" not in pforms
                or prev.lower in _AUX or whole):
            continue  # "biggest and best team", "one of best": only after a verb or a preposition
        if not copula_adverb and prev.lower in ("most", "very", "and", "or", "but", "is", "was", "are", "were", "be",
                                                "been", "looks", "seems", "feels", "tastes", "sounds"):
            continue  # a predicate adjective is handled by the copula rule
        if not copula_adverb and (prev.lower in _PREDICATIVE or prev.lower in _AWARD_VERBS):
            continue  # "voted best player", "won best actress": an award's title
        if prev.lower == "for" and prev.index > 0 and toks[prev.index - 1].lower in _AWARD_CUES:
            continue  # "runner-up for best actress", "nominated for best film": an award's title
        n = toks[t.index + 1] if t.index + 1 < len(toks) else None
        if n is None or not n.is_word or n.is_cap:
            continue
        nforms = lemmas(n.text)
        noun = nforms.get("NOUN")
        if not noun or noun[0].lower() != n.lower or "ADV" in nforms or n.lower in _HEAD_FOLLOWERS \
                or n.lower in _determiners() or n.lower in _PRONOUN_WORDS:
            continue  # a plural ("best results") or not a noun ("worst hit")
        if (t.lower, n.lower) in _RANKED_IDIOMS or t.lower in _WHOLE_WORDS and n.lower in _WHOLE_IDIOMS:
            continue
        if prev.lower in PREPOSITIONS and n.lower in RANK_PREP_IDIOM_HEADS:
            continue  # "used to best effect", "those at greatest risk"
        if t.lower in _WHOLE_WORDS and (any(w.lower in _determiners() for w in toks[max(0, t.index - 3) : t.index])
                                        or "ADJ" in pforms or "ADV" in pforms):
            continue  # "the exact same name", "the very same day"
        after = toks[n.index + 1] if n.index + 1 < len(toks) else None
        if after is not None and after.text in ("-", "’", "'"):
            continue
        if t.lower in _WHOLE_WORDS and after is not None and after.is_word and "NOUN" in lemmas(after.text) \
                and after.lower not in _HEAD_FOLLOWERS:
            continue  # "same package manager versions": a longer compound
        out.append(_finding(an, t, n, "noun", "whole-same" if t.lower in _WHOLE_WORDS else "superlative"))
    return out


def _simple_past(v: Token) -> bool:
    """An inflected past-tense verb ("asked", "joined", "crossed"), not a participle used as an
    adjective after a determiner; auxiliaries and copulas are left to their own rules."""
    if (not v.is_word or v.is_cap or v.lower in _COPULAS or v.lower in _AUX or v.lower in _MODAL_VERBS
            or v.lower in ("had", "did", "got", "went", "came", "became", "shall", "ought")):
        return False
    forms = lemmas(v.text)
    verb = forms.get("VERB")
    if not verb:
        return False
    return verb[0].lower() != v.lower and not v.lower.endswith(("s", "ing")) and "NOUN" not in forms


def _finite_past(v: Token) -> bool:
    if _past_or_aux(v):
        return True
    verb = lemmas(v.text).get("VERB")
    if not verb:
        return False
    return verb[0].lower() != v.lower and not v.lower.endswith(("s", "ing"))


_SPEAKERS = frozenset(["minister", "mayor", "president", "governor", "spokesman", "spokeswoman", "spokesperson",
                       "chairman", "chairwoman", "manager", "director", "company", "firm", "committee", "board",
                       "report", "study", "survey", "team", "club", "coach", "agency", "ministry", "department"])
# Listed nouns that also name one body without an article ("Parliament is", "Congress has").
# A nation's deliberative bodies, capitalised, are named bare ("Cabinet met on Thursday",
# "Parliament voted", "Congress passed the bill", "Government has announced").
_BODY_NAMES = frozenset(["parliament", "congress", "cabinet", "government", "senate"])
_NAME_LIKE_NOUNS = frozenset(["parliament", "congress", "cabinet", "government", "council", "court"])
_NATIONALITIES = frozenset(
    ["american", "british", "english", "scottish", "welsh", "irish", "french", "german", "dutch", "belgian",
     "spanish", "portuguese", "italian", "greek", "turkish", "russian", "ukrainian", "polish", "czech",
     "hungarian", "austrian", "swiss", "swedish", "norwegian", "danish", "finnish", "icelandic", "chinese",
     "japanese", "korean", "indian", "pakistani", "bangladeshi", "iranian", "iraqi", "israeli", "palestinian",
     "saudi", "egyptian", "nigerian", "kenyan", "ethiopian", "canadian", "mexican", "brazilian", "argentine",
     "argentinian", "chilean", "colombian", "peruvian", "australian", "venezuelan", "cuban", "afghan", "syrian",
     "lebanese", "jordanian", "qatari", "emirati", "thai", "vietnamese", "indonesian", "malaysian", "filipino",
     "european", "african", "asian", "federal", "national", "local", "regional", "state", "city", "county"]
)


# Occupations that are never unique to one holder: "she is engineer" needs "an".
_OCCUPATIONS = frozenset(
    ["teacher", "engineer", "nurse", "doctor", "driver", "pilot", "reporter", "journalist", "writer", "scientist",
     "researcher", "lawyer", "accountant", "architect", "electrician", "plumber", "mechanic", "farmer", "builder",
     "chef", "cook", "waiter", "waitress", "cleaner", "soldier", "firefighter", "paramedic", "pharmacist",
     "dentist", "surgeon", "vet", "student", "volunteer", "consultant", "developer", "programmer", "designer",
     "photographer", "translator", "carpenter", "baker", "butcher", "shopkeeper", "librarian", "officer",
     "midwife", "physician", "technician", "analyst", "economist", "musician", "painter", "sculptor", "actor",
     "actress", "singer", "dancer", "athlete", "footballer", "gardener", "miner", "fisherman", "sailor",
     "clerk", "cashier", "receptionist", "secretary", "assistant", "intern", "apprentice", "tutor", "lecturer"]
)
_ROLE_VERBS = frozenset(["work", "works", "worked", "working", "employed", "trained", "qualified", "retrained", "job",
                         "career", "hired", "started", "starting", "began", "moonlights", "moonlighted"])
_COMPASS = frozenset(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                      "north-east", "north-west", "south-east", "south-west"])
_COMPASS_PREPS = frozenset(["in", "into", "from", "across", "throughout", "over", "to", "towards", "toward"])
_BEEN = frozenset(["been", "be", "become", "becomes", "became", "is", "was"])


# After these, a noun known only from count_nouns_auto.txt is often a means, manner or mass use
# ("by compass", "with lime", "for espresso", "the question of voice").
_MANNER_PREPS = frozenset(["by", "with", "without", "like", "for", "of"])
_OPENER_LINKS = frozenset(["of", "for", "from", "at", "in", "with", "on", "who", "that"])
_SINGULAR_FINITE = frozenset(["is", "was", "has", "says", "said", "will", "would", "could", "can", "must"])


def _bare_opener_before_verb(an: Analysis, words: list[Token], nouns: frozenset[str]) -> Finding | None:
    """ "Surgeon quickly noticed", "Shortage of engineers was", "Spokesperson for the airline
    declined", "Tenant who complained was": a capitalised singular count noun opening a sentence
    whose verb follows after an adverb or a short lower-case phrase."""
    w0, w1 = words[0], words[1]
    toks = an.tokens
    if w0.text in _person_names():
        return None  # "Miller, who ran the shop, said": a surname
    if (w0.is_cap and not w0.text.isupper() and w0.lower in nouns and w0.lower not in _NAME_LIKE_NOUNS
            and w0.index + 1 < len(toks) and toks[w0.index + 1].text == "," and _verb_follows(an, words, 0)):
        return _finding(an, w0, w0, "noun", "opener-phrase")  # "Spokesperson, Jane Doe, said"
    of_frame = w1.lower == "of" and (w0.lower in _FRAME_NOUNS or w0.lower in _OF_SUBJECTS)
    if (not w0.is_cap or w0.text.isupper() or (w0.lower not in nouns and not of_frame) or w0.lower in _NAME_LIKE_NOUNS
            or w1.index != w0.index + 1 or w1.is_cap):
        return None
    if not of_frame and (w0.lower in _IMPERATIVES or "ADJ" in lemmas(w0.text)):
        return None  # "Book with the agency that", "Chief among them"
    if w1.lower.endswith("ly") and "ADV" in lemmas(w1.text) and len(words) > 2:
        v = words[2]
        if v.index == w1.index + 1 and not v.is_cap and (v.lower in _SINGULAR_FINITE or _simple_past(v)):
            return _finding(an, w0, w0, "noun", "opener-phrase")
        return None
    if w1.lower not in _OPENER_LINKS:
        return None
    # A short lower-case phrase with no punctuation or name, then the clause's verb.
    for j, w in enumerate(words[2:8], start=2):
        if w.index != words[j - 1].index + 1 and toks[words[j - 1].index + 1].text == "," and j >= 3:
            # "Owner of the cafe, Sam Lee, said": an appositive name after the opening phrase
            return _finding(an, w0, w0, "noun", "opener-phrase") if _verb_follows(an, words, j - 1) else None
        if w.index != words[j - 1].index + 1 or w.is_cap or w.lower[:1].isdigit():
            return None
        if w1.lower in ("who", "that") and j == 2:
            continue  # the relative clause's own verb
        past = _simple_past(w) or of_frame and _finite_past(w) and not w.lower.endswith("s")
        if w.lower in _SINGULAR_FINITE or (past and j >= 3 and words[j - 1].lower not in _determiners()):
            prev = words[j - 1]
            if prev.lower in PREPOSITIONS or prev.lower in ("to", "and", "or"):
                return None
            return _finding(an, w0, w0, "noun", "opener-phrase")
        if w.lower in _AUX or w.lower in ("are", "were", "have", "do", "did"):
            return None  # "Shortages ... were": plural agreement, or a question
    return None


@cache
def _opener_heads() -> frozenset[str]:
    """Heads of a modified opener ("Transport authority blamed"): hand-listed count nouns and
    count_nouns_subject.txt; nouns known only from the generated list are too often names of
    features or states there ("Interactive mode is", "Diagnostic report has")."""
    return _listed_nouns() | data.word_set("count_nouns_subject.txt")


@cache
def _subject_nouns() -> frozenset[str]:
    """Count nouns judged as a modified subject opening a sentence: the general list plus
    ``count_nouns_subject.txt`` (countable nouns the generator drops as also verbs or adjectives)."""
    return _nouns() | data.word_set("count_nouns_subject.txt")


_OPENER_VERBS = frozenset(["is", "was", "has", "had", "says", "said", "will", "would", "can", "could", "must",
                           "may", "might", "should", "does", "did", "isn't", "wasn't", "hasn't", "won't"])
_NOT_MODIFIERS = frozenset(["last", "next", "this", "that", "half", "most", "much", "more", "less", "other",
                            "another", "same", "such", "each", "every", "only", "even", "just", "very", "too",
                            "how", "why", "what", "here", "there", "please", "thank", "today", "tonight"])
_SPEECH_VERBS = frozenset(["said", "says", "told", "added", "explained", "warned", "argued", "noted", "insisted",
                           "admitted", "confirmed", "declined", "described", "called", "wrote", "believes",
                           "believed", "thinks", "thought", "expects", "expected", "hopes", "hoped"])


def _modifier_word(t: Token, first: bool) -> bool:
    """A word that can modify a following noun: an adjective, a singular noun, a participle, an
    ordinal ("Transport", "Independent", "Organising", "First")."""
    low = t.lower
    if (low in _NOT_MODIFIERS or low in _determiners() or low in PREPOSITIONS or low in _NOT_ADJECTIVES
            or low in _SUBORDINATORS or low in _OPENER_WORDS or low in _PRONOUN_WORDS or low in _AUX
            or "'" in low or "’" in low or low[:1].isdigit()):
        return False
    if first and (t.text.isupper() or not t.text[1:].islower()):
        return False  # an acronym or a mixed-case brand: "NHS trust", "iPhone"
    forms = lemmas(t.text)
    if not forms or "ADV" in forms and "ADJ" not in forms:
        return False
    if low in _ORDINALS or "ADJ" in forms:
        return True
    noun = forms.get("NOUN")
    if noun and noun[0].lower() == low:
        return True  # a singular noun: "Transport authority"
    verb = forms.get("VERB")
    return bool(verb) and low.endswith("ing") and not noun


def _modified_opener(an: Analysis, words: list[Token]) -> Finding | None:
    """ "Transport authority blamed ...", "Supporting cast is uneven", "First half in particular
    moves", "Excavation director, Dr Helen Marsh, said": a sentence opening with a singular count
    noun after one or two modifiers and no determiner, then its verb."""
    heads = _opener_heads()
    w0 = words[0]
    if not any(w.lower in heads or w.lower in _SPEAKING_BODIES for w in words[1:3]):
        return None  # cheap test first: no count noun in second or third place
    if not _modifier_word(w0, True):
        return None
    for m in (1, 2):
        if m >= len(words) - 1:
            return None
        head = words[m]
        if head.index != words[m - 1].index + 1 or head.is_cap:
            return None
        if m == 2 and not _modifier_word(words[1], False):
            return None
        if head.lower not in heads and not (head.lower in _SPEAKING_BODIES and _speech_follows(an, head)):
            continue
        if head.lower in _TIME_NOUNS or (w0.lower, head.lower) in _RANKED_IDIOMS:
            return None
        if _verb_follows(an, words, m, strong=w0.lower in _IMPERATIVES):
            if _set_compound(words[m - 1], head):
                return None
            return _finding(an, w0, head, "noun", "modified-opener")
    return None


@cache
def _set_compounds() -> frozenset[tuple[str, str]]:
    return frozenset((a, b) for a, _, b in (ln.partition(" ") for ln in data.lines("article_set_compounds.txt")))


def _set_compound(mod: Token, head: Token) -> bool:
    """Is "mod head" a set term Google Books uses very often (article_set_compounds.txt: "free speech",
    "local government", "sea level rise") with a head that names no person? Such a term opens a
    general statement bare ("Free speech is not the issue"); "Electoral officer said" still needs
    "the"."""
    if mod.lower in _ORDINALS or mod.lower in RANK_ORDINALS or mod.lower in _SUPERLATIVE_WORDS:
        return False  # "Second round in particular looks hard": a ranked one, always "the"
    return not _person_noun(head.lower) and (mod.lower, head.lower) in _set_compounds()


# Nouns that are bare in general statements ("Public service is a calling") but name one body
# when it speaks: "Fire service said" -> "The fire service said".
_SPEAKING_BODIES = frozenset(["service", "administration", "force", "brigade", "network", "provider", "operator",
                              "insurer", "carrier", "zoo", "family", "court", "government", "parliament",
                              "management", "leadership", "prosecution", "defence", "defense", "coastguard"])


# Bodies that open a sentence as the speaker: "Prosecution said" -> "The prosecution said"
# (not "Police said", "Parliament voted", "Management said", which are bare by usage).
_BODIES_THAT_SPEAK = frozenset(["prosecution", "defence", "defense", "government", "administration", "coastguard",
                                "court", "judge", "inquest", "tribunal", "panel", "jury", "regulator", "ministry"])


def _speech_follows(an: Analysis, head: Token) -> bool:
    v = an.tokens[head.index + 1] if head.index + 1 < len(an.tokens) else None
    return v is not None and v.is_word and v.lower in _SPEECH_VERBS


def _verb_follows(an: Analysis, words: list[Token], m: int, strong: bool = False) -> bool:
    """The clause verb follows the head words[m]: at once, after an adverb ("in particular",
    "quickly"), or after a comma-fenced name ("director, Dr Helen Marsh, said")."""
    toks = an.tokens
    head = words[m]
    nxt = toks[head.index + 1] if head.index + 1 < len(toks) else None
    if nxt is None:
        return False
    j = m + 1
    if nxt.text == ",":
        # an appositive name: capitalised words up to the next comma, then a verb of saying
        k = head.index + 2
        names = 0
        while k < len(toks) and toks[k].is_word and (toks[k].is_cap or names >= 2 and toks[k].lower in ("of", "at", "for")
                                                     and k + 1 < len(toks) and toks[k + 1].is_cap):
            names += 1
            k += 1
        if names < 2 or k + 1 >= len(toks) or toks[k].text != ",":
            return False
        v = toks[k + 1]
        return v.is_word and (v.lower in _SPEECH_VERBS or v.lower in _OPENER_VERBS)
    if not nxt.is_word:
        return False
    if j < len(words) and words[j].lower.endswith("ly") and "ADV" in lemmas(words[j].text):
        j += 1
    elif j + 1 < len(words) and (words[j].lower, words[j + 1].lower) in _ADVERB_PAIRS:
        j += 2
    if j >= len(words) or words[j].index != words[j - 1].index + 1:
        return False
    v = words[j]
    if v.is_cap:
        return False
    after = toks[v.index + 1] if v.index + 1 < len(toks) else None
    if after is not None and after.is_word and after.lower in _AUX and v.lower not in ("is", "was", "has"):
        return False  # "Police officer training will ...": a compound
    if strong:  # after an opener that could be an imperative ("Head teacher said"), only a clear verb
        return v.lower in _OPENER_VERBS or v.lower in _SPEECH_VERBS
    if v.lower in _OPENER_VERBS or _simple_past(v) or _present_3sg(v):
        return True
    # after an adverb an -s word is the verb even when it could be a plural noun: "in particular moves"
    verb = lemmas(v.text).get("VERB")
    return j > m + 1 and v.lower.endswith("s") and bool(verb) and verb is not None and verb[0].lower() != v.lower


_ADVERB_PAIRS = frozenset([("in", "particular"), ("in", "turn"), ("at", "least"), ("at", "first"), ("of", "course"),
                           ("in", "fact"), ("as", "usual"), ("once", "again"), ("in", "general")])


def _has_clear_verb(words: list[Token]) -> bool:
    """Does a sentence's word list hold a word that can only be a verb, an auxiliary or an -ed/-ing
    form? A label or a catalogue entry ("Baby's bonnet, Clones, c. 1880.") has none."""
    for k, w in enumerate(words):
        if w.lower in _AUX:
            return True
        if w.lower.endswith(("ed", "ing")) and len(w.lower) > 4:
            nxt = words[k + 1] if k + 1 < len(words) else None
            if nxt is None or nxt.index != w.index + 1 or nxt.is_cap or "NOUN" not in lemmas(nxt.text):
                return True  # (not "christening gown": a modifier before its noun)
        forms = lemmas(w.text)
        if "VERB" in forms and "NOUN" not in forms and "ADJ" not in forms and not w.is_cap:
            return True
    return False


@cache
def _role_or_compass() -> frozenset[str]:
    return frozenset(_OCCUPATIONS | _COMPASS)


@cache
def _opener_first_forms() -> tuple[frozenset[str], frozenset[str]]:
    """(first words, second or third words) that let ``_bare_openers_and_roles`` look further."""
    return (_nouns() | _subject_nouns() | _BODIES_THAT_SPEAK, _opener_heads() | _SPEAKING_BODIES)


def _bare_openers_and_roles(an: Analysis) -> list[Finding]:
    """ "Dutch government announced", "Council's decision angered", "works as engineer", "has been
    teacher", "rain from west": a singular count noun with no determiner in places that need one."""
    out: list[Finding] = []
    toks = an.tokens
    nouns = _nouns()
    n = len(toks)
    w0_forms, w12_forms = _opener_first_forms()
    for s in an.sentences:
        # The first three words decide whether any opener rule below can fire (each needs w0 to be
        # a listed noun, a speaker or a possessive, "of" second, or a listed head second or third).
        first3: list[Token] = []
        j = s.first
        while j < s.last and len(first3) < 3:
            if toks[j].is_word:
                first3.append(toks[j])
            j += 1
        if len(first3) < 3 or not first3[0].is_cap:
            continue
        w0, w1, w2 = first3
        if w0.lower not in w0_forms and w1.lower not in w12_forms and w2.lower not in w12_forms and w1.lower != "of" \
                and not w0.lower.endswith(("'s", "’s")):
            continue
        words = [t for t in toks[s.first : s.last] if t.is_word]
        if an.quoted_sentence(s) or _after_colon(an, words[0]):
            continue
        adjacent = w1.index == w0.index + 1 and w2.index == w1.index + 1
        # "Dutch government announced", "Police officer arrested": a capitalised common modifier,
        # then a listed noun, then a finite verb, opening the sentence.
        if (adjacent and w0.is_cap and not w0.text.isupper() and not w1.is_cap and w1.lower in _opener_heads()
                and not (w1.lower == "place" and (w0.lower in _ORDINALS or w0.lower in RANK_ORDINALS))
                and w0.lower not in _determiners() and w0.lower not in _OPENER_WORDS and w0.lower not in PREPOSITIONS
                and w0.lower not in _NOT_ADJECTIVES and w0.lower not in _SUBORDINATORS
                and (w2.lower in ("is", "was", "has", "will", "would", "can", "could", "said", "says") or _finite_past(w2))):
            forms = lemmas(w0.lower)
            if w0.lower in _NATIONALITIES or (forms and "ADV" not in forms and "NOUN" in forms and w0.lower not in _IMPERATIVES):
                nxt = toks[w2.index + 1] if w2.index + 1 < n else None
                if not (nxt is not None and nxt.is_word and nxt.lower in _AUX and w2.lower not in ("is", "was", "has")) \
                        and not _set_compound(w0, w1):
                    out.append(_finding(an, w0, w1, "noun", "modifier-opener"))
                    continue
        # "Minister is expected": a listed noun opening the sentence before "is"/"says"
        if (w0.is_cap and not w0.text.isupper() and w0.lower in nouns and w1.index == w0.index + 1
                and w1.lower in ("is", "says", "has") and (w0.lower in _OCCUPATIONS or w0.lower in _SPEAKERS)):
            out.append(_finding(an, w0, w0, "noun", "role-opener"))
            continue
        # "Coroner said", "Ruling says": a countable speaker or document opening the sentence before a
        # verb of saying
        if (w0.is_cap and w0.text[1:].islower() and w1.index == w0.index + 1 and w1.lower in _SPEECH_VERBS
                and (w0.lower in _subject_nouns() or w0.lower in _BODIES_THAT_SPEAK)
                and w0.lower not in _NAME_LIKE_NOUNS and w0.lower not in _NAMEY and w0.text not in _person_names()):
            out.append(_finding(an, w0, w0, "noun", "speaker-opener"))
            continue
        # "Council's decision": a listed common noun in the possessive opening the sentence.
        base = w0.lower[:-2] if w0.lower.endswith(("'s", "’s")) else ""
        if (w0.is_cap and not w0.text.isupper() and (base in _listed_nouns() or base in _POSSESSIVE_BODIES)
                and base not in _NAME_LIKE_NOUNS and not w1.is_cap
                and not (w1.index + 1 < n and toks[w1.index + 1].text == ":")  # "Editor's note:" is a label
                and _has_clear_verb(words[1:])):  # "Baby's bonnet, Clones, c. 1880.": a catalogue label
            out.append(_finding(an, w0, w0, "noun", "possessive-opener"))
            continue
        opener = _bare_opener_before_verb(an, words, nouns)
        if opener is None:
            opener = _modified_opener(an, words)
        if opener is not None:
            out.append(opener)
            continue
    roles = _role_or_compass() & an.word_forms()  # most segments hold neither: one set test
    for t in (t for t in an.words if t.lower in roles) if roles else ():
        low = t.lower
        if t.quoted or t.is_cap or (low not in _OCCUPATIONS and low not in _COMPASS):
            continue
        prev = _prev_word(an, t.index)
        if prev is None or prev.index != t.index - 1:
            continue
        nxt = toks[t.index + 1] if t.index + 1 < n else None
        nxt_noun = nxt is not None and nxt.is_word and "NOUN" in lemmas(nxt.text) and nxt.lower not in _HEAD_FOLLOWERS
        if nxt is not None and nxt.text in ("-", "’", "'"):
            continue
        if low in _OCCUPATIONS and not nxt_noun:
            # "works as engineer", "has been teacher"
            p2 = _prev_word(an, prev.index)
            as_role = prev.lower == "as" and p2 is not None and p2.lower in _ROLE_VERBS
            if as_role or (prev.lower == "been" and low != "officer"):
                out.append(_finding(an, t, t, "noun", "role"))
            continue
        if low in _COMPASS and prev.lower in _COMPASS_PREPS:
            # "storms hit north of England" is adverbial; "in north of England" needs "the"
            window = [w.lower for w in toks[max(0, t.index - 4) : t.index + 5] if w.is_word and w is not t]
            if any(w in _COMPASS for w in window):
                continue  # "from north to south", "east and west"
            if nxt is None or not nxt.is_word or nxt.lower in ("of", "later", "tonight", "today", "tomorrow", "overnight"):
                out.append(_finding(an, t, t, "noun", "compass"))
    return out


def _capitalised_elsewhere(an: Analysis, t: Token) -> bool:
    """Does the segment use this capitalised word inside a sentence too (so it names something)?"""
    for w in an.words:
        if w.text == t.text and w is not t and an.sentences[w.sentence].first != w.index:
            return True
    return False


def _after_colon(an: Analysis, w: Token) -> bool:
    """Does the word follow a colon ("`-P`: Package will appear", "Note: Level must be")? A
    definition or label's gloss is telegraphic."""
    return w.index > 0 and an.tokens[w.index - 1].text == ":"


def _finding(an: Analysis, first: Token, last: Token, what: str, sub: str = "") -> Finding:
    phrase = an.text[first.start : last.end]
    repl = article_fixes(an, first, last, what == "name")
    msg = f"{quote(phrase)} needs an article here: {quote(repl[0])}."
    return Finding(first.start, last.end, "missing-article:" + sub if sub else "missing-article", "missing_article",
                   msg, repl)


def _is_head(an: Analysis, last: Token) -> bool:
    """Is the noun phrase ending at ``last`` the head (not a modifier like "US officials")?"""
    k = last.index + 1
    if k >= len(an.tokens):
        return True
    nxt = an.tokens[k]
    if nxt.text == "(" and k + 3 < len(an.tokens) and an.tokens[k + 2].text == ")" and an.tokens[k + 1].is_word \
            and an.tokens[k + 1].is_cap and an.tokens[k + 3].is_word and not an.tokens[k + 3].is_cap \
            and "NOUN" in lemmas(an.tokens[k + 3].text) and an.tokens[k + 3].lower not in PREPOSITIONS \
            and an.tokens[k + 3].lower not in _AUX and not _finite_past(an.tokens[k + 3]):
        return False  # "All Pakistan Textile Mills Association (Aptma) chairman": its short form, then the noun
    if not nxt.is_word:
        if _dotted_abbreviation(last, nxt) and k + 1 < len(an.tokens) and an.tokens[k + 1].is_cap \
                and an.tokens[k + 1].sentence == last.sentence:
            return False  # "U.S. Treasury officials": the abbreviation's full stop, then the noun it modifies
        return nxt.text not in "-–’'"
    if nxt.is_cap:
        return False
    if nxt.lower in _HEAD_FOLLOWERS or nxt.lower in ("i", "we", "you", "he", "she", "they", "it", "there"):
        return True
    if nxt.lower in _determiners():
        return True  # "flock to Great Barrier Reef every winter": a determiner opens the next phrase
    if nxt.lower in PREPOSITIONS or nxt.lower in _SUBORDINATORS:
        return True  # "held in British Library until 2019", "sank in North Sea during the storm"
    if nxt.lower in _SAME_PAST and k + 1 < len(an.tokens) and an.tokens[k + 1].is_word and (
            an.tokens[k + 1].lower in _determiners() or an.tokens[k + 1].lower in _OBJECT_WORDS):
        return True  # "World Bank cut its forecast": a past tense spelled like the base form
    if nxt.lower.endswith("ing") and k + 1 < len(an.tokens):
        nxt2 = an.tokens[k + 1]
        if not nxt2.is_word and nxt2.text in ".,;:)" or nxt2.lower in _AUX or _past_form(nxt2):
            return False  # "Pentagon spending rose", "NHS funding was cut": the -ing word heads the phrase
    forms = lemmas(nxt.text)
    verb = forms.get("VERB")
    if verb and verb[0].lower() != nxt.lower and not nxt.lower.endswith(("s", "ing")):
        return True  # a past tense: "United States rose", "Port Authority refused"
    if "NOUN" in forms and not nxt.lower.endswith("ed"):
        # "Society keeps a guide": an -s verb followed by its object, not a noun compound.
        after = an.tokens[k + 1] if k + 1 < len(an.tokens) else None
        return (
            "VERB" in forms and after is not None and after.is_word
            and (after.lower in _determiners() or after.lower in _OBJECT_WORDS)
        )  # (and "farmers along Mekong say the dams ...": a plural verb of the clause's subject)
    return "VERB" in forms or "ADV" in forms


def _dotted_abbreviation(word: Token, dot: Token) -> bool:
    """Are ``word`` and ``dot`` a dotted abbreviation and its closing full stop ("U.S.", "D.C.")?"""
    return dot.text == "." and word.is_word and dot.start == word.end and "." in word.text


def _past_form(t: Token) -> bool:
    """A past tense or participle ("rose", "fell", "planned")."""
    if not t.is_word or t.is_cap:
        return False
    verb = lemmas(t.text).get("VERB")
    return bool(verb) and verb is not None and verb[0].lower() != t.lower and not t.lower.endswith(("s", "ing"))


# Measures and amounts: the noun after "of" is the stuff measured ("3 kilometres of track").
_MEASURES = frozenset(
    ["kilometres", "kilometers", "km", "miles", "mile", "metres", "meters", "tonnes", "tons", "hectares", "acres",
     "litres", "liters", "gallons", "hours", "minutes", "days", "weeks", "months", "years", "decades", "centuries",
     "pounds", "dollars", "euros", "pieces", "bits", "lots", "plenty", "kilos", "grams", "feet", "yards", "inches",
     "stretches", "stretch", "lengths", "sheets", "rolls", "bags", "boxes", "bottles", "cups", "glasses", "loads",
     "truckloads", "lorryloads", "amounts", "quantities", "volumes", "acre", "hectare", "tonne", "ton", "yard"]
)
_SAME_PAST = frozenset(["cut", "put", "set", "hit", "let", "cost", "hurt", "quit", "shut", "spread", "split", "cast",
                        "bet", "burst", "upset", "read"])
_OBJECT_WORDS = frozenset(["it", "them", "him", "her", "us", "me", "you", "that", "to", "up", "out", "off", "down"])


@cache
def _name_start_texts() -> frozenset[str]:
    """Every capitalised word whose presence lets ``_missing_the_before_names`` find a name: a
    listed name's first word, or a head that an "of" name, a place's name or an institution's name
    must contain (each of ``_of_name_len``, ``_geo_name_len`` and ``_institution_len`` needs one)."""
    return frozenset(_names()) | _OF_NAME_HEADS | _GEO_HEADS | _OF_HEADS | {"River"} | _ALWAYS_THE_HEADS \
        | _INSTITUTION_HEADS | _THE_HEADS | _NATION_BODIES | _POLITY_HEADS | _ROUTE_HEADS | {"Ring"}


def _missing_the_before_names(an: Analysis) -> list[Finding]:
    out: list[Finding] = []
    names = _names()
    toks = an.tokens
    if _name_start_texts().isdisjoint([t.text for t in an.words if t.is_cap]):
        return out  # no listed name and no head any name rule needs: nothing can match
    # Only capitalised, unquoted words can start a name: step from one to the next (``i`` still
    # moves as before; the words in between would each have been skipped one by one).
    caps = [t.index for t in an.words if t.is_cap and not t.quoted]
    ci = 0
    i = 0
    while True:
        while ci < len(caps) and caps[ci] < i:
            ci += 1
        if ci == len(caps):
            break
        i = caps[ci]
        t = toks[i]
        if not t.is_word or t.quoted or not t.is_cap:
            i += 1
            continue
        if i + 1 < len(toks) and toks[i + 1].start == t.end and toks[i + 1].text[:1] in "$£€¥":
            i += 1
            continue  # "US$0.23", "HK$5": a currency sign, not the country
        if i >= 2 and _dotted_abbreviation(toks[i - 2], toks[i - 1]):
            i += 1
            continue  # "U.S. Navy", "D.C. Council": the abbreviation modifies the name
        match_len = 0
        for name in names.get(t.text, ()):
            if all(i + k < len(toks) and toks[i + k].text == w for k, w in enumerate(name)):
                match_len = len(name)
                break
        listed = match_len > 0
        while match_len and i + match_len < len(toks) and toks[i + match_len].text in _GEO_HEADS | {"Ocean", "Sea"}:
            match_len += 1  # "Pacific Ocean", "Caribbean Sea"
        if match_len and i + match_len + 1 < len(toks) and toks[i + match_len].lower in ("of", "for"):
            match_len = max(match_len, _of_name_len(an, i))  # "Royal Society of Chemistry"
        if match_len and i + match_len < len(toks) and toks[i + match_len].is_cap and toks[i + match_len].is_word:
            match_len = max(match_len, _institution_len(an, i), _polity_name_len(an, i))  # "Pacific Tsunami
            # Warning Center", "US Postal Service"
        if match_len and i > 0 and toks[i - 1].is_word and toks[i - 1].is_cap and toks[i - 1].lower not in _determiners() \
                and not _is_plain_opener(an, toks[i - 1]) and toks[i - 1].lower not in PREPOSITIONS:
            i += match_len
            continue  # the end of a longer name: "Leverton City Council", "Universities UK"
        if not match_len:
            prev = an.tokens[i - 1] if i > 0 else None
            prev_is_name = prev is not None and prev.is_word and prev.is_cap and prev.lower not in _determiners()
            if prev_is_name and prev is not None and _is_plain_opener(an, prev):
                prev_is_name = False  # "Visit Natural History Museum", "Then Met Office said"
            if prev_is_name:
                i += 1
                continue  # inside a longer name ("Ford Motor Company")
            opener = an.sentences[t.sentence].first == i or all(
                not x.is_word for x in toks[an.sentences[t.sentence].first : i]
            )
            forms0 = lemmas(t.text)
            imperative = t.lower in _IMPERATIVES or ("VERB" in forms0 and "NOUN" not in forms0)
            if opener and (t.lower in _OPENER_WORDS or t.lower in _SUBORDINATORS or t.lower in PREPOSITIONS
                           or not forms0 and (t.lower in _determiners() or t.lower in _FUNCTION_WORDS)
                           or t.lower in _CLAUSE_OPENERS  # "Whether Congress can ...", "Despite Treasury warnings"
                           or forms0 and (imperative or "NOUN" not in forms0) and "ADJ" not in forms0):
                # ("If Congress acts", "Unless Germany changes course": a subordinator opening the
                # sentence is never the first word of a name)
                i += 1
                continue  # "Visit Natural History Museum": the opener is not part of the name
            match_len = _of_name_len(an, i) or _geo_name_len(an, i) or _institution_len(an, i) \
                or _polity_name_len(an, i)
            if match_len and _continues_name(an, i):
                i += match_len
                continue  # "Hampshire Fire and Rescue Service"
        if not match_len:
            i += 1
            continue
        last = toks[i + match_len - 1]
        before = _prev_word(an, i)
        if before is not None and before.lower in _PREDICATIVE:
            i += match_len
            continue  # "she became Prime Minister", "elected Mayor": an office, no article
        if last.index + 2 < len(toks) and toks[last.index + 1].text == "." and toks[last.index + 1].start == last.end:
            after_dot = toks[last.index + 2]
            nforms = lemmas(after_dot.text)
            if after_dot.is_word and not after_dot.is_cap and "NOUN" in nforms and (
                    "VERB" not in nforms or nforms["NOUN"][0].lower() != after_dot.lower) \
                    and after_dot.lower not in _FUNCTION_WORDS and after_dot.lower not in _determiners():
                i += match_len
                continue  # "half of U.S. states", "U.K. officials": a dotted name modifying a noun (a plural,
                # or a word that is no verb: "Exports to U.S. fell" still needs "the")
        if not _has_determiner_before(an, i) and _is_head(an, last) and not _coordinated_with_the(an, i) \
                and not _name_exempt(an, i, match_len) and not _label_style(an, listed) \
                and not _coordinated_modifier(an, i + match_len) and (listed or not _local_body_name(toks[i : i + match_len])):
            out.append(_finding(an, t, last, "name", "the-name"))
        i += match_len
    return out


# Heads of a polity's own bodies: "the Pakistan Cricket Board", "the Ohio Department of Health",
# "the NSW Government", "the American Kennel Club", "the US Postal Service", "the Kerala High Court".
# (Not Council, Bank, University, Party, Police or Army: "Scottish Borders Council", "Indiana
# University" and "Pakistan Army said" are written bare.)
_POLITY_HEADS = frozenset(["Board", "Club", "Service", "Court", "Government", "Department", "Commission", "Agency",
                           "Bureau", "Ministry", "Institute", "Federation", "Association", "Parliament", "Assembly",
                           "Office", "Committee", "Tribunal", "Administration", "Society", "Foundation", "Survey",
                           "Museum", "Library", "Gallery", "Senate", "Cabinet", "Treasury", "Executive",
                           "Authority", "Observatory", "Inspectorate", "Directorate", "Secretariat"])


@cache
def _polities() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> names of countries, states and provinces starting with it, longest first
    (article_polities_wn.txt, tools/make_article_polities.py)."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for line in data.lines("article_polities_wn.txt"):
        words = tuple(line.split())
        by_first.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


def _polity_name_len(an: Analysis, i: int) -> int:
    """"Pakistan Cricket Board", "Ohio Department of Natural Resources", "US Postal Service": a
    country's, state's or people's name, generic capitalised words and the head of a body. A
    polity has one such body, so the name takes "the" (a town's own body may go bare)."""
    toks = an.tokens
    n = len(toks)
    p = 0
    for name in _polities().get(toks[i].text, ()):
        if all(i + k < n and toks[i + k].text == w for k, w in enumerate(name)):
            p = len(name)
            break
    if not p:
        return 0
    j = i + p
    while j < n and j - i < p + 4 and toks[j].is_word and toks[j].is_cap and toks[j].text not in _POLITY_HEADS \
            and _generic_name_word(toks[j].text):
        j += 1
    if j >= n or toks[j].text not in _POLITY_HEADS:
        return 0
    j += 1
    if j < n and toks[j].is_word and toks[j].is_cap:
        return 0  # part of a longer name ("Texas Board Games Club")
    if j + 1 < n and toks[j].lower in ("of", "for") and toks[j + 1].is_word and toks[j + 1].is_cap:
        j += 1  # "Ohio Department of Natural Resources", "Tennessee Department of Environment and Conservation"
        while j < n and toks[j].is_word and (toks[j].is_cap or toks[j].lower in ("and", "of", "the")
                                             and j + 1 < n and toks[j + 1].is_cap):
            j += 1
    return j - i


# Heads of local bodies that a place's own name may carry bare: "Kent Wildlife Trust manages the
# reserve", "Kilbride Harbour Trust has awarded", "Prairie Valley Credit Union reported".
_LOCAL_BODY_HEADS = frozenset(["Trust", "Association", "Centre", "Center", "Union", "Society", "Partnership",
                               "Cooperative", "Co-operative", "Club"])


def _local_body_name(words: list[Token]) -> bool:
    """Is the name a local body's own: a credit union, or a proper place name (a word the lexicon
    lacks, not a nationality) with a generic descriptor before a local-body head ("Kent Wildlife
    Trust")? Such names are written with or without "the"; "the Nova Scotia Museum", "the Wellcome
    Trust" and "the Royal Horticultural Society" keep theirs."""
    if len(words) < 2 or words[-1].text not in _LOCAL_BODY_HEADS:
        return False
    if words[-1].text == "Union" and words[-2].text == "Credit":
        return True
    first = words[0]
    return (len(words) >= 3 and not lemmas(first.lower) and first.text not in _NATIONALITIES
            and first.lower not in _NATIONALITIES and all(w.is_word and w.lower not in ("of", "for", "and") for w in words)
            and any(_generic_name_word(w.text) for w in words[1:-1]))


def _coordinated_modifier(an: Analysis, k: int) -> bool:
    """Is the name ending before token ``k`` the first of coordinated modifiers of one noun: "US
    and European markets", "UK, French and German officials"? Each capitalised conjunct then
    modifies the noun after the last one, like "US officials" alone."""
    toks = an.tokens
    n = len(toks)
    for _ in range(6):
        if k >= n or not (toks[k].lower in ("and", "or", "&") or toks[k].text == ","):
            return False
        k += 1
        if k < n and toks[k].lower in ("and", "or"):
            k += 1  # "UK, France, and Germany"
        j = k
        while j < n and toks[j].is_word and toks[j].is_cap:
            j += 1
        if j == k or j >= n:
            return False
        if toks[j].lower in ("and", "or", "&") or toks[j].text == ",":
            k = j
            continue
        return toks[j].is_word and not toks[j].is_cap and not _is_head(an, toks[j - 1])
    return False


def _label_style(an: Analysis, listed: bool) -> bool:
    """Is the segment written without articles on purpose (``_telegraphic``: a list item, caption
    or label with no article at all)? Its names are bare as its nouns are ("Natural History
    Museum, Cromwell Road: free entry"). A name listed as taking "the" stays flagged in a long
    article-free paragraph that ends like a sentence: there the one article may be the slip."""
    if not _telegraphic(an):
        return False
    return not listed or not an.text.rstrip().endswith((".", "!", "?", '"', "”", "’", "'", ":", ";"))


# The last word of an office's title ("Prime Minister", "Chief Executive", "Chancellor").
_OFFICE_WORDS = frozenset(["Minister", "Secretary", "Chancellor", "Executive", "General", "Pope", "President",
                           "Governor", "Mayor", "Speaker", "Chair", "Chairman", "Chairwoman", "Director",
                           "Commissioner", "Ambassador", "Chief", "Officer", "Treasurer", "State"])
# Nouns whose "of"/"for" names an office rather than its holder: "the post of Prime Minister",
# "a candidate for Chancellor", "ran for Mayor".
_OFFICE_FRAMES = frozenset(["post", "office", "role", "position", "title", "job", "rank", "seat", "duties",
                            "powers", "candidate", "candidates", "candidacy", "race", "contest", "bid", "nomination",
                            "run", "ran", "running", "runs", "stand", "stood", "standing", "stands"])


def _name_exempt(an: Analysis, i: int, n: int) -> bool:
    """Uses of a "the" name that need no article, whatever the name:

    * an office named, not its holder: in apposition ("Ann Lee, Chief Executive of Acme, said"),
      as a vocative ("Thank you, Prime Minister."), or after "the post of"/"ran for";
    * a label's list ("Source: World Bank, IMF, OECD."): names after a colon, with only
      capitalised words, commas and "and" between;
    * block capitals ("JOIN US", "ABOUT US"): an acronym next to an upper-case ordinary word."""
    toks = an.tokens
    last = toks[i + n - 1]
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + n] if i + n < len(toks) else None
    if prev is not None and prev.text in (",", "(") and nxt is not None and nxt.text in (",", ")") and (
            prev.text == "(" or i >= 2 and toks[i - 2].is_word and toks[i - 2].is_cap):
        return True  # an affiliation in apposition: "Ann Lee, University of Leeds, said", "(Met Office)"
    if last.text in _OFFICE_WORDS and prev is not None:
        if prev.text == "," and (nxt is None or nxt.text in (",", ".", "!", "?", ";", "”", '"', "’")
                                 or nxt.lower in ("of", "for", "at")):
            return True
        if prev.lower in ("of", "for") and i >= 2 and toks[i - 2].lower in _OFFICE_FRAMES:
            return True
    k = i - 1
    while k >= 0 and (toks[k].is_cap and toks[k].is_word or toks[k].text in (",", "&", "/") or toks[k].lower == "and"):
        if toks[k].lower in _determiners():
            break
        k -= 1
    if k >= 0 and toks[k].text == ":" and k < i - 0 and not (
            k == i - 1 and nxt is not None and nxt.is_word and not nxt.is_cap
            and (nxt.lower in _AUX or _finite_past(nxt) or _present_3sg(nxt))):
        return True  # (not a clause after the colon: "little warning: Bureau of Meteorology had forecast")
    if prev is not None and prev.text == "/" or nxt is not None and nxt.text == "/":
        return True  # "US/UK markets", "EU/EEA nationals": a pair of names as one modifier
    t = toks[i]
    if t.text.isupper() and len(t.text) > 1:
        for j in (i - 1, i + n):
            if 0 <= j < len(toks) and toks[j].is_word and toks[j].text.isupper() and len(toks[j].text) > 1 \
                    and lemmas(toks[j].lower) and toks[j].text not in _names():
                return True
    return False


# Conjunctions and prepositions that open a sentence and never start a name (whatever the lexicon
# says of them: it lists "whether" as a noun).
_CLAUSE_OPENERS = frozenset(["whether", "whereas", "whilst", "despite", "unless", "until", "unlike", "amid", "amidst",
                             "although", "though", "because", "while", "if", "once", "since"])
_OPENER_WORDS = frozenset(
    ["then", "now", "so", "but", "and", "yet", "still", "later", "today", "when", "after", "before", "since",
     "once", "while", "if", "because", "although", "though", "meanwhile", "instead", "also", "last", "next",
     "yesterday", "tomorrow", "eventually", "finally", "soon", "until", "unless", "where", "as", "or", "nor"]
)


def _is_plain_opener(an: Analysis, t: Token) -> bool:
    """A capitalised sentence opener that is an ordinary word, not part of a name."""
    s = an.sentences[t.sentence]
    if not all(not x.is_word for x in an.tokens[s.first : t.index]):
        return False
    forms = lemmas(t.text)
    if t.lower in _IMPERATIVES or t.lower in _determiners() or t.lower in PREPOSITIONS or t.lower in _OPENER_WORDS \
            or t.lower in _CLAUSE_OPENERS:
        return True
    return bool(forms) and "NOUN" not in forms and "ADJ" not in forms


# Heads of "X of Y" / "X for Y" names that take "the": the University of Leeds, the Department for
# Transport, the American Academy of Pediatrics, the Democratic Republic of Congo.
_OF_NAME_HEADS = frozenset(
    ["University", "College", "School", "Academy", "Institute", "Institution", "Society", "Association",
     "Federation", "Union", "Department", "Ministry", "Office", "Bureau", "Agency", "Commission", "Committee",
     "Council", "Board", "Court", "Chamber", "Museum", "Gallery", "Library", "Church",
     "Republic", "Kingdom", "Federation", "Sultanate", "Emirate", "Principality", "Duchy", "Gulf",
     "Bay", "Sea", "Strait", "Straits", "River", "Cape", "Order", "League", "Organisation", "Organization",
     "Foundation", "Fund", "Trust", "Authority", "Service", "Centre", "Center", "Hall", "Palace", "Tower"]
)


def _of_name_len(an: Analysis, i: int) -> int:
    """ "Office for National Statistics", "American Academy of Pediatrics": generic capitalised words
    ending in an institution or place head, then "of"/"for" and a capitalised name."""
    toks = an.tokens
    j = i
    while j < len(toks) and j - i < 4 and toks[j].is_word and toks[j].is_cap and toks[j].text not in _OF_NAME_HEADS:
        j += 1
    if j >= len(toks) or toks[j].text not in _OF_NAME_HEADS:
        return 0
    j = i
    while toks[j].text not in _OF_NAME_HEADS:
        if not (_generic_name_word(toks[j].text) or toks[j].lower in _NATIONALITIES) or toks[j].lower in _determiners():
            return 0
        j += 1
    if j >= len(toks) or toks[j].text not in _OF_NAME_HEADS or j + 2 >= len(toks):
        return 0
    link, name = toks[j + 1], toks[j + 2]
    if link.lower not in ("of", "for") or not name.is_word or not name.is_cap or name.text == "America":
        return 0  # "Bank of America" is a company
    k = j + 2
    while k < len(toks) and toks[k].is_word and (toks[k].is_cap or toks[k].lower in ("and", "of", "the")
                                                 and k + 1 < len(toks) and toks[k + 1].is_cap):
        k += 1
    return k - i


def _geo_name_len(an: Analysis, i: int) -> int:
    """"Great Barrier Reef", "River Wend", "Gulf of Aden": capitalised runs that take "the"."""
    toks = an.tokens
    j = i
    while j < len(toks) and toks[j].is_word and toks[j].is_cap:
        j += 1
    if j - i >= 2 and toks[j - 1].text in _GEO_HEADS:
        return j - i
    if j - i >= 2 and (toks[j - 1].text in _ROUTE_HEADS or toks[j - 2].text == "Ring" and toks[j - 1].text == "Road") \
            and not (j < len(toks) and toks[j].text[:1].isdigit()) and "'" not in toks[i].text and "’" not in toks[i].text:
        return j - i  # "the Princes Highway", "the Outer Ring Road", "the West Coast Main Line" (not "State Highway 1")
    if j - i == 1 and toks[i].text in _OF_HEADS and j + 1 < len(toks) and toks[j].lower == "of" and toks[j + 1].is_cap:
        return 3
    if j - i >= 2 and toks[i].text == "River" and toks[j - 1].lower not in _OTHER_PLACE_HEADS \
            and not (j - i >= 3 and "NOUN" in lemmas(toks[j - 1].lower)):
        return j - i  # (not "River Island", "River Cottage", "River Café": a shop, a house, a café;
        # nor "River Wend Trail", "River Wend Partnership": a thing named after the river)
    return 0


# Heads of named routes and works that take "the": "the Princes Highway", "the Channel Tunnel", "the
# Glenfinnan Viaduct", "the Magenta Line" ("Oxford Road", "Tower Bridge" and "City Hall" go bare).
_ROUTE_HEADS = frozenset(["Highway", "Expressway", "Freeway", "Motorway", "Parkway", "Turnpike", "Tollway",
                          "Aqueduct", "Tunnel", "Viaduct", "Causeway", "Line", "Pavilion"])


# Last words of names of things other than rivers: "River Cottage", "River Island", "River Café".
_OTHER_PLACE_HEADS = frozenset(["island", "cottage", "café", "cafe", "house", "lodge", "street", "road", "lane",
                                "walk", "park", "centre", "center", "club", "hotel", "inn", "bar", "kitchen",
                                "restaurant", "farm", "court", "view", "gardens", "garden", "studios", "studio",
                                "press", "books", "records", "school", "academy", "group", "trust", "company"])


_INSTITUTION_WORDS = frozenset(
    ["National", "Royal", "British", "Natural", "History", "Science", "Modern", "Art", "Arts", "Gallery", "Museum", "Library", "Theatre", "Opera", "Ballet", "Orchestra", "Council", "Trust", "Archive", "Archives", "Institute", "Foundation", "Society", "Academy", "Association", "Federation", "Agency", "Commission", "Committee", "Department", "Ministry", "Office", "Service", "Police", "Army", "Navy", "Health", "World", "City", "County", "State", "Federal", "Supreme", "High", "Central", "European", "International", "Public", "General", "Republican", "Democratic", "Labour", "Conservative", "Liberal", "Green", "Party", "Union", "Organization", "Organisation", "Senate", "Treasury", "Reserve", "Guard", "Coast", "Environment", "Food", "Drug", "Education", "Justice", "Defence", "Defense", "Foreign", "Home", "Interior", "Energy", "Transport", "Security", "Trade", "Monetary", "Development", "Statistics", "Meteorological", "Weather", "Met", "Fire", "Rescue", "Ambulance", "Press", "Broadcasting", "Geographic", "Geological", "Survey", "Portrait", "Maritime", "Railway", "War", "Imperial", "Children's", "Women's"]
)
_INSTITUTION_HEADS = frozenset(
    ["Gallery", "Museum", "Library", "Theatre", "Opera", "Ballet", "Orchestra", "Council", "Trust", "Archive", "Archives", "Institute", "Foundation", "Society", "Academy", "Association", "Federation", "Agency", "Commission", "Committee", "Department", "Ministry", "Office", "Service", "Party", "Union", "Organization", "Organisation", "Guard", "Reserve", "Army", "Navy", "Survey", "Authority",
     "Company", "Corporation", "Market", "Board", "Fund", "Centre", "Center", "Observatory", "Institution",
     "Coalition", "Alliance", "Bureau", "Tribunal", "Inquiry", "Exchange", "Conservatory", "Collection", "College",
     "Infirmary"]
)


# Heads of businesses' and products' names, which are named bare ("Lantern Theatre Company",
# "Nimbus Guard"); a nationality before them still makes a "the" name ("Dutch East India Company").
_BUSINESS_HEADS = frozenset(["Company", "Corporation", "Guard", "Market", "Exchange", "Group"])


# A nation's own bodies after its adjective: "the Scottish Government", "the French Parliament".
_NATION_BODIES = frozenset(["Government", "Executive", "Parliament", "Assembly", "Cabinet", "Administration",
                            "Treasury", "Senate", "Embassy", "Consulate", "Presidency"])


# Tiers of local government named after their place ("Mid Sussex District Council").
_COUNCIL_TIERS = frozenset(["District", "Borough", "County", "City", "Town", "Parish", "Metropolitan", "Unitary"])


def _generic_name_word(word: str) -> bool:
    if word.lower() in _NAMEY:
        return False
    if word in _INSTITUTION_WORDS or word in _INSTITUTION_HEADS:
        return True
    if not word[1:].islower():
        return False  # an acronym or a mixed-case brand
    forms = lemmas(word.lower())
    return bool(forms) and ("ADJ" in forms or "NOUN" in forms) and word.lower() not in _NAMEY


# Common words that are also frequent given names or brand words, which make a name specific.
_NAMEY = frozenset(["apple", "amazon", "shell", "virgin", "orange", "ford", "general", "first", "united", "imperial",
                    "target", "subway", "gap", "next", "boots", "tesco", "uber", "meta", "oracle", "dove", "jaguar"])


# Heads whose names take "the" whatever comes before them: the Getty Museum, the Labour Party,
# the Gates Foundation, the Port Authority, the Royal Horticultural Society.
_ALWAYS_THE_HEADS = frozenset(
    ["Authority", "Society", "Association", "Commission", "Institute", "Agency", "Ministry", "Department",
     "Bureau", "Foundation", "Museum", "Gallery", "Library", "Party", "Committee", "Federation", "Alliance",
     "Coalition", "Organisation", "Organization", "Institution", "Observatory", "Tribunal", "Inquiry",
     "Orchestra", "Archives", "Collection", "Conservancy", "Directorate", "Inspectorate", "Secretariat",
     "Assembly", "Parliament", "Senate", "Congress", "Cabinet", "Treasury", "Exchequer", "Commonwealth"]
)
_IMPERATIVES = frozenset(
    ["visit", "see", "try", "ask", "call", "contact", "join", "read", "watch", "follow", "email", "write",
     "explore", "book", "check", "find", "take", "head", "go", "tour", "support", "thank", "thanks", "like",
     "meet", "tell", "phone", "ring", "help", "donate", "review", "compare", "avoid", "skip", "leave", "use"]
)


def _capitalised_run_len(an: Analysis, i: int) -> int:
    """"Dutch East India Company": any capitalised run ending in an always-"the" head."""
    toks = an.tokens
    j = i
    while j < len(toks) and toks[j].is_word and toks[j].is_cap and j - i < 6:
        if toks[j].text in _ALWAYS_THE_HEADS:
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if nxt is not None and nxt.is_word and (nxt.is_cap or nxt.lower == "of"):
                return 0  # "Museum of London", "Society for ...": handled as the longer name
            if toks[j].text in _PLACE_NAMED_HEADS and not all(_generic_name_word(toks[k].text) for k in range(i, j)):
                return 0  # "Millbrook Library", "Riverton Public Library": a town's library is named bare
            return j - i + 1 if j > i else 0
        if toks[j].text.endswith(("'s", "’s")) or toks[j].text.isupper() and len(toks[j].text) > 1:
            return 0  # "Christie's Auction", acronyms: not a plain name
        j += 1
    return 0


# Always-"the" heads that a place's own name may carry bare ("Millbrook Library has reopened");
# generic words alone still make a "the" name ("the British Library", "the National Library").
_PLACE_NAMED_HEADS = frozenset(["Library"])
_INSTITUTION_GATE = "institution-heads"


@cache
def _institution_head_forms() -> frozenset[str]:
    """The lower-case forms of every head ``_institution_len`` can end a name with."""
    return frozenset(h.lower() for h in _ALWAYS_THE_HEADS | _INSTITUTION_HEADS | _THE_HEADS | _NATION_BODIES
                     | {"University"})


def _institution_len(an: Analysis, i: int) -> int:
    """"National Gallery", "Natural History Museum", "City Council": generic names take "the"."""
    gate = an.memo.get(_INSTITUTION_GATE)
    if gate is None:
        gate = an.memo[_INSTITUTION_GATE] = not _institution_head_forms().isdisjoint(an.word_forms())
    if not gate:
        return 0  # every answer below needs one of the head words somewhere in the segment
    run = _capitalised_run_len(an, i)
    if run:
        return run
    toks = an.tokens
    if toks[i].lower in _NATIONALITIES and toks[i].text[1:].islower():
        # "Dutch East India Company", "British Broadcasting Corporation": a nationality opening an
        # institution's name
        j = i + 1
        while j < len(toks) and j - i < 6 and toks[j].is_word and toks[j].is_cap and "'" not in toks[j].text \
                and "’" not in toks[j].text:
            j += 1
        if j - i >= 2 and (toks[j - 1].text in _INSTITUTION_HEADS | _ALWAYS_THE_HEADS | _NATION_BODIES
                           or toks[j - 1].text == "University" and j - i >= 3):
            return j - i  # (and "Australian National University"; "Indian University" may be a type)
    j = i
    # Every word before the head is a generic word ("Financial Conduct Authority", "Royal
    # Horticultural Society"); a proper name ("Ford Motor Company") needs no article.
    while j < len(toks) and toks[j].is_word and toks[j].is_cap and _generic_name_word(toks[j].text):
        j += 1
    if j - i >= 2 and toks[j - 1].text in _INSTITUTION_HEADS and toks[j - 1].text not in _BUSINESS_HEADS:
        if j < len(toks) and toks[j].is_word and toks[j].is_cap:
            return 0  # part of a longer, specific name
        if any(toks[k].text in _COUNCIL_TIERS for k in range(i + 1, j - 1)):
            return 0  # "Harrow Vale District Council": a place, then its tier of local government
        return j - i
    # "Edinburgh Festival", "Wellcome Trust", "Ford Foundation": a proper name before a head that
    # nearly always takes "the" (unlike Bank, Club or School: "Riverside Food Bank").
    j = i
    while j < len(toks) and j - i < 4 and toks[j].is_word and toks[j].is_cap and "'" not in toks[j].text \
            and "’" not in toks[j].text and toks[j].text not in _THE_HEADS:
        j += 1
    if j - i >= 1 and j < len(toks) and toks[j].text in _THE_HEADS and not toks[i].text.isupper():
        if j + 1 < len(toks) and toks[j + 1].is_word and toks[j + 1].is_cap:
            return 0
        return j + 1 - i
    return 0


# (not "Academy": a school named after its place takes no article, "pupils at Eastfield Academy")
_THE_HEADS = frozenset(["Prize", "Cup", "Trophy", "Games", "Championships", "Marathon", "Prix", "Festival", "Trust", "Society", "Institute", "Institution", "Authority",
                        "Commission", "Association", "Foundation", "Museum", "Gallery", "Orchestra",
                        "Observatory", "Philharmonic", "Conservatory", "Reserve", "Exchange", "Embassy",
                        "Consulate"])


def _continues_name(an: Analysis, i: int) -> bool:
    """Is the capitalised run at i joined by "and"/"of"/"&" to a capitalised word before it?"""
    toks = an.tokens
    if i < 2 or not toks[i - 1].is_word and toks[i - 1].text != "&":
        return False
    if toks[i - 1].lower not in ("and", "of", "&"):
        return False
    p = toks[i - 2]
    return p.is_word and p.is_cap and an.sentences[p.sentence].first != p.index and p.lower not in _determiners()


def _coordinated_with_the(an: Analysis, i: int) -> bool:
    """ "the US and UK": the article before the first conjunct covers the second."""
    p = an.tokens[i - 1] if i > 0 else None
    if p is None or p.lower not in ("and", "or", "&", ","):
        return False
    k = p.index - 1
    # back over the conjuncts before: "the European Union, UN and US", "The UN and EU"
    while k >= 0 and k > p.index - 12 and an.tokens[k].lower != "the" and (
            an.tokens[k].is_word and an.tokens[k].is_cap or an.tokens[k].text in (",", "&")):
        k -= 1
    return k >= 0 and an.tokens[k].lower == "the"


# Nouns with a mass sense before "for"/"to": "room for two cars", "space to park", "scope for growth".
_RANK_VERBS = frozenset(["promote", "demote", "appoint", "elevate", "downgrade", "upgrade", "relegate"])
# Places named bare for what happens there ("Church was at ten", "School was cancelled").
_ROUTINE_PLACES = frozenset(["church", "school", "class", "college", "university", "court", "bed", "sea", "town",
                             "chapel", "mass", "prison"])
# Number words that label a thing after its noun ("board one", "court two", "platform nine").
_CARDINAL_LABELS = frozenset(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                              "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                              "nineteen", "twenty"])
# Bodies that deliberate, named bare as the forum ("approved by cabinet", "in committee"; not "council":
# "approved by council" reads as a dropped "the").
# Prepositions before a player's position named bare: "started at quarterback", "plays on wing",
# "moved to fly-half", "caught outside off stump".
_POSITION_PREPS = frozenset(["at", "outside", "on", "to", "in", "from"])
_BARE_BODIES = frozenset(["cabinet", "committee", "parliament", "congress", "synod", "convocation",
                          "conference", "caucus", "tribunal", "plenary"])
_MASS_SENSES = frozenset(["room", "space", "scope", "capacity", "headroom", "leeway", "time"])
# Land cover and habitats are mass nouns: "in woodland", "the loss of forest", "on open moorland".
_LAND_COVER = frozenset(["woodland", "moorland", "farmland", "grassland", "heathland", "parkland", "scrubland",
                         "wetland", "marshland", "peatland", "bushland", "forest", "heath", "scrub", "pasture",
                         "bog", "marsh", "tundra", "savanna", "savannah", "jungle", "rainforest", "desert",
                         "countryside", "undergrowth", "bracken", "heather", "reed", "reedbed"])
# Weather and light as conditions: "in direct sun", "in full shade", "in heavy rain".
_WEATHER_LIGHT = frozenset(["sun", "shade", "sunlight", "sunshine", "daylight", "moonlight", "rain", "snow",
                            "sleet", "hail", "drizzle", "fog", "mist", "frost", "wind", "ice", "darkness", "heat",
                            "cold", "cloud", "haze", "smoke", "shadow", "thunder", "lightning"])


def _coordinated_bare(an: Analysis, t: Token) -> bool:
    """The noun is one of a list of bare nouns: "price and mix", "pencil, ink and a slide rule",
    "bog, heather and small lochans" (generic or mass uses, which take no article)."""
    toks = an.tokens
    k = t.index + 1
    if k >= len(toks) or toks[k].text not in (",", "&") and toks[k].lower not in ("and", "or"):
        return False
    k += 1
    if k < len(toks) and toks[k].lower in ("and", "or"):
        k += 1
    if k >= len(toks) or not toks[k].is_word:
        return False
    w = toks[k]
    forms = lemmas(w.text)
    after = toks[k + 1] if k + 1 < len(toks) else None
    # "mix" and "ink" are verbs too; a noun ends its conjunct ("price and mix.", "ink and a ruler").
    ends = after is None or not after.is_word or after.lower in ("and", "or")
    plural = (forms.get("NOUN") or ("",))[0].lower() != w.lower
    if not forms and w.lower.isalpha() and not w.is_cap and ends:
        return True  # "for pilot and copilot": a word the lexicon lacks, ending the list
    if (not w.is_cap and "NOUN" in forms and after is not None and after.is_word and not after.is_cap
            and after.lower not in _determiners() and "NOUN" in lemmas(after.text)
            and (k + 2 >= len(toks) or not toks[k + 2].is_word or toks[k + 2].lower in PREPOSITIONS)
            and t.index + 1 < len(toks) and toks[t.index + 1].lower in ("and", "or")):
        return True  # "with duck or goose fat": two modifiers sharing one head noun
    return (not w.is_cap and w.lower not in _determiners() and w.lower not in _PRONOUN_WORDS
            and not w.lower[:1].isdigit() and "NOUN" in forms and ("VERB" not in forms or ends)
            and (not w.lower.endswith("s") or plural and ends))  # "a built-in table and seats."


# Words that cannot begin a gerund's object: after "from map reading than ..." the gerund has no
# object, so it heads the compound and the noun before it is a modifier ("library lending").
_CLAUSE_BOUNDARY = frozenset(["and", "or", "but", "than", "that", "which", "who", "whose", "because", "since",
                              "while", "although", "though", "unless", "until", "when", "where", "is", "was",
                              "are", "were", "has", "had", "have", "will", "would", "can", "could", "may", "might",
                              "must", "should", "does", "did", "do", "also", "too", "alone", "itself"])


_PROCESS_SUFFIXES = (("ery", ("er",)), ("al", ("", "e")), ("ance", ("", "e")), ("ure", ("", "e")),
                     ("ation", ("", "e", "ate")))


# Things whose names only look like a verb plus a suffix (batter + y, sign + al).
_NOT_PROCESS = frozenset(["battery", "signal", "portal", "pedal", "medal", "metal", "petal", "rival", "cathedral"])


def _process_noun(low: str) -> bool:
    """A noun made from a verb's base form by a process suffix: delivery (deliver), rehearsal
    (rehearse), attendance (attend), departure (depart), registration (register)."""
    if low in _NOT_PROCESS:
        return False
    for suffix, endings in _PROCESS_SUFFIXES:
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            stem = low[: -len(suffix)]
            return any((lemmas(stem + e).get("VERB") or ("",))[0].lower() == stem + e for e in endings)
    return False


# Determiners that rule out every bare-noun rule for the word after them ("A" is left out: "Series A
# round"; "that", "which", "what", "whose" and the quantifiers also join clauses or stand alone).
_PLAIN_ARTICLES = frozenset(w for d in ["the", "a", "an", "this", "these", "those", "its", "their", "his", "her",
                                        "our", "my", "your", "each", "every", "another"]
                            for w in (d, d.capitalize()) if w != "A")


@cache
def _count_noun_forms() -> frozenset[str]:
    """Every word form ``_bare_count_nouns`` can flag other than after a superlative or "first"."""
    return _nouns() | _B3_EXTRA | countable() | _PREDICATE_NOUNS | _subject_nouns()


def _bare_count_nouns(an: Analysis) -> list[Finding]:
    out: list[Finding] = []
    nouns = _nouns()
    idioms = _idioms()
    toks = an.tokens
    subject_nouns = _subject_nouns()
    wn_count = countable()
    # Only a word of one of the noun lists, or a word after a superlative or "first", can give a
    # finding below: one set intersection with the segment's forms picks those out.
    seg_forms = an.word_forms()
    rel = _count_noun_forms() & seg_forms
    if _RANKED_PREV.isdisjoint(seg_forms):
        cands = [t for t in an.words if t.lower in rel]
    else:
        cands = [t for t in an.words if t.lower in rel or t.index and toks[t.index - 1].lower in _RANKED_PREV]
    first_words: dict[int, Token | None] = {}
    for t in cands:
        if t.quoted or t.index and toks[t.index - 1].text in _PLAIN_ARTICLES:
            continue  # (an article right before the noun: no rule below can fire)
        low = t.lower
        is_list_noun = low in nouns
        if not is_list_noun and low not in _B3_EXTRA:
            if t.is_cap or t.index == 0:
                continue
            prev_w = toks[t.index - 1]
            if prev_w.lower in _PAST_VERBS and low in wn_count and low not in _BARE_OBJECTS:
                tforms = lemmas(t.text)
                if "ADJ" in tforms or "ADV" in tforms:
                    continue  # "finished level at", "came close to", "ran short of": a predicative
                    # adjective or an adverb after the verb, not its object
                obj = _bare_after_verb(an, t, True)
                nx = toks[t.index + 1] if t.index + 1 < len(toks) else None
                if obj is not None and (nx is None or not nx.is_word or nx.lower in PREPOSITIONS):
                    out.append(obj)  # "signed contract with": a WordNet count noun as a past verb's object
                continue
            ranked_prev = prev_w.lower in _SUPERLATIVE_WORDS or prev_w.lower == "first"
            if low in _PREDICATE_NOUNS or ranked_prev:
                pred = _bare_after_verb(an, t, False)
                if pred is not None:
                    out.append(pred)
            elif prev_w.is_cap and low in subject_nouns:
                run = _name_modifier_run(an, t.index - 1)
                if run and _bare_head_ends(an, t):
                    out.append(_finding(an, run[0], t, "noun", "name-modifier"))  # "in December edition of"
            elif prev_w.is_word and (prev_w.lower in _SUBJECT_CUES or t.index >= 2
                                     and toks[t.index - 2].lower in _SUBJECT_CUES) and low in countable():
                subject = _bare_subject(an, t, None)  # t is lower-case: the sentence's first word does not matter
                if subject is not None:
                    out.append(subject)  # "officials said line will carry": a WordNet count noun as a subject
            continue
        # Sentence opener: "Board approved ..."
        if t.sentence in first_words:
            first_word = first_words[t.sentence]
        else:
            s = an.sentences[t.sentence]
            first_word = first_words[t.sentence] = next((w for w in toks[s.first : s.last] if w.is_word), None)
        ordinal_head = low in _B3_EXTRA and t.index > 0 and toks[t.index - 1].lower in _SUBJECT_ORDINALS
        subject = _bare_subject(an, t, first_word) if is_list_noun or ordinal_head else None
        if subject is not None:
            out.append(subject)
            continue
        if is_list_noun and first_word is t and t.is_cap and not t.text.isupper() and low not in _NAMEY \
                and low not in _KINSHIP_NAMES and not _after_colon(an, t) and t.text not in _person_names() \
                and low not in _BODY_NAMES:
            nxt = toks[t.index + 1] if t.index + 1 < len(toks) else None
            if nxt is not None and nxt.is_word and not nxt.is_cap and _past_or_aux(nxt) \
                    and nxt.lower not in _PLURAL_VERBS and low not in _ROUTINE_PLACES:
                after = toks[nxt.index + 1] if nxt.index + 1 < len(toks) else None
                if after is not None and after.lower == "it" and nxt.lower == "has":
                    continue  # "Legend has it that ...": a set phrase
                if after is not None and after.lower in _GENERIC_ADVERBS and nxt.lower in ("is", "has", "does"):
                    continue  # "Theatre has always mattered", "Radio is often on": a generic statement
                if _capitalised_elsewhere(an, t):
                    continue  # "City dominated ... pressure from City": the word is a name in this text
                if nxt.lower == "will" and _process_noun(low):
                    continue  # "Delivery will take two days", "Rehearsal will begin at six": a process
                    # in an arrangement, a mass use
                if after is None or not (after.is_word and after.lower in _AUX):
                    out.append(_finding(an, t, t, "noun", "opener"))
            continue
        if t.is_cap:
            continue
        pred = _bare_after_verb(an, t, is_list_noun)
        if pred is not None:
            out.append(pred)
            continue
        # After a preposition, with up to two adjectives between.
        chain: list[Token] = []
        noun_modifier = False
        k = t.index - 1
        while k >= 0 and len(chain) < 2:
            c = toks[k]
            if not c.is_word or c.lower in _determiners() or c.lower in PREPOSITIONS:
                break
            forms = lemmas(c.text)
            if c.is_cap and not ("ADJ" in forms and c.text[1:].islower()):
                if not chain and (is_list_noun or low in _subject_nouns()) and low not in _TIME_NOUNS:
                    # "in December edition", "in Series B round": a name as the modifier of a
                    # count noun after a preposition; the compound needs the noun's article.
                    run = _name_modifier_run(an, k)
                    if run:
                        chain[:0] = run
                        noun_modifier = True
                        k = run[0].index - 1
                break  # a proper adjective ("Arctic coast") may stand in the chain; a name may not
            if c.lower in _NOT_ADJECTIVES or c.lower[:1].isdigit():
                break
            if c.lower in _ORDINALS or ("ADJ" in forms and not c.lower.endswith(("ing", "ed"))):
                chain.insert(0, c)
                k -= 1
                continue
            # A singular noun modifier right before the listed noun ("at site shop"): the
            # compound needs the article its head needs.
            if not forms and c.lower in _bare_count_nouns_listed():
                forms = {"NOUN": (c.lower,)}  # "county", "borough": nouns the lexicon does not know
            if (not chain and is_list_noun and "NOUN" in forms and not c.is_cap and len(c.lower) > 2
                    and c.lower not in _PRONOUN_WORDS and not c.lower.endswith(("ed", "ing"))
                    and (not c.lower.endswith("s") or forms["NOUN"][0].lower() == c.lower)
                    and (c.lower, low) not in idioms):
                chain.insert(0, c)
                noun_modifier = True
                k -= 1
                continue
            break
        if k < 0:
            continue
        prep = toks[k]
        if not chain and is_list_noun and low in _INSTITUTIONS and prep.is_word and prep.lower in _ADDRESS_VERBS:
            # "asked government for help": an institution addressed by a verb needs its article
            nxt = toks[t.index + 1] if t.index + 1 < len(toks) else None
            if nxt is None or not nxt.is_word or nxt.lower in PREPOSITIONS or nxt.lower in ("to", "that"):
                out.append(_finding(an, t, t, "noun", "addressed"))
            continue
        if not prep.is_word or prep.lower not in PREPOSITIONS:
            continue
        if prep.lower in _MANNER_PREPS and is_list_noun and low not in _listed_nouns():
            continue  # "by compass", "with lime", "with restraint": means and manner take bare nouns
        nxt0 = toks[t.index + 1] if t.index + 1 < len(toks) else None
        if (not chain and nxt0 is not None and nxt0.is_word and "VERB" in lemmas(t.text)
                and (nxt0.lower in _determiners() or nxt0.lower in _OBJECT_WORDS)):
            continue  # "the methods above handle all of them": the noun is a verb here
        if prep.lower == "without" and not chain:
            continue  # "without complaint", "without warning", "without fuss": a state or manner
        if low in _ROUTINE_PLACES and (not chain or noun_modifier and not chain[0].is_cap):
            continue  # "after school", "out of prison", "in graduate school": the place for what happens there
        if prep.lower == "to" and not chain and k > 0 and toks[k - 1].is_word \
                and (lemmas(toks[k - 1].text).get("VERB") or ("",))[0].lower() in _RANK_VERBS:
            continue  # "promoted to sergeant", "appointed to bench": a rank or office, named bare
        if prep.lower == "of" and not chain and k > 0 and toks[k - 1].lower == "head":
            continue  # "head of department", "head of state": a title names the unit bare
        if prep.lower == "by" and (not chain or noun_modifier and not chain[0].is_cap) and not _after_participle(an, k):
            continue  # "met by video", "paid by cheque", "figures by age group": a means or a grouping;
            # "approved by board" is an agent
        if prep.lower in _POSITION_PREPS and positions_named(chain[-1:] + [t], an.tokens):
            continue  # "started at quarterback", "caught at short leg": a player's position, named bare
        if prep.lower in ("in", "into", "to") and low in STATE_HEADS:
            continue  # "in period costume", "in dark mode": a state of dress or a mode
        if prep.lower in ("for", "on") and low in instruments():
            continue  # "a sonata for solo violin", "with Jo on guitar": an instrument's part, named bare
        if low in _BARE_BODIES and not chain:
            continue  # "approved by cabinet", "the bill is in committee": a deliberative body named bare
        if prep.lower == "by" and ("by", low) in idioms:
            continue  # "arrived by barge", "reached by public road": a means of transport, never an agent
        if not chain and low in _MASS_SENSES and nxt0 is not None and nxt0.lower in ("for", "to"):
            continue  # "with room for vehicles", "scope to grow": space or opportunity, a mass noun
        if prep.lower == "of" and (not chain or noun_modifier) and not (k > 0 and toks[k - 1].lower == "out") \
                and not (nxt0 is not None and nxt0.is_word and _finite_past(nxt0)):
            continue  # "the golden age of cinema", "a strip of beach": after "of" a bare noun is often generic;
            # "the price of ticket rose" (the phrase is a subject) and "out of box" still need the article
        if prep.lower in ("for", "of", "as") and low in _OFFICES:
            continue  # "his campaign for governor", "in the capacity of director": an office, named bare
        if prep.lower == "to" and "VERB" in lemmas((chain[0] if chain else t).text) and k > 0 and toks[k - 1].lower in (
                "going", "gonna", "able", "unable", "used", "whom", "how", "what", "where", "when", "whether"):
            continue  # "going to deal with", "whom to elect": an infinitive
        if low in bare_prone() and (not chain or prep.lower == "of"):
            continue  # "in school", "for work", "on evidence": a noun English often uses bare (WordNet counts)
        if low in _LAND_COVER or low in _WEATHER_LIGHT:
            continue  # "in woodland", "loss of forest", "in direct sun", "in heavy rain": mass nouns
        if _coordinated_bare(an, t):
            continue  # "from price and mix", "with pencil, ink and a ruler": bare nouns in a list
        if prep.lower == "between" and not chain and nxt0 is not None and nxt0.lower in ("and", "&"):
            continue  # "between town and gown", "talks between union and managers": the two parties
            # of a relation are named generically, bare
        if chain and not noun_modifier and low in bare_prone() and not any(c.lower in _ORDINALS for c in chain) and (
                (prep.lower, low) in idioms or (prep.lower, low) in wn_bare_pairs()):
            continue  # "into sharp focus", "at full speed", "in plain sight": an adjective inside a bare
            # idiom leaves it bare when the noun is mostly used bare (a mass or abstract sense);
            # "in small town", "in safe place" are count nouns the adjective makes particular
        if prep.lower in ("past", "near", "far", "inside", "outside", "above") and k > 0 \
                and toks[k - 1].lower in _determiners():
            continue  # "over the past decade", "at the near post", "the inside lane": an adjective here
        ordinal = bool(chain) and chain[0].lower in _ORDINALS
        adjective_chain = bool(chain) and not noun_modifier and low in countable() and prep.lower not in _MANNER_PREPS
        if (is_list_noun and low not in _listed_nouns() and not ordinal and not (noun_modifier and chain[0].is_cap)
                and not _person_noun(low) and prep.lower not in _PLACE_PREPS and not adjective_chain):
            # a noun known only from the generated list: after in/on/to/from... it is mostly a mass,
            # state or technical sense ("on disk", "into memory", "in watch mode", "from source");
            # 1 hit vs ~150 strays on 800k words of fresh docs. "beside bunker" still needs "the".
            continue
        if not is_list_noun and not ordinal and not (noun_modifier and chain[0].is_cap):
            continue
        if ordinal and chain[0].lower in ("next", "last", "this", "following", "previous") and low in _TIME_NOUNS:
            continue
        if ordinal and low in ("place", "time") and chain[0].lower in ("first", "second", "third"):
            continue
        if ordinal and low == "place" and len(chain) == 1:
            continue  # "finished in fourth place", "came in last place": a ranking, named bare
        if not chain and ((prep.lower, low) in idioms or (prep.lower, low) in wn_bare_pairs()):
            continue  # "by train", "at table": a pair English uses bare (hand list, or attested bare in WordNet)
        if chain and ((chain[-1].lower, low) in idioms or (chain[-1].lower, low) in wn_bare_pairs()):
            continue  # "at primary school", "at city hall", "at fever pitch"
        if noun_modifier and not chain[0].is_cap and (prep.lower == "to" and "VERB" in lemmas(chain[0].text)
                                                      or "VERB" in lemmas(chain[0].text) and prep.lower in ("for", "of")):
            continue  # "to help shop", "for sale sign": the first word may be a verb or part of an idiom
        if prep.lower == "to" and not chain and "VERB" in lemmas(t.text):
            before = _prev_word(an, prep.index)
            if before is None or before.lower not in _TO_NOUN_CUES and not _motion_verb(before):
                continue
            after = toks[t.index + 1] if t.index + 1 < len(toks) else None
            if before.lower in _JOURNEY_NOUNS and after is not None and after.is_word and (
                    after.lower in PREPOSITIONS or after.lower in _determiners() or after.lower in _OBJECT_WORDS):
                continue  # "a trip to shop for food": an infinitive of purpose
        if prep.lower == "of" and k > 0 and (toks[k - 1].lower in ("kind", "sort", "type", "form", "lot", "piece", "bit")
                                             or toks[k - 1].lower in _MEASURES or toks[k - 1].lower in _PARTITIVES):
            continue
        nxt = toks[t.index + 1] if t.index + 1 < len(toks) else None
        if nxt is not None and nxt.text[:1] == "\ufffc":
            continue  # "version of package `bar`": the noun labels a code name, like "in room 12"
        if nxt is not None and nxt.is_word:
            if nxt.lower[:1].isdigit() or nxt.is_cap or nxt.lower in _CARDINAL_LABELS:
                continue  # "on page 5", "around board one": a numbered label
            nforms = lemmas(nxt.text)
            nverb = nforms.get("VERB")
            past = (bool(nverb) and nverb is not None and nverb[0].lower() != nxt.lower
                    and not nxt.lower.endswith(("s", "ing")) and nxt.lower not in _listed_nouns())  # "of ticket rose"
            compound = (("NOUN" in nforms or nxt.lower in nouns or nxt.lower[:-1] in nouns
                         or nxt.lower.endswith("s") and nxt.lower[:-1] in countable()) and not nxt.lower.endswith("ed")
                        and nxt.lower not in _determiners() and nxt.lower not in _NOT_ADJECTIVES and not past)
            if compound and nxt.lower not in _HEAD_FOLLOWERS:
                continue  # a compound: "in kitchen drawers"
            after_n = toks[t.index + 2] if t.index + 2 < len(toks) else None
            if (nxt.lower.endswith("s") and not nxt.lower.endswith("ss") and nverb and nverb[0].lower() != nxt.lower
                    and (after_n is None or not after_n.is_word or after_n.lower in PREPOSITIONS
                         or after_n.lower in ("and", "or"))):
                continue  # "through faculty lounges,": an -s word the lexicon knows only as a verb, with
                # no object after it, is the plural head of a compound
            if not nforms and nxt.lower.isalpha() and nxt.lower not in _HEAD_FOLLOWERS and nxt.lower not in PREPOSITIONS \
                    and nxt.lower not in _SUBORDINATORS and nxt.lower not in _determiners() \
                    and nxt.lower not in _PRONOUN_WORDS and nxt.lower not in _FUNCTION_WORDS:
                continue  # a word the lexicon lacks goes on the compound: "of baby boomers"
            after2 = toks[t.index + 2] if t.index + 2 < len(toks) else None
            if nxt.lower.endswith("ing") and "VERB" in nforms and (after2 is None or not after2.is_word
                                                                   or after2.lower in PREPOSITIONS
                                                                   or after2.lower in _CLAUSE_BOUNDARY):
                continue  # a gerund compound: "from fence mending to", "for map reading."
            if nxt.lower.endswith("ing") and t.index + 2 < len(toks) and toks[t.index + 2].is_word:
                n2 = lemmas(toks[t.index + 2].text).get("NOUN")
                if n2 and n2[0].lower() != toks[t.index + 2].lower:
                    continue  # "of agency staffing costs": a compound before a plural head
        if nxt is not None and nxt.text in ("-", "’", "'"):
            continue
        # "side by side", "from top to bottom", "door to door"
        window = [w.lower for w in toks[max(0, k - 3) : t.index + 4] if w.is_word and w is not t]
        if low in window or (prep.lower in ("from", "to") and _paired_bare(an, k)):
            continue
        if not chain and _idiomatic_bare(prep.lower, t):
            continue  # "on video", "in hospital", "at sea": corpus counts show the pair is common bare
        before_prep = toks[k - 1] if k > 0 else None
        if before_prep is not None and before_prep.is_word and not chain:
            if prep.lower == "with" and (before_prep.lower.endswith("ed") or _simple_past(before_prep)):
                continue  # "lined with newspaper", "packed with straw", "topped with cream": a material
            if prep.lower == "for" and before_prep.lower in _READY_FOR:
                continue  # "available for interview", "ready for collection", "up for sale": an activity
        if (prep.lower == "in" and len(chain) == 1 and chain[0].lower in _ORDINALS and low in _SCHOOL_LEVELS
                and not (nxt is not None and nxt.lower == "of")):
            continue  # "a pupil in fourth class", "in sixth form", "in second year": a school level
        if prep.lower == "for" and chain and chain[0].lower in ("best", "worst") and k > 0 \
                and toks[k - 1].lower in _AWARD_CUES:
            continue  # "nominated for best actress", "runner-up for best newcomer": an award's title
        if prep.lower == "at" and chain and low in ("level", "scale") and not (nxt is not None and nxt.lower == "of"):
            continue  # "at national level", "at board level", "at industrial scale": a tier, named bare
        if not chain and article_rare(low) and low not in concrete() and (low not in wn_count or low in _mass_nouns()):
            continue  # "into finance", "approved by council", "moved into television": Google Books
            # seldom writes the noun after an article (a field, an institution, an office, a channel)
        out.append(_finding(an, chain[0] if chain else t, t, "noun", "after-prep"))
    return out


# Adjectives before "for" that take a bare activity noun: "available for interview", "open for business".
_READY_FOR = frozenset(["available", "unavailable", "ready", "eligible", "ineligible", "open", "up", "fit", "unfit",
                        "due", "suitable", "liable"])
# A school's levels, named bare after an ordinal: "in fourth class", "in sixth form", "in first grade".
_SCHOOL_LEVELS = frozenset(["class", "grade", "form", "standard", "year", "semester", "term"])


# Bare share ("prep noun" / "the/a/an noun" in Google Books bigram counts, ngrams.py) at or above
# which a preposition and noun are an idiomatic bare pair: "in class" 0.88, "on video" 0.12,
# "at school" 0.12; faults sit lower: "in room" 0.07, "in middle" 0.04, "on car" 0.03.
_IDIOMATIC_SHARE = 0.1


def _idiomatic_bare(prep: str, t: Token) -> bool:
    if prep == "to" and "VERB" in lemmas(t.text):
        return False  # "to survey", "to deal": the count holds infinitives
    return bare_share(prep, t.lower) >= _IDIOMATIC_SHARE


_SAY_VERBS = frozenset(
    ["say", "says", "said", "think", "thinks", "thought", "believe", "believes", "believed", "fear", "fears",
     "feared", "warn", "warns", "warned", "claim", "claims", "claimed", "argue", "argues", "argued", "insist",
     "insists", "insisted", "hope", "hopes", "hoped", "know", "knows", "knew", "feel", "feels", "felt", "suspect",
     "suspects", "suspected", "reckon", "reckons", "reckoned", "suggest", "suggests", "suggested", "confirm",
     "confirms", "confirmed", "admit", "admits", "admitted", "worry", "worries", "worried", "noted", "added",
     "explained", "stressed", "agree", "agreed", "agrees", "realise", "realised", "realize", "realized"]
)
_SUBORDINATORS = frozenset(
    ["when", "if", "while", "because", "since", "although", "though", "until", "once", "unless", "whenever",
     "after", "before", "where", "and", "but", "or"]
)
_SINGULAR_VERBS = frozenset(["is", "was", "has", "does", "isn't", "wasn't", "hasn't", "doesn't"])
_MODAL_VERBS = frozenset(["will", "would", "could", "can", "may", "might", "must", "should", "won't", "can't", "cannot"])


def _finite_singular(an: Analysis, v: Token, strict: bool) -> bool:
    """A verb that agrees with a singular subject: "has", "holds an", and (unless strict) "stopped"."""
    if not v.is_word or v.is_cap:
        return False
    if v.lower in _SINGULAR_VERBS:
        return True
    if v.lower in _MODAL_VERBS:
        return not strict
    forms = lemmas(v.text)
    verb = forms.get("VERB")
    if not verb:
        return False
    after = an.tokens[v.index + 1] if v.index + 1 < len(an.tokens) else None
    objecty = after is not None and after.is_word and (after.lower in _determiners() or after.lower in _OBJECT_WORDS
                                                         or after.lower in PREPOSITIONS)
    if v.lower.endswith("s") and not v.lower.endswith("ss") and verb[0].lower() != v.lower:
        if "NOUN" in forms:  # "holds an image" is a verb; "rooms from" is a plural noun
            return after is not None and after.is_word and (after.lower in _determiners() or after.lower in _OBJECT_WORDS)
        return objecty
    if not strict and v.lower.endswith("ed") and "ADJ" not in forms:
        return objecty
    return False


_SUBJECT_ORDINALS = frozenset(["first", "second", "third", "final", "last", "next"])


def _bare_subject(an: Analysis, t: Token, first_word: Token | None) -> Finding | None:
    """A singular count noun as the subject of a clause with no determiner: "when clipboard holds
    an image", "and jet stream has stayed south", "Export button opens a dialog"."""
    toks = an.tokens
    k = t.index - 1
    modifier: Token | None = None
    ordinal_subject = False
    said_that = k >= 1 and toks[k].lower == "that" and toks[k - 1].is_word and toks[k - 1].lower in _SAY_VERBS
    if said_that:
        pass  # "both said that shortage of engineers was": "that" after a verb of saying joins a clause
    elif (k >= 1 and toks[k].lower in _SUBJECT_ORDINALS
          and toks[k - 1].is_word and toks[k - 1].lower in _SAY_VERBS and t.lower in _subject_nouns() | _B3_EXTRA):
        modifier = toks[k]  # "Finch said second half would bring": an ordinal picks out one, so "the"
        ordinal_subject = True
        k -= 1
    elif k >= 0 and toks[k].is_word and toks[k].lower not in _SUBORDINATORS and toks[k].lower not in _SAY_VERBS:
        c = toks[k]
        forms = lemmas(c.text)
        if ("NOUN" in forms and not c.lower.endswith(("s", "ed", "ing")) and c.lower not in _PRONOUN_WORDS
                and c.lower not in _determiners() and c.lower not in _NOT_ADJECTIVES and len(c.lower) > 2
                and c.lower not in PREPOSITIONS and "ADV" not in forms and "ADJ" not in forms):
            modifier = c
            k -= 1
        else:
            return None
    nxt = toks[t.index + 1] if t.index + 1 < len(toks) else None
    if nxt is None or not nxt.is_word:
        return None
    of_phrase = False
    if nxt.lower == "of":
        # "shortage of trained engineers was": the verb after a short of-phrase
        j = t.index + 2
        while j < len(toks) and j - t.index < 6 and toks[j].is_word and not toks[j].is_cap \
                and toks[j].lower not in _SINGULAR_VERBS:
            j += 1
        if j >= len(toks) or j - t.index >= 6 or toks[j].lower not in _SINGULAR_VERBS:
            return None
        nxt = toks[j]
        of_phrase = True
    start = modifier or t
    if t.is_cap and t is not first_word:
        return None  # "Soup Sieve is a library": a capitalised head makes a name
    if first_word is start and start.is_cap and modifier is not None and not start.text.isupper():
        # "Export button opens ...": a capitalised modifier opening the sentence.
        if "NOUN" not in lemmas(start.lower) or t.lower not in _listed_nouns():
            return None  # "Transparency mode is natural", "Preview mode enables": a feature's name
        if _finite_singular(an, nxt, strict=True):
            return _finding(an, start, t, "noun", "subject")
        return None
    if k < 0:
        return None
    sub = toks[k]
    if not sub.is_word or start.is_cap or sub.lower not in _SUBORDINATORS and sub.lower not in _SAY_VERBS and not said_that:
        return None
    if of_phrase and not (said_that or sub.lower in _SAY_VERBS) or said_that and not of_phrase:
        return None  # "said that decision was wrong" may be the demonstrative "that decision"
    # after a verb of saying or thinking, the clause's subject: "residents say bus is often late"
    if sub.lower in _SAY_VERBS:
        before = _prev_word(an, sub.index)
        if before is None or before.lower in _determiners() or before.lower in PREPOSITIONS:
            return None  # "an added bonus is": the participle is an adjective
    strict = (sub.lower in ("and", "but", "or", "after", "before", "since", "until") or sub.lower in _SAY_VERBS
              or said_that) and not ordinal_subject
    if k >= 1 and toks[k - 1].lower == t.lower:
        return None  # "hour after hour", "day after day": a paired adverbial
    if strict and sub.lower in _SAY_VERBS and t.lower in countable() and nxt.lower in _MODAL_VERBS:
        strict = False  # "officials said line will carry": a modal after a noun English never uses bare
    if not _finite_singular(an, nxt, strict=strict):
        return None
    if sub.lower in ("and", "or", "but"):
        prev = toks[k - 1] if k > 0 else None
        if prev is None or prev.text not in (",", ";"):
            return None  # "file or directory does not exist", "userid and password is": nouns sharing one determiner
        if any(x.text == "," for x in toks[max(0, k - 5) : k - 1]):
            return None  # "any object, property, method, or event is": the last item of a list
        if (prev is not None and prev.is_word and "NOUN" in lemmas(prev.text) and "VERB" not in lemmas(prev.text)
                and prev.lower not in _PRONOUN_WORDS):
            return None  # "salt and pepper is": two bare nouns coordinated
    return _finding(an, start, t, "noun", "subject")


_SUPERLATIVE_WORDS = frozenset(["best", "worst", "most", "least", "biggest", "largest", "smallest", "highest", "lowest"])
_RANKED_PREV = _SUPERLATIVE_WORDS | {"first"}  # "best/first idea": the word after may be flagged
_RANKED_IDIOMS = frozenset(
    [("best", "practice"), ("best", "man"), ("first", "class"), ("first", "place"), ("first", "prize"),
     ("first", "choice"), ("last", "resort"), ("first", "priority"), ("top", "priority"), ("best", "value"),
     ("first", "aid"), ("first", "hand"), ("last", "minute"), ("same", "thing"), ("first", "light")]
)
_COPULAS = frozenset(["is", "was", "became", "becomes", "remains", "remained", "isn't", "wasn't"])
# Abstract nouns that are countable when they follow "is"/"was": "it was good idea".
_PREDICATE_NOUNS = frozenset(
    ["idea", "step", "example", "opportunity", "challenge", "sign", "signal", "symbol", "move", "attempt",
     "threat", "blow", "boost", "setback", "milestone", "breakthrough", "victory", "defeat", "disaster",
     "tragedy", "shame", "pity", "relief", "achievement", "privilege", "outcome", "factor", "feature",
     "member", "expert", "veteran", "favourite", "favorite", "priority", "concern", "topic", "turning",
     "mistake", "problem", "question", "reason", "result", "success", "failure", "risk", "surprise",
     "coincidence", "exception", "necessity", "must", "joke", "nightmare", "dream", "test", "gamble",
     "bargain", "waste", "compromise", "myth", "trend", "habit", "tradition", "rule", "warning", "reminder",
     "lesson", "puzzle", "paradox", "mystery", "fan", "fixture", "hit", "flop", "draw", "tie"]
)
_PAST_VERBS = frozenset(
    ["bought", "built", "took", "made", "gave", "found", "won", "lost", "held", "sent", "left", "brought",
     "opened", "closed", "signed", "launched", "approved", "rejected", "hired", "fired", "appointed", "elected",
     "bought", "sold", "booked", "rented", "ordered", "received", "wrote", "published", "released", "issued",
     "announced", "unveiled", "installed", "replaced", "repaired", "fixed", "broke", "painted", "visited",
     "attended", "organised", "organized", "hosted", "scored", "missed", "saved", "caught", "chose", "picked",
     "adopted", "founded", "designed", "invented", "discovered", "produced", "filed", "submitted", "passed",
     "raised", "lowered", "blocked", "banned", "cancelled", "canceled", "postponed", "delayed",
     "reached", "crossed", "entered", "joined", "rented", "leased", "purchased", "acquired", "inspected",
     "examined", "tested", "recorded", "filmed", "drew", "watched", "boarded", "drove", "rode", "climbed",
     "managed", "led", "chaired", "sponsored", "funded", "renovated", "demolished", "rebuilt", "restored",
     "completed", "planted", "dug", "cleaned", "emptied", "locked", "unlocked", "sealed", "shared", "posted",
     "edited", "updated", "downloaded", "uploaded", "deleted", "created", "hosted", "chartered", "hijacked"]
)


@cache
def _transitive_lemmas() -> frozenset[str]:
    """Base forms of the listed past-tense verbs that take a countable object ("build", "sign", "open")."""
    out = set()
    for w in _PAST_VERBS:
        v = lemmas(w).get("VERB")
        if v:
            out.add(v[0].lower())
    return frozenset(out)


# Verbs of having and needing take a countable object with an article: "has dog", "we need plan".
_HAVE_VERBS = frozenset(["has", "have", "had", "need", "needs", "needed", "want", "wants", "wanted", "own", "owns",
                         "owned", "hire", "rent", "rents", "rented", "borrow", "borrowed", "lend", "lent"])
# Nouns that "have"/"need" take bare in an abstract sense: "has room for", "has reason to", "no need".
_HAVE_IDIOMS = frozenset(["room", "space", "reason", "cause", "chance", "time", "doubt", "right", "sense", "word",
                          "place", "way", "power", "access", "control", "priority", "permission", "notice", "leave"])
# Instructions that open a sentence: "Open terminal", "Restart server", "Grease tin".
_INSTRUCTION_VERBS = frozenset(
    ["open", "close", "save", "run", "create", "add", "remove", "delete", "install", "uninstall", "restart", "reboot",
     "click", "select", "choose", "press", "type", "enter", "download", "upload", "visit", "book", "buy", "bring",
     "use", "grease", "preheat", "line", "place", "put", "fill", "turn", "connect", "plug", "insert", "copy",
     "edit", "launch", "start", "stop", "find", "pick", "fetch", "grab", "rinse", "heat", "boil", "chop", "slice",
     "peel", "cover", "wrap", "unplug", "attach", "mount", "tap", "swipe", "drag", "drop", "paste", "rename", "build",
     "compile", "deploy", "configure", "update", "upgrade", "check", "empty", "clear", "refill", "replace"]
)


def _imperative_opener(an: Analysis, v: Token) -> bool:
    """A capitalised instruction verb opening its sentence: "Open terminal and type ..."."""
    if not v.is_cap or v.lower not in _INSTRUCTION_VERBS:
        return False
    s = an.sentences[v.sentence]
    return all(not x.is_word for x in an.tokens[s.first : v.index])


_GERUND_PREPS = frozenset(["after", "before", "by", "while", "when", "without", "since", "on", "upon"])


def _gerund_after_prep(an: Analysis, v: Token) -> bool:
    """A transitive verb's -ing form after a preposition: "after signing contract", "before
    leaving house", "by winning match"."""
    low = v.lower
    if v.is_cap or not low.endswith("ing") or len(low) < 6:
        return False
    verb = lemmas(v.text).get("VERB")
    if not verb or verb[0].lower() not in _transitive_lemmas():
        return False
    p = _prev_word(an, v.index)
    if p is not None and p.lower in ("is", "was", "are", "were", "been", "be", "am"):
        return True  # a progressive: "the firm is building plant on farmland", "she was carrying map"
    return p is not None and p.lower in _GERUND_PREPS


def _base_after_to(an: Analysis, v: Token) -> bool:
    """A base-form transitive verb after "to" or a modal: "to build bridge", "will elect new mayor"."""
    if v.is_cap or v.lower not in _transitive_lemmas():
        return False
    p = _prev_word(an, v.index)
    if p is None:
        return False
    if p.lower == "to" or p.lower in _MODAL_VERBS or p.lower in ("i", "we", "you", "they"):
        return True
    # a plural subject: "organisers expect crowd of 20,000"
    noun = lemmas(p.text).get("NOUN")
    return (bool(noun) and noun is not None and noun[0].lower() != p.lower and p.lower.endswith("s")
            and "VERB" not in lemmas(p.text) and (not p.is_cap or an.sentences[p.sentence].first == p.index))


# Prepositions of physical place: the noun after them is a concrete thing ("beside bunker", "behind shed").
_PLACE_PREPS = frozenset(["beside", "behind", "under", "underneath", "beneath", "inside", "outside", "near", "along",
                          "across", "onto", "towards", "toward", "above", "below", "around", "through", "past",
                          "opposite", "alongside"])


def _person_noun(low: str) -> bool:
    """A noun for a person or a role ("chairman", "agent", "spokeswoman"): always countable."""
    return low in _OCCUPATIONS or low.endswith(("man", "woman", "person")) and len(low) > 5 or low in _PERSON_NOUNS


_PERSON_NOUNS = frozenset(["agent", "chairman", "chair", "driver", "pilot", "captain", "coach", "referee", "judge",
                           "surgeon", "nurse", "doctor", "lawyer", "solicitor", "landlord", "tenant", "neighbour",
                           "neighbor", "passenger", "customer", "buyer", "seller", "owner", "manager", "director",
                           "officer", "inspector", "spokesperson", "witness", "victim", "suspect", "volunteer",
                           "guide", "host", "winner", "candidate", "player", "striker", "keeper", "goalkeeper"])
_NP_ADVERBS = frozenset(["already", "previously", "newly", "recently", "freshly", "well", "badly", "poorly",
                         "specially", "commonly", "widely", "publicly", "currently", "automatically", "properly"])


def _verb_idiom(verb: Token, noun: Token) -> bool:
    """A verb + bare noun idiom listed under any form of the verb: "took place" covers "has taken place"."""
    base = lemmas(verb.text).get("VERB")
    if not base:
        return False
    return (base[0].lower(), noun.lower) in _verb_idioms()


@cache
def _verb_idioms() -> frozenset[tuple[str, str]]:
    out = set()
    for v, n in _idioms():
        base = lemmas(v).get("VERB")
        if base:
            out.add((base[0].lower(), n))
    return frozenset(out)


def _adjectival_participle(an: Analysis, v: Token) -> bool:
    """Is the -ed/-en word v a participle modifying the noun after it inside a determined noun phrase?
    "an already connected socket", "the following collapsed section", "the DER encoded certificate",
    "a self-signed certificate"; not "The council approved plan" (a noun subject stands before it)."""
    toks = an.tokens
    low = v.lower
    if low.endswith("ing") or low.endswith("s") and not low.endswith("ss"):
        return False
    p = toks[v.index - 1] if v.index > 0 else None
    if p is None or not p.is_word:
        return False
    if p.text == "I":
        return False  # the pronoun, not an acronym: "I took train into town"
    if p.text.isupper() and len(p.text) > 1 or "-" in p.text or p.is_cap and not p.text[1:].islower():
        return True  # an acronym or a compound modifier before the participle: "DER encoded", "PyPA recommended"
    k = v.index - 1
    steps = 0
    while k >= 0 and steps < 3 and toks[k].is_word:
        w = toks[k]
        if w.lower in _determiners() or w.lower.endswith(("'s", "’s")) or w.lower in ("other", "another"):
            return steps > 0
        forms = lemmas(w.text)
        adverb = w.lower in _NP_ADVERBS or w.lower.endswith("ly") and "ADV" in forms
        adjective = "ADJ" in forms and "NOUN" not in forms and "VERB" not in forms
        coordinated = w.lower in ("and", "or") or w.lower.endswith("ed") and steps > 0  # "a recursed or repeated group"
        if not (adverb or adjective or coordinated or w.lower in _ORDINALS):
            return False
        k -= 1
        steps += 1
    return False


def _present_3sg(v: Token) -> bool:
    """A present-tense verb after a singular subject ("wants", "needs", "buys"), not a plural noun."""
    if not v.is_word or v.is_cap or not v.lower.endswith("s") or v.lower.endswith("ss") or v.lower in _AUX:
        return False
    if v.lower in ("has", "does", "is", "was", "goes", "becomes", "seems", "means", "includes"):
        return False
    forms = lemmas(v.text)
    verb = forms.get("VERB")
    return verb is not None and len(verb) > 0 and verb[0].lower() != v.lower and "NOUN" not in forms


# Verbs of becoming, remaining and ending up: their complement may be an adjective ("finished
# level", "went flat", "stood firm", "proved fatal"), so a noun/adjective word after them is no object.
_RESULT_VERBS = frozenset(["finish", "end", "come", "go", "stay", "remain", "stand", "run", "fall", "turn", "grow",
                           "prove", "keep", "lie", "sit", "break", "draw", "wind", "get", "become", "seem", "appear",
                           "look", "sound", "feel", "taste", "smell", "rest", "hold", "play", "start", "set"])


def _bare_after_verb(an: Analysis, t: Token, is_list_noun: bool) -> Finding | None:
    """ "It was good idea", "The council approved plan": a singular count noun after a copula or a
    past-tense verb with no determiner."""
    toks = an.tokens
    if t.lower in _MASS_SENSES and t.index + 1 < len(toks) and toks[t.index + 1].lower in ("for", "to"):
        return None  # "added room for 18,000 wheels", "gave scope to grow": space or opportunity, a mass noun
    k = t.index - 1
    chain: list[Token] = []
    while k >= 0 and len(chain) < 2:
        c = toks[k]
        if not c.is_word or c.is_cap:
            break  # a capitalised imperative ("Open terminal") ends the chain as the verb
        forms = lemmas(c.text)
        if (c.lower in _COPULAS or c.lower in _PAST_VERBS or c.lower in _determiners() or c.lower in _NOT_ADJECTIVES
                or c.lower in PREPOSITIONS or _simple_past(c) or c.lower in _HAVE_VERBS
                or is_list_noun and (_present_3sg(c) or _base_after_to(an, c) or _gerund_after_prep(an, c))):
            break
        if c.lower in _SUPERLATIVE_WORDS or c.lower in ("first", "last", "same") or (
                "ADJ" in forms and c.lower.endswith("est") and forms["ADJ"][0].lower() != c.lower):
            chain.insert(0, c)
            k -= 1
            continue
        if "ADJ" in forms and not c.lower.endswith(("ing", "ed")) and "VERB" not in forms:
            chain.insert(0, c)
            k -= 1
            continue
        return None
    if k < 0 or not toks[k].is_word:
        return None
    verb = toks[k]
    vlow = verb.lower
    if vlow not in _COPULAS and vlow not in _PAST_VERBS and vlow not in _HAVE_VERBS and vlow not in _INSTRUCTION_VERBS \
            and vlow not in _transitive_lemmas() and "VERB" not in lemmas(verb.text):
        return None  # no verb before the noun (a preposition, a determiner): none of the tests below can pass
    if verb.lower in _COPULAS and chain and (
            all(c.lower in _TITLE_MODIFIERS for c in chain)
            and (_person_noun(t.lower) or t.lower in _OFFICES or t.lower in _TITLE_HEADS)
            or (chain[-1].lower, t.lower) in _RANKED_IDIOMS):
        return None  # "he became chief executive", "she was first author", "is top scorer": a post or a
        # rank held, named bare like the office itself; "became first choice": a set phrase
    ranked = bool(chain) and any(c.lower in _SUPERLATIVE_WORDS or c.lower in ("first", "last", "same")
                                 or c.lower.endswith("est") for c in chain)
    if ranked and (verb.lower in _AWARD_VERBS or verb.lower in _PREDICATIVE and verb.lower not in _COPULAS):
        return None  # "voted best player", "named best manager": an award's title
    participle = ((lemmas(t.text).get("VERB") or (t.lower,))[0].lower() != t.lower
                  and not t.lower.endswith(("s", "ing")))
    if ranked and verb.lower in _COPULAS and participle:
        return None  # "was first thought to be", "was first shot in": a passive, not a noun
    if ranked and verb.lower in _COPULAS and "NOUN" in lemmas(t.text) \
            and not (chain[-1].lower in ("last", "next") and t.lower in _TIME_NOUNS) \
            and (chain[-1].lower, t.lower) not in _RANKED_IDIOMS:
        pass  # "He is best player", "It was first time": a superlative or ordinal needs "the"
    elif verb.lower in _COPULAS:
        if not (is_list_noun or t.lower in _PREDICATE_NOUNS) or not chain and t.lower not in _PREDICATE_NOUNS:
            return None  # "it was bus" is rare; "is member of" and "was good idea" are not
        before = toks[k - 1] if k > 0 else None
        if before is not None and before.lower == "there" and t.lower not in countable():
            return None  # "there is reason to", "there was probable cause": a mass noun after "there is"
        if before is not None and before.is_word and before.lower in ("what", "such", "quite", "rather"):
            return None
    elif (verb.lower in _PAST_VERBS or (_simple_past(verb) or _present_3sg(verb) or _base_after_to(an, verb)
                                        or _gerund_after_prep(an, verb)
                                        or verb.lower in _HAVE_VERBS and not verb.is_cap
                                        and (not chain or t.lower in _listed_nouns() and not verb.lower.startswith("need"))
                                        and t.lower not in _HAVE_IDIOMS or _imperative_opener(an, verb))
          and is_list_noun) \
            and (verb.lower, t.lower) not in _idioms() and not _verb_idiom(verb, t) or (
            verb.lower.endswith("ed") and "VERB" in lemmas(verb.text) and t.index + 1 < len(toks)
            and toks[t.index + 1].lower == "of"):
        # "studied effect of caffeine": a past verb, then a noun that "of" completes
        if not is_list_noun:
            return None
        if (_present_3sg(verb) or _imperative_opener(an, verb)) and verb.lower not in _HAVE_VERBS \
                and verb.lower not in _PAST_VERBS:
            return None  # "allows directory", "Update project metadata": 0 hits, telegraphic strays on fresh text
        if not chain and "ADJ" in lemmas(t.text) and (lemmas(verb.text).get("VERB") or ("",))[0].lower() in _RESULT_VERBS:
            return None  # "finished level", "came close", "ran dry", "stayed calm": a verb of becoming or
            # remaining takes an adjective as its complement, not an object
        wn_only = t.lower not in _listed_nouns() and not _person_noun(t.lower)
        if wn_only and verb.lower not in _HAVE_VERBS and t.lower not in countable():
            return None  # a generated-only noun after a verb is often mass: "share memory", "send text"
        if not chain and k > 0 and toks[k - 1].is_word and verb.lower.endswith(("ed", "en")) and (
                toks[k - 1].lower in ("more", "less", "most", "least", "very", "so", "too", "and", "or", "but")
                or toks[k - 1].lower.endswith("ly") and ("ADV" in lemmas(toks[k - 1].text)
                                                        or not lemmas(toks[k - 1].text))):
            return None  # "keenly priced car", "more complicated path": the participle is an adjective
        if _adjectival_participle(an, verb):
            return None  # "an already connected socket", "the DER encoded certificate"
        if (_base_after_to(an, verb) and k > 0 and toks[k - 1].lower == "to" and "ADJ" in lemmas(verb.text)) or (
                chain and (chain[-1].lower, t.lower) in _RANKED_IDIOMS):
            return None  # "contributing to open source", "share first place"
        before = toks[k - 1] if k > 0 else None
        if (verb.lower in _PREDICATIVE or verb.lower == "made") and before is not None \
                and before.lower in _BEEN | {"were", "are", "being"}:
            return None  # "she was appointed chair", "he was elected mayor": a role, no article
        finite = _base_after_to(an, verb) or _gerund_after_prep(an, verb)
        if before is not None and not finite and (before.text in ("-", "’s", "'s") or "-" in before.text or before.is_word and (
                before.lower.endswith(("'s", "’s")) or "ADJ" in lemmas(before.text) and "NOUN" not in lemmas(before.text)
                and "VERB" not in lemmas(before.text))):
            return None  # "an 84-year-old retired postman", "Morag's estranged sister": the verb is an adjective
        if before is not None and before.is_word and not finite and (
                before.lower in _determiners() or before.lower in PREPOSITIONS or before.lower in _NOT_ADJECTIVES
                or before.lower == "as"
                                                       or before.lower in ("newly", "recently", "freshly", "well")):
            return None  # "a newly opened door", "one lit pitch", "as registered nurse": the verb is an adjective
        if (before is not None and before.is_word and not finite and k >= 2 and "ADJ" in lemmas(before.text)
                and toks[k - 2].lower in _determiners()):
            return None  # "no single accepted answer": determiner, adjective, participle, noun
        after = toks[t.index + 1] if t.index + 1 < len(toks) else None
        if ((_present_3sg(verb) or _simple_past(verb)) and t.lower not in _listed_nouns()
                and (after is None or not after.is_word or after.lower in ("and", "or") or after.lower in _AUX)):
            return None  # "prevents injury.", "caused disease,": a generated noun ending a clause is often mass
    else:
        return None
    nxt = toks[t.index + 1] if t.index + 1 < len(toks) else None
    if nxt is not None and nxt.text[:1] == "\ufffc":
        return None  # a label before a code name
    if nxt is not None and nxt.is_word:
        if nxt.is_cap or nxt.lower[:1].isdigit():
            return None
        nforms = lemmas(nxt.text)
        if "NOUN" in nforms and not nxt.lower.endswith("ed") and nxt.lower not in _HEAD_FOLLOWERS:
            return None  # a compound: "was bus driver"
    if nxt is not None and nxt.text in ("-", "’", "'"):
        return None
    window = [w.lower for w in toks[max(0, k - 3) : t.index + 4] if w.is_word and w is not t]
    if t.lower in window:
        return None
    if verb.lower in _COPULAS and (nxt is not None and nxt.lower == "by" and "VERB" in lemmas(t.text)
                                   or not chain and t.lower in _SAME_PAST):
        return None  # "the roof was hit by a branch", "was hit at the junction": a passive participle
    if verb.lower in _COPULAS:
        sub = "after-copula"
    elif verb.lower in _HAVE_VERBS:
        sub = "after-have"
    elif _imperative_opener(an, verb):
        sub = "imperative"
    elif _base_after_to(an, verb) or _gerund_after_prep(an, verb):
        sub = "after-base-verb"
    elif _present_3sg(verb):
        sub = "after-present-verb"
    elif not chain and t.lower not in _listed_nouns() and not _person_noun(t.lower):
        return None  # "took pole", "wore lipstick", "sponsored research": a noun known only from the
        # generated lists, bare after a past verb, is mostly a mass or a set phrase (held-out: 0 hits,
        # 2 clean alarms; training: 1 hit)
    else:
        sub = "after-past-verb"
    if sub == "after-have" and not chain and any(
            t.lower in inflection(v, "VBN") for v in lemmas(t.text).get("VERB", ())):
        return None  # "the trail of debris Phaethon has shed", "has set", "had cut": a perfect tense
    if sub == "after-have" and not (
            _person_noun(t.lower) or t.lower in concrete() and t.lower not in bare_prone()
            or nxt is not None and nxt.lower in ("that", "which", "who") and t.lower not in bare_prone()):
        return None  # "listeners who want variety", "have access": only a thing or a person ("has cat
        # called Pip"), or a noun a relative clause picks out ("wants grinder that will last"); 0 hits
        # in training and held-out faulty text, 2 clean alarms (one each) before this gate
    if sub == "after-past-verb" and (not _plain_count_object(t.lower) or not _subject_before(an, k) or not chain and (
            (lemmas(verb.text).get("VERB") or ("",))[0].lower() in _LIGHT_VERBS)):
        return None  # "started college", "gained access", "had breakfast", "won praise": see below
    if chain and any(c.lower in ("last", "next", "every", "each") for c in chain):
        return None  # a time adverbial after an intransitive verb: "I drove out last weekend to ..."
    return _finding(an, chain[0] if chain else t, t, "noun", sub)


# Light verbs that make set phrases with a bare singular noun ("jumped ship", "held court", "made
# camp", "took flight", "kept goal", "set foot", "lost heart"): after them a bare noun is an idiom
# as often as a dropped article, so after-past-verb leaves them to the idiom lists.
_LIGHT_VERBS = frozenset(["take", "make", "set", "put", "keep", "hold", "give", "get", "break", "lose", "gain",
                          "bear", "strike", "run", "turn", "jump", "lead", "hit", "call", "draw", "raise", "lay",
                          "change", "pay", "win", "show", "do", "go", "come", "bring", "cross", "pitch", "play",
                          "reach", "leave", "pass", "see", "find"])


_SUBJECT_PRONOUNS = frozenset(["i", "we", "you", "he", "she", "they", "it", "who", "that", "which", "one"])


def _subject_before(an: Analysis, k: int) -> bool:
    """Does a subject stand right before the verb at token k (past adverbs such as "also",
    "quickly")? "Engineers inspected bridge", "They also found wooden bowl", "Customers who received
    email": a finite verb, so the noun after it is its object. A list item, a caption or a phrase
    after "and"/a comma ("- Broken window in ...", "with fitted kitchen") uses the -ed word as an
    adjective or drops its subject on purpose."""
    toks = an.tokens
    j = k - 1
    steps = 0
    while j >= 0 and steps < 2 and toks[j].is_word and not toks[j].is_cap and (
            toks[j].lower.endswith("ly") or toks[j].lower in _NP_ADVERBS or "ADV" in lemmas(toks[j].text)
            and "NOUN" not in lemmas(toks[j].text)) and toks[j].lower not in _SUBJECT_PRONOUNS:
        j -= 1
        steps += 1
    if j < 0 or not toks[j].is_word:
        return False
    w = toks[j]
    if w.lower in _SUBJECT_PRONOUNS or w.is_cap and an.sentences[w.sentence].first != w.index:
        return True
    forms = lemmas(w.text)
    return "NOUN" in forms and w.lower not in _determiners() and w.lower not in PREPOSITIONS \
        and w.lower not in _FUNCTION_WORDS or an.sentences[w.sentence].first == w.index and "NOUN" in lemmas(w.lower)


def _plain_count_object(low: str) -> bool:
    """May a bare singular ``low`` right after a past verb or "have" be a dropped article? Only a
    plain count noun: a person, or a thing WordNet counts (``countable`` or ``concrete``) that is
    neither mass-like nor bare-prone there and that Google Books never uses bare after a
    preposition other than "of"/"to" (those counts mix in compounds and infinitives) nor seldom
    after an article (``article_rare``). An
    institution, field or activity ("started college", "studied law", "took train", "got email",
    "gained weight", "had breakfast") is used bare after a verb as well: held-out clean prose had
    3 such alarms after a past verb and 1 after "have", with no hit; training keeps 5 of 6 hits
    ("found wooden box", "pulled boy from")."""
    if _person_noun(low):
        return True
    if low not in countable() and low not in concrete() or low in bare_prone() \
            or low in _mass_nouns() and low not in concrete() or article_rare(low):
        return False
    ev = article_evidence(low)
    return ev is None or all(p in ("of", "to") for p in ev[1])


@cache
def _mass_nouns() -> frozenset[str]:
    return data.word_set("article_mass_wn.txt")



# Verbs that agree with a plural: "Quail are hunted", "Staff were told" (no singular noun opens these).
_PLURAL_VERBS = frozenset(["are", "were", "have", "do", "aren't", "weren't", "haven't", "don't"])
# Words a clause's subject follows: subordinators, verbs of saying, "that".
_SUBJECT_CUES = frozenset(["when", "if", "while", "because", "since", "although", "though", "until", "once", "unless",
                           "whenever", "after", "before", "where", "and", "but", "or", "that", "say", "says", "said",
                           "think", "thinks", "thought", "believe", "believes", "believed", "fear", "fears", "feared",
                           "warn", "warns", "warned", "claim", "claims", "claimed", "argue", "argues", "argued",
                           "insist", "insists", "insisted", "hope", "hopes", "hoped", "know", "knows", "knew", "feel",
                           "feels", "felt", "suspect", "suspects", "suspected", "reckon", "reckons", "reckoned",
                           "suggest", "suggests", "suggested", "confirm", "confirms", "confirmed", "admit", "admits",
                           "admitted", "worry", "worries", "worried", "noted", "added", "explained", "stressed",
                           "agree", "agreed", "agrees", "realise", "realised", "realize", "realized"])
# Countable nouns a verb takes bare in set phrases: "closed part of", "changed course", "told staff".
_BARE_OBJECTS = frozenset(["part", "staff", "head", "course", "direction", "room", "building", "place", "shape",
                           "hold", "office", "power", "ground", "way", "side", "sight", "track", "note", "hand"])
# Function words lemminflect has no entry for (so they cannot be told from unknown nouns by it).
_FUNCTION_WORDS = frozenset(["until", "till", "unless", "whether", "whose", "whom", "yet", "nor", "than", "via", "per",
                             "upon", "whereas", "whilst", "despite", "unlike", "amid", "onto", "towards", "toward",
                             "plus", "minus", "versus", "etc", "too", "either", "neither", "rather", "instead"])
# Offices named bare after "for", "of", "as": "ran for mayor", "in the post of director".
# Modifiers that make a post's or a rank's title, not a judgment ("chief executive", "deputy head",
# "first author", "top scorer", "joint leader"; not "good teacher", which needs "a").
_TITLE_MODIFIERS = frozenset(["chief", "deputy", "head", "senior", "managing", "general", "vice", "joint", "sole",
                              "acting", "interim", "assistant", "executive", "lead", "principal", "associate",
                              "honorary", "founding", "first", "top", "co", "shadow", "permanent", "technical",
                              "artistic", "creative", "editorial", "medical", "finance", "financial"])
# Heads of such titles that are not person nouns in the lists: "chief executive", "top scorer", "first reserve".
_TITLE_HEADS = RANK_TITLE_HEADS
_OFFICES = frozenset(["president", "vice-president", "governor", "mayor", "senator", "chairman", "chairwoman", "chair",
                      "director", "secretary", "treasurer", "minister", "chancellor", "premier", "sheriff",
                      "congressman", "congresswoman", "councillor", "councilor", "speaker", "leader", "captain",
                      "prime", "chief", "head", "commissioner", "dean", "principal", "editor", "manager"])
# Kinship words a family uses as names: "Mother tried", "Dad said" (no article).
_KINSHIP_NAMES = frozenset(["mother", "father", "mum", "mom", "dad", "mummy", "daddy", "grandma", "grandpa", "granny",
                            "grandad", "granddad", "nan", "nana", "gran", "uncle", "aunt", "auntie"])
_MONTHS_DAYS = frozenset(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
)


def _name_modifier_run(an: Analysis, k: int) -> list[Token]:
    """The capitalised words ending at token k when they are a name used as a modifier right after
    a preposition ("in [December] edition", "in [Series B] round"); empty otherwise."""
    toks = an.tokens
    j = k
    while j >= 0 and k - j < 3 and toks[j].is_word and toks[j].is_cap:
        j -= 1
    if j < 0 or j == k or not toks[j].is_word or toks[j].lower not in PREPOSITIONS:
        return []
    run = toks[j + 1 : k + 1]
    first = run[0]
    if an.sentences[first.sentence].first == first.index or any("'" in t.text or "’" in t.text for t in run):
        return []
    if first.text in _MONTHS_DAYS or (len(run) >= 2 and run[-1].text.isupper() and len(run[-1].text) <= 2):
        return run  # a month or weekday, or a lettered series ("Series B")
    return []


def _bare_head_ends(an: Analysis, t: Token) -> bool:
    """The noun phrase ends at t: punctuation, a preposition, a participle or a clause word follows."""
    nxt = an.tokens[t.index + 1] if t.index + 1 < len(an.tokens) else None
    if nxt is None or not nxt.is_word:
        return nxt is None or nxt.text not in ("-", "’", "'")
    if nxt.is_cap or nxt.lower[:1].isdigit():
        return False
    if nxt.lower in PREPOSITIONS or nxt.lower in _HEAD_FOLLOWERS:
        return True
    forms = lemmas(nxt.text)
    return "NOUN" not in forms or nxt.lower.endswith("ed")


def _after_participle(an: Analysis, k: int) -> bool:
    """Is the word before token k a past participle ("approved by", "was run by")?"""
    p = _prev_word(an, k)
    if p is None or p.is_cap:
        return False
    verb = lemmas(p.text).get("VERB")
    return bool(verb) and verb is not None and verb[0].lower() != p.lower and not p.lower.endswith(("s", "ing"))


def _paired_bare(an: Analysis, k: int) -> bool:
    """ "from start to finish": two bare nouns paired by from ... to."""
    toks = an.tokens
    if toks[k].lower == "from":
        return any(w.lower == "to" for w in toks[k + 2 : k + 4])
    return any(w.lower == "from" for w in toks[max(0, k - 3) : k])


# Verbs whose direct object is a concrete, countable thing: "show QR code", "contains USB-C cable",
# "had blood test", "Putting bowl of ice in front of a fan".
_THING_VERBS = frozenset(["show", "contain", "have", "need", "buy", "book", "take", "use", "open", "ask", "put",
                          "wear", "bring", "carry", "get", "order", "pack", "keep", "fit", "plug"])
# Heads that are countable at the end of a noun + noun compound ("blood test", "QR code", "USB-C
# cable", "eye scan", "bank card", "boarding pass"), though alone they are also mass nouns or verbs.
_COMPOUND_HEADS = frozenset(["test", "code", "cable", "scan", "card", "pass", "check", "certificate", "receipt",
                             "form", "key", "charger", "adapter", "adaptor", "licence", "license", "plan", "policy",
                             "account", "number", "appointment", "voucher", "ticket", "permit", "badge", "sample"])
# What may follow the object: the end of the noun phrase.
_OBJECT_ENDS = frozenset(["and", "or", "to", "in", "at", "on", "from", "for", "with", "of", "before", "after", "when",
                          "if", "so", "that", "which", "into", "onto", "while", "until", "because", "but", "as"])


def _thing_object(an: Analysis, v: Token) -> Finding | None:
    """A concrete object with no determiner after a verb of having, showing or handling: a compound
    whose head is countable ("show QR code to", "had blood test and", "contains USB-C cable and"),
    or a hand-listed count noun after a gerund opening its sentence ("Putting bowl of ice in")."""
    toks = an.tokens
    n = len(toks)
    verb = lemmas(v.text).get("VERB")
    if not verb or verb[0].lower() not in _THING_VERBS:
        return None
    if v.is_cap and not (v.lower.endswith("ing") and an.sentences[v.sentence].first == v.index):
        return None  # a capitalised instruction ("Show QR code") is telegraphic; a gerund subject is not
    i = v.index + 1
    if i + 1 >= n or not toks[i].is_word:
        return None
    first = toks[i]
    if first.lower in _determiners() or first.lower in _PRONOUN_WORDS or first.lower in _OBJECT_WORDS:
        return None
    acronym = len(first.text) >= 2 and first.text[:2].isupper() and first.text.replace("-", "").isalpha()
    fforms = lemmas(first.text)
    modifier = acronym or (not first.is_cap and "NOUN" in fforms and "ADJ" not in fforms
                           and fforms["NOUN"][0].lower() == first.lower and not first.lower.endswith(("ing", "ed", "s"))
                           and first.lower not in _NOT_ADJECTIVES and first.lower not in PREPOSITIONS
                           and first.lower not in _AUX)
    second = toks[i + 1]
    if modifier and not (second.is_word and (second.lower in _listed_nouns() or second.lower in _COMPOUND_HEADS)):
        modifier = False  # "Putting bowl of ice": the first noun is the head
    head = second if modifier else first
    if not head.is_word or head.is_cap or head.quoted:
        return None
    if head.lower in _MASS_SENSES:
        return None  # "needs room for a buggy", "has space to grow": space or opportunity, a mass noun
    if head is first and verb[0].lower() == "keep" and first.lower.endswith("ing") and "VERB" in fforms:
        return None  # "would keep meeting on Thursdays", "kept running": "keep" + a gerund, no object
    if modifier:
        if v.is_cap or head.lower in ("code", "check") and not acronym:
            return None  # "source code", "spell check": mass or feature senses; "QR code", "PIN code" count
    else:
        if head.lower not in _listed_nouns():
            return None
        if verb[0].lower() == "have" or not v.is_cap and not (v.lower.endswith("s") and v.lower not in ("has", "does")
                                 or verb[0].lower() == v.lower):
            return None  # past forms and "has" are judged by _bare_after_verb; here "contains cable and", "and show ticket to"
    if (verb[0].lower(), head.lower) in _verb_idioms() or (verb[0].lower(), first.lower) in _verb_idioms():
        return None
    after = toks[head.index + 1] if head.index + 1 < n else None
    if after is not None and after.is_word and after.lower not in _OBJECT_ENDS:
        return None  # the compound goes on ("blood test results") or the clause is not what it seems
    if after is not None and not after.is_word and after.text not in (".", ",", ";", ":", "!", "?", ")"):
        return None
    prev = _prev_word(an, v.index)
    if prev is not None and (prev.lower in _determiners() or prev.lower in ("to", "not") and v.lower.endswith("ed")):
        return None  # "the show", "a used key": the verb's form is a noun or an adjective here
    if prev is not None and "ADJ" in lemmas(prev.text) and "VERB" not in lemmas(prev.text) and "NOUN" not in lemmas(prev.text):
        return None  # "the innovative open source database": the verb's form is an adjective here
    if not v.is_cap and verb[0].lower() == v.lower and (prev is None or prev.lower not in _BASE_CUES):
        return None  # "- **test**: use port number from ...": a bare base form is a telegraphic instruction
    if not v.is_cap and v.lower.endswith("ing") and (prev is None or prev.lower not in PREPOSITIONS):
        return None  # "a signed document using X509 certificate": a caption's participle
    return _finding(an, first, head, "noun", "thing-object")


_OFFICE_HEADS = frozenset(["Office", "Department", "Bureau", "Service", "Unit", "Team"])


def _role_office_names(an: Analysis) -> list[Finding]:
    """A body named after a role in the possessive needs "the": "Information Commissioner's Office
    said" -> "The Information Commissioner's Office", "at Mayor's Office"; "Sadiq Khan's office"
    (a person's name) is left alone."""
    out: list[Finding] = []
    toks = an.tokens
    n = len(toks)
    for t in an.words:
        if not t.is_cap or not t.lower.endswith(("'s", "’s")) or t.index + 1 >= n:
            continue
        head = toks[t.index + 1]
        if head.text not in _OFFICE_HEADS:
            continue
        role = t.lower[:-2]
        rforms = lemmas(role)
        if "NOUN" not in rforms or not _person_noun(role) and not role.endswith(("er", "or", "ist", "ian", "ent")) \
                and role not in _ROLE_WORDS:
            continue  # "Commissioner", "Mayor", "Director", "President": a role, not a person's name
        k = t.index
        while k - 1 >= 0 and toks[k - 1].is_word and toks[k - 1].is_cap and toks[k - 1].lower not in _determiners() \
                and not _is_plain_opener(an, toks[k - 1]) and toks[k - 1].lower not in PREPOSITIONS:
            k -= 1
        first = toks[k]
        if any("NOUN" not in lemmas(_unpossessed(w.text)) and "ADJ" not in lemmas(_unpossessed(w.text))
               for w in toks[k : t.index]):
            continue  # a person's name before the role: "Jane Doe Commissioner's"
        if _has_determiner_before(an, k) or k > 0 and toks[k - 1].lower.endswith(("'s", "’s")):
            continue
        if role not in _ROLE_WORDS and any(
                not (w.lower.endswith(("'s", "’s")) or _abstract_noun(w.lower) or w.text in _INSTITUTION_WORDS
                     or w.lower in _ROLE_WORDS or "ADJ" in lemmas(w.text)) for w in toks[k : t.index]):
            continue  # "Tom Baker's Office": a surname that looks like a role; "Information Commissioner's" is a role
        out.append(_finding(an, first, head, "name", "role-office"))
    return out


# Every inflected form of the thing verbs, to pick candidates with one set lookup.
_THING_FORMS = frozenset(
    ["show", "shows", "showed", "shown", "showing", "contain", "contains", "contained", "containing", "have", "has",
     "had", "having", "need", "needs", "needed", "needing", "buy", "buys", "bought", "buying", "book", "books",
     "booked", "booking", "take", "takes", "took", "taken", "taking", "use", "uses", "used", "using", "open", "opens",
     "opened", "opening", "ask", "asks", "asked", "asking", "put", "puts", "putting", "wear", "wears", "wore", "worn",
     "wearing", "bring", "brings", "brought", "bringing", "carry", "carries", "carried", "carrying", "get", "gets",
     "got", "getting", "order", "orders", "ordered", "ordering", "include", "includes", "included", "including",
     "pack", "packs", "packed", "packing", "keep", "keeps", "kept", "keeping", "fit", "fits", "fitted", "fitting",
     "plug", "plugs", "plugged", "plugging"]
)
# What may stand before a base-form verb in running prose: "and show QR code", "you need ...".
_BASE_CUES = frozenset(["to", "and", "or", "then", "please", "i", "we", "you", "they", "will", "would", "can",
                        "could", "must", "should", "may", "might", "don't", "didn't", "also", "just", "always"])


_PARTICIPLE_PREPS = frozenset(["with", "without", "for"])


def _participle_modified_after_prep(an: Analysis) -> list[Finding]:
    """with/without/for + a past participle + a singular count noun: "logged in with stolen password
    belonging to", "for damaged parcel" -> "a stolen password", "a damaged parcel"."""
    out: list[Finding] = []
    toks = an.tokens
    n = len(toks)
    nouns = _nouns()
    for p in an.words:
        if p.lower not in _PARTICIPLE_PREPS or p.index + 2 >= n:
            continue
        part, head = toks[p.index + 1], toks[p.index + 2]
        if not (part.is_word and head.is_word) or part.is_cap or head.is_cap or head.lower not in nouns:
            continue
        forms = lemmas(part.text)
        verb = forms.get("VERB")
        if not verb or verb[0].lower() == part.lower or part.lower.endswith(("ing", "s")) or "NOUN" in forms:
            continue  # not a participle: "with fresh bread", "for sale", "with water"
        if head.lower in _MASS_SENSES or head.lower in _LAND_COVER or head.lower in _WEATHER_LIGHT:
            continue
        if head.lower in _food_nouns():
            continue  # "with pickled cucumber", "topped with grilled onion": food after a participle of
            # preparation is a mass noun (WordNet noun.food)
        if "VERB" in lemmas(head.text) and head.lower not in _listed_nouns():
            continue  # "with added sugar", "with reduced cost": the head may be a mass or verbal noun
        after = toks[head.index + 1] if head.index + 1 < n else None
        if after is not None and after.is_word and "NOUN" in lemmas(after.text) and not after.lower.endswith("ing"):
            continue  # a compound goes on: "with stolen password hashes"
        if head.lower not in _listed_nouns() and not _person_noun(head.lower) and not (
                after is not None and after.is_word and (after.lower.endswith("ing") or after.lower in ("that", "which"))):
            continue  # a generated-only noun needs a clause after it to be a single thing: "with updated text",
            # "for shared mode" are mass or state senses; "with stolen password belonging to" is one password
        out.append(_finding(an, part, head, "noun", "prep-participle"))
    return out


# The head word of an event's or a body's name, used alone for it later in an article:
# "Festival runs from Friday", "Museum reopened in May", "Committee will meet" -> "The festival ...".
# Left out: heads with a mass or general sense ("Society is changing", "Competition is fierce",
# "Theatre has always", "Charity begins at home", "Authority was").
_SHORT_NAME_HEADS = frozenset(["Festival", "Museum", "Gallery", "Committee", "Commission", "Inquiry", "Tribunal",
                               "Conference", "Summit", "Exhibition", "Show", "Tournament", "Championship",
                               "Contest", "Orchestra", "Foundation", "Club",
                               "Agency", "Regulator", "Ombudsman", "Panel", "Library",
                               "Hospital", "Airport", "Station", "Stadium", "Zoo", "Project", "Scheme"])  # not Park, Fair: names, adjectives
_VERB_CUES_AFTER = frozenset(["from", "until", "till", "on", "in", "at", "for", "over", "across", "through", "with",
                              "every", "each", "daily", "weekly", "annually", "until", "between", "into", "to"])


def _short_name_openers(an: Analysis) -> list[Finding]:
    """A sentence opening with the bare head of a name before its verb: "Festival runs from Friday",
    "Museum reopened last May", "Committee will report in June"."""
    out: list[Finding] = []
    toks = an.tokens
    n = len(toks)
    for s in an.sentences:
        i = s.first
        while i < s.last and not toks[i].is_word:
            i += 1
        if i + 2 >= s.last:
            continue
        t, v, after = toks[i], toks[i + 1], toks[i + 2]
        if t.text not in _SHORT_NAME_HEADS or t.quoted or not v.is_word or v.is_cap or _after_colon(an, t):
            continue
        if i > 0 and toks[i - 1].text in ("#", "*", "-", "|"):
            continue  # a heading or list marker
        modal = v.lower in _MODAL_VERBS or v.lower in ("is", "was", "has", "had")
        past = _simple_past(v) or v.lower in _PAST_VERBS
        present = (_present_3sg(v) or v.lower.endswith("s") and "VERB" in lemmas(v.text)) and after.is_word \
            and (after.lower in _VERB_CUES_AFTER or after.lower in _determiners() or after.lower[:1].isdigit())
        if not (modal or past or present):
            continue
        if i + 3 < n and modal and toks[i + 2].lower in ("to",):
            continue
        out.append(_finding(an, t, t, "noun", "name-head-opener"))
    return out


# Adverbs of a general truth after "is/has": "Theatre has always mattered", "Cycling is rarely cheap".
_GENERIC_ADVERBS = frozenset(["always", "never", "often", "rarely", "seldom", "sometimes", "usually", "long",
                              "traditionally", "historically", "generally", "typically", "mostly", "largely"])


# Roles whose holder's office is a body: "Attorney General's Office", "Chief Secretary's Office".
_ROLE_WORDS = frozenset(["attorney", "general", "secretary", "registrar", "sheriff", "clerk", "chief", "minister",
                         "premier", "solicitor", "marshal", "provost", "dean", "bursar", "chair", "controller"])


def _unpossessed(word: str) -> str:
    """ "Children's" -> "Children": the word a possessive is made from."""
    return word[:-2] if word.lower().endswith(("'s", "’s")) else word


# A writer's own usage across the document ------------------------------------------------------------

# Bodies a house style names bare ("Council heard from residents", "what council had heard").
_HOUSE_BODIES = frozenset(["council", "government", "cabinet", "parliament", "congress", "senate", "management",
                           "staff", "committee", "board", "court", "city", "town", "county", "state", "assembly"])
_HOUSE_DETS = frozenset(["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
                         "my", "your", "whose", "each", "every", "any", "no", "another"])


def house_style_bare(text: str, names: set[str], nouns: set[str]) -> frozenset[str]:
    """Those of ``names`` (flagged as names that take "the") and of the body nouns among ``nouns``
    ("council") that the whole document writes bare at least twice as a head and never after "the"
    or another determiner: the writer's own usage ("Spencer Gulf" in Australian writing, "Council
    heard" in a Canadian city's budget), not one dropped article. A slip is one bare use among uses
    with "the"."""
    out: set[str] = set()
    cands = {p.lower() for p in names} | {w.lower() for w in nouns if w.lower() in _HOUSE_BODIES}
    if not cands:
        return frozenset()
    low = text.lower()  # (one lower-cased copy and plain substring search: a regex per phrase
    # over a 100k-word document cost ~80 ms)
    n = len(low)
    for p in cands:
        bare = 0
        pos = low.find(p)
        while pos != -1 and bare >= 0:
            end = pos + len(p)
            if (pos > 0 and (low[pos - 1].isalnum() or low[pos - 1] in "'’-")) \
                    or (end < n and (low[end].isalnum() or low[end] == "-")):
                pos = low.find(p, end)
                continue  # inside a longer word
            after = text[end : end + 30].split()
            nxt = after[0] if after else ""
            before = text[max(0, pos - 40) : pos].split()
            prev = before[-1].lower().strip("\"“‘(*[") if before else ""
            if nxt[:1].islower() and nxt.isalpha() and "NOUN" in lemmas(nxt):
                pass  # a modifier ("Spencer Gulf prawns", "IRS figures", "the council chamber")
            elif prev in _HOUSE_DETS or prev.endswith(("'s", "’s")):
                bare = -99
            elif before and before[-1][:1].isupper() and before[-1][-1:] not in ".!?:\"”":
                pass  # the end of a longer name ("Leverton Council met"): not the bare body
            else:
                bare += 1
            pos = low.find(p, end)
        if bare >= 2:
            out.update(x for x in names | nouns if x.lower() == p)
    return frozenset(out)
