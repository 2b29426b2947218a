"""A websocket that floods has its surplus frames dropped before Reflex parses them."""

import asyncio
from concurrent.futures import ThreadPoolExecutor

from twitch_app.socket_limits import BURST, FrameBucket, limit_socket_frames


class Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_burst_passes_then_the_rate_and_nothing_more():
    clock = Clock()
    bucket = FrameBucket(burst=5, per_second=2, clock=clock)
    assert [bucket.take() for _ in range(7)] == [True] * 5 + [False] * 2
    clock.now += 1.0  # two more frames' worth
    assert [bucket.take() for _ in range(3)] == [True, True, False]
    assert bucket.dropped == 3


def test_the_app_sees_the_burst_and_every_heartbeat_but_not_the_flood():
    frames = [{"type": "websocket.connect"}]
    frames += [
        {"type": "websocket.receive", "text": f'42/_event,["event",{n}]'} for n in range(500)
    ]
    frames += [{"type": "websocket.receive", "text": "3"}] * 3  # pongs
    frames += [{"type": "websocket.disconnect", "code": 1000}]
    seen: list[dict] = []

    async def app(scope, receive, send):
        while (message := await receive())["type"] != "websocket.disconnect":
            seen.append(message)

    async def run():
        pending = iter(frames)

        async def receive():
            return next(pending)

        await limit_socket_frames(app)({"type": "websocket"}, receive, None)

    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, run()).result()
    events = [m for m in seen if m.get("text", "").startswith("42")]
    assert BURST <= len(events) < BURST + 10  # the rest of the 500 never reach Reflex
    assert sum(m.get("text") == "3" for m in seen) == 3
