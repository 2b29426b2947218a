"""What /privacy says about transfer codes and moves (pure: no Reflex import)."""

from __future__ import annotations

from datetime import datetime

from twitch_app.limits import CannotCount, TooMany
from twitch_app.local_days import local_time
from twitch_app.words import plural

CANNOT_COUNT = (
    "The server cannot check codes just now, so this one was not tried. "
    "Please try again in a minute."
)


def grouped_code(code: str) -> str:
    """ "ACDE2345FGHJ" -> "ACDE-2345-FGHJ": easier to read out and type (redeem takes both)."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def refused_try(refused: TooMany) -> str:
    """Why a code was not tried: too many tries (and when to retry), or no counters to ask."""
    if isinstance(refused, CannotCount):
        return CANNOT_COUNT
    return f"Too many tries. You can try again {refused.wait_words()}."


def move_line(count: int, moved_at: datetime, zone: str) -> str:
    """A move as the privacy page lists it, on the person's own clock (`zone`, a checked zone
    name; a stored time without a zone is UTC). Until the browser has named its zone the time
    is UTC, and says so."""
    when = f"{local_time(moved_at, zone):%d %B %Y at %H:%M}"
    return (
        f"{plural(count, 'item')} moved here from another phone on {when}"
        f"{' UTC' if zone == 'UTC' else ''}."
    )
