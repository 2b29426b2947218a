"""The abuse scenario of `make bench`: a few sockets flood diary saves while a person saves.

Before the rate limits (issue 25), one client saved 4,416 times a minute, and ten flooding
sockets pushed a normal person's page load from 3.5 s to 9.9 s and lost two of their saves.
The metric is the person's save latency (p95) in the same run, and whether every one of their
saves was stored; the flood's accepted saves are reported beside it.

`python -m twitch_app.devtools.bench.abuse` also starts a server of its own with the
production budgets (the bench's server lifts the new-device budget for its 200 devices) and
adds the other attacks of issue 25 from one client: transfer-code guesses and new devices,
each for a minute, with attempts, what got through, and what was accepted per minute.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import re
import time

from twitch_app.db.device_data import TRANSFER_ALPHABET, TRANSFER_LENGTH
from twitch_app.devtools.bench.stats import percentile
from twitch_app.devtools.bench.wsclient import Device, event_packet
from twitch_app.errors import ERROR_EVENT

DIARY_FORM = (
    "reflex___state____state.twitch_app___state___device____device_state"
    ".twitch_app___state___diary____diary_state"
    ".twitch_app___state___diary_form____diary_form_state"
)
SAVE = f"{DIARY_FORM}.save_entry"
PRIVACY = (
    "reflex___state____state.twitch_app___state___device____device_state"
    ".twitch_app___state___privacy____privacy_state"
)
REDEEM = f"{PRIVACY}.redeem"
ATTACK_SECONDS = 60.0
FLOODERS = 5
FLOOD_SECONDS = 20.0
PERSON_SAVES = 20
PERSON_GAP_S = 0.5
SAVED_COUNT = re.compile(r"Saved\. (\d+) entr")


def diary_count(update: dict) -> int:
    """The entry count a save's answer states ("Saved. 12 entries in your diary."), or 0.

    The count, not the word: an answer to a refused save can carry the last "Saved." again.
    """
    counts = SAVED_COUNT.findall(str(update.get("delta", "")))
    return max(map(int, counts), default=0)


async def _flood(url: str, until: float) -> tuple[int, int]:
    """Send saves as fast as the socket takes them: how many were sent, and how many were
    stored (the flooding device's diary starts empty)."""
    device = Device(url, "/diary")
    await device.connect()
    packet = event_packet(SAVE, {"form": {"area": "eyelid", "intensity": "3"}}, "/diary")
    saved = sent = 0

    async def read() -> None:
        nonlocal saved
        while True:
            saved = max(saved, diary_count(await device._next_update()))

    reader = asyncio.create_task(read())
    try:
        while time.monotonic() < until:
            await device._send(packet)
            sent += 1
            await asyncio.sleep(0)  # let the reader drain what the server sends back
    finally:
        await asyncio.sleep(1.0)
        reader.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await reader
        await device.close()
    return sent, saved


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
            saved = max(saved, diary_count(update))
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
    return summary(latencies, saved, [n for n in flooded if isinstance(n, tuple)])


def summary(latencies: list[float], saved: int, flooded: list[tuple[int, int]]) -> dict:
    return {
        "person_save_p50_ms": round(percentile(latencies, 0.50), 1),
        "person_save_p95_ms": round(percentile(latencies, 0.95), 1),
        "person_saves_lost": PERSON_SAVES - saved,
        "flood_sockets": FLOODERS,
        "flood_seconds": FLOOD_SECONDS,
        "flood_saves_sent": sum(sent for sent, _ in flooded),
        "flood_saves_accepted": sum(saved for _, saved in flooded),
    }


def measure(url: str) -> dict:
    return asyncio.run(_scenario(url))


async def _answer(device: Device, name: str, payload: dict, timeout: float) -> str:
    """The first answer to one event: its delta, or the notice of a refused or failed one."""
    await device._send(event_packet(name, payload, device.pathname))

    async def first() -> str:
        while True:
            update = await device._next_update()
            text = json.dumps(update)
            if update.get("delta") or ERROR_EVENT in text:
                return text

    try:
        return await asyncio.wait_for(first(), timeout)
    except TimeoutError:  # a dropped frame is never answered: still an attempt
        return ""


async def _transfer_guesses(url: str, seconds: float) -> dict:
    """One client guesses transfer codes for `seconds`, one after another."""
    device = Device(url, "/privacy")
    await device.connect()
    answers, until = [], time.monotonic() + seconds
    try:
        while time.monotonic() < until:
            code = "".join(random.choices(TRANSFER_ALPHABET, k=TRANSFER_LENGTH))
            answers.append(await _answer(device, REDEEM, {"form": {"code": code}}, 2.0))
    finally:
        await device.close()
    checked = sum("not valid" in answer for answer in answers)
    return {
        "attempts": len(answers),
        "checked_against_the_codes": checked,
        "moved_data": sum("moved to this device" in answer for answer in answers),
        "checked_per_minute": round(checked * 60 / seconds),
    }


async def _new_devices(url: str, seconds: float) -> dict:
    """One client makes a new device (a first save from an empty browser) again and again."""
    attempts = made = 0
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        device = Device(url, "/diary")
        await device.connect()
        try:
            form = {"area": "calf", "intensity": "2"}
            made += "Saved." in await _answer(device, SAVE, {"form": form}, 5.0)
        finally:
            await device.close()
        attempts += 1
    return {"attempts": attempts, "made": made, "made_per_minute": round(made * 60 / seconds)}


def attacks(url: str, seconds: float = ATTACK_SECONDS) -> dict:
    """The saves flood (measure), then transfer-code guesses, then new devices: last, as it
    spends the address's new-device budget the others need."""
    # The flood is shorter than the budgets' 60-s windows: what it got stored is also all that
    # a minute of it gets (no per-minute extrapolation).
    results = {"save_flood": measure(url)}
    results["transfer_guesses"] = asyncio.run(_transfer_guesses(url, seconds))
    results["new_devices"] = asyncio.run(_new_devices(url, seconds))
    return results


if __name__ == "__main__":
    import os
    import sys
    import tempfile
    from pathlib import Path

    from twitch_app.devtools.server import ROOT, production_server

    if len(sys.argv) > 1:
        print(json.dumps(attacks(sys.argv[1]), indent=2))
    else:
        with (
            tempfile.TemporaryDirectory() as data,
            production_server(
                Path(data),
                ROOT / os.environ.get("TWITCH_BENCH_WEB_DIR", ".web-bench"),
                {"NEW_DEVICES_PER_MINUTE": "20"},
            ) as server,
        ):
            print(json.dumps(attacks(server.url), indent=2))
