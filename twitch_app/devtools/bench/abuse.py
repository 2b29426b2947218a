"""The abuse scenario of `make bench`: a few sockets flood diary saves while a person saves.

Before the rate limits (issue 25), one client saved 4,416 times a minute, and ten flooding
sockets pushed a normal person's page load from 3.5 s to 9.9 s and lost two of their saves.
The metric is the person's save latency (p95) in the same run, and whether every one of their
saves was stored; the flood's accepted saves are reported beside it.
"""

from __future__ import annotations

import asyncio
import contextlib
import time

from twitch_app.devtools.bench.stats import percentile
from twitch_app.devtools.bench.wsclient import Device, event_packet

DIARY_FORM = (
    "reflex___state____state.twitch_app___state___device____device_state"
    ".twitch_app___state___diary____diary_state"
    ".twitch_app___state___diary_form____diary_form_state"
)
SAVE = f"{DIARY_FORM}.save_entry"
FLOODERS = 5
FLOOD_SECONDS = 20.0
PERSON_SAVES = 20
PERSON_GAP_S = 0.5


async def _flood(url: str, until: float) -> int:
    """Send saves as fast as the socket takes them; count the answers that said Saved."""
    device = Device(url, "/diary")
    await device.connect()
    packet = event_packet(SAVE, {"form": {"area": "eyelid", "intensity": "3"}}, "/diary")
    saved = 0

    async def read() -> None:
        nonlocal saved
        while True:
            update = await device._next_update()
            saved += "Saved." in str(update.get("delta", ""))

    reader = asyncio.create_task(read())
    try:
        while time.monotonic() < until:
            await device._send(packet)
            await asyncio.sleep(0)  # let the reader drain what the server sends back
    finally:
        await asyncio.sleep(1.0)
        reader.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await reader
        await device.close()
    return saved


async def _person(url: str) -> tuple[list[float], int]:
    """A person logging twitches during the flood: latency of each save, and how many stuck."""
    device = Device(url, "/diary")
    await device.connect()
    latencies, saved = [], 0
    try:
        for n in range(PERSON_SAVES):
            started = time.monotonic()
            form = {"area": "calf", "intensity": "2", "notes": f"person {n}"}
            update = await asyncio.wait_for(device.call(SAVE, {"form": form}), 30)
            latencies.append((time.monotonic() - started) * 1000)
            saved += "Saved." in str(update.get("delta", ""))
            await asyncio.sleep(PERSON_GAP_S)
    finally:
        await device.close()
    return latencies, saved


async def _scenario(url: str) -> dict:
    until = time.monotonic() + FLOOD_SECONDS
    floods = [asyncio.create_task(_flood(url, until)) for _ in range(FLOODERS)]
    await asyncio.sleep(2.0)  # the flood is running before the person starts
    latencies, saved = await _person(url)
    flooded = await asyncio.gather(*floods, return_exceptions=True)
    return summary(latencies, saved, [n for n in flooded if isinstance(n, int)])


def summary(latencies: list[float], saved: int, flooded: list[int]) -> dict:
    return {
        "person_save_p50_ms": round(percentile(latencies, 0.50), 1),
        "person_save_p95_ms": round(percentile(latencies, 0.95), 1),
        "person_saves_lost": PERSON_SAVES - saved,
        "flood_sockets": FLOODERS,
        "flood_seconds": FLOOD_SECONDS,
        "flood_saves_accepted": sum(flooded),
    }


def measure(url: str) -> dict:
    return asyncio.run(_scenario(url))


if __name__ == "__main__":
    import sys

    print(measure(sys.argv[1]))
