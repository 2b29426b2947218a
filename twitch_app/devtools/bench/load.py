"""Backend load: simulated devices on loopback, each doing a whole symptom check and
logging diary entries (see person.py), with a person's pauses between taps.

Bounded on every axis (devices, events per device, a per-call timeout and a deadline per
level) so it always stops by itself, and it only ever talks to 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import os
import random
import time
from dataclasses import dataclass
from pathlib import Path

from twitch_app import wizard
from twitch_app.devtools.bench import person
from twitch_app.devtools.bench.stats import percentile
from twitch_app.devtools.bench.wsclient import Device

DEVICE_COUNTS = (1, 10, 50, 200)
# The single device makes more visits, so its p99 (the knee's baseline) is not just its maximum.
VISITS_ALONE = 2
# A person answering the wizard taps every 2-5 s; 0.5-2 s between taps is a busy upper bound.
THINK_TIME_S = (0.5, 2.0)
CALL_TIMEOUT_S = 10.0
# A visit is about 35 events (the check's questions, most of them two taps, and the saves):
# up to 70 s of thinking, so two visits take 140 s at most before any queueing.
LEVEL_DEADLINE_S = 240.0
CONNECTS_AT_ONCE = 25  # a crowd arriving, not one SYN flood


@dataclass
class Level:
    devices: int
    latencies_ms: list[float]
    errors: int
    rss_delta_bytes: int | None

    def summary(self) -> dict[str, float | int | None]:
        done = self.latencies_ms
        return {
            "devices": self.devices,
            "events": len(done),
            "errors": self.errors,
            "p50_ms": round(percentile(done, 0.5), 1) if done else None,
            "p99_ms": round(percentile(done, 0.99), 1) if done else None,
            "rss_per_device_kib": (
                round(self.rss_delta_bytes / self.devices / 1024, 1)
                if self.rss_delta_bytes is not None
                else None
            ),
        }


def server_pids(port: int) -> list[int]:
    """The `reflex run` process serving `port` and all its descendants (workers)."""
    parents: dict[int, int] = {}
    roots = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().split(b"\0")
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        pid = int(entry.name)
        parents[pid] = int(stat.rsplit(")", 1)[1].split()[1])
        if b"reflex" in b" ".join(cmdline) and str(port).encode() in cmdline:
            roots.append(pid)
    family = set(roots)
    grew = True
    while grew:
        children = {pid for pid, parent in parents.items() if parent in family} - family
        family |= children
        grew = bool(children)
    return sorted(family)


def rss_bytes(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) * 1024
    return total


async def _connect(device: Device, gate: asyncio.Semaphore) -> bool:
    async with gate:
        try:
            await asyncio.wait_for(device.connect(), CALL_TIMEOUT_S)
            return True
        except (TimeoutError, OSError, EOFError, RuntimeError, ValueError):
            return False


async def _drive(device: Device, visits: int, latencies: list[float], rng: random.Random) -> int:
    """The device's visits, one after the other; 1 if any went wrong (then it stops), else 0."""

    async def think() -> None:
        await asyncio.sleep(rng.uniform(*THINK_TIME_S))

    async def call(name: str, payload: dict, pathname: str) -> dict:
        return await asyncio.wait_for(device.call(name, payload, pathname), CALL_TIMEOUT_S)

    for _ in range(visits):
        try:
            final_step = await person.visit(call, rng, think, latencies)
        except (TimeoutError, OSError, EOFError, RuntimeError, ValueError):
            return 1  # the socket is in an unknown state: this device is done
        if final_step != wizard.RESULT_STEP:
            return 1  # the check never reached its result: the server answered wrongly
    return 0


async def run_level(base_url: str, devices: int) -> Level:
    port = int(base_url.rsplit(":", 1)[1])
    pids = server_pids(port)
    before = rss_bytes(pids) if pids else None
    gate = asyncio.Semaphore(CONNECTS_AT_ONCE)
    crowd = [Device(base_url, person.CHECK_PATH) for _ in range(devices)]
    connected = await asyncio.gather(*(_connect(device, gate) for device in crowd))
    # Workers may have been started since (Redis mode): count the family again.
    pids = server_pids(port)
    delta = rss_bytes(pids) - before if before is not None else None
    latencies: list[float] = []
    rng = random.Random(devices)  # the same think times in every run: comparable levels
    live = [device for device, ok in zip(crowd, connected, strict=True) if ok]
    visits = VISITS_ALONE if devices == 1 else 1
    drives = [asyncio.ensure_future(_drive(device, visits, latencies, rng)) for device in live]
    try:
        pending = (await asyncio.wait(drives, timeout=LEVEL_DEADLINE_S))[1] if drives else set()
        for drive in pending:
            drive.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        # A device still busy at the deadline, or one that broke, counts as an error.
        errors = sum(1 if drive.cancelled() or drive.exception() else drive.result()
                     for drive in drives)  # fmt: skip
    finally:
        await asyncio.gather(*(device.close() for device in crowd), return_exceptions=True)
    return Level(devices, latencies, errors + connected.count(False), delta)


def run_all(base_url: str, counts: tuple[int, ...] = DEVICE_COUNTS) -> dict[str, dict]:
    results = {}
    for count in counts:
        print(f"  load: {count} devices", flush=True)
        level = asyncio.run(run_level(base_url, count))
        results[str(count)] = level.summary()
        time.sleep(1)  # let closed sockets drain before the next level
    return results


def worker_count() -> int:
    """Reflex's own rule with Redis: min(2 x CPUs + 1, 8) workers."""
    return min(2 * (os.cpu_count() or 1) + 1, 8)
