"""What a diary entry may hold, checked before anything reaches a table (pure Python)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from twitch_app.vocabulary import BODY_AREA_IDS

_WHOLE_TEXT = re.compile(r"-?[0-9]{1,6}")

DURATION_KINDS = ("seconds", "minutes", "comes_and_goes")
DURATION_LIMITS = {"seconds": (1, 3600), "minutes": (1, 600)}
MAX_NOTES = 500
MAX_AGE = timedelta(days=366)
FACTOR_LIMITS = {"caffeine_drinks": (0, 30), "alcohol_units": (0, 100), "stress": (0, 10)}


class EntryError(ValueError):
    """Bad input; the message names the field and says what is allowed."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field


@dataclass(frozen=True)
class EntryInput:
    occurred_at: datetime  # UTC, aware
    area: str
    intensity: int
    duration_kind: str
    duration_value: int | None
    notes: str = ""
    caffeine_drinks: int | None = None
    alcohol_units: int | None = None
    sleep_hours: float | None = None
    stress: int | None = None
    hard_exercise: bool | None = None
    enough_water: bool | None = None


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _whole(field: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool):
        raise EntryError(field, f"must be a whole number from {low} to {high}")
    if isinstance(value, str):
        value = value.strip()
        # ASCII digits only: str.isdigit() also accepts "²", which int() then refuses.
        if not _WHOLE_TEXT.fullmatch(value):
            raise EntryError(field, f"must be a whole number from {low} to {high}")
        value = int(value)
    if not isinstance(value, int) or not low <= value <= high:
        raise EntryError(field, f"must be a whole number from {low} to {high}")
    return value


def _optional_bool(field: str, value: object) -> bool | None:
    if _blank(value):
        return None
    if isinstance(value, bool):
        return value
    if value in ("yes", "true", "on"):
        return True
    if value in ("no", "false"):
        return False
    raise EntryError(field, "must be yes or no")


def _sleep(value: object) -> float | None:
    if _blank(value):
        return None
    try:
        hours = float(value) if not isinstance(value, bool) else None
    except (TypeError, ValueError):
        hours = None
    if hours is None or not 0 <= hours <= 24 or hours * 2 != int(hours * 2):
        raise EntryError("sleep_hours", "must be 0 to 24 hours, in half hours")
    return hours


def clean_notes(value: object) -> str:
    """Plain text only: control characters go; the text is always shown as text, never HTML."""
    if _blank(value):
        return ""
    if not isinstance(value, str):
        raise EntryError("notes", "must be text")
    text = "".join(ch for ch in value if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    text = text.strip()
    if len(text) > MAX_NOTES:
        raise EntryError("notes", f"must be at most {MAX_NOTES} characters")
    return text


def parse_time(value: object, now: datetime) -> datetime:
    if _blank(value):
        return now
    if not isinstance(value, str) or len(value) > 40:
        raise EntryError("occurred_at", "must be a date and time")
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError as error:
        raise EntryError("occurred_at", "must be a date and time") from error
    if moment.tzinfo is None:
        raise EntryError("occurred_at", "must include the time zone")
    try:
        moment = moment.astimezone(UTC)
    except OverflowError as error:  # e.g. year 1 with a positive offset
        raise EntryError("occurred_at", "must be within the last year") from error
    if moment > now + timedelta(minutes=5):
        raise EntryError("occurred_at", "cannot be in the future")
    if moment < now - MAX_AGE:
        raise EntryError("occurred_at", "must be within the last year")
    return moment


def parse_entry(form: object, now: datetime | None = None) -> EntryInput:
    """Check a submitted entry; raise EntryError on the first bad field."""
    if not isinstance(form, dict):
        raise EntryError("entry", "must be a form")
    now = now or datetime.now(UTC)
    area = form.get("area")
    if area not in BODY_AREA_IDS:
        raise EntryError("area", "choose where you felt it")
    kind = form.get("duration_kind") or "comes_and_goes"
    if kind not in DURATION_KINDS:
        raise EntryError("duration_kind", "must be seconds, minutes or comes and goes")
    value = None
    if kind in DURATION_LIMITS:
        value = _whole("duration_value", form.get("duration_value"), *DURATION_LIMITS[kind])
    factors = {
        name: None if _blank(form.get(name)) else _whole(name, form.get(name), *limits)
        for name, limits in FACTOR_LIMITS.items()
    }
    return EntryInput(
        occurred_at=parse_time(form.get("occurred_at"), now),
        area=area,
        intensity=_whole("intensity", form.get("intensity"), 1, 5),
        duration_kind=kind,
        duration_value=value,
        notes=clean_notes(form.get("notes")),
        sleep_hours=_sleep(form.get("sleep_hours")),
        hard_exercise=_optional_bool("hard_exercise", form.get("hard_exercise")),
        enough_water=_optional_bool("enough_water", form.get("enough_water")),
        **factors,
    )
