"""``editor-app render``: a standalone page on stdout or in a file; clear errors with exit code 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from editor_app.core.rendering import render_standalone
from tests.conftest import SEED_DRAFT


def run_cli(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "editor_app", "render", *args], capture_output=True, timeout=60)


def test_render_to_stdout_is_a_full_page_with_css_and_title(tmp_path: Path) -> None:
    src = tmp_path / "post.md"
    src.write_text('---\ntitle: "Crème brûlée"\nslug: hidden-slug\n---\n# Heading\n\nSome *text*.\n', encoding="utf-8")
    out = run_cli(str(src))
    assert out.returncode == 0, out.stderr
    page = out.stdout.decode("utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Crème brûlée</title>" in page
    assert '<h1 id="heading">Heading</h1>' in page and "<em>text</em>" in page
    assert ".codehilite" in page and "<style>" in page  # the preview CSS is embedded
    assert "hidden-slug" not in page
    assert out.stderr == b""


def test_render_to_file_with_dark_theme(tmp_path: Path) -> None:
    target = tmp_path / "out.html"
    out = run_cli(str(SEED_DRAFT), "-o", str(target), "--theme", "dark")
    assert out.returncode == 0, out.stderr
    assert out.stdout == b""
    page = target.read_text(encoding="utf-8")
    assert "color-scheme: dark" in page
    assert "India and Pakistan" in page


def test_missing_file_is_an_error_on_stderr(tmp_path: Path) -> None:
    out = run_cli(str(tmp_path / "nope.md"))
    assert out.returncode == 2
    assert b"nope.md" in out.stderr and b"does not exist" in out.stderr
    assert out.stdout == b""


def test_binary_file_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "image.md"
    src.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    out = run_cli(str(src))
    assert out.returncode == 2
    assert b"binary" in out.stderr
    assert out.stdout == b""


def test_non_utf8_file_is_refused_unless_an_encoding_is_given(tmp_path: Path) -> None:
    src = tmp_path / "latin.md"
    src.write_bytes("Café crème brûlée is a dessert from France.\n".encode("cp1252"))
    out = run_cli(str(src))
    assert out.returncode == 2
    assert b"not UTF-8" in out.stderr and b"--encoding" in out.stderr
    ok = run_cli(str(src), "--encoding", "cp1252")
    assert ok.returncode == 0, ok.stderr
    assert "Café crème brûlée" in ok.stdout.decode("utf-8")


def test_unwritable_output_is_an_error(tmp_path: Path) -> None:
    src = tmp_path / "a.md"
    src.write_text("text\n", encoding="utf-8")
    out = run_cli(str(src), "-o", str(tmp_path / "no-such-dir" / "a.html"))
    assert out.returncode == 2
    assert b"a.html" in out.stderr


def test_standalone_page_has_no_scripts() -> None:
    page = render_standalone("Hi <script>alert(1)</script>\n\n<b onclick='x()'>b</b>\n", "light")
    assert "<script" not in page.lower() and "onclick" not in page
    assert "script-src" not in page or "default-src 'none'" in page
