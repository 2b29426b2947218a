"""Rate limits: a sliding window per key, several keys at once, and words for the wait."""

import logging
from collections.abc import Callable

import pytest
import redis

from twitch_app.devtools.server import free_port
from twitch_app.limits import Budget, CannotCount, Limiter, RateLimiter, TooMany
from twitch_app.redis_limits import RedisLimiter, connect, limiter
from twitch_app.transfer_words import refused_try


class Clock:
    now = 1000.0

    def __call__(self) -> float:
        return self.now


# Each scenario takes a maker of limiters (budget, clock) -> limiter, so the shared limiter in
# Redis is held to the same ones (tests/scale/test_shared_limits.py).
MakeLimiter = Callable[[Budget, Clock], RateLimiter]


def in_process(budget: Budget, clock: Clock) -> RateLimiter:
    return Limiter(budget, clock=clock)


def window_slides_per_key(make: MakeLimiter) -> None:
    clock = Clock()
    limiter = make(Budget(limit=3, window_s=60), clock)
    for _ in range(3):
        limiter.hit("device:1")
    with pytest.raises(TooMany) as refused:
        limiter.hit("device:1")
    assert refused.value.retry_after_s == 60
    limiter.hit("device:2")  # another device is not affected
    clock.now += 30
    with pytest.raises(TooMany) as refused:
        limiter.check("device:1")
    assert refused.value.retry_after_s == pytest.approx(30)
    clock.now += 30.01
    limiter.hit("device:1")  # the first three left the window together
    limiter.hit("device:1")
    clock.now += 10
    limiter.hit("device:1")
    with pytest.raises(TooMany) as refused:
        limiter.hit("device:1")
    assert refused.value.retry_after_s == pytest.approx(50)  # when the oldest of these leaves


def every_key_counts_or_none(make: MakeLimiter) -> None:
    limiter = make(Budget(limit=2, window_s=60), Clock())
    limiter.hit("device:1", "address:a")
    limiter.hit("device:2", "address:a")
    # The address is spent: a third device behind it is refused, and nothing is counted.
    with pytest.raises(TooMany):
        limiter.hit("device:3", "address:a")
    limiter.check("device:3", "address:b")  # a check counts nothing
    limiter.hit("device:3", "address:b")
    limiter.hit("device:3", "address:b")
    with pytest.raises(TooMany):
        limiter.hit("device:3", "address:c")  # the device itself is spent now


def test_the_budget_is_per_key_and_frees_up_as_the_window_slides():
    window_slides_per_key(in_process)


def test_a_hit_counts_against_every_key_and_a_refusal_counts_against_none():
    every_key_counts_or_none(in_process)


def test_memory_is_bounded_under_a_flood_of_new_keys():
    limiter = Limiter(Budget(limit=1, window_s=60), clock=Clock(), max_keys=100)
    for n in range(10_000):
        limiter.hit(f"connection:{n}")
    assert len(limiter._hits) == 100


@pytest.mark.parametrize(
    ("seconds", "words"),
    [(3, "in a few seconds"), (50, "in about a minute"), (90, "in 2 minutes"),
     (14 * 60 + 5, "in 14 minutes")],
)  # fmt: skip
def test_the_wait_in_words(seconds, words):
    assert TooMany("tries", seconds).wait_words() == words


# The shared limiter's choice and its failures need no Redis; its windows are checked against a
# real one in tests/scale/test_shared_limits.py.


def unreachable_redis() -> redis.Redis:
    return connect(f"redis://127.0.0.1:{free_port()}/0")  # nothing listens there


def test_without_redis_the_budgets_are_counted_in_this_process():
    assert isinstance(limiter("events", Budget(2, 60), fail_open=True, redis_url=""), Limiter)
    shared = limiter("events", Budget(2, 60), fail_open=True, redis_url="redis://127.0.0.1:1/0")
    assert isinstance(shared, RedisLimiter)


def test_when_redis_is_down_events_pass_and_transfer_tries_are_refused_with_one_log_line(caplog):
    events = RedisLimiter(unreachable_redis(), "events", Budget(1, 60), fail_open=True)
    tries = RedisLimiter(unreachable_redis(), "tries", Budget(1, 60), fail_open=False)
    with caplog.at_level(logging.WARNING, logger="twitch_app.limits"):
        for _ in range(3):
            events.hit("device:1")  # over its budget of 1, and still let through
            with pytest.raises(CannotCount) as refused:
                tries.check("device:1")
            assert refused.value.wait_words() == "in about a minute"
            with pytest.raises(CannotCount):
                tries.hit("device:1")
    lines = [record.getMessage() for record in caplog.records]
    assert len(lines) == 2, lines  # one per limiter, not one per event
    assert "events let through uncounted" in lines[0] and "tries refused" in lines[1]
    assert refused_try(refused.value).startswith("The server cannot check codes just now")
