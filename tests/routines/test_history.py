from datetime import date, datetime

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
    assert minutes_this_week(sessions, THURSDAY) == 18
    assert minutes_this_week([], THURSDAY) == 0


def test_a_short_session_counts_the_same_in_history_and_in_the_week():
    # A 57 s session read "1 min" in the history but "0 min this week".
    assert session_minutes(57) == 1
    assert minutes_this_week([at(26, 57)], THURSDAY) == 1
    sessions = [at(24, 57), at(25, 100), at(26, 29)]
    assert minutes_this_week(sessions, THURSDAY) == sum(session_minutes(s) for s in (57, 100, 29))
    assert session_minutes(0) == 0


def test_streak_counts_completed_days_in_a_row_ending_today_or_yesterday():
    assert streak_days([at(24), at(25), at(26)], THURSDAY) == 3
    assert streak_days([at(24), at(25)], THURSDAY) == 2  # tonight's session not done yet
    assert streak_days([at(23), at(24)], THURSDAY) == 0  # missed yesterday
    assert streak_days([at(25), at(26, completed=False)], THURSDAY) == 1
    assert streak_days([at(26), at(26), at(24)], THURSDAY) == 1
