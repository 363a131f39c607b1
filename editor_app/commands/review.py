"""``editor-app review FILE --accept-all|--reject-all [-o OUT] [--report OUT.html]``.

Resolve every CriticMarkup mark for scripts, and/or write the "Export review" HTML report
(changes, comments and remaining check issues per section) for a writer without the app.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editor_app.core.checks.base import Issue


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="Markdown file with CriticMarkup suggestions")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--accept-all", action="store_true", help="accept every suggestion")
    group.add_argument("--reject-all", action="store_true", help="reject every suggestion")
    parser.add_argument("--keep-comments", action="store_true", help="keep {>> comments <<} in the output")
    out = parser.add_mutually_exclusive_group()
    out.add_argument("-o", "--output", help="write the result here (default: standard output)")
    out.add_argument("--in-place", action="store_true", help="rewrite FILE (atomically)")
    parser.add_argument("--report", metavar="OUT.html", help="write a standalone HTML review report")
    parser.add_argument("--no-checks", action="store_true", help="leave check issues out of the report")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from editor_app.cli import CliError
    from editor_app.core import review

    if not (args.accept_all or args.reject_all or args.report):
        raise CliError("say what to do: --accept-all, --reject-all and/or --report OUT.html")
    if (args.output or args.in_place) and not (args.accept_all or args.reject_all):
        raise CliError("-o/--in-place need --accept-all or --reject-all")
    path = Path(args.file)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror or exc}") from None
    if b"\0" in raw[:8192]:
        raise CliError(f"{path} is a binary file, not Markdown")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CliError(f"{path} is not UTF-8 text (byte {exc.start})") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if args.report:
        from editor_app.core.review_report import build_report

        issues = [] if args.no_checks else _check_issues(text)
        _atomic_write(Path(args.report), build_report(text, issues=issues, source_name=path.name))
        if not (args.accept_all or args.reject_all):
            return 0
    result = (review.accept_all if args.accept_all else review.reject_all)(text, keep_comments=args.keep_comments)
    target = path if args.in_place else (Path(args.output) if args.output else None)
    if target is None:
        sys.stdout.write(result)
        return 0
    _atomic_write(target, result)
    return 0


def _check_issues(text: str) -> list[Issue]:
    """The default (offline) checks on the accepted text, mapped back to the source."""
    from editor_app.core import review
    from editor_app.core.checks import pipeline, registry

    checkers = [registry.create(name) for name in registry.DEFAULT_CHECKERS]
    result = review.check_accepted_result(text, lambda t: pipeline.run(t, checkers))
    for notice in result.notices:
        print(f"note: {notice}", file=sys.stderr)
    return result.issues


def _atomic_write(target: object, text: str) -> None:
    from pathlib import Path

    from editor_app.cli import CliError

    assert isinstance(target, Path)
    from editor_app.core.storage.atomic import atomic_write_text

    try:
        atomic_write_text(target, text)
    except OSError as exc:
        raise CliError(f"cannot write {target}: {exc.strerror or exc}") from None
