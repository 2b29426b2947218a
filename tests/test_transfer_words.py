"""What /privacy says about moves and codes: times on the person's own clock."""

from datetime import UTC, datetime

from twitch_app.transfer_words import grouped_code, move_line

# SQLite gives stored times back without a zone: they are UTC.
STORED = datetime(2026, 12, 4, 21, 30)


def test_a_move_is_listed_on_the_persons_clock_and_day():
    # New Zealand is 13 hours ahead in December: the next morning there.
    assert move_line(3, STORED, "Pacific/Auckland") == (
        "3 items moved here from another phone on 05 December 2026 at 10:30."
    )
    assert move_line(1, STORED.replace(tzinfo=UTC), "America/Los_Angeles") == (
        "1 item moved here from another phone on 04 December 2026 at 13:30."
    )


def test_until_the_browser_names_its_zone_the_time_is_utc_and_says_so():
    assert move_line(2, STORED, "UTC") == (
        "2 items moved here from another phone on 04 December 2026 at 21:30 UTC."
    )


def test_a_code_is_grouped_in_fours():
    assert grouped_code("ACDE2345FGHJ") == "ACDE-2345-FGHJ"
