"""`editor-app check` as another tool or the evaluation calls it: exit codes, text and JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "fixtures" / "seed-draft.md"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "editor_app", "check", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_clean_file_exits_0(tmp_path: Path) -> None:
    doc = tmp_path / "clean.md"
    doc.write_text("# Title\n\nA short, tidy paragraph about bread.\n", encoding="utf-8")
    proc = run(str(doc))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout == ""


def test_issues_exit_1_in_text_format() -> None:
    proc = run(str(SEED))
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert lines
    first = lines[0]
    path, line, col, rest = first.split(":", 3)
    assert path == str(SEED) and int(line) >= 1 and int(col) >= 1
    category, _, tail = rest.strip().partition(": ")
    assert category in {"wordy_phrase", "missing_article", "hedge_stacking", "duplicate_information"}
    assert tail.endswith("]")


def test_json_format_is_exactly_the_contract(tmp_path: Path) -> None:
    text = "---\ntitle: x\n---\n\nCafé owners said the the plan works.\r\n"
    doc = tmp_path / "crlf.md"
    doc.write_bytes(text.encode("utf-8"))
    proc = run("--format", "json", str(doc), str(SEED))
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert list(data) == ["files"]
    assert [f["path"] for f in data["files"]] == [str(doc), str(SEED)]
    (issue,) = data["files"][0]["issues"]
    assert set(issue) == {"start", "end", "line", "column", "rule", "category", "severity", "message",
                          "replacements", "source"}
    assert text[issue["start"] : issue["end"]] == "the the"  # indices into the file text as written
    assert (issue["line"], issue["category"]) == (5, "repeated_word")
    assert isinstance(issue["replacements"], list)


def test_errors_exit_2(tmp_path: Path) -> None:
    missing = run(str(tmp_path / "nope.md"))
    assert missing.returncode == 2 and "no such file" in missing.stderr
    binary = tmp_path / "image.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    proc = run(str(binary))
    assert proc.returncode == 2 and "binary" in proc.stderr
    bad = run("--checkers", "grammarly", str(SEED))
    assert bad.returncode == 2 and "grammarly" in bad.stderr
    bad_format = run("--format", "xml", str(SEED))
    assert bad_format.returncode == 2


def test_help_mentions_default_checkers() -> None:
    proc = subprocess.run([sys.executable, "-m", "editor_app", "check", "--help"], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert proc.returncode == 0
    assert "builtin" in proc.stdout and "languagetool" in proc.stdout


def test_only_unavailable_checkers_is_an_error(tmp_path: Path) -> None:
    # Nothing listens on port 9 of this machine: LanguageTool cannot run, so nothing was checked.
    proc = run("--checkers", "languagetool", "--languagetool-url", "http://127.0.0.1:9/", str(SEED))
    assert proc.returncode == 2
    assert "languagetool" in proc.stderr
    # With the built-in checker alongside, the check runs and says once what was skipped.
    both = run("--checkers", "builtin,languagetool", "--languagetool-url", "http://127.0.0.1:9/", str(SEED))
    assert both.returncode == 1
    assert both.stderr.count("languagetool is not available") == 1
