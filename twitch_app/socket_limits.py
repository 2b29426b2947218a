"""Incoming websocket frames, per connection, before Reflex parses them (an ASGI wrapper).

The rate limits in limits.py stop a flood from reaching the database, but every refused event
still cost the backend a state load, a handler call and an answer: five sockets sending saves
as fast as they could kept one worker busy enough to slow a person's saves to about a second.
A person sends a few events a second at most (a page load's hydrate and on-load, then taps),
and the security tests' forged clients send about 75 in a few seconds. A connection that sends
more than a bucket of BURST frames, refilled at PER_SECOND, has the surplus dropped unread (a
dropped event is never answered: only a flood loses any).

Frames also wait. Reflex reads a socket's next frame only between the handlers it runs, so
what a client sent queued up unread in the connection, and its close frame came last: ten
sockets that sent their 200 saves at once and closed kept the server busy for over 36 s
afterwards (on this shared, loaded machine), writing 534 saves for clients that were gone,
while a person's saves took 0.5-3.4 s instead of 0.1. Two changes:
- `Inbox`: each connection's frames are read as they arrive, apart from Reflex taking them,
  and when the client closes, what it sent that Reflex has not taken is dropped;
- `drop_queued_on_disconnect`: when Reflex hears of the close, the socket's events still
  waiting in its queue are dropped; the one running finishes.
Reading still shares the one event loop with the handlers, so a socket's close is heard
sooner, not at once: in the same run, 880 of the 2,000 saves were dropped unprocessed.

A person's own writes are safe: the browser keeps them in its offline queue
(assets/offline_queue.js) until the server has answered, and sends them again on the next
connection.

Why a closed socket's backlog is not all dropped (measured again with
twitch_app/devtools/bench/closed_backlog.py, SQLite, one worker): a socket's saves run one at a
time (Reflex queues a tab's events), and the close frame is read only after every frame the
client sent before it, one frame per turn of the event loop. Granian's ASGI `receive()` hands
over even a frame that is already buffered on a later turn, never at once: in a bare Granian
app, 501 of 501 receives waited for a turn, and 500 buffered frames beside a handler working 5
ms per step took 530-559 turns and 3.2-4.0 s (502 turns and 2.6 s with a 0.5 ms GIL switch
interval: the turns, not the GIL, set the pace). Each turn also runs a step of every handler
that is ready, so while the reader works through the backlog the socket's own saves keep being
processed. One socket that sent 55 saves and closed within 0.06 s: its close was read 0.66 s
after its first frame (58 frames, one a turn), 30 saves were cancelled unstarted and 25-36 were
stored after the close, the last 0.7-3.2 s after it. Ten such sockets at once (550 saves): each
close was read about 2.1 s after the socket's first frame, 35 saves per socket were cancelled
and about 3 dropped unread, and 114-240 of the 550 were stored after the closes, the last
1.3-2.6 s after them.
What bounds it: a socket can have sent at most BURST frames (then PER_SECOND a second) before
its close, and of those, what reaches the database is within the rate limits of limits.py.
Making it zero would take reading ahead of the handlers, which the ASGI receive cannot do (one
frame a turn), or holding every socket's events until its reader has caught up, which it cannot
tell (a buffered frame and a late one look alike) and which would delay every person's tap.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

import reflex as rx
from reflex.constants import RouteVar
from reflex_base.event.processor.event_processor import EventProcessor

from twitch_app.security_headers import ASGIApp

BURST = 200
PER_SECOND = 20.0
# Frames read but not yet taken by Reflex, per connection; a frame beyond either is dropped
# (the first one always waits, however large: Engine.IO enforces its own size limit).
MAX_WAITING = BURST
MAX_WAITING_BYTES = 1 << 20
MAX_WAITING_HEARTBEATS = 8  # unread pings/pongs kept (one every 25 s keeps a socket alive)


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


def _size(message: dict[str, Any]) -> int:
    return len(message.get("text") or message.get("bytes") or b"")


class Inbox:
    """One connection's incoming ASGI messages, read as they arrive and taken by the app.

    Frames over the connection's FrameBucket, or beyond MAX_WAITING (or MAX_WAITING_BYTES)
    unread ones, are dropped. A disconnect drops every frame still unread and is taken next.
    """

    def __init__(self, bucket: FrameBucket | None = None) -> None:
        self._bucket = bucket or FrameBucket()
        self._waiting: deque[dict[str, Any]] = deque()
        self._waiting_frames = self._waiting_bytes = self._waiting_heartbeats = 0
        self._arrived = asyncio.Event()
        self.dropped_on_close = 0

    async def fill(self, receive: Callable[[], Awaitable[Any]]) -> None:
        """Read until the client disconnects (run as a task beside the app)."""
        try:
            while True:
                message = await receive()
                self.put(message)
                if message["type"] == "websocket.disconnect":
                    return
        except Exception:  # the server's receive failed: to the app, the client is gone
            self.put({"type": "websocket.disconnect", "code": 1006})

    def put(self, message: dict[str, Any]) -> None:
        kind = message["type"]
        if kind == "websocket.disconnect":
            self.dropped_on_close += self._waiting_frames
            self._waiting = deque(m for m in self._waiting if m["type"] != "websocket.receive")
            self._waiting_frames = self._waiting_bytes = self._waiting_heartbeats = 0
        elif kind == "websocket.receive":
            full = self._waiting_frames >= MAX_WAITING or (
                self._waiting_frames > 0
                and self._waiting_bytes + _size(message) > MAX_WAITING_BYTES
            )
            if _is_heartbeat(message):
                # Always let one through to keep the socket alive, but a client sending
                # nothing else must not queue them without end while the app is busy.
                if self._waiting_heartbeats >= MAX_WAITING_HEARTBEATS:
                    return
                self._waiting_heartbeats += 1
            elif full or not self._bucket.take():
                return
            self._waiting_frames += 1
            self._waiting_bytes += _size(message)
        self._waiting.append(message)
        self._arrived.set()

    async def get(self) -> dict[str, Any]:
        """The next message for the app (its ASGI `receive`)."""
        while not self._waiting:
            self._arrived.clear()
            await self._arrived.wait()
        message = self._waiting.popleft()
        if message["type"] == "websocket.receive":
            self._waiting_frames -= 1
            self._waiting_bytes -= _size(message)
            self._waiting_heartbeats -= _is_heartbeat(message)
        return message


def limit_socket_frames(app: ASGIApp) -> ASGIApp:
    async def limited(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "websocket":
            await app(scope, receive, send)
            return
        inbox = Inbox()
        reader = asyncio.create_task(inbox.fill(receive))
        try:
            await app(scope, inbox.get, send)
        finally:
            reader.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await reader

    return limited


def drop_unstarted(processor: EventProcessor, *, sid: str, token: str | None) -> int:
    """Cancel the events socket `sid` sent that no handler has started; how many there were.

    They wait in the processor's main queue (not yet sorted by tab) or in the tab's own queue
    (behind the one running). Events a handler chained from them carry the same socket id.
    Reflex skips a cancelled event when its turn comes (EventProcessor._process_queue and
    _dispatch_next_for_token), so cancelling its future is all it takes.
    """
    waiting = [entry for entry, _ in processor._token_queues.get(token or "", ())]
    if processor._queue is not None:
        waiting += list(processor._queue._queue)  # type: ignore[attr-defined]
    dropped = 0
    for entry in waiting:
        txid = entry.ctx.txid
        future = processor._futures.get(txid)
        from_socket = entry.ctx.router_data.get(RouteVar.SESSION_ID) == sid
        if from_socket and txid not in processor._tasks and future and not future.done():
            future.cancel()
            dropped += 1
    return dropped


def drop_queued_on_disconnect(app: rx.App) -> None:
    """When a websocket closes, drop its events that have not started (see the module's note)."""
    namespace = app.event_namespace
    if namespace is None:
        raise RuntimeError("the app has no event namespace yet: call this after its pages")
    reflex_on_disconnect = namespace.on_disconnect

    def on_disconnect(sid: str, *_reason: object) -> object:
        if (processor := app._event_processor) is not None:
            drop_unstarted(processor, sid=sid, token=namespace.sid_to_token.get(sid))
        return reflex_on_disconnect(sid)

    # Socket.IO looks the handler up on the instance for every disconnect.
    namespace.on_disconnect = on_disconnect  # type: ignore[method-assign, assignment]
