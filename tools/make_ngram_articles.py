"""Build ``resources/checks/ngram_articles.txt``: corpus evidence of how a noun is used bare.

    .venv/bin/pip download --no-deps symspellpy==6.10.1 -d /tmp/sym   # dev time only
    .venv/bin/python tools/make_ngram_articles.py /tmp/sym/symspellpy-6.10.1-py3-none-any.whl

Source: the symspellpy 6.10.1 wheel (MIT licence, (c) 2025 mmb L, Wolf Garbe) ships
``frequency_bigramdictionary_en_243_342.txt``: the 243,342 most frequent English word bigrams
with their Google Books Ngram counts (the smallest is about 6.4 million). For every lower-case
noun (the lexicon's) seen after "the"/"a"/"an" at least 20 million times, the table keeps that
count and the counts of the bigrams "PREP noun" (a preposition of the article checker) that
reach a tenth of it: the pairs English uses bare as an idiom ("at school" 0.12, "in class"
0.88, "on video" 0.12). A fault's pair sits lower or is absent ("in room" 0.07, "at airport"
under 6.4 million against 321 million). Nouns with no such pair are left out; counts are in
millions, rounded.

The checker reads only the text file; symspellpy is never needed at run time.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from editor_app.core.checks.builtin.articles import PREPOSITIONS  # noqa: E402
from editor_app.core.checks.builtin.lexicon import lemmas  # noqa: E402

OUT = ROOT / "resources" / "checks" / "ngram_articles.txt"
MEMBER = "symspellpy/frequency_bigramdictionary_en_243_342.txt"
MIN_ARTICLE = 20_000_000  # "the noun" + "a/an noun": nouns rarer than this are left out
MIN_SHARE = 0.1  # only pairs this common bare, against the article count, are written (the rule reads no others)


def main(argv: list[str]) -> int:
    with zipfile.ZipFile(argv[0]) as z:
        text = z.read(MEMBER).decode("utf-8")
    left_of: dict[str, dict[str, int]] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 3:
            left_of.setdefault(parts[1], {})[parts[0]] = int(parts[2])
    rows: list[str] = []
    for noun in sorted(left_of):
        left = left_of[noun]
        if not noun.isalpha() or not noun.islower() or "NOUN" not in lemmas(noun):
            continue
        with_article = left.get("the", 0) + left.get("a", 0) + left.get("an", 0)
        if with_article < MIN_ARTICLE:
            continue
        kept = sorted((w, c) for w, c in left.items() if w in PREPOSITIONS and c >= MIN_SHARE * with_article)
        if not kept:
            continue
        cells = [noun, str(round(with_article / 1e6))] + [f"{w} {max(1, round(c / 1e6))}" for w, c in kept]
        rows.append(" ".join(cells))
    header = (
        "# ngram_articles.txt: made by tools/make_ngram_articles.py from symspellpy 6.10.1 (MIT licence)\n"
        "# frequency_bigramdictionary_en_243_342.txt (Google Books Ngram counts). One noun a line:\n"
        "# noun, millions of 'the/a/an noun', then pairs 'left-word millions' for the bigrams\n"
        "# 'PREP noun' at least a tenth of that (idiomatic bare pairs; all others are left out).\n"
    )
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} nouns -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
