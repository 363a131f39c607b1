"""Build the countability data for missing_article from WordNet 3.0's glosses and examples.

    apt-get install wordnet-base   # the WordNet database files, /usr/share/wordnet (dev time only)
    .venv/bin/python tools/make_article_countability.py

WordNet's 180,000 glosses and example sentences (about 1.5 million words of edited English) are
read as a corpus. Every singular common noun that heads a noun phrase there is counted as either
*determined* (an article, demonstrative, possessive or quantifier opens its phrase: "a wooden
table", "the left leg") or *bare* (a preposition, a verb or the start of an example sentence comes
straight before the phrase: "at table", "by train", "water"). The start of a gloss is skipped:
glosses open telegraphically ("binary compound that occurs ...").

Two files come out:

* ``article_countable_wn.txt``: every noun seen at least MIN_SEEN times, with both counts. Bare in
  at most MAX_BARE of them (car, leg, road, table ...): a noun standard English does not use bare;
  mass and abstract nouns (water, information, advice, music, time, school) show a high bare share.
* ``article_bare_pairs_wn.txt``: a word and a noun that WordNet uses bare after it at least
  twice ("by train", "at home", "take place", "in part"; verbs by their lemma), and a modifier and
  noun that stand bare after a preposition there ("fever pitch", "home plate"). The rule reads
  them as idioms that license a bare noun.

The checker only reads the text files; WordNet itself is never needed at run time.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from editor_app.core.checks.builtin.lexicon import lemmas  # noqa: E402

WORDNET = Path("/usr/share/wordnet")
OUT_NOUNS = ROOT / "resources" / "checks" / "article_countable_wn.txt"
OUT_PAIRS = ROOT / "resources" / "checks" / "article_bare_pairs_wn.txt"
OUT_NAMES = ROOT / "resources" / "checks" / "the_names_wn.txt"
# WordNet synsets whose instances are named with "the": rivers, seas, oceans, deserts, mountain
# ranges, archipelagos, gulfs, straits, channels and canals ("the Brahmaputra", "the Gobi", "the Alps").
THE_CLASSES = {"09411430": "river", "09426788": "sea", "09376198": "ocean", "08505573": "desert",
               "09403734": "mountain range", "09203827": "archipelago", "09296121": "gulf", "09446115": "strait",
               "09241247": "channel", "02947212": "canal"}
MIN_SEEN = 8
MAX_BARE = 0.1  # the checker's threshold for "countable" (articles_np.countable), noted here
MIN_PAIR = 2

LICENSE = """\
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University or
# Princeton may not be used in advertising or publicity pertaining to distribution of the
# software and/or database. Title to copyright in this software, database and any associated
# documentation shall at all times remain with Princeton University and LICENSEE agrees to
# preserve same. (WordNet license: https://wordnet.princeton.edu/license-and-commercial-use)
"""

DET = frozenset(
    ["a", "an", "the", "this", "that", "each", "every", "another", "any", "no", "some", "its", "his", "her", "their", "our", "your", "my", "one", "whose", "which", "what", "either", "neither", "whatever"]
)
PREP = frozenset(
    ["in", "on", "at", "to", "from", "into", "onto", "of", "for", "with", "by", "along", "across", "through", "near", "under", "over", "behind", "beside", "between", "among", "around", "about", "after", "before", "during", "within", "without", "towards", "toward", "via", "past", "beyond", "off", "upon", "against", "throughout", "below", "above", "beneath", "outside", "inside", "underneath", "amid", "like"]
)
FUNC = PREP | frozenset(
    ["and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "when", "where", "while", "as", "than", "so", "if", "because", "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "does", "did", "do", "not"]
)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*|[0-9]+|[^\sA-Za-z0-9]")


def _texts() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for name in ("data.noun", "data.verb", "data.adj", "data.adv"):
        for line in (WORDNET / name).read_text(encoding="latin-1").splitlines():
            if line.startswith("  ") or " | " not in line:
                continue
            for part in line.split(" | ", 1)[1].split(";"):
                part = part.strip()
                out.append(("example", part.strip('"')) if part.startswith('"') else ("gloss", part))
    return out


def _singular_noun(w: str) -> bool:
    noun = lemmas(w).get("NOUN")
    return bool(noun) and noun is not None and noun[0].lower() == w


def _modifier(w: str) -> bool:
    forms = lemmas(w)
    noun = forms.get("NOUN")
    return "ADJ" in forms or bool(noun) and noun is not None and noun[0].lower() == w or w.endswith(("ed", "ing"))


def _context_key(w: str) -> str:
    if w in PREP:
        return w
    verb = lemmas(w).get("VERB")
    return verb[0].lower() if verb else w


# Instances that are regions or islands named without "the", or names that are also given names and
# surnames: "Australasia", "Svalbard", "Lena", "Clyde", "Chang".
NAMES_EXCLUDE = frozenset(["Australasia", "Austronesia", "Belau", "Pelew", "Melanesia", "Polynesia", "Oceania",
                           "Oceanica", "Svalbard", "Zetland", "Ahvenanmaa", "Chang", "Clyde", "Forth", "Lena",
                           "Magdalena", "Carpentaria", "Dahna", "Danau", "Yellowstone", "Tunguska", "Platte",
                           "Sambre", "Gila", "Lofoten", "Death Valley", "East India", "Golden Gate", "Kura", "Aras",
                           "Don River", "Cam River",
                           # a mountain ("Mount Carmel") and regions or provinces named bare
                           "Tierra del Fuego", "Nusa Tenggara", "Kasai"])


def _the_names() -> list[str]:
    """Names of WordNet instances of THE_CLASSES whose every noun sense is such an instance (so
    "Thames" and "Brahmaputra" are kept, "Jordan", "Amazon" and "Mississippi" are not)."""
    kinds: dict[str, set[bool]] = {}
    for line in (WORDNET / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        head = line.split(" | ")[0]
        parts = head.split()
        names = [parts[4 + 2 * i] for i in range(int(parts[3], 16))]
        hit = any(f"@i {off} n" in head for off in THE_CLASSES)
        for name in names:
            kinds.setdefault(name.lower(), set()).add(hit)
            if hit:
                kinds.setdefault("=" + name, set())
    out = []
    for key in kinds:
        if not key.startswith("="):
            continue
        name = key[1:]
        if kinds[name.lower()] == {True} and name[:1].isupper() and "(" not in name \
                and name.replace("_", " ") not in NAMES_EXCLUDE and not name.startswith("Mount_"):
            out.append(name.replace("_", " "))
    return sorted(set(out))


def main() -> None:
    det: Counter[str] = Counter()
    bare: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for kind, text in _texts():
        toks = _TOKEN.findall(text)
        low = [t.lower() for t in toks]
        n = len(toks)
        for i, w in enumerate(low):
            if not w.isalpha() or toks[i][0].isupper() or w in FUNC or w in DET or not _singular_noun(w):
                continue
            nxt = low[i + 1] if i + 1 < n else "."
            if nxt.isalpha() and nxt not in FUNC and nxt not in DET:
                forms = lemmas(nxt)
                if "NOUN" in forms or "ADJ" in forms:
                    continue  # a modifier in a compound, or not the head
            j = i - 1
            mods = 0
            while (j >= 0 and mods < 3 and low[j].replace("-", "").isalpha() and low[j] not in DET
                   and low[j] not in FUNC and not toks[j][0].isupper() and _modifier(low[j].split("-")[-1])):
                j -= 1
                mods += 1
            left = low[j] if j >= 0 else "^"
            if left in DET or left.endswith("'s"):
                det[w] += 1
                continue
            if left == "^":
                if kind == "gloss":
                    continue
                bare[w] += 1
                continue
            if left == "to" and "VERB" in lemmas(w):
                continue  # "to park", "to map": an infinitive, not a bare noun
            forms = lemmas(left) if left.isalpha() else {}
            if left in PREP or "VERB" in forms and left not in FUNC and "NOUN" not in forms:
                bare[w] += 1
                if mods == 0:
                    pairs[(_context_key(left), w)] += 1
                elif left in PREP:
                    pairs[(low[i - 1], w)] += 1  # "at fever pitch", "on automatic pilot": the modifier and the noun
    nouns = sorted(w for w in set(det) | set(bare) if det[w] + bare[w] >= MIN_SEEN)
    OUT_NOUNS.write_text(
        "# Generated by tools/make_article_countability.py from WordNet 3.0 glosses and examples; do not\n"
        f"# edit by hand. Singular nouns that head a noun phrase there at least {MIN_SEEN} times; columns: noun,\n"
        "# times determined (article, possessive or quantifier), times bare. Bare in at most a tenth of\n"
        "# uses: a noun English does not use bare (car, leg); bare in a third or more: mass-like (water).\n" + LICENSE
        + "".join(f"{w} {det[w]} {bare[w]}\n" for w in nouns), encoding="utf-8")
    kept = sorted(p for p, c in pairs.items() if c >= MIN_PAIR)
    OUT_PAIRS.write_text(
        "# Generated by tools/make_article_countability.py from WordNet 3.0 glosses and examples; do not\n"
        f"# edit by hand. A preposition or verb (by its lemma) and a singular noun that WordNet uses bare\n"
        f"# right after it at least {MIN_PAIR} times (\"by train\", \"at home\", \"take place\").\n" + LICENSE
        + "".join(f"{a} {b}\n" for a, b in kept), encoding="utf-8")
    names = _the_names()
    OUT_NAMES.write_text(
        "# Generated by tools/make_article_countability.py from WordNet 3.0; do not edit by hand. Names of\n"
        "# rivers, seas, oceans, deserts, mountain ranges, archipelagos, gulfs, straits, channels and canals\n"
        "# (WordNet instances whose every sense is one of these): they take \"the\" (the Brahmaputra, the Gobi).\n"
        + LICENSE + "".join(f"{n}\n" for n in names), encoding="utf-8")
    print(f"{len(nouns)} nouns -> {OUT_NOUNS}\n{len(kept)} pairs -> {OUT_PAIRS}\n{len(names)} names -> {OUT_NAMES}")


if __name__ == "__main__":
    main()
