"""``editor-app review FILE --accept-all|--reject-all [-o OUT]``: resolve every CriticMarkup mark."""

from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="Markdown file with CriticMarkup suggestions")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--accept-all", action="store_true", help="accept every suggestion")
    group.add_argument("--reject-all", action="store_true", help="reject every suggestion")
    parser.add_argument("--keep-comments", action="store_true", help="keep {>> comments <<} in the output")
    out = parser.add_mutually_exclusive_group()
    out.add_argument("-o", "--output", help="write the result here (default: standard output)")
    out.add_argument("--in-place", action="store_true", help="rewrite FILE (atomically)")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from editor_app.cli import CliError
    from editor_app.core import review

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
    result = (review.accept_all if args.accept_all else review.reject_all)(text, keep_comments=args.keep_comments)
    target = path if args.in_place else (Path(args.output) if args.output else None)
    if target is None:
        sys.stdout.write(result)
        return 0
    _atomic_write(target, result)
    return 0


def _atomic_write(target: object, text: str) -> None:
    from pathlib import Path

    from editor_app.cli import CliError

    assert isinstance(target, Path)
    try:
        from editor_app.core.storage.atomic import atomic_write_text  # type: ignore[attr-defined]
    except ImportError:
        atomic_write_text = None
    try:
        if atomic_write_text is not None:
            atomic_write_text(target, text)
        else:
            import os
            import tempfile

            fd, tmp = tempfile.mkstemp(dir=target.parent or ".", prefix=f".{target.name}.")
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
    except OSError as exc:
        raise CliError(f"cannot write {target}: {exc.strerror or exc}") from None
