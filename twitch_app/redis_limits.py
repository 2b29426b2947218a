"""The rate limits of limits.py, shared by every backend worker through Redis.

With REDIS_URL set the app runs several worker processes, and a client's sockets land on any of
them: budgets counted in each process let a guesser with fresh sockets try a transfer code
(workers x 5) times. Here each key's window is a sorted set in Redis (one member per hit, scored
by its time), and one Lua script trims every key's window, checks them all and, only when all
have room, counts the hit in each: Redis runs a script alone, so two workers can never both take
a key's last try. The windows slide exactly as `limits.Limiter`'s do (tests/scale/
test_shared_limits.py holds them to the same cases).

`limiter()` chooses once, at start-up: Redis when the settings name it (the same REDIS_URL
Reflex keeps its state in, rxconfig.py), else the in-process `Limiter` (SQLite: one process).
"""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Callable

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from twitch_app.limits import Budget, CannotCount, Limiter, RateLimiter, TooMany
from twitch_app.settings import load_settings

log = logging.getLogger("twitch_app.limits")

KEY_PREFIX = "twitch-relief:limit:"
# Redis is on the same host or network: an answer takes well under a millisecond. A store that
# does not answer in this time is treated as down for this event, not waited for (nor retried:
# redis-py's default retries with backoff held each event for about 7 s).
TIMEOUT_S = 0.5

# KEYS: one sorted set per key. ARGV: now, window (s), limit, count (1 or 0), this hit's member.
# Returns "0" when the hit fits (and was counted if asked), else the seconds until it would.
_TAKE = """
local now, window, limit = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local wait = 0
for _, key in ipairs(KEYS) do
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  if redis.call('ZCARD', key) >= limit then
    local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
    wait = math.max(wait, tonumber(oldest[2]) + window - now)
  end
end
if wait > 0 or ARGV[4] ~= '1' then
  return tostring(wait)
end
for _, key in ipairs(KEYS) do
  redis.call('ZADD', key, now, ARGV[5])
  redis.call('PEXPIRE', key, math.ceil(window * 1000))
end
return '0'
"""


class RedisLimiter:
    """`limits.Limiter`'s sliding windows, kept in Redis under `name` (one name per budget).

    When Redis cannot be reached, `fail_open` decides: True lets the event through uncounted
    (for ordinary events: a person's save must not fail because the limiter's store blinked,
    and a flood is still held back by the socket's own frame budget, socket_limits.py); False
    refuses it with CannotCount (for budgets that guard a secret, such as transfer-code tries:
    an uncounted try is exactly what a guesser wants). Either way one line is logged when the
    store goes away and one when it is back, not one per event.
    """

    def __init__(
        self,
        client: redis.Redis,
        name: str,
        budget: Budget,
        *,
        fail_open: bool,
        clock: Callable[[], float] = time.time,  # wall clock: every worker reads the same one
    ):
        self.budget, self._name, self._fail_open, self._clock = budget, name, fail_open, clock
        self._client = client
        self._take_script = client.register_script(_TAKE)
        self._down = False

    def hit(self, *keys: str, what: str = "requests") -> None:
        """Count one hit against every key, or raise TooMany (counting nothing) if any is full."""
        self._take(keys, what, count=True)

    def check(self, *keys: str, what: str = "requests") -> None:
        """Raise TooMany if any key's budget is spent; count nothing (see `hit`)."""
        self._take(keys, what, count=False)

    def _take(self, keys: tuple[str, ...], what: str, count: bool) -> None:
        names = [f"{KEY_PREFIX}{self._name}:{key}" for key in keys if key]
        if not names:
            return
        now = self._clock()
        member = f"{now!r}:{secrets.token_hex(6)}"
        window = repr(float(self.budget.window_s))
        arguments = [repr(now), window, str(self.budget.limit), str(int(count)), member]
        try:
            answer = self._take_script(keys=names, args=arguments)
        except redis.RedisError as error:
            self._store_down(error)
            if self._fail_open:
                return
            raise CannotCount(what) from error
        if self._down:
            self._down = False
            log.warning("rate limits: the shared store answers again")
        wait = float(answer)
        if wait > 0:
            raise TooMany(what, wait)

    def _store_down(self, error: redis.RedisError) -> None:
        if not self._down:
            self._down = True
            outcome = "let through uncounted" if self._fail_open else "refused"
            log.error(
                "rate limits: the shared store did not answer (%s); %s %s until it does",
                type(error).__name__,
                self._name,
                outcome,
            )


def limiter(
    name: str, budget: Budget, *, fail_open: bool, redis_url: str | None = None
) -> RateLimiter:
    """The limiter for one budget: shared through Redis when the app has it, else in-process."""
    url = redis_url if redis_url is not None else load_settings().redis_url
    if not url:
        return Limiter(budget)
    return RedisLimiter(connect(url), name, budget, fail_open=fail_open)


def connect(url: str) -> redis.Redis:
    """A client that gives up after TIMEOUT_S, once (it connects on its first command)."""
    return redis.Redis.from_url(
        url,
        socket_timeout=TIMEOUT_S,
        socket_connect_timeout=TIMEOUT_S,
        retry=Retry(NoBackoff(), 0),
    )
