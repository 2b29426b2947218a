"""The findings vocabulary as a JSON Schema (draft 2020-12), generated from FINDINGS_SPEC."""

from __future__ import annotations

from typing import Any

from .findings_spec import (
    FINDINGS_SPEC,
    BoolField,
    ChoiceField,
    FieldSpec,
    GroupField,
    ListField,
    NumberField,
)

SCHEMA_ID = "https://twitch-relief.local/schemas/findings.json"


def findings_schema() -> dict[str, Any]:
    """A fresh JSON Schema describing every key `assess` accepts (null means "not answered")."""
    schema = _group_schema(
        "What the person told us about their twitching. Every key is optional.", FINDINGS_SPEC
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Twitch Relief findings",
        **schema,
    }


def _group_schema(description: str, fields: dict[str, FieldSpec]) -> dict[str, Any]:
    return {
        "type": "object",
        "description": description,
        "additionalProperties": False,
        "properties": {name: _field_schema(spec) for name, spec in fields.items()},
    }


def _field_schema(spec: FieldSpec) -> dict[str, Any]:
    match spec:
        case NumberField():
            return {
                "type": ["integer" if spec.integer else "number", "null"],
                "description": spec.description,
                "minimum": _plain_number(spec.minimum),
                "maximum": _plain_number(spec.maximum),
            }
        case BoolField():
            return {"type": ["boolean", "null"], "description": spec.description}
        case ChoiceField():
            return {"enum": [*spec.choices, None], "description": spec.description}
        case ListField():
            return {
                "type": ["array", "null"],
                "description": spec.description,
                "items": {"enum": list(spec.choices)},
                "uniqueItems": True,
            }
        case GroupField():
            group = _group_schema(spec.description, spec.fields)
            group["type"] = ["object", "null"]
            return group
    raise AssertionError("unhandled field spec")  # pragma: no cover


def _plain_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value
