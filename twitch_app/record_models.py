"""One declaration of a record's fields, and the models made from it (pure Python, no Reflex).

Each kind of record a person keeps (a diary entry, a routine session, a breathing pattern)
declares its fields once, with their limits, in a base model. The create model is the base;
the update model is made here from the same fields, every one optional, so an update carries
only what the person changed (`model_dump(exclude_unset=True)`); the table extends the base.
"""

from __future__ import annotations

import copy
from typing import Any

from pydantic import create_model
from sqlmodel import SQLModel


def partial_model(base: type[SQLModel], name: str) -> type[SQLModel]:
    """`base`'s fields, each optional with no default: a set field is a change, an unset one
    is left alone. The limits (lengths, ranges) stay those of `base`."""
    fields: dict[str, Any] = {}
    for field_name, info in base.model_fields.items():
        optional = copy.copy(info)
        optional.default, optional.default_factory = None, None
        annotation: Any = info.annotation  # any type form pydantic accepts
        fields[field_name] = (annotation | None, optional)
    return create_model(name, __base__=SQLModel, __module__=base.__module__, **fields)


def required_fields(base: type[SQLModel]) -> frozenset[str]:
    """Fields a row cannot be without (an update may change them, never empty them)."""
    return frozenset(
        name
        for name, info in base.model_fields.items()
        if info.is_required() or type(None) not in getattr(info.annotation, "__args__", ())
    )


def limits(base: type[SQLModel], field: str) -> tuple[float, float]:
    """The (low, high) range declared on a numeric field."""
    low = high = None
    for rule in base.model_fields[field].metadata:
        low = getattr(rule, "ge", low)
        high = getattr(rule, "le", high)
    if low is None or high is None:
        raise KeyError(f"{base.__name__}.{field} declares no range")
    return low, high


def max_length(base: type[SQLModel], field: str) -> int:
    for rule in base.model_fields[field].metadata:
        if getattr(rule, "max_length", None) is not None:
            return rule.max_length
    raise KeyError(f"{base.__name__}.{field} declares no max_length")
