"""The benchmark documents (1k / 20k / 100k words), written to files so every app reads the same bytes.

The generator is bench/bench_preview.py's ``generate_document`` (headings, paragraphs with
emphasis/links/inline code, lists, fenced code, tables, quotes; the same mix as
../shared/notes/QT_HEADLESS.md section 5). It is reused rather than copied so that the preview
bench, the peer comparison (bench/peers.py) and anything else measure identical documents.

    .venv/bin/python bench/docs.py OUT_DIR     # writes doc1k.md, doc20k.md, doc100k.md
"""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

from bench_preview import generate_document  # noqa: E402

SIZES: tuple[int, ...] = (1_000, 20_000, 100_000)


def label(words: int) -> str:
    return f"{words // 1000}k" if words >= 1000 else str(words)


def document(words: int) -> str:
    """The benchmark document of about ``words`` words (deterministic)."""
    return generate_document(words)


def write_documents(folder: Path, sizes: tuple[int, ...] = SIZES) -> dict[int, Path]:
    """Write ``doc<N>k.md`` for each size into ``folder``; returns {words: path}."""
    folder.mkdir(parents=True, exist_ok=True)
    out: dict[int, Path] = {}
    for n in sizes:
        path = folder / f"doc{label(n)}.md"
        path.write_text(document(n), encoding="utf-8")
        out[n] = path
    return out


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path("bench-docs")
    for n, path in write_documents(folder).items():
        text = path.read_text(encoding="utf-8")
        print(f"{path}  {len(text.split()):,} words  {len(text.encode()) / 1024:.0f} KB  (target {n:,})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
