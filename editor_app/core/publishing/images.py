"""Prepare local images for upload: orientation applied, every piece of metadata removed, resized.

Pipeline (:func:`process_image`):

1. Read the file; refuse what is not an image, is damaged, or would decode to more than
   ``MAX_PIXELS`` (a "decompression bomb": a small file that expands to gigabytes).
2. Apply the EXIF orientation (a phone photo taken upright stays upright), then drop EXIF, GPS,
   XMP, IPTC, comments and text chunks by building the output from pixels only. A colour profile is
   converted to sRGB first, then dropped, so colours stay right in browsers.
3. Shrink so the long edge is at most ``max_px`` (never enlarge).
4. Re-encode: JPEG stays JPEG (quality 85, progressive), PNG stays PNG, WebP stays WebP, GIF
   becomes PNG (animated GIFs keep their frames as GIF), anything else (TIFF, BMP, ...) becomes
   JPEG, or PNG when it has transparency.

``source_key`` hashes the *source bytes* plus the pipeline settings, so the media cache can skip
the work entirely for an image it already uploaded.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from editor_app.core.publishing.base import PublishError

DEFAULT_MAX_PX = 2048
JPEG_QUALITY = 85
MAX_PIXELS = 80_000_000  # 80 MP: bigger than any camera photo, far below a bomb
MAX_FILE_BYTES = 200 * 1024 * 1024
PIPELINE_VERSION = "1"  # bump when the output of the pipeline changes, to invalidate caches

_KEEP_FORMATS = {"JPEG": ("image/jpeg", ".jpg"), "PNG": ("image/png", ".png"), "WEBP": ("image/webp", ".webp")}


class ImageError(PublishError):
    """An image cannot be used; the message names the file and says what is wrong."""


@dataclass(frozen=True)
class ProcessedImage:
    data: bytes
    mime: str
    extension: str  # with the dot
    width: int
    height: int
    content_hash: str  # sha256 of ``data``
    source_key: str  # see module doc

    def filename(self, stem: str) -> str:
        return f"{stem}{self.extension}"


@dataclass(frozen=True)
class ImageInfo:
    """Cheap facts from the file header (no pixel decoding), for preflight warnings."""

    width: int
    height: int
    format: str
    file_bytes: int


def source_key(data: bytes, max_px: int) -> str:
    h = hashlib.sha256()
    h.update(f"v{PIPELINE_VERSION};max={max_px};q={JPEG_QUALITY};".encode())
    h.update(data)
    return h.hexdigest()


def inspect_image(path: Path) -> ImageInfo:
    """Size and format without decoding; raises :class:`ImageError` for unreadable files."""
    try:
        size = path.stat().st_size
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as img:
                return ImageInfo(img.width, img.height, str(img.format or ""), size)
    except FileNotFoundError:
        raise ImageError(f"The image “{path.name}” was not found ({path}).") from None
    except (UnidentifiedImageError, Image.DecompressionBombError):
        raise ImageError(f"“{path.name}” is not an image this app can read, or it is damaged.") from None
    except OSError as exc:
        raise ImageError(f"“{path.name}” could not be read: {exc.strerror or 'damaged file'}.") from None


def process_image(path: Path, max_px: int = DEFAULT_MAX_PX) -> ProcessedImage:
    """Run the whole pipeline on one file (see module doc)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImageError(f"The image “{path.name}” was not found ({path}).") from None
    except OSError as exc:
        raise ImageError(f"The image “{path.name}” could not be read: {exc.strerror}.") from None
    return process_bytes(data, path.name, max_px)


def process_bytes(data: bytes, name: str, max_px: int = DEFAULT_MAX_PX) -> ProcessedImage:
    if max_px < 16:
        raise ValueError("max_px must be at least 16")
    if len(data) > MAX_FILE_BYTES:
        raise ImageError(f"“{name}” is {len(data) // (1024 * 1024)} MB; images over 200 MB are not uploaded.")
    key = source_key(data, max_px)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            if img.width * img.height > MAX_PIXELS:
                raise ImageError(
                    f"“{name}” is {img.width}×{img.height} pixels ({img.width * img.height / 1e6:.0f} megapixels); "
                    "that is too large to process safely. Export a smaller version."
                )
            fmt = str(img.format or "")
            animated = bool(getattr(img, "is_animated", False))
            if animated and fmt == "GIF":
                return _process_animated_gif(img, name, max_px, key)
            img.load()
    except ImageError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageError(
            f"“{name}” claims an enormous pixel size (a possible decompression bomb); it was not opened."
        ) from None
    except UnidentifiedImageError:
        raise ImageError(f"“{name}” is not an image this app can read (or the file is damaged).") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise ImageError(f"“{name}” is damaged and cannot be read ({exc}).") from None

    pic: Image.Image = ImageOps.exif_transpose(img) or img
    pic = _to_srgb(pic)
    pic.thumbnail((max_px, max_px), Image.Resampling.LANCZOS, reducing_gap=3.0)

    has_alpha = pic.mode in ("RGBA", "LA", "PA") or (pic.mode == "P" and "transparency" in pic.info)
    if fmt in _KEEP_FORMATS:
        out_fmt = fmt
    elif fmt == "GIF" or has_alpha:
        out_fmt = "PNG"
    else:
        out_fmt = "JPEG"

    clean = _pixels_only(pic, out_fmt)
    buf = io.BytesIO()
    if out_fmt == "JPEG":
        clean.save(buf, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    elif out_fmt == "PNG":
        clean.save(buf, "PNG", optimize=False, compress_level=6)
    else:
        clean.save(buf, "WEBP", quality=JPEG_QUALITY)
    out = buf.getvalue()
    mime, ext = _KEEP_FORMATS[out_fmt]
    return ProcessedImage(out, mime, ext, clean.width, clean.height, hashlib.sha256(out).hexdigest(), key)


def _to_srgb(img: Image.Image) -> Image.Image:
    icc = img.info.get("icc_profile")
    if not icc:
        return img
    try:
        from PIL import ImageCms

        src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        dst = ImageCms.createProfile("sRGB")
        mode = "RGBA" if img.mode in ("RGBA", "LA", "PA", "P") else "RGB"
        if img.mode != mode and img.mode not in ("RGB", "RGBA"):
            img = img.convert(mode)
        converted = ImageCms.profileToProfile(img, src, dst, outputMode=img.mode)
        return converted if converted is not None else img
    except Exception:  # a broken profile must not block publishing; pixels are kept as they are
        return img


def _pixels_only(img: Image.Image, out_fmt: str) -> Image.Image:
    """A new image with the same pixels and *no* info/EXIF/ICC/XMP/text (nothing carried over)."""
    if out_fmt == "JPEG" and img.mode not in ("RGB", "L"):
        img = img.convert("RGB")
    if out_fmt == "WEBP" and img.mode not in ("RGB", "RGBA"):
        img = img.convert("RGBA" if "A" in img.mode or "transparency" in img.info else "RGB")
    clean = Image.new(img.mode, img.size)
    if img.mode == "P":
        palette = img.getpalette()
        if palette is not None:
            clean.putpalette(palette)
        if "transparency" in img.info:
            clean.info["transparency"] = img.info["transparency"]
    clean.paste(img)
    return clean


def _process_animated_gif(img: Image.Image, name: str, max_px: int, key: str) -> ProcessedImage:
    frames: list[Image.Image] = []
    durations: list[int] = []
    for index in range(getattr(img, "n_frames", 1)):
        img.seek(index)
        frame = img.convert("RGBA")
        frame.thumbnail((max_px, max_px), Image.Resampling.LANCZOS)
        frames.append(frame)
        durations.append(int(img.info.get("duration", 100)))
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:], duration=durations, loop=0, disposal=2)
    out = buf.getvalue()
    return ProcessedImage(
        out, "image/gif", ".gif", frames[0].width, frames[0].height, hashlib.sha256(out).hexdigest(), key
    )
