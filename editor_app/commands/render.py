"""``editor-app render FILE [-o OUT.html] [--theme light|dark]``: a standalone HTML page.

The page is rendered by the same core renderer as the live preview, with the preview's CSS
embedded; scripts in the document are removed. Without ``-o`` the page goes to stdout.
Exit status: 0 written, 2 error (missing, unreadable, binary or non-UTF-8 file, unwritable output).
"""

from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Render a Markdown file to a standalone HTML page with the preview's style. "
        "Front matter is not shown; its title becomes the page title."
    )
    parser.add_argument("file", metavar="FILE", help="Markdown file to render")
    parser.add_argument("-o", "--output", metavar="OUT.html", help="write the page here (default: stdout)")
    parser.add_argument("--theme", choices=("light", "dark"), default="light", help="colour theme (default: light)")
    parser.add_argument("--title", default=None, help="page title (default: front matter title or first heading)")
    parser.add_argument(
        "--encoding", default=None, metavar="NAME",
        help="read a file that is not UTF-8 in this encoding (e.g. cp1252); otherwise such files are refused",
    )


def run(args: argparse.Namespace) -> int:
    from editor_app.cli import CliError
    from editor_app.core.document import DocumentError, load_document
    from editor_app.core.rendering import render_standalone
    from editor_app.core.storage.atomic import SaveError, atomic_write_bytes

    try:
        doc = load_document(args.file, encoding=args.encoding)
    except DocumentError as exc:
        raise CliError(str(exc)) from None
    if doc.encoding_notice and args.encoding is None:
        raise CliError(
            f"{doc.display_name} is not UTF-8 (it looks like {doc.encoding}). "
            f"Convert it to UTF-8, or render it anyway with --encoding {doc.encoding}."
        )
    page = render_standalone(doc.text, theme=args.theme, title=args.title).encode("utf-8")
    if args.output:
        try:
            atomic_write_bytes(args.output, page)
        except SaveError as exc:
            raise CliError(str(exc)) from None
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(page)
        sys.stdout.flush()
    return 0
