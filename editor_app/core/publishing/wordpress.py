"""WordPress through its REST API (``/wp/v2``), authenticated with an Application Password.

Facts this relies on (verified against WordPress 6.1, see tests/harness and ../shared/wordpress):

* Routes are addressed as ``<site>/?rest_route=/wp/v2/...``: that works with and without pretty
  permalinks, where ``/wp-json/`` only works with them.
* A wrong password on a *public* GET is answered 200 as anonymous, so the credentials check is
  ``GET /wp/v2/users/me`` (401 when not accepted).
* ``?context=edit`` gives ``content.raw``, the HTML byte for byte as sent; ``rendered`` is
  texturized, so comparisons use ``raw``.
* Slug look-ups only see published posts unless ``status=any`` is given.
* Creating an existing term answers 400 ``term_exists`` with the existing id.
* Redirects are never followed for writes (a POST turned into a GET would silently do nothing);
  they are reported as :class:`Redirected` with the target.
"""

from __future__ import annotations

import html as html_lib
import re
import unicodedata
from datetime import UTC, datetime
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

import requests

from editor_app.core.publishing.base import (
    ApiUnavailable,
    AuthFailed,
    Availability,
    Capabilities,
    ConnectionResult,
    MediaItem,
    NoSecret,
    NotASite,
    PermissionDenied,
    PublishError,
    PublishRequest,
    Redirected,
    Rejected,
    RemoteDeleted,
    RemotePost,
    Site,
    SiteConfig,
    TLSFailure,
    Unreachable,
)

CAPABILITIES = Capabilities(
    supports_scheduling=True,
    supports_categories=True,
    supports_tags=True,
    supports_featured_image=True,
    supports_excerpt=True,
    supports_pending=True,
    supports_private=True,
    supports_pull=True,
    supports_media_alt_text=True,
)

MARKER_PREFIX = "editor-app:job="
_MARKER_RE = re.compile(r"\n?<!-- editor-app:job=[0-9a-zA-Z_-]+ -->\s*\Z")
TIMEOUT = (6.0, 120.0)  # connect, read (a big upload on a slow host takes a while)
USER_AGENT = "editor-app (WordPress REST client)"


def strip_marker(html: str) -> str:
    """The post HTML without our trailing job marker comment."""
    return _MARKER_RE.sub("", html)


def with_marker(html: str, marker: str) -> str:
    html = strip_marker(html)
    return f"{html}\n<!-- {MARKER_PREFIX}{marker} -->" if marker else html


def _parse_gmt(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "")).replace(tzinfo=UTC)
    except ValueError:
        return None


def format_gmt(value: datetime) -> str:
    """WordPress's ``date_gmt`` format: UTC, no zone suffix."""
    if value.tzinfo is None:
        raise ValueError("date_gmt needs a time zone")
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def safe_filename(name: str) -> str:
    """An ASCII file name for Content-Disposition (WordPress would mangle others anyway)."""
    norm = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    norm = re.sub(r"[^A-Za-z0-9._-]+", "-", norm).strip("-.") or "image"
    return norm[:120]


def _host_variants(a: str, b: str) -> bool:
    """True when two hosts differ only by a leading 'www.'."""
    return a.removeprefix("www.") == b.removeprefix("www.")


class WordPressSite:
    """One WordPress site. Implements :class:`editor_app.core.publishing.base.Site`."""

    kind = "wordpress"

    def __init__(self, config: SiteConfig, secret: str | None, session: requests.Session | None = None) -> None:
        self.config = config
        self.name = config.name
        self.capabilities = CAPABILITIES
        self._secret = (secret or "").replace(" ", "") or None
        self._session = session or requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self._term_cache: dict[tuple[str, str], int] = {}  # (taxonomy, casefolded name) -> id
        self._term_names: dict[tuple[str, int], str] = {}  # (taxonomy, id) -> name as on the site

    def __repr__(self) -> str:  # never show the secret
        return f"WordPressSite(name={self.name!r}, url={self.config.url!r}, user={self.config.user!r})"

    # ------------------------------------------------------------------ transport

    @property
    def base_url(self) -> str:
        return self.config.url.rstrip("/")

    def _route_url(self, route: str) -> str:
        return f"{self.base_url}/?rest_route=/{route.lstrip('/')}"

    def _auth(self) -> tuple[str, str]:
        if not self._secret:
            raise NoSecret(
                f"No Application Password is stored for “{self.name}”. Add it in the site settings."
            )
        return (self.config.user, self._secret)

    def _send(
        self,
        method: str,
        url: str,
        *,
        auth: bool = True,
        params: dict[str, Any] | None = None,
        json: Any = None,
        data: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> requests.Response:
        try:
            return self._session.request(
                method,
                url,
                params=params,
                json=json,
                data=data,
                headers=headers,
                auth=self._auth() if auth else None,
                timeout=TIMEOUT,
                allow_redirects=False,
                verify=self.config.verify_tls,
            )
        except requests.exceptions.SSLError as exc:
            raise TLSFailure(
                f"The secure connection to {self.host} failed: its certificate was not accepted. "
                "Check the address (https://…) or ask your host about the certificate.",
                detail=type(exc).__name__,
            ) from None
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as exc:
            raise Unreachable(
                f"{self.host} cannot be reached right now (no connection, or it did not answer). "
                "The post will be sent when the site is back.",
                detail=type(exc).__name__,
            ) from None
        except requests.exceptions.RequestException as exc:
            raise PublishError(f"Talking to {self.host} failed.", detail=type(exc).__name__) from None

    @property
    def host(self) -> str:
        return urlsplit(self.config.url).netloc or self.config.url

    def _api(
        self,
        method: str,
        route: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        data: bytes | None = None,
        headers: dict[str, str] | None = None,
        ok: tuple[int, ...] = (200, 201),
        auth: bool = True,
    ) -> requests.Response:
        resp = self._send(method, self._route_url(route), params=params, json=json, data=data, headers=headers, auth=auth)
        if resp.status_code in ok:
            if not _is_json(resp):
                raise ApiUnavailable(
                    f"{self.host} did not answer like a WordPress REST API (it sent a web page). "
                    "A security plugin or the host may block the REST API.",
                    detail=f"{method} {route}: {resp.status_code} {resp.headers.get('Content-Type', '')}",
                )
            return resp
        self._raise_for(resp, method, route)
        raise AssertionError("unreachable")

    def _raise_for(self, resp: requests.Response, method: str, route: str) -> None:
        code = resp.status_code
        payload = _json_or_empty(resp)
        wp_code = str(payload.get("code", "")) if isinstance(payload, dict) else ""
        wp_msg = html_lib.unescape(str(payload.get("message", ""))) if isinstance(payload, dict) else ""
        detail = f"{method} {route}: HTTP {code} {wp_code} {wp_msg}".strip()
        if 300 <= code < 400:
            target = resp.headers.get("Location", "")
            raise Redirected(_redirect_message(self.config.url, target), suggested_url=_site_from(target), detail=detail)
        if code == 401:
            raise AuthFailed(
                f"WordPress did not accept the user name or Application Password for “{self.name}” (HTTP 401). "
                "Create an Application Password under Users → Profile and enter it again.",
                detail=detail,
            )
        if code == 403:
            raise PermissionDenied(
                f"The account “{self.config.user}” is not allowed to do this on {self.host} (HTTP 403). "
                "Its role may be too weak: publishing needs an Author, Editor or Administrator.",
                detail=detail,
            )
        if code in (502, 503, 504):
            raise Unreachable(
                f"{self.host} is temporarily unavailable (HTTP {code}). The post will be sent when it is back.",
                detail=detail,
            )
        if code == 413:
            raise Rejected(
                f"{self.host} refused the upload because it is too large (HTTP 413). "
                "Lower the maximum image size for this site.",
                detail=detail,
            )
        if code == 404 and wp_code == "rest_no_route":
            raise ApiUnavailable(
                f"The WordPress REST API on {self.host} does not offer {route.split('?')[0]}. "
                "It may be disabled by a plugin.",
                detail=detail,
            )
        if code == 404 and not wp_code:
            raise NotASite(f"{self.config.url} does not look like a WordPress site (HTTP 404).", detail=detail)
        reason = f": {wp_msg}" if wp_msg else ""
        raise Rejected(f"WordPress refused the request (HTTP {code}){reason}", detail=detail)

    # ------------------------------------------------------------------ Site protocol

    def available(self) -> Availability:
        parts = urlsplit(self.config.url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return Availability(False, f"“{self.config.url}” is not a web address (it must start with https://).")
        if not self.config.user:
            return Availability(False, "A WordPress user name is needed.")
        if not self._secret:
            return Availability(False, "No Application Password is stored for this site.")
        return Availability(True)

    def test_connection(self) -> ConnectionResult:
        try:
            return self._test_connection()
        except TLSFailure as exc:
            return ConnectionResult(False, "tls", exc.message, exc.detail)
        except Unreachable as exc:
            return ConnectionResult(
                False,
                "unreachable",
                f"{self.host} cannot be reached: check the address and your internet connection.",
                exc.detail,
            )
        except NoSecret as exc:
            return ConnectionResult(False, "no_secret", exc.message)
        except PublishError as exc:
            return ConnectionResult(False, "error", exc.message, exc.detail)

    def _redirected(self, resp: requests.Response, what: str) -> ConnectionResult:
        target = resp.headers.get("Location", "")
        return ConnectionResult(
            False,
            "redirect",
            _redirect_message(self.config.url, target),
            f"{what} -> {resp.status_code} {target}",
            suggested_url=_site_from(target),
        )

    def _test_connection(self) -> ConnectionResult:
        home = self._send("GET", self.base_url + "/", auth=False)
        if 300 <= home.status_code < 400:
            return self._redirected(home, "GET /")
        index = self._send("GET", self._route_url("/"), auth=False)
        looks_wp = "api.w.org" in home.headers.get("Link", "") or "wp-content" in home.text[:200000]
        if 300 <= index.status_code < 400:
            return self._redirected(index, "GET ?rest_route=/")
        index_json = _json_or_empty(index) if _is_json(index) else None
        if index.status_code == 200 and isinstance(index_json, dict) and "namespaces" in index_json:
            if "wp/v2" not in index_json.get("namespaces", []):
                return ConnectionResult(
                    False,
                    "api_unavailable",
                    f"{self.host} is a WordPress site, but its posts API (wp/v2) is switched off.",
                    "namespaces: " + ", ".join(map(str, index_json.get("namespaces", []))),
                )
        elif index.status_code in (401, 403) and isinstance(index_json, dict):
            pass  # REST restricted to logged-in users (a plugin): the authenticated check decides
        elif looks_wp:
            return ConnectionResult(
                False,
                "api_unavailable",
                f"{self.host} is a WordPress site, but its REST API is disabled or blocked "
                "(by a security plugin or the host). Publishing needs it.",
                f"GET ?rest_route=/ -> {index.status_code} {index.headers.get('Content-Type', '')}",
            )
        else:
            return ConnectionResult(
                False,
                "not_a_site",
                f"{self.config.url} answers, but it is not a WordPress site (no WordPress REST API found).",
                f"GET ?rest_route=/ -> {index.status_code} {index.headers.get('Content-Type', '')}",
            )
        if not self._secret:
            return ConnectionResult(False, "no_secret", f"No Application Password is stored for “{self.name}”.")
        me = self._send("GET", self._route_url("/wp/v2/users/me"), params={"context": "edit"})
        if me.status_code == 401:
            return ConnectionResult(
                False,
                "auth",
                f"WordPress did not accept the user name “{self.config.user}” or the Application Password (HTTP 401). "
                "Create an Application Password under Users → Profile (not your login password) and enter it again.",
                "GET users/me -> 401 " + str(_json_or_empty(me).get("code", "")),
            )
        if me.status_code == 403:
            return ConnectionResult(
                False,
                "forbidden",
                f"The account “{self.config.user}” may not use the REST API on {self.host} (HTTP 403).",
                "GET users/me -> 403",
            )
        if me.status_code != 200 or not _is_json(me):
            return ConnectionResult(
                False,
                "api_unavailable",
                f"{self.host} did not answer the account check properly (HTTP {me.status_code}).",
                f"GET users/me -> {me.status_code}",
            )
        data = _json_or_empty(me)
        caps = data.get("capabilities") or {}
        display = str(data.get("name") or self.config.user)
        can_publish = bool(caps.get("publish_posts")) and bool(caps.get("upload_files"))
        if not can_publish:
            return ConnectionResult(
                False,
                "forbidden",
                f"Signed in as {display}, but this account's role cannot publish posts and upload images. "
                "Ask the site owner for the Author role or higher.",
                f"capabilities: publish_posts={caps.get('publish_posts')} upload_files={caps.get('upload_files')}",
                user_display_name=display,
            )
        return ConnectionResult(
            True, "ok", f"Connected to {self.host} as {display}.", user_display_name=display, can_publish=True
        )

    def get_post(self, remote_id: str) -> RemotePost:
        resp = self._send("GET", self._route_url(f"/wp/v2/posts/{int(remote_id)}"), params={"context": "edit"})
        if resp.status_code in (404, 410):
            raise RemoteDeleted(
                f"The post was deleted on {self.host}.", remote_id=str(remote_id), trashed=False
            )
        if resp.status_code != 200:
            self._raise_for(resp, "GET", f"/wp/v2/posts/{remote_id}")
        return self._to_remote(_json_or_empty(resp))

    def find_by_slug(self, slug: str) -> list[RemotePost]:
        if not slug:
            return []
        resp = self._api("GET", "/wp/v2/posts", params={"slug": slug, "status": "any", "context": "edit"})
        return [self._to_remote(p) for p in resp.json() if isinstance(p, dict)]

    def find_by_marker(self, marker: str, slug: str = "") -> RemotePost | None:
        if not marker:
            return None
        needle = f"<!-- {MARKER_PREFIX}{marker} -->"
        candidates: list[dict[str, Any]] = []
        if slug:
            resp = self._api("GET", "/wp/v2/posts", params={"slug": slug, "status": "any", "context": "edit"})
            candidates.extend(p for p in resp.json() if isinstance(p, dict))
        resp = self._api(
            "GET", "/wp/v2/posts", params={"search": marker, "status": "any", "context": "edit", "per_page": 10}
        )
        candidates.extend(p for p in resp.json() if isinstance(p, dict))
        for post in candidates:
            raw = (post.get("content") or {}).get("raw", "")
            if needle in raw:
                return self._to_remote(post)
        return None

    def create_post(self, request: PublishRequest) -> RemotePost:
        if request.status == "future" and request.date_gmt is None:
            raise Rejected("A scheduled post needs a date and time.")
        body = self._post_body(request)
        resp = self._api("POST", "/wp/v2/posts", params={"context": "edit"}, json=body)
        return self._to_remote(resp.json())

    def update_post(self, remote_id: str, request: PublishRequest, *, expected_modified: str = "") -> RemotePost:
        body = self._post_body(request)
        if request.featured_media is None:
            body["featured_media"] = 0
        resp = self._send(
            "POST", self._route_url(f"/wp/v2/posts/{int(remote_id)}"), params={"context": "edit"}, json=body
        )
        if resp.status_code in (404, 410):
            raise RemoteDeleted(f"The post was deleted on {self.host}.", remote_id=str(remote_id))
        if resp.status_code != 200:
            self._raise_for(resp, "POST", f"/wp/v2/posts/{remote_id}")
        return self._to_remote(resp.json())

    def upload_media(self, data: bytes, filename: str, mime: str, alt: str = "") -> MediaItem:
        name = safe_filename(filename)
        params = {"alt_text": alt} if alt else None
        resp = self._api(
            "POST",
            "/wp/v2/media",
            params=params,
            data=data,
            headers={"Content-Disposition": f'attachment; filename="{name}"', "Content-Type": mime},
        )
        payload = resp.json()
        return MediaItem(id=str(payload["id"]), url=str(payload.get("source_url", "")))

    def media_exists(self, media_id: str) -> bool:
        """Whether an uploaded file is still in the media library (for the media cache)."""
        resp = self._send("GET", self._route_url(f"/wp/v2/media/{int(media_id)}"), params={"_fields": "id"})
        if resp.status_code == 200:
            return True
        if resp.status_code in (404, 410):
            return False
        self._raise_for(resp, "GET", f"/wp/v2/media/{media_id}")
        return False

    def list_terms(self, taxonomy: Literal["tags", "categories"]) -> list[str]:
        names: list[str] = []
        for page in range(1, 6):
            resp = self._api(
                "GET",
                f"/wp/v2/{taxonomy}",
                params={"per_page": 100, "page": page, "orderby": "count", "order": "desc", "_fields": "id,name"},
            )
            batch = resp.json()
            names.extend(html_lib.unescape(str(t["name"])) for t in batch if isinstance(t, dict))
            if page >= int(resp.headers.get("X-WP-TotalPages", "1") or 1):
                break
        return names

    def list_posts(self, search: str = "", limit: int = 20) -> list[RemotePost]:
        params: dict[str, Any] = {"status": "any", "context": "edit", "per_page": max(1, min(limit, 100))}
        if search:
            params["search"] = search
        resp = self._api("GET", "/wp/v2/posts", params=params)
        return [self._to_remote(p) for p in resp.json() if isinstance(p, dict)]

    # ------------------------------------------------------------------ helpers

    def term_ids(self, taxonomy: Literal["tags", "categories"], names: tuple[str, ...]) -> list[int]:
        """Ids for term names, creating missing ones (400 ``term_exists`` carries the existing id)."""
        ids: list[int] = []
        for raw_name in names:
            name = raw_name.strip()
            if not name:
                continue
            key = (taxonomy, name.casefold())
            if key not in self._term_cache:
                self._term_cache[key] = self._lookup_or_create_term(taxonomy, name)
                self._term_names.setdefault((taxonomy, self._term_cache[key]), name)
            if self._term_cache[key] not in ids:
                ids.append(self._term_cache[key])
        return ids

    def _lookup_or_create_term(self, taxonomy: str, name: str) -> int:
        resp = self._api("GET", f"/wp/v2/{taxonomy}", params={"search": name, "per_page": 100, "_fields": "id,name"})
        for term in resp.json():
            if isinstance(term, dict) and html_lib.unescape(str(term.get("name", ""))).casefold() == name.casefold():
                return int(term["id"])
        created = self._send("POST", self._route_url(f"/wp/v2/{taxonomy}"), json={"name": name})
        if created.status_code == 201:
            return int(created.json()["id"])
        payload = _json_or_empty(created)
        if created.status_code == 400 and payload.get("code") == "term_exists":
            return int((payload.get("data") or {}).get("term_id") or 0)
        self._raise_for(created, "POST", f"/wp/v2/{taxonomy}")
        raise AssertionError("unreachable")

    def _post_body(self, request: PublishRequest) -> dict[str, Any]:
        body: dict[str, Any] = {
            "title": request.title,
            "content": with_marker(request.html, request.marker),
            "status": request.status,
            "excerpt": request.excerpt,
        }
        if request.slug:
            body["slug"] = request.slug
        if request.date_gmt is not None:
            body["date_gmt"] = format_gmt(request.date_gmt)
        body["tags"] = self.term_ids("tags", request.tags)
        body["categories"] = self.term_ids("categories", request.categories) if request.categories else []
        if request.featured_media is not None:
            body["featured_media"] = int(request.featured_media.id)
        return body

    def _to_remote(self, post: dict[str, Any]) -> RemotePost:
        content = post.get("content") or {}
        title = post.get("title") or {}
        excerpt = post.get("excerpt") or {}
        return RemotePost(
            id=str(post.get("id", "")),
            link=str(post.get("link", "")),
            modified=str(post.get("modified_gmt", "")),
            status=str(post.get("status", "")),
            slug=str(post.get("slug", "")),
            title=str(title.get("raw", title.get("rendered", ""))),
            html=strip_marker(str(content.get("raw", content.get("rendered", "")))),
            excerpt=str(excerpt.get("raw", excerpt.get("rendered", ""))),
            date_gmt=_parse_gmt(post.get("date_gmt")),
            featured_media_id=str(post.get("featured_media") or ""),
            tags=self._names_for("tags", post.get("tags") or []),
            categories=self._names_for("categories", post.get("categories") or []),
        )

    def _names_for(self, taxonomy: Literal["tags", "categories"], ids: list[Any]) -> tuple[str, ...]:
        wanted = [int(i) for i in ids if str(i).isdigit()]
        if not wanted:
            return ()
        names = {i: self._term_names[(taxonomy, i)] for i in wanted if (taxonomy, i) in self._term_names}
        missing = [i for i in wanted if i not in names]
        if missing:
            resp = self._api(
                "GET",
                f"/wp/v2/{taxonomy}",
                params={"include": ",".join(map(str, missing)), "per_page": 100, "_fields": "id,name"},
            )
            for term in resp.json():
                if isinstance(term, dict):
                    name = html_lib.unescape(str(term.get("name", "")))
                    names[int(term["id"])] = name
                    self._term_names[(taxonomy, int(term["id"]))] = name
        return tuple(names[i] for i in wanted if i in names)


def _is_json(resp: requests.Response) -> bool:
    return "json" in resp.headers.get("Content-Type", "")


def _json_or_empty(resp: requests.Response) -> dict[str, Any]:
    try:
        data = resp.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _site_from(location: str) -> str:
    """The site root of a redirect target (scheme + host [+ path before the REST part])."""
    if not location:
        return ""
    parts = urlsplit(location)
    path = parts.path.split("/wp-json")[0]
    path = path.rstrip("/")
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def _redirect_message(configured: str, location: str) -> str:
    old = urlsplit(configured)
    new = urlsplit(location)
    target = _site_from(location) or location
    if new.netloc and old.scheme == "http" and new.scheme == "https" and _host_variants(old.netloc, new.netloc):
        return f"The site moved to a secure address. Use {target} instead of {configured}."
    if new.netloc and old.netloc != new.netloc and _host_variants(old.netloc, new.netloc):
        return f"The site answers at {target} (with or without “www”). Use that address."
    return f"The address redirects to {target or 'another page'}. Use the site's real address."


class WordPressType:
    """Registry entry for WordPress; implements :class:`editor_app.core.publishing.base.SiteType`."""

    kind = "wordpress"
    label = "WordPress"
    needs_user = True
    secret_label = "Application Password"
    secret_help = (
        "In WordPress open Users → Profile → Application Passwords, add one named “editor-app” "
        "and paste the 24-character password here (not your login password)."
    )
    capabilities = CAPABILITIES

    def create(self, config: SiteConfig, secret: str | None) -> Site:
        return WordPressSite(config, secret)

    def validate_secret(self, secret: str) -> str | None:
        compact = secret.replace(" ", "").strip()
        if not compact:
            return "The Application Password is empty."
        if not re.fullmatch(r"[A-Za-z0-9]{24}", compact):
            return (
                "That does not look like a WordPress Application Password (24 letters and digits, "
                "shown in groups of four). Your login password will not work here."
            )
        return None
