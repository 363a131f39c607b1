"""Export review: a standalone HTML report per section, and the review CLI round trip."""

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

from editor_app.core import review
from editor_app.core.checks.base import Issue
from editor_app.core.review_report import build_report

DOC = """---
title: Field notes
---
Opening line with {++a new ++}word.

## Methods

We {--really --}measured {~~teh~>the~~} river.{>>@ana: Which river?<<}{>>@ben: The Elbe.<<}

```
## not a heading {++x++}
```

## Results

Flat {==water==}{>>[resolved] @ana: fine<<} and very unique results.
"""


def _sections(html: str) -> dict[str, str]:
    out = {}
    for m in re.finditer(r"<section><h2>(.*?)</h2>(.*?)</section>", html, re.S):
        title = re.sub(r"<[^>]+>", "", m.group(1))
        out[re.sub(r"^line \d+", "", title)] = m.group(2)
    return out


def test_report_lists_changes_comments_and_issues_under_their_sections() -> None:
    s = DOC.index("very unique")
    issue = Issue(s, s + len("very unique"), "r", "wordy_phrase", "“very unique” is redundant", replacements=("unique",))
    html = build_report(DOC, issues=[issue])
    HTMLParser().feed(html)  # well-formed enough to parse
    assert "<title>Review: Field notes</title>" in html
    secs = _sections(html)
    assert list(secs) == ["Start of the document", "Methods", "Results"]  # no heading from code
    assert "<ins>a new </ins>" in secs["Start of the document"]
    m = secs["Methods"]
    assert "<del>really </del>" in m and "<del>teh</del> → <ins>the</ins>" in m
    assert "Which river?" in m and "The Elbe." in m and "ana" in m and "ben" in m
    assert "<ins>x</ins>" in m  # a suggestion inside code is still a suggestion
    r = secs["Results"]
    assert "(resolved)" in r and "fine" in r
    assert "is redundant" in r and "Suggested: “unique”" in r
    assert "Which river" not in r
    assert "<script" not in html and "http" not in html.split("<body>")[1]
    full = html.split('<section class="fulltext">')[1]
    assert ">really </del>measured" in full and ">a new </ins>word" in full  # the whole text, marked


def test_report_of_a_clean_document_says_so() -> None:
    assert "No suggestions, comments or check issues." in build_report("# Title\n\nAll fine.\n")


def test_report_escapes_comment_and_suggestion_text() -> None:
    html = build_report("a {++<b>x</b>++} {>><img src=x onerror=alert(1)><<}")
    assert "<img" not in html and "&lt;b&gt;x&lt;/b&gt;" in html


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "editor_app", "review", *args], capture_output=True, text=True)


def test_cli_report_and_accept_reject_round_trip(tmp_path: Path) -> None:
    f = tmp_path / "notes.md"
    f.write_text(DOC, encoding="utf-8")
    report = tmp_path / "review.html"
    r = _cli(str(f), "--report", str(report))
    assert r.returncode == 0, r.stderr
    html = report.read_text(encoding="utf-8")
    assert "<del>teh</del> → <ins>the</ins>" in html and "Which river?" in html
    assert "“very” is redundant" in _sections(html)["Results"]  # the built-in checks ran on the accepted text
    assert f.read_text(encoding="utf-8") == DOC

    accepted = tmp_path / "a.md"
    assert _cli(str(f), "--accept-all", "-o", str(accepted)).returncode == 0
    assert accepted.read_text(encoding="utf-8") == review.accept_all(DOC)
    assert "We measured the river." in accepted.read_text(encoding="utf-8")
    rejected = _cli(str(f), "--reject-all")
    assert rejected.returncode == 0 and "We really measured teh river." in rejected.stdout

    r = _cli(str(f), "--accept-all", "--in-place", "--keep-comments")
    assert r.returncode == 0
    text = f.read_text(encoding="utf-8")
    assert "{>>@ana: Which river?<<}" in text and "{++" not in text and "{~~" not in text


def test_cli_needs_something_to_do(tmp_path: Path) -> None:
    f = tmp_path / "n.md"
    f.write_text("x", encoding="utf-8")
    r = _cli(str(f))
    assert r.returncode == 2 and "--accept-all" in r.stderr
