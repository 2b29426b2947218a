"""Custom breathing patterns entered by the user, validated field by field.

Input usually comes from a form, so numbers may arrive as strings ("4.5"). Every problem is
reported with the field it belongs to, so the form can show the message next to that input.
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass

from .breathing import ALL_BREATHING_CAUTIONS, BREATHING_SOURCES, NO_HOLD_CAUTIONS, breath_step
from .cautions import SEE_A_DOCTOR_FLAGS
from .models import EMPTY, Routine, RoutineKind
from .schedule import Schedule, rounds_for, schedule_rounds

CUSTOM_ROUTINE_ID = "custom"
NAME_MAX_LENGTH = 40
# Plain text: letters and digits in any script, spaces and a little punctuation. Anything that
# could be read as markup or control characters is refused.
NAME_PUNCTUATION = frozenset(" -_.,'!?&()+:/#")

FIELDS = ("name", "inhale", "hold", "exhale", "hold_empty", "cycles", "minutes")
FIELD_LABELS = {
    "name": "Name",
    "inhale": "Breathe in",
    "hold": "Hold after breathing in",
    "exhale": "Breathe out",
    "hold_empty": "Hold after breathing out",
    "cycles": "Number of breaths",
    "minutes": "Minutes",
}
# (lowest, highest) seconds for each phase; holds may be left out (zero).
PHASE_LIMITS = {"inhale": (1, 20), "hold": (0, 20), "exhale": (1, 20), "hold_empty": (0, 20)}
CYCLES_LIMITS = (1, 200)
MINUTES_LIMITS = (1, 60)


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


# The form's input for each field: one "length" input holds breaths or minutes.
FORM_INPUTS = {"cycles": "length", "minutes": "length"}


class PatternError(ValueError):
    """A custom pattern was refused; `errors` lists each bad field with a message."""

    def __init__(self, errors: list[FieldError]):
        self.errors = tuple(errors)
        super().__init__("; ".join(str(error) for error in errors))

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(error.field for error in self.errors)

    def by_input(self) -> dict[str, str]:
        """Each form input's messages in plain words (no internal field names)."""
        messages: dict[str, str] = {}
        for error in self.errors:
            name = FORM_INPUTS.get(error.field, error.field)
            if error.message not in messages.get(name, ""):
                messages[name] = (
                    f"{messages[name]} {error.message}" if name in messages else error.message
                )
        return messages


@dataclass(frozen=True)
class CustomPattern:
    name: str
    inhale: float
    hold: float
    exhale: float
    hold_empty: float
    cycles: int | None = None  # exactly one of cycles and minutes is set
    minutes: int | None = None


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _as_number(value: object) -> float | None:
    """A finite float from a number or numeric text; None when it is neither."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if isinstance(value, int | float):
        try:
            number = float(value)
        except OverflowError:  # an integer too large for a float, e.g. 10**400
            return None
        return number if math.isfinite(number) else None
    return None


def _check_name(raw: object, errors: list[FieldError]) -> str:
    label = FIELD_LABELS["name"]
    name = raw.strip() if isinstance(raw, str) else ""
    if not name:
        errors.append(FieldError("name", f"{label} is required."))
    elif len(name) > NAME_MAX_LENGTH:
        errors.append(FieldError("name", f"{label} must be at most {NAME_MAX_LENGTH} characters."))
    elif not all(char.isalnum() or char in NAME_PUNCTUATION for char in name):
        errors.append(
            FieldError(
                "name", f"{label} may use letters, digits, spaces and - _ . , ' ! ? & ( ) + : / #."
            )
        )
    return name


def _check_seconds(field: str, raw: object, errors: list[FieldError]) -> float:
    label = FIELD_LABELS[field]
    low, high = PHASE_LIMITS[field]
    if _is_blank(raw):
        if low == 0:
            return 0.0  # an empty hold simply means no hold
        errors.append(FieldError(field, f"{label} is required."))
        return 0.0
    value = _as_number(raw)
    if value is None:
        errors.append(FieldError(field, f"{label} must be a number of seconds."))
    elif not low <= value <= high:
        errors.append(FieldError(field, f"{label} must be between {low} and {high} seconds."))
    elif value * 2 != int(value * 2):
        errors.append(FieldError(field, f"{label} must be in steps of half a second."))
    else:
        return value
    return 0.0


def _check_count(
    field: str, raw: object, limits: tuple[int, int], errors: list[FieldError]
) -> int | None:
    label = FIELD_LABELS[field]
    low, high = limits
    value = _as_number(raw)
    if value is None or value != int(value):  # "5" and 5.0 are fine, 5.5 is not
        errors.append(FieldError(field, f"{label} must be a whole number."))
    elif not low <= value <= high:
        errors.append(FieldError(field, f"{label} must be between {low} and {high}."))
    else:
        return int(value)
    return None


def parse_pattern(data: Mapping[str, object]) -> CustomPattern:
    """Validate form data into a CustomPattern, or raise PatternError naming each bad field.

    Keys: name, inhale, exhale (required), hold, hold_empty (optional, default 0) and exactly
    one of cycles or minutes. Unknown keys are refused so that a misspelt field is not ignored.
    """
    errors: list[FieldError] = [
        FieldError(str(key), f"Unknown field {key!r}.") for key in data if key not in FIELDS
    ]
    name = _check_name(data.get("name"), errors)
    seconds = {field: _check_seconds(field, data.get(field), errors) for field in PHASE_LIMITS}
    cycles_raw, minutes_raw = data.get("cycles"), data.get("minutes")
    cycles = minutes = None
    if _is_blank(cycles_raw) == _is_blank(minutes_raw):
        message = "Give either a number of breaths or a number of minutes, not both."
        errors += [FieldError("cycles", message), FieldError("minutes", message)]
    elif _is_blank(minutes_raw):
        cycles = _check_count("cycles", cycles_raw, CYCLES_LIMITS, errors)
    else:
        minutes = _check_count("minutes", minutes_raw, MINUTES_LIMITS, errors)
    if errors:
        raise PatternError(errors)
    return CustomPattern(name=name, cycles=cycles, minutes=minutes, **seconds)


def custom_routine(pattern: CustomPattern) -> Routine:
    """The pattern as a one-step breathing routine, so it shares the catalogue's schedule maths."""
    has_holds = bool(pattern.hold or pattern.hold_empty)
    return Routine(
        id=CUSTOM_ROUTINE_ID,
        title=pattern.name,
        kind=RoutineKind.BREATHING,
        goal="Your own breathing pattern.",
        helps=("stress_anxiety",),
        remedies=("relaxation",),
        duration_choices=(pattern.minutes,) if pattern.minutes else (),
        cycle=(
            breath_step(
                pattern.name, pattern.inhale, pattern.hold, pattern.exhale, pattern.hold_empty
            ),
        ),
        cautions=ALL_BREATHING_CAUTIONS if has_holds else NO_HOLD_CAUTIONS,
        red_flags=SEE_A_DOCTOR_FLAGS,
        sources=BREATHING_SOURCES,
        start_scale=EMPTY,
    )


def custom_schedule(pattern: CustomPattern) -> Schedule:
    """Schedule a custom pattern: its exact number of cycles, or minutes rounded like the
    catalogue (nearest whole cycle, halves up, at least one)."""
    routine = custom_routine(pattern)
    if pattern.cycles is not None:
        return schedule_rounds(routine, pattern.cycles)
    minutes = _minutes(pattern)
    return schedule_rounds(routine, rounds_for(routine, minutes), minutes)


def _minutes(pattern: CustomPattern) -> int:
    if pattern.minutes is None:  # parse_pattern sets exactly one of cycles and minutes
        raise ValueError("a custom pattern has either cycles or minutes")
    return pattern.minutes


def pattern_rounds(pattern: CustomPattern) -> int:
    """The cycles a pattern plays: its own number, or as many as fill its minutes."""
    if pattern.cycles is not None:
        return pattern.cycles
    return rounds_for(custom_routine(pattern), _minutes(pattern))


def schedule_from_form(data: Mapping[str, object]) -> Schedule:
    """parse_pattern then custom_schedule: raises PatternError on bad input."""
    return custom_schedule(parse_pattern(data))
