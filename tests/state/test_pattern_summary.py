"""A saved pattern's line in the list: its seconds and its length, counted in words."""

from types import SimpleNamespace

import pytest

from twitch_app.state.relax import _pattern_summary


def row(cycles: int | None, minutes: int | None) -> SimpleNamespace:
    return SimpleNamespace(inhale_half_seconds=8, hold_in_half_seconds=0, exhale_half_seconds=13,
                           hold_out_half_seconds=2, cycles=cycles, minutes=minutes)  # fmt: skip


@pytest.mark.parametrize(
    ("cycles", "minutes", "said"),
    [(1, None, "4-0-6.5-1 s · 1 breath"), (12, None, "4-0-6.5-1 s · 12 breaths"),
     (None, 3, "4-0-6.5-1 s · 3 min")],
)  # fmt: skip
def test_the_length_agrees_with_its_count(cycles, minutes, said):
    assert _pattern_summary(row(cycles, minutes)) == said
