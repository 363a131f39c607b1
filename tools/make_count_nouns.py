"""Build resources/checks/count_nouns_auto.txt: singular nouns that are clearly countable.

A noun counts as countable when both its singular and its plural are common English words in
pyspellchecker's bundled frequency list and the plural is not rare next to the singular
(freq(plural) / freq(singular) >= RATIO). Mass nouns (research, information, advice, traffic,
news, weather, money ...) fall out because their plurals are rare or absent. Plurals come from
lemminflect. Run once at build time; the checker only reads the text file:

    .venv/bin/python tools/make_count_nouns.py
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from lemminflect import getAllInflectionsOOV, getAllLemmas, getInflection
from spellchecker import SpellChecker

MIN_SINGULAR = 800  # occurrences of the singular in the bundled list
MIN_PLURAL = 100
RATIO = 0.05
EXCLUDE = Path(__file__).resolve().parents[1] / "resources" / "checks" / "count_nouns_exclude.txt"
# Abstract suffixes: "without warning", "closer inspection", "for collection" are mass uses.
ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ity", "ing", "ness", "ism", "ship", "cy")
OUT = Path(__file__).resolve().parents[1] / "resources" / "checks" / "count_nouns_auto.txt"
# pyspellchecker's frequencies come largely from film subtitles: slurs and profanity are common
# there. They are kept out of the shipped data; stored as sha256 prefixes so the list itself does
# not spell them out.
OFFENSIVE_SHA256_16 = frozenset({
    "120f6e5b4ea32f65",
    "2f5f6ce5ae30b54a",
    "6556c1a58444e10f",
    "819837a1df89760e",
    "886d51e97ad7931d",
    "8f5083e3e5c7dc89",
    "96c91fa847821d6e",
    "9915ba2d822280f2",
    "9ae315a94e428a7e",
    "bb61ef40814ce34c",
    "bdb1cc258d6976aa",
    "c2c3b68b48832afd",
    "cbbd0f71af28b3bf",
    "cd3b6010f4c83765",
    "d75a838dc758ba17",
    "e14a747f150b845a",
    "e99d55248f67be76",
    "f50c51ed2315dcf3",
    "f9d0d9b18ae9033a",
})


def _offensive(word: str) -> bool:
    return hashlib.sha256(word.encode()).hexdigest()[:16] in OFFENSIVE_SHA256_16


def _abstract(word: str) -> bool:
    """ "warning", "inspection", "action"; not short words that merely end so ("city", "thing")."""
    return any(word.endswith(e) and len(word) >= len(e) + (3 if e == "ing" else 2) for e in ABSTRACT_ENDINGS)


WORDNET = Path("/usr/share/wordnet")


def _wordnet_common_nouns() -> frozenset[str]:
    """Lemmas with at least one WordNet noun sense that is not an instance (a person, place or
    thing named): "plume", "railcard"-like nouns lemminflect lacks pass; "george", "jerry" do not."""
    data = WORDNET / "data.noun"
    if not data.exists():
        raise SystemExit("needs WordNet: apt-get install wordnet-base")
    out: set[str] = set()
    for line in data.read_text(encoding="latin-1").splitlines():
        if line.startswith("  ") or " @i " in line.split(" | ")[0]:
            continue
        parts = line.split(" | ")[0].split()
        for i in range(int(parts[3], 16)):
            out.add(parts[4 + 2 * i].split("(")[0].lower())
    return frozenset(out)


def _wordnet_proper_only() -> frozenset[str]:
    """Lemmas WordNet spells only with a capital in every noun synset: given names ("daniel"),
    weekdays, nationalities and trade names. Bare and capitalised they are names ("Daniel won"),
    never count nouns that lack their article."""
    data = WORDNET / "data.noun"
    cased: dict[str, set[bool]] = {}
    for line in data.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        parts = line.split(" | ")[0].split()
        for i in range(int(parts[3], 16)):
            lemma = parts[4 + 2 * i].split("(")[0]
            cased.setdefault(lemma.lower(), set()).add(lemma[:1].isupper())
    return frozenset(w for w, caps in cased.items() if caps == {True})


def main() -> None:
    freq = SpellChecker().word_frequency.dictionary
    common = _wordnet_common_nouns()
    proper = _wordnet_proper_only()
    bare_uses = {w for line in EXCLUDE.read_text(encoding="utf-8").splitlines()
                 if not line.startswith("#") for w in line.split()}
    keep: list[str] = []
    for word, count in freq.items():
        if count < MIN_SINGULAR or not word.isalpha() or len(word) < 3 or _offensive(word) or word in proper:
            continue
        forms = getAllLemmas(word)
        if (not forms and len(word) >= 5 and not word.endswith(("s", "ly", "ed", "ing", "an"))
                and word not in ("beside", "toward", "roger", "soviet")):
            # Not in lemminflect's dictionary ("screenplay"): a noun if its regular plural is a
            # common word too.
            if word not in common:
                continue  # a given name or a surname ("george", "willie"), not a common noun
            forms = {"NOUN": (word,)}
            oov_plural: tuple[str, ...] | None = getAllInflectionsOOV(word, "NOUN").get("NNS")
        else:
            oov_plural = None
        noun = forms.get("NOUN")
        if not noun or noun[0] != word:
            continue  # not a noun, or not its base form
        if "ADJ" in forms or "ADV" in forms or word in bare_uses or _abstract(word):
            continue  # "open", "back": too many readings to judge bare
        if "VERB" in forms:
            past = getInflection(word, "VBD")
            ing = getInflection(word, "VBG")
            pastc = max(freq.get(f, 0) for f in (past or ()) + (ing or ()) or ("",))
            if pastc > 0.05 * count:
                continue  # "report", "plan", "set": as much a verb as a noun
        plurals = oov_plural or getInflection(word, "NNS")
        if not plurals or plurals[0] == word:
            continue
        pc = freq.get(plurals[0], 0)
        if pc >= MIN_PLURAL and pc / count >= RATIO:
            keep.append(word)
    header = (
        "# Generated by tools/make_count_nouns.py - do not edit by hand.\n"
        f"# Singular nouns whose plural is common (freq >= {MIN_PLURAL}, plural/singular >= {RATIO}),\n"
        f"# singular freq >= {MIN_SINGULAR}, in pyspellchecker's English list; nouns that are also verbs,\n"
        "# adjectives or adverbs are left out, and so are words WordNet spells only as names.\n"
    )
    OUT.write_text(header + "\n".join(sorted(keep)) + "\n", encoding="utf-8")
    print(f"{len(keep)} nouns -> {OUT}")


if __name__ == "__main__":
    main()
