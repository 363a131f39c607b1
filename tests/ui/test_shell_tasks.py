"""The one background runner: UI-thread delivery, stale results dropped, coalescing, failures,
progress and cancel. Real QThreadPool, real timers."""

from __future__ import annotations

import threading
import time

import pytest

from editor_app.ui.tasks import TaskContext, TaskRunner

pytestmark = pytest.mark.ui


@pytest.fixture
def runner(qtbot):
    r = TaskRunner()
    yield r
    r.wait_for_done(5000)


def test_result_arrives_on_the_ui_thread(qtbot, runner):
    seen = {}

    def work(text: str) -> str:
        seen["worker"] = threading.get_ident()
        return text.upper()

    def done(result: str) -> None:
        seen["result"] = result
        seen["ui"] = threading.get_ident()

    runner.request("k", lambda: ("hello", 1), work, done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=3000)
    assert seen["result"] == "HELLO"
    assert seen["ui"] == threading.main_thread().ident
    assert seen["worker"] != seen["ui"]


def test_result_for_an_older_revision_is_dropped(qtbot, runner):
    revision = {"now": 1}
    delivered = []
    started = threading.Event()

    def slow(text: str) -> str:
        started.set()
        time.sleep(0.2)
        return text

    runner.request("doc", lambda: ("old text", 1), slow, delivered.append, current_revision=lambda: revision["now"])
    qtbot.waitUntil(started.is_set, timeout=3000)
    revision["now"] = 2  # the writer typed while the job ran
    qtbot.waitUntil(lambda: not runner.is_busy("doc"), timeout=3000)
    qtbot.wait(50)
    assert delivered == []


def test_requests_while_running_coalesce_into_one_rerun_with_the_newest_snapshot(qtbot, runner):
    state = {"text": "v0", "rev": 0}
    calls: list[str] = []
    delivered: list[str] = []
    gate = threading.Event()

    def work(text: str) -> str:
        calls.append(text)
        if len(calls) == 1:
            gate.wait(3)
        return text

    def ask() -> None:
        runner.request(
            "render", lambda: (state["text"], state["rev"]), work, delivered.append,
            current_revision=lambda: state["rev"],
        )

    ask()
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=3000)
    for i in range(1, 30):  # thirty keystrokes while the first render runs
        state["text"], state["rev"] = f"v{i}", i
        ask()
    gate.set()
    qtbot.waitUntil(lambda: bool(delivered) and delivered[-1] == "v29", timeout=3000)
    qtbot.wait(100)
    assert calls == ["v0", "v29"]  # one rerun, never a pile
    assert delivered == ["v29"]  # v0 was stale when it arrived


def test_debounce_turns_a_burst_into_one_job(qtbot, runner):
    calls = []
    for i in range(20):
        runner.request("k", lambda i=i: (i, i), calls.append, lambda _r: None, debounce_ms=40)
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=3000)
    qtbot.wait(120)
    assert calls == [19]


def test_failure_reaches_the_user_as_a_message(qtbot, runner):
    def boom(_text: str) -> None:
        raise ValueError("The front matter has a tab where spaces are needed (line 3).")

    with qtbot.waitSignal(runner.failed, timeout=3000) as sig:
        runner.request("k", lambda: ("x", 1), boom, lambda _r: None, label="Rendering")
    label, message = sig.args
    assert label == "Rendering"
    assert "front matter has a tab" in message


def test_failure_handler_can_be_given_per_request(qtbot, runner):
    errors = []
    runner.request("k", lambda: ("x", 1), lambda _t: 1 / 0, lambda _r: None, on_failure=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert isinstance(errors[0], ZeroDivisionError)


def test_long_job_reports_progress_and_can_be_cancelled(qtbot, runner):
    progress = []
    successes = []
    runner.progress.connect(lambda _id, label, fraction, text: progress.append((label, fraction, text)))

    def long_job(ctx: TaskContext) -> str:
        for i in range(200):
            ctx.check_cancelled()
            ctx.report_progress(i / 200, f"step {i}")
            time.sleep(0.01)
        return "finished"

    with qtbot.waitSignal(runner.finished, timeout=5000):
        handle = runner.run(long_job, successes.append, label="Uploading images")
        qtbot.waitUntil(lambda: len(progress) >= 3, timeout=3000)
        handle.cancel()
    assert progress[0][0] == "Uploading images"
    assert 0.0 <= progress[-1][1] < 1.0
    assert successes == []  # cancelled: no success, and no error message either


def test_long_job_success(qtbot, runner):
    out = []
    with qtbot.waitSignal(runner.finished, timeout=3000):
        runner.run(lambda ctx: 42, out.append, label="x")
    assert out == [42]


def test_cancel_key_drops_pending_results(qtbot, runner):
    delivered = []
    started = threading.Event()

    def work(t: str) -> str:
        started.set()
        time.sleep(0.1)
        return t

    runner.request("tab", lambda: ("x", 1), work, delivered.append)
    qtbot.waitUntil(started.is_set, timeout=3000)
    runner.cancel_key("tab")  # the tab closed
    runner.wait_for_done(3000)
    qtbot.wait(50)
    assert delivered == []


def test_higher_priority_jumps_the_queue_when_workers_are_busy(qtbot):
    runner = TaskRunner(max_threads=1)
    gate = threading.Event()
    order: list[str] = []
    runner.request("long", lambda: ("long", 1), lambda _t: gate.wait(3), lambda _r: None)
    qtbot.wait(50)  # the long job occupies the only worker
    runner.request("check", lambda: ("check", 1), order.append, lambda _r: None)
    runner.request("autosave", lambda: ("autosave", 1), order.append, lambda _r: None, priority=10)
    qtbot.wait(50)
    gate.set()
    qtbot.waitUntil(lambda: len(order) == 2, timeout=3000)
    runner.wait_for_done(3000)
    assert order == ["autosave", "check"]


def test_interactive_work_does_not_queue_behind_long_background_jobs(qtbot):
    runner = TaskRunner(max_threads=1)
    gate = threading.Event()
    done: list[str] = []
    runner.request("check-a", lambda: ("a", 1), lambda _t: gate.wait(3), lambda _r: done.append("check"))
    runner.request("check-b", lambda: ("b", 1), lambda _t: gate.wait(3), lambda _r: done.append("check"))
    qtbot.wait(30)
    runner.request("render", lambda: ("r", 1), lambda t: t, lambda _r: done.append("render"), interactive=True)
    qtbot.waitUntil(lambda: "render" in done, timeout=2000)  # while both checks still hold the pool
    assert "check" not in done
    gate.set()
    runner.wait_for_done(3000)
