"""Repeated phrases across the document ("rising tensions" ... "tensions rising").

The one document-wide rule. A later occurrence is flagged when the phrase reads as a lapse
rather than as the article's subject:

* a stock phrase or idiom from ``cliches.txt`` used twice ("a glimmer of hope");
* a word sequence of 3-6 words used exactly twice, with at least two content words, one of
  which appears nowhere else in the article (so topic terms such as "bike lanes" or "noise
  cancelling", which run through a text, are left alone). A phrase that *says* something (a verb,
  a degree word, a comparative or superlative: "did little to slow the leaders", "one of the
  finest found") is a lapse anywhere in an article; a plain noun phrase ("the outer harbour
  wall") only within a few paragraphs, since further apart it is a name for a thing. A thing
  introduced with "a" and named again with "the" is referred back to on purpose, and a late
  paragraph echoing two phrases of one early paragraph mirrors it on purpose;
* an adjective-noun pair used exactly twice in either order ("rising tensions" / "tensions
  rising"), when the modifier is a participle or hyphenated compound and is rare in the article.

Words are compared by stem; names and numbers are never part of a phrase.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate, chain, compress
from operator import attrgetter, itemgetter

from editor_app.core.checks.builtin import data
from editor_app.core.checks.builtin.findings import Finding, quote
from editor_app.core.checks.builtin.lexicon import lemmas
from editor_app.core.checks.builtin.phrases import PhraseIndex, compile_patterns
from editor_app.core.checks.builtin.repetition import WordTable
from editor_app.core.checks.builtin.text import Analysis, Token, analyse_cached, stem
from editor_app.core.prose import ProseSegment

_FUNCTION = frozenset(
    ["a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "with", "from", "by", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "there", "their", "they", "them", "he", "she", "his", "her", "we", "our", "you", "your", "i", "my", "me", "not", "no", "so", "than", "then", "which", "who", "whom", "what", "when", "where", "while", "also", "just", "only", "very", "more", "most", "much", "many", "some", "any", "all", "each", "every", "both", "same", "other", "such", "own", "can", "could", "may", "might", "will", "would", "should", "must", "do", "does", "did", "has", "have", "had", "into", "onto", "over", "under", "about", "after", "before", "up", "down", "out", "off", "again", "once", "here", "why", "how", "if", "unless", "because", "although", "though", "whether", "since", "until", "yet", "even", "really", "quite", "rather"]
)
# Prepositions of place: "near the river" twice is one place named again.
_PLACE_PREPOSITIONS = frozenset(
    ["near", "across", "along", "behind", "beside", "between", "beyond", "inside", "outside", "toward",
     "towards", "through", "throughout", "within", "around", "among", "past", "below", "above", "beneath",
     "opposite", "in", "on", "at", "by", "under", "over", "into", "onto", "from", "to"]
)
# Content words too common to make a phrase notable on their own.
_COMMON = frozenset(
    ["time", "year", "years", "day", "days", "way", "ways", "thing", "things", "people", "part", "place", "make", "made", "makes", "get", "got", "take", "took", "go", "went", "come", "came", "see", "saw", "say", "said", "new", "first", "last", "next", "good", "great", "well", "like", "one", "two", "three", "many", "lot", "still", "even", "back"]
)
# A count is not a phrase ("three to six months" twice is a figure repeated, not a lapse of style).
_NUMBER_WORDS = frozenset(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelv", "twenti",
     "thirti", "forti", "fifti", "hundr", "thousand", "million", "billion", "half", "dozen", "score", "first",
     "second", "third"]
)
# Cardinal numbers by stem ("one" is left out: "one of the finest" is a phrase).
_CARDINALS = frozenset(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelv", "thirteen",
     "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenti", "thirti", "forti", "fifti",
     "sixti", "seventi", "eighti", "nineti", "hundr", "thousand", "million", "billion", "dozen"])
# Function words by stem ("before" is "befor", "every" "everi"), as the word windows hold them.
_FUNCTION_STEMS = _FUNCTION | frozenset(map(stem, _FUNCTION))
MIN_N, MAX_N = 3, 6
# A repeat reads as a lapse when the reader still remembers the first use.
# Beyond a few paragraphs a repeated plain phrase is more often a deliberate callback (an essay
# closing on its opening image) than a lapse; stock phrases are remembered for longer.
MAX_DISTANCE_WORDS = 400
MAX_CLICHE_DISTANCE_WORDS = 3000
# A short phrase that says something ("likely to rise") is remembered for a page or so; one of
# five words or more ("did little to slow the leaders") for as long as a stock phrase.
MAX_TELLING_DISTANCE_WORDS = 600

Located = tuple[int, ProseSegment]


# Words that place something on a screen, a page or a board; a phrase locating a thing with
# them is the thing's address, which instructions repeat on purpose.
_SCREEN_PLACES = frozenset(["top", "bottom", "corner", "upper", "lower", "sidebar", "toolbar",
                            "panel", "menu", "margin", "column", "tab", "pane"])


@cache
def _cliches() -> PhraseIndex:
    # hand-made stock phrases, and WordNet's idioms (tools/make_stock_phrases.py)
    lines = [*data.lines("cliches.txt"), *data.lines("cliches_wordnet.txt"), *data.lines("cliches_proselint.txt")]
    return PhraseIndex([p for line in lines for p in compile_patterns(line)])


def _analysis(text: str) -> Analysis:
    return analyse_cached(text)


def _is_content(t: Token) -> bool:
    return t.lower not in _FUNCTION


def find_repeated_phrases(
    segs: list[Located], topic_text: str = ""
) -> list[tuple[Located, Finding]]:
    """``topic_text``: the title and headings; a phrase made of their words is the subject."""
    analyses = [(loc, _analysis(loc[1].text)) for loc in segs]
    topic_words = [t.lower for t in analyse_cached(topic_text).words] if topic_text else []
    # a hyphenated title word counts by its parts too, as the phrase runs hold it ("fiddle-leaf")
    topic = {stem(w) for w in topic_words} | {stem(p) for w in topic_words if "-" in w for p in w.split("-") if p}
    out: list[tuple[Located, Finding]] = []
    flagged: set[tuple[int, int]] = set()  # (segment no, token index) already in a finding

    def emit(si: int, first: Token, last: Token, earlier: str, rule: str = "repeated-phrase") -> None:
        loc, an = analyses[si]
        if any((si, k) in flagged for k in range(first.index, last.index + 1)):
            return
        for k in range(first.index, last.index + 1):
            flagged.add((si, k))
        phrase = an.text[first.start : last.end]
        msg = f"{quote(phrase)} repeats {quote(earlier)} from earlier in the article; vary it or cut one."
        out.append((loc, Finding(first.start, last.end, rule, "repeated_phrase", msg, (), "info")))

    profiles = [_profile(loc[1].text) for loc in segs]
    seg_start: list[int] = []
    total = 0
    for prof in profiles:
        seg_start.append(total)
        total += len(prof.stems)

    def position(si: int, token_index: int) -> int:
        index = profiles[si].index
        k = bisect_left(index, token_index)  # the number of words before it in the segment
        return seg_start[si] + (k if k < len(index) and index[k] == token_index else 0)

    sent_start: list[int] = []
    nsent = 0
    for _, an in analyses:
        sent_start.append(nsent)
        nsent += len(an.sentences)

    def sentence_no(si: int, token_index: int) -> int:
        return sent_start[si] + analyses[si][1].tokens[token_index].sentence

    def deliberate(
        s1: int, i1: int, s2: int, i2: int, stems: tuple[str, ...] | frozenset[str], telling: bool = False
    ) -> bool:
        """A long echo in the same or next sentence (a refrain), or the article's own subject
        (title and heading words). A phrase that says something is the subject only when every
        content word is a title word ("a soft landing rather than a crash" under "... soft landing")."""
        if 4 <= len(stems) < 5 and not telling and sentence_no(s2, i2) - sentence_no(s1, i1) <= 1:
            return True
        content = [w for w in stems if w not in _FUNCTION]
        in_topic = sum(w in topic for w in content)
        if telling and len(content) >= 3 and in_topic < len(content):
            return False
        if len(content) >= 3:
            # "a grown-up family car" under a title about a family car: the words the title
            # lacks describe the subject, and describing it twice alike is the lapse
            return in_topic == len(content)
        return bool(content) and in_topic * 2 >= len(content)

    # 1. Stock phrases used more than once.
    seen_cliche: dict[str, tuple[str, int]] = {}
    covered: set[tuple[int, int]] = set()  # (segment, token) inside an occurrence already counted
    for si, (_, an) in enumerate(analyses):
        # Longest variant first, so "the low-hanging fruit" is one occurrence, not two.
        for m in sorted(_cliches().find(an), key=lambda m: (m.tokens[0].start, -m.tokens[-1].end)):
            if any((si, t.index) in covered for t in m.tokens):
                continue
            covered.update((si, t.index) for t in m.tokens)
            text = an.text[m.tokens[0].start : m.tokens[-1].end]
            # One stock phrase in two forms ("breathed new life into" ... "breathe new life into")
            # may match different list entries; the words, by stem, make it one phrase.
            keys = (m.pattern.source, " ".join(stem(t.lower) for t in m.tokens if t.is_word))
            here = position(si, m.tokens[0].index)
            before = next((seen_cliche[ck] for ck in keys if ck in seen_cliche), None)
            if before is not None and here - before[1] <= MAX_CLICHE_DISTANCE_WORDS:
                emit(si, m.tokens[0], m.tokens[-1], before[0], "repeated-phrase:stock")
            for ck in keys:
                seen_cliche[ck] = (text, here)

    # Word frequencies (by stem and by surface form) over the whole article.
    # (one count over all segments: a Counter.update per segment costs more than its counting)
    freq: Counter[str] = Counter(chain.from_iterable(prof.stems for prof in profiles))
    parts: Counter[str] = Counter(chain.from_iterable(prof.parts for prof in profiles))
    for part, count in parts.items():
        if part not in freq:
            freq[part] = count  # "melt-in-the-mouth" twice: "melt" and "mouth" are rare words too
    rare_words = {w for w, c in freq.items() if c <= 2 and w not in _COMMON and len(w) >= 3 and w not in _FUNCTION}
    # A long phrase said twice may hold a word used once more elsewhere ("behind every one of those
    # parcels" ... "behind every one of them"); such words seed only windows of five words or more.
    fairly_rare = {w for w, c in freq.items() if c == 3 and w not in _COMMON and len(w) >= 3 and w not in _FUNCTION}

    # 2. Exact word sequences (by stem) used exactly twice; only windows holding a rare word.
    mirrored: dict[tuple[int, int, bool], list[tuple[int, Token, Token, str, bool]]] = defaultdict(list)
    # Every window as (stems, segment, first token, last token), in article order, window length
    # by window length within each run.
    windows: list[tuple[tuple[str, ...], int, int, int]] = []
    for si, prof in enumerate(profiles):
        for ids, stems in prof.runs:
            if rare_words.isdisjoint(stems) and fairly_rare.isdisjoint(stems):
                continue  # most runs hold no rare word
            # Each window once, when it holds a rare word (a fairly rare one for long windows);
            # running counts make the test constant-time per window.
            rare_before = [0, *accumulate(map(rare_words.__contains__, stems))]
            fair_before = [0, *accumulate(map(fairly_rare.__contains__, stems))]
            if not fair_before[-1] and not rare_before[-1]:
                continue
            run_len = len(stems)
            for n in range(MIN_N, min(MAX_N, run_len) + 1):
                for k in range(run_len - n + 1):
                    if rare_before[k + n] - rare_before[k] or n >= 5 and fair_before[k + n] - fair_before[k]:
                        windows.append((stems[k : k + n], si, ids[k], ids[k + n - 1]))
    # Only a window said exactly twice can be a lapse.
    said = Counter(map(_FIRST, windows))
    grams: dict[tuple[str, ...], list[tuple[int, int, int]]] = defaultdict(list)
    for gram, si, first, last in compress(windows, map((2).__eq__, map(said.__getitem__, map(_FIRST, windows)))):
        grams[gram].append((si, first, last))
    things: set[tuple[int, int]] = set()  # (segment, token) of a physical thing named again
    for n in range(MAX_N, MIN_N - 1, -1):
        for gkey, gocc in grams.items():
            if len(gkey) != n or len(gocc) != 2:
                continue
            occ = sorted(gocc)
            content = [w for w in gkey if w not in _FUNCTION_STEMS and w not in _NUMBER_WORDS]
            if len(content) < 2 or gkey[0] in ("and", "or", "but"):
                continue
            if len(content) <= 3 and any(w in _CARDINALS and (k == 0 or gkey[k - 1] not in ("of", "than"))
                                         for k, w in enumerate(gkey)):
                continue  # "at least fourteen days before", "the last four digits": a figure given again
                # (duplicate_information's ground); "a tale of two cities", "more than sixty years" say more
            # "the old mill" is a name for a thing; a lapse has a verb, a preposition or more words.
            # "a textbook example" twice repeats a description; "the old mill" twice is one place.
            (s1, i1, j1), (s2, i2, j2) = occ
            an1, an2 = analyses[s1][1], analyses[s2][1]
            if gkey[-1] in _FUNCTION and not (n == 3 and _verb_idiom(an1, i1, j1) and _verb_idiom(an2, i2, j2)):
                continue
            # Count content words by token: "the page-turn buttons" is two words, a thing's name.
            n_content = max(sum(1 for t in an_.tokens[a_ : b_ + 1] if t.is_word and _is_content(t))
                            for an_, a_, b_ in ((an1, i1, j1), (an2, i2, j2)))
            if (n_content < 3 and not any(w in _FUNCTION for w in gkey[1:-1]) and gkey[0] not in ("a", "an")
                    and not _stock_shape(an2, i2, j2) and not (gkey[-1] in _FUNCTION and n == 3)):
                continue
            if s1 == s2 and j1 >= i2:
                continue  # overlapping windows of one phrase
            if gkey[0] in ("in", "on", "at", "from", "to") and not _SCREEN_PLACES.isdisjoint(gkey):
                continue  # "in the left-hand panel", "at the top right": a place on a screen or page, named again
            if n == 3 and (an2.tokens[i2].lower in _PLACE_PREPOSITIONS or an2.tokens[i2].lower in _TIME_PREPOSITIONS) \
                    and gkey[1] == "the" and _plain_noun(an2.tokens[j2]):
                continue  # "near the river", "by the harbour", "during the day": a place or time named again
            if _title_before_name(an1, j1) or _title_before_name(an2, j2):
                continue  # "Rural financial counsellor Lyn Paterson": a role worn as a title, a label
            if _place_frame(an2, i2, j2):
                continue  # "out of the drainage holes", "into the top drawer": a thing's place named again
            if ("per" in gkey[1:] or j2 + 1 < len(an2.tokens) and an2.tokens[j2 + 1].lower == "per"
                    or any(gkey[k] == "for" and gkey[k + 1] in _EVERY for k in range(n - 1))
                    or gkey[0] in _EVERY and i2 and an2.tokens[i2 - 1].lower == "for"):
                continue  # a rate ("cents per kilogram", "the yield in tonnes per hectare", "three units of
                # heat for every unit of power"): a unit, a measure's name, not a turn of phrase
            if s1 == s2 and an1.tokens[i1].sentence == an2.tokens[i2].sentence \
                    and _opens_clause(an1, i1) and _opens_clause(an2, i2):
                continue  # two clauses of one sentence opening alike ("she expected a great deal
                # of us, and she expected a great deal of the staff"): a figure of speech
            if s1 == s2 and an1.tokens[i1].sentence == an2.tokens[i2].sentence and any(
                    t.text == ";" for t in an2.tokens[j1 + 1 : i2]) and _same_frame_after(an2, i1, i2):
                continue  # "On easy runs it feels plush; on tempo runs it feels flat": two halves built alike
            if s1 == s2 and an1.tokens[i1].sentence == an2.tokens[i2].sentence and _coordinated(an2, i2):
                continue  # "the court can order the landlord to ..., and it can order the landlord to
                # ...": a coordinated clause of one sentence built like the first (parallelism)
            if _summary_sentence(an2, i2):
                continue  # "In short, children who were read to daily ...": a summary restates on purpose
            if _quoted(an1, i1, j1) and _quoted(an2, i2, j2):
                continue  # both in the speakers' own words
            if _one_hyphenated(an1, i1, j1) != _one_hyphenated(an2, i2, j2):
                continue  # "pass-to-pass" ... "from pass to pass": a compound term, spelt closed and open
                # ("fall-off-the-bone" twice, closed both times, is a picture said again)
            if all(w in _LIGHT_STEMS for w in content):
                continue  # "you want to get", "did not say anything": a frame of light words, no turn of phrase
            if _rate_frame(an2, i2, j2):
                continue  # "acre-feet a year", "litres a day": a rate, a measure's name
            if _refrain(an1, i1, j1, an2, i2, j2):
                continue  # "She did not say anything." said again: a refrain
            if _answers(analyses, s1, i1, s2, i2) or _question_line(analyses[s2][1]):
                continue  # "What's the hardest part of the job?" "The hardest part is ...": an answer takes up the
                # question; an interviewer's question on a line of its own asks about what was said
            if _contrasted(analyses, s1, i1, j1, s2, i2, j2, sentence_no(s2, i2) - sentence_no(s1, i1)):
                continue  # a figure of contrast or parallelism built on the phrase on purpose
            if _binomial(an2, i2, j2):
                continue  # two plain nouns paired ("on paths and tracks"): a category, not a flourish
            if _one_compound(an2, i2, j2):
                continue  # "my mother-in-law", "the drop-off point": one compound word named again
            if s2 == s1 + 1 and _parallel_items(segs, analyses, s1, i1, j1, s2, i2, j2):
                continue  # two list items in a row built alike ("..., the storage life roughly doubles")
            if (s2, i2) in things and (s2, j2) in things:
                continue  # part of a thing named again ("oil the rear | hinge")
            if n <= 5 and _concrete_frame(an2, i2, j2):
                things.update((s2, k) for k in range(i2, j2 + 1))
                continue  # "a wire basket", "tighten the back wheel": a physical thing named or handled again
            # A phrase that says something (a verb, a judgement) is remembered across the whole
            # article; a plain noun phrase far back is more often the name of a thing.
            telling = _telling(an2, i2, j2)
            if _listish(segs[s2][1]) and not _listish(segs[s1][1]) and (
                    not telling or _telling_kind(an2, i2, j2) in ("telling-aux", "telling-verb")):
                continue  # a list that sums up what the text said ("- Drinks and tips are included in the
                # fare"); a judgement ("the hottest part of the day") said again in a list is still a lapse
            if not telling and segs[s1][1].kind == "list_item" and segs[s2][1].kind != "list_item":
                continue  # a thing a list names ("- Rear diff lock", "- Pre-existing conditions: five
                # years"), then named in the prose that explains it: the term, not a turn of phrase
            if not telling and _kind_of(an2, i2, j2):
                continue  # "two kinds of storage", "a type of loan": a category named again
            if _participle_compound(an2, i2, j2):
                continue  # "drifting ice stations", "folding bike racks": a participle naming a kind of thing
            if not telling and _noun_compound(an2, i2, j2):
                continue  # "a special needs assistant": a compound noun, the name of a thing or role
            if not telling and _described_thing(an2, i2, j2):
                continue  # "a stuffy nose", "a consistent snapshot": a thing named again
            long_telling = telling and n >= 4
            if telling:
                limit = MAX_CLICHE_DISTANCE_WORDS if n >= 5 else MAX_TELLING_DISTANCE_WORDS
            else:
                # a short plain phrase is remembered for a page or so too ("one point short of"),
                # unless it is one hyphenated word ("drop-in", "park-and-ride"): a term
                limit = MAX_TELLING_DISTANCE_WORDS if n >= 5 or i2 != j2 else MAX_DISTANCE_WORDS
            distance = position(s2, i2) - position(s1, i1)
            if distance > limit:
                continue
            far = distance > MAX_DISTANCE_WORDS
            if n <= 3 and telling and not far and _surface(an1, i1, j1) != _surface(an2, i2, j2) \
                    and _opens_sentence(an1, i1) != _opens_sentence(an2, i2):
                continue  # "Fry the cumin." ... "while frying the cumin": an instruction recalled in a story
            if n <= 3 and telling and _surface(an1, i1, j1) != _surface(an2, i2, j2) \
                    and _telling_kind(an2, i2, j2) == "telling-verb" and _plain_verb_frame(an1, i1, j1, an2, i2, j2):
                continue  # "hoped to travel" ... "hopes to travel": a plain verb frame told of a new time
            if _opens_sentence(an1, i1) and _opens_sentence(an2, i2) and not long_telling and (
                    n < 5 or sentence_no(s2, i2) - sentence_no(s1, i1) <= 3):
                continue  # parallel openers ("If it feels damp ... If it feels dry") are deliberate;
                # a five-word opener said again pages later is not parallelism
            # Five words or more said again word for word is a lapse whatever they are about.
            if deliberate(s1, i1, s2, i2, gkey, telling):
                continue
            if not telling and _callback(an1, i1, an2, i2):
                continue
            head = next((w for w in reversed(gkey) if w not in _FUNCTION), "")
            if not telling and n < 5 and freq[head] >= 3 and head not in _COMMON:
                continue  # the head noun runs through the article: "the inner solar system" is a term
            if (telling and n <= 4 and gkey[1] in _OBJECT_DETERMINERS and freq[head] >= 3 and head not in _COMMON
                    and "VERB" in lemmas(an2.tokens[i2].text) and not any(w in _DEGREE for w in gkey)):
                continue  # "joined the club": a plain verb acting on the article's subject, a fact told twice
            if not telling and (_post_of(an2, i2, j2) or _definite_compound(an2, i2, j2)):
                continue  # "the trust's finance director" names a person, "the heat pump grant" a thing
            if segs[s2][1].kind == "list_item" and (_opens_sentence(an2, i2) or n < 5 and segs[s1][1].kind != "list_item"):
                continue  # a list item spelling out a feature named earlier ("- Reserve printed books"),
                # or a step restating what the introduction promised ("... until bubbling at the edges")
            if s1 == 0 and s2 == len(segs) - 1 and _reworded(an1, i1, j1, an2, i2, j2):
                continue  # the closing paragraph returns, reworded, to the opening scene ("three looms
                # still clatter every weekday morning" ... "the looms keep clattering every weekday morning")
            earlier = an1.text[an1.tokens[i1].start : an1.tokens[j1].end]
            if far and _denial(an2, i2, j2):
                continue  # "... is not the real thing." said again pages later: a denial repeated is a refrain
            if far and s2 >= len(segs) - 2 and not telling and _named_thing(an2, i2, j2):
                continue  # the closing paragraph naming a thing again ("along the outer harbour wall")
            # (Any other phrase of the opening taken up far back in the closing paragraph is not let
            # off as a callback: on the training sets such a single far echo was the writer's lapse
            # 8 times to 3 deliberate frames; a frame echoes two phrases, the mirror test below.)
            if far:
                # "Ask how much salt" ... "asked how much salt": a phrase reworked for a new
                # sentence is an echo (it counts for a mirror below), not a slip of the pen.
                verbatim = _surface(an1, i1, j1) == _surface(an2, i2, j2)
                # short plain echoes and the rest are counted apart: two short plain phrases of one
                # paragraph said again far on do not make a telling phrase between them a mirror
                mirrored[(s1, s2, telling or n >= 5)].append((s2, an2.tokens[i2], an2.tokens[j2], earlier, verbatim))
                continue
            if not telling and _noun_variant(an1, i1, j1, an2, i2, j2):
                continue  # "a limit on travel distance" ... "limits on travel distance": a term named in
                # the singular and the plural (or as a kindred noun), not a phrase remembered
            emit(s2, an2.tokens[i2], an2.tokens[j2], earlier,
                 f"repeated-phrase:{_telling_kind(an2, i2, j2)}" if telling else "repeated-phrase:plain")
    # A closing paragraph that echoes two or more phrases of one early paragraph mirrors it on
    # purpose (an essay ending on its opening scene); a single far echo is a lapse.
    for (m1, m2, cls), echoes in mirrored.items():
        # Windows of one long phrase overlap; the longest comes first.
        kept: list[tuple[int, Token, Token, str, bool]] = []
        for e in echoes:
            if not any(e[1].index <= k[2].index and k[1].index <= e[2].index for k in kept):
                kept.append(e)
        if m2 >= len(segs) - 2 and (m1, m2, not cls) in mirrored and _distinct(
                [*echoes, *mirrored[(m1, m2, not cls)]]) >= 2:
            continue  # the closing paragraph frames the article with two phrases of one early
            # paragraph, of both kinds ("On the first crossing of the year the gulls follow the wake")
        if len(kept) == 1 and (kept[0][4] or kept[0][2].index - kept[0][1].index >= 4):
            # a short phrase reworked pages later ("comes from burning" ... "came from burning")
            # is the same fact told again, not the same words remembered
            emit(*kept[0][:4], "repeated-phrase:far")

    # 3. Adjective-noun pairs in either order, used exactly twice.
    pairs: dict[tuple[str, ...], list[tuple[int, Token, Token]]] = defaultdict(list)
    surface: Counter[str] | None = None  # counts of the surface forms, made when first needed
    said_pairs = Counter(map(_THIRD, chain.from_iterable(prof.pairs for prof in profiles)))
    for si, prof in enumerate(profiles):
        toks = analyses[si][1].tokens
        for ka, kb, pkey0 in prof.pairs:
            if said_pairs[pkey0] == 2:  # a pair said more or less often is never flagged
                pairs[pkey0].append((si, toks[ka], toks[kb]))
    for pkey, pocc in pairs.items():
        if len(pocc) != 2 or len(pkey) != 2:
            continue
        (s1, a1, b1), (s2, a2, b2) = pocc
        # A stock description ("rising tensions", "quietly devastating") is remembered for a page.
        if position(s2, a2.index) - position(s1, a1.index) > MAX_TELLING_DISTANCE_WORDS:
            continue
        if deliberate(s1, a1.index, s2, a2.index, pkey) and not (
                (_degree_pair(a1, b1) or _degree_pair(a2, b2) or _judging_pair(a1, b1) or _judging_pair(a2, b2))
                and not all(w in topic for w in pkey)):
            continue  # the subject named in the title; a judgement ("quietly devastating" under "a
            # quiet film") is the subject only when all its words are the title's
        if not (_modifier_pair(a1, b1) or _modifier_pair(b1, a1) or _degree_pair(a1, b1) or _degree_pair(a2, b2)
                    or _verb_degree_pair(a1, b1) or _judging_pair(a1, b1) or _judging_pair(a2, b2)):
            continue
        if (a1.lower == a2.lower and not (_modifier_pair(a1, b1) or _modifier_pair(a2, b2) or _degree_pair(a1, b1)
                                          or _degree_pair(a2, b2) or _verb_degree_pair(a1, b1) or _judging_pair(a1, b1)
                                          or _judging_pair(a2, b2))):
            # the participle after its noun both times ("roots growing out of the holes" ... "while
            # the roots grow"): a subject and its verb told twice, never the stock description
            # "rising tensions" ... "tensions rising"
            continue
        words = (a1.lower, b1.lower)
        if surface is None:
            surface = Counter(chain.from_iterable(prof.lowers for prof in profiles))
        if any(surface[w] > 2 for w in words if _looks_modifier(w)) or all(surface[w] > 2 for w in words):
            continue
        if any(w in _COMMON for w in pkey):
            continue
        if (segs[s1][1].kind == "list_item") != (segs[s2][1].kind == "list_item") and not (
                _judging_pair(a1, b1) or _judging_pair(a2, b2) or _degree_pair(a1, b1) or _degree_pair(a2, b2)):
            continue  # a term in a list and in the prose around it ("- cut hollow stems"; "take-home pay")
        an1 = analyses[s1][1]
        emit(s2, a2, b2, an1.text[a1.start : b1.end], "repeated-phrase:pair")
    return out


def _named_thing(an: Analysis, i: int, j: int) -> bool:
    """Is the window "the" and plain words ending in a concrete noun, with no judging word
    ("the outer harbour wall"; not "the biggest fundraising event")? The name of a thing."""
    words = [t for t in an.tokens[i : j + 1] if t.is_word]
    if words and words[0].lower == "the":
        words = words[1:]
    elif not (i and an.tokens[i - 1].lower == "the"):
        return False
    if not words or not _plain_noun(words[-1]) or not _concrete(words[-1].lower):
        return False
    return not any(w.lower in _evaluative() or w.lower.endswith("est") for w in words)


def _distinct(echoes: list[tuple[int, Token, Token, str, bool]]) -> int:
    """How many phrases the echoes of one pair of paragraphs make: overlapping windows of one long
    phrase count once."""
    kept: list[tuple[int, Token, Token, str, bool]] = []
    for e in sorted(echoes, key=lambda e: e[1].index - e[2].index):
        if not any(e[1].index <= k[2].index and k[1].index <= e[2].index for k in kept):
            kept.append(e)
    return len(kept)


# Words too plain to make a phrase memorable: light verbs, indefinite pronouns ("you want to get",
# "did not say anything"): a frame of the language, not a turn of phrase.
_LIGHT_WORDS = ("be is are was were been have has had having do does did doing done get gets got getting go goes "
                "went going gone make makes made making take takes took taking taken want wants wanted wanting need "
                "needs needed needing say says said saying see sees saw seen know knows knew known come comes came "
                "coming give gives gave given put puts putting let lets keep keeps kept keeping try tries tried "
                "seem seems seemed look looks looked think thinks thought use uses used anything something nothing "
                "everything anyone someone everyone nobody somebody everybody anybody")
_LIGHT_STEMS = frozenset(stem(w) for w in _LIGHT_WORDS.split()) | frozenset(_LIGHT_WORDS.split())
# Periods and units a rate is counted in ("acre-feet a year", "litres a day", "cups a day").
_RATE_PERIODS = frozenset(["year", "month", "week", "day", "night", "hour", "minute", "second", "season", "term",
                           "game", "match", "head", "person", "serving", "visit", "trip", "fortnight", "decade",
                           "century", "quarter", "shift", "session", "lap", "mile", "kilometre", "kilometer",
                           # units of area, weight and volume a yield or a price is given in ("tonnes a hectare")
                           "hectare", "acre", "kilo", "kilogram", "tonne", "ton", "pound", "litre", "liter",
                           "gallon", "bushel", "unit", "share", "metre", "meter", "foot", "square"])


# Prepositions of time: "during the day" twice is one time named again.
_TIME_PREPOSITIONS = frozenset(["during", "until", "till", "since", "after", "before", "for", "with", "without"])


def _title_before_name(an: Analysis, j: int) -> bool:
    """Does the window end in a noun right before a capitalised name in mid-sentence ("rural
    financial counsellor Lyn Paterson", "said head coach Amy Tan")? The phrase is a role worn as a
    title, which reports repeat as a label."""
    if j + 1 >= len(an.tokens):
        return False
    nxt, last = an.tokens[j + 1], an.tokens[j]
    if not (nxt.is_word and nxt.is_cap and nxt.sentence == last.sentence and nxt.start == last.end + 1):
        return False
    return "NOUN" in lemmas(last.text) and not lemmas(nxt.text).keys() - {"NOUN"} and nxt.text[:1].isupper()


_IDIOM_PARTICLES = frozenset(["into", "over", "after", "on", "off", "up", "out", "through", "away", "down"])


def _verb_idiom(an: Analysis, i: int, j: int) -> bool:
    """Three words: an inflected content verb, a noun or adverb, and a particle or preposition
    that ends the phrase ("breathed life into", "lingers long after", "eyes glaze over"): a verb
    idiom whose object changes, said again."""
    words = [t for t in an.tokens[i : j + 1] if t.is_word]
    if len(words) != 3 or words[2].lower not in _IDIOM_PARTICLES:
        return False
    first, mid = words[0], words[1]
    if mid.lower in _FUNCTION or first.lower in _FUNCTION:
        return False
    verb, other = (first, mid) if "VERB" in lemmas(first.text) and first.lower not in _LIGHT_STEMS else (mid, first)
    vforms = lemmas(verb.text)
    if "VERB" not in vforms or verb.lower in _LIGHT_STEMS or stem(verb.lower) in _LIGHT_STEMS:
        return False
    return verb.lower != vforms["VERB"][0].lower() or verb is mid  # "breathed", "lingers"; "eyes glaze"


_VERB_LEADS = frozenset(["to", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "i", "you",
                         "we", "they", "he", "she", "it", "who", "which", "that", "does", "did", "do"])


def _noun_variant(an1: Analysis, i1: int, j1: int, an2: Analysis, i2: int, j2: int) -> bool:
    """Do the two windows differ only in nouns said in another number or form ("limit"/"limits",
    "education"/"educators"), none of them used as a verb?"""
    w1 = [t for t in an1.tokens[i1 : j1 + 1] if t.is_word]
    w2 = [t for t in an2.tokens[i2 : j2 + 1] if t.is_word]
    if len(w1) != len(w2):
        return False
    differ = [(a, b) for a, b in zip(w1, w2, strict=True) if a.lower != b.lower]
    if not differ:
        return False
    for a, b in differ:
        for an, t in ((an1, a), (an2, b)):
            prev = an.tokens[t.index - 1] if t.index else None
            nxt = an.tokens[t.index + 1] if t.index + 1 < len(an.tokens) else None
            if ("NOUN" not in lemmas(t.text) or prev is not None and prev.lower in _VERB_LEADS
                    or nxt is not None and nxt.lower in _NP_DETERMINERS):
                return False  # "face an uncertain future" ... "facing an uncertain future": a verb
    return True


_LABEL_LINE = re.compile(r"[*_]*[A-Z][\w'’]*(?: [\w'’]+){0,1}[*_]*:[*_]* ")


def _listish(seg: ProseSegment) -> bool:
    """A list item, or a line under a short label ("**Cons:** smaller store, ...", "Verdict: ..."):
    a summary of what the text said."""
    return seg.kind == "list_item" or _LABEL_LINE.match(seg.text) is not None


def _one_hyphenated(an: Analysis, i: int, j: int) -> bool:
    """Is the window one hyphenated word ("pass-to-pass", "door-to-door")?"""
    return i == j and "-" in an.tokens[i].lower.strip("-")


def _rate_frame(an: Analysis, i: int, j: int) -> bool:
    """The window holds, or runs into, a noun and "a"/"an" + a period ("acre-feet a year", "four
    cups a day", "hours a week"): a rate, a measure's name. ("cuts the cottage off twice a day":
    an adverb before it, a lapse like any other.)"""
    toks = an.tokens
    end = min(len(toks), j + 3)
    for k in range(i + 1, end - 1):
        if toks[k].lower not in ("a", "an") or toks[k + 1].lower.rstrip("s") not in _RATE_PERIODS:
            continue
        prev = toks[k - 1]
        if not prev.is_word:
            continue
        last = prev.lower.rsplit("-", 1)[-1]
        forms = lemmas(last)
        if "NOUN" in forms and "ADV" not in forms and not last[:1].isdigit():
            return True
    return False


def _answers(analyses: list[tuple[Located, Analysis]], s1: int, i1: int, s2: int, i2: int) -> bool:
    """Is the first use in a question and the second in the answer right after it (the rest of
    the question's paragraph, or the next paragraph)?"""
    an1 = analyses[s1][1]
    sent = an1.sentences[an1.tokens[i1].sentence]
    if not an1.text[sent.start : sent.end].rstrip(" *_\"”'’").endswith("?"):
        return False
    if s2 == s1:
        return an1.tokens[i2].sentence == an1.tokens[i1].sentence + 1
    return s2 == s1 + 1 and analyses[s2][1].tokens[i2].sentence <= 1


def _same_frame_after(an: Analysis, i1: int, i2: int) -> bool:
    """Do the two halves of a sentence split by a semicolon open alike (the same first word: "on
    easy runs ...; on tempo runs ...")?"""
    def opening(i: int) -> str:
        k = i
        while k > 0 and an.tokens[k - 1].text not in (";", ",", ":") and an.tokens[k - 1].sentence == an.tokens[i].sentence:
            k -= 1
        return an.tokens[k].lower
    return opening(i1) == opening(i2)


_COPULAS = frozenset(["is", "was", "are", "were", "be", "isn't", "wasn't", "aren't", "weren't", "isn’t", "wasn’t"])


def _denial(an: Analysis, i: int, j: int) -> bool:
    """Is the window a denial: a copula and "not" ("is not the real thing", "was not enough")?"""
    words = [t.lower for t in an.tokens[i : j + 1] if t.is_word]
    if len(words) < 3:
        return False
    if words[0] in _COPULAS:
        words = words[1:]
    return words[0] in ("not", "never") or words[0].endswith(("n't", "n’t"))


_KINDS = frozenset(["kind", "kinds", "type", "types", "sort", "sorts", "form", "forms", "variety", "varieties",
                    "class", "classes", "category", "categories", "brand", "brands", "make", "makes", "model",
                    "models", "grade", "grades", "breed", "breeds", "species", "strain", "strains"])


def _kind_of(an: Analysis, i: int, j: int) -> bool:
    """The window is a word of kind, "of" and a plain noun ("kinds of storage", "a type of loan",
    "the breed of sheep"): a category of the subject named again."""
    words = [t for t in an.tokens[i : j + 1] if t.is_word]
    if words and (words[0].lower in _NP_DETERMINERS or words[0].lower in _NUMBER_WORDS):
        words = words[1:]
    return (len(words) == 3 and words[0].lower in _KINDS and words[1].lower == "of"
            and _plain_thing_word(words[2]) and words[2].lower not in _evaluative())


def _participle_compound(an: Analysis, i: int, j: int) -> bool:
    """The window is a plain participle and a two-noun compound ("drifting ice stations"), with a
    determiner before it at most: the name of a kind of thing. A stock participle ("rising sea
    levels", ``phrase_modifiers.txt``) or a judging one makes it a description."""
    words = [t for t in an.tokens[i : j + 1] if t.is_word]
    if words and words[0].lower in _NP_DETERMINERS:
        words = words[1:]
    if len(words) != 3:
        return False
    part, *nouns = words
    p = part.lower
    if not p.endswith("ing") or set(lemmas(part.text)) != {"VERB"} or p in _modifiers() or p in _evaluative():
        return False
    return all("NOUN" in (forms := lemmas(t.text)) and "ADJ" not in forms and t.lower not in _evaluative()
               and t.lower not in _FUNCTION for t in nouns)


def _question_line(an: Analysis) -> bool:
    """Is the paragraph one question ("**What's the hardest part of the job?**")?"""
    return len(an.sentences) == 1 and an.text.rstrip(" *_\"”'’").endswith("?")


def _sentence_words(an: Analysis, i: int) -> list[Token]:
    s = an.sentences[an.tokens[i].sentence]
    return [t for t in an.tokens[s.first : s.last] if t.is_word]


def _refrain(an1: Analysis, i1: int, j1: int, an2: Analysis, i2: int, j2: int) -> bool:
    """The phrase closes its sentence both times, and one of the two sentences is short and
    mostly the phrase ("She did not say anything." ... "She did not say anything."; "But it is
    not the real thing."): a refrain, said again on purpose."""
    short = False
    for an, i, j in ((an1, i1, j1), (an2, i2, j2)):
        words = _sentence_words(an, i)
        if not words or words[-1].index != j:
            return False
        outside = [t for t in words if not i <= t.index <= j]
        if len(outside) <= 2 or len(outside) <= 4 and all(t.lower in _FUNCTION for t in outside):
            short = True
    return short


@dataclass(frozen=True)
class _Profile:
    stems: tuple[str, ...]
    lowers: tuple[str, ...]
    parts: tuple[str, ...]  # stems of the parts of hyphenated words
    # phrase-able word runs: (token index of each stem, the stems); a hyphenated word gives a
    # stem for each part, all with its token index
    runs: tuple[tuple[tuple[int, ...], tuple[str, ...]], ...]
    pairs: tuple[tuple[int, int, tuple[str, ...]], ...]  # adjacent content words, their stems sorted
    index: tuple[int, ...]  # the token index of each word, in order


@lru_cache(maxsize=8192)
def _profile(text: str) -> _Profile:
    """Everything the document-wide rule needs from one segment, cached by its text: one pass
    over the words (a run breaks where the next usable word is not the next token)."""
    an = analyse_cached(text)
    toks = an.tokens
    words = an.words
    infos = list(map(_WORD_INFO.__getitem__, map(_TEXT, words)))  # one table read per word
    runs: list[tuple[tuple[int, ...], tuple[str, ...]]] = []
    parts: list[str] = []
    pairs: list[tuple[int, int, tuple[str, ...]]] = []
    ids: list[int] = []
    sts: list[str] = []
    sentence = -1  # of the last word
    last = -2  # token index of the last usable word (a filler adverb too) in this sentence
    content = -2  # token index of the last usable content word
    content_end = -1
    content_stem = ""
    for t, (_, st, usable, usable_first, got, is_content) in zip(words, infos, strict=True):
        # Usable words: any word not starting with a digit; a capitalised one only as its
        # sentence's first word, written "Xxx" or "X" ("A grown-up ..." opens it); names never
        # are. Quotations count here: a writer who echoes a quote's stock phrase still repeats it.
        k = t.index
        if t.sentence != sentence:
            sentence = t.sentence
            if not usable_first:
                continue
            first = True
        elif not usable:
            continue
        else:
            first = False
        if first or not (k == last + 1 or k == last + 2 and toks[k - 1].text in ("-", "‐")):
            # a new run: this sentence's first usable word, or a word after a break ("precision-
            # farming boom" and "precision farming boom" are one run: a hyphen is no break)
            if len(ids) >= MIN_N:
                runs.append((tuple(ids), tuple(sts)))
            ids = []
            sts = []
        last = k
        if got is not None:  # a filler adverb is left out: "the wind will (finally) ease" is one phrase
            if len(got) == 1:
                ids.append(k)
                sts.append(st)
            else:
                ids.extend([k] * len(got[1]))
                sts.extend(got[1])
                parts.extend(got[1])
        if is_content:  # adjacent content words (not "soft-boiled" split at a hyphen)
            if content == k - 1 and not first and content_end != t.start:
                # the pair's stems in a fixed order (one stem when both are one word)
                pairs.append((content, k, (content_stem, st) if content_stem < st
                              else (st, content_stem) if content_stem != st else (st,)))
            content = k
            content_end = t.end
            content_stem = st
    if len(ids) >= MIN_N:
        runs.append((tuple(ids), tuple(sts)))
    return _Profile(
        tuple(map(_I_STEM, infos)),  # in word order
        tuple(map(_I_LOW, infos)),
        tuple(parts),
        tuple(runs),
        tuple(pairs),
        tuple(map(_INDEX, words)),
    )


def _word_info(text: str) -> tuple[str, str, bool, bool, tuple[str] | tuple[str, list[str]] | None, bool]:
    """What ``_profile`` needs of a word as written: (lower case, stem, usable inside a sentence,
    usable opening it, how it enters a phrase run (``_run_form``), a content word)."""
    low = text.lower()
    digit = low[:1].isdigit()
    cap = text[0].isupper()
    return (low, _STEM[low], not digit and not cap,
            not digit and (not cap or text[1:].islower() or len(text) == 1), _RUN_FORM[low], low not in _FUNCTION)


_TEXT = attrgetter("text")
_I_LOW = itemgetter(0)
_I_STEM = itemgetter(1)
_FIRST = itemgetter(0)
_THIRD = itemgetter(2)
_INDEX = attrgetter("index")


def _run_form(low: str) -> tuple[str] | tuple[str, list[str]] | None:
    """How a usable word form enters a phrase run: None for a filler adverb (left out), (stem,)
    for a plain word, ("-", [stems of the parts]) for a hyphenated one."""
    if _is_filler_adverb(low):
        return None
    if "-" in low and "-" in low.strip("-"):
        return ("-", [_STEM[part] for part in low.split("-") if part])
    return (_STEM[low],)


_FILLER_ADVERBS = frozenset(["finally", "also", "still", "just", "even", "really", "now", "then", "again", "only"])


@lru_cache(maxsize=65536)
def _is_filler_adverb(word: str) -> bool:
    # "-ly" words that are adjectives too ("likely", "costly", "elderly") are words of the phrase
    return word in _FILLER_ADVERBS or (word.endswith("ly") and len(word) > 5 and word not in ("family", "early", "only")
                                       and "ADJ" not in lemmas(word))


# Per word form (lower case): its stem, and how it enters a phrase run.
_STEM: WordTable[str] = WordTable(stem, __name__)
_RUN_FORM: WordTable[tuple[str] | tuple[str, list[str]] | None] = WordTable(_run_form)
# Per word as written (case decides whether it may open a phrase): ``_word_info``.
_WORD_INFO: WordTable[tuple[str, str, bool, bool, tuple[str] | tuple[str, list[str]] | None, bool]] = \
    WordTable(_word_info, __name__)


@cache
def _modifiers() -> frozenset[str]:
    return data.word_set("phrase_modifiers.txt")


def _looks_modifier(stemmed: str) -> bool:
    return "-" in stemmed or stemmed.endswith("ing")


def _modifier_pair(mod: Token, noun: Token) -> bool:
    m = mod.lower
    if "NOUN" not in lemmas(noun.text):
        return False
    if m in _NEUTRAL_MODIFIERS:
        return False  # "ongoing talks", "long-term funding": the plain words of a report, not colour
    if m in _modifiers():
        return True  # a participle or stock compound ("rising", "soaring"); technical compounds
        # such as "write-ahead" or "air-source" name the subject and are meant to recur
    if "-" in m.strip("-") and _simile_compound(m):
        return True
    forms = lemmas(mod.text)
    return m.endswith("ing") and "ADJ" in forms and "NOUN" not in forms


# Stock modifiers that only place a thing in time or rank ("ongoing", "long-term", "leading"):
# news prose uses them as plainly as "recent" or "main", so a pair with one is no turn of phrase.
_NEUTRAL_MODIFIERS = frozenset(
    ["ongoing", "increasing", "falling", "declining", "leading", "emerging", "evolving", "long-term", "short-term",
     "long-standing", "long-lasting", "high-profile", "fast-growing", "lasting", "pressing"]
)
_NOT_SIMILE = frozenset(["free", "based", "related", "led", "wide", "level", "scale", "term", "time", "style", "like",
                         "only", "owned", "run", "made", "sized", "friendly", "proof", "ready", "rich", "specific"])


@lru_cache(maxsize=4096)
def _simile_compound(word: str) -> bool:
    """A noun and an adjective that make a picture ("tinder-dry", "razor-thin", "world-famous"),
    not a technical compound ("air-source", "low-level", "gluten-free")."""
    parts = word.split("-")
    if len(parts) != 2:
        return False
    first, last = lemmas(parts[0]), lemmas(parts[1])
    return "NOUN" in first and "ADJ" not in first and "ADJ" in last and parts[1] not in _NOT_SIMILE


# Degree adverbs too plain to make a pair memorable ("relatively small", "slightly higher").
_PLAIN_ADVERBS = frozenset(
    ["very", "quite", "relatively", "slightly", "fairly", "rather", "pretty", "too", "so", "less", "more", "most",
     "highly", "largely", "mostly", "mainly", "partly", "roughly", "nearly", "almost", "only", "really",
     "particularly", "especially", "generally", "usually", "typically", "increasingly", "recently", "newly",
     "previously", "currently", "finally", "initially", "publicly", "widely", "fully", "directly", "early",
     "likely", "probably", "possibly", "certainly", "clearly", "simply", "entirely", "completely", "totally",
     "significantly", "substantially", "considerably", "broadly", "locally", "nationally", "legally",
     "financially", "economically", "politically", "technically", "physically", "mentally", "socially",
     "environmentally", "internationally", "commercially", "officially", "jointly", "separately", "daily",
     "weekly", "monthly", "annually", "family", "only", "ugly", "friendly", "holy", "lonely", "lovely"]
)


def _verb_degree_pair(verb: Token, adv: Token) -> bool:
    """A verb and a judging adverb after it ("climbed steeply", "fell sharply", "rose
    dramatically"): a description of a change, remembered like "quietly devastating"."""
    a = adv.lower
    if not a.endswith("ly") or a in _PLAIN_ADVERBS or "ADV" not in lemmas(adv.text):
        return False
    base = a[:-4] if a.endswith("ally") else a[:-3] + "y" if a.endswith("ily") else a[:-2]
    if base not in _evaluative():
        return False
    forms = lemmas(verb.text)
    return "VERB" in forms and verb.lower != forms["VERB"][0]  # an inflected verb: fell, rising, climbed


def _judging_pair(adj: Token, noun: Token) -> bool:
    """A judging adjective on its noun ("a sobering moment", "a glaring gap"): a description the
    reader remembers, unlike a plain one that names a thing ("the north bank", "small farms")."""
    a = adj.lower
    return (not adj.is_cap and a in _evaluative() and a not in _PLAIN_JUDGING and "NOUN" in lemmas(noun.text)
            and not (a in _PHYSICAL and _concrete(noun.lower)))


def _degree_pair(adv: Token, adj: Token) -> bool:
    """An evaluative adverb before an adjective or participle ("quietly devastating", "deeply
    moving"), or "far" before a comparative ("far riskier")."""
    a, b = adv.lower, adj.lower
    forms = lemmas(adj.text)
    if a == "far":
        base = forms.get("ADJ")
        return base is not None and base[0] != b and b.endswith(("er", "ier"))
    if not a.endswith("ly") or a in _PLAIN_ADVERBS or "ADV" not in lemmas(adv.text) or "NOUN" in forms:
        return False
    return "ADJ" in forms or b.endswith(("ing", "ed")) and "VERB" in forms


# Words that make a phrase a judgement or a description rather than the name of a thing.
_DEGREE = frozenset(
    ["little", "never", "no", "not", "nothing", "quite", "very", "far", "too", "so", "whole", "ever", "always",
     "truly", "really", "entirely", "utterly", "hardly", "barely", "simply", "just", "even", "rather", "most",
     "least", "more", "less", "best", "worst", "better", "worse", "nobody", "none", "nowhere", "such", "only",
     "every", "worth", "worthwhile"]
)
_AUX = frozenset(
    ["is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "has", "have", "had", "will",
     "would", "can", "could", "may", "might", "should", "must", "shall", "won't", "can't", "isn't", "wasn't"]
)


@lru_cache(maxsize=65536)
def _word_telling(word: str) -> bool:
    """A degree word, a comparative or superlative, an -ing/-ed adjective or a verb-only word."""
    if word in _DEGREE or word in _AUX:
        return True
    forms = lemmas(word)
    if not forms:
        return False
    adj = forms.get("ADJ")
    if adj and "NOUN" not in forms and word.endswith(("er", "est")) and adj[0] != word:
        return True  # riskier, finest, lower
    if set(forms) == {"VERB"}:
        return True  # slipping, turned, found
    return bool(adj) and word.endswith("ing") and "NOUN" not in forms  # breathtaking, gripping


def _telling(an: Analysis, i: int, j: int) -> bool:
    """Does the phrase say something (a verb, a judgement, a degree), not just name a thing?"""
    toks = an.tokens
    prev = ""
    for t in toks[i : j + 1]:
        if not t.is_word:
            continue
        w = t.lower
        if _word_telling(w) or (prev == "to" and "VERB" in lemmas(w)) or w in _modifiers():
            return True
        prev = w
    return False


def _telling_kind(an: Analysis, i: int, j: int) -> str:
    """Which word makes the phrase say something, for the rule id: "telling-degree" (little,
    never, most), "telling-aux" (is, will, had), "telling-verb" or "telling-form" (a
    comparative, an -ing adjective, a stock modifier)."""
    words = [t.lower for t in an.tokens[i : j + 1] if t.is_word]
    if any(w in _DEGREE for w in words):
        return "telling-degree"
    if any(w in _AUX for w in words):
        return "telling-aux"
    before = ["", *words[:-1]]
    if any(set(lemmas(w)) == {"VERB"} or p == "to" and "VERB" in lemmas(w) for p, w in zip(before, words, strict=True)):
        return "telling-verb"
    return "telling-form"


_OBJECT_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "our", "his", "her"])
_DEFINITE = frozenset(["the", "this", "that", "these", "those", "each", "every", "such"])


def _callback(an1: Analysis, i1: int, an2: Analysis, i2: int) -> bool:
    """A thing introduced with "a"/a number and then named again with "the"/"each" is referred
    back to on purpose ("a grain of truth" ... "the grain of truth in the myth")."""
    def det(an: Analysis, i: int) -> str:
        k = i if an.tokens[i].lower in ("a", "an", "the") else i - 1
        while k >= 0 and not an.tokens[k].is_word:
            return ""
        return an.tokens[k].lower if k >= 0 else ""

    d1, d2 = det(an1, i1), det(an2, i2)
    first_indefinite = d1 in ("a", "an") or d1[:1].isdigit() or d1 in ("two", "three", "four", "five", "several", "some")
    return first_indefinite and d2 in _DEFINITE


_POSTS = frozenset(
    ["chief", "head", "chair", "chairman", "chairwoman", "chairperson", "coach", "secretary", "executive", "officer",
     "minister", "director", "manager", "spokesperson", "spokesman", "spokeswoman", "president", "leader", "editor",
     "founder", "owner", "boss", "captain", "governor", "mayor", "principal", "dean", "curator", "adviser",
     "advisor", "economist", "analyst", "correspondent", "commissioner", "superintendent", "inspector", "treasurer"]
)


def _post_of(an: Analysis, i: int, j: int) -> bool:
    """An organisation's post named with a possessive ("the club's head coach"), the window
    possibly stopping short of the post itself ("the county's chief fire | officer")."""
    words = _with_determiner(an, i, j)
    after = [t for t in an.tokens[j + 1 : j + 4] if t.is_word][:2]
    posts = [t for t in (*words[-1:], *after) if t.lower in _POSTS]
    return bool(words) and bool(posts) and any(t.lower.endswith(("'s", "’s")) for t in words)


def _with_determiner(an: Analysis, i: int, j: int) -> list[Token]:
    """The window's words with the determiner or possessive just before it ("the | heat pump grant")."""
    words = [t for t in an.tokens[i : j + 1] if t.is_word]
    k = i - 1
    while k >= 0 and k >= i - 2 and an.tokens[k].is_word and (
            an.tokens[k].lower in ("the", "this", "that", "these", "those", "its", "their", "our", "his", "her")
            or an.tokens[k].lower.endswith(("'s", "’s"))):
        words.insert(0, an.tokens[k])
        k -= 1
    return words


def _definite_compound(an: Analysis, i: int, j: int) -> bool:
    """A definite noun compound ("the heat pump grant", "the county's fire service") is the
    name of one known thing; an indefinite one ("a textbook example") describes."""
    words = _with_determiner(an, i, j)
    led = len(words) > 2 and words[0].lower in _PLACE_PREPOSITIONS | {"of", "for", "with"}
    if led:
        words = words[1:]  # "on | the council's roadworks"
    k = 0
    definite = False
    owner = False
    while k < len(words) and (words[k].lower in ("the", "this", "that", "these", "those", "its", "their", "our",
                                                 "his", "her") or words[k].lower.endswith(("'s", "’s"))):
        definite = True
        # "the district's": an owner's thing; "today's", "a year's" are times
        owner = owner or words[k].lower.endswith(("'s", "’s")) and words[k].lower[:-2] not in _TIME_OWNERS
        k += 1
    nouns = words[k:]
    if owner and nouns and all(_owned_noun(t, last=t is nouns[-1]) for t in nouns):
        return True  # "the district's recycling rate", "the council's roadworks": a body's own thing
    return not led and definite and len(nouns) >= 2 and all(
        "NOUN" in lemmas(t.text) and "VERB" not in lemmas(t.text) or "NOUN" in lemmas(t.text) and not t.lower.endswith(("ing", "ed"))
        for t in nouns)


_TIME_OWNERS = frozenset(["today", "yesterday", "tomorrow", "year", "week", "month", "day", "night", "season",
                          "decade", "century", "hour", "minute", "moment", "life", "lifetime", "world", "nation"])


def _owned_noun(t: Token, last: bool) -> bool:
    """A word naming an owner's thing: a noun ("recycling" before its noun too), or an unknown
    lower-case word ("roadworks"); not a judging word, a degree word or a stock modifier."""
    w = t.lower
    if t.is_cap or w in _DEGREE or w in _evaluative() or w in _modifiers() or "-" in w:
        return False
    forms = lemmas(t.text)
    if not forms:
        return w.isalpha()
    if "NOUN" not in forms:
        return False
    return not last or "VERB" not in forms or not w.endswith(("ing", "ed"))


def _plain_noun(tok: Token) -> bool:
    """A noun, not a gerund; also one the lexicon lists as an adjective too ("the bay", "the
    light"), but not a comparative or superlative ("the best")."""
    forms = lemmas(tok.text)
    if "NOUN" not in forms or tok.lower.endswith("ing"):
        return False
    adj = forms.get("ADJ")
    return adj is None or adj[0] == tok.lower and not tok.lower.endswith(("er", "est"))


_PLACE_LEADS = _PLACE_PREPOSITIONS | {"out", "of", "off", "up", "down"}


def _place_frame(an: Analysis, i: int, j: int) -> bool:
    """The window is a preposition of place (one or two: "out of"), a determiner, at most one noun
    sorting the next and a physical thing ("out of the drainage holes", "into the kitchen sink"):
    where a thing is, which instructions and reports name again on purpose. An adjective makes it
    a turn of phrase ("on the right track", "on the bright side")."""
    words = [t.lower for t in an.tokens[i : j + 1] if an.tokens[i].is_word and t.is_word]
    k = 0
    while k < min(2, len(words)) and words[k] in _PLACE_LEADS:
        k += 1
    if k == 0 or k >= len(words) or words[k] not in _NP_DETERMINERS:
        return False
    mods = words[k + 1 : -1]
    return len(mods) <= 1 and all(map(_noun_adjunct, mods)) and len(words) > k + 1 and _concrete(words[-1])


def _noun_adjunct(word: str) -> bool:
    """A noun sorting another (\"drainage\" holes), not an adjective (\"the right track\")."""
    forms = lemmas(word)
    return "NOUN" in forms and "ADJ" not in forms


def _one_compound(an: Analysis, i: int, j: int) -> bool:
    """The window is one hyphenated noun, alone after a determiner or possessive or with it ("my
    mother-in-law", "the check-in"): a compound word named again. Not a hyphenated modifier on
    a noun after it ("a once-in-a-lifetime trip")."""
    words = [t for t in an.tokens[i : j + 1] if t.is_word]
    if len(words) == 2 and words[0].lower in _NP_DETERMINERS:
        words = words[1:]
    elif len(words) == 1 and i > 0:
        prev = an.tokens[i - 1]
        if not prev.is_word or prev.lower not in _NP_DETERMINERS:
            return False
    if len(words) != 1 or "-" not in words[0].lower.strip("-"):
        return False
    nxt = an.tokens[j + 1] if j + 1 < len(an.tokens) else None
    return nxt is None or not nxt.is_word or "NOUN" not in lemmas(nxt.text) or nxt.lower in _FUNCTION


def _parallel_items(segs: list[Located], analyses: list[tuple[Located, Analysis]], s1: int, i1: int, j1: int,
                    s2: int, i2: int, j2: int) -> bool:
    """Two list items in a row, the phrase opening both or closing both: a parallel list."""
    if segs[s1][1].kind != "list_item" or segs[s2][1].kind != "list_item":
        return False
    an1, an2 = analyses[s1][1], analyses[s2][1]
    if i1 == an1.words[0].index and i2 == an2.words[0].index:
        return True
    return j1 == an1.words[-1].index and j2 == an2.words[-1].index


def _stock_shape(an: Analysis, i: int, j: int) -> bool:
    """Three words that are not the name of a thing though they hold two content words: a
    superlative on its noun ("the safest bet", "the finest hour") is a judgement."""
    words = [t for t in an.tokens[i : j + 1] if t.is_word]
    if len(words) == 2 and "-" in words[0].lower and words[0].lower.split("-", 1)[0] in _SUPERLATIVE_PARTS:
        return "NOUN" in lemmas(words[1].text)  # "(the three) hardest-hit towns": a count broke the run
    if len(words) != 3 or words[0].lower not in _DEFINITE_OWNERS:
        return False
    _, adj, noun = words
    if "NOUN" not in lemmas(noun.text) or "VERB" in lemmas(noun.text) and noun.lower.endswith("s"):
        return False
    low = adj.lower
    if low in ("best", "worst") or "-" in low and low.split("-", 1)[0] in _SUPERLATIVE_PARTS:
        return True  # "your best friend", "the hardest-hit towns": a judgement said again
    forms = lemmas(adj.text)
    base = forms.get("ADJ")
    return base is not None and adj.lower.endswith("est") and base[0] != adj.lower and "NOUN" not in forms


_DEFINITE_OWNERS = frozenset(["the", "your", "my", "our", "their", "his", "her", "its"])
# First parts of a superlative compound ("hardest-hit", "best-loved", "worst-affected").
_SUPERLATIVE_PARTS = frozenset(["best", "worst", "hardest", "most", "least", "longest", "highest", "biggest",
                                "fastest", "finest", "greatest", "oldest", "worst-hit"])


def _opens_clause(an: Analysis, i: int) -> bool:
    """The token opens its sentence or follows a comma, semicolon, dash or coordinator."""
    k = i - 1
    while k >= 0 and an.tokens[k].text in ('"', "“", "‘", "'"):
        k -= 1
    if k < 0 or an.tokens[k].sentence != an.tokens[i].sentence:
        return True
    prev = an.tokens[k]
    if prev.lower in ("and", "but", "or", "nor", "then", "yet"):
        return True
    return prev.text in (",", ";", ":", "—", "–")


@cache
def _evaluative() -> frozenset[str]:
    return data.word_set("evaluative_adjectives.txt")


def _described_thing(an: Analysis, i: int, j: int) -> bool:
    """"a/an + plain adjective + noun": a thing described by what it is ("a stuffy nose", "a
    consistent snapshot", "an open fire"), named again; a judging adjective ("a huge milestone",
    "a grim reminder") or a compound ("a once-in-a-generation chance") makes it a flourish."""
    words = [t for t in an.tokens[i : j + 1] if t.is_word]
    if len(words) != 3 or words[0].lower not in ("a", "an"):
        return False
    adj, noun = words[1].lower, words[2]
    if "-" in adj or adj in _evaluative() or adj in _modifiers() or adj.endswith(("est", "ing")):
        return False
    forms = lemmas(adj)
    if forms and "ADJ" not in forms:
        return False  # "a cliff edge": a noun used as a picture
    return "NOUN" in lemmas(noun.text)


def _reworded(an1: Analysis, i1: int, j1: int, an2: Analysis, i2: int, j2: int) -> bool:
    """The phrase, or the word just before it, comes back in another form ("still clatter every
    weekday morning" ... "keep clattering every weekday morning")."""
    if _surface(an1, i1, j1) != _surface(an2, i2, j2):
        return True
    w1 = next((t for t in reversed(an1.tokens[max(0, i1 - 2) : i1]) if t.is_word), None)
    w2 = next((t for t in reversed(an2.tokens[max(0, i2 - 2) : i2]) if t.is_word), None)
    return w1 is not None and w2 is not None and w1.lower != w2.lower and stem(w1.lower) == stem(w2.lower)


_COORDINATORS = frozenset(["and", "but", "or", "nor", "yet", "while", "whereas"])
_SUBJECT_PRONOUNS = frozenset(["i", "we", "you", "he", "she", "it", "they", "this", "that", "which", "who"])


def _coordinated(an: Analysis, i: int) -> bool:
    """Does the window open a coordinated clause: right after a coordinator or semicolon, its
    subject pronoun and an auxiliary possibly between ("..., and it can order the landlord")?"""
    k = i - 1
    if k >= 0 and an.tokens[k].lower in _AUX:
        k -= 1  # "..., and it can | suspend the licence"
    if k >= 0 and an.tokens[k].lower in _SUBJECT_PRONOUNS:
        k -= 1
    return k >= 0 and (an.tokens[k].lower in _COORDINATORS or an.tokens[k].text == ";")


# Openers of a sentence that sums up what came before.
_SUMMARY_OPENERS = (("in", "short"), ("in", "summary"), ("in", "sum"), ("to", "sum", "up"), ("to", "summarise"),
                    ("to", "summarize"), ("in", "conclusion"), ("to", "conclude"), ("all", "in", "all"),
                    ("in", "brief"), ("overall",), ("taken", "together"))


def _summary_sentence(an: Analysis, i: int) -> bool:
    """Does the window's sentence open with a summing-up phrase ("In short,", "To sum up,")?"""
    s = an.sentences[an.tokens[i].sentence]
    lows = [t.lower for t in an.tokens[s.first : min(s.last, s.first + 4)] if t.is_word]
    return any(tuple(lows[: len(o)]) == o for o in _SUMMARY_OPENERS)


_CONTRAST = frozenset(["but", "whereas", "unlike"])
_EVERY = frozenset([stem("every"), "every", "each"])  # "for every", "for each": a ratio, like "per"
_TIME_SUBORDINATORS = frozenset(["after", "since", "until", "till", "before", "when", "once"])


def _negated(an: Analysis, i: int) -> bool:
    """Is one of the two words before token ``i`` a negation ("does not | play it safe")?"""
    k, seen = i - 1, 0
    while k >= 0 and seen < 2:
        t = an.tokens[k]
        if t.is_word:
            w = t.lower
            if w in ("not", "never") or w.endswith(("n't", "n’t")):
                return True
            seen += 1
        k -= 1
    return False


def _sentence_head(an: Analysis, i: int) -> list[str]:
    """The first two words of the sentence holding token ``i``."""
    s = an.sentences[an.tokens[i].sentence]
    return [t.lower for t in an.tokens[s.first : min(s.last, s.first + 4)] if t.is_word][:2]


def _after_colon(an: Analysis, i: int) -> bool:
    """Is token ``i`` in a series after a colon in its sentence ("three levers: | lower a cost, ...")?"""
    s = an.sentences[an.tokens[i].sentence]
    return any(t.text == ":" for t in an.tokens[s.first : i])


def _contrasted(analyses: list[tuple[Located, Analysis]], s1: int, i1: int, j1: int, s2: int, i2: int, j2: int,
                gap: int) -> bool:
    """The second use is built on the first on purpose: a contrast in one sentence ("not for anyone
    who wants X, but a joy for anyone who wants Y"), a denial in the next ("could be forgiven for
    playing it safe. She does not play it safe."), two sentences in a row opening alike ("On the
    near side, the ocean is pulled ... On the far side, the Earth is pulled ..."), or an option of
    a list after a colon taken up as the subject of a sentence that follows."""
    an1, an2 = analyses[s1][1], analyses[s2][1]
    if gap == 0 and s1 == s2 and not _CONTRAST.isdisjoint(t.lower for t in an2.tokens[j1 + 1 : i2]):
        return True
    if gap <= 1 and _negated(an2, i2) and not _negated(an1, i1):
        return True
    k = i2 - 1
    while k > 0 and an2.tokens[k].lower in _NP_DETERMINERS:
        k -= 1  # "after | the | light was automated"
    if k >= 0 and an2.tokens[k].lower in _TIME_SUBORDINATORS and gap >= 1 and _telling(an2, i2, j2):
        return True  # "... until the light was automated in 1990. After the light was automated, he
        # worked as a guide": an event told earlier, named again as the time of another
    if gap == 1:
        head = _sentence_head(an2, i2)
        if len(head) == 2 and head == _sentence_head(an1, i1):
            return True
    return 1 <= gap <= 2 and _opens_sentence(an2, i2) and _after_colon(an1, i1)


def _noun_compound(an: Analysis, i: int, j: int) -> bool:
    """The window is three nouns or more in a row, a determiner before them at most ("a special
    needs assistant", "the school bus route"): a compound that names a thing or a role; no
    judging, picture or stock word among them."""
    words = [t for t in an.tokens[i : j + 1] if t.is_word]
    if words and words[0].lower in _NP_DETERMINERS:
        words = words[1:]
    if len(words) < 3:
        return False
    if not all("NOUN" in lemmas(t.text) and t.lower not in _FUNCTION and t.lower not in _evaluative()
               and t.lower not in _modifiers() and "-" not in t.lower and not t.lower.endswith("ing") for t in words):
        return False
    # after the first word, nouns only ("a long time coming" says something; "special needs" names)
    return all(set(lemmas(t.text)) <= {"NOUN", "VERB"} for t in words[1:]) and set(lemmas(words[-1].text)) == {"NOUN"}


def _quoted(an: Analysis, i: int, j: int) -> bool:
    return all(t.quoted for t in an.tokens[i : j + 1] if t.is_word)


def _binomial(an: Analysis, i: int, j: int) -> bool:
    """The window is "noun and/or noun", both plain nouns or two-noun compounds (not adjectives or
    verbs): "paths and tracks", "buses and trains", "birth dates and point balances". Stock pairs
    ("bits and pieces") are in ``cliches.txt``."""
    words = [t for t in an.tokens[i : j + 1] if t.is_word]
    while len(words) > 3 and words[0].lower in _FUNCTION:
        words = words[1:]  # "on | roads and verges"
    joins = [k for k, t in enumerate(words) if t.lower in ("and", "or")]
    if len(joins) != 1 or not 3 <= len(words) <= 5 or not 1 <= joins[0] <= 2 or len(words) - joins[0] - 1 > 2:
        return False
    # nouns, or compound nouns ("birth dates and point balances"), on both sides: items of a list
    return all(_plain_thing_word(t) for k, t in enumerate(words) if k != joins[0])


def _plain_thing_word(t: Token) -> bool:
    """A noun, or a noun that is a verb too ("wear and tear", "trial and error": a fixed pair, a
    term), or a lower-case word the lexicon lacks ("kale", "quinoa"): a thing's name."""
    forms = set(lemmas(t.text))
    return forms in ({"NOUN"}, {"NOUN", "VERB"}) or not forms and t.lower.isalpha() and not t.is_cap


def _surface(an: Analysis, i: int, j: int) -> str:
    return " ".join(t.lower.replace("-", " ") for t in an.tokens[i : j + 1] if t.is_word)


def _opens_sentence(an: Analysis, token_index: int) -> bool:
    s = an.sentences[an.tokens[token_index].sentence]
    return all(not t.is_word for t in an.tokens[s.first : token_index])


# Judging adjectives that also tell what a thing is physically like ("a fine sieve", "a heavy
# pan", "a clear jar"); on the name of a physical thing they describe it, not judge it.
_PHYSICAL = frozenset(
    ["fine", "heavy", "deep", "sharp", "steep", "smooth", "rough", "clear", "bright", "strong", "solid", "firm",
     "weak", "hard", "empty", "sweet", "tidy", "neat", "healthy", "handy", "sturdy", "stiff", "fragile", "frail",
     "flimsy", "hollow", "bitter", "snug", "cosy", "cozy", "shining", "glowing", "sparkling", "glittering",
     "golden", "tiny", "single", "lone", "sole", "solitary", "giant", "slim", "slender", "towering", "imposing",
     "electric"]
)
# Judging adjectives of weight or truth that plain prose uses for any noun ("the real cost", "a
# key role", "serious injuries"); a pair with one of them said twice is not a turn of phrase.
_PLAIN_JUDGING = frozenset(
    ["real", "true", "genuine", "key", "major", "significant", "important", "serious", "crucial", "vital",
     "critical", "clear", "obvious", "complete", "total", "single", "sole", "lone", "mere", "rare", "unique",
     "difficult", "hard", "tough", "strong", "heavy", "solid", "welcome"]
)
_NP_DETERMINERS = frozenset(["a", "an", "the", "this", "that", "these", "those", "its", "their", "our", "his",
                             "her", "my", "your"])


@cache
def _concrete_nouns() -> frozenset[str]:
    # nouns whose most frequent sense is an artifact, person, animal, body part, plant or object
    return data.word_set("article_concrete_wn.txt")


# Physical things named in general words (WordNet files them above the concrete classes).
_GENERAL_THINGS = frozenset(["object", "item", "surface", "particle", "container", "structure"])


@lru_cache(maxsize=16384)
def _concrete(word: str) -> bool:
    noun = lemmas(word).get("NOUN")
    if noun is None or word in _COMMON:
        return False
    return noun[0] in _GENERAL_THINGS or word in _concrete_nouns() or noun[0] in _concrete_nouns()


@lru_cache(maxsize=16384)
def _plain_modifier(word: str) -> bool:
    """A word that sorts a physical thing ("a wire basket", "the spare key", "a folding chair"),
    not one that judges or pictures it ("a gleaming tower", "a razor-thin margin", "the finest")."""
    if "-" in word or word in _DEGREE or word in _modifiers() or word in _FUNCTION:
        return False
    if word in _evaluative() and word not in _PHYSICAL:
        return False
    forms = lemmas(word)
    adj = forms.get("ADJ")
    if adj and adj[0] != word:
        return False  # a comparative or superlative
    if "ADJ" in forms or "NOUN" in forms:
        return True
    return "VERB" in forms and word.endswith(("ing", "ed"))


@lru_cache(maxsize=16384)
def _plain_verb(word: str) -> bool:
    forms = lemmas(word)
    return ("VERB" in forms and word not in _AUX and word not in _DEGREE and word not in _evaluative()
            and word not in _modifiers() and not word.endswith("ly"))


def _concrete_frame(an: Analysis, i: int, j: int) -> bool:
    """The window is a physical thing named with a determiner and sorting words ("a mouse nest",
    "a sliding door", "the spare room key"), possibly after plain verbs that handle it ("cover the
    kitchen window", "enable and start the timer"): a thing of the article named or handled again,
    which instructions and reports repeat on purpose. A judging or picture word, a comparative,
    or a preposition ("fall through the cracks") makes it a turn of phrase."""
    words = [t.lower for t in an.tokens[i : j + 1] if t.is_word]
    k = 0
    if len(words) > 2 and words[0] not in _NP_DETERMINERS and _plain_verb(words[0]):
        k = 1
        if len(words) > 4 and words[1] in ("and", "or") and _plain_verb(words[2]):
            k = 3
    if k >= len(words) - 1 or words[k] not in _NP_DETERMINERS:
        return False
    mods = words[k + 1 : -1]
    if k == 0 and len(mods) != 1 or len(mods) > 2:
        return False  # "a lightweight city bike": two words describing the thing are a description
    return _concrete(words[-1]) and all(map(_plain_modifier, mods))


def _plain_verb_frame(an1: Analysis, i1: int, j1: int, an2: Analysis, i2: int, j2: int) -> bool:
    """A three-word verb frame with no judging, degree or manner word ("wanted to learn",
    "plans to open"), said again in another tense or person: a fact told of another time."""
    for an, i, j in ((an1, i1, j1), (an2, i2, j2)):
        for t in an.tokens[i : j + 1]:
            w = t.lower
            if t.is_word and (w in _DEGREE or w in _AUX or w in _evaluative() or w in _modifiers()
                              or w.endswith("ly") and "ADV" in lemmas(w)):
                return False
    return True
