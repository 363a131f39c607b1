"""Ghost (5.x) backend: the :class:`~editor_app.core.publishing.base.Site` protocol over the Admin API.

Authentication
    The writer pastes the Admin API key of a Custom Integration (``<24-hex id>:<64-hex secret>``).
    Every request carries a fresh short-lived JWT (HS256, header ``kid`` = key id, ``aud`` =
    ``/admin/``, ``exp`` = ``iat`` + 5 min) signed with the hex-decoded secret, sent as
    ``Authorization: Ghost <token>``. The key never appears in messages or logs.

Mapping of our vocabulary to Ghost's
    * status: ``draft`` -> ``draft``, ``publish`` -> ``published``, ``future`` -> ``scheduled``
      (with ``published_at``). Ghost has no ``pending`` or ``private`` post; those are refused.
    * excerpt -> ``custom_excerpt`` (Ghost allows 300 characters).
    * featured image -> ``feature_image`` (a URL: Ghost has no media ids, ``MediaItem.id`` is the URL).
    * tags -> ``tags: [{name}]``; Ghost creates missing tags itself.
    * **categories: Ghost has none.** ``supports_categories`` is False, so the publish dialog
      greys them out and ``list_terms("categories")`` is empty. Categories that do reach this
      backend in a PublishRequest are folded into the tags, placed *first*, so the first category
      becomes the post's primary tag (Ghost themes show the primary tag where WordPress themes show
      the category) -- what Ghost's own WordPress importer does. Today ``publisher.prepare`` drops
      categories for sites without ``supports_categories``, so through the app they are ignored.
    * marker: stored as an HTML comment in the post's ``codeinjection_foot`` (Ghost converts the
      body HTML to Lexical and would drop a comment there); :meth:`GhostSite.find_by_marker`
      searches for it.

Updates and conflicts
    Ghost refuses an update whose ``updated_at`` differs from the stored one with 409
    ``UPDATE_COLLISION``; we send ``expected_modified`` (the ``updated_at`` recorded at our last
    publish) and turn the 409 into :class:`Conflict` carrying the site's current post. Note
    that ``updated_at`` has one-second resolution: two writes in the same second look alike, so
    the publisher also compares a fingerprint of the stored title and html with the one recorded
    at our last publish (``PublishRecord.remote_hash``) before it sends anything.
    With ``expected_modified=""`` (the writer chose "keep mine") the current ``updated_at`` is
    fetched first and the update overwrites the site's version.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit

import jwt
import requests

from editor_app.core.publishing.base import (
    ApiUnavailable,
    AuthFailed,
    Availability,
    Capabilities,
    Conflict,
    ConnectionResult,
    MediaItem,
    NoSecret,
    PermissionDenied,
    PublishError,
    PublishRequest,
    Redirected,
    Rejected,
    RemoteDeleted,
    RemotePost,
    SiteConfig,
    TLSFailure,
    Unreachable,
)

ADMIN_PATH = "/ghost/api/admin"
ACCEPT_VERSION = "v5.0"
TOKEN_LIFETIME_S = 300  # Ghost rejects Admin tokens that live longer than 5 minutes
EXCERPT_MAX = 300
TIMEOUT_S = 30.0
UPLOAD_TIMEOUT_S = 300.0
MARKER_PREFIX = "editor-app:"
USER_AGENT = "editor-app (Ghost Admin API client)"

_KEY_RE = re.compile(r"^([0-9a-f]{24}):([0-9a-f]{64})$")

STATUS_TO_GHOST = {"draft": "draft", "publish": "published", "future": "scheduled"}

GHOST_CAPABILITIES = Capabilities(
    supports_scheduling=True,
    supports_categories=False,  # folded into tags, see module doc
    supports_tags=True,
    supports_featured_image=True,
    supports_excerpt=True,
    supports_pending=False,
    supports_private=False,
    supports_pull=True,
    supports_media_alt_text=False,  # alt text lives in the HTML only
)

KEY_HELP = (
    "In Ghost Admin open Settings -> Integrations -> Add custom integration, "
    "then copy its Admin API key."
)


def parse_admin_key(key: str) -> tuple[str, bytes]:
    """Split ``id:secret`` into the key id and the secret bytes; ValueError with a writer message."""
    match = _KEY_RE.match(key.strip())
    if match is None:
        raise ValueError(
            "This does not look like a Ghost Admin API key. It is two parts joined by a colon: "
            "24 letters and digits, a colon, then 64 more. " + KEY_HELP
        )
    return match.group(1), bytes.fromhex(match.group(2))


def make_token(key: str, now: float | None = None) -> str:
    """A Ghost Admin API JWT valid for five minutes."""
    kid, secret = parse_admin_key(key)
    iat = int(now if now is not None else time.time())
    return jwt.encode(
        {"iat": iat, "exp": iat + TOKEN_LIFETIME_S, "aud": "/admin/"},
        secret,
        algorithm="HS256",
        headers={"kid": kid, "typ": "JWT"},
    )


def format_ghost_datetime(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("publish dates must be timezone-aware")
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def parse_ghost_datetime(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)


def marker_comment(marker: str) -> str:
    return f"<!-- {MARKER_PREFIX}{marker} -->"


def merged_tags(tags: Iterable[str], categories: Iterable[str]) -> list[str]:
    """Categories first (the first one becomes Ghost's primary tag), then tags; no duplicates."""
    out: list[str] = []
    seen: set[str] = set()
    for name in [*categories, *tags]:
        clean = name.strip()
        if clean and clean.casefold() not in seen:
            seen.add(clean.casefold())
            out.append(clean)
    return out


def _nql_string(value: str) -> str:
    """Quote a value for Ghost's NQL filter syntax."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _ghost_error(response: requests.Response) -> tuple[str, str, str]:
    """(type, message, context) of the first error in a Ghost error body, '' when absent."""
    try:
        body = response.json()
    except ValueError:
        return "", "", ""
    errors = body.get("errors") if isinstance(body, dict) else None
    if not isinstance(errors, list) or not errors or not isinstance(errors[0], dict):
        return "", "", ""
    err = errors[0]
    return str(err.get("type") or ""), str(err.get("message") or ""), str(err.get("context") or "")


def _looks_like_ghost_html(text: str) -> bool:
    return bool(re.search(r'<meta[^>]+name="generator"[^>]+content="Ghost', text, re.IGNORECASE))


class GhostSite:
    """One Ghost publication reached through its Admin API."""

    kind = "ghost"
    capabilities = GHOST_CAPABILITIES

    def __init__(self, config: SiteConfig, secret: str | None, session: requests.Session | None = None) -> None:
        self.config = config
        self.name = config.name
        self._key = (secret or "").strip()
        self._session = session or requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self.base_url = config.url.strip().rstrip("/")
        if self.base_url and "://" not in self.base_url:
            self.base_url = "https://" + self.base_url

    def __repr__(self) -> str:  # never show the key
        return f"GhostSite(name={self.name!r}, url={self.base_url!r})"

    # ---------------------------------------------------------------- plumbing

    @property
    def api_url(self) -> str:
        return self.base_url + ADMIN_PATH

    def available(self) -> Availability:
        parts = urlsplit(self.base_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return Availability(False, f"The site address {self.config.url!r} is not a web address.")
        if not self._key:
            return Availability(False, "No Admin API key is stored for this site. " + KEY_HELP)
        try:
            parse_admin_key(self._key)
        except ValueError as exc:
            return Availability(False, str(exc))
        return Availability(True)

    def _headers(self) -> dict[str, str]:
        if not self._key:
            raise NoSecret(f"No Admin API key is stored for the site {self.name!r}. " + KEY_HELP)
        try:
            token = make_token(self._key)
        except ValueError as exc:
            raise AuthFailed(str(exc)) from None
        return {"Authorization": f"Ghost {token}", "Accept-Version": ACCEPT_VERSION}

    def _send(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        json_body: object = None,
        files: Any = None,
        data: Mapping[str, str] | None = None,
        timeout: float = TIMEOUT_S,
        authenticated: bool = True,
    ) -> requests.Response:
        """One HTTP call; transport problems and redirects become PublishErrors."""
        url = self.api_url + path
        headers = self._headers() if authenticated else {"Accept-Version": ACCEPT_VERSION}
        try:
            response = self._session.request(
                method, url, params=params, json=json_body, files=files, data=data, headers=headers,
                timeout=timeout, allow_redirects=False, verify=self.config.verify_tls,
            )
        except requests.exceptions.SSLError as exc:
            raise TLSFailure(
                f"The secure connection to {self._host()} failed: its certificate is not trusted or "
                "the TLS handshake broke.", detail=type(exc).__name__,
            ) from None
        except requests.exceptions.Timeout:
            raise Unreachable(f"{self._host()} did not answer in time. Try again later.") from None
        except requests.exceptions.ConnectionError as exc:
            raise Unreachable(
                f"Cannot reach {self._host()}. Check the address and your internet connection.",
                detail=type(exc).__name__,
            ) from None
        except requests.exceptions.RequestException as exc:
            raise Unreachable(f"Talking to {self._host()} failed.", detail=type(exc).__name__) from None
        if response.is_redirect or response.status_code in (301, 302, 303, 307, 308):
            target = urljoin(url, response.headers.get("Location", ""))
            suggested = self._site_url_from(target)
            raise Redirected(
                f"The site address redirects to {suggested or target}. Change the site's address to "
                "that one so publishing is not sent to the wrong place.",
                suggested_url=suggested, detail=f"HTTP {response.status_code} -> {target}",
            )
        return response

    def _host(self) -> str:
        return urlsplit(self.base_url).netloc or self.base_url

    def _site_url_from(self, target: str) -> str:
        idx = target.find(ADMIN_PATH)
        return target[:idx].rstrip("/") if idx >= 0 else ""

    def _raise_for(self, response: requests.Response, doing: str) -> None:
        """Translate a failed answer into the right PublishError (401/403/4xx/5xx)."""
        code = response.status_code
        if code < 400:
            return
        etype, emsg, ectx = _ghost_error(response)
        detail = f"HTTP {code} {etype}: {emsg} {ectx}".strip()
        if code == 401 or (code == 400 and ("token" in emsg.lower() or "Admin API Key" in emsg)):
            raise AuthFailed(
                f"Ghost did not accept the Admin API key while {doing} (HTTP {code}). The key may have "
                "been regenerated or the integration deleted. " + KEY_HELP, detail=detail,
            )
        if code == 403:
            raise PermissionDenied(
                f"Ghost refused {doing} (HTTP 403): this integration is not allowed to do it.",
                detail=detail,
            )
        if code == 404 and not etype:
            raise ApiUnavailable(
                f"{self._host()} has no Ghost Admin API at {ADMIN_PATH}/ (HTTP 404). If your Ghost admin "
                "lives on another address (for example admin.example.com), use that address.",
                detail=detail,
            )
        if code == 413:
            raise Rejected(f"Ghost refused {doing}: the file is too large for the site (HTTP 413).", detail=detail)
        if code in (502, 503, 504):
            raise Unreachable(f"{self._host()} is temporarily unavailable (HTTP {code}). Try again later.",
                              detail=detail)
        if code >= 500:
            err = PublishError(f"Ghost had an internal error while {doing} (HTTP {code}).", detail=detail)
            err.retryable = True
            raise err
        reason = " ".join(part for part in (emsg, ectx) if part) or f"HTTP {code}"
        raise Rejected(f"Ghost refused {doing}: {reason}", detail=detail)

    def _json(self, response: requests.Response, doing: str) -> dict[str, Any]:
        try:
            body = response.json()
        except ValueError:
            raise ApiUnavailable(
                f"{self._host()} did not answer like a Ghost Admin API while {doing}: the answer was not JSON. "
                "A firewall or security plugin may be blocking it.",
                detail=f"HTTP {response.status_code}, Content-Type {response.headers.get('Content-Type', '?')}",
            ) from None
        if not isinstance(body, dict):
            raise ApiUnavailable(f"{self._host()} gave an unexpected answer while {doing}.")
        return body

    def _posts(self, body: Mapping[str, Any]) -> list[dict[str, Any]]:
        posts = body.get("posts")
        return [p for p in posts if isinstance(p, dict)] if isinstance(posts, list) else []

    # ---------------------------------------------------------------- mapping

    def _remote(self, post: Mapping[str, Any]) -> RemotePost:
        tags = post.get("tags") if isinstance(post.get("tags"), list) else []
        return RemotePost(
            id=str(post.get("id", "")),
            link=str(post.get("url") or ""),
            modified=str(post.get("updated_at") or ""),
            status=str(post.get("status") or ""),
            slug=str(post.get("slug") or ""),
            title=str(post.get("title") or ""),
            html=str(post.get("html") or ""),
            excerpt=str(post.get("custom_excerpt") or ""),
            date_gmt=parse_ghost_datetime(post.get("published_at")),
            tags=tuple(str(t.get("name")) for t in (tags or []) if isinstance(t, dict) and t.get("name")),
            featured_image_url=str(post.get("feature_image") or ""),
            featured_media_id=str(post.get("feature_image") or ""),
        )

    def _payload(self, request: PublishRequest) -> dict[str, Any]:
        status = STATUS_TO_GHOST.get(request.status)
        if status is None:
            raise Rejected(
                f"Ghost has no {request.status!r} status. Choose draft, publish or scheduled for a Ghost site."
            )
        if len(request.excerpt) > EXCERPT_MAX:
            raise Rejected(
                f"Ghost allows at most {EXCERPT_MAX} characters in the excerpt; this one has "
                f"{len(request.excerpt)}. Shorten the excerpt in the front matter."
            )
        payload: dict[str, Any] = {
            "title": request.title,
            "html": request.html,
            "status": status,
            "custom_excerpt": request.excerpt or None,
            "tags": [{"name": name} for name in merged_tags(request.tags, request.categories)],
            "feature_image": request.featured_media.url if request.featured_media else None,
        }
        if request.slug:
            payload["slug"] = request.slug
        if request.status == "future":
            if request.date_gmt is None:
                raise Rejected("A scheduled post needs a date and time.")
            if request.date_gmt <= datetime.now(UTC):
                raise Rejected("The scheduled date is in the past. Pick a time in the future or publish now.")
        if request.date_gmt is not None:
            payload["published_at"] = format_ghost_datetime(request.date_gmt)
        return payload

    # ---------------------------------------------------------------- Site protocol

    def test_connection(self) -> ConnectionResult:
        avail = self.available()
        if not avail.ok:
            parts = urlsplit(self.base_url)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                return ConnectionResult(False, "error", avail.reason)
            return ConnectionResult(False, "no_secret" if not self._key else "auth", avail.reason)
        # 1. Is there a Ghost Admin API at this address? (public endpoint, no key needed)
        try:
            response = self._send("GET", "/site/", authenticated=False)
        except Redirected as exc:
            return ConnectionResult(False, "redirect", exc.message, detail=exc.detail,
                                    suggested_url=exc.suggested_url)
        except TLSFailure as exc:
            return ConnectionResult(False, "tls", exc.message, detail=exc.detail)
        except Unreachable as exc:
            return ConnectionResult(False, "unreachable", exc.message, detail=exc.detail)
        site_info = self._site_info(response)
        if site_info is None:
            return self._diagnose_not_ghost(response)
        title = str(site_info.get("title") or "")
        version = str(site_info.get("version") or "")
        # 2. Does the key work? Browsing posts needs a valid integration key.
        try:
            response = self._send("GET", "/posts/", params={"limit": "1", "fields": "id"})
            self._raise_for(response, "checking the key")
            self._json(response, "checking the key")
        except AuthFailed as exc:
            return ConnectionResult(False, "auth", exc.message, detail=exc.detail)
        except PermissionDenied as exc:
            return ConnectionResult(False, "forbidden", exc.message, detail=exc.detail)
        except Redirected as exc:
            return ConnectionResult(False, "redirect", exc.message, detail=exc.detail,
                                    suggested_url=exc.suggested_url)
        except TLSFailure as exc:
            return ConnectionResult(False, "tls", exc.message, detail=exc.detail)
        except Unreachable as exc:
            return ConnectionResult(False, "unreachable", exc.message, detail=exc.detail)
        except ApiUnavailable as exc:
            return ConnectionResult(False, "api_unavailable", exc.message, detail=exc.detail)
        except PublishError as exc:
            return ConnectionResult(False, "error", exc.message, detail=exc.detail)
        return ConnectionResult(
            True, "ok", f"Connected to the Ghost site {title or self._host()!r}; the key may publish.",
            detail=f"Ghost {version}".strip(), user_display_name=title, can_publish=True,
        )

    def _site_info(self, response: requests.Response) -> dict[str, Any] | None:
        if response.status_code != 200:
            return None
        try:
            body = response.json()
        except ValueError:
            return None
        site = body.get("site") if isinstance(body, dict) else None
        if isinstance(site, dict) and "version" in site:
            return site
        return None

    def _diagnose_not_ghost(self, api_response: requests.Response) -> ConnectionResult:
        detail = f"{ADMIN_PATH}/site/ answered HTTP {api_response.status_code}"
        if api_response.status_code in (502, 503, 504):
            return ConnectionResult(False, "unreachable", f"{self._host()} is temporarily unavailable "
                                    f"(HTTP {api_response.status_code}). Try again later.", detail=detail)
        # Look at the home page: a Ghost theme announces itself in <meta name="generator">.
        try:
            home = self._session.get(self.base_url + "/", timeout=TIMEOUT_S, verify=self.config.verify_tls)
            is_ghost = _looks_like_ghost_html(home.text)
        except requests.exceptions.RequestException:
            is_ghost = False
        if is_ghost:
            return ConnectionResult(
                False, "api_unavailable",
                f"{self._host()} is a Ghost site, but its Admin API does not answer at this address. "
                "If your Ghost admin lives on another address (for example admin.example.com), use that one; "
                "otherwise a firewall or proxy may be blocking /ghost/.", detail=detail,
            )
        if api_response.status_code >= 500:
            return ConnectionResult(False, "error", f"{self._host()} had a server error "
                                    f"(HTTP {api_response.status_code}).", detail=detail)
        return ConnectionResult(
            False, "not_a_site",
            f"{self._host()} answers, but it is not a Ghost site (there is no Ghost Admin API at {ADMIN_PATH}/). "
            "Check the address, or choose the right site type.", detail=detail,
        )

    def get_post(self, remote_id: str) -> RemotePost:
        response = self._send("GET", f"/posts/{remote_id}/", params={"formats": "html", "include": "tags"})
        if response.status_code == 404:
            raise RemoteDeleted(
                f"The post is no longer on {self.name!r}: it was deleted on the site.", remote_id=remote_id
            )
        self._raise_for(response, "reading the post")
        posts = self._posts(self._json(response, "reading the post"))
        if not posts:
            raise RemoteDeleted(f"The post is no longer on {self.name!r}.", remote_id=remote_id)
        return self._remote(posts[0])

    def _browse(self, params: dict[str, str], doing: str) -> list[dict[str, Any]]:
        response = self._send("GET", "/posts/", params=params)
        self._raise_for(response, doing)
        return self._posts(self._json(response, doing))

    def find_by_slug(self, slug: str) -> list[RemotePost]:
        # The Admin API lists posts of every status (drafts and scheduled included) by default.
        posts = self._browse(
            {"filter": f"slug:{_nql_string(slug)}", "formats": "html", "include": "tags", "limit": "all"},
            "looking up the slug",
        )
        return [self._remote(p) for p in posts]

    def find_by_marker(self, marker: str, slug: str = "") -> RemotePost | None:
        if not marker:
            return None
        needle = marker_comment(marker)
        params = {"filter": f"codeinjection_foot:~{_nql_string(needle)}", "formats": "html",
                  "include": "tags", "limit": "5"}
        if slug:
            params["filter"] += f"+slug:~{_nql_string(slug)}"
        for post in self._browse(params, "looking for an earlier upload of this post"):
            if needle in str(post.get("codeinjection_foot") or ""):
                return self._remote(post)
        return None

    def create_post(self, request: PublishRequest) -> RemotePost:
        payload = self._payload(request)
        if request.marker:
            payload["codeinjection_foot"] = marker_comment(request.marker)
        response = self._send("POST", "/posts/", params={"source": "html", "include": "tags", "formats": "html"},
                              json_body={"posts": [payload]})
        self._raise_for(response, "creating the post")
        posts = self._posts(self._json(response, "creating the post"))
        if not posts:
            raise ApiUnavailable("Ghost accepted the post but did not send it back.")
        return self._remote(posts[0])

    def update_post(self, remote_id: str, request: PublishRequest, *, expected_modified: str = "") -> RemotePost:
        payload = self._payload(request)
        updated_at = expected_modified or self.get_post(remote_id).modified
        payload["updated_at"] = updated_at
        response = self._send(
            "PUT", f"/posts/{remote_id}/", params={"source": "html", "include": "tags", "formats": "html"},
            json_body={"posts": [payload]},
        )
        if response.status_code == 404:
            raise RemoteDeleted(
                f"The post is no longer on {self.name!r}: it was deleted on the site.", remote_id=remote_id
            )
        if response.status_code == 409:
            remote = self.get_post(remote_id)
            raise Conflict(
                f"The post was changed on {self.name!r} after your last publish. "
                "Compare the two versions and choose which one to keep.",
                local=request, remote=remote,
            )
        self._raise_for(response, "updating the post")
        posts = self._posts(self._json(response, "updating the post"))
        if not posts:
            raise ApiUnavailable("Ghost accepted the update but did not send the post back.")
        return self._remote(posts[0])

    def delete_post(self, remote_id: str) -> None:
        """Delete a post (used by tests and "create again" clean-ups); a missing post is fine."""
        response = self._send("DELETE", f"/posts/{remote_id}/")
        if response.status_code == 404:
            return
        self._raise_for(response, "deleting the post")

    def upload_media(self, data: bytes, filename: str, mime: str, alt: str = "") -> MediaItem:
        if mime.startswith("image/"):
            path, field_name, extra = "/images/upload/", "images", {"purpose": "image", "ref": filename}
        elif mime.startswith(("video/", "audio/")):
            path, field_name, extra = "/media/upload/", "media", {"ref": filename}
        else:
            path, field_name, extra = "/files/upload/", "files", {"ref": filename}
        response = self._send("POST", path, files={"file": (filename, data, mime)}, data=extra,
                              timeout=UPLOAD_TIMEOUT_S)
        self._raise_for(response, f"uploading {filename}")
        items = self._json(response, f"uploading {filename}").get(field_name)
        url = str(items[0].get("url") or "") if isinstance(items, list) and items and isinstance(items[0], dict) else ""
        if not url:
            raise ApiUnavailable(f"Ghost accepted {filename} but did not say where it is.")
        return MediaItem(id=url, url=url, content_hash=hashlib.sha256(data).hexdigest())

    def media_exists(self, media_id: str) -> bool:
        """Whether an uploaded file is still served (for the media cache). Ghost's media id is its URL."""
        try:
            response = self._session.head(media_id, timeout=TIMEOUT_S, allow_redirects=True,
                                          verify=self.config.verify_tls)
        except requests.exceptions.RequestException:
            raise Unreachable(f"Cannot reach {self._host()} to check an uploaded image.") from None
        if response.status_code in (404, 410):
            return False
        if response.status_code in (502, 503, 504):
            raise Unreachable(f"{self._host()} is temporarily unavailable (HTTP {response.status_code}).")
        return response.status_code < 400

    def list_terms(self, taxonomy: Literal["tags", "categories"]) -> list[str]:
        if taxonomy == "categories":
            return []  # Ghost has no categories; they are published as (leading) tags
        response = self._send("GET", "/tags/", params={"limit": "all", "fields": "name",
                                                        "filter": "visibility:public"})
        self._raise_for(response, "listing the tags")
        tags = self._json(response, "listing the tags").get("tags")
        names = [str(t.get("name")) for t in tags if isinstance(t, dict) and t.get("name")] if isinstance(tags, list) else []
        return sorted(names, key=str.casefold)

    def list_posts(self, search: str = "", limit: int = 20) -> list[RemotePost]:
        params = {"limit": str(max(1, limit)), "order": "updated_at desc", "include": "tags"}
        if search.strip():
            params["filter"] = f"title:~{_nql_string(search.strip())}"
        return [self._remote(p) for p in self._browse(params, "listing the posts")]


class GhostSiteType:
    """The Ghost entry of ``registry.SITE_TYPES``."""

    kind = "ghost"
    label = "Ghost"
    needs_user = False
    secret_label = "Admin API key"
    secret_help = KEY_HELP
    capabilities = GHOST_CAPABILITIES

    def create(self, config: SiteConfig, secret: str | None) -> GhostSite:
        return GhostSite(config, secret)

    def validate_secret(self, secret: str) -> str | None:
        try:
            parse_admin_key(secret)
        except ValueError as exc:
            return str(exc)
        return None


SITE_TYPE = GhostSiteType()

__all__ = [
    "GHOST_CAPABILITIES",
    "SITE_TYPE",
    "GhostSite",
    "GhostSiteType",
    "make_token",
    "merged_tags",
    "parse_admin_key",
]
