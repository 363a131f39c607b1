"""Command line entry point: ``editor-app [FILE...]`` opens the GUI; subcommands run the core.

Each subcommand lives in ``editor_app/commands/<name>.py`` with ``add_arguments(parser)`` and
``run(args) -> int``. Modules are imported only when their subcommand runs, so ``editor-app check``
never loads Qt. Exit codes: 0 success, 1 findings / preflight blocked, 2 error.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from editor_app import __version__

# name -> (module, help). Adding a subcommand is one line here and one module.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "check": ("editor_app.commands.check", "proofread Markdown files (redundancy, grammar, spelling)"),
    "render": ("editor_app.commands.render", "render a Markdown file to a standalone HTML page"),
    "publish": ("editor_app.commands.publish", "publish a document to a configured site"),
    "sites": ("editor_app.commands.sites", "add, list, test, remove, set-secret and pull publishing sites"),
    "review": ("editor_app.commands.review", "accept or reject all CriticMarkup suggestions"),
}


class CliError(Exception):
    """An error the user can act on; printed to stderr, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser(with_subcommands: bool = True) -> argparse.ArgumentParser:
    parser = _Parser(prog="editor-app", description="Markdown article editor: draft, proofread, publish.")
    parser.add_argument("--version", action="version", version=f"editor-app {__version__}")
    parser.add_argument(
        "--self-test", metavar="FILE",
        help="open FILE offscreen, render its preview, exit 0 if that worked (installers, CI)",
    )
    if with_subcommands:
        sub = parser.add_subparsers(dest="command", parser_class=_Parser)
        for name, (module_name, help_text) in SUBCOMMANDS.items():
            sp = sub.add_parser(name, help=help_text, description=help_text)
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as exc:
                if exc.name != module_name:
                    raise
                sp.set_defaults(_unavailable=name)
                continue
            module.add_arguments(sp)
            sp.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["--self-test"]:
        from editor_app.selftest import main as self_test

        return self_test(args_list[1:])
    first = next((a for a in args_list if not a.startswith("-")), None)
    if first not in SUBCOMMANDS and not any(a in ("-h", "--help", "--version") for a in args_list[:1]):
        # GUI mode: editor-app [FILE...] [Qt options]
        from editor_app.app import run_gui

        return run_gui(args_list)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if getattr(args, "_unavailable", None):
        print(f"editor-app: '{args._unavailable}' is not available in this build", file=sys.stderr)
        return 2
    try:
        return int(args._run(args))
    except CliError as exc:
        print(f"editor-app: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
