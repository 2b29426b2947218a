"""A websocket that floods has its surplus frames dropped before Reflex parses them, and what a
client sent before it closed is dropped unread."""

import asyncio
from concurrent.futures import ThreadPoolExecutor

from reflex.event import Event, EventHandler
from reflex.utils.format import format_event_handler
from reflex_base.event.processor.event_processor import EventProcessor
from reflex_base.registry import RegistrationContext

from twitch_app.socket_limits import (
    BURST,
    MAX_WAITING,
    MAX_WAITING_HEARTBEATS,
    FrameBucket,
    Inbox,
    drop_unstarted,
    limit_socket_frames,
)


def run_apart(coroutine):
    """asyncio.run on a thread of its own: after the browser tests, Playwright's event loop
    is running on the main thread, where asyncio.run refuses to start."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


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
    seen = serve(frames, close_after_s=0.2)
    events = [m for m in seen if m.get("text", "").startswith("42")]
    assert BURST <= len(events) < BURST + 10  # the rest of the 500 never reach Reflex
    assert sum(m.get("text") == "3" for m in seen) == 3


def serve(frames: list[dict], close_after_s: float, handling_s: float = 0.0) -> list[dict]:
    """What an app behind limit_socket_frames receives when a client sends `frames` at once
    and closes `close_after_s` later; the app spends `handling_s` on each event."""
    seen: list[dict] = []

    async def app(scope, receive, send):
        while True:
            message = await receive()
            seen.append(message)
            if message["type"] == "websocket.disconnect":
                return
            if message["type"] == "websocket.receive":
                await asyncio.sleep(handling_s)

    async def run():
        pending = iter(frames)

        async def receive():
            if (message := next(pending, None)) is not None:
                return message
            await asyncio.sleep(close_after_s)
            return {"type": "websocket.disconnect", "code": 1000}

        await limit_socket_frames(app)({"type": "websocket"}, receive, None)

    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, run()).result()
    return seen


def test_what_a_client_sent_before_it_closed_is_dropped_unread():
    """A client sends 100 events and closes at once; handling one takes the app 20 ms. The
    app hears of the close within the first few, not after two seconds of work for no one."""
    frames = [{"type": "websocket.connect"}]
    frames += [
        {"type": "websocket.receive", "text": f'42/_event,["event",{n}]'} for n in range(100)
    ]
    seen = serve(frames, close_after_s=0.05, handling_s=0.02)
    handled = [m for m in seen if m["type"] == "websocket.receive"]
    assert seen[0]["type"] == "websocket.connect" and seen[-1]["type"] == "websocket.disconnect"
    assert 1 <= len(handled) <= 10


def test_frames_waiting_unread_are_bounded_and_a_close_drops_them():
    inbox = Inbox(FrameBucket(burst=10_000, per_second=0))
    inbox.put({"type": "websocket.connect"})
    for n in range(3 * MAX_WAITING):
        inbox.put({"type": "websocket.receive", "text": f"frame {n}"})
    inbox.put({"type": "websocket.receive", "text": "3"})  # a heartbeat always waits

    async def read(count: int) -> list[dict]:
        return [await inbox.get() for _ in range(count)]

    first = run_apart(read(3))
    assert [m.get("text") for m in first] == [None, "frame 0", "frame 1"]
    inbox.put({"type": "websocket.disconnect", "code": 1000})
    assert inbox.dropped_on_close == MAX_WAITING - 2 + 1  # the rest of the frames, the pong
    assert run_apart(read(1)) == [{"type": "websocket.disconnect", "code": 1000}]


def test_a_closed_sockets_queued_events_are_dropped_and_the_running_one_finishes():
    """Reflex's own queue: a tab's events run one at a time, so five from a socket wait
    behind the first. When that socket closes, the four waiting are dropped; the one
    running finishes, and an event of the same tab from its new socket still runs."""

    async def scenario() -> tuple[int, list[int]]:
        ran, release = [], asyncio.Event()

        async def handle(n: int):
            ran.append(n)
            await release.wait()

        handler = RegistrationContext.register_event_handler(EventHandler(fn=handle))
        name = format_event_handler(handler)
        async with EventProcessor().configure() as processor:
            for n, sid in [(0, "old"), (1, "old"), (2, "old"), (3, "old"), (4, "old"), (5, "new")]:
                event = Event(name=name, payload={"n": n}, router_data={"sid": sid})
                await processor.enqueue("tab", event)
            await asyncio.sleep(0.05)  # the first has started
            dropped = drop_unstarted(processor, sid="old", token="tab")
            release.set()
            await processor.join(timeout=5)
            await asyncio.sleep(0.05)
        return dropped, ran

    with ThreadPoolExecutor(1) as pool:  # a thread of its own: a fresh registration context
        dropped, ran = pool.submit(asyncio.run, scenario()).result()
    assert (dropped, ran) == (4, [0, 5])


def test_heartbeats_alone_cannot_fill_the_servers_memory():
    # A client may send pings and pongs without end while the app is busy: one always has a
    # place (a quiet phone's socket must stay alive), but only a few wait unread.
    inbox = Inbox(FrameBucket(burst=0, per_second=0))
    for _ in range(10_000):
        inbox.put({"type": "websocket.receive", "text": "3"})

    async def read_waiting() -> list[dict]:
        waiting = []
        while inbox._waiting:
            waiting.append(await inbox.get())
        return waiting

    assert len(run_apart(read_waiting())) == MAX_WAITING_HEARTBEATS
    inbox.put({"type": "websocket.receive", "text": "2"})  # once read, the next has its place
    assert [m["text"] for m in run_apart(read_waiting())] == ["2"]
