"""The LanguageTool adapter, tested against a stand-in server.

A real LanguageTool cannot run on this machine (its download is unreachable), so these tests talk
to ``tests/lt_server/server.py``: a stdlib HTTP server on 127.0.0.1 that answers ``/v2/check`` in
LanguageTool's documented JSON format with UTF-16 offsets, and records what it was sent. They test
our side of the contract: what we send, how we read the answer, and how failures reach the writer.
"""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from editor_app.core.checks.base import Checker
from editor_app.core.checks.languagetool import (
    NOT_INSTALLED_MESSAGE,
    LanguageToolChecker,
    LanguageToolError,
    LanguageToolSettings,
)
from tests.lt_server.server import FakeLanguageTool

DOC = """---
title: Past history, in order to win
tags: [the the]
---

# A past history of the the cable

The company wanted to recieve funds in order to lay the the cable.

```python
# in order to test, the the parser
print("past history")
```

Its past history is long; see <!-- in order to hide --> [the site](https://example.com/in-order-to/past-history).
Run `past history` with the the flags, a apple a day.

> In order to quote someone, the the quote stays as written.

- She could of known 🙂 smile about it.
"""


def _checker(url: str, **kw: object) -> LanguageToolChecker:
    return LanguageToolChecker(LanguageToolSettings(mode="server", url=url, **kw))  # type: ignore[arg-type]


def _found(text: str, issues: list) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    return [(text[i.start : i.end], i.category, i.rule) for i in issues]


def test_only_prose_is_sent_with_the_redundancy_rules_switched_on() -> None:
    with FakeLanguageTool() as lt:
        checker = _checker(lt.url)
        assert isinstance(checker, Checker)
        checker.check(DOC)
    assert len(lt.requests) == 1
    sent = lt.requests[0]
    assert set(sent["enabledRules"].split(",")) == {"EN_REDUNDANCY_REPLACE", "EN_PLAIN_ENGLISH_REPLACE"}
    assert sent["enabledOnly"] == "false"
    assert sent["language"] == "en-US"
    body = sent["text"]
    for never in ("title:", "tags:", "print(", "in order to test", "in order to hide", "example.com",
                  "in-order-to", "A past history of", "In order to quote", "`"):
        assert never not in body, never
    for prose in ("The company wanted to recieve funds in order to lay the the cable.",
                  "Its past history is long; see", "the site. Run X with the the flags", "She could of known"):
        assert prose in body, prose


def test_matches_map_back_to_the_right_source_text_and_categories() -> None:
    with FakeLanguageTool() as lt:
        issues = _checker(lt.url).check(DOC)
    found = _found(DOC, issues)
    assert ("in order to", "wordy_phrase", "EN_PLAIN_ENGLISH_REPLACE") in found
    assert ("past history", "pleonasm", "EN_REDUNDANCY_REPLACE") in found
    assert ("could of", "grammar", "COULD_OF") in found
    assert ("a apple", "misc", "EN_A_VS_AN") in found  # LanguageTool's own category, lower-cased
    # The word after an emoji: Java counts the emoji as two code units, Python as one.
    assert ("smile", "style", "EMOJI_SMILE_TEST") in found
    doubled = [f for f in found if f[2] == "ENGLISH_WORD_REPEAT_RULE"]
    assert doubled == [("the the", "repeated_word", "ENGLISH_WORD_REPEAT_RULE")] * 2
    # Nothing from front matter, headings, code, quotes or link targets.
    body_start = DOC.index("The company")
    quote = (DOC.index("> In order"), DOC.index("- She"))
    for issue in issues:
        assert issue.start >= body_start
        assert not quote[0] <= issue.start < quote[1]
        assert issue.source == "languagetool"
    pleonasm = next(i for i in issues if i.category == "pleonasm")
    assert pleonasm.replacements == ("history",)
    assert issues == sorted(issues)


def test_spelling_matches_are_left_to_the_offline_speller_unless_asked_for() -> None:
    with FakeLanguageTool() as lt:
        without = _checker(lt.url).check(DOC)
        with_spelling = _checker(lt.url, include_spelling=True).check(DOC)
    assert "recieve" not in [w for w, _, _ in _found(DOC, without)]
    assert ("recieve", "spelling", "MORFOLOGIK_RULE_EN_US") in _found(DOC, with_spelling)


def test_long_documents_are_split_into_requests_of_at_most_20k_characters() -> None:
    paragraph = "The council met again on Tuesday in order to vote on the new bike lanes downtown. " * 12
    doc = "---\ntitle: Long\n---\n\n" + "\n\n".join(paragraph.strip() for _ in range(60)) + "\n"
    with FakeLanguageTool() as lt:
        issues = _checker(lt.url).check(doc)
    assert len(lt.requests) >= 3
    assert all(len(r["text"]) <= 20_000 for r in lt.requests)
    # Every paragraph was sent exactly once, and every "in order to" came back at its own place.
    assert sum(r["text"].count("in order to") for r in lt.requests) == doc.count("in order to")
    wordy = [i for i in issues if i.rule == "EN_PLAIN_ENGLISH_REPLACE"]
    assert len(wordy) == doc.count("in order to")
    assert all(doc[i.start : i.end] == "in order to" for i in wordy)


def test_one_huge_paragraph_is_cut_at_sentence_boundaries() -> None:
    doc = "Intro.\n\n" + "We walked uphill in order to see it. " * 1200 + "\n"
    with FakeLanguageTool() as lt:
        issues = _checker(lt.url).check(doc)
    assert len(lt.requests) >= 3
    assert all(len(r["text"]) <= 20_000 for r in lt.requests)
    assert all(doc[i.start : i.end] == "in order to" for i in issues)
    assert len(issues) == 1200


def _dead_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_server_that_is_down_is_reported_not_crashed() -> None:
    checker = _checker(f"http://127.0.0.1:{_dead_port()}", timeout=3.0)
    avail = checker.available()
    assert not avail.ok
    assert "Cannot reach LanguageTool" in avail.reason
    with pytest.raises(LanguageToolError, match="Cannot reach LanguageTool"):
        checker.check(DOC)


@pytest.mark.parametrize(
    ("behaviour", "message"),
    [
        ("malformed", "not valid JSON"),
        ("no_matches_key", "without a list of matches"),
        ("http500", "HTTP 500"),
        ("ratelimited", "limit"),
    ],
)
def test_bad_answers_become_clear_errors(behaviour: str, message: str) -> None:
    with FakeLanguageTool(behaviour) as lt:
        checker = _checker(lt.url)
        with pytest.raises(LanguageToolError, match=message):
            checker.check(DOC)
        assert not checker.available().ok  # the failure is remembered for the status line
        lt.behaviour = "ok"
        assert checker.check(DOC)  # and it recovers when the server does
        assert checker.available().ok


def test_a_url_that_is_not_languagetool_is_unavailable_with_a_reason() -> None:
    with FakeLanguageTool("not_languagetool") as lt:
        avail = _checker(lt.url).available()
    assert not avail.ok and "not like a LanguageTool server" in avail.reason


def test_matches_with_missing_fields_or_impossible_offsets_are_skipped() -> None:
    from editor_app.core.checks.languagetool import make_batches, matches_to_issues, prose_pieces

    text = "One sentence here.\n\nAnother one there.\n"
    batch = make_batches(prose_pieces(text, frozenset({"paragraph"}), 20_000), 20_000)[0]
    good = {"offset": 4, "length": 8, "message": "m", "rule": {"id": "R", "category": {"id": "STYLE"}}}
    bad = [
        {"offset": 4, "message": "no length", "rule": {"id": "R"}},
        {"offset": 999, "length": 3, "message": "past the end", "rule": {"id": "R"}},
        {"offset": 15, "length": 8, "message": "spans two paragraphs", "rule": {"id": "R"}},
        {"offset": "x", "length": 1, "rule": {"id": "R"}},
        "not even a dict",
    ]
    issues = matches_to_issues(batch, [*bad, good], include_spelling=False)
    assert [(text[i.start : i.end], i.category) for i in issues] == [("sentence", "style")]


def test_local_mode_without_a_languagetool_folder_says_how_to_fix_it(tmp_path: object) -> None:
    for folder in ("", str(tmp_path)):
        checker = LanguageToolChecker(LanguageToolSettings(mode="local", local_path=folder))
        avail = checker.available()
        assert not avail.ok
        assert avail.reason.startswith(NOT_INSTALLED_MESSAGE)
        with pytest.raises(LanguageToolError, match="LanguageTool is not installed"):
            checker.check(DOC)


def test_constructing_and_probing_never_imports_language_tool_python_or_downloads() -> None:
    # language_tool_python downloads LanguageTool when it cannot find one; our code never uses it.
    code = (
        "import sys\n"
        "from editor_app.core.checks.languagetool import LanguageToolChecker, LanguageToolSettings\n"
        "c = LanguageToolChecker(LanguageToolSettings(mode='local', local_path='/nonexistent'))\n"
        "print(c.available().ok)\n"
        "print('language_tool_python' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_public_api_mode_respects_the_per_minute_limits() -> None:
    class Clock:
        now = 0.0
        slept: list[float] = []

        def __call__(self) -> float:
            return self.now

        def sleep(self, s: float) -> None:
            self.slept.append(s)
            self.now += s

    clock = Clock()
    paragraph = "A short paragraph that says the same thing again and again for the test. " * 20
    doc = "\n\n".join(paragraph.strip() for _ in range(120))  # ~180k characters of prose
    with FakeLanguageTool() as lt:
        # Public mode, pointed at the stand-in instead of api.languagetool.org.
        checker = LanguageToolChecker(
            LanguageToolSettings(mode="public", url=lt.url, max_rate_wait=1e9), clock=clock, sleep=clock.sleep
        )
        log: list[tuple[float, int]] = []
        record = checker.limiter.record

        def logged(chars: int) -> None:
            log.append((clock.now, chars))
            record(chars)

        checker.limiter.record = logged  # type: ignore[method-assign]
        checker.check(doc)
        sent = [len(r["text"]) for r in lt.requests]
    assert sum(sent) >= 170_000
    assert all(n <= 20_000 for n in sent)
    assert [c for _, c in log] == sent
    for t0, _ in log:
        window = [c for t, c in log if t0 <= t < t0 + 60]
        assert len(window) <= 20 and sum(window) <= 75_000
    assert clock.now >= 120  # 180k characters at 75k a minute take over two minutes
