"""Incoming websocket frames, per connection, before Reflex parses them (an ASGI wrapper).

The rate limits in limits.py stop a flood from reaching the database, but every refused event
still cost the backend a state load, a handler call and an answer: five sockets sending saves
as fast as they could kept one worker busy enough to slow a person's saves to about a second.
A person sends a few events a second at most (a page load's hydrate and on-load, then taps),
and the security tests' forged clients send about 75 in a few seconds. A connection that sends
more than a bucket of BURST frames, refilled at PER_SECOND, has the surplus dropped unread (a
dropped event is never answered: only a flood loses any).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from twitch_app.security_headers import ASGIApp

BURST = 200
PER_SECOND = 20.0


class FrameBucket:
    """A token bucket: `take()` is False once the connection has sent more than it may."""

    def __init__(
        self,
        burst: int = BURST,
        per_second: float = PER_SECOND,
        clock: Callable[[], float] = time.monotonic,
    ):
        self._burst, self._per_second, self._clock = burst, per_second, clock
        self._tokens, self._last = float(burst), clock()
        self.dropped = 0

    def take(self) -> bool:
        now = self._clock()
        self._tokens = min(self._burst, self._tokens + (now - self._last) * self._per_second)
        self._last = now
        if self._tokens >= 1:
            self._tokens -= 1
            return True
        self.dropped += 1
        return False


def _is_heartbeat(message: dict[str, Any]) -> bool:
    # Engine.IO pings and pongs ("2", "3") keep a quiet phone's socket alive: never dropped.
    return message.get("text") in ("2", "3")


def limit_socket_frames(app: ASGIApp) -> ASGIApp:
    async def limited(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "websocket":
            await app(scope, receive, send)
            return
        bucket = FrameBucket()

        async def receive_within_budget() -> Any:
            while True:
                message = await receive()
                if message["type"] != "websocket.receive" or _is_heartbeat(message):
                    return message
                if bucket.take():
                    return message

        await app(scope, receive_within_budget, send)

    return limited
