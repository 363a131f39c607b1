"""The contract every publishing backend implements, and the plain data that crosses it.

A *site* is one configured destination (a WordPress blog, a Ghost publication). The UI and the
publisher only talk to the :class:`Site` protocol and the :class:`SiteType` factories listed in
``editor_app.core.publishing.registry``; they never name a backend class.

Division of labour
------------------
* The **publisher** (``publisher.py``) renders the Markdown, runs the image pipeline, uploads
  images through :meth:`Site.upload_media` (de-duplicated by ``media_cache.py``), rewrites the HTML
  to the uploaded URLs, then creates or updates the post. It owns conflict detection: before an
  update it calls :meth:`Site.get_post` and compares ``RemotePost.modified`` with the value recorded
  in the front matter (``PublishRecord.modified``) and, because both sites keep that time in whole
  seconds, :func:`remote_fingerprint` (title + stored body) with ``PublishRecord.remote_hash``; it
  raises :class:`Conflict` / :class:`RemoteDeleted` itself. It also computes
  ``PublishRecord.content_hash``.
* A **Site** is a thin, stateless-ish REST client: it maps :class:`PublishRequest` to the site's
  API, maps tag / category *names* to whatever the site needs (creating missing ones), and maps
  the site's answers to :class:`RemotePost`. It translates transport and HTTP failures into the
  :class:`PublishError` subclasses below, with messages a writer understands. It never logs or
  puts the secret into an exception message.

Identity and duplicates
-----------------------
``PublishRequest.marker`` is a unique token (the outbox job's uuid). A backend must store it on
the post in a way it can find again (WordPress: an HTML comment ``<!-- editor-app:MARKER -->`` at
the end of the raw content; Ghost: whatever survives its HTML->lexical conversion, for example
``codeinjection_foot`` or an internal ``#editor-app-...`` tag) and implement
:meth:`Site.find_by_marker`, so that a replayed job that timed out after the server created the
post finds that post instead of creating a duplicate.

Times
-----
All datetimes crossing this API are timezone-aware and in UTC (``datetime.timezone.utc``).
``RemotePost.modified`` is an *opaque string* exactly as the site reports it (WordPress
``modified_gmt``, Ghost ``updated_at``) so it can be compared for equality and, for Ghost, sent
back as the collision token.

Threading
---------
Site methods block (network I/O). The UI calls them from its background task runner; long
operations take an optional ``cancel`` callable (``() -> bool``) and may raise
:class:`Cancelled` between steps.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

# --------------------------------------------------------------------------------------------
# Small value types

PostStatus = Literal["draft", "pending", "private", "publish", "future"]
"""Our vocabulary (WordPress's). Ghost maps: publish->published, future->scheduled, draft->draft;
pending/private are refused by ``Capabilities`` on Ghost."""

POST_STATUSES: tuple[PostStatus, ...] = ("draft", "pending", "private", "publish", "future")

CancelCheck = Callable[[], bool]
"""Returns True when the user pressed Cancel."""

ProgressCallback = Callable[[int, int, str], None]
"""``progress(done, total, what)``; called from the worker thread, plain data only."""


@dataclass(frozen=True)
class Availability:
    """Whether a site object can be used at all (e.g. its secret is known); ``reason`` says why not."""

    ok: bool
    reason: str = ""


@dataclass(frozen=True)
class Capabilities:
    """What a site type can do; the publish dialog greys out what is False."""

    supports_scheduling: bool = False
    supports_categories: bool = False
    supports_tags: bool = False
    supports_featured_image: bool = False
    supports_excerpt: bool = False
    supports_pending: bool = False
    supports_private: bool = False
    supports_pull: bool = False
    supports_media_alt_text: bool = False
    max_image_px: int = 2048
    """Default long-edge limit for uploaded images; a site config may override it."""

    def allowed_statuses(self) -> tuple[PostStatus, ...]:
        out: list[PostStatus] = ["draft", "publish"]
        if self.supports_pending:
            out.append("pending")
        if self.supports_private:
            out.append("private")
        if self.supports_scheduling:
            out.append("future")
        return tuple(out)


@dataclass(frozen=True)
class SiteConfig:
    """A configured site as stored in sites.json. Never holds a secret."""

    name: str
    kind: str  # "wordpress" | "ghost" (a key of registry.SITE_TYPES)
    url: str
    user: str = ""  # WordPress user name; unused by Ghost (the key identifies the integration)
    max_image_px: int = 2048
    verify_tls: bool = True

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "type": self.kind,
            "url": self.url,
            "user": self.user,
            "max_image_px": self.max_image_px,
            "verify_tls": self.verify_tls,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> SiteConfig:
        return cls(
            name=str(data["name"]),
            kind=str(data.get("type", data.get("kind", ""))),
            url=str(data["url"]),
            user=str(data.get("user") or ""),
            max_image_px=int(str(data.get("max_image_px") or 2048)),
            verify_tls=bool(data.get("verify_tls", True)),
        )


ConnectionProblem = Literal[
    "ok",
    "unreachable",  # DNS failure, refused, timeout
    "tls",  # certificate / handshake failure
    "redirect",  # http->https, www/non-www, moved: ``suggested_url`` holds the target
    "api_unavailable",  # REST/Admin API disabled, blocked by a plugin/firewall, or answers HTML
    "auth",  # 401: wrong user / password / key
    "forbidden",  # 403: authenticated, but the role cannot publish
    "not_a_site",  # reachable, but not a WordPress / Ghost site
    "no_secret",  # no password/key stored (keyring empty or unavailable)
    "error",  # anything else (5xx, odd answers)
]


@dataclass(frozen=True)
class ConnectionResult:
    """Answer of :meth:`Site.test_connection`.

    ``message`` is one or two sentences in the writer's words ("The password was not accepted
    (HTTP 401). Create an Application Password under Users -> Profile and paste it here.").
    ``detail`` is a technical line for a "details" expander (no secrets).
    """

    ok: bool
    problem: ConnectionProblem
    message: str
    detail: str = ""
    suggested_url: str = ""
    user_display_name: str = ""
    can_publish: bool = False


# --------------------------------------------------------------------------------------------
# Requests and answers


@dataclass(frozen=True)
class ImageRef:
    """One image referenced by the article, after the publisher resolved it to a local file."""

    src: str  # the src exactly as written in the Markdown / HTML (what gets rewritten)
    path: Path  # absolute local path
    alt: str = ""
    title: str = ""


@dataclass(frozen=True)
class MediaItem:
    """An uploaded file on the site."""

    id: str  # WordPress media id (as str) or Ghost's URL (Ghost has no media ids)
    url: str  # public URL to put in the HTML
    content_hash: str = ""  # sha256 of the bytes we uploaded (the processed image)


@dataclass(frozen=True)
class PublishRequest:
    """Everything a site needs to create or update one post. HTML has final (uploaded) image URLs."""

    title: str
    html: str
    slug: str = ""
    excerpt: str = ""
    status: PostStatus = "draft"
    date_gmt: datetime | None = None  # aware UTC; required for "future"
    tags: tuple[str, ...] = ()  # names; the site looks up / creates them
    categories: tuple[str, ...] = ()  # names; ignored when not supports_categories
    featured_media: MediaItem | None = None  # already uploaded by the publisher
    marker: str = ""  # unique token stored on the post so a replay can find it (see module doc)


@dataclass(frozen=True)
class RemotePost:
    """A post as the site has it now."""

    id: str  # str for both backends (WordPress ints are stringified)
    link: str
    modified: str  # opaque, as the site reports it (WP modified_gmt, Ghost updated_at)
    status: str  # the site's own status word ("trash" means deleted on WordPress)
    slug: str = ""
    title: str = ""
    html: str = ""  # raw HTML as stored (WP content.raw with context=edit), marker included
    excerpt: str = ""
    date_gmt: datetime | None = None
    tags: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    featured_media_id: str = ""
    featured_image_url: str = ""

    @property
    def is_trashed(self) -> bool:
        return self.status == "trash"


def remote_fingerprint(post: RemotePost) -> str:
    """sha256 of the post's title and stored body (WordPress ``content.raw``, our marker removed;
    Ghost ``html``), as the site reports them. Compared with ``PublishRecord.remote_hash`` to catch
    edits the one-second modified time misses."""
    import hashlib
    import json

    payload = json.dumps({"title": post.title, "html": post.html}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class PublishRecord:
    """What we remember in the front matter, per site, after a publish.

    Stored under ``publish: {<site name>: {...}}`` by the caller (Document.set_publish_record).
    """

    site: str
    kind: str
    remote_id: str
    link: str
    modified: str
    content_hash: str
    status: str = ""
    published_at: str = ""  # ISO 8601 UTC, when we last pushed
    remote_hash: str = ""
    """:func:`remote_fingerprint` of the post as the site stored it after our last publish. The
    site's modified time has one-second resolution (WordPress ``modified_gmt``, Ghost
    ``updated_at``), so an edit on the site in the same second as our publish leaves ``modified``
    equal; a different fingerprint still reveals it. Empty in records written before it existed."""

    def to_front_matter(self) -> dict[str, str]:
        out = {
            "type": self.kind,
            "id": self.remote_id,
            "link": self.link,
            "modified": self.modified,
            "hash": self.content_hash,
        }
        if self.status:
            out["status"] = self.status
        if self.published_at:
            out["published_at"] = self.published_at
        if self.remote_hash:
            out["remote_hash"] = self.remote_hash
        return out

    @classmethod
    def from_front_matter(cls, site: str, data: object) -> PublishRecord | None:
        if not isinstance(data, dict) or not data.get("id"):
            return None
        return cls(
            site=site,
            kind=str(data.get("type", "")),
            remote_id=str(data["id"]),
            link=str(data.get("link", "")),
            modified=str(data.get("modified", "")),
            content_hash=str(data.get("hash", "")),
            status=str(data.get("status", "")),
            published_at=str(data.get("published_at", "")),
            remote_hash=str(data.get("remote_hash", "") or ""),
        )


# --------------------------------------------------------------------------------------------
# Errors (messages are for the writer; never include a secret)


class PublishError(Exception):
    """Base class. ``str(exc)`` is a sentence the UI can show as is.

    ``retryable`` tells the outbox whether trying again later can help.
    """

    retryable: bool = False

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class Unreachable(PublishError):
    """Host down, DNS failure, refused, timeout, 502/503/504. The job goes to the outbox."""

    retryable = True


class TLSFailure(PublishError):
    """Certificate or handshake problem."""


class Redirected(PublishError):
    """The site URL redirects (http->https, www); ``suggested_url`` is where it goes."""

    def __init__(self, message: str, *, suggested_url: str = "", detail: str = "") -> None:
        super().__init__(message, detail=detail)
        self.suggested_url = suggested_url


class ApiUnavailable(PublishError):
    """The REST / Admin API is disabled, blocked, or answers something that is not the API."""


class NotASite(PublishError):
    """The URL answers, but it is not a WordPress / Ghost site."""


class AuthFailed(PublishError):
    """401: user name, password or key not accepted."""


class PermissionDenied(PublishError):
    """403: the account may not do this (role too weak)."""


class NoSecret(PublishError):
    """No password / key is stored for this site (or the keyring is unavailable)."""


class Rejected(PublishError):
    """The site refused the content (400/413/415/422...); ``detail`` has the site's message."""


class Conflict(PublishError):
    """The post changed on the site since our last publish.

    ``remote`` is the site's current version (``remote.html`` for the diff), ``local`` the request
    we were about to send. The UI offers: keep mine (publish again with ``force=True``), take theirs
    (replace the document body with ``remote``), cancel.
    """

    def __init__(self, message: str, *, local: PublishRequest, remote: RemotePost) -> None:
        super().__init__(message)
        self.local = local
        self.remote = remote


class RemoteDeleted(PublishError):
    """The recorded post is gone (404) or in the trash. The UI offers "create it again"."""

    def __init__(self, message: str, *, remote_id: str, trashed: bool = False) -> None:
        super().__init__(message)
        self.remote_id = remote_id
        self.trashed = trashed


class Cancelled(PublishError):
    """The user cancelled; nothing more was sent."""


# --------------------------------------------------------------------------------------------
# The protocol


@runtime_checkable
class Site(Protocol):
    """One configured site. Construct through ``SiteType.create(config, secret)``.

    All methods may raise the :class:`PublishError` subclasses above; nothing else should escape
    (wrap ``requests`` exceptions).
    """

    name: str  # the writer's name for the site (SiteConfig.name)
    kind: str  # "wordpress" | "ghost"
    config: SiteConfig
    capabilities: Capabilities

    def available(self) -> Availability:
        """Cheap, offline: can this object be used (secret present, URL well formed)?"""
        ...

    def test_connection(self) -> ConnectionResult:
        """Check reachability, API, credentials and role; never raises PublishError."""
        ...

    def get_post(self, remote_id: str) -> RemotePost:
        """The post as stored (raw HTML). Raises RemoteDeleted when 404 (trash: status 'trash')."""
        ...

    def find_by_slug(self, slug: str) -> list[RemotePost]:
        """Posts of any status with this slug (WordPress: ``status=any``)."""
        ...

    def find_by_marker(self, marker: str, slug: str = "") -> RemotePost | None:
        """The post carrying ``marker`` (see module doc), or None. ``slug`` narrows the search."""
        ...

    def create_post(self, request: PublishRequest) -> RemotePost:
        """Create a post; missing tags/categories are created. Stores ``request.marker``."""
        ...

    def update_post(self, remote_id: str, request: PublishRequest, *, expected_modified: str = "") -> RemotePost:
        """Replace the post's fields with ``request``. ``expected_modified`` is the collision token
        (Ghost sends it as ``updated_at``; WordPress ignores it, the publisher checks before)."""
        ...

    def upload_media(self, data: bytes, filename: str, mime: str, alt: str = "") -> MediaItem:
        """Upload one (already processed) file and return its id and public URL."""
        ...

    def media_exists(self, media_id: str) -> bool:
        """Whether an uploaded file (``MediaItem.id``) is still on the site; the publisher asks
        before reusing a cached upload in a post it is about to write."""
        ...

    def list_terms(self, taxonomy: Literal["tags", "categories"]) -> list[str]:
        """Existing tag / category names, for the publish dialog's completers."""
        ...

    def list_posts(self, search: str = "", limit: int = 20) -> list[RemotePost]:
        """Recent posts (any status), for "Pull from site"; ``html`` may be empty here."""
        ...


@runtime_checkable
class SiteType(Protocol):
    """A backend kind, listed in ``registry.SITE_TYPES``; the sites dialog iterates these."""

    kind: str  # "wordpress"
    label: str  # "WordPress"
    needs_user: bool  # show the "User" field
    secret_label: str  # "Application Password" / "Admin API key"
    secret_help: str  # where to find / create the secret, one sentence
    capabilities: Capabilities

    def create(self, config: SiteConfig, secret: str | None) -> Site:
        """Build a site object; no network I/O here."""
        ...

    def validate_secret(self, secret: str) -> str | None:
        """Offline sanity check of the secret's shape; a writer-facing message, or None if fine."""
        ...


def statuses_for(sites: Sequence[Site]) -> tuple[PostStatus, ...]:
    """Statuses every given site supports (for a multi-site publish dialog)."""
    allowed = set(POST_STATUSES)
    for site in sites:
        allowed &= set(site.capabilities.allowed_statuses())
    return tuple(s for s in POST_STATUSES if s in allowed)


@dataclass
class PublishOutcome:
    """What :func:`publisher.publish` returns: the new record plus what happened, for the UI/CLI."""

    record: PublishRecord
    post: RemotePost
    created: bool  # True: a new post was made; False: an existing one was updated (or unchanged)
    unchanged: bool = False  # nothing was sent because content and remote were as recorded
    uploaded: int = 0  # images actually uploaded (cache misses)
    reused: int = 0  # images served from the media cache
    warnings: list[str] = field(default_factory=list)
