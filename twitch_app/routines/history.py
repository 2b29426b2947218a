"""Routine history numbers for /relax: minutes this week and the day streak (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta


@dataclass(frozen=True)
class SessionRecord:
    finished_at: datetime  # UTC
    elapsed_seconds: int
    completed: bool


def minutes_this_week(sessions: list[SessionRecord], today: date) -> int:
    """Whole minutes practised since Monday (ISO week) of `today`'s week."""
    monday = today - timedelta(days=today.weekday())
    seconds = sum(s.elapsed_seconds for s in sessions if monday <= s.finished_at.date() <= today)
    return seconds // 60


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
