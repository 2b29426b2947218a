"""Routine history numbers for /relax: minutes this week and the day streak (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta


@dataclass(frozen=True)
class SessionRecord:
    finished_at: datetime  # UTC
    elapsed_seconds: int
    completed: bool


def session_minutes(elapsed_seconds: int) -> int:
    """A session's minutes as its history line shows them: the nearest minute, at least 1."""
    if elapsed_seconds <= 0:
        return 0
    return max(1, (elapsed_seconds + 30) // 60)


def minutes_this_week(sessions: list[SessionRecord], today: date) -> int:
    """Minutes practised since Monday (ISO week) of `today`'s week.

    Each session counts as its history line reads (`session_minutes`), so a 57 s session is
    "1 min" in both places, and the week is the sum of the lines a person sees.
    """
    monday = today - timedelta(days=today.weekday())
    return sum(
        session_minutes(s.elapsed_seconds)
        for s in sessions
        if monday <= s.finished_at.date() <= today
    )


def streak_days(sessions: list[SessionRecord], today: date) -> int:
    """Days in a row, ending today or yesterday, with at least one completed session.

    Yesterday still counts so that the streak does not read 0 all morning before tonight's session.
    """
    days = {s.finished_at.date() for s in sessions if s.completed}
    day = today if today in days else today - timedelta(days=1)
    streak = 0
    while day in days:
        streak += 1
        day -= timedelta(days=1)
    return streak
