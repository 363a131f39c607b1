"""Build ``resources/checks/article_ngram_share.txt``: nouns Google Books seldom writes after an article.

    .venv/bin/pip download --no-deps symspellpy==6.10.1 -d /tmp/sym   # dev time only
    .venv/bin/python tools/make_article_ngram_share.py /tmp/sym/symspellpy-6.10.1-py3-none-any.whl

Source: the symspellpy 6.10.1 wheel (MIT licence, (c) 2025 mmb L, Wolf Garbe) ships Google Books
Ngram counts: ``frequency_dictionary_en_82_765.txt`` (words) and
``frequency_bigramdictionary_en_243_342.txt`` (the most frequent bigrams). For a lower-case noun
of the lexicon, the share is count("the/a/an noun") / count("noun") on the dictionaries' own
scales (so a plain count noun sits around 4-15: "car" 4.8, "letter" 13.3, "bathroom" 10.2). Nouns
English often uses with no article sit lower: fields and activities ("finance" 0.5, "politics"
1.2, "medicine" 1.0, "business" 2.6), institutions used bare ("college" 2.1, "council" 2.1),
offices ("chairman" 2.5, "treasurer" 2.4) and channels ("radio" 3.0, "email" 2.4). The table
keeps nouns seen at least 2 million times whose share is under ``MAX_SHARE``; the article rules
read it as evidence that a bare use is normal English, not a dropped article.

The checker reads only the text file; symspellpy is never needed at run time.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from editor_app.core.checks.builtin.lexicon import lemmas  # noqa: E402

OUT = ROOT / "resources" / "checks" / "article_ngram_share.txt"
WORDS = "symspellpy/frequency_dictionary_en_82_765.txt"
BIGRAMS = "symspellpy/frequency_bigramdictionary_en_243_342.txt"
MIN_COUNT = 2_000_000  # rarer nouns are left out (no evidence either way)
MAX_SHARE = 3.0  # nouns at or above this take an article as a rule; only those below are written


def main(argv: list[str]) -> int:
    with zipfile.ZipFile(argv[0]) as z:
        words = z.read(WORDS).decode("utf-8")
        bigrams = z.read(BIGRAMS).decode("utf-8")
    unigram: dict[str, int] = {}
    for line in words.splitlines():
        parts = line.split()
        if len(parts) == 2:
            unigram[parts[0]] = int(parts[1])
    article: dict[str, int] = {}
    for line in bigrams.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] in ("the", "a", "an"):
            article[parts[1]] = article.get(parts[1], 0) + int(parts[2])
    rows: list[str] = []
    for noun in sorted(unigram):
        count = unigram[noun]
        if count < MIN_COUNT or not noun.isalpha() or not noun.islower() or noun.endswith("s") and noun[:-1] in unigram:
            continue
        forms = lemmas(noun)
        if "NOUN" not in forms or forms["NOUN"][0].lower() != noun:
            continue  # singular nouns only
        share = article.get(noun, 0) / count
        if share < MAX_SHARE:
            rows.append(f"{noun} {share:.2f}")
    header = (
        "# article_ngram_share.txt: made by tools/make_article_ngram_share.py from symspellpy 6.10.1 (MIT\n"
        "# licence) Google Books Ngram counts. One singular noun a line with its share: count('the/a/an\n"
        "# noun') / count('noun'), for nouns seen 2 million times or more whose share is under 3.0 (a\n"
        "# plain count noun sits around 4-15); a bare use of these is common English.\n"
    )
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} nouns to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
