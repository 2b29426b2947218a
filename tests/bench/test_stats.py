"""Statistics the benchmark reports: medians, nearest-rank percentiles, the load knee."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from twitch_app.devtools.bench.stats import (
    bootstrap_median_interval,
    knee,
    median,
    median_of_runs,
    paired_ratios,
    percentile,
    ratio,
)

samples = st.lists(st.floats(0, 1e6, allow_nan=False), min_size=1, max_size=200)


def test_median_of_odd_and_even_counts():
    assert median([3, 1, 2]) == 2
    assert median([4, 1, 3, 2]) == 2.5


@given(samples)
def test_percentile_is_always_a_measured_value(values):
    for fraction in (0.5, 0.95, 0.99, 1.0):
        assert percentile(values, fraction) in values


@given(samples)
def test_percentiles_never_decrease_with_the_fraction(values):
    assert percentile(values, 0.5) <= percentile(values, 0.95) <= percentile(values, 0.99)
    assert percentile(values, 1.0) == max(values)


def test_p95_of_a_hundred_values_is_the_ninety_fifth():
    assert percentile(list(range(1, 101)), 0.95) == 95


def test_empty_input_and_bad_fraction_are_refused():
    with pytest.raises(ValueError):
        median([])
    with pytest.raises(ValueError):
        percentile([1.0], 0)


def test_median_of_runs_skips_a_metric_missing_in_one_run():
    runs = [{"fcp_ms": 900, "cls": 0.0}, {"fcp_ms": 1100}, {"fcp_ms": 1000, "cls": 0.1}]
    assert median_of_runs(runs) == {"fcp_ms": 1000, "cls": 0.05}


def test_knee_is_the_first_count_above_three_times_the_single_client_p99():
    assert knee({1: 10, 10: 25, 50: 31, 200: 400}) == 50
    assert knee({1: 10, 10: 12, 50: 29, 200: 30}) is None
    assert knee({}) is None


def test_ratio_to_a_zero_floor_is_undefined():
    assert ratio(2.0, 0) is None
    assert ratio(3.0, 2.0) == 1.5


def test_paired_ratios_leave_out_a_pair_with_a_missing_side():
    assert paired_ratios([100, None, 300, 50], [200, 100, 150, 0]) == [0.5, 2.0]
    with pytest.raises(ValueError):
        paired_ratios([1, 2], [1])


# No deadline: hundreds of resamples on a machine shared by eight builds vary in time.
@settings(deadline=None)
@given(st.lists(st.floats(0.1, 10, allow_nan=False), min_size=1, max_size=40))
def test_the_bootstrap_interval_holds_the_median_and_stays_within_the_values(values):
    low, high = bootstrap_median_interval(values, resamples=300)
    assert min(values) <= low <= median(values) <= high <= max(values)
    assert bootstrap_median_interval(values, resamples=300) == (low, high)  # seeded


def test_a_wider_spread_gives_a_wider_interval():
    tight = [0.95, 0.97, 0.99, 1.0, 1.01, 1.02, 1.04] * 3
    loose = [0.6, 0.75, 0.9, 1.0, 1.1, 1.25, 1.4] * 3
    tight_low, tight_high = bootstrap_median_interval(tight)
    loose_low, loose_high = bootstrap_median_interval(loose)
    assert loose_high - loose_low > tight_high - tight_low
