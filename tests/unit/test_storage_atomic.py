"""Atomic saves: the file on disk is the old one or the new one, never a broken mix."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor_app.core.document import load_document
from editor_app.core.storage.atomic import SaveError, atomic_write_bytes, atomic_write_text

ORIGINAL = b"---\ntitle: Keep me\n---\nThe writer's precious words.\n"


def _run(*cmd: str) -> bool:
    return subprocess.run(cmd, capture_output=True).returncode == 0


def test_write_replaces_content_and_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    target.write_bytes(b"old")
    atomic_write_text(target, "n\u00e9w\r\n", "utf-8")
    assert target.read_bytes() == "n\u00e9w\r\n".encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md"]


def test_permissions_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    atomic_write_bytes(target, b"new")
    assert os.stat(target).st_mode & 0o777 == 0o640


@pytest.mark.skipif(os.geteuid() != 0, reason="changing a file's owner needs root")
def test_owner_is_kept_when_root_saves(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    target.write_bytes(b"old")
    os.chown(target, 65534, 65534)
    atomic_write_bytes(target, b"new")
    st = os.stat(target)
    assert (st.st_uid, st.st_gid) == (65534, 65534)


def test_symlink_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_bytes(b"old")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    atomic_write_bytes(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_unencodable_character_is_a_save_error(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    target.write_bytes(ORIGINAL)
    with pytest.raises(SaveError, match="UTF-8"):
        atomic_write_text(target, "emoji \U0001f600", "cp1252")
    assert target.read_bytes() == ORIGINAL


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="does not exist"):
        atomic_write_bytes(tmp_path / "gone" / "a.md", b"x")


# -- real failures: a full disk, a locked folder, a non-root writer -----------------------


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "tiny"
    mount.mkdir()
    if os.geteuid() != 0 or not _run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)):
        pytest.skip("cannot mount a 64 KiB tmpfs here (needs root and mount permission)")
    try:
        yield mount
    finally:
        _run("umount", "-l", str(mount))


def test_disk_full_leaves_original_intact(tiny_disk: Path) -> None:
    target = tiny_disk / "article.md"
    target.write_bytes(ORIGINAL)
    doc = load_document(target)
    doc.set_text(doc.text + "x" * 200_000)  # far bigger than the 64 KiB disk
    with pytest.raises(SaveError) as info:
        doc.save()
    assert "full" in str(info.value) and "not changed" in str(info.value)
    assert target.read_bytes() == ORIGINAL
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["article.md"]
    assert doc.is_dirty  # the editor still knows the text is unsaved


@pytest.fixture
def immutable_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "article.md").write_bytes(ORIGINAL)
    if not _run("chattr", "+i", str(folder)):
        pytest.skip("chattr +i is not available on this file system")
    try:
        yield folder
    finally:
        _run("chattr", "-i", str(folder))


def test_locked_folder_leaves_original_intact(immutable_folder: Path) -> None:
    target = immutable_folder / "article.md"
    doc = load_document(target)
    doc.set_text("replaced\n")
    with pytest.raises(SaveError) as info:
        doc.save()
    assert "permission" in str(info.value) or "read-only" in str(info.value)
    assert target.read_bytes() == ORIGINAL


@pytest.mark.skipif(not hasattr(os, "setuid") or os.geteuid() != 0, reason="needs root to drop to 'nobody'")
def test_read_only_folder_for_an_ordinary_user() -> None:
    # pytest's tmp_path sits under a root-only folder; 'nobody' needs a path it can walk.
    base = Path(tempfile.mkdtemp(prefix="editor-app-ro-", dir="/tmp"))
    try:
        os.chmod(base, 0o755)
        folder = base / "ro"
        folder.mkdir()
        target = folder / "article.md"
        target.write_bytes(ORIGINAL)
        os.chmod(target, 0o666)  # the file itself is writable, the folder is not
        os.chmod(folder, 0o555)
        code = (
            "import os, sys\n"
            "from editor_app.core.document import load_document\n"  # import as root, then drop
            "from editor_app.core.storage.atomic import SaveError\n"
            "import charset_normalizer, yaml, hashlib, tempfile, difflib, json\n"
            "os.setgid(65534); os.setuid(65534)\n"
            f"doc = load_document({str(target)!r})\n"
            "doc.set_text('replaced')\n"
            "try:\n    doc.save()\nexcept SaveError as e:\n    print('SAVEERROR', e)\n"
        )
        root = Path(__file__).resolve().parents[2]
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, timeout=60)
        assert "SAVEERROR" in out.stdout, out.stderr
        assert "permission" in out.stdout
        assert target.read_bytes() == ORIGINAL
        assert sorted(p.name for p in folder.iterdir()) == ["article.md"]
    finally:
        shutil.rmtree(base, ignore_errors=True)
