"""Outbox state machine: persistence across restarts, backoff, visible states, no re-run when done.

The network side (a real WordPress going away and coming back) is tested in
tests/integration/test_wp_outbox.py; here the executor is a plain function.
"""

from __future__ import annotations

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
