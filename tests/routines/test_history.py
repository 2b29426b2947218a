from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from twitch_app.routines.history import (
    SessionRecord,
    minutes_this_week,
    session_minutes,
    streak_days,
)

THURSDAY = date(2026, 11, 26)


def at(day: int, seconds: int = 300, completed: bool = True) -> SessionRecord:
    return SessionRecord(datetime(2026, 11, day, 21, 30), seconds, completed)


def test_minutes_this_week_counts_from_monday_including_stopped_sessions():
    sessions = [at(22, 600), at(23, 300), at(24, 90, completed=False), at(26, 630)]
    # Sunday the 22nd belongs to last week; 300, 90 and 630 seconds read 5, 2 and 11 min.
    assert minutes_this_week(sessions, THURSDAY, "UTC") == 18
    assert minutes_this_week([], THURSDAY, "UTC") == 0


def test_a_short_session_counts_the_same_in_history_and_in_the_week():
    # A 57 s session read "1 min" in the history but "0 min this week".
    assert session_minutes(57) == 1
    assert minutes_this_week([at(26, 57)], THURSDAY, "UTC") == 1
    sessions = [at(24, 57), at(25, 100), at(26, 29)]
    assert minutes_this_week(sessions, THURSDAY, "UTC") == sum(
        session_minutes(s) for s in (57, 100, 29)
    )
    assert session_minutes(0) == 0


def test_streak_counts_completed_days_in_a_row_ending_today_or_yesterday():
    assert streak_days([at(24), at(25), at(26)], THURSDAY, "UTC") == 3
    assert streak_days([at(24), at(25)], THURSDAY, "UTC") == 2  # tonight's session not done yet
    assert streak_days([at(23), at(24)], THURSDAY, "UTC") == 0  # missed yesterday
    assert streak_days([at(25), at(26, completed=False)], THURSDAY, "UTC") == 1
    assert streak_days([at(26), at(26), at(24)], THURSDAY, "UTC") == 1


# --- The person's own days (issue 24): the same rule as the diary's --------------------------

HONOLULU = ZoneInfo("Pacific/Honolulu")  # UTC-10: 23:30 there is 09:30 the next day in UTC
MONDAY = date(2026, 11, 30)


def late_on_sunday(completed: bool = True) -> SessionRecord:
    """A 10-minute session finished at 23:30 on Sunday 29 November, Honolulu time."""
    finished = datetime(2026, 11, 29, 23, 30, tzinfo=HONOLULU).astimezone(UTC)
    assert finished.date() == MONDAY  # in UTC it is already Monday
    return SessionRecord(finished, 600, completed)


def test_a_session_late_on_sunday_night_belongs_to_that_sunday_s_week():
    assert minutes_this_week([late_on_sunday()], MONDAY, HONOLULU) == 0
    assert minutes_this_week([late_on_sunday()], date(2026, 11, 29), HONOLULU) == 10
    # Read in UTC days it would have counted on Monday, a day the person has not practised.
    assert minutes_this_week([late_on_sunday()], MONDAY, "UTC") == 10


def test_a_session_late_at_night_keeps_that_day_in_the_streak():
    saturday = SessionRecord(datetime(2026, 11, 28, 10, 0, tzinfo=HONOLULU), 600, True)
    sessions = [saturday, late_on_sunday()]
    # Monday morning in Honolulu: Saturday and Sunday are two days in a row, still counting.
    assert streak_days(sessions, MONDAY, HONOLULU) == 2
    assert streak_days(sessions, MONDAY, "Pacific/Honolulu") == 2
    # In UTC days Sunday is missing (the session sits on Monday): a streak of one.
    assert streak_days(sessions, MONDAY, "UTC") == 1


def test_stored_times_without_a_zone_are_utc():
    naive = SessionRecord(datetime(2026, 11, 30, 9, 30), 600, True)  # as SQLite returns it
    assert streak_days([naive], MONDAY, HONOLULU) == 1  # Sunday night there: yesterday
    assert minutes_this_week([naive], MONDAY, HONOLULU) == 0
