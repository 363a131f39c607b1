"""``editor-app publish FILE --site NAME``: preflight, then publish (or update) the post.

Exit codes: 0 published / updated / unchanged / dry run OK; 1 preflight found blocking problems
(chatbot leftovers, web boilerplate, TODO markers, missing images) and ``--force`` was not given;
2 any error (site unreachable: the job stays in the outbox and is retried by ``--retry-outbox``
or the app). The last line of output names the post URL. The publish record (remote id, link,
modified time, content hash) is written into FILE's front matter atomically.
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
    from editor_app.core.publishing.base import Conflict, PublishError, RemoteDeleted
    from editor_app.core.publishing.outbox import Outbox, make_executor
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
        raise CliError(f"{site.name}: {availability.reason}{extra}")

    text = doc.text
    report = run_preflight(text, path, site, check_remote=True)
    for f in report.findings:
        line, col = f.line_col(text)
        label = {"block": "BLOCKS", "warning": "warning", "info": "note"}[f.severity]
        what = (f.rule or f.code) if f.code == "check" else f.code
        print(f"{path}:{line}:{col}: {label} [{what.replace('_', ' ')}]: {f.message}", file=sys.stderr)
    if report.blocking and not args.force:
        print(
            f"Not published: {len(report.blocking)} problem(s) must be fixed first (or use --force).",
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
            raise CliError(_explain(exc)) from None
        action = "create a new post" if outcome.created else (
            "leave the post unchanged" if outcome.unchanged else f"update {outcome.post.link}"
        )
        notes = "; ".join(outcome.warnings)
        print(f"Dry run: would {action} on {site.name}" + (f" ({notes})" if notes else "") + ".")
        return 0

    job = outbox.submit(site.name, path.resolve(), text, options, title=doc.title)
    job = outbox.run(job.id, execute)
    if job.state == "done":
        verb = "Published" if job.record.get("status") in ("publish", "future") else "Saved"
        print(f"{verb} to {site.name}: {job.link}")
        return 0
    if job.state == "retrying":
        print(
            f"{site.name} cannot be reached; the post waits in the outbox (job {job.id[:8]}) and will be "
            "sent when the site is back (editor-app publish --retry-outbox).",
            file=sys.stderr,
        )
        return 2
    outbox.remove(job.id)  # a failure the writer must handle now: keep the outbox for retryable jobs
    if job.error_kind == Conflict.__name__:
        raise CliError(f"{job.last_error} Use --overwrite to replace the site's version with yours.")
    if job.error_kind == RemoteDeleted.__name__:
        raise CliError(f"{job.last_error} Use --recreate to publish it as a new post.")
    raise CliError(job.last_error or "publishing failed")


def _explain(exc: Exception) -> str:
    return str(exc)
