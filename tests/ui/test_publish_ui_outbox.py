"""The Outbox view and the background retrier with the real outbox, site store, credentials and
publisher, against a WordPress address where nothing listens (connection refused)."""

from __future__ import annotations

import socket
from pathlib import Path

from editor_app.core.publishing.base import SiteConfig
from editor_app.core.publishing.outbox import Outbox, make_executor
from editor_app.core.publishing.sites import SiteStore
from editor_app.core.storage.credentials import CredentialStore
from editor_app.ui.dialogs.outbox import OutboxRetrier, OutboxView
from editor_app.ui.tasks import TaskRunner


def _setup(tmp_path: Path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    store = SiteStore(tmp_path / "sites.json")
    store.add(SiteConfig(name="Down", kind="wordpress", url=f"http://127.0.0.1:{port}", user="admin"))
    creds = CredentialStore(service=f"editor-app-test-{tmp_path.name}")
    creds.set("Down", "abcd efgh ijkl mnop qrst uvwx", session_only=True)
    outbox = Outbox(tmp_path / "outbox", backoff=lambda attempts: 0.0)
    doc = tmp_path / "a.md"
    doc.write_text("---\ntitle: Ceasefire\n---\nWar was avoided.\n", encoding="utf-8")
    executor = make_executor(store, creds, write_back=False)
    return outbox, executor, doc


def test_view_lists_jobs_and_retry_keeps_an_unreachable_job_waiting(tmp_path, qtbot, monkeypatch) -> None:
    monkeypatch.setenv("EDITOR_APP_HOME", str(tmp_path / "home"))
    outbox, executor, doc = _setup(tmp_path)
    job = outbox.submit("Down", doc, doc.read_text(encoding="utf-8"), {"status": "draft"}, title="Ceasefire")
    runner = TaskRunner()
    view = OutboxView(outbox, runner, executor=executor, refresh_ms=50)
    qtbot.addWidget(view)
    row = view.tree.topLevelItem(0)
    assert (row.text(0), row.text(1), row.text(2), row.text(3)) == ("Ceasefire", "Down", "Queued", "0")
    view.select(job.id)
    assert view.retry_button.isEnabled()
    view.retry_button.click()
    qtbot.waitUntil(lambda: outbox.get(job.id).attempts == 1 and outbox.get(job.id).state == "retrying", timeout=20000)
    qtbot.waitUntil(lambda: view.tree.topLevelItem(0).text(2) == "Waiting to retry", timeout=5000)
    assert "cannot be reached" in view.tree.topLevelItem(0).text(5)
    assert "1 waiting" in view.summary.text()
    view.select(job.id)
    view.remove_button.click()
    assert outbox.jobs() == [] and view.tree.topLevelItemCount() == 0
    runner.wait_for_done(10000)


def test_retrier_runs_due_jobs_in_the_background(tmp_path, qtbot, monkeypatch) -> None:
    monkeypatch.setenv("EDITOR_APP_HOME", str(tmp_path / "home"))
    outbox, executor, doc = _setup(tmp_path)
    job = outbox.submit("Down", doc, doc.read_text(encoding="utf-8"), {}, title="Ceasefire")
    runner = TaskRunner()
    retrier = OutboxRetrier(outbox, runner, executor=executor, interval_ms=100)
    retrier.start()
    qtbot.waitUntil(lambda: outbox.get(job.id).attempts >= 2, timeout=20000)
    retrier.timer.stop()
    runner.wait_for_done(10000)
    assert outbox.get(job.id).state == "retrying"
    assert outbox.get(job.id).error_kind == "Unreachable"
