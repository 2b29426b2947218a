"""The person's own days, and the checks on digits and times a browser sends (local_days.py)."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from twitch_app.diary.stats import Logged, per_day
from twitch_app.local_days import (
    TimeError,
    ascii_digits,
    is_zone_name,
    local_day,
    parse_utc,
    today,
    zone_named,
)
from twitch_app.routines.history import SessionRecord, minutes_this_week, streak_days

KIRITIMATI = "Pacific/Kiritimati"  # UTC+14: midnight there is 10:00 the day before in UTC


@pytest.mark.parametrize(("text", "expected"), [("0", True), ("12", True), ("007", True)])
def test_ascii_digits_are_whole_numbers(text, expected):
    assert ascii_digits(text) is expected
    assert int(text) >= 0


@pytest.mark.parametrize("text", ["", "²", "١٢", "-1", " 1", "1.0", "1e3", None, 12, b"12"])
def test_anything_else_is_not(text):
    assert ascii_digits(text) is False


def test_a_zone_the_browser_names_is_used_only_when_the_server_knows_it():
    assert is_zone_name(KIRITIMATI) and zone_named(KIRITIMATI) == ZoneInfo(KIRITIMATI)
    for forged in ["", "Mars/Olympus", "../../etc/passwd", None, 3, ["UTC"]]:
        assert not is_zone_name(forged)
        assert zone_named(forged) == ZoneInfo("UTC")


def test_local_days_take_naive_stored_times_as_utc():
    naive, aware = datetime(2026, 11, 30, 10, 30), datetime(2026, 11, 30, 10, 30, tzinfo=UTC)
    assert local_day(naive, KIRITIMATI) == local_day(aware, KIRITIMATI) == date(2026, 12, 1)
    assert today(KIRITIMATI, now=aware) == date(2026, 12, 1)
    assert today("UTC", now=aware) == date(2026, 11, 30)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2026-11-30T10:30:00", "zone"),
        ("yesterday", "form"),
        (None, "form"),
        ("2026-11-30T10:30:00+00:00" + " " * 40, "form"),
        ("0001-01-01T00:00:00+05:00", "range"),
    ],
)
def test_a_time_must_name_its_zone_and_be_a_moment(value, reason):
    with pytest.raises(TimeError) as refused:
        parse_utc(value)
    assert refused.value.reason == reason


def test_a_time_with_an_offset_is_read_as_utc():
    moment = parse_utc("2026-11-30T23:30:00-10:00")
    assert moment == datetime(2026, 12, 1, 9, 30, tzinfo=UTC) and moment.tzinfo is UTC
    assert parse_utc("2026-12-01T09:30:00Z") == moment


def test_the_diary_and_the_routines_count_a_moment_on_the_same_day_across_midnight():
    # Around midnight in Kiritimati (10:00 UTC): a twitch logged and a session finished at
    # 23:50 and at 00:10 there land on the same two days in the diary chart and the streak.
    midnight = datetime(2026, 12, 1, 0, 0, tzinfo=ZoneInfo(KIRITIMATI))
    moments = [midnight - timedelta(minutes=10), midnight + timedelta(minutes=10)]
    now = midnight + timedelta(hours=12)
    day = today(KIRITIMATI, now=now)
    logged = [Logged(m.astimezone(UTC), "eyelid", 2, "seconds", 5) for m in moments]
    diary_days = {d for d, count in per_day(logged, KIRITIMATI, day, days=7) if count}
    sessions = [SessionRecord(m.astimezone(UTC), 300, True) for m in moments]
    assert diary_days == {date(2026, 11, 30), date(2026, 12, 1)}
    assert streak_days(sessions, day, KIRITIMATI) == len(diary_days) == 2
    # The 23:50 session is Monday 30 November's: in the same ISO week as the 00:10 one.
    assert minutes_this_week(sessions, day, KIRITIMATI) == 10
    # Read in UTC days, both moments fall on 30 November and the two would disagree.
    assert {m.astimezone(UTC).date() for m in moments} == {date(2026, 11, 30)}
    assert streak_days(sessions, day, "UTC") == 1
