"""The findings identity check of the mypyc build (docs/PERFORMANCE.md, "Checks, session 11").

    python tools/native_findings.py dump TREE OUT.json   # EDITOR_APP_PURE_CHECKS=1 for pure Python
    python tools/native_findings.py compare A.json B.json

``dump`` writes the JSON findings (``pipeline.run`` with the built-in checker, every field of every
issue) of the bench document (bench/bench_checks.build_document, 100k words) and of every .md file
under TREE/tests/fixtures, with the module status (compiled or pure Python). ``compare`` exits 1
and names the documents whose findings differ.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from pathlib import Path


def dump(tree: str, out: str) -> None:
    sys.path.insert(0, tree)
    sys.path.insert(0, os.path.join(tree, "bench"))
    os.environ["EDITOR_APP_NO_FORK"] = "1"
    import bench_checks

    from editor_app.core.checks import native, pipeline
    from editor_app.core.checks.builtin import BuiltinChecker, text

    docs = {"<bench>": bench_checks.build_document(100_000)}
    for p in sorted((Path(tree) / "tests" / "fixtures").rglob("*.md")):
        docs[str(p.relative_to(tree))] = p.read_text(encoding="utf-8")
    found = {name: [dataclasses.asdict(i) for i in pipeline.run(t, [BuiltinChecker()]).issues]
             for name, t in docs.items()}
    with open(out, "w", encoding="utf-8") as fh:
        json.dump({"status": native.status(), "module": text.__file__, "findings": found}, fh, sort_keys=True, default=str)
    print(native.status(), f"{len(found)} documents, {sum(map(len, found.values()))} findings")


def compare(a_path: str, b_path: str) -> int:
    a, b = (json.loads(Path(p).read_text(encoding="utf-8")) for p in (a_path, b_path))
    fa, fb = a["findings"], b["findings"]
    differ = sorted(k for k in set(fa) | set(fb) if fa.get(k) != fb.get(k))
    print(f"{a['status']}: {sum(map(len, fa.values()))} findings in {len(fa)} documents")
    print(f"{b['status']}: {sum(map(len, fb.values()))} findings in {len(fb)} documents")
    print(f"documents whose findings differ: {len(differ)}", *differ[:20], sep="\n  ")
    return 1 if differ else 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "dump":
        dump(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "compare":
        sys.exit(compare(sys.argv[2], sys.argv[3]))
    else:
        sys.exit(__doc__)
