"""What a diary entry may hold: its one declaration of fields and limits, and the checks on
what the form sends before anything reaches a table (pure Python, no Reflex).

`DiaryEntryBase` declares the fields a person fills in; the table (db.models.DiaryEntry)
extends it, `DiaryEntryUpdate` is made from it, and the form, the edit state, the export and
the restore are checked against it (tests/diary/test_declaration.py).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Field, SQLModel

from twitch_app.ids import BODY_AREA_IDS
from twitch_app.local_days import TimeError, ascii_digits, local_time, parse_utc
from twitch_app.record_models import limits, partial_model

_TIME_REFUSALS = {
    "form": "must be a date and time",
    "zone": "must include the time zone",
    "range": "must be within the last year",
}
_DECIMAL_TEXT = re.compile(r"[0-9]{1,4}(\.[0-9]{1,2})?")

DURATION_KINDS = ("seconds", "minutes", "comes_and_goes")
DURATION_LIMITS = {"seconds": (1, 3600), "minutes": (1, 600)}
MAX_NOTES = 500
MAX_AGE = timedelta(days=366)


class DiaryEntryBase(SQLModel):
    """The fields of one logged twitch, with their limits: declared here and nowhere else."""

    occurred_at: datetime  # UTC
    area: str = Field(max_length=20)
    intensity: int = Field(ge=1, le=5)
    duration_kind: str = Field(default="comes_and_goes", max_length=20)
    duration_value: int | None = Field(default=None, ge=1, le=3600)
    notes: str = Field(default="", max_length=MAX_NOTES)
    caffeine_drinks: int | None = Field(default=None, ge=0, le=30)
    alcohol_units: float | None = Field(default=None, ge=0, le=100)  # 5.5 units is common
    sleep_hours: float | None = Field(default=None, ge=0, le=24)
    stress: int | None = Field(default=None, ge=0, le=10)
    hard_exercise: bool | None = None
    enough_water: bool | None = None


class DiaryEntryCreate(DiaryEntryBase):
    """A new entry, every field checked."""


# Every field optional: an update holds only what the person changed.
DiaryEntryUpdate = partial_model(DiaryEntryBase, "DiaryEntryUpdate")  # a SQLModel class

ENTRY_FIELDS: tuple[str, ...] = tuple(DiaryEntryBase.model_fields)
WHOLE_FACTORS = ("caffeine_drinks", "stress")
YES_NO_FACTORS = ("hard_exercise", "enough_water")
# The form's datetime-local value: minutes, in the device's own zone.
FORM_TIME = "%Y-%m-%dT%H:%M"


# Each field as the form names it: a refusal is shown to the person, so it names the field in
# their words (the form's label begins with these), never the column's ("sleep_hours").
FIELD_NAMES = {
    "occurred_at": "When", "area": "Where", "intensity": "How strong",
    "duration_kind": "How long", "duration_value": "Number of seconds or minutes",
    "notes": "Notes", "caffeine_drinks": "Caffeine drinks", "alcohol_units": "Alcohol units",
    "sleep_hours": "Hours slept", "stress": "Stress", "hard_exercise": "Hard exercise",
    "enough_water": "Enough water",
}  # fmt: skip


class EntryError(ValueError):
    """Bad input; the message names the field in the form's words and says what is allowed
    (`field` keeps the column's name, for code)."""

    def __init__(self, field: str, message: str):
        # Only a forged write names anything else (its op, kind, entry id).
        super().__init__(f"{FIELD_NAMES.get(field, 'This change')}: {message}")
        self.field = field


# Far above what a person logs (a busy day is a dozen), low enough that one client cannot fill
# the database or make every later read of the diary slow (issue 25: 2,500 entries made each
# save re-read and re-send the whole log).
MAX_ENTRIES_PER_DAY = 100
MAX_ENTRIES = 10_000


class DiaryFull(EntryError):
    """The diary, or one day of it, holds as many entries as it may: said in plain words."""

    def __init__(self, message: str):
        ValueError.__init__(self, message)
        self.field = ""


def check_room(*, on_that_day: int, in_all: int) -> None:
    """Raise DiaryFull when one more entry would pass a cap (counts before the new entry)."""
    if on_that_day >= MAX_ENTRIES_PER_DAY:
        raise DiaryFull(
            f"Not saved: that day already has {MAX_ENTRIES_PER_DAY} entries, the most one day "
            "can hold. Add to the note of an entry instead."
        )
    if in_all >= MAX_ENTRIES:
        raise DiaryFull(
            f"Not saved: your diary holds {MAX_ENTRIES:,} entries, the most it can. Export it "
            "from the privacy page and delete old entries to make room."
        )


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _whole(field: str, value: object, low: float, high: float) -> int:
    if isinstance(value, bool):
        raise EntryError(field, f"must be a whole number from {low} to {high}")
    if isinstance(value, str):
        value = value.strip()
        digits = value.removeprefix("-")
        if not ascii_digits(digits) or len(digits) > 6:
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


def _decimal(field: str, value: object, step: float, unit: str) -> float | None:
    """A number within the declared range, in steps of `step` (0.5 h of sleep, 0.1 unit)."""
    if _blank(value):
        return None
    low, high = limits(DiaryEntryBase, field)
    number: float | None = None
    if isinstance(value, str):
        text = value.strip()
        number = float(text) if _DECIMAL_TEXT.fullmatch(text) else None
    elif isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    steps = None if number is None else round(number / step)
    if number is None or steps is None or not low <= number <= high:
        raise EntryError(field, f"must be {low:g} to {high:g} {unit}, in steps of {step:g}")
    if abs(steps * step - number) > 1e-9:
        raise EntryError(field, f"must be {low:g} to {high:g} {unit}, in steps of {step:g}")
    return round(steps * step, 2)


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
    try:
        moment = parse_utc(value)
    except TimeError as error:
        raise EntryError("occurred_at", _TIME_REFUSALS[error.reason]) from error
    if moment > now + timedelta(minutes=5):
        raise EntryError("occurred_at", "cannot be in the future")
    if moment < now - MAX_AGE:
        raise EntryError("occurred_at", "must be within the last year")
    return moment


def parse_entry(form: object, now: datetime | None = None) -> DiaryEntryCreate:
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
    whole = {
        name: None
        if _blank(form.get(name))
        else _whole(name, form.get(name), *limits(DiaryEntryBase, name))
        for name in WHOLE_FACTORS
    }
    yes_no = {name: _optional_bool(name, form.get(name)) for name in YES_NO_FACTORS}
    checked: dict[str, object] = {
        "occurred_at": parse_time(form.get("occurred_at"), now),
        "area": area,
        "intensity": _whole(
            "intensity", form.get("intensity"), *limits(DiaryEntryBase, "intensity")
        ),
        "duration_kind": kind,
        "duration_value": value,
        "notes": clean_notes(form.get("notes")),
        "alcohol_units": _decimal("alcohol_units", form.get("alcohol_units"), 0.1, "units"),
        "sleep_hours": _decimal("sleep_hours", form.get("sleep_hours"), 0.5, "hours"),
        **whole,
        **yes_no,
    }
    return DiaryEntryCreate.model_validate(checked)


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def form_values(entry: DiaryEntryBase, zone: ZoneInfo) -> dict[str, str]:
    """Every field of a stored entry as the form shows it (the edit state), time in `zone`."""
    values = {name: _as_text(getattr(entry, name)) for name in ENTRY_FIELDS}
    values["occurred_at"] = local_time(entry.occurred_at, zone).strftime(FORM_TIME)
    return values


def localise(value: object, zone: ZoneInfo) -> object:
    """A datetime-local value has no zone: it is in the device's own zone."""
    if isinstance(value, str) and len(value) in (16, 19) and "T" in value:
        try:
            naive = datetime.fromisoformat(value)
        except ValueError:
            return value
        return naive.replace(tzinfo=zone).isoformat()
    return value


def parse_changes(
    form: object, shown: dict[str, str], zone: ZoneInfo, now: datetime | None = None
) -> SQLModel:
    """What an edit changed: the fields whose submitted text differs from the text the form
    was opened with (`shown`, from form_values). A field the form did not send, or sent as
    it was, is left unset, so the update leaves it alone. Checked as a whole entry first.
    """
    if not isinstance(form, dict):
        raise EntryError("entry", "must be a form")
    sent = {name: form[name] for name in ENTRY_FIELDS if name in form}
    changed = {name for name, value in sent.items() if _as_text(value) != shown.get(name, "")}
    if "duration_kind" in changed:
        changed.add("duration_value")  # "comes and goes" has no number: it goes with the kind
    merged = {**shown, **sent}
    if "occurred_at" in changed:
        merged["occurred_at"] = localise(merged["occurred_at"], zone)
    else:
        merged.pop("occurred_at", None)  # an old entry's time is not checked again
    checked = parse_entry(merged, now)
    return DiaryEntryUpdate(**{name: getattr(checked, name) for name in sorted(changed)})
