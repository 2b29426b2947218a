"""Blocking summed over each task's CPU time instead of its wall time (trace_cpu.py)."""

from twitch_app.devtools.bench.trace_cpu import cpu_blocking

MAIN = {"pid": 7, "tid": 7}


def task(ts_ms: float, wall_ms: float, cpu_ms: float, thread=MAIN) -> dict:
    return {"name": "RunTask", "ph": "X", "ts": ts_ms * 1000, "dur": wall_ms * 1000,
            "tdur": cpu_ms * 1000, **thread}  # fmt: skip


def test_only_main_thread_cpu_after_the_first_paint_counts_at_four_times():
    events = [
        {"name": "firstContentfulPaint", "ts": 1_000_000, **MAIN},
        task(900, 80, 40),  # before the paint: Lighthouse does not count it either
        task(1100, 60, 20),  # 4 x 20 = 80 ms: 30 ms blocking
        task(1200, 90, 2),  # long wall time, little CPU: the thread waited for a core
        task(1300, 30, 30, {"pid": 7, "tid": 9}),  # another thread of the renderer
        task(1400, 12, 12.5),  # 4 x 12.5 = 50 ms: exactly not blocking
        {
            "name": "FunctionCall",
            "ph": "X",
            "ts": 1_101_000,
            "dur": 50_000,
            "tdur": 50_000,
            **MAIN,
        },  # fmt: skip
    ]
    result = cpu_blocking(events)
    assert result == {"cpu_tbt_ms": 30.0, "longest_task_cpu_ms": 20.0}


def test_the_last_first_paint_is_the_page_s():
    # Lighthouse's trace can hold an earlier navigation's paint (about:blank first).
    events = [
        {"name": "firstContentfulPaint", "ts": 1_000_000, "pid": 3, "tid": 3},
        {"name": "firstContentfulPaint", "ts": 5_000_000, **MAIN},
        task(1100, 80, 80, {"pid": 3, "tid": 3}),
        task(5100, 30, 25),
    ]
    assert cpu_blocking(events) == {"cpu_tbt_ms": 50.0, "longest_task_cpu_ms": 25.0}


def test_a_trace_without_a_paint_gives_nothing():
    assert cpu_blocking([task(1, 100, 100)]) == {}
