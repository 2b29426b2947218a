"""What a closed socket's backlog still costs: `python -m twitch_app.devtools.bench.closed_backlog
[SOCKETS] [SAVES]` (default 10 sockets of 55 saves).

Each socket opens its own device, sends its saves as fast as it can (within the rate limits, so
every processed save is stored and counted), then closes. The script counts the flood's rows in
the server's SQLite file until they stop changing for 5 s: how many were stored after the
last socket closed, and how long after it the last one was. twitch_app/socket_limits.py has the
figures and why they are not zero.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from twitch_app.devtools.bench.abuse import SAVE
from twitch_app.devtools.bench.wsclient import Device, event_packet
from twitch_app.devtools.server import ROOT, production_server

QUIET_S = 5.0


def flood_rows(database: Path) -> int:
    with sqlite3.connect(database) as connection:
        query = "SELECT count(*) FROM diaryentry WHERE notes LIKE 'flood %'"
        return connection.execute(query).fetchone()[0]


async def _flood_and_close(url: str, number: int, saves: int) -> None:
    device = Device(url, "/diary")
    await device.connect()
    for n in range(saves):
        form = {"area": "eyelid", "intensity": "3", "notes": f"flood {number} {n}"}
        await device._send(event_packet(SAVE, {"form": form}, "/diary"))
    await device.close()


async def measure(url: str, database: Path, sockets: int, saves: int) -> dict:
    before = flood_rows(database)
    started = time.monotonic()
    await asyncio.gather(*(_flood_and_close(url, n, saves) for n in range(sockets)))
    closed = time.monotonic()
    at_close = last = flood_rows(database)
    changed = closed
    while time.monotonic() - changed < QUIET_S:
        await asyncio.sleep(0.1)
        if (now := flood_rows(database)) != last:
            last, changed = now, time.monotonic()
    return {
        "sockets": sockets,
        "saves_sent": sockets * saves,
        "sent_and_closed_in_s": round(closed - started, 2),
        "stored_before_the_close": at_close - before,
        "stored_after_the_close": last - at_close,
        "last_write_after_the_close_s": round(changed - closed, 2),
    }


if __name__ == "__main__":
    sockets, saves = (int(arg) for arg in (sys.argv[1:] + ["10", "55"])[:2])
    with (
        tempfile.TemporaryDirectory() as data,
        production_server(
            Path(data), ROOT / os.environ.get("TWITCH_BENCH_WEB_DIR", ".web-bench")
        ) as server,
    ):
        for _ in range(2):  # the first run also warms the server up
            print(asyncio.run(measure(server.url, server.database, sockets, saves)))
