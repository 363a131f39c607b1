"""Documents: load a Markdown file safely, track edits, save it back byte-exactly.

API
---
``load_document(path, *, max_bytes=MAX_BYTES, encoding=None) -> Document``
    Raises a :class:`DocumentError` subclass with a message for the writer:
    :class:`DocumentNotFoundError`, :class:`DocumentReadError`, :class:`FileTooLargeError`,
    :class:`BinaryFileError`, :class:`UnknownEncodingError`.
    UTF-8 with or without BOM opens silently; other encodings (detected with charset-normalizer,
    or forced with ``encoding=``) open with ``Document.encoding_notice`` set and are saved back in
    that encoding unless ``save(encoding="utf-8")``. Invalid front matter YAML does not stop the
    load: ``Document.front_matter_error`` says what and where.
``Document.new(text="") -> Document``  an untitled document.

``Document``
    ``text``             the editor's text, newlines always ``"\\n"`` (what a text widget shows);
                         positions in it are editor positions.
    ``set_text(text)``   replace the text (bumps ``revision`` when it changed).
    ``revision``         increases on every change; background results carry it.
    ``is_dirty``         text differs from what was last loaded/saved.
    ``newline``          the file's line ending (``"\\n"``, ``"\\r\\n"`` or ``"\\r"``), used on save;
                         ``mixed_newlines`` when the file mixed them (kept exactly while unchanged).
    ``encoding``, ``bom``, ``encoding_notice``
    ``front_matter`` (:class:`~editor_app.core.metadata.Metadata`), ``front_matter_error``,
    ``body_offset`` (index in ``text`` where the Markdown body starts).
    ``set_field(key, value)``, ``set_publish_record(site, record)``: edit front matter only.
    ``save(path=None, *, encoding=None, force=False)``: atomic save; raises
        :class:`ChangedOnDiskError` if another program changed the file since we loaded/saved it
        (``force=True`` to overwrite on purpose), :class:`~editor_app.core.storage.atomic.SaveError`
        when the disk refuses (file untouched).
    ``to_bytes()``       exactly what ``save`` writes.
    ``disk``             fingerprint of the file as last loaded/saved (see ``storage.fileinfo``).
    ``reload()``         read the file again (the writer chose "reload").
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor_app.core import frontmatter
from editor_app.core.frontmatter import FrontMatterError
from editor_app.core.metadata import Metadata
from editor_app.core.storage.atomic import SaveError, atomic_write_bytes
from editor_app.core.storage.fileinfo import FileFingerprint, changed_on_disk, fingerprint_of

__all__ = [
    "MAX_BYTES",
    "BinaryFileError",
    "ChangedOnDiskError",
    "Document",
    "DocumentError",
    "DocumentNotFoundError",
    "DocumentReadError",
    "FileTooLargeError",
    "FrontMatterError",
    "SaveError",
    "UnknownEncodingError",
    "load_document",
]

MAX_BYTES = 20 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 control characters that never appear in text files (tab, newlines, form feed, escape do).
_CONTROL = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_SAMPLE = 64 * 1024


class DocumentError(Exception):
    """A document could not be opened or saved; ``str(err)`` is written for the writer."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path


class DocumentNotFoundError(DocumentError):
    pass


class DocumentReadError(DocumentError):
    pass


class FileTooLargeError(DocumentError):
    pass


class BinaryFileError(DocumentError):
    pass


class UnknownEncodingError(DocumentError):
    pass


class ChangedOnDiskError(DocumentError):
    """Another program changed (or deleted) the file since it was loaded or saved."""


def _pretty_encoding(name: str) -> str:
    canonical = codecs.lookup(name).name
    pretty = {
        "cp1252": "Windows-1252 (Western European)",
        "cp1250": "Windows-1250 (Central European)",
        "cp1251": "Windows-1251 (Cyrillic)",
        "iso8859-1": "ISO-8859-1 (Latin-1)",
        "latin-1": "ISO-8859-1 (Latin-1)",
        "iso8859-15": "ISO-8859-15 (Latin-9)",
        "mac-roman": "Mac Roman",
        "utf-16-le": "UTF-16 (little endian)",
        "utf-16-be": "UTF-16 (big endian)",
        "utf-32-le": "UTF-32 (little endian)",
        "utf-32-be": "UTF-32 (big endian)",
        "shift_jis": "Shift JIS (Japanese)",
        "euc_jp": "EUC-JP (Japanese)",
        "gb18030": "GB18030 (Chinese)",
        "big5": "Big5 (Traditional Chinese)",
        "koi8-r": "KOI8-R (Russian)",
    }
    return pretty.get(canonical, canonical.upper())


def _newline_info(raw: str) -> tuple[str, bool]:
    crlf = raw.count("\r\n")
    cr = raw.count("\r") - crlf
    lf = raw.count("\n") - crlf
    counts = {"\n": lf, "\r\n": crlf, "\r": cr}
    used = [k for k, v in counts.items() if v]
    if not used:
        return os.linesep if os.linesep in counts else "\n", False
    dominant = max(used, key=lambda k: counts[k])
    return dominant, len(used) > 1


def _normalize(raw: str) -> str:
    if "\r" not in raw:
        return raw
    return raw.replace("\r\n", "\n").replace("\r", "\n")


@dataclass(frozen=True)
class _Decoded:
    text: str
    encoding: str
    bom: bytes
    notice: str | None


def _decode(data: bytes, path: Path, forced: str | None) -> _Decoded:
    name = path.name
    if forced is not None:
        try:
            codecs.lookup(forced)
        except LookupError:
            raise UnknownEncodingError(f"Unknown encoding {forced!r}.", path) from None
        bom = b""
        for mark, enc in _BOMS:
            if data.startswith(mark) and codecs.lookup(enc).name == codecs.lookup(forced).name:
                bom = mark
                break
        try:
            text = data[len(bom) :].decode(forced)
        except UnicodeDecodeError as exc:
            raise UnknownEncodingError(
                f"{name} is not valid {_pretty_encoding(forced)} (byte {exc.start} cannot be read).", path
            ) from None
        notice = None
        if codecs.lookup(forced).name != "utf-8":
            notice = (
                f"{name} was opened as {_pretty_encoding(forced)}, as you asked. "
                "It will be saved in the same encoding."
            )
        return _Decoded(text, forced, bom, notice)

    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(enc)
            except UnicodeDecodeError:
                break  # a BOM followed by garbage: fall through to detection / refusal
            notice = None
            if enc != "utf-8":
                notice = (
                    f"{name} is not UTF-8. It was opened as {_pretty_encoding(enc)} "
                    "and will be saved in the same encoding."
                )
            return _Decoded(text, enc, bom, notice)

    if b"\x00" in data:
        wide = _utf16_without_bom(data)
        if wide is not None:
            return _Decoded(
                wide[0],
                wide[1],
                b"",
                f"{name} is not UTF-8. It was opened as {_pretty_encoding(wide[1])} (no byte order mark) "
                "and will be saved in the same encoding.",
            )
    if b"\x00" in data or len(_CONTROL.findall(data[:_SAMPLE])) > max(2, len(data[:_SAMPLE]) // 100):
        raise BinaryFileError(
            f"{name} looks like a binary file (an image, a program or a word-processor document), "
            "not plain text, so it cannot be opened here.",
            path,
        )
    try:
        return _Decoded(data.decode("utf-8"), "utf-8", b"", None)
    except UnicodeDecodeError:
        pass

    import charset_normalizer  # lazy: only non-UTF-8 files pay for it

    results = charset_normalizer.from_bytes(data)
    best = results.best()
    if best is None or best.encoding is None:
        raise UnknownEncodingError(
            f"{name} is not UTF-8 and its text encoding could not be recognised, so it was not "
            "opened. Convert it to UTF-8 in another program, or reopen it choosing the encoding.",
            path,
        )
    enc = _prefer_western(data, best.encoding, best.chaos, [(m.encoding, m.chaos) for m in results])
    try:
        text = data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        raise UnknownEncodingError(
            f"{name} is not UTF-8 and could not be read as {enc}; it was not opened.", path
        ) from None
    notice = (
        f"{name} is not UTF-8. It was opened as {_pretty_encoding(enc)} (detected automatically) "
        "and will be saved in the same encoding. Check that special characters look right; "
        "use “Save as UTF-8” to convert it."
    )
    return _Decoded(text, enc, b"", notice)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """Plain text saved as UTF-16 without a BOM: every other byte of ASCII text is NUL."""
    if len(data) < 2 or len(data) % 2:
        return None
    sample = data[:_SAMPLE]
    even_nul, odd_nul = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nul > half * 0.3 and even_nul < half * 0.05:
        enc = "utf-16-le"
    elif even_nul > half * 0.3 and odd_nul < half * 0.05:
        enc = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        return None
    if "\x00" in text or len(_CONTROL.findall(text[: _SAMPLE // 2].encode("utf-8"))) > 2:
        return None
    return text, enc


def _prefer_western(data: bytes, best: str, best_chaos: float, candidates: list[tuple[str, float]]) -> str:
    """Short texts are ambiguous between 8-bit code pages; charset-normalizer may then pick, say,
    Mac Latin-2 for French. Windows-1252 is by far the most common non-UTF-8 encoding of Western
    articles, so take it when it reads the bytes (nearly) as cleanly as the winner."""
    if codecs.lookup(best).name == "cp1252":
        return best
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        return best
    if western == data.decode(best, "replace"):
        return "cp1252"
    for enc, chaos in candidates:
        if codecs.lookup(enc).name == "cp1252" and chaos <= best_chaos + 0.05:
            return "cp1252"
    return best


@dataclass(eq=False)
class Document:
    path: Path | None
    text: str
    encoding: str = "utf-8"
    bom: bytes = b""
    newline: str = "\n"
    mixed_newlines: bool = False
    encoding_notice: str | None = None
    disk: FileFingerprint | None = None
    revision: int = 0
    saved_text: str = ""
    # The exact bytes last loaded, kept only when re-encoding the unchanged text would not give
    # them back (mixed line endings, an odd codec); otherwise None to save memory.
    _exact_bytes: bytes | None = field(default=None, repr=False)
    _meta_cache: tuple[int, Metadata, FrontMatterError | None] | None = field(default=None, repr=False)

    @classmethod
    def new(cls, text: str = "") -> Document:
        text = _normalize(text)
        return cls(path=None, text=text, saved_text="")

    # -- text and state ------------------------------------------------------------------

    @property
    def is_dirty(self) -> bool:
        return self.text != self.saved_text or (self.path is None and self.text != "")

    @property
    def is_untitled(self) -> bool:
        return self.path is None

    def set_text(self, text: str) -> None:
        text = _normalize(text)
        if text != self.text:
            self.text = text
            self.revision += 1

    @property
    def display_name(self) -> str:
        return self.path.name if self.path is not None else "Untitled"

    @property
    def title(self) -> str:
        """The front matter title, else the file name without extension, else 'Untitled'."""
        if self.front_matter.title:
            return self.front_matter.title
        return self.path.stem if self.path is not None else "Untitled"

    # -- front matter --------------------------------------------------------------------

    def _meta(self) -> tuple[Metadata, FrontMatterError | None]:
        cache = self._meta_cache
        if cache is None or cache[0] != self.revision:
            meta, err = Metadata.from_text(self.text)
            cache = (self.revision, meta, err)
            self._meta_cache = cache
        return cache[1], cache[2]

    @property
    def front_matter(self) -> Metadata:
        return self._meta()[0]

    @property
    def front_matter_error(self) -> FrontMatterError | None:
        return self._meta()[1]

    @property
    def body_offset(self) -> int:
        return frontmatter.split(self.text).body_offset

    @property
    def body(self) -> str:
        return frontmatter.split(self.text).body

    def set_field(self, key: str, value: Any) -> None:
        """Change one front matter key (raises FrontMatterError if that cannot be done safely)."""
        self.set_text(frontmatter.set_field(self.text, key, value))

    def set_publish_record(self, site: str, record: dict[str, Any]) -> None:
        self.set_text(frontmatter.set_publish_record(self.text, site, record))

    # -- saving --------------------------------------------------------------------------

    def _bom_for(self, encoding: str | None) -> bytes:
        if encoding is None or codecs.lookup(encoding).name == codecs.lookup(self.encoding).name:
            return self.bom
        return b""  # converting: UTF-8 without BOM (or the codec's own default)

    def to_bytes(self, encoding: str | None = None) -> bytes:
        """The bytes ``save`` writes; identical to the loaded file while the text is unchanged."""
        if encoding is None and self._exact_bytes is not None and self.text == self.saved_text:
            return self._exact_bytes
        enc = encoding or self.encoding
        text = self.text if self.newline == "\n" else self.text.replace("\n", self.newline)
        try:
            return self._bom_for(encoding) + text.encode(enc)
        except UnicodeEncodeError as exc:
            bad = exc.object[exc.start : exc.end]
            raise SaveError(
                f"Could not save {self.display_name}: the character {bad!r} cannot be written in "
                f"{_pretty_encoding(enc)}. Save it as UTF-8 instead. The file on disk was not changed.",
                self.path or Path(self.display_name),
            ) from None

    def save(
        self, path: str | os.PathLike[str] | None = None, *, encoding: str | None = None, force: bool = False
    ) -> None:
        target = Path(path) if path is not None else self.path
        if target is None:
            raise DocumentError("This document has not been saved yet; choose where to save it.")
        same_file = self.path is not None and _same_path(target, self.path)
        if same_file and not force and changed_on_disk(self):
            raise ChangedOnDiskError(
                f"{target.name} was changed or deleted by another program since you opened it. "
                "Reload it, keep your version, or compare the two.",
                target,
            )
        data = self.to_bytes(encoding)
        atomic_write_bytes(target, data)
        try:
            self.disk = fingerprint_of(data, os.stat(target))
        except OSError:
            self.disk = None
        if encoding is not None:
            self.bom = self._bom_for(encoding)
            self.encoding = encoding
            self.encoding_notice = None
        self.path = target
        self.saved_text = self.text
        self._exact_bytes = data if data is self._exact_bytes else None

    def reload(self) -> None:
        """Replace the text with the file on disk (keeps counting revisions)."""
        if self.path is None:
            return
        fresh = load_document(self.path, encoding=None if self.encoding_notice is None else self.encoding)
        revision = self.revision + 1
        self.__dict__.update(fresh.__dict__)
        self.revision = revision
        self._meta_cache = None


def _same_path(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def load_document(
    path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES, encoding: str | None = None
) -> Document:
    p = Path(path)
    name = p.name
    try:
        # stat first: opening a FIFO or a device could block or never end.
        if not stat.S_ISREG(os.stat(p).st_mode):
            raise DocumentReadError(f"{name} is not a regular file, so it cannot be opened as a document.", p)
        with open(p, "rb") as fh:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise DocumentReadError(f"{name} is not a regular file.", p)
            if st.st_size > max_bytes:
                raise FileTooLargeError(
                    f"{name} is {st.st_size / 1048576:.1f} MB; the editor opens files up to "
                    f"{max_bytes / 1048576:.0f} MB so that typing stays fast. Split it into smaller "
                    "articles or open it in another program.",
                    p,
                )
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise DocumentNotFoundError(f"{name} does not exist (was it moved or deleted?).", p) from None
    except IsADirectoryError:
        raise DocumentReadError(f"{name} is a folder, not a file.", p) from None
    except PermissionError:
        raise DocumentReadError(f"You do not have permission to read {name}.", p) from None
    except OSError as exc:
        raise DocumentReadError(f"{name} could not be read: {exc.strerror or exc}.", p) from None
    if len(data) > max_bytes:
        raise FileTooLargeError(f"{name} grew past {max_bytes / 1048576:.0f} MB while opening it.", p)

    decoded = _decode(data, p, encoding)
    newline, mixed = _newline_info(decoded.text)
    text = _normalize(decoded.text)
    doc = Document(
        path=p,
        text=text,
        encoding=decoded.encoding,
        bom=decoded.bom,
        newline=newline,
        mixed_newlines=mixed,
        encoding_notice=decoded.notice,
        disk=fingerprint_of(data, st),
        saved_text=text,
    )
    try:
        rebuilt: bytes | None = decoded.bom + (
            text if newline == "\n" else text.replace("\n", newline)
        ).encode(decoded.encoding)
    except UnicodeEncodeError:
        rebuilt = None
    if rebuilt != data:
        doc._exact_bytes = data
    return doc
