"""Loading and saving documents: identical bytes, encodings, bad input, dirty state, conflicts."""

from __future__ import annotations

import codecs
import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.core.document import (
    BinaryFileError,
    ChangedOnDiskError,
    Document,
    DocumentError,
    DocumentNotFoundError,
    FileTooLargeError,
    SaveError,
    load_document,
)
from editor_app.core.storage.fileinfo import changed_on_disk

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed-draft.md"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "data",
    [
        b"---\ntitle: Hi\n---\n# Hello\n\nworld\n",
        b"\xef\xbb\xbf---\r\ntitle: BOM\r\n---\r\nBody\r\n",
        b"old mac\rline endings\r",
        b"mixed\r\nline\nendings\r\n",
        b"no newline at end",
        b"",
        "caf\u00e9 \u2014 \U0001f600\n".encode(),
    ],
)
def test_load_then_save_unchanged_writes_identical_bytes(tmp_path: Path, data: bytes) -> None:
    path = _write(tmp_path / "a.md", data)
    doc = load_document(path)
    assert not doc.is_dirty
    doc.save()
    assert path.read_bytes() == data


def test_seed_draft_round_trips(tmp_path: Path) -> None:
    path = _write(tmp_path / "seed.md", SEED.read_bytes())
    doc = load_document(path)
    assert doc.front_matter_error is None
    doc.save()
    assert path.read_bytes() == SEED.read_bytes()


def test_text_uses_plain_newlines_and_save_restores_crlf(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.md", b"\xef\xbb\xbfone\r\ntwo\r\n")
    doc = load_document(path)
    assert doc.text == "one\ntwo\n"
    assert doc.bom and doc.newline == "\r\n"
    doc.set_text(doc.text + "three\n")
    assert doc.is_dirty
    doc.save()
    assert path.read_bytes() == b"\xef\xbb\xbfone\r\ntwo\r\nthree\r\n"
    assert not doc.is_dirty


def test_editing_body_never_touches_front_matter(tmp_path: Path) -> None:
    head = b"---\ntags:   [b,   a]   # odd spacing kept\ntitle:    'x'\n---\n"
    path = _write(tmp_path / "a.md", head + b"body\n")
    doc = load_document(path)
    doc.set_text(doc.text.replace("body", "a longer body"))
    doc.save()
    assert path.read_bytes() == head + b"a longer body\n"


def test_set_field_on_document_changes_only_that_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.md", b"---\ntitle: Old\nslug:   keep-me\n---\nBody\n")
    doc = load_document(path)
    rev = doc.revision
    doc.set_field("title", "New")
    doc.set_publish_record("blog", {"id": 3, "link": "https://x/3", "modified": "m", "hash": "h"})
    assert doc.revision > rev
    assert doc.front_matter.title == "New"
    assert doc.front_matter.publish["blog"]["id"] == 3
    doc.save()
    saved = path.read_text()
    assert saved.startswith("---\ntitle: New\nslug:   keep-me\npublish:\n")
    assert saved.endswith("---\nBody\n")


def test_invalid_yaml_still_opens_with_error_and_text_kept(tmp_path: Path) -> None:
    data = b"---\ntitle: ok\ntags: [unclosed\n---\nBody\n"
    path = _write(tmp_path / "bad.md", data)
    doc = load_document(path)
    assert doc.text == data.decode()
    err = doc.front_matter_error
    assert err is not None and err.line is not None
    assert "front matter" in str(err)
    doc.set_text(doc.text.replace("[unclosed", "[closed]"))
    assert doc.front_matter_error is None
    assert doc.front_matter.tags == ("closed",)


def test_cp1252_file_opens_with_notice_and_saves_in_same_encoding(tmp_path: Path) -> None:
    text = "Le caf\u00e9 \u00e9tait tr\u00e8s agr\u00e9able, o\u00f9 l'on d\u00e9jeunait \u00e0 midi.\n" * 4
    data = text.encode("cp1252")
    path = _write(tmp_path / "fr.md", data)
    doc = load_document(path)
    assert doc.text == text
    assert doc.encoding_notice and "not UTF-8" in doc.encoding_notice
    doc.save()
    assert path.read_bytes() == data
    doc.set_text(doc.text + "\u00c7a va.\n")
    doc.save()
    assert path.read_bytes() == (text + "\u00c7a va.\n").encode("cp1252")
    doc.save(encoding="utf-8")
    assert path.read_bytes() == (text + "\u00c7a va.\n").encode("utf-8")
    assert doc.encoding_notice is None
    assert load_document(path).encoding_notice is None


def test_utf16_with_bom_round_trips(tmp_path: Path) -> None:
    data = "hello\nw\u00f6rld\n".encode("utf-16")
    path = _write(tmp_path / "u16.md", data)
    doc = load_document(path)
    assert doc.text == "hello\nw\u00f6rld\n"
    assert doc.encoding_notice
    doc.save()
    assert path.read_bytes() == data


def test_forced_encoding(tmp_path: Path) -> None:
    path = _write(tmp_path / "l1.md", "na\u00efve\n".encode("latin-1"))
    doc = load_document(path, encoding="latin-1")
    assert doc.text == "na\u00efve\n"
    assert doc.encoding_notice and "as you asked" in doc.encoding_notice


def test_binary_file_is_refused_clearly(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    path = _write(tmp_path / "picture.md", png)
    with pytest.raises(BinaryFileError) as info:
        load_document(path)
    assert "picture.md" in str(info.value) and "binary" in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentNotFoundError, match="does not exist"):
        load_document(tmp_path / "nope.md")


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentError):
        load_document(tmp_path)


def test_50_mb_file_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "huge.md"
    with open(path, "wb") as fh:
        fh.write(b"word " * (10 * 1024 * 1024))
    start = time.monotonic()
    with pytest.raises(FileTooLargeError) as info:
        load_document(path)
    elapsed = time.monotonic() - start
    assert "MB" in str(info.value)
    assert elapsed < 2.0, f"refusing a 50 MB file took {elapsed:.2f}s"


def test_save_refuses_to_overwrite_a_file_changed_elsewhere(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.md", b"mine\n")
    doc = load_document(path)
    doc.set_text("mine, edited\n")
    time.sleep(0.01)
    path.write_bytes(b"theirs, from another program\n")
    assert changed_on_disk(doc)
    with pytest.raises(ChangedOnDiskError):
        doc.save()
    assert path.read_bytes() == b"theirs, from another program\n"
    doc.save(force=True)  # "keep mine"
    assert path.read_bytes() == b"mine, edited\n"
    assert not changed_on_disk(doc)


def test_reload_takes_the_disk_version(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.md", b"v1\n")
    doc = load_document(path)
    rev = doc.revision
    path.write_bytes(b"---\ntitle: V2\n---\nv2\n")
    doc.reload()
    assert doc.text == "---\ntitle: V2\n---\nv2\n"
    assert doc.front_matter.title == "V2"
    assert doc.revision > rev
    assert not doc.is_dirty and not changed_on_disk(doc)


def test_new_document_save_as(tmp_path: Path) -> None:
    doc = Document.new()
    assert not doc.is_dirty and doc.title == "Untitled"
    doc.set_text("# Draft\r\n")
    assert doc.text == "# Draft\n" and doc.is_dirty
    with pytest.raises(DocumentError):
        doc.save()
    target = tmp_path / "draft.md"
    doc.save(target)
    assert target.read_bytes() == b"# Draft\n"
    assert doc.path == target and not doc.is_dirty
    mode = os.stat(target).st_mode & 0o777
    assert mode == 0o666 & ~_umask()


def _umask() -> int:
    old = os.umask(0)
    os.umask(old)
    return old


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs"), include_characters="\t"), max_size=30), max_size=8),
    st.sampled_from(["\n", "\r\n", "\r"]),
    st.booleans(),
)
def test_round_trip_property(tmp_path: Path, lines: list[str], nl: str, bom: bool) -> None:
    data = (b"\xef\xbb\xbf" if bom else b"") + nl.join(lines).encode("utf-8")
    path = _write(tmp_path / "p.md", data)
    doc = load_document(path)
    assert "\r" not in doc.text
    doc.save()
    assert path.read_bytes() == data


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    with pytest.raises(DocumentError, match="not a regular file"):
        load_document(fifo)


def test_character_the_old_encoding_cannot_hold_is_a_clear_save_error(tmp_path: Path) -> None:
    data = "caf\u00e9 cr\u00e8me br\u00fbl\u00e9e, d\u00e9j\u00e0 vu, tr\u00e8s bien.\n".encode("cp1252") * 3
    path = _write(tmp_path / "fr.md", data)
    doc = load_document(path)
    doc.set_text(doc.text + "\U0001f600\n")
    with pytest.raises(SaveError, match="UTF-8"):
        doc.save()
    assert path.read_bytes() == data
    doc.save(encoding="utf-8")
    assert path.read_text("utf-8").endswith("\U0001f600\n")


def test_reload_of_utf16_file_keeps_bom_out_of_the_text(tmp_path: Path) -> None:
    path = _write(tmp_path / "u16.md", codecs.BOM_UTF16_BE + "one\n".encode("utf-16-be"))
    doc = load_document(path)
    path.write_bytes(codecs.BOM_UTF16_BE + "two\n".encode("utf-16-be"))
    doc.reload()
    assert doc.text == "two\n"
    doc.save()
    assert path.read_bytes() == codecs.BOM_UTF16_BE + "two\n".encode("utf-16-be")


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised_not_called_binary(tmp_path: Path, enc: str) -> None:
    text = "# Title\n\nPlain words, caf\u00e9.\n"
    path = _write(tmp_path / "w.md", text.encode(enc))
    doc = load_document(path)
    assert doc.text == text and doc.encoding == enc and doc.encoding_notice
    doc.save()
    assert path.read_bytes() == text.encode(enc)
