"""Pasted and dropped content: images saved next to the document, HTML turned into Markdown.

API
---
``save_image_asset(doc_path, data, suggested_ext="", *, alt="", folder="assets") -> (rel, markdown)``
    Checks ``data`` is a complete image (Pillow), writes it to ``<document folder>/assets/`` named
    by content hash (``<sha256[:16]>.<ext>``; the same image pasted twice is stored once) and
    returns the path relative to the document (``assets/ab12….png``) and ``![alt](assets/ab12….png)``.
    Raises :class:`AssetError` (message for the writer) for an untitled document, data that is
    not an image, a damaged image, or a failed write.
``html_to_markdown(html) -> str``  (markdownify; scripts, styles and comments dropped).
``image_extension(data) -> str``   ``"png"``, ``"jpg"``, ... for image bytes, else AssetError.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import warnings
from pathlib import Path
from typing import Any

from editor_app.core.storage.atomic import SaveError, atomic_write_bytes

_FORMAT_EXT = {
    "PNG": "png",
    "JPEG": "jpg",
    "GIF": "gif",
    "WEBP": "webp",
    "BMP": "bmp",
    "TIFF": "tiff",
    "ICO": "ico",
    "AVIF": "avif",
}
MAX_IMAGE_BYTES = 50 * 1024 * 1024


class AssetError(Exception):
    """A pasted or dropped image could not be stored; ``str(err)`` is for the writer."""


def image_extension(data: bytes) -> str:
    """Verify ``data`` is a whole, readable image and return its usual file extension."""
    from PIL import Image, UnidentifiedImageError  # lazy: Pillow is only needed when pasting

    if not data:
        raise AssetError("The pasted image is empty.")
    if len(data) > MAX_IMAGE_BYTES:
        raise AssetError(f"The image is {len(data) / 1048576:.0f} MB; images up to 50 MB can be pasted.")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                fmt = img.format or ""
                img.verify()
            with Image.open(io.BytesIO(data)) as img:
                img.load()  # verify() misses truncated pixel data; decoding finds it
    except UnidentifiedImageError:
        raise AssetError("What was pasted is not an image the editor can read (PNG, JPEG, GIF, WebP...).") from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise AssetError("The image is too large in pixels to be a safe picture for an article.") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise AssetError(f"The image is damaged or incomplete and was not saved ({exc}).") from None
    ext = _FORMAT_EXT.get(fmt)
    if ext is None:
        raise AssetError(f"{fmt or 'This'} images cannot be shown in articles; use PNG, JPEG, GIF or WebP.")
    return ext


def save_image_asset(
    doc_path: str | os.PathLike[str] | None,
    data: bytes,
    suggested_ext: str = "",
    *,
    alt: str = "",
    folder: str = "assets",
) -> tuple[str, str]:
    if doc_path is None:
        raise AssetError("Save the document first, so the image has a folder to go in next to it.")
    ext = image_extension(data)
    # The bytes decide the extension; the suggestion (from a file name or MIME type) only picks
    # between spellings of the same format, such as .jpeg for a JPEG.
    suggested = suggested_ext.lower().lstrip(".")
    if suggested in {"jpeg", "jpg"} and ext == "jpg":
        ext = suggested
    name = f"{hashlib.sha256(data).hexdigest()[:16]}.{ext}"
    target_dir = Path(doc_path).parent / folder
    target = target_dir / name
    try:
        if not (target.is_file() and target.read_bytes() == data):
            target_dir.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(target, data)
    except SaveError as exc:
        raise AssetError(str(exc)) from None
    except OSError as exc:
        raise AssetError(f"Could not create the folder {target_dir}: {exc.strerror or exc}.") from None
    rel = f"{folder}/{name}"
    return rel, f"![{_escape_alt(alt)}]({rel})"


def _escape_alt(alt: str) -> str:
    return re.sub(r"([\[\]\\])", r"\\\1", " ".join(alt.split()))


def _code_language(el: Any) -> str | None:
    for cls in el.get("class") or []:
        m = re.match(r"(?:language|lang)-([\w+#.-]+)$", str(cls))
        if m:
            return m.group(1)
    code = el.find("code") if hasattr(el, "find") else None
    if code is not None and code is not el:
        return _code_language(code)
    return None


def html_to_markdown(html: str) -> str:
    """Convert pasted HTML (from a browser or word processor) into Markdown."""
    from markdownify import markdownify  # lazy: only needed when pasting

    # Clipboard HTML often carries <!--StartFragment--> markers, <meta> and <style> blocks.
    html = re.sub(r"<!--.*?-->|<head\b.*?</head\s*>|<title\b.*?</title\s*>", "", html, flags=re.DOTALL | re.I)
    md: str = markdownify(
        html,
        heading_style="ATX",
        bullets="-",
        code_language_callback=_code_language,
        strip=["meta", "link"],
        escape_underscores=False,
        escape_asterisks=True,
    )
    md = re.sub(r"\n{3,}", "\n\n", md)
    return md.strip() + "\n" if md.strip() else ""
