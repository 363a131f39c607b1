"""The forked full pass gives exactly the serial pass's issues, and a failing child loses nothing."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor_app.core.checks.builtin import BuiltinChecker, forked

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(autouse=True)
def _opted_in(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    forked.allow_fork()
    # the machine running the tests may be busy; these tests exercise the fork path itself
    monkeypatch.setattr(forked, "_spare_core", lambda: True)
    yield
    forked.allow_fork(False)


def _long_document() -> str:
    sources = sorted(FIXTURES.glob("heldout/*.md")) + sorted(FIXTURES.glob("clean/*.md"))
    if CORPUS.is_dir():
        sources += sorted(CORPUS.glob("*.md"))
    parts = ["---\ntitle: Long\n---\n"]
    for n, p in enumerate(sources * 2):
        body = p.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
        parts.append(f"\n\n## Part {n}\n\nPart {n} begins here.\n\n{body}")
    text = "".join(parts)
    assert len(text) > forked.MIN_CHARS * 2
    return text


def _key(issues: list) -> list[tuple]:
    return [(i.start, i.end, i.category, i.rule, i.message) for i in issues]


@pytest.mark.skipif(not hasattr(os, "fork") or (os.cpu_count() or 1) < 2, reason="needs fork and 2+ CPUs")
def test_forked_full_pass_equals_serial_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _long_document()
    calls: list[int] = []
    real_fork = os.fork

    def counting_fork() -> int:
        calls.append(1)
        return real_fork()

    monkeypatch.setattr(os, "fork", counting_fork)
    # Earlier tests in the same pytest process leave helper threads (servers, timers) alive; the
    # child only runs pure-Python rules, so the fork path is safe to exercise here.
    monkeypatch.setattr(forked.threading, "active_count", lambda: 1)
    parallel = BuiltinChecker().check(text)
    assert calls, "a long cold pass should have used the second core"
    monkeypatch.setenv("EDITOR_APP_NO_FORK", "1")
    serial = BuiltinChecker().check(text)
    assert len(serial) > 50
    assert _key(parallel) == _key(serial)


@pytest.mark.skipif(not hasattr(os, "fork") or (os.cpu_count() or 1) < 2, reason="needs fork and 2+ CPUs")
def test_child_that_dies_is_recomputed_by_the_parent() -> None:
    items = [f"block {n} " * 4000 for n in range(8)]

    def work(x: str) -> int:
        if os.getpid() != parent:
            os._exit(3)  # the child dies without sending anything
        return len(x)

    parent = os.getpid()
    forked_calls: list[int] = []
    real_fork = os.fork

    def counting_fork() -> int:
        forked_calls.append(1)
        return real_fork()

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(forked.threading, "active_count", lambda: 1)
        mp.setattr(os, "fork", counting_fork)
        assert forked.map_split(items, work) == [len(x) for x in items]
    assert forked_calls


def test_short_input_stays_in_process() -> None:
    parent = os.getpid()
    assert forked.map_split(["a", "b"], lambda x: (x, os.getpid())) == [("a", parent), ("b", parent)]


def test_a_process_that_did_not_opt_in_never_forks() -> None:
    forked.allow_fork(False)
    assert not forked.can_fork()


def test_child_takes_the_larger_share_spread_over_the_list() -> None:
    items = [f"block {n} " * (50 + 7 * n) for n in range(40)]
    theirs = forked._split(items)
    share = sum(len(items[k]) for k in theirs) / sum(map(len, items))
    assert abs(share - forked.CHILD_SHARE) < 0.05
    assert theirs[0] == 0 and theirs[-1] >= 35  # from the start to the end, not one half


def test_a_busy_machine_stays_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forked, "_spare_core", lambda: False)
    monkeypatch.setattr(forked.threading, "active_count", lambda: 1)
    assert not forked.can_fork()
    parent = os.getpid()
    items = [f"block {n} " * 4000 for n in range(8)]
    assert forked.map_split(items, lambda x: os.getpid()) == [parent] * len(items)


def test_spare_core_reads_the_load(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the real _spare_core, not the fixture's stand-in
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(os, "getloadavg", lambda: (3.7, 3.0, 2.0))
    assert not forked._spare_core()


@pytest.mark.skipif(not hasattr(os, "fork") or (os.cpu_count() or 1) < 2, reason="needs fork and 2+ CPUs")
def test_the_parent_runs_its_other_work_while_the_child_computes() -> None:
    """``meanwhile`` (the document-wide rule in a full pass) runs in the parent after its own
    share and only when a child was forked; in process it is left to the caller."""
    items = [f"block {n} " * 4000 for n in range(8)]
    calls: list[int] = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(forked.threading, "active_count", lambda: 1)
        assert forked.map_split(items, len, lambda: calls.append(os.getpid())) == [len(x) for x in items]
    assert calls == [os.getpid()]
    calls.clear()
    assert forked.map_split(["a", "b"], len, lambda: calls.append(1)) == [1, 1]
    assert calls == []  # too short to fork: the caller runs that work itself


@pytest.mark.skipif(not hasattr(os, "fork") or (os.cpu_count() or 1) < 2, reason="needs fork and 2+ CPUs")
def test_a_forked_full_pass_runs_the_document_rule_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from editor_app.core.checks import builtin

    text = _long_document()
    runs: list[int] = []
    real = builtin.find_repeated_phrases

    def counting(*args: object, **kwargs: object) -> object:
        runs.append(os.getpid())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtin, "find_repeated_phrases", counting)
    monkeypatch.setattr(forked.threading, "active_count", lambda: 1)
    BuiltinChecker().check(text)
    assert runs == [os.getpid()]  # in the parent, during the child's work, not again afterwards
