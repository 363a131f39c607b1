"""Write resources/spelling/scowl.txt: common-noun words of SCOWL that pyspellchecker's list lacks.

    apt-get install wamerican-huge wbritish-huge   # at development time only
    .venv/bin/python tools/make_spelling_scowl.py

pyspellchecker's English list (~160k entries) is built from word frequencies in subtitles and
web text, so ordinary but rarer words that careful prose uses are missing from it: kitchen words
("tbsp", "halloumi", "mandoline"), natural history ("crustose", "varroa"), British compounds
("defenceman", "draughtswoman"), computing words ("newline", "uptime"). SCOWL (Kevin Atkinson's
Spell Checker Oriented Word Lists, the lists behind Debian's wamerican/wbritish and hunspell's
English dictionaries) is edited for spell checkers. Its size-80 lists ("huge") add them.

Filters, so that the extra words do not hide typos:
* lower-case entries only (names are judged by capitalisation in spelling.py), letters only;
* at least 4 letters (short rare entries such as "fo" or "ot" are mostly typos in practice);
* no entry one edit away from a common word (frequency >= 500 in pyspellchecker's list) unless
  it extends that word: "supercede", "calender", "persue", "wether" stay unknown, so the checker
  still suggests "supersede", "calendar", "pursue", "whether".
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "spelling" / "scowl.txt"
SOURCES = [Path("/usr/share/dict/american-english-huge"), Path("/usr/share/dict/british-english-huge")]
COMMON = 500

HEADER = """\
# Words of SCOWL's size-80 American and British English lists (Debian wamerican-huge and
# wbritish-huge, 2020.12.07) that pyspellchecker's English list lacks; written by
# tools/make_spelling_scowl.py (its docstring gives the filters). Used by core/checks/spelling.py.
#
# Copyright 2000-2019 by Kevin Atkinson
# Permission to use, copy, modify, distribute and sell these word lists, the associated scripts,
# the output created from the scripts, and its documentation for any purpose is hereby granted
# without fee, provided that the above copyright notice appears in all copies and that both that
# copyright notice and this permission notice appear in supporting documentation. Kevin Atkinson
# makes no representations about the suitability of this array for any purpose. It is provided
# "as is" without express or implied warranty.
# (SCOWL also includes words from other sources under similar permissive terms; see
# /usr/share/doc/wamerican-huge/copyright.)
"""


def main() -> None:
    from spellchecker import SpellChecker

    missing = [p for p in SOURCES if not p.exists()]
    if missing:
        sys.exit(f"missing {', '.join(map(str, missing))}: apt-get install wamerican-huge wbritish-huge")
    spell = SpellChecker(language="en", distance=1)
    freq: dict[str, int] = spell.word_frequency.dictionary
    words: set[str] = set()
    for path in SOURCES:
        for line in path.read_text(encoding="utf-8").splitlines():
            w = line.strip()
            if len(w) >= 4 and w.isalpha() and w.islower() and w not in freq:
                words.add(w)
    kept = []
    for w in sorted(words):
        near = spell.known(spell.edit_distance_1(w))
        if any(c != w and freq.get(c, 0) >= COMMON and not w.startswith(c) for c in near):
            continue
        kept.append(w)
    OUT.write_text(HEADER + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(words)} candidate words, {len(kept)} kept -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
