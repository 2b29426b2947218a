"""The fields of a person's routine records, declared once with their limits.

The tables (models.RoutineSession, models.CustomPattern) extend these bases; the update
models are made from them (every field optional, see record_models.partial_model). The
routines package stays standard-library only, so its report and pattern checks keep their
own plain types; tests/db/test_records.py holds them to these fields and limits.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Field, SQLModel

from twitch_app.record_models import partial_model
from twitch_app.routines.custom import (
    CYCLES_LIMITS,
    MINUTES_LIMITS,
    NAME_MAX_LENGTH,
    PHASE_LIMITS,
)
from twitch_app.routines.reports import MAX_SESSION_SECONDS


class RoutineSessionBase(SQLModel):
    """One finished relaxation session, as the player reports it."""

    client_id: str = Field(max_length=36)  # made on the device: a resend is harmless
    routine_id: str = Field(max_length=60)
    planned_seconds: int = Field(ge=1, le=MAX_SESSION_SECONDS)
    elapsed_seconds: int = Field(ge=0, le=MAX_SESSION_SECONDS)
    completed: bool
    feeling: int | None = Field(default=None, ge=1, le=5)
    started_at: datetime
    finished_at: datetime


RoutineSessionUpdate = partial_model(RoutineSessionBase, "RoutineSessionUpdate")


def _halves(phase: str) -> Any:
    """A phase's field: its limits in seconds (PHASE_LIMITS), as half seconds."""
    low, high = PHASE_LIMITS[phase]
    return Field(ge=low * 2, le=high * 2)


class CustomPatternBase(SQLModel):
    """A breathing pattern a person made; times in half seconds so they stay exact."""

    name: str = Field(max_length=NAME_MAX_LENGTH)
    inhale_half_seconds: int = _halves("inhale")
    hold_in_half_seconds: int = _halves("hold")
    exhale_half_seconds: int = _halves("exhale")
    hold_out_half_seconds: int = _halves("hold_empty")
    cycles: int | None = Field(default=None, ge=CYCLES_LIMITS[0], le=CYCLES_LIMITS[1])
    minutes: int | None = Field(default=None, ge=MINUTES_LIMITS[0], le=MINUTES_LIMITS[1])


class RoutineSessionCreate(RoutineSessionBase):
    """A finished session as stored, every field checked."""


class CustomPatternCreate(CustomPatternBase):
    """A new pattern, every field checked."""


CustomPatternUpdate = partial_model(CustomPatternBase, "CustomPatternUpdate")
