"""The public LanguageTool API's limits (20 requests and 75k characters a minute, 20k a request),
enforced with an injected clock so no test sleeps."""

from __future__ import annotations

import pytest

from editor_app.core.checks.ratelimit import (
    PUBLIC_API_LIMITS,
    RateLimitExceeded,
    SlidingWindowLimiter,
    pack_batches,
    split_long,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def _limiter() -> tuple[SlidingWindowLimiter, FakeClock]:
    clock = FakeClock()
    return SlidingWindowLimiter(PUBLIC_API_LIMITS, clock=clock, sleep=clock.sleep), clock


def test_twenty_small_requests_go_at_once_the_twenty_first_waits_for_the_first_to_age_out() -> None:
    limiter, clock = _limiter()
    for _ in range(20):
        assert limiter.acquire(100) == 0
        clock.now += 0.5  # 20 requests spread over 10 seconds
    # The first request was sent at t=1000; the window is 60 s, so the next may go at t=1060.
    assert limiter.delay_for(100) == pytest.approx(1060 - clock.now)
    waited = limiter.acquire(100)
    assert waited == pytest.approx(50.0)
    assert clock.now == pytest.approx(1060.0)


def test_characters_per_minute_cap_delays_until_enough_characters_leave_the_window() -> None:
    limiter, clock = _limiter()
    limiter.acquire(20_000)  # t=1000
    clock.now += 10
    limiter.acquire(20_000)  # t=1010
    clock.now += 10
    limiter.acquire(20_000)  # t=1020, 60k used
    clock.now += 10  # t=1030
    assert limiter.delay_for(15_000) == 0  # 75k exactly fits
    # 20k more needs 5k freed: the t=1000 request leaves the window at t=1060.
    assert limiter.delay_for(20_000) == pytest.approx(30.0)
    limiter.acquire(20_000)
    assert clock.now == pytest.approx(1060.0)


def test_long_sequence_never_exceeds_any_limit_in_any_sixty_second_window() -> None:
    limiter, clock = _limiter()
    log: list[tuple[float, int]] = []
    sizes = [(i * 7919) % 19_000 + 500 for i in range(120)]
    for size in sizes:
        limiter.acquire(size)
        log.append((clock.now, size))
        clock.now += 0.1
    for t0, _ in log:
        in_window = [(t, c) for t, c in log if t0 <= t < t0 + 60]
        assert len(in_window) <= 20
        assert sum(c for _, c in in_window) <= 75_000
    assert clock.slept, "such a burst must have been slowed down"


def test_requests_over_the_per_request_cap_are_refused_and_max_wait_is_honoured() -> None:
    limiter, clock = _limiter()
    with pytest.raises(ValueError):
        limiter.acquire(20_001)
    for _ in range(20):
        limiter.acquire(10)
    with pytest.raises(RateLimitExceeded, match="wait"):
        limiter.acquire(10, max_wait=5)
    assert clock.slept == []


def test_pack_batches_respects_the_size_limit_and_keeps_order() -> None:
    sizes = [8000, 8000, 5000, 19_000, 1, 1, 20_000, 300]
    batches = pack_batches(sizes, 20_000, separator_len=2)
    assert [i for b in batches for i in b] == list(range(len(sizes)))
    for b in batches:
        assert sum(sizes[i] for i in b) + 2 * (len(b) - 1) <= 20_000
    assert batches[0] == [0, 1]  # 8000 + 2 + 8000 + 2 + 5000 would be 21,004


def test_split_long_cuts_at_sentence_boundaries_and_loses_nothing() -> None:
    sentence = "The council voted on the bike lanes again. "
    text = sentence * 1000  # 43,000 characters
    pieces = split_long(text, 20_000)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 20_000 for _, p in pieces)
    assert all(p.endswith(". ") for _, p in pieces[:-1])
    assert [off for off, _ in pieces] == [sum(len(p) for _, p in pieces[:i]) for i in range(len(pieces))]
    unbroken = "x" * 45_000
    assert [len(p) for _, p in split_long(unbroken, 20_000)] == [20_000, 20_000, 5_000]
