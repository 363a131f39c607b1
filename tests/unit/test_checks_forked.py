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
def test_a_child_that_dies_gives_no_result_and_the_parent_still_runs_its_share() -> None:
    parent = os.getpid()
    ran: list[int] = []

    def child_work() -> int:
        os._exit(3)  # the child dies without sending anything

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(forked.threading, "active_count", lambda: 1)
        assert forked.fork_call(child_work, lambda: ran.append(os.getpid())) is None
    assert ran == [parent]


@pytest.mark.skipif(not hasattr(os, "fork") or (os.cpu_count() or 1) < 2, reason="needs fork and 2+ CPUs")
def test_a_forked_full_pass_whose_child_dies_loses_no_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _long_document()
    monkeypatch.setattr(forked.threading, "active_count", lambda: 1)
    real_pickle = forked.pickle.dumps

    def dying_dumps(*args: object, **kwargs: object) -> bytes:
        os._exit(3)  # only the child pickles: it dies before sending its findings

    forks: list[int] = []
    real_fork = os.fork

    def counting_fork() -> int:
        forks.append(1)
        return real_fork()

    monkeypatch.setattr(os, "fork", counting_fork)
    monkeypatch.setattr(forked.pickle, "dumps", dying_dumps)
    broken = BuiltinChecker().check(text)
    assert forks, "the pass should have forked a child"
    monkeypatch.setattr(forked.pickle, "dumps", real_pickle)
    monkeypatch.setenv("EDITOR_APP_NO_FORK", "1")
    assert _key(broken) == _key(BuiltinChecker().check(text))


def test_short_input_stays_in_process() -> None:
    assert not forked.worth_forking(["a", "b"])


def test_a_process_that_did_not_opt_in_never_forks() -> None:
    forked.allow_fork(False)
    assert not forked.can_fork()


def test_a_busy_machine_stays_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forked, "_spare_core", lambda: False)
    monkeypatch.setattr(forked.threading, "active_count", lambda: 1)
    assert not forked.can_fork()
    assert not forked.worth_forking([f"block {n} " * 4000 for n in range(8)])


def test_spare_core_reads_the_load(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the real _spare_core, not the fixture's stand-in
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(os, "getloadavg", lambda: (3.7, 3.0, 2.0))
    assert not forked._spare_core()


@pytest.mark.skipif(not hasattr(os, "fork") or (os.cpu_count() or 1) < 2, reason="needs fork and 2+ CPUs")
def test_the_parent_runs_its_work_while_the_child_computes_its_result() -> None:
    parent = os.getpid()
    ran: list[int] = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(forked.threading, "active_count", lambda: 1)
        child = forked.fork_call(lambda: os.getpid(), lambda: ran.append(os.getpid()))
    assert ran == [parent]
    assert isinstance(child, int) and child != parent


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
