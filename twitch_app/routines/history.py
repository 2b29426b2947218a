"""Routine history numbers for /relax: minutes this week and the day streak (pure).

Days and weeks are the person's own, in their device's time zone, like the diary's
(twitch_app/local_days.py): a session at 23:30 on Sunday belongs to that Sunday's week.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from twitch_app.local_days import local_day


@dataclass(frozen=True)
class SessionRecord:
    finished_at: datetime  # UTC (naive is taken as UTC)
    elapsed_seconds: int
    completed: bool


def session_minutes(elapsed_seconds: int) -> int:
    """A session's minutes as its history line shows them: the nearest minute, at least 1."""
    if elapsed_seconds <= 0:
        return 0
    return max(1, (elapsed_seconds + 30) // 60)


def minutes_this_week(sessions: list[SessionRecord], today: date, zone: tzinfo | str) -> int:
    """Minutes practised since Monday (ISO week) of `today`'s week, days in `zone`.

    Each session counts as its history line reads (`session_minutes`), so a 57 s session is
    "1 min" in both places, and the week is the sum of the lines a person sees.
    """
    monday = today - timedelta(days=today.weekday())
    return sum(
        session_minutes(s.elapsed_seconds)
        for s in sessions
        if monday <= local_day(s.finished_at, zone) <= today
    )


def streak_days(sessions: list[SessionRecord], today: date, zone: tzinfo | str) -> int:
    """Days in a row (days in `zone`), ending today or yesterday, with a completed session.

    Yesterday still counts so that the streak does not read 0 all morning before tonight's session.
    """
    days = {local_day(s.finished_at, zone) for s in sessions if s.completed}
    day = today if today in days else today - timedelta(days=1)
    streak = 0
    while day in days:
        streak += 1
        day -= timedelta(days=1)
    return streak
