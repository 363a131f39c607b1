"""Regenerate ``resources/checks/wordy_nominalisations.tsv``: nouns made from verbs, for the
light-verb frame of wordy_phrase ("made a decision to" -> "decided to", "carried out an
assessment of" -> "assessed").

    apt-get install wordnet-base   # the WordNet database files, /usr/share/wordnet (dev time only)
    .venv/bin/python tools/make_wordy_nominalisations.py

A noun is listed with its verb when, in WordNet 3.0:
* the noun's first (most frequent) sense is an act, a thought, a piece of communication, an
  event or a transfer of possession (lexicographer files noun.act, .cognition, .communication,
  .event, .possession);
* that sense has a derivational link to a verb whose spelling shares the noun's first letters
  (decision -> decide, assessment -> assess, analysis -> analyse), or, failing a link, the noun
  less its suffix is a WordNet verb ("suggestion" -> "suggest");
* it is not on the short list of nouns whose light-verb phrase means something else ("took
  exception to", "took a position on", "conducted a trial");
* the noun ends in a derivational suffix (-tion, -sion, -ment, -ance, -ence, -al, -sis, -ure,
  -ery, -ry, -ing is left out: "a meeting", "a building" are things). A noun that is the verb's
  own spelling ("a review", "a visit") is left out: "made a film", "took a stand" are not wordy.
The rule reads the file; WordNet itself is never needed then.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORDNET = Path("/usr/share/wordnet")
OUT = ROOT / "resources" / "checks" / "wordy_nominalisations.tsv"
SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "al", "sis", "ure", "ery", "ry", "iry")
LEXFILES = {"04", "09", "10", "11", "21"}  # noun.act, .cognition, .communication, .event, .possession
# Nouns whose verb says something else in a light-verb phrase ("took exception to" is not
# "excepted"; "made a reservation" for a table is not "reserved"? it is, so it stays).
EXCLUDE = {"exception", "government", "department", "position", "question", "station", "trial", "total",
           "mention", "direction", "attention", "relation", "nation", "condition", "section", "edition",
           "treasury", "century", "entry", "story", "history", "memory", "category", "country", "inventory",
           "journal", "signal", "capital", "mortal", "appeal", "animal", "material", "terminal", "sentence",
           "instance", "distance", "substance", "reference", "conference", "difference", "audience",
           "sequence", "silence", "science", "experience", "evidence", "influence", "balance", "chance",
           "nature", "picture", "future", "culture", "feature", "figure", "pressure", "measure", "treasure",
           "lecture", "gesture", "posture", "venture", "adventure", "departure", "sculpture", "literature",
           "revelation", "tradition", "requisition", "procedure", "fiction", "ideal", "integral", "memorial",
           "mystery", "plantation", "ritual", "scandal", "editorial", "allegory", "constitution", "revolution",
           "television", "documentary", "comment", "commentary", "summation", "transition", "sensation",
           "carpentry", "constellation", "imagery", "confidence", "possession", "appointment", "engagement",
           "intuition", "occupation", "notation", "expedition", "exposition", "recreation", "registry",
           "creation", "production", "construction", "establishment", "administration", "education",
           "entertainment", "movement", "development", "management", "insurance", "maintenance", "closure",
           "failure", "delivery", "recital", "signature", "mastery", "robbery", "burglary", "flattery",
           "mockery", "quackery", "beggary", "devilment", "revelry", "election", "legislation", "performance", "statement", "information", "action"}


def _offsets(pos: str) -> dict[str, str]:
    out = {}
    for line in (WORDNET / f"data.{pos}").read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            out[line.split()[0]] = line
    return out


def _first_senses(pos: str) -> dict[str, str]:
    out = {}
    for line in (WORDNET / f"index.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        p = line.split()
        n = int(p[2])
        if int(p[-n - 1]) == 0:
            continue  # no sense tagged in SemCor: rare
        out[p[0]] = p[-n]
    return out


_MORPH = (("ation", ""), ("ation", "e"), ("ition", "e"), ("tion", ""), ("tion", "te"), ("sion", "de"),
          ("sion", "d"), ("sion", "t"), ("ssion", "ss"), ("ment", ""), ("ance", ""), ("ance", "e"), ("ence", ""),
          ("ence", "e"), ("al", ""), ("al", "e"), ("ure", ""), ("ure", "e"), ("iry", "ire"), ("ery", "er"),
          ("ysis", "yse"), ("ysis", "yze"))


def _morphology(noun: str, verbs: dict[str, str]) -> str | None:
    """The verb the noun is spelt from ("approval" -> "approve", "suggestion" -> "suggest")."""
    for suf, add in _MORPH:
        if noun.endswith(suf) and len(noun) - len(suf) >= 3 and noun[: -len(suf)] + add in verbs:
            return noun[: -len(suf)] + add
    return None


def main() -> None:
    nouns, verbs = _offsets("noun"), _offsets("verb")
    first_noun, first_verb = _first_senses("noun"), _first_senses("verb")
    verb_words: dict[str, list[str]] = {}
    for off, line in verbs.items():
        p = line.split()
        w = int(p[3], 16)
        verb_words[off] = [p[4 + 2 * k].lower() for k in range(w)]
    rows: dict[str, str] = {}
    for noun, off in first_noun.items():
        if not re.fullmatch(r"[a-z]{5,}", noun) or not noun.endswith(SUFFIXES) or noun in EXCLUDE:
            continue
        p = nouns[off].split()
        if p[1] not in LEXFILES:
            continue
        w = int(p[3], 16)
        k = 4 + 2 * w
        n_ptr = int(p[k])
        morph = _morphology(noun, first_verb)
        if morph:
            rows[noun] = morph
            continue
        for j in range(n_ptr):
            sym, target, tpos, srctgt = p[k + 1 + 4 * j : k + 5 + 4 * j]
            if sym != "+" or tpos != "v":
                continue
            src = int(srctgt[:2], 16)
            tgt = int(srctgt[2:], 16)
            words = [p[4 + 2 * x].lower() for x in range(w)]
            if src and words[src - 1] != noun:
                continue
            cands = verb_words.get(target, [])
            verb = cands[tgt - 1] if tgt and tgt - 1 < len(cands) else None
            if verb is None or not re.fullmatch(r"[a-z]{3,}", verb) or verb == noun:
                continue
            if verb[:3] != noun[:3]:
                continue
            rows.setdefault(noun, verb)
    header = ("# Nouns made from verbs (generated by tools/make_wordy_nominalisations.py from WordNet 3.0;\n"
              "# do not edit by hand): noun, then its verb. Used by the light-verb frame of wordy_phrase.\n"
              "#\n# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.\n")
    OUT.write_text(header + "".join(f"{n}\t{v}\n" for n, v in sorted(rows.items())), encoding="utf-8")
    print(len(rows), "nouns")


if __name__ == "__main__":
    main()
