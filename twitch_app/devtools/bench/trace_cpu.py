"""How much of a Lighthouse run's blocking is the page's own work (NOTES 30).

Lighthouse's mobile preset multiplies each main-thread task's wall time by 4 and counts
what exceeds 50 ms after the first paint as blocking. On a busy 2-core host a task's wall
time includes the time its thread waited for a core, which is the host's and not the
page's. Chromium's trace keeps each task's thread CPU time (`tdur`) beside its wall time
(`dur`), so the same sum over CPU time shows what the page itself would block.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

# Lighthouse's mobile preset: CPU 4x slower than the host; a task blocks past 50 ms.
CPU_SLOWDOWN = 4
BLOCKING_AFTER_MS = 50


def cpu_blocking(trace_events: Iterable[Mapping[str, Any]]) -> dict[str, float]:
    """`cpu_tbt_ms` (blocking over thread time) and `longest_task_cpu_ms`, after the FCP.

    Counted to the end of the trace, where Lighthouse stops at Time to Interactive, so it
    can only count more than Lighthouse would. Empty if the trace has no first contentful
    paint (then Lighthouse counts nothing either).
    """
    events = list(trace_events)
    paints = [event for event in events if event.get("name") == "firstContentfulPaint"]
    if not paints:
        return {}
    paint = max(paints, key=lambda event: event["ts"])
    cpu_ms = [
        event.get("tdur", 0) / 1000
        for event in events
        if event.get("name") == "RunTask"
        and event.get("ph") == "X"
        and event.get("pid") == paint["pid"]
        and event.get("tid") == paint["tid"]
        and event.get("ts", 0) >= paint["ts"]
    ]
    return {
        "cpu_tbt_ms": sum(max(0.0, CPU_SLOWDOWN * ms - BLOCKING_AFTER_MS) for ms in cpu_ms),
        "longest_task_cpu_ms": max(cpu_ms, default=0.0),
    }
