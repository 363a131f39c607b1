"""Pasting images and HTML: files named by content, broken data refused, HTML becomes Markdown."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from editor_app.core.assets import AssetError, html_to_markdown, save_image_asset


def _png(color: str = "red", size: tuple[int, int] = (4, 3)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "PNG")
    return buf.getvalue()


def _jpeg() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), "blue").save(buf, "JPEG")
    return buf.getvalue()


def _noisy_jpeg() -> bytes:
    buf = io.BytesIO()
    Image.frombytes("RGB", (64, 64), bytes((i * 7919) % 251 for i in range(64 * 64 * 3))).save(buf, "JPEG")
    return buf.getvalue()


def test_image_saved_next_to_document_by_content_hash(tmp_path: Path) -> None:
    doc = tmp_path / "posts" / "article.md"
    doc.parent.mkdir()
    doc.write_text("# Hi\n")
    data = _png()
    rel, md = save_image_asset(doc, data, "png", alt="A red [square]")
    assert rel.startswith("assets/") and rel.endswith(".png")
    assert (doc.parent / rel).read_bytes() == data
    assert md == f"![A red \\[square\\]]({rel})"
    # same picture again: same file, nothing new written
    rel2, _ = save_image_asset(doc, data, "")
    assert rel2 == rel
    assert len(list((doc.parent / "assets").iterdir())) == 1
    # a different picture gets a different name
    rel3, _ = save_image_asset(doc, _png("green"), "png")
    assert rel3 != rel and len(list((doc.parent / "assets").iterdir())) == 2


def test_extension_comes_from_the_bytes_not_the_suggestion(tmp_path: Path) -> None:
    doc = tmp_path / "a.md"
    rel, _ = save_image_asset(doc, _jpeg(), "png")
    assert rel.endswith(".jpg")
    with Image.open(tmp_path / rel) as img:
        assert img.format == "JPEG"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"<html>not an image</html>", "not an image"),
        (_noisy_jpeg()[: len(_noisy_jpeg()) * 2 // 3], "damaged"),
    ],
)
def test_broken_or_non_image_data_is_refused(tmp_path: Path, data: bytes, words: str) -> None:
    with pytest.raises(AssetError, match=words):
        save_image_asset(tmp_path / "a.md", data, "png")
    assert not (tmp_path / "assets").exists()


def test_untitled_document_is_asked_to_be_saved_first() -> None:
    with pytest.raises(AssetError, match="Save the document first"):
        save_image_asset(None, _png(), "png")


def test_html_to_markdown() -> None:
    html = (
        "<html><head><title>Clip</title><style>p{}</style></head><body><!--StartFragment-->"
        "<h2>Sub</h2><p>Some <b>bold</b> and <a href='https://example.com'>a link</a>.</p>"
        "<script>alert('x')</script><ul><li>one</li><li>two</li></ul>"
        "<pre><code class='language-python'>x = 1</code></pre><!--EndFragment--></body></html>"
    )
    md = html_to_markdown(html)
    assert md.startswith("## Sub\n")
    assert "**bold**" in md and "[a link](https://example.com)" in md
    assert "- one\n- two" in md
    assert "```python\nx = 1\n```" in md
    assert "alert" not in md and "Clip" not in md and "StartFragment" not in md
    assert html_to_markdown("") == ""
