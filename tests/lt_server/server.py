"""A small stand-in for a LanguageTool HTTP server, for tests on 127.0.0.1.

A real LanguageTool cannot run on the test machine (its download is not reachable), so this
server answers ``GET /v2/languages`` and ``POST /v2/check`` in LanguageTool's documented JSON
format (https://languagetool.org/http-api/): ``{"software": ..., "language": ..., "matches":
[{"message", "shortMessage", "replacements": [{"value"}], "offset", "length", "context": {"text",
"offset", "length"}, "sentence", "rule": {"id", "description", "issueType", "category": {"id",
"name"}}}]}``, with offsets in UTF-16 code units as the Java server counts them.

It knows a handful of rules, enough to tell whether the client sent the right text and options:
the two opt-in redundancy rules fire only when named in ``enabledRules``, as on a real server.
Every request's form fields are recorded in ``requests`` so tests can check what was sent.
"""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

# (pattern, rule id, category id, category name, issue type, message, replacements, opt-in?)
RULES: list[tuple[str, str, str, str, str, str, list[str], bool]] = [
    (r"\bin order to\b", "EN_PLAIN_ENGLISH_REPLACE", "PLAIN_ENGLISH", "Plain English", "style",
     "Consider a shorter alternative to avoid wordiness.", ["to"], True),
    (r"\bpast history\b", "EN_REDUNDANCY_REPLACE", "REDUNDANCY", "Redundant Phrases", "style",
     "This phrase is redundant. Consider using 'history'.", ["history"], True),
    (r"\b(\w+) \1\b", "ENGLISH_WORD_REPEAT_RULE", "MISC", "Miscellaneous", "duplication",
     "Possible typo: you repeated a word.", ["$1"], False),
    (r"\ba (?=[aeiou])\w+", "EN_A_VS_AN", "MISC", "Miscellaneous", "misspelling",
     "Use 'an' instead of 'a' if the following word starts with a vowel sound.", ["an"], False),
    (r"\brecieve\b", "MORFOLOGIK_RULE_EN_US", "TYPOS", "Possible Typo", "misspelling",
     "Possible spelling mistake found.", ["receive"], False),
    (r"\bcould of\b", "COULD_OF", "GRAMMAR", "Grammar", "grammar",
     "Did you mean 'could have'?", ["could have"], False),
    (r"🙂 smile\b", "EMOJI_SMILE_TEST", "STYLE", "Style", "style",
     "Test rule placed after an astral-plane character.", ["grin"], False),
]


def _u16(text: str, i: int) -> int:
    return len(text[:i].encode("utf-16-le")) // 2


def find_matches(text: str, enabled: set[str]) -> list[dict[str, Any]]:
    out = []
    for pattern, rule_id, cat_id, cat_name, issue_type, message, repl, opt_in in RULES:
        if opt_in and rule_id not in enabled:
            continue
        for m in re.finditer(pattern, text, re.IGNORECASE):
            start, end = m.start(), m.end()
            if rule_id == "EMOJI_SMILE_TEST":
                start = end - len("smile")
            values = [r.replace("$1", m.group(1)) if m.groups() else r for r in repl]
            offset, length = _u16(text, start), _u16(text, end) - _u16(text, start)
            ctx_start = max(0, start - 20)
            ctx = text[ctx_start : end + 20]
            out.append(
                {
                    "message": message,
                    "shortMessage": "",
                    "replacements": [{"value": v} for v in values],
                    "offset": offset,
                    "length": length,
                    "context": {"text": ctx, "offset": _u16(text, start) - _u16(text, ctx_start), "length": length},
                    "sentence": text[ctx_start : end + 20],
                    "type": {"typeName": "Other"},
                    "rule": {
                        "id": rule_id,
                        "description": message,
                        "issueType": issue_type,
                        "category": {"id": cat_id, "name": cat_name},
                    },
                    "ignoreForIncompleteSentence": False,
                    "contextForSureMatch": 0,
                }
            )
    return sorted(out, key=lambda m: m["offset"])


class FakeLanguageTool:
    """``with FakeLanguageTool() as lt:`` serves on ``lt.url`` until the block ends.

    ``behaviour`` may be changed while running: ``"ok"``, ``"malformed"`` (invalid JSON),
    ``"no_matches_key"``, ``"http500"``, ``"ratelimited"`` (HTTP 429), ``"not_languagetool"``
    (an HTML page on every path).
    """

    def __init__(self, behaviour: str = "ok") -> None:
        self.behaviour = behaviour
        self.requests: list[dict[str, str]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
                pass

            def _send(self, status: int, body: str, ctype: str = "application/json") -> None:
                data = body.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", ctype + "; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                if outer.behaviour == "not_languagetool":
                    self._send(200, "<html><body>Hello</body></html>", "text/html")
                elif self.path.startswith("/v2/languages"):
                    self._send(200, json.dumps([{"name": "English (US)", "code": "en", "longCode": "en-US"}]))
                else:
                    self._send(404, "not found", "text/plain")

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode("utf-8"), keep_blank_values=True).items()}
                if not self.path.startswith("/v2/check"):
                    self._send(404, "not found", "text/plain")
                    return
                outer.requests.append(form)
                b = outer.behaviour
                if b == "malformed":
                    self._send(200, '{"matches": [{"offset": 3,')
                elif b == "no_matches_key":
                    self._send(200, json.dumps({"software": {"name": "LanguageTool"}}))
                elif b == "http500":
                    self._send(500, "Error: internal error while checking", "text/plain")
                elif b == "ratelimited":
                    self._send(429, "Too many requests", "text/plain")
                elif b == "not_languagetool":
                    self._send(200, "<html><body>Hello</body></html>", "text/html")
                else:
                    enabled = set(filter(None, form.get("enabledRules", "").split(",")))
                    body = {
                        "software": {"name": "LanguageTool", "version": "6.4", "apiVersion": 1},
                        "language": {"name": "English (US)", "code": form.get("language", "en-US")},
                        "matches": find_matches(form.get("text", ""), enabled),
                    }
                    self._send(200, json.dumps(body))

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> FakeLanguageTool:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
