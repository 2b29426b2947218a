"""Counts in words agree with their number (issue 23: "1 days in a row", "1 days ago")."""

import pytest

from twitch_app.words import days_ago, plural


@pytest.mark.parametrize(
    ("count", "word", "said"),
    [(0, "day", "0 days"), (1, "day", "1 day"), (2, "day", "2 days"),
     (1, "twitch", "1 twitch"), (3, "twitch", "3 twitches"), (1, "entry", "1 entry"),
     (2, "entry", "2 entries")],
)  # fmt: skip
def test_a_word_is_plural_unless_the_count_is_one(count, word, said):
    assert plural(count, word) == said


@pytest.mark.parametrize(("days", "said"), [(0, "today"), (1, "yesterday"), (2, "2 days ago")])
def test_days_back_read_as_a_person_says_them(days, said):
    assert days_ago(days) == said
