"""Small statistics for the benchmark (pure Python, no Reflex): medians, percentiles, knees."""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence


def median(values: Sequence[float]) -> float:
    """The middle value; the mean of the two middle values for an even count."""
    if not values:
        raise ValueError("median of no values")
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return (ordered[middle - 1] + ordered[middle]) / 2


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (fraction 0.5 is p50, 0.99 is p99).

    Nearest rank never invents a value that was not measured, which matters for p99 over
    a few hundred samples: the answer is one real, observed latency.
    """
    if not values:
        raise ValueError("percentile of no values")
    if not 0 < fraction <= 1:
        raise ValueError(f"fraction must be in (0, 1], not {fraction}")
    ordered = sorted(values)
    rank = math.ceil(fraction * len(ordered))
    return float(ordered[max(rank, 1) - 1])


def median_of_runs(runs: Sequence[Mapping[str, float]]) -> dict[str, float]:
    """Per-metric median over several runs, each a {metric: value} mapping.

    A metric missing from some runs (an audit that errored once) takes the median of
    the runs that have it; a metric no run has is left out.
    """
    names = {name for run in runs for name in run}
    result = {}
    for name in sorted(names):
        values = [run[name] for run in runs if run.get(name) is not None]
        if values:
            result[name] = median(values)
    return result


def knee(p99_by_clients: Mapping[int, float], factor: float = 3.0) -> int | None:
    """The smallest client count whose p99 exceeds `factor` times the single-client p99.

    The baseline is the smallest client count measured (normally 1). None when the
    latency never rises that far in the counts measured.
    """
    if not p99_by_clients:
        return None
    counts = sorted(p99_by_clients)
    baseline = p99_by_clients[counts[0]]
    for count in counts[1:]:
        if p99_by_clients[count] > factor * baseline:
            return count
    return None


def ratio(value: float, floor: float) -> float | None:
    """value / floor, or None when the floor is zero (a ratio to nothing means nothing)."""
    if floor == 0:
        return None
    return value / floor


def paired_ratios(ours: Sequence[float | None], floor: Sequence[float | None]) -> list[float]:
    """ours[i] / floor[i] for each pair measured in the same moment; a pair with a missing or
    zero side is left out (a failed visit says nothing about the other app)."""
    if len(ours) != len(floor):
        raise ValueError("pairs need the same number of values on each side")
    return [a / b for a, b in zip(ours, floor, strict=True) if a is not None and b]


def bootstrap_median_interval(
    values: Sequence[float], confidence: float = 0.95, resamples: int = 2000, seed: int = 0
) -> tuple[float, float]:
    """A percentile-bootstrap interval for the median of `values`.

    Resampling the pairs with replacement shows how far the median could move with another
    draw of the same machine's noise. Seeded, so one set of values always gives one interval.
    """
    if not values:
        raise ValueError("interval of no values")
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be in (0, 1), not {confidence}")
    rng = random.Random(seed)
    medians = sorted(median(rng.choices(values, k=len(values))) for _ in range(resamples))
    tail = (1 - confidence) / 2
    low = medians[max(math.ceil(tail * resamples) - 1, 0)]
    high = medians[min(math.ceil((1 - tail) * resamples) - 1, resamples - 1)]
    return low, high
