"""Outbox state machine: persistence across restarts, backoff, visible states, no re-run when done.

The network side (a real WordPress going away and coming back) is tested in
tests/integration/test_wp_outbox.py; here the executor is a plain function.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from editor_app.core.publishing.base import (
    AuthFailed,
    PublishOutcome,
    PublishRecord,
    RemotePost,
    Unreachable,
)
from editor_app.core.publishing.outbox import Job, Outbox, backoff_delay


def _outcome(job: Job) -> PublishOutcome:
    post = RemotePost(id="5", link="https://b/?p=5", modified="m", status="draft")
    return PublishOutcome(PublishRecord("Blog", "wordpress", "5", post.link, "m", "h"), post, created=True)


def test_backoff_doubles_and_is_capped() -> None:
    assert [backoff_delay(n) for n in (1, 2, 3, 4)] == [30, 60, 120, 240]
    assert backoff_delay(50) == 3600


def test_job_survives_restart_retries_then_completes(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "outbox")
    job = box.submit("Blog", tmp_path / "a.md", "---\ntitle: A\n---\nbody\n", {"status": "draft"}, title="A")
    calls: list[str] = []

    def offline(j: Job) -> PublishOutcome:
        calls.append(j.marker)
        raise Unreachable("blog.example cannot be reached right now.")

    after = box.run(job.id, offline)
    assert after.state == "retrying" and after.attempts == 1 and "cannot be reached" in after.last_error
    assert after.next_attempt_at > after.updated_at + 20
    assert "retry" in after.describe()

    restarted = Outbox(tmp_path / "outbox")  # the app was restarted
    assert [j.id for j in restarted.pending()] == [job.id]
    assert restarted.due() == []  # backoff not over yet
    done = restarted.run_due(_outcome, now=after.next_attempt_at + 1)
    assert [j.state for j in done] == ["done"]
    assert done[0].link == "https://b/?p=5" and done[0].record["id"] == "5"
    assert calls == [job.id]  # the marker given to the executor is the job id
    # running a finished job again does nothing
    assert restarted.run(job.id, offline).state == "done" and calls == [job.id]


def test_non_retryable_errors_fail_visibly_and_retry_now_requeues(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "outbox")
    job = box.submit("Blog", tmp_path / "a.md", "x", {})

    def wrong_password(j: Job) -> PublishOutcome:
        raise AuthFailed("WordPress did not accept the password (HTTP 401).")

    failed = box.run(job.id, wrong_password)
    assert failed.state == "failed" and "401" in failed.last_error and failed.error_kind == "AuthFailed"
    assert box.due() == []
    box.retry_now(job.id)
    assert [j.id for j in box.due()] == [job.id]
    box.remove(job.id)
    assert box.jobs() == []


_SENDER = """
import sys, time
from pathlib import Path
from editor_app.core.publishing.outbox import Outbox

box = Outbox(Path(sys.argv[1]))

def hang(job):
    Path(sys.argv[2]).write_text(str(job.attempts))  # "the request is on its way"
    time.sleep(120)

box.run(sys.argv[3], hang)
"""


def _start_sender(box_dir: Path, flag: Path, job_id: str) -> subprocess.Popen[bytes]:
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen(
        [sys.executable, "-c", _SENDER, str(box_dir), str(flag), job_id],
        cwd=root, env={**os.environ, "PYTHONPATH": str(root)},
    )
    deadline = time.monotonic() + 60
    while not flag.exists():
        assert proc.poll() is None, "the sender process ended early"
        assert time.monotonic() < deadline, "the sender never started the job"
        time.sleep(0.05)
    return proc


def test_job_left_running_by_a_killed_process_is_retried_with_the_same_marker(tmp_path: Path) -> None:
    box_dir = tmp_path / "outbox"
    job = Outbox(box_dir).submit("Blog", tmp_path / "a.md", "---\ntitle: A\n---\nbody\n", {}, title="A")
    proc = _start_sender(box_dir, tmp_path / "started", job.id)
    try:
        # while the sender lives, its job is running and nobody else may send it
        live = Outbox(box_dir)
        assert [j.state for j in live.jobs()] == ["running"]
        assert live.due() == [] and live.retry_now(job.id).state == "running"  # type: ignore[union-attr]
        assert "Sending" in live.jobs()[0].describe()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)

    # the app starts again: the orphaned job is due at once, says what happened, and keeps its id
    restarted = Outbox(box_dir)
    [again] = restarted.due()
    assert again.id == job.id and again.state == "retrying" and again.attempts == 1
    assert "interrupted" in again.last_error and "interrupted" in again.describe()
    calls: list[str] = []

    def execute(j: Job) -> PublishOutcome:
        calls.append(j.marker)
        return _outcome(j)

    done = restarted.run_due(execute)
    assert [j.state for j in done] == ["done"] and calls == [job.id]  # same marker: no second post
    assert restarted.due() == [] and restarted.pending() == []
