"""Keep LanguageTool requests inside a server's published limits.

The public LanguageTool API allows 20 requests and 75,000 characters per minute, and at most
20,000 characters per request. ``pack_batches`` groups prose pieces into requests that respect the
per-request cap; ``SlidingWindowLimiter`` says how long to wait before the next request so the
per-minute caps hold. The clock and the sleep are injected so the limiter is tested without waiting.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

PUBLIC_API_REQUESTS_PER_MINUTE = 20
PUBLIC_API_CHARS_PER_MINUTE = 75_000
PUBLIC_API_CHARS_PER_REQUEST = 20_000


class RateLimitExceeded(RuntimeError):
    """Waiting for the next free slot would take longer than the caller allows."""


@dataclass(frozen=True)
class Limits:
    requests_per_window: int | None = None
    chars_per_window: int | None = None
    chars_per_request: int = PUBLIC_API_CHARS_PER_REQUEST
    window_seconds: float = 60.0


PUBLIC_API_LIMITS = Limits(
    requests_per_window=PUBLIC_API_REQUESTS_PER_MINUTE,
    chars_per_window=PUBLIC_API_CHARS_PER_MINUTE,
    chars_per_request=PUBLIC_API_CHARS_PER_REQUEST,
)
# A self-hosted or local server has no quota, but a bounded request size keeps each call short.
UNLIMITED = Limits(chars_per_request=PUBLIC_API_CHARS_PER_REQUEST)


@dataclass
class SlidingWindowLimiter:
    """Tracks what was sent in the last ``window_seconds`` and delays requests that would overrun."""

    limits: Limits
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _sent: deque[tuple[float, int]] = field(default_factory=deque, init=False, repr=False)

    def _forget_old(self, now: float) -> None:
        while self._sent and self._sent[0][0] <= now - self.limits.window_seconds:
            self._sent.popleft()

    def delay_for(self, chars: int) -> float:
        """Seconds to wait before a request of ``chars`` characters may be sent (0 = now)."""
        if chars > self.limits.chars_per_request:
            raise ValueError(
                f"a request of {chars} characters is over the limit of {self.limits.chars_per_request}"
            )
        now = self.clock()
        self._forget_old(now)
        window = self.limits.window_seconds
        wait = 0.0
        if self.limits.requests_per_window is not None and len(self._sent) >= self.limits.requests_per_window:
            # The oldest request that must leave the window before one more fits.
            idx = len(self._sent) - self.limits.requests_per_window
            wait = max(wait, self._sent[idx][0] + window - now)
        if self.limits.chars_per_window is not None:
            if chars > self.limits.chars_per_window:
                raise ValueError(f"a request of {chars} characters can never fit the per-minute limit")
            used = sum(c for _, c in self._sent)
            excess = used + chars - self.limits.chars_per_window
            if excess > 0:
                freed = 0
                for t, c in self._sent:
                    freed += c
                    if freed >= excess:
                        wait = max(wait, t + window - now)
                        break
        return max(0.0, wait)

    def record(self, chars: int) -> None:
        now = self.clock()
        self._forget_old(now)
        self._sent.append((now, chars))

    def acquire(self, chars: int, max_wait: float | None = None) -> float:
        """Wait (with the injected sleep) until ``chars`` may be sent, then record it. Returns the wait."""
        total = 0.0
        while True:
            wait = self.delay_for(chars)
            if wait <= 0:
                self.record(chars)
                return total
            if max_wait is not None and total + wait > max_wait:
                raise RateLimitExceeded(
                    f"LanguageTool's rate limit would make this check wait {total + wait:.0f} seconds"
                )
            self.sleep(wait)
            total += wait


def pack_batches(sizes: Sequence[int], max_chars: int, separator_len: int = 0) -> list[list[int]]:
    """Group item indices, in order, into batches whose joined length stays within ``max_chars``.

    ``separator_len`` is added between neighbouring items of a batch. An item longer than
    ``max_chars`` gets a batch of its own; the caller must split it first (see ``split_long``).
    """
    batches: list[list[int]] = []
    current: list[int] = []
    current_len = 0
    for i, size in enumerate(sizes):
        extra = size + (separator_len if current else 0)
        if current and current_len + extra > max_chars:
            batches.append(current)
            current, current_len = [], 0
            extra = size
        current.append(i)
        current_len += extra
    if current:
        batches.append(current)
    return batches


def split_long(text: str, max_chars: int) -> list[tuple[int, str]]:
    """Cut ``text`` into pieces of at most ``max_chars``, preferring sentence then word boundaries.

    Returns (offset in text, piece) pairs; the pieces concatenate back to ``text``.
    """
    pieces: list[tuple[int, str]] = []
    pos = 0
    while len(text) - pos > max_chars:
        window = text[pos : pos + max_chars]
        cut = -1
        for marker in (". ", "! ", "? ", "\n", "; ", ", ", " "):
            found = window.rfind(marker)
            if found > max_chars // 4:
                cut = found + len(marker)
                break
        if cut <= 0:
            cut = max_chars
        pieces.append((pos, text[pos : pos + cut]))
        pos += cut
    if pos < len(text) or not pieces:
        pieces.append((pos, text[pos:]))
    return pieces
