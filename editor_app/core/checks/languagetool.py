"""LanguageTool as a second checker, over its HTTP API (``POST /v2/check``).

Three ways to reach a LanguageTool:

* ``local``: a LanguageTool folder the writer unpacked (it holds ``languagetool-server.jar``);
  we start ``java -cp languagetool-server.jar org.languagetool.server.HTTPServer --port N`` on
  127.0.0.1, wait until it answers, and stop it when the checker is closed or the program exits.
  Nothing is ever downloaded: LanguageTool's download site is not something we may rely on.
* ``server``: a self-hosted LanguageTool at a URL.
* ``public``: https://api.languagetool.org, within its published limits (20 requests and 75,000
  characters a minute, 20,000 characters a request; see ``ratelimit``).

Only prose reaches LanguageTool: the segments from ``editor_app.core.prose`` (body text, not
headings, quotes, code, URLs or front matter), packed into requests of at most 20,000
characters. LanguageTool counts offsets in UTF-16 code units (it is Java); they are converted to
Python indices and mapped back to offsets in the whole file.

Why talk HTTP ourselves rather than through ``language_tool_python.LanguageTool``: its constructor
queries the server (and in local mode downloads LanguageTool when it cannot find one), it has no
batching or rate limiting, and its ``Match`` keeps per-text state in class attributes, which is
unsafe for checks that run on a worker thread. The protocol is one documented form POST.
"""

from __future__ import annotations

import atexit
import bisect
import os
import re
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import requests

from editor_app.core.checks.base import Availability, Issue, Severity
from editor_app.core.checks.ratelimit import (
    PUBLIC_API_LIMITS,
    UNLIMITED,
    Limits,
    SlidingWindowLimiter,
    pack_batches,
    split_long,
)
from editor_app.core.prose import PLACEHOLDER, ProseSegment, extract_prose

PUBLIC_API_URL = "https://api.languagetool.org"
NOT_INSTALLED_MESSAGE = (
    "LanguageTool is not installed; point Settings > LanguageTool path at an unpacked LanguageTool "
    "folder or use a server URL"
)
# Off by default in LanguageTool; they catch exactly the redundancy this editor is for.
DEFAULT_ENABLED_RULES: tuple[str, ...] = ("EN_REDUNDANCY_REPLACE", "EN_PLAIN_ENGLISH_REPLACE")
# Prose kinds sent to LanguageTool: headings are fragments and quotes are someone else's words.
DEFAULT_KINDS: frozenset[str] = frozenset({"paragraph", "list_item", "table_cell"})
_SEPARATOR = "\n\n"
# LanguageTool sees this instead of the placeholder for code/URLs: a plain word keeps the sentence
# grammatical ("run X to start"); matches touching it are dropped.
_PLACEHOLDER_STANDIN = "X"

Mode = Literal["local", "server", "public"]


class LanguageToolError(RuntimeError):
    """LanguageTool could not check the text; the message is meant for the writer."""


@dataclass(frozen=True)
class LanguageToolSettings:
    mode: Mode = "public"
    url: str = ""  # for mode "server"
    local_path: str = ""  # for mode "local": the unpacked LanguageTool folder
    java: str = "java"
    language: str = "en-US"
    enabled_rules: tuple[str, ...] = DEFAULT_ENABLED_RULES
    disabled_rules: tuple[str, ...] = ()
    # The offline spelling checker covers spelling; LanguageTool's would report the same words.
    include_spelling: bool = False
    timeout: float = 30.0
    startup_timeout: float = 90.0
    # The longest a check may wait for the public API's rate limit before giving up.
    max_rate_wait: float = 120.0


# --- mapping LanguageTool's answer to our issues -----------------------------------------------


def map_category(rule_id: str, category_id: str, issue_type: str = "") -> str:
    """Our category for a LanguageTool rule: one of the redundancy categories when it is one,
    otherwise LanguageTool's own category id, lower-cased (``grammar``, ``typos``, ``style`` ...)."""
    rid = rule_id.upper()
    cid = category_id.upper()
    if rid.startswith("EN_REDUNDANCY_REPLACE") or cid == "REDUNDANCY" or "PLEONASM" in rid:
        return "pleonasm"
    if rid.startswith("EN_PLAIN_ENGLISH_REPLACE") or cid in ("PLAIN_ENGLISH", "WORDINESS") or "WORDINESS" in rid:
        return "wordy_phrase"
    if rid in ("ENGLISH_WORD_REPEAT_RULE", "WORD_REPEAT_RULE"):
        return "repeated_word"
    # Only the dictionary rules count as spelling: LanguageTool also tags grammar rules such as
    # EN_A_VS_AN with issueType "misspelling", and those the offline speller does not cover.
    if rid.startswith(("MORFOLOGIK_RULE", "HUNSPELL_RULE", "HUNSPELL_NO_SUGGEST_RULE", "SPELLING_RULE")):
        return "spelling"
    return (category_id or "languagetool").lower()


def _severity(issue_type: str) -> Severity:
    if issue_type in ("misspelling", "grammar"):
        return "error"
    if issue_type in ("typographical", "whitespace", "register", "style", "locale-violation"):
        return "info"
    return "warning"


def _utf16_index(text: str) -> list[int]:
    """``table[u]`` = Python index for UTF-16 offset ``u`` (Java counts astral chars twice)."""
    table: list[int] = []
    for i, ch in enumerate(text):
        table.append(i)
        if ord(ch) > 0xFFFF:
            table.append(i)
    table.append(len(text))
    return table


@dataclass
class _Piece:
    segment: ProseSegment
    seg_offset: int  # where this piece starts inside segment.text
    text: str


@dataclass
class _Batch:
    pieces: list[_Piece]
    text: str = ""
    starts: list[int] = field(default_factory=list)  # piece start offsets inside ``text``

    def build(self) -> None:
        parts: list[str] = []
        pos = 0
        for p in self.pieces:
            if parts:
                parts.append(_SEPARATOR)
                pos += len(_SEPARATOR)
            self.starts.append(pos)
            parts.append(p.text.replace(PLACEHOLDER, _PLACEHOLDER_STANDIN))
            pos += len(p.text)
        self.text = "".join(parts)


def prose_pieces(text: str, kinds: frozenset[str], max_chars: int) -> list[_Piece]:
    pieces: list[_Piece] = []
    for seg in extract_prose(text):
        if seg.kind not in kinds:
            continue
        for off, chunk in split_long(seg.text, max_chars):
            pieces.append(_Piece(seg, off, chunk))
    return pieces


def make_batches(pieces: Sequence[_Piece], max_chars: int) -> list[_Batch]:
    groups = pack_batches([len(p.text) for p in pieces], max_chars, separator_len=len(_SEPARATOR))
    batches = []
    for g in groups:
        b = _Batch([pieces[i] for i in g])
        b.build()
        batches.append(b)
    return batches


def matches_to_issues(batch: _Batch, matches: Sequence[Any], include_spelling: bool) -> list[Issue]:
    """Turn LanguageTool's ``matches`` for one request into issues in source offsets.

    Matches that are malformed, cross a paragraph boundary or touch a code/URL placeholder are
    dropped rather than guessed at.
    """
    utf16 = _utf16_index(batch.text)
    issues: list[Issue] = []
    for m in matches:
        try:
            rule = m["rule"]
            rule_id = str(rule["id"])
            category = rule.get("category") or {}
            category_id = str(category.get("id", ""))
            issue_type = str(rule.get("issueType", ""))
            u_start = int(m["offset"])
            u_len = int(m["length"])
            message = str(m.get("message") or m.get("shortMessage") or rule.get("description") or rule_id)
            replacements = tuple(
                str(r["value"]) for r in (m.get("replacements") or []) if isinstance(r, dict) and "value" in r
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
        if u_start < 0 or u_len < 0 or u_start + u_len >= len(utf16):
            continue
        ours = map_category(rule_id, category_id, issue_type)
        if ours == "spelling" and not include_spelling:
            continue
        start, end = utf16[u_start], utf16[u_start + u_len]
        k = bisect.bisect_right(batch.starts, start) - 1
        if k < 0:
            continue
        piece = batch.pieces[k]
        a, b = start - batch.starts[k], end - batch.starts[k]
        if b > len(piece.text) or PLACEHOLDER in piece.text[a:b]:
            continue
        s_start, s_end = piece.segment.source_span(piece.seg_offset + a, piece.seg_offset + b)
        issues.append(
            Issue(
                s_start,
                s_end,
                rule_id,
                ours,
                message,
                severity=_severity(issue_type),
                replacements=replacements[:8],
                source="languagetool",
            )
        )
    return issues


# --- talking to a server -----------------------------------------------------------------------


def _base_url(url: str) -> str:
    url = url.strip().rstrip("/")
    for suffix in ("/v2/check", "/v2"):
        if url.endswith(suffix):
            url = url[: -len(suffix)]
    if not url.startswith(("http://", "https://")):
        raise LanguageToolError(f"The LanguageTool server URL must start with http:// or https:// (got {url!r})")
    return url


class LanguageToolClient:
    """One LanguageTool HTTP endpoint: ``/v2/languages`` to probe, ``/v2/check`` to check."""

    def __init__(self, base_url: str, timeout: float = 30.0, session: requests.Session | None = None) -> None:
        self.base_url = _base_url(base_url)
        self.timeout = timeout
        self._session = session or requests.Session()

    def _describe(self, exc: Exception) -> str:
        if isinstance(exc, requests.Timeout):
            return f"LanguageTool at {self.base_url} did not answer within {self.timeout:.0f} seconds"
        if isinstance(exc, requests.ConnectionError):
            if self.base_url == PUBLIC_API_URL:
                return "Cannot reach the public LanguageTool service (api.languagetool.org): are you online?"
            return f"Cannot reach LanguageTool at {self.base_url}: is the server running and the address right?"
        return f"LanguageTool at {self.base_url} failed: {exc.__class__.__name__}"

    def probe(self, timeout: float | None = None) -> None:
        try:
            r = self._session.get(self.base_url + "/v2/languages", timeout=timeout or min(self.timeout, 5.0))
        except requests.RequestException as exc:
            raise LanguageToolError(self._describe(exc)) from None
        if r.status_code != 200:
            raise LanguageToolError(f"LanguageTool at {self.base_url} answered HTTP {r.status_code}")
        try:
            langs = r.json()
        except ValueError:
            raise LanguageToolError(
                f"{self.base_url} answered, but not like a LanguageTool server (no language list)"
            ) from None
        if not isinstance(langs, list):
            raise LanguageToolError(f"{self.base_url} answered, but not like a LanguageTool server")

    def check(self, data: dict[str, str]) -> list[Any]:
        try:
            r = self._session.post(self.base_url + "/v2/check", data=data, timeout=self.timeout)
        except requests.RequestException as exc:
            raise LanguageToolError(self._describe(exc)) from None
        if r.status_code in (413,):
            raise LanguageToolError("LanguageTool refused the text as too long")
        if r.status_code in (426, 429):
            raise LanguageToolError("LanguageTool's request limit was reached; try again in a minute")
        if r.status_code != 200:
            detail = r.text.strip().splitlines()[0][:200] if r.text.strip() else ""
            raise LanguageToolError(
                f"LanguageTool at {self.base_url} answered HTTP {r.status_code}" + (f": {detail}" if detail else "")
            )
        try:
            payload = r.json()
        except ValueError:
            raise LanguageToolError(f"LanguageTool at {self.base_url} sent an answer that is not valid JSON") from None
        matches = payload.get("matches") if isinstance(payload, dict) else None
        if not isinstance(matches, list):
            raise LanguageToolError(f"LanguageTool at {self.base_url} sent an answer without a list of matches")
        return matches

    def close(self) -> None:
        self._session.close()


# --- a local LanguageTool folder ---------------------------------------------------------------

SERVER_JAR = "languagetool-server.jar"
SERVER_CLASS = "org.languagetool.server.HTTPServer"


def discover_local_languagetool() -> Path | None:
    """A LanguageTool folder that language-tool-python already knows about, without downloading.

    language-tool-python (a fixed dependency of this project) looks in ``$LTP_JAR_DIR_PATH`` and in
    its own download folder (``$LTP_PATH`` or ``~/.cache/language_tool_python``); a writer who
    used it before on a networked machine has LanguageTool there. Its finder functions only list
    folders, unlike ``LanguageTool()``, which would try to download when nothing is found.
    """
    env = os.environ.get("LTP_JAR_DIR_PATH", "").strip()
    if env and Path(env).is_dir():
        return Path(env)
    try:
        from language_tool_python import utils as ltp_utils

        download_dir = ltp_utils.get_language_tool_download_path()
        downloads = [p for p in download_dir.glob("LanguageTool*") if (p / SERVER_JAR).is_file()]
    except Exception:  # an odd cache layout must not break checking
        return None
    if not downloads:
        return None
    return max(downloads, key=_version_key)


def _version_key(folder: Path) -> tuple[int, ...]:
    """``LanguageTool-6.10`` sorts after ``LanguageTool-6.6``."""
    return tuple(int(n) for n in re.findall(r"\d+", folder.name)) or (0,)


def find_server_jar(folder: str | os.PathLike[str]) -> Path:
    """The server jar in an unpacked LanguageTool folder (or the folder one level inside it).

    With no folder set, a LanguageTool that language-tool-python downloaded earlier is used.
    """
    if not str(folder).strip():
        found = discover_local_languagetool()
        if found is None:
            raise LanguageToolError(NOT_INSTALLED_MESSAGE)
        folder = found
    root = Path(folder).expanduser()
    if not root.is_dir():
        raise LanguageToolError(f"{NOT_INSTALLED_MESSAGE} (no folder at {root})")
    direct = root / SERVER_JAR
    if direct.is_file():
        return direct
    nested = sorted(root.glob(f"*/{SERVER_JAR}"))
    if nested:
        return nested[0]
    raise LanguageToolError(f"{NOT_INSTALLED_MESSAGE} ({root} has no {SERVER_JAR})")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


_RUNNING: list[LocalLanguageToolServer] = []


@atexit.register
def _stop_all() -> None:
    for server in list(_RUNNING):
        server.stop()


class LocalLanguageToolServer:
    """A LanguageTool HTTP server started from an unpacked folder; stopped by ``stop()`` or at exit."""

    def __init__(self, folder: str | os.PathLike[str], java: str = "java", startup_timeout: float = 90.0) -> None:
        self.folder = folder
        self.java = java
        self.startup_timeout = startup_timeout
        self.port = 0
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: Any = None
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def check_installation(self) -> Path:
        jar = find_server_jar(self.folder)
        if shutil.which(self.java) is None:
            raise LanguageToolError(
                "LanguageTool needs Java, which was not found; install Java 17 or newer, "
                "or use a LanguageTool server URL instead"
            )
        return jar

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self) -> str:
        with self._lock:
            if self.running:
                return self.url
            jar = self.check_installation()
            self.port = _free_port()
            self._log = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the server; closed in stop()
            self._proc = subprocess.Popen(
                [self.java, "-cp", jar.name, SERVER_CLASS, "--port", str(self.port)],
                cwd=jar.parent,
                stdin=subprocess.DEVNULL,
                stdout=self._log,
                stderr=subprocess.STDOUT,
            )
            _RUNNING.append(self)
            try:
                self._wait_ready()
            except BaseException:
                self._stop_locked()
                raise
            return self.url

    def _wait_ready(self) -> None:
        client = LanguageToolClient(self.url, timeout=2.0)
        deadline = time.monotonic() + self.startup_timeout
        try:
            while True:
                assert self._proc is not None
                code = self._proc.poll()
                if code is not None:
                    raise LanguageToolError(
                        f"LanguageTool stopped while starting (exit code {code}): {self._log_tail()}"
                    )
                try:
                    client.probe(timeout=1.0)
                    return
                except LanguageToolError:
                    pass
                if time.monotonic() > deadline:
                    raise LanguageToolError(
                        f"LanguageTool did not start within {self.startup_timeout:.0f} seconds: {self._log_tail()}"
                    )
                time.sleep(0.2)
        finally:
            client.close()

    def _log_tail(self) -> str:
        if self._log is None:
            return ""
        try:
            self._log.seek(0)
            lines = self._log.read().decode("utf-8", "replace").strip().splitlines()
        except (OSError, ValueError):
            return ""
        return " / ".join(lines[-3:])[:400] or "no output"

    def stop(self) -> None:
        with self._lock:
            self._stop_locked()

    def _stop_locked(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
        if self._log is not None:
            self._log.close()
            self._log = None
        if self in _RUNNING:
            _RUNNING.remove(self)


def settings_for(url: str | None = None, local_path: str | None = None, **options: Any) -> LanguageToolSettings:
    """Settings from the two things a writer sets: a server URL (self-hosted) or a LanguageTool
    folder (local); with neither, the public API."""
    if url:
        return LanguageToolSettings(mode="server", url=url, **options)
    if local_path:
        return LanguageToolSettings(mode="local", local_path=local_path, **options)
    return LanguageToolSettings(mode="public", **options)


# --- the checker -------------------------------------------------------------------------------


class LanguageToolChecker:
    """The ``Checker`` for LanguageTool. ``available()`` is cheap after the first call; ``check``
    raises ``LanguageToolError`` with a writer-facing message when LanguageTool fails."""

    name = "languagetool"

    def __init__(
        self,
        settings: LanguageToolSettings | None = None,
        *,
        kinds: frozenset[str] = DEFAULT_KINDS,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        session: requests.Session | None = None,
    ) -> None:
        self.settings = settings or LanguageToolSettings()
        self.kinds = kinds
        limits: Limits = PUBLIC_API_LIMITS if self.settings.mode == "public" else UNLIMITED
        self.limiter = SlidingWindowLimiter(limits, clock=clock, sleep=sleep)
        self._session = session
        self._client: LanguageToolClient | None = None
        self._local: LocalLanguageToolServer | None = None
        self._availability: Availability | None = None
        self._lock = threading.Lock()
        self._send_lock = threading.Lock()

    # The client is created on first use so constructing a checker never touches the network.
    def _get_client(self) -> LanguageToolClient:
        if self._client is not None:
            return self._client
        s = self.settings
        if s.mode == "local":
            if self._local is None:
                self._local = LocalLanguageToolServer(s.local_path, s.java, s.startup_timeout)
            url = self._local.start()
        elif s.mode == "server":
            if not s.url.strip():
                raise LanguageToolError("No LanguageTool server URL is set (Settings > LanguageTool)")
            url = s.url
        else:
            url = s.url or PUBLIC_API_URL
        self._client = LanguageToolClient(url, timeout=s.timeout, session=self._session)
        return self._client

    def available(self) -> Availability:
        with self._lock:
            if self._availability is None:
                self._availability = self._probe()
            return self._availability

    def _probe(self) -> Availability:
        s = self.settings
        try:
            if s.mode == "local":
                # Checking the folder and Java is instant; the server starts on the first check.
                LocalLanguageToolServer(s.local_path, s.java).check_installation()
                return Availability(True)
            self._get_client().probe()
            return Availability(True)
        except LanguageToolError as exc:
            return Availability(False, str(exc))

    def recheck_availability(self) -> Availability:
        with self._lock:
            self._availability = None
        return self.available()

    def request_data(self, text: str) -> dict[str, str]:
        s = self.settings
        data = {"text": text, "language": s.language}
        if s.enabled_rules:
            data["enabledRules"] = ",".join(s.enabled_rules)
            data["enabledOnly"] = "false"
        if s.disabled_rules:
            data["disabledRules"] = ",".join(s.disabled_rules)
        return data

    def check(self, text: str) -> list[Issue]:
        limit = self.limiter.limits.chars_per_request
        pieces = prose_pieces(text, self.kinds, limit)
        batches = make_batches(pieces, limit)
        if not batches:
            return []
        try:
            client = self._get_client()
        except LanguageToolError as exc:
            with self._lock:
                self._availability = Availability(False, str(exc))
            raise
        issues: list[Issue] = []
        # One request at a time per checker, so checks from several worker threads share the
        # rate limit instead of racing past it.
        with self._send_lock:
            for batch in batches:
                try:
                    self.limiter.acquire(len(batch.text), max_wait=self.settings.max_rate_wait)
                except RuntimeError as exc:
                    raise LanguageToolError(str(exc)) from None
                try:
                    matches = client.check(self.request_data(batch.text))
                except LanguageToolError as exc:
                    with self._lock:
                        self._availability = Availability(False, str(exc))
                    raise
                issues.extend(matches_to_issues(batch, matches, self.settings.include_spelling))
        with self._lock:
            self._availability = Availability(True)
        return sorted(set(issues))

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._local is not None:
            self._local.stop()

