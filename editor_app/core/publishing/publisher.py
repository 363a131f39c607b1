"""Publish one Markdown document to one site: render, images, create-or-update, conflicts.

Entry points
------------
``prepare(text, doc_path, site, options) -> Prepared``
    Offline and cheap-ish: front matter -> fields, Markdown -> HTML (the preview's renderer), local
    images found and resolved. No network. The publish dialog shows ``Prepared.fields``;
    preflight uses ``Prepared.images``.
``publish(text, doc_path, site, options, cache=..., progress=..., cancel=...) -> PublishOutcome``
    Does the work and returns the new :class:`PublishRecord`; the caller writes it into the front
    matter (``Document.set_publish_record(site.name, outcome.record.to_front_matter())`` then
    save, or :func:`write_record` for a file on disk).

Rules
-----
* A record for this site in the front matter means "update that post": we fetch it first;
  if it changed on the site since our last publish (``modified`` differs, or -- for an edit in
  the same second, as both sites keep whole seconds -- the fingerprint of its title and stored
  body differs from ``PublishRecord.remote_hash``) we raise
  :class:`Conflict` with both versions, unless ``options.force`` (the writer chose "keep mine").
  If it is gone (404 / trash) we raise :class:`RemoteDeleted` unless ``options.recreate``.
* No record: if ``options.marker`` is set (an outbox job id) we first look for a post carrying it,
  so a replay after a lost answer updates that post instead of making a second one.
* Nothing changed (same content hash, remote unchanged): no request is sent, zero uploads.
* Images are uploaded once per site: the media cache (by source hash and by output hash).
"""

from __future__ import annotations

import hashlib
import html as html_lib
import json
import os
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from editor_app.core import frontmatter
from editor_app.core.metadata import Metadata
from editor_app.core.publishing import image_pool
from editor_app.core.publishing.base import (
    POST_STATUSES,
    CancelCheck,
    Cancelled,
    Conflict,
    ImageRef,
    MediaItem,
    PostStatus,
    ProgressCallback,
    PublishError,
    PublishOutcome,
    PublishRecord,
    PublishRequest,
    Rejected,
    RemoteDeleted,
    RemotePost,
    Site,
    remote_fingerprint,
)
from editor_app.core.publishing.images import ImageError, ProcessedImage, source_key
from editor_app.core.publishing.media_cache import MediaCache

_STATUS_ALIASES: dict[str, PostStatus] = {
    "draft": "draft",
    "pending": "pending",
    "review": "pending",
    "private": "private",
    "publish": "publish",
    "published": "publish",
    "public": "publish",
    "future": "future",
    "scheduled": "future",
    "schedule": "future",
}


@dataclass(frozen=True)
class PublishOptions:
    status: str | None = None  # overrides front matter ``status``
    date: str | datetime | None = None  # overrides front matter ``date`` (ISO 8601; naive = local time)
    force: bool = False  # keep mine: overwrite a post edited on the site
    recreate: bool = False  # the recorded post was deleted: create it again
    marker: str = ""  # outbox job id, stored on the post (see base.py)
    dry_run: bool = False  # no uploads, no post writes


@dataclass(frozen=True)
class PostFields:
    title: str
    slug: str
    excerpt: str
    status: PostStatus
    date_gmt: datetime | None
    tags: tuple[str, ...]
    categories: tuple[str, ...]
    featured_image: ImageRef | None


@dataclass(frozen=True)
class Prepared:
    fields: PostFields
    html: str  # rendered, with local image src as written
    images: tuple[ImageRef, ...]  # local images in the body (unique by src)
    missing_images: tuple[str, ...]  # src values that point to files that do not exist
    record: PublishRecord | None  # this site's record from the front matter
    body_offset: int
    renderer: str  # which renderer produced ``html`` ("rendering" or "markdown-fallback")
    warnings: tuple[str, ...] = ()


# ------------------------------------------------------------------------------------------
# Rendering


def render_html(markdown_body: str) -> tuple[str, str]:
    """HTML for the site from the preview's renderer; returns ``(html, renderer name)``.

    Uses ``rendering.render_reference_html`` (same Markdown extensions and sanitising as the
    preview, without the preview's ``data-line`` attributes); falls back to plain
    ``markdown.markdown`` when that module is missing.
    """
    try:
        from editor_app.core import rendering
    except Exception:  # missing or broken renderer module: publish with plain Markdown instead
        rendering = None  # type: ignore[assignment]
    fn = getattr(rendering, "render_reference_html", None) if rendering is not None else None
    if callable(fn):
        # the leading newline keeps a body that starts with '---' from being read as front matter
        out = fn("\n" + markdown_body)
        if isinstance(out, str):
            return out, "rendering"
    import markdown

    return markdown.markdown(markdown_body, extensions=["extra", "sane_lists"]), "markdown-fallback"


class _ImgCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.images: list[tuple[str, str, str]] = []  # src, alt, title

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            a = {k: v or "" for k, v in attrs}
            if a.get("src"):
                self.images.append((a["src"], a.get("alt", ""), a.get("title", "")))


def find_images(html: str) -> list[tuple[str, str, str]]:
    parser = _ImgCollector()
    parser.feed(html)
    parser.close()
    return parser.images


def is_local_src(src: str) -> bool:
    scheme = urlsplit(src).scheme.lower()
    return scheme in ("", "file") and not src.startswith("//") and not src.startswith("#")


def resolve_src(src: str, base_dir: Path) -> Path:
    parts = urlsplit(src)
    raw = unquote(parts.path)
    p = Path(raw).expanduser()
    return p if p.is_absolute() else (base_dir / p)


_IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SRC_ATTR = re.compile(r"""(\bsrc\s*=\s*)(["'])(.*?)\2""", re.IGNORECASE | re.DOTALL)


def rewrite_image_urls(html: str, mapping: dict[str, str]) -> str:
    """Replace ``src`` of ``<img>`` tags whose (unescaped) value is a key of ``mapping``."""

    def tag(m: re.Match[str]) -> str:
        def attr(a: re.Match[str]) -> str:
            value = html_lib.unescape(a.group(3))
            if value in mapping:
                return f"{a.group(1)}{a.group(2)}{html_lib.escape(mapping[value], quote=True)}{a.group(2)}"
            return a.group(0)

        return _SRC_ATTR.sub(attr, m.group(0), count=1)

    return _IMG_TAG.sub(tag, html)


# ------------------------------------------------------------------------------------------
# Front matter -> fields


def normalize_status(value: str) -> PostStatus:
    key = value.strip().lower()
    if key in _STATUS_ALIASES:
        return _STATUS_ALIASES[key]
    raise Rejected(f"“{value}” is not a post status; use one of: {', '.join(POST_STATUSES)} (or scheduled).")


def parse_date(value: str | datetime) -> datetime:
    """ISO 8601 to aware UTC; a time without zone is the computer's local time."""
    if isinstance(value, datetime):
        dt = value
    else:
        text = value.strip().replace(" ", "T", 1) if "T" not in value else value.strip()
        try:
            dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise Rejected(
                f"“{value}” is not a date and time this app understands; write it like 2025-06-01T09:30+02:00."
            ) from None
    if dt.tzinfo is None:
        dt = dt.astimezone()  # local time zone
    return dt.astimezone(UTC).replace(microsecond=0)


_LEADING_H1 = re.compile(r"\A\s*#[ \t]+(.+?)[ \t#]*(?:\r?\n|\Z)")


def prepare(text: str, doc_path: Path | None, site: Site, options: PublishOptions | None = None) -> Prepared:
    options = options or PublishOptions()
    meta, err = Metadata.from_text(text)
    if err is not None:
        raise Rejected(f"The front matter cannot be read: {err.message}")
    # resolved review threads are removed and highlights unwrapped; unresolved marks were
    # refused by preflight (or the writer overrode it) and go out as written
    from editor_app.core import review

    parts = frontmatter.split(review.publishable_text(text))
    body = parts.body
    warnings: list[str] = []
    title = meta.title.strip()
    if not title:
        m = _LEADING_H1.match(body)
        if m:
            title = m.group(1).strip()
            body = body[m.end() :]
    if not title and doc_path is not None:
        title = doc_path.stem.replace("-", " ").replace("_", " ").strip().capitalize()
    if not title:
        raise Rejected("The article has no title: add “title:” to the front matter.")

    record = PublishRecord.from_front_matter(site.name, meta.publish_record(site.name))
    # No status asked for: a post that is already on the site keeps the status it has there
    # (a republish must never quietly turn a published post back into a draft).
    kept_status = bool(record and record.status) and not (options.status or meta.status)
    status = normalize_status(options.status or meta.status or (record.status if record and record.status else "draft"))
    date_value = options.date if options.date is not None else (meta.date or None)
    date_gmt = parse_date(date_value) if date_value else None
    if status == "future":
        if date_gmt is None and not kept_status:
            raise Rejected("A scheduled post needs a date: add “date:” (for example 2025-06-01T09:30+02:00).")
        if date_gmt is not None and date_gmt <= datetime.now(UTC):
            warnings.append("The scheduled date is in the past; the site will publish the post at once.")
    allowed = site.capabilities.allowed_statuses()
    if status not in allowed:
        raise Rejected(f"{site.name} cannot take the status “{status}”; it offers: {', '.join(allowed)}.")

    html, renderer = render_html(body)
    base_dir = doc_path.parent if doc_path is not None else Path.cwd()
    images: list[ImageRef] = []
    missing: list[str] = []
    seen: set[str] = set()
    for src, alt, img_title in find_images(html):
        if src in seen or not is_local_src(src):
            continue
        seen.add(src)
        path = resolve_src(src, base_dir)
        if path.is_file():
            images.append(ImageRef(src=src, path=path.resolve(), alt=alt, title=img_title))
        else:
            missing.append(src)

    featured: ImageRef | None = None
    if meta.featured_image:
        if is_local_src(meta.featured_image):
            fpath = resolve_src(meta.featured_image, base_dir)
            if fpath.is_file():
                featured = ImageRef(src=meta.featured_image, path=fpath.resolve(), alt=title)
            else:
                missing.append(meta.featured_image)
        else:
            warnings.append("The featured image must be a file on this computer; a web address is not uploaded.")

    fields = PostFields(
        title=title,
        slug=meta.slug.strip(),
        excerpt=meta.excerpt.strip(),
        status=status,
        date_gmt=date_gmt,
        tags=meta.tags,
        categories=meta.categories if site.capabilities.supports_categories else (),
        featured_image=featured if site.capabilities.supports_featured_image else None,
    )
    return Prepared(
        fields=fields,
        html=html,
        images=tuple(images),
        missing_images=tuple(missing),
        record=record,
        body_offset=parts.body_offset,
        renderer=renderer,
        warnings=tuple(warnings),
    )


# ------------------------------------------------------------------------------------------
# Publishing


def content_hash(request: PublishRequest) -> str:
    """Hash of everything we send (marker excluded), to know that a republish changes nothing."""
    payload = {
        "title": request.title,
        "html": request.html,
        "slug": request.slug,
        "excerpt": request.excerpt,
        "status": request.status,
        "date_gmt": request.date_gmt.isoformat() if request.date_gmt else "",
        "tags": list(request.tags),
        "categories": list(request.categories),
        "featured": request.featured_media.url if request.featured_media else "",
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


@dataclass(frozen=True)
class _Ready:
    """An image after the (thread-pool) CPU step: a cache hit, or processed bytes to upload."""

    skey: str
    hit: MediaItem | None
    processed: ProcessedImage | None


@dataclass
class _Uploader:
    site: Site
    cache: MediaCache
    dry_run: bool
    uploaded: int = 0
    reused: int = 0
    would_upload: list[str] = field(default_factory=list)
    reused_items: list[MediaItem] = field(default_factory=list)

    def process(self, image: ImageRef) -> _Ready:
        """CPU part, safe to run in worker threads: hash, cache lookup, Pillow pipeline."""
        max_px = self.site.config.max_image_px or self.site.capabilities.max_image_px
        try:
            data = image.path.read_bytes()
        except OSError as exc:
            raise ImageError(f"The image “{image.path.name}” could not be read: {exc.strerror}.") from None
        skey = source_key(data, max_px)
        hit = self.cache.lookup(self.site.config, source_key=skey)
        if hit is not None:
            return _Ready(skey, hit, None)
        # Pillow's JPEG encoder holds the GIL: the pipeline runs in a worker process (this thread
        # only waits), so the GUI thread never stalls behind an encode
        return _Ready(skey, None, image_pool.process(data, image.path.name, max_px))

    def finish(self, image: ImageRef, ready: _Ready) -> MediaItem:
        """Network part, in the calling thread, one upload at a time."""
        if ready.hit is not None:
            self.reused += 1
            self.reused_items.append(ready.hit)
            return ready.hit
        processed = ready.processed
        assert processed is not None
        hit = self.cache.lookup(self.site.config, content_hash=processed.content_hash)
        if hit is not None:
            self.cache.store(self.site.config, hit, source_key=ready.skey)
            self.reused += 1
            self.reused_items.append(hit)
            return hit
        if self.dry_run:
            self.would_upload.append(image.src)
            return MediaItem(id="0", url=image.src, content_hash=processed.content_hash)
        item = self.site.upload_media(
            processed.data, processed.filename(image.path.stem), processed.mime, alt=image.alt
        )
        item = replace(item, content_hash=processed.content_hash)
        self.cache.store(self.site.config, item, source_key=ready.skey)
        self.uploaded += 1
        return item


def _cancelled() -> Cancelled:
    return Cancelled("Publishing was cancelled; the post was not changed.")


def build_request(
    prepared: Prepared,
    site: Site,
    cache: MediaCache,
    *,
    marker: str = "",
    dry_run: bool = False,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> tuple[PublishRequest, _Uploader]:
    """Process images in parallel (read and hash in a small thread pool, the Pillow pipeline in
    worker processes: see image_pool.py) while uploading them one by one in this thread, in
    document order; each file is handled once even if used twice."""
    uploader = _Uploader(site, cache, dry_run)
    featured = prepared.fields.featured_image
    unique: dict[Path, ImageRef] = {}
    for image in (*prepared.images, *([featured] if featured else [])):
        unique.setdefault(image.path, image)
    items: dict[Path, MediaItem] = {}
    total = len(unique)
    if unique:
        workers = max(1, min(len(unique), os.cpu_count() or 1, 4))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="publish-images") as pool:
            futures = [(img, pool.submit(uploader.process, img)) for img in unique.values()]
            try:
                for n, (image, future) in enumerate(futures):
                    if cancel is not None and cancel():
                        raise _cancelled()
                    if progress is not None:
                        progress(n, total, f"Image {n + 1} of {total}: {image.path.name}")
                    items[image.path] = uploader.finish(image, future.result())
            except BaseException:
                for _, future in futures:
                    future.cancel()
                raise
    if cancel is not None and cancel():
        raise _cancelled()
    if progress is not None:
        progress(total, total, "Images ready")
    mapping = {image.src: items[image.path].url for image in prepared.images}
    f = prepared.fields
    request = PublishRequest(
        title=f.title,
        html=rewrite_image_urls(prepared.html, mapping),
        slug=f.slug,
        excerpt=f.excerpt,
        status=f.status,
        date_gmt=f.date_gmt,
        tags=f.tags,
        categories=f.categories,
        featured_media=items[featured.path] if featured is not None else None,
        marker=marker,
    )
    return request, uploader


def _record(site: Site, post: RemotePost, chash: str) -> PublishRecord:
    return PublishRecord(
        site=site.name,
        kind=site.kind,
        remote_id=post.id,
        link=post.link,
        modified=post.modified,
        content_hash=chash,
        status=post.status,
        published_at=datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        remote_hash=remote_fingerprint(post),
    )


def changed_on_site(record: PublishRecord, remote: RemotePost) -> bool:
    """Whether the post was edited on the site since the publish that wrote ``record``: its
    modified time differs, or (same second) its title/body fingerprint differs."""
    if remote.modified != record.modified:
        return True
    return bool(record.remote_hash) and remote_fingerprint(remote) != record.remote_hash


def publish(
    text: str,
    doc_path: Path | None,
    site: Site,
    options: PublishOptions | None = None,
    *,
    cache: MediaCache | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> PublishOutcome:
    """Publish (see module doc). Raises PublishError subclasses; nothing is half-recorded."""
    options = options or PublishOptions()
    cache = cache if cache is not None else MediaCache()
    prepared = prepare(text, doc_path, site, options)
    if prepared.missing_images:
        raise ImageError(
            "These images were not found next to the document: " + ", ".join(prepared.missing_images[:5])
        )
    request, uploader = build_request(
        prepared, site, cache, marker=options.marker, dry_run=options.dry_run, progress=progress, cancel=cancel
    )
    chash = content_hash(request)
    if cancel is not None and cancel():
        raise Cancelled("Publishing was cancelled; the post was not changed.")
    record = prepared.record
    warnings = list(prepared.warnings)
    uploaded_before = 0

    def outcome(post: RemotePost, created: bool, unchanged: bool = False) -> PublishOutcome:
        return PublishOutcome(
            record=_record(site, post, chash) if not unchanged or record is None else replace(record),
            post=post,
            created=created,
            unchanged=unchanged,
            uploaded=uploaded_before + uploader.uploaded,
            reused=uploader.reused,
            warnings=warnings + ([f"Would upload {len(uploader.would_upload)} image(s)"] if options.dry_run else []),
        )

    def revalidate_media() -> None:
        """Before anything is sent: cached uploads deleted from the site's media library are
        forgotten and uploaded again (only checked when we are about to write, so an unchanged
        republish stays one request)."""
        nonlocal request, uploader, chash, uploaded_before
        exists = getattr(site, "media_exists", None)
        if not callable(exists) or not uploader.reused_items:
            return
        stale = [m for m in {m.url: m for m in uploader.reused_items}.values() if not exists(m.id)]
        if not stale:
            return
        for item in stale:
            cache.forget(site.config, item)
        uploaded_before += uploader.uploaded
        request, uploader = build_request(
            prepared, site, cache, marker=options.marker, progress=progress, cancel=cancel
        )
        chash = content_hash(request)

    if record is not None:
        try:
            remote = site.get_post(record.remote_id)
            if remote.is_trashed:
                raise RemoteDeleted(
                    f"The post “{remote.title or request.title}” is in the trash on {site.name}.",
                    remote_id=record.remote_id,
                    trashed=True,
                )
        except RemoteDeleted:
            if not options.recreate:
                raise
            remote = None
        if remote is None:
            if options.dry_run:
                return outcome(_dry_post(request), created=True)
            revalidate_media()
            post = _create(site, request, options.marker)
            return outcome(post, created=True)
        edited_there = changed_on_site(record, remote)
        if edited_there and not options.force:
            raise Conflict(
                f"“{request.title}” was changed on {site.name} after you last published it.",
                local=request,
                remote=remote,
            )
        if chash == record.content_hash and not edited_there:
            return outcome(remote, created=False, unchanged=True)
        if options.dry_run:
            return outcome(remote, created=False)
        revalidate_media()
        post = site.update_post(record.remote_id, request, expected_modified=remote.modified)
        return outcome(post, created=False)

    if options.dry_run:
        return outcome(_dry_post(request), created=True)
    revalidate_media()
    post = _create(site, request, options.marker)
    return outcome(post, created=True)


def _create(site: Site, request: PublishRequest, marker: str) -> RemotePost:
    if marker:
        existing = site.find_by_marker(marker, request.slug)
        if existing is not None and not existing.is_trashed:
            return site.update_post(existing.id, request, expected_modified=existing.modified)
    return site.create_post(request)


def _dry_post(request: PublishRequest) -> RemotePost:
    return RemotePost(id="", link="", modified="", status=request.status, slug=request.slug, title=request.title)


# ------------------------------------------------------------------------------------------
# Writing the record, taking theirs


def apply_record(text: str, record: PublishRecord) -> str:
    """The document text with this site's publish record set (other sites and keys untouched)."""
    return frontmatter.set_publish_record(text, record.site, record.to_front_matter())


def write_record(path: Path, record: PublishRecord) -> None:
    """Set the record in a file on disk, atomically, keeping encoding and line endings."""
    from editor_app.core.document import load_document

    doc = load_document(path)
    doc.set_publish_record(record.site, dict(record.to_front_matter()))
    doc.save(force=True)


def html_to_markdown(html: str) -> str:
    import markdownify

    md = markdownify.markdownify(html, heading_style="ATX", bullets="-", strip=["script", "style"])
    return re.sub(r"\n{3,}", "\n\n", str(md)).strip() + "\n"


def take_theirs(text: str, remote: RemotePost, site: Site) -> str:
    """The writer chose "take theirs": body from the site's version, record updated to it.

    The record keeps the *old* content hash so the next publish sends the (converted) text again
    only if the writer changes it.
    """
    parts = frontmatter.split(text)
    new_text = parts.raw + html_to_markdown(remote.html)
    meta, _ = Metadata.from_text(text)
    old = PublishRecord.from_front_matter(site.name, meta.publish_record(site.name))
    record = PublishRecord(
        site=site.name,
        kind=site.kind,
        remote_id=remote.id,
        link=remote.link,
        modified=remote.modified,
        content_hash=old.content_hash if old else "",
        status=remote.status,
        remote_hash=remote_fingerprint(remote),
    )
    if remote.title and remote.title != meta.title:
        new_text = frontmatter.set_field(new_text, "title", remote.title)
    return apply_record(new_text, record)


def pull_post(site: Site, remote_id: str) -> str:
    """A new Markdown document (front matter + body) from a post on the site."""
    post = site.get_post(remote_id)
    fm: dict[str, Any] = {"title": post.title}
    if post.slug:
        fm["slug"] = post.slug
    if post.excerpt:
        fm["excerpt"] = html_to_markdown(post.excerpt).strip()
    if post.tags:
        fm["tags"] = list(post.tags)
    if post.categories:
        fm["categories"] = list(post.categories)
    text = "---\n---\n" + html_to_markdown(post.html)
    for key, value in fm.items():
        text = frontmatter.set_field(text, key, value)
    record = PublishRecord(
        site=site.name, kind=site.kind, remote_id=post.id, link=post.link, modified=post.modified,
        content_hash="", status=post.status, remote_hash=remote_fingerprint(post),
    )
    return apply_record(text, record)


ProgressFn = Callable[[int, int, str], None]

__all__ = [
    "PostFields",
    "Prepared",
    "PublishError",
    "PublishOptions",
    "apply_record",
    "build_request",
    "content_hash",
    "html_to_markdown",
    "prepare",
    "publish",
    "pull_post",
    "render_html",
    "rewrite_image_urls",
    "take_theirs",
    "write_record",
]
