"""The upload image pipeline: orientation, metadata stripping, resizing, re-encoding, bad input."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from editor_app.core.publishing.images import ImageError, inspect_image, process_bytes, process_image

GPS_IFD = 0x8825


def _photo(path: Path, size: tuple[int, int] = (3000, 2000), orientation: int = 6) -> Path:
    """A JPEG whose left half is red and right half blue, with GPS, camera make and an orientation tag."""
    img = Image.new("RGB", size, (220, 20, 20))
    img.paste((20, 20, 220), (size[0] // 2, 0, size[0], size[1]))
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "SecretCam"
    exif[GPS_IFD] = {1: "N", 2: (52.0, 31.0, 12.0), 3: "E", 4: (13.0, 24.0, 0.0)}
    img.save(path, "JPEG", exif=exif.tobytes(), quality=90, comment=b"shot at home")
    return path


def test_orientation_is_applied_then_all_metadata_removed(tmp_path: Path) -> None:
    src = _photo(tmp_path / "p.jpg")
    with Image.open(src) as original:
        assert original.getexif().get_ifd(GPS_IFD)  # the test input really has GPS
    out = process_image(src, max_px=2048)
    img = Image.open(io.BytesIO(out.data))
    assert out.mime == "image/jpeg" and img.format == "JPEG"
    # orientation 6 = rotate 90° clockwise: the landscape photo becomes portrait, long edge 2048
    assert (img.width, img.height) == (1365, 2048) == (out.width, out.height)
    # after a clockwise turn the red left half is on top
    top = img.getpixel((img.width // 2, 50))
    bottom = img.getpixel((img.width // 2, img.height - 50))
    assert isinstance(top, tuple) and isinstance(bottom, tuple)
    assert top[0] > 150 and top[2] < 100, top
    assert bottom[2] > 150 and bottom[0] < 100, bottom
    assert len(img.getexif()) == 0
    assert "exif" not in img.info and "comment" not in img.info and "icc_profile" not in img.info
    assert b"SecretCam" not in out.data and b"shot at home" not in out.data
    assert b"Exif\x00\x00" not in out.data


def test_small_png_keeps_format_size_and_transparency(tmp_path: Path) -> None:
    src = tmp_path / "logo.png"
    img = Image.new("RGBA", (300, 200), (0, 0, 255, 100))
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Someone Private")
    img.save(src, pnginfo=info)
    out = process_image(src, max_px=2048)
    res = Image.open(io.BytesIO(out.data))
    assert res.format == "PNG" and out.mime == "image/png" and out.extension == ".png"
    assert res.size == (300, 200)
    assert res.mode == "RGBA" and res.getpixel((5, 5)) == (0, 0, 255, 100)
    assert b"Someone Private" not in out.data


def test_resize_respects_per_site_maximum(tmp_path: Path) -> None:
    src = _photo(tmp_path / "p.jpg", size=(1600, 1200), orientation=1)
    out = process_image(src, max_px=800)
    assert (out.width, out.height) == (800, 600)
    assert process_image(src, max_px=4000).width == 1600  # never enlarged


def test_same_bytes_same_output_hash_and_source_key(tmp_path: Path) -> None:
    src = _photo(tmp_path / "p.jpg", size=(900, 600))
    a, b = process_image(src), process_image(src)
    assert a.content_hash == b.content_hash and a.source_key == b.source_key
    assert process_image(src, max_px=500).source_key != a.source_key


def test_broken_file_gives_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "holiday.jpg"
    bad.write_bytes(b"this is not a picture at all")
    with pytest.raises(ImageError, match="holiday.jpg"):
        process_image(bad)
    truncated = tmp_path / "cut.jpg"
    good = _photo(tmp_path / "g.jpg", size=(800, 600), orientation=1).read_bytes()
    truncated.write_bytes(good[: len(good) // 3])
    with pytest.raises(ImageError, match="cut.jpg"):
        process_image(truncated)
    with pytest.raises(ImageError, match="not found"):
        process_image(tmp_path / "missing.png")


def _png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def test_decompression_bomb_is_refused_before_decoding() -> None:
    data = _png_header_only(60000, 60000)  # 3.6 gigapixels declared in a ~100 byte file
    assert len(data) < 200
    with pytest.raises(ImageError, match="(too large|decompression bomb)"):
        process_bytes(data, "bomb.png")


def test_inspect_reads_size_without_decoding(tmp_path: Path) -> None:
    src = _photo(tmp_path / "p.jpg", size=(1000, 700), orientation=1)
    info = inspect_image(src)
    assert (info.width, info.height, info.format) == (1000, 700, "JPEG")
