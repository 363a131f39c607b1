"""The site goes away mid-publish: the job waits in the outbox, survives a restart, and the replay
after the server is back produces exactly one post (even if an earlier attempt got through)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
import requests

from editor_app.core.publishing.base import SiteConfig
from editor_app.core.publishing.media_cache import MediaCache
from editor_app.core.publishing.outbox import Job, Outbox
from editor_app.core.publishing.publisher import PublishOptions, publish, write_record
from editor_app.core.publishing.wordpress import WordPressSite
from tests.harness.wordpress import WordPressServer

pytestmark = pytest.mark.wordpress


def _count(wp: WordPressServer, title: str) -> int:
    r = requests.get(
        f"{wp.url}/?rest_route=/wp/v2/posts",
        params={"search": title, "status": "any", "per_page": 100, "context": "edit"},
        auth=(wp.user, wp.app_password),
        timeout=30,
    )
    r.raise_for_status()
    return sum(1 for p in r.json() if p["title"]["raw"] == title)


def test_server_down_job_waits_then_replay_makes_exactly_one_post(wordpress: WordPressServer, tmp_path: Path) -> None:
    site = WordPressSite(SiteConfig("Test WP", "wordpress", wordpress.url, wordpress.user), wordpress.app_password)
    cache = MediaCache(tmp_path / "media.json")
    title = f"Offline story {uuid.uuid4().hex[:8]}"
    doc = tmp_path / "offline.md"
    doc.write_text(f"---\ntitle: {title}\nslug: offline-{uuid.uuid4().hex[:6]}\n---\nWritten on a train.\n")

    def execute(job: Job):  # type: ignore[no-untyped-def]
        out = publish(job.text, Path(job.doc_path), site, PublishOptions(marker=job.marker, **job.options), cache=cache)
        write_record(Path(job.doc_path), out.record)
        return out

    box = Outbox(tmp_path / "outbox")
    job = box.submit(site.name, doc, doc.read_text(), {"status": "publish"}, title=title)
    wordpress.stop_web()
    try:
        first = box.run(job.id, execute)
        assert first.state == "retrying", first
        assert "cannot be reached" in first.last_error
    finally:
        wordpress.start_web()

    # The app restarts: a new Outbox object over the same folder still has the job.
    restarted = Outbox(tmp_path / "outbox")
    assert [j.id for j in restarted.pending()] == [job.id]

    # Worst case: an earlier attempt reached the site but its answer was lost, so the post exists
    # without the job knowing (the job's marker is on it).
    publish(doc.read_text(), doc, site, PublishOptions(marker=job.marker, status="publish"), cache=cache)
    assert _count(wordpress, title) == 1

    done = restarted.run_due(execute, now=first.next_attempt_at + 1)
    assert [j.state for j in done] == ["done"], done
    assert _count(wordpress, title) == 1
    assert done[0].link and "id:" in doc.read_text()
    # a finished job is never sent again
    restarted.retry_now(job.id)
    assert restarted.due() == [] and restarted.run(job.id, execute).state == "done"
    assert _count(wordpress, title) == 1


_CRASHING_SENDER = """
import os, sys, time
from pathlib import Path
from editor_app.core.publishing.base import SiteConfig
from editor_app.core.publishing.media_cache import MediaCache
from editor_app.core.publishing.outbox import Outbox
from editor_app.core.publishing.publisher import PublishOptions, publish
from editor_app.core.publishing.wordpress import WordPressSite

site = WordPressSite(SiteConfig("Test WP", "wordpress", os.environ["WP_URL"], os.environ["WP_USER"]),
                     os.environ["WP_APP_PASSWORD"])

def execute(job):
    publish(job.text, Path(job.doc_path), site, PublishOptions(marker=job.marker, **job.options),
            cache=MediaCache(Path(sys.argv[3])))
    Path(sys.argv[2]).write_text("created")  # the post exists; the answer is never recorded
    time.sleep(120)

Outbox(Path(sys.argv[1])).run(sys.argv[4], execute)
"""


def test_sender_killed_mid_job_is_retried_on_restart_and_makes_one_post(
    wordpress: WordPressServer, tmp_path: Path
) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    site = WordPressSite(SiteConfig("Test WP", "wordpress", wordpress.url, wordpress.user), wordpress.app_password)
    title = f"Crash story {uuid.uuid4().hex[:8]}"
    doc = tmp_path / "crash.md"
    doc.write_text(f"---\ntitle: {title}\n---\nWritten just before the laptop died.\n")
    box = Outbox(tmp_path / "outbox")
    job = box.submit(site.name, doc, doc.read_text(), {"status": "publish"}, title=title)

    root = Path(__file__).resolve().parents[2]
    flag = tmp_path / "created"
    env = {**os.environ, "PYTHONPATH": str(root), "WP_URL": wordpress.url, "WP_USER": wordpress.user,
           "WP_APP_PASSWORD": wordpress.app_password}
    proc = subprocess.Popen(
        [sys.executable, "-c", _CRASHING_SENDER, str(box.dir), str(flag), str(tmp_path / "media.json"), job.id],
        cwd=root, env=env,
    )
    try:
        deadline = time.monotonic() + 120
        while not flag.exists():
            assert proc.poll() is None, "the sender ended early"
            assert time.monotonic() < deadline, "the sender never created the post"
            time.sleep(0.1)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert _count(wordpress, title) == 1
    assert Outbox(box.dir).get(job.id).state == "running"  # type: ignore[union-attr]  # what the crash left

    cache = MediaCache(tmp_path / "media.json")

    def execute(j: Job):  # type: ignore[no-untyped-def]
        out = publish(j.text, Path(j.doc_path), site, PublishOptions(marker=j.marker, **j.options), cache=cache)
        write_record(Path(j.doc_path), out.record)
        return out

    restarted = Outbox(box.dir)  # the app starts again
    done = restarted.run_due(execute)
    assert [j.state for j in done] == ["done"], done
    assert _count(wordpress, title) == 1  # the replay found the post by its marker
    assert done[0].link and "id:" in doc.read_text()
