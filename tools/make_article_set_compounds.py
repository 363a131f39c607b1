"""Build ``resources/checks/article_set_compounds.txt``: two-word terms Google Books uses very often.

    .venv/bin/pip download --no-deps symspellpy==6.10.1 -d /tmp/sym   # dev time only
    .venv/bin/python tools/make_article_set_compounds.py /tmp/sym/symspellpy-6.10.1-py3-none-any.whl

Source: symspellpy 6.10.1's ``frequency_bigramdictionary_en_243_342.txt`` (MIT licence, Google
Books Ngram counts). Keeps "modifier noun" pairs seen at least ``MIN_COUNT`` times where the noun
is a singular noun of the lexicon that the opener rules can flag and the modifier an adjective or a noun ("free speech", "local
government", "climate change", "sea level"): set terms that a sentence may open bare as a general
statement ("Free speech is not the issue"). The checker reads only the text file.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from editor_app.core.checks.builtin.articles import _opener_heads  # noqa: E402
from editor_app.core.checks.builtin.lexicon import lemmas  # noqa: E402

OUT = ROOT / "resources" / "checks" / "article_set_compounds.txt"
MEMBER = "symspellpy/frequency_bigramdictionary_en_243_342.txt"
MIN_COUNT = 10_000_000
_SKIP = frozenset(["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
                   "your", "no", "any", "some", "every", "each", "all", "one", "two", "more", "most", "other",
                   "such", "same", "own", "many", "much", "few", "several", "another", "which", "what", "whose"])


def main(argv: list[str]) -> int:
    with zipfile.ZipFile(argv[0]) as z:
        text = z.read(MEMBER).decode("utf-8")
    rows: list[str] = []
    heads = _opener_heads()
    for line in text.splitlines():
        parts = line.split()
        if len(parts) != 3 or int(parts[2]) < MIN_COUNT:
            continue
        mod, noun = parts[0], parts[1]
        if not (mod.isalpha() and noun.isalpha() and mod.islower() and noun.islower()) or mod in _SKIP:
            continue
        if noun not in heads:
            continue  # only heads the opener rules can flag
        nf, mf = lemmas(noun), lemmas(mod)
        if "NOUN" not in nf or nf["NOUN"][0].lower() != noun or not ("ADJ" in mf or "NOUN" in mf):
            continue
        if "VERB" in mf and "ADJ" not in mf and "NOUN" not in mf:
            continue
        rows.append(f"{mod} {noun}")
    rows.sort()
    header = (
        "# article_set_compounds.txt: made by tools/make_article_set_compounds.py from symspellpy 6.10.1 (MIT\n"
        "# licence) Google Books bigram counts: 'modifier noun' terms seen 10 million times or more.\n"
    )
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} pairs to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
