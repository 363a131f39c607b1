"""Noticing changes made by other programs, and the diff shown for "compare"."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor_app.core.document import load_document
from editor_app.core.storage.fileinfo import DiskState, changed_on_disk, disk_state, fingerprint, unified_diff
from editor_app.core.storage.paths import HOME_ENV, app_dirs


def test_external_edit_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("one\n")
    doc = load_document(path)
    assert disk_state(doc) is DiskState.UNCHANGED
    path.write_text("one\ntwo from another program\n")
    assert changed_on_disk(doc) and disk_state(doc) is DiskState.MODIFIED


def test_same_size_edit_with_new_mtime_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("aaaa\n")
    doc = load_document(path)
    path.write_text("bbbb\n")
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    assert disk_state(doc) is DiskState.MODIFIED


def test_touch_without_content_change_is_not_reported(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("same\n")
    doc = load_document(path)
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    assert not changed_on_disk(doc)


def test_deleted_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("x\n")
    doc = load_document(path)
    path.unlink()
    assert disk_state(doc) is DiskState.DELETED


def test_own_save_is_not_an_external_change(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("x\n")
    doc = load_document(path)
    doc.set_text("y\n")
    doc.save()
    assert not changed_on_disk(doc)
    assert fingerprint(path) == doc.disk


def test_unified_diff_shows_both_sides() -> None:
    diff = unified_diff("line\nmine\n", "line\ntheirs\n", "a.md")
    assert "--- a.md (on disk)" in diff and "+++ a.md (in the editor)" in diff
    assert "-theirs" in diff and "+mine" in diff
    assert unified_diff("same\n", "same\n") == ""


def test_editor_app_home_isolates_every_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(HOME_ENV, str(tmp_path))
    dirs = app_dirs()
    assert (dirs.config, dirs.data, dirs.state, dirs.cache) == (
        tmp_path / "config",
        tmp_path / "data",
        tmp_path / "state",
        tmp_path / "cache",
    )
    assert not dirs.config.exists()  # nothing is created until asked
    dirs.ensure()
    assert dirs.config.is_dir() and dirs.recovery_dir.parent == dirs.data
    monkeypatch.delenv(HOME_ENV)
    default = app_dirs()
    assert "editor-app" in str(default.config) and tmp_path not in default.config.parents
