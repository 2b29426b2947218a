"""The person's own days, and the two checks on what a browser sends about numbers and times
(pure Python, no Reflex).

One rule everywhere: times are stored in UTC, and a day (the diary's days, the routines' week
and streak) is the person's own, in the time zone their device names (an IANA name, checked
against the zone database; anything else is UTC). The diary and the relax page learn it the
same way (state/diary.py, TIMEZONE_SCRIPT).

The checks were written twice before they were written here:
- `ascii_digits`: `str.isdigit()` also accepts "²" and "١٢", which `int()` then refuses;
- `parse_utc`: an ISO date-time must carry its zone, and converting it can overflow
  (year 1 with a positive offset).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from functools import cache
from typing import Literal, TypeGuard
from zoneinfo import ZoneInfo, available_timezones

MAX_TIME_TEXT = 40  # the longest ISO date-time a browser sends, with room to spare


@cache
def _zone_names() -> frozenset[str]:
    return frozenset(available_timezones())


def is_zone_name(name: object) -> TypeGuard[str]:
    """Whether a browser's answer names a time zone this server knows."""
    return isinstance(name, str) and name in _zone_names()


def zone_named(name: object) -> ZoneInfo:
    """The zone a browser named, or UTC for anything that is not a known zone name."""
    return ZoneInfo(name) if is_zone_name(name) else ZoneInfo("UTC")


def _zone(zone: tzinfo | str) -> tzinfo:
    return ZoneInfo(zone) if isinstance(zone, str) else zone


def as_utc(moment: datetime) -> datetime:
    """An aware moment in UTC; a naive one is taken as UTC (SQLite returns them naive)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def local_time(moment: datetime, zone: tzinfo | str) -> datetime:
    """A stored moment on the person's clock."""
    return as_utc(moment).astimezone(_zone(zone))


def local_day(moment: datetime, zone: tzinfo | str) -> date:
    """The person's day a stored moment falls on."""
    return local_time(moment, zone).date()


def today(zone: tzinfo | str, now: datetime | None = None) -> date:
    """The person's today (`now` for tests; the clock otherwise)."""
    return local_day(now or datetime.now(UTC), zone)


def ascii_digits(text: object) -> TypeGuard[str]:
    """Text of ASCII digits only, at least one: what `int()` reads as a whole number >= 0."""
    return isinstance(text, str) and text.isascii() and text.isdigit()


class TimeError(ValueError):
    """Why a date-time from a browser was refused: not ISO, no zone, or out of range."""

    def __init__(self, reason: Literal["form", "zone", "range"]) -> None:
        super().__init__(reason)
        self.reason = reason


def parse_utc(value: object) -> datetime:
    """An ISO date-time that names its zone ("Z" or an offset), as an aware UTC moment.

    Raises TimeError("form") for anything else, TimeError("zone") when the zone is missing,
    TimeError("range") when it cannot be a UTC moment at all. Callers check their own range.
    """
    if not isinstance(value, str) or len(value) > MAX_TIME_TEXT:
        raise TimeError("form")
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError as error:
        raise TimeError("form") from error
    if moment.tzinfo is None:
        raise TimeError("zone")
    try:
        return moment.astimezone(UTC)
    except OverflowError as error:  # e.g. year 1 with a positive offset
        raise TimeError("range") from error
