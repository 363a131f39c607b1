"""Write ``resources/checks/lemma_table.bin`` and ``inflection_table.bin``: lemminflect's lemma and
inflection tables in a form that loads in a fifth of the time or less (run at build time, after a
lemminflect upgrade; the checker only reads the files).

    .venv/bin/python tools/make_lemma_table.py

lemminflect (MIT, Brad Jascob, https://github.com/bjascob/LemmInflect) parses its gzipped CSV
lemma table (70k words) into nested dicts on first use: ~0.11 s of every ``editor-app check``'s
start-up, plus ~0.05 s for ``import lemminflect`` (which imports numpy for its out-of-vocabulary
models, never used for lemmas). The file holds the same table, each word's entry packed into one
string ("AUX=will,have;VERB=will,have"), marshalled and zlib-compressed: it loads in ~0.02 s and
``lexicon`` unpacks an entry when a word is first looked up. The overrides table is stored as it
is. The inflection table (34k lemmas, ~0.08 s to parse; {Penn tag: forms}) is stored the same
way for ``lexicon.inflection`` / ``lexicon.inflections``. ``tests/unit/test_checks_s7_infra_lexicon.py``
checks the files against the installed lemminflect, entry by entry.
"""

from __future__ import annotations

import marshal
import sys
import zlib
from pathlib import Path

import lemminflect

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "checks" / "lemma_table.bin"
OUT_INFL = ROOT / "resources" / "checks" / "inflection_table.bin"
FORMAT = 1


def pack(entry: dict[str, tuple[str, ...]]) -> str:
    """One word's {upos: lemmas} as "UPOS=a,b;UPOS=c" (no lemma holds ";", "=" or ",")."""
    return ";".join(f"{upos}={','.join(forms)}" for upos, forms in entry.items())


def unpack(packed: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for part in packed.split(";"):
        upos, _, forms = part.partition("=")
        out[upos] = tuple(forms.split(","))
    return out


def write(out: Path, table: dict[str, dict[str, tuple[str, ...]]], overrides: dict[str, dict[str, tuple[str, ...]]],
          source: str) -> None:
    packed: dict[str, str] = {}
    for word, entry in table.items():
        assert entry and all(isinstance(forms, tuple) and forms and all(f and not set(f) & set(";=,") for f in forms)
                             for forms in entry.values()), word
        packed[word] = pack(entry)
        assert unpack(packed[word]) == entry, word
    meta = {"format": FORMAT, "source": f"lemminflect {lemminflect.__version__} {source}",
            "licence": "MIT (LemmInflect, Brad Jascob)"}
    blob = zlib.compress(marshal.dumps((meta, packed, overrides), 4), 9)
    out.write_bytes(blob)
    print(f"{out.relative_to(ROOT)}: {len(packed):,} words, {len(overrides)} overrides, {len(blob):,} bytes")


def main() -> int:
    lem = lemminflect.Lemmatizer()
    write(OUT, lem._getLemmaDict(), lem._getOverridesDict(), "lemma_lu.csv.gz, lemma_overrides.csv")
    infl = lemminflect.Inflections()
    write(OUT_INFL, infl._getInflDict(), infl._getOverridesDict(), "infl_lu.csv.gz, infl_overrides.csv")
    return 0


if __name__ == "__main__":
    sys.exit(main())
