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
