"""``editor-app check PATH...``: proofread Markdown files from the command line.

Exit status: 0 no issues, 1 issues found, 2 error (missing or unreadable file, binary file,
unknown checker). Offsets in the JSON output are Python str indices into the whole file text
(front matter included, line endings untouched); line and column are 1-based code points.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

DEFAULT = "builtin"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Proofread Markdown files: redundancy (built-in rules), spelling and LanguageTool grammar. "
        "Front matter, code, URLs and HTML comments are never checked."
    )
    parser.epilog = (
        "By default only the built-in redundancy checks run: they are offline and reproducible. "
        "Add spelling and LanguageTool with --checkers builtin,spelling,languagetool. "
        "Exit status: 0 no issues, 1 issues found, 2 error."
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="Markdown file(s) to check")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text",
        help="text: 'path:line:column: category: message [rule]' (default); json: machine-readable",
    )
    parser.add_argument(
        "--checkers", default=DEFAULT, metavar="NAMES",
        help="comma-separated checkers to run: builtin, spelling, languagetool (default: builtin)",
    )
    parser.add_argument(
        "--languagetool-url", default=None, metavar="URL",
        help="use this LanguageTool server (e.g. http://localhost:8081) instead of the public API",
    )
    parser.add_argument(
        "--thorough", action="store_true",
        help="also run the built-in rules that find more faults but raise more false alarms on "
             "well-edited text (listed in resources/checks/rule_tiers.tsv)",
    )


def _read(path: Path) -> str:
    from editor_app.cli import CliError

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CliError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise CliError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise CliError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if b"\x00" in data:
        raise CliError(f"{path}: looks like a binary file, not Markdown text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise CliError(f"{path}: is not UTF-8 text; save it as UTF-8 and try again") from None


def run(args: argparse.Namespace) -> int:
    from editor_app.cli import CliError
    from editor_app.core.checks import pipeline, registry
    from editor_app.core.checks.builtin import forked

    forked.allow_fork()  # a command-line process: a long file may use a second core

    names = [n.strip() for n in str(args.checkers).split(",") if n.strip()]
    if not names:
        raise CliError("--checkers needs at least one checker name")
    options = registry.CheckerOptions(languagetool_url=args.languagetool_url, thorough=bool(args.thorough))
    try:
        checkers = [registry.create(n, options) for n in dict.fromkeys(names)]
    except registry.UnknownChecker as exc:
        raise CliError(str(exc)) from None
    unavailable = [(c.name, c.available()) for c in checkers]
    if all(not a.ok for _, a in unavailable):
        reasons = "; ".join(f"{name}: {a.reason}" for name, a in unavailable)
        raise CliError(f"none of the requested checkers can run ({reasons})")

    files: list[dict[str, Any]] = []
    errors = 0
    found = 0
    for raw in args.paths:
        path = Path(raw)
        try:
            text = _read(path)
        except CliError as exc:
            print(f"editor-app: error: {exc}", file=sys.stderr)
            errors += 1
            continue
        result = pipeline.run(text, checkers)
        for note in result.notices:
            print(f"editor-app: {raw}: {note}", file=sys.stderr)
        found += len(result.issues)
        issues = pipeline.to_json(text, result.issues)
        files.append({"path": raw, "issues": issues})
        if args.format == "text":
            for i in issues:
                print(f"{raw}:{i['line']}:{i['column']}: {i['category']}: {i['message']} [{i['rule']}]")
    if args.format == "json":
        json.dump({"files": files}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    if errors:
        return 2
    return 1 if found else 0
