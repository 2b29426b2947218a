"""Backend load: simulated devices on loopback, each hydrating and then sending events.

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

from twitch_app.devtools.bench.stats import percentile
from twitch_app.devtools.bench.wsclient import Device

DEVICE_COUNTS = (1, 10, 50, 200)
EVENTS_PER_DEVICE = 10
# The single device sends more, so its p99 (the knee's baseline) is not just its maximum.
MIN_EVENTS_PER_LEVEL = 30
# A person answering the wizard taps every 2-5 s; 0.5-2 s between taps is a busy upper bound.
THINK_TIME_S = (0.5, 2.0)
CALL_TIMEOUT_S = 10.0
LEVEL_DEADLINE_S = 120.0
CONNECTS_AT_ONCE = 25  # a crowd arriving, not one SYN flood
# Every call must change state, or Reflex sends no update to wait for (see wsclient).
RELAX_STATE = (
    "reflex___state____state.twitch_app___state___device____device_state."
    "twitch_app___state___relax____relax_state"
)
DEFAULT_EVENT = (f"{RELAX_STATE}.load", {}, "/relax/")


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


async def _drive(
    device: Device, event: tuple, count: int, latencies: list[float], rng: random.Random
) -> int:
    name, payload, _ = event
    errors = 0
    for _ in range(count):
        await asyncio.sleep(rng.uniform(*THINK_TIME_S))
        started = time.perf_counter()
        try:
            await asyncio.wait_for(device.call(name, payload), CALL_TIMEOUT_S)
        except (TimeoutError, OSError, EOFError, RuntimeError, ValueError):
            errors += 1
            break  # the socket is in an unknown state: this device is done
        latencies.append((time.perf_counter() - started) * 1000)
    return errors


async def run_level(base_url: str, devices: int, event: tuple = DEFAULT_EVENT) -> Level:
    port = int(base_url.rsplit(":", 1)[1])
    pids = server_pids(port)
    before = rss_bytes(pids) if pids else None
    gate = asyncio.Semaphore(CONNECTS_AT_ONCE)
    crowd = [Device(base_url, event[2]) for _ in range(devices)]
    connected = await asyncio.gather(*(_connect(device, gate) for device in crowd))
    # Workers may have been started since (Redis mode): count the family again.
    pids = server_pids(port)
    delta = rss_bytes(pids) - before if before is not None else None
    latencies: list[float] = []
    rng = random.Random(devices)  # the same think times in every run: comparable levels
    live = [device for device, ok in zip(crowd, connected, strict=True) if ok]
    count = max(EVENTS_PER_DEVICE, MIN_EVENTS_PER_LEVEL // devices)
    try:
        errors_each = await asyncio.wait_for(
            asyncio.gather(*(_drive(device, event, count, latencies, rng) for device in live)),
            LEVEL_DEADLINE_S,
        )
        errors = sum(errors_each)
    except TimeoutError:
        errors = len(live) * count - len(latencies)
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
