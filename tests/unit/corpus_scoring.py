"""Shared by the corpus tests: run ``editor-app check`` on a folder and score it the way issue 3
states (one-to-one matching, and only an issue with the annotation's category counts)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any


def run_check(folder: Path) -> dict[str, list[dict[str, Any]]]:
    """Issues per document name, from the real CLI with the built-in checker."""
    docs = sorted(folder.glob("*.md"))
    assert docs, f"no documents in {folder}"
    proc = subprocess.run(
        [sys.executable, "-m", "editor_app.cli", "check", "--format", "json", "--checkers", "builtin",
         *map(str, docs)],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode in (0, 1), proc.stderr
    out = json.loads(proc.stdout)
    return {Path(f["path"]).name: f["issues"] for f in out["files"]}


def load_gold(folder: Path) -> dict[str, dict[str, Any]]:
    golds = (json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json")))
    return {g["doc"]: g for g in golds}


def overlaps(ann: dict[str, Any], issue: dict[str, Any]) -> bool:
    start, end = issue["start"], max(issue["end"], issue["start"] + 1)
    return bool(start < ann["end"] and ann["start"] < end)


def matched(anns: list[dict[str, Any]], issues: list[dict[str, Any]]) -> set[int]:
    """Annotations covered by a maximum one-to-one matching of category-correct overlaps."""
    edges = [[k for k, it in enumerate(issues) if it.get("category") == a["category"] and overlaps(a, it)]
             for a in anns]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for k in edges[i]:
            if k not in seen:
                seen.add(k)
                if k not in owner or augment(owner[k], seen):
                    owner[k] = i
                    return True
        return False

    for i in range(len(anns)):
        augment(i, set())
    return set(owner.values())


class FolderScore:
    """One folder's category-correct one-to-one recall, per category, and its strays."""

    def __init__(self) -> None:
        self.per_gold: Counter[str] = Counter()
        self.per_hit: Counter[str] = Counter()
        self.strays = 0
        self.words = 0

    @property
    def total(self) -> int:
        return sum(self.per_gold.values())

    @property
    def recall(self) -> float:
        return sum(self.per_hit.values()) / self.total

    @property
    def table(self) -> str:
        return ", ".join(f"{c} {self.per_hit[c]}/{self.per_gold[c]}" for c in sorted(self.per_gold))


def score_folder(folder: Path) -> FolderScore:
    """Run the CLI on an annotated folder and score it (fails if a fixture is out of date)."""
    gold = load_gold(folder)
    issues = run_check(folder)
    assert set(gold) == {p.name for p in folder.glob("*.md")}
    score = FolderScore()
    for doc, g in gold.items():
        text = (folder / doc).read_text(encoding="utf-8")
        for a in g["annotations"]:
            assert text[a["start"]:a["end"]] == a["text"], "fixture out of date: rebuild with build.py"
        found = issues.get(doc, [])
        hit = matched(g["annotations"], found)
        for i, a in enumerate(g["annotations"]):
            score.per_gold[a["category"]] += 1
            score.per_hit[a["category"]] += i in hit
        score.strays += sum(not any(overlaps(a, it) for a in g["annotations"]) for it in found)
        score.words += g["words"]
    return score
