"""How much one client may ask of the server, so that one client cannot slow everyone (pure).

Measured before these limits, from one client: 4,416 saves, 4,000 new devices and 4,542
transfer-code guesses a minute, all accepted. A person tapping through the check or logging
twitches makes a few events a minute; the budgets below leave a wide margin for them.

Counters must be shared by every process that answers the same client: a budget counted per
process gave a guesser whose sockets landed on 3 workers 3 x 5 transfer-code tries. `Limiter`
keeps them in this process, which is the whole server on SQLite (one process);
twitch_app/redis_limits.py keeps the same windows in Redis when the app runs several workers,
and chooses between the two once, at start-up.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Budget:
    limit: int
    window_s: float


# Device lookups, per device and per socket: every handler that touches a device's data looks
# it up, and a save looks it up twice (the write, then the refreshed log), so this allows about
# 60 saves or taps a minute: one a second, sustained.
EVENTS = Budget(limit=120, window_s=60)
# New devices, per client address (a household behind one address needs a handful).
NEW_DEVICES = Budget(limit=20, window_s=60)
# Transfer-code tries, per device and per client address, whatever the tab.
TRANSFER_TRIES = Budget(limit=5, window_s=15 * 60)


class TooMany(Exception):
    """A budget is spent; `retry_after_s` says when the next try will be accepted."""

    def __init__(self, what: str, retry_after_s: float):
        super().__init__(f"{what}: retry in {retry_after_s:.0f} s")
        self.what, self.retry_after_s = what, retry_after_s

    def wait_words(self) -> str:
        """'in about a minute', 'in 12 minutes', 'in a few seconds': for the message."""
        seconds = math.ceil(self.retry_after_s)
        if seconds < 45:
            return "in a few seconds"
        minutes = max(1, round(seconds / 60))
        return "in about a minute" if minutes == 1 else f"in {minutes} minutes"


class CannotCount(TooMany):
    """The shared counters could not be reached, so a budget that must hold was not checked."""

    RETRY_S = 60.0

    def __init__(self, what: str):
        super().__init__(what, self.RETRY_S)


class RateLimiter(Protocol):
    """What the states use: `Limiter` here, or `redis_limits.RedisLimiter` across workers."""

    def hit(self, *keys: str, what: str = "requests") -> None: ...

    def check(self, *keys: str, what: str = "requests") -> None: ...


class Limiter:
    """A sliding window per key: at most `budget.limit` hits within any `budget.window_s`."""

    def __init__(
        self,
        budget: Budget,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 50_000,
    ):
        self.budget, self._clock, self._max_keys = budget, clock, max_keys
        self._hits: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def hit(self, *keys: str, what: str = "requests") -> None:
        """Count one hit against every key, or raise TooMany (counting nothing) if any is full."""
        self._take(keys, what, count=True)

    def check(self, *keys: str, what: str = "requests") -> None:
        """Raise TooMany if any key's budget is spent; count nothing (see `hit`)."""
        self._take(keys, what, count=False)

    def _take(self, keys: tuple[str, ...], what: str, count: bool) -> None:
        with self._lock:
            now = self._clock()
            windows = [self._window(key, now) for key in keys if key]
            waits = [
                window[0] + self.budget.window_s - now
                for window in windows
                if len(window) >= self.budget.limit
            ]
            if waits:
                raise TooMany(what, max(waits))
            for window in windows if count else ():
                window.append(now)

    def _window(self, key: str, now: float) -> deque[float]:
        window = self._hits.pop(key, None) or deque()
        while window and window[0] <= now - self.budget.window_s:
            window.popleft()
        self._hits[key] = window  # most recently used last
        while len(self._hits) > self._max_keys:  # a flood of keys cannot grow memory forever
            self._hits.popitem(last=False)
        return window
