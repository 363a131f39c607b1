"""``editor-app publish FILE --site NAME``: preflight, then publish (or update) the post.

Exit codes: 0 published / updated / unchanged / dry run OK; 1 preflight found blocking problems
(chatbot leftovers, web boilerplate, TODO markers, missing images) and ``--force`` was not given;
2 any error (site unreachable: the job stays in the outbox and is retried by ``--retry-outbox``
or the app). The last line of output names the post URL. The publish record (remote id, link,
modified time, content hash) is written into FILE's front matter atomically.

Every result and error is one line that names the next step: ``--force`` (publish although
preflight found blocking problems), ``--overwrite`` (the post was edited on the site: keep your
version), ``--recreate`` (the post was deleted on the site), ``sites set-secret`` (wrong or
missing password / key), ``--retry-outbox`` (site unreachable).
"""

from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", help="the Markdown document")
    parser.add_argument("--site", help="name of a configured site (see: editor-app sites list)")
    parser.add_argument("--status", choices=["draft", "pending", "private", "publish", "future"])
    parser.add_argument("--date", help="publication date, ISO 8601 (e.g. 2025-06-01T09:30+02:00); needed for future")
    parser.add_argument("--dry-run", action="store_true", help="check and show what would happen; send nothing")
    parser.add_argument("--force", action="store_true", help="publish even though preflight found blocking problems")
    parser.add_argument(
        "--overwrite", action="store_true", help="the post was edited on the site: replace it with this version"
    )
    parser.add_argument("--recreate", action="store_true", help="the post was deleted on the site: create it again")
    parser.add_argument("--retry-outbox", action="store_true", help="send every job waiting in the outbox now")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from editor_app.cli import CliError
    from editor_app.core.document import DocumentError, load_document
    from editor_app.core.publishing.base import PublishError, PublishOutcome
    from editor_app.core.publishing.outbox import Job, Outbox, make_executor
    from editor_app.core.publishing.preflight import run_preflight
    from editor_app.core.publishing.publisher import PublishOptions, publish
    from editor_app.core.publishing.sites import SiteConfigError, SiteStore, open_site
    from editor_app.core.storage.credentials import CredentialStore

    store = SiteStore()
    creds = CredentialStore()
    outbox = Outbox()
    execute = make_executor(store, creds)

    if args.retry_outbox:
        pending = outbox.pending()
        for job in pending:
            outbox.retry_now(job.id)
        done = [outbox.run(job.id, execute) for job in pending]
        for job in done:
            print(job.describe())
        if not args.file:
            return 0 if all(j.state == "done" for j in done) else 2
    if not args.file or not args.site:
        raise CliError("give the document and the site: editor-app publish FILE --site NAME")

    path = Path(args.file)
    try:
        doc = load_document(path)
        site = open_site(store.get(args.site), creds)
    except (DocumentError, SiteConfigError) as exc:
        raise CliError(str(exc)) from None
    availability = site.available()
    if not availability.ok:
        extra = f" {creds.last_problem}" if creds.last_problem else ""
        raise CliError(
            f"{site.name}: {availability.reason}{extra} Store it with: "
            f"editor-app sites set-secret {_quote(site.name)} --secret-stdin"
        )

    text = doc.text
    report = run_preflight(text, path, site, check_remote=True)
    for f in report.findings:
        line, col = f.line_col(text)
        label = {"block": "BLOCKS", "warning": "warning", "info": "note"}[f.severity]
        what = (f.rule or f.code) if f.code == "check" else f.code
        print(f"{path}:{line}:{col}: {label} [{what.replace('_', ' ')}]: {f.message}", file=sys.stderr)
    if report.blocking and not args.force:
        print(
            f"Not published: {len(report.blocking)} problem(s) listed above must be fixed first; "
            "fix them, or run again with --force to publish anyway.",
            file=sys.stderr,
        )
        return 1

    options = {
        "status": args.status,
        "date": args.date,
        "force": bool(args.overwrite),
        "recreate": bool(args.recreate),
    }
    if args.dry_run:
        try:
            outcome = publish(text, path, site, PublishOptions(**options, dry_run=True))
        except PublishError as exc:
            raise CliError(_explain(exc, site.name, doc.title or path.name)) from None
        action = "create a new post" if outcome.created else (
            "leave the post unchanged" if outcome.unchanged else f"update {outcome.post.link}"
        )
        notes = "; ".join(outcome.warnings)
        print(f"Dry run: would {action} on {site.name}" + (f" ({notes})" if notes else "") + ".")
        return 0

    job = outbox.submit(site.name, path.resolve(), text, options, title=doc.title)
    seen: dict[str, object] = {}

    def execute_and_keep(j: Job) -> PublishOutcome:
        try:
            result = execute(j)
        except BaseException as exc:
            seen["error"] = exc
            raise
        seen["outcome"] = result
        return result

    job = outbox.run(job.id, execute_and_keep)
    if job.state == "done":
        print(_result_line(site.name, job.record.get("status", ""), job.link, seen.get("outcome")))
        return 0
    if job.state == "retrying":
        print(
            f"{site.name} cannot be reached; the post waits in the outbox (job {job.id[:8]}) and is sent when "
            "the site is back: the app retries by itself, or run: editor-app publish --retry-outbox",
            file=sys.stderr,
        )
        return 2
    outbox.remove(job.id)  # a failure the writer must handle now: keep the outbox for retryable jobs
    err = seen.get("error")
    if isinstance(err, PublishError):
        raise CliError(_explain(err, site.name, doc.title or path.name))
    raise CliError(job.last_error or "publishing failed")


def _quote(name: str) -> str:
    import shlex

    return shlex.quote(name)


def _result_line(site: str, status: str, link: str, outcome: object) -> str:
    """One line naming the post URL (last on the line, for scripts)."""
    from editor_app.core.publishing.base import PublishOutcome

    unchanged = isinstance(outcome, PublishOutcome) and outcome.unchanged
    updated = isinstance(outcome, PublishOutcome) and not outcome.created
    if status in ("future", "scheduled"):
        verb = f"Scheduled on {site}"
    elif status in ("publish", "published"):
        verb = f"Published to {site}"
    else:
        verb = f"Saved to {site} as {status or 'draft'}"
    if unchanged:
        return f"{verb} (unchanged, nothing was sent): {link}"
    return f"{verb} (updated): {link}" if updated else f"{verb}: {link}"


def _explain(exc: Exception, site: str, title: str) -> str:
    """The error as one line that says what to do next."""
    from editor_app.core.publishing.base import (
        AuthFailed,
        Conflict,
        NoSecret,
        PermissionDenied,
        PublishError,
        RemoteDeleted,
        Unreachable,
    )

    message = exc.message if isinstance(exc, PublishError) else str(exc)
    if isinstance(exc, Conflict):
        return (
            f"Conflict: “{title}” was edited on {site} since your last publish; run again with --overwrite "
            "to keep your version, or open it in the editor to compare."
        )
    if isinstance(exc, RemoteDeleted):
        where = "is in the trash" if exc.trashed else "was deleted"
        return (
            f"Deleted on the site: “{title}” {where} on {site}; run again with --recreate to publish it "
            "as a new post, or remove the publish record for this site from the front matter."
        )
    if isinstance(exc, AuthFailed | NoSecret):
        return f"{message} Store the right one with: editor-app sites set-secret {_quote(site)} --secret-stdin"
    if isinstance(exc, PermissionDenied):
        return f"{message} Ask the site owner for a role that may publish, then run again."
    if isinstance(exc, Unreachable):
        return f"{message} Run again when the site is back."
    return message
