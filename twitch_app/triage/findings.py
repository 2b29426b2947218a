"""Parsing and validating what the person told us into a frozen `Findings` value.

Validation is strict on purpose: a typo in a key or value would otherwise be silently ignored
and could hide a red flag. Every error names the field so the wizard can point at it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .findings_spec import (
    FINDINGS_SPEC,
    Area,
    BoolField,
    ChoiceField,
    Condition,
    FieldSpec,
    Frequency,
    GroupField,
    ListField,
    MedicineKind,
    NumberField,
    Symptom,
    When,
)


class FindingsError(ValueError):
    """Findings that do not fit the vocabulary. `field` is the dotted name of the bad answer."""

    def __init__(self, field_name: str, problem: str) -> None:
        super().__init__(f"{field_name} {problem}")
        self.field = field_name


@dataclass(frozen=True)
class Lifestyle:
    caffeine_drinks_per_day: float | None = None
    alcohol_units_per_week: float | None = None
    sleep_hours: float | None = None
    stress: int | None = None
    hard_exercise: bool | None = None
    drinks_enough_water: bool | None = None
    balanced_diet: bool | None = None
    suspects_food: bool | None = None


@dataclass(frozen=True)
class Medicines:
    new_medicine: bool | None = None
    dose_increased: bool | None = None
    kinds: frozenset[MedicineKind] = frozenset()


@dataclass(frozen=True)
class Findings:
    """Everything is optional: None or an empty set means "not answered" or "none"."""

    age: int | None = None
    areas: frozenset[Area] = frozenset()
    when: frozenset[When] = frozenset()
    duration_days: float | None = None
    keeps_coming_back: bool | None = None
    frequency: Frequency | None = None
    getting_worse: bool | None = None
    symptoms: frozenset[Symptom] = frozenset()
    lifestyle: Lifestyle = field(default_factory=Lifestyle)
    medicines: Medicines = field(default_factory=Medicines)
    conditions: frozenset[Condition] = frozenset()
    runs_in_family: bool | None = None

    @classmethod
    def from_dict(cls, raw: object) -> Findings:
        """Validate a JSON-like object (as sent by the wizard or the CLI)."""
        values = _parse_group(FINDINGS_SPEC, raw, "findings", top_level=True)
        lifestyle = Lifestyle(**values.pop("lifestyle", {}))
        medicine_values = values.pop("medicines", {})
        medicines = Medicines(
            new_medicine=medicine_values.get("new_medicine"),
            dose_increased=medicine_values.get("dose_increased"),
            kinds=frozenset(MedicineKind(kind) for kind in medicine_values.get("kinds", ())),
        )
        enum_sets = {"areas": Area, "when": When, "symptoms": Symptom, "conditions": Condition}
        for name, enum in enum_sets.items():
            if name in values:
                values[name] = frozenset(enum(item) for item in values[name])
        if "frequency" in values:
            values["frequency"] = Frequency(values["frequency"])
        return cls(lifestyle=lifestyle, medicines=medicines, **values)

    def to_dict(self) -> dict[str, Any]:
        """The answered fields only, in the same JSON shape `from_dict` accepts."""
        answered: dict[str, Any] = _dump(self)
        return answered

    def has_symptom(self, *symptoms: Symptom) -> bool:
        return any(symptom in self.symptoms for symptom in symptoms)


def _parse_group(
    spec: Mapping[str, FieldSpec], raw: object, path: str, *, top_level: bool = False
) -> dict[str, Any]:
    if not isinstance(raw, Mapping):
        raise FindingsError(path, "must be an object")
    parsed: dict[str, Any] = {}
    for key, value in raw.items():
        name = str(key) if top_level else f"{path}.{key}"
        if key not in spec:
            raise FindingsError(name, f"is not a known field (known: {', '.join(spec)})")
        # JSON null means "not answered", the same as leaving the key out.
        if value is not None:
            parsed[key] = _parse_value(spec[key], value, name)
    return parsed


def _parse_value(spec: FieldSpec, value: object, name: str) -> Any:
    match spec:
        case NumberField():
            return _parse_number(spec, value, name)
        case BoolField():
            if not isinstance(value, bool):
                raise FindingsError(name, "must be true or false")
            return value
        case ChoiceField():
            if not isinstance(value, str) or value not in spec.choices:
                raise FindingsError(name, f"must be one of: {', '.join(spec.choices)}")
            return value
        case ListField():
            return _parse_list(spec, value, name)
        case GroupField():
            return _parse_group(spec.fields, value, name)
    raise AssertionError(f"unhandled field spec for {name}")  # pragma: no cover


def _parse_number(spec: NumberField, value: object, name: str) -> int | float:
    # bool is a subclass of int in Python, but "true cups of coffee" is always a mistake.
    allowed = int if spec.integer else (int, float)
    if isinstance(value, bool) or not isinstance(value, allowed):
        kind = "a whole number" if spec.integer else "a number"
        raise FindingsError(name, f"must be {kind}")
    if isinstance(value, float) and not math.isfinite(value):
        raise FindingsError(name, "must be a finite number")
    if not spec.minimum <= value <= spec.maximum:
        raise FindingsError(name, f"must be {spec.minimum:g}-{spec.maximum:g}")
    return value


def _parse_list(spec: ListField, value: object, name: str) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise FindingsError(name, "must be a list")
    seen: list[str] = []
    for item in value:
        if not isinstance(item, str) or item not in spec.choices:
            raise FindingsError(name, f"has an unknown value {item!r}")
        if item in seen:
            raise FindingsError(name, f"lists {item!r} twice")
        seen.append(item)
    return tuple(seen)


def _dump(value: Any) -> Any:
    """Turn dataclasses into the JSON shape, dropping unanswered fields; lists are sorted."""
    if hasattr(value, "__dataclass_fields__"):
        dumped = {name: _dump(getattr(value, name)) for name in value.__dataclass_fields__}
        return {name: item for name, item in dumped.items() if item not in (None, [], {})}
    if isinstance(value, frozenset):
        return sorted(str(item) for item in value)
    if isinstance(value, str):
        return str(value)  # plain str, not the enum member
    return value
