"""Rate limits: a sliding window per key, several keys at once, and words for the wait."""

import pytest

from twitch_app.limits import Budget, Limiter, TooMany


class Clock:
    now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_budget_is_per_key_and_frees_up_as_the_window_slides():
    clock = Clock()
    limiter = Limiter(Budget(limit=3, window_s=60), clock=clock)
    for _ in range(3):
        limiter.hit("device:1")
    with pytest.raises(TooMany) as refused:
        limiter.hit("device:1")
    assert refused.value.retry_after_s == 60
    limiter.hit("device:2")  # another device is not affected
    clock.now += 30
    with pytest.raises(TooMany) as refused:
        limiter.hit("device:1")
    assert refused.value.retry_after_s == 30
    clock.now += 30.01
    limiter.hit("device:1")


def test_a_hit_counts_against_every_key_and_a_refusal_counts_against_none():
    clock = Clock()
    limiter = Limiter(Budget(limit=2, window_s=60), clock=clock)
    limiter.hit("device:1", "address:a")
    limiter.hit("device:2", "address:a")
    # The address is spent: a third device behind it is refused, and nothing is counted.
    with pytest.raises(TooMany):
        limiter.hit("device:3", "address:a")
    limiter.hit("device:3", "address:b")
    limiter.hit("device:3", "address:b")
    with pytest.raises(TooMany):
        limiter.hit("device:3", "address:c")  # the device itself is spent now


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
