"""A persistent outbox: publish jobs that survive a restart and are retried with backoff.

Every publish goes through a job (``Outbox.submit`` then ``Outbox.run``). The job stores a
snapshot of the document text, the document path (images, and where the record is written
back), the site name and the options. Its id doubles as the *marker* stored on the post
(see base.py), so a replay after a lost answer finds the post it already created instead of
making a second one; once a post id is known it is kept in the job and used directly.

States (``Job.state``): ``queued`` (waiting for its first run), ``running``, ``retrying``
(the site was unreachable; ``next_attempt_at`` says when), ``failed`` (needs the writer:
``last_error`` says why, e.g. wrong password or a conflict), ``done`` (``link`` is the post).

Files: ``<data dir>/outbox/<id>.json``, one per job, written atomically. A lock file per job
(``flock``) keeps the GUI and a CLI run from sending the same job twice at the same time.
Secrets are not stored here; the job only names the site.

Crash recovery: a job is only ever ``running`` while the process sending it holds its lock (the
kernel drops an ``flock`` when its process dies, however it dies). Whenever the outbox is read
(:meth:`Outbox.jobs`, hence ``pending``/``due``), a ``running`` job whose lock is free was left
behind by a crash or a kill: it goes back to ``retrying``, due at once, and the replay finds the
post an interrupted attempt may already have made by its marker, so it never makes a second one.
Each running job also records its owner (``owner_pid``, ``owner_started``: the process's start
time, so a reused pid is not mistaken for the owner), used where ``flock`` does not exist.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from editor_app.core.publishing.base import Conflict, NoSecret, PublishError, PublishOutcome, RemoteDeleted
from editor_app.core.publishing.media_cache import MediaCache
from editor_app.core.publishing.sites import SiteStore
from editor_app.core.storage.credentials import CredentialStore

JobState = Literal["queued", "running", "retrying", "failed", "done"]
DIR_NAME = "outbox"
BACKOFF_BASE_S = 30.0
BACKOFF_MAX_S = 3600.0
KEEP_DONE_S = 7 * 24 * 3600.0


def default_dir() -> Path:
    from editor_app.core.storage.paths import data_dir

    return data_dir() / DIR_NAME


def backoff_delay(attempts: int, base: float = BACKOFF_BASE_S, cap: float = BACKOFF_MAX_S) -> float:
    """Seconds to wait after the ``attempts``-th failed attempt: 30 s, 60 s, 2 min, ... up to 1 h."""
    return float(min(cap, base * (2 ** max(0, attempts - 1))))


@dataclass
class Job:
    id: str
    site: str
    doc_path: str
    text: str
    options: dict[str, Any] = field(default_factory=dict)  # PublishOptions fields (status, date, force, recreate)
    title: str = ""
    state: JobState = "queued"
    attempts: int = 0
    created_at: float = 0.0
    updated_at: float = 0.0
    next_attempt_at: float = 0.0
    last_error: str = ""
    error_kind: str = ""  # PublishError subclass name of the last failure
    remote_id: str = ""  # known once a post exists
    link: str = ""
    record: dict[str, str] = field(default_factory=dict)  # the PublishRecord front matter form, when done
    owner_pid: int = 0  # the process sending it while ``running``
    owner_started: float = 0.0  # that process's start time (seconds since the epoch; 0 unknown)

    @property
    def marker(self) -> str:
        return self.id

    def describe(self) -> str:
        """One line for an outbox list: state, title, site and what happens next."""
        head = f"{self.title or Path(self.doc_path).name} → {self.site}"
        if self.state == "done":
            return f"Published: {head} ({self.link})"
        if self.state == "retrying":
            wait = max(0, int(self.next_attempt_at - time.time()))
            return f"Waiting to retry in {wait} s (attempt {self.attempts}): {head}. {self.last_error}"
        if self.state == "failed":
            return f"Failed: {head}. {self.last_error}"
        if self.state == "running":
            return f"Sending: {head}"
        return f"Queued: {head}"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Job:
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})


INTERRUPTED_MESSAGE = "The last attempt was interrupted (the app closed or crashed); it is sent again."


def process_start_time(pid: int) -> float:
    """When process ``pid`` started (seconds since the epoch), 0.0 when unknown (not Linux, gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        ticks = int(stat.rsplit(")", 1)[1].split()[19])  # field 22: start time in clock ticks after boot
        boot = next(
            float(line.split()[1]) for line in Path("/proc/stat").read_text().splitlines() if line.startswith("btime")
        )
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return 0.0


def _owner_alive(pid: int, started: float) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # exists, owned by someone else
    now_started = process_start_time(pid)
    return not (started and now_started and abs(now_started - started) > 2.0)


Executor = Callable[[Job], PublishOutcome]
"""Runs one job (publishes ``job.text`` with ``marker=job.id``) and returns the outcome."""


class Outbox:
    def __init__(
        self, directory: Path | None = None, *, backoff: Callable[[int], float] = backoff_delay
    ) -> None:
        self.dir = directory if directory is not None else default_dir()
        self.backoff = backoff
        self._lock = threading.Lock()
        self._listeners: list[Callable[[Job], None]] = []

    # -- storage --------------------------------------------------------------------------

    def _path(self, job_id: str) -> Path:
        if not job_id.isalnum():
            raise ValueError("bad job id")
        return self.dir / f"{job_id}.json"

    def save(self, job: Job) -> None:
        from editor_app.core.storage.atomic import atomic_write_text

        job.updated_at = time.time()
        self.dir.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self._path(job.id), json.dumps(job.to_json(), ensure_ascii=False, indent=1))
        for listener in list(self._listeners):
            listener(job)

    def subscribe(self, listener: Callable[[Job], None]) -> None:
        """Called (from the worker thread) after every state change; the UI re-reads or marshals."""
        self._listeners.append(listener)

    def get(self, job_id: str) -> Job | None:
        try:
            return Job.from_json(json.loads(self._path(job_id).read_text(encoding="utf-8")))
        except (FileNotFoundError, ValueError, TypeError):
            return None

    def jobs(self) -> list[Job]:
        """All jobs, oldest first (what the outbox view lists)."""
        out: list[Job] = []
        if not self.dir.is_dir():
            return out
        for p in self.dir.glob("*.json"):
            job = self.get(p.stem)
            if job is not None:
                if job.state == "running":
                    job = self.recover(job.id) or job
                out.append(job)
        return sorted(out, key=lambda j: j.created_at)

    def recover(self, job_id: str) -> Job | None:
        """A ``running`` job whose sender is gone (crash, kill, power cut) goes back to
        ``retrying``, due now. A job some live process is sending is left alone. Returns the job
        as it is afterwards (None when it does not exist)."""
        with self._claim(job_id) as claimed:
            job = self.get(job_id)
            if job is None or job.state != "running":
                return job
            if claimed is None:  # no flock here: judge by the recorded owner process
                if _owner_alive(job.owner_pid, job.owner_started):
                    return job
            elif not claimed:
                return job  # its sender holds the lock: still running
            job.state = "retrying"
            job.next_attempt_at = time.time()
            job.last_error = INTERRUPTED_MESSAGE
            job.error_kind = "Interrupted"
            job.owner_pid = 0
            job.owner_started = 0.0
            self.save(job)
            return job

    def pending(self) -> list[Job]:
        return [j for j in self.jobs() if j.state in ("queued", "retrying", "running")]

    def remove(self, job_id: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._path(job_id).unlink()
        with contextlib.suppress(FileNotFoundError):
            (self.dir / f"{job_id}.lock").unlink()

    def prune(self, older_than_s: float = KEEP_DONE_S) -> int:
        now = time.time()
        gone = 0
        for job in self.jobs():
            if job.state == "done" and now - job.updated_at > older_than_s:
                self.remove(job.id)
                gone += 1
        return gone

    # -- lifecycle ------------------------------------------------------------------------

    def submit(self, site: str, doc_path: Path, text: str, options: dict[str, Any] | None = None, title: str = "") -> Job:
        now = time.time()
        job = Job(
            id=uuid.uuid4().hex,
            site=site,
            doc_path=str(doc_path),
            text=text,
            options=dict(options or {}),
            title=title,
            created_at=now,
            next_attempt_at=now,
        )
        self.save(job)
        return job

    def retry_now(self, job_id: str) -> Job | None:
        """The writer pressed "Retry": a failed/retrying job becomes due at once."""
        job = self.get(job_id)
        if job is not None and job.state == "running":
            job = self.recover(job_id)  # left by a crash: due now; really running: left alone
        if job is None or job.state in ("done", "running"):
            return job
        job.state = "queued" if job.attempts == 0 else "retrying"
        job.next_attempt_at = time.time()
        self.save(job)
        return job

    def due(self, now: float | None = None) -> list[Job]:
        jobs = self.jobs()  # first: recovering an interrupted job makes it due "now"
        t = time.time() if now is None else now
        return [j for j in jobs if j.state in ("queued", "retrying") and j.next_attempt_at <= t]

    @contextlib.contextmanager
    def _claim(self, job_id: str) -> Iterator[bool | None]:
        """Try to take the job's lock without waiting: True taken, False held by another sender
        (another process, or another thread of this one), None when ``flock`` does not exist here."""
        self.dir.mkdir(parents=True, exist_ok=True)
        lock_path = self.dir / f"{job_id}.lock"
        fd = os.open(lock_path, os.O_CREAT | os.O_RDWR, 0o600)
        try:
            try:
                import fcntl
            except ImportError:  # not POSIX: the owner pid recorded in the job is all we have
                yield None
                return
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                yield False
                return
            yield True
        finally:
            os.close(fd)

    def run(self, job_id: str, execute: Executor) -> Job:
        """Run one job now (whatever its backoff says) and record the result."""
        with self._claim(job_id) as claimed:
            job = self.get(job_id)
            if job is None:
                raise KeyError(job_id)
            if claimed is False or job.state == "done":
                return job
            if claimed is None and job.state == "running" and _owner_alive(job.owner_pid, job.owner_started):
                return job
            job.state = "running"
            job.attempts += 1
            job.owner_pid = os.getpid()
            job.owner_started = process_start_time(job.owner_pid)
            self.save(job)
            try:
                outcome = execute(job)
            except PublishError as exc:
                job.last_error = exc.message
                job.error_kind = type(exc).__name__
                if exc.retryable:
                    job.state = "retrying"
                    job.next_attempt_at = time.time() + self.backoff(job.attempts)
                else:
                    job.state = "failed"
                    if isinstance(exc, Conflict | RemoteDeleted):
                        job.last_error += " Open the document and publish again to choose what to do."
                self.save(job)
                return job
            except Exception as exc:  # a bug must not lose the job: it stays visible as failed
                job.state = "failed"
                job.error_kind = type(exc).__name__
                job.last_error = f"Unexpected error: {type(exc).__name__}."
                self.save(job)
                return job
            job.state = "done"
            job.last_error = ""
            job.error_kind = ""
            job.remote_id = outcome.record.remote_id
            job.link = outcome.record.link or outcome.post.link
            job.record = dict(outcome.record.to_front_matter())
            self.save(job)
            return job

    def run_due(self, execute: Executor, now: float | None = None) -> list[Job]:
        """Run every job whose time has come (the app calls this on start and on a timer)."""
        return [self.run(job.id, execute) for job in self.due(now)]


def job_options_with_marker(job: Job) -> dict[str, Any]:
    """The job's options plus its marker, ready for ``PublishOptions(**...)``."""
    return {**job.options, "marker": job.marker}


def make_executor(
    sites: SiteStore,
    credentials: CredentialStore,
    cache: MediaCache | None = None,
    *,
    on_done: Callable[[Job, PublishOutcome], None] | None = None,
    write_back: bool = True,
) -> Executor:
    """The normal executor: look the site up, publish the snapshot, write the record back.

    ``on_done`` lets the GUI apply the record to an open Document instead of the file
    (pass ``write_back=False`` then). Runs in the caller's (worker) thread.
    """
    from editor_app.core.publishing.publisher import PublishOptions, publish, write_record
    from editor_app.core.publishing.sites import open_site

    def execute(job: Job) -> PublishOutcome:
        site = open_site(sites.get(job.site), credentials)
        ok = site.available()
        if not ok.ok:
            raise NoSecret(f"{job.site}: {ok.reason}")
        outcome = publish(
            job.text, Path(job.doc_path), site, PublishOptions(**job_options_with_marker(job)), cache=cache
        )
        if write_back and Path(job.doc_path).is_file() and not outcome.unchanged:
            write_record(Path(job.doc_path), outcome.record)
        if on_done is not None:
            on_done(job, outcome)
        return outcome

    return execute
