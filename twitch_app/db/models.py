"""The tables. Every row a person creates belongs to a device, never to a name or an account.

Limits on text columns mirror the input models that check data before it gets here.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel


def utc_now() -> datetime:
    return datetime.now(UTC)


class Device(SQLModel, table=True):
    """A phone or browser: known only by a hash of the random secret it keeps."""

    # Ids are never reused (AUTOINCREMENT on SQLite; PostgreSQL's sequences never go back):
    # a deleted device's id must never come to name a stranger's device.
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    owner_key: str = Field(max_length=64, unique=True, index=True)  # sha256 hex of the secret
    created_at: datetime = Field(default_factory=utc_now)
    last_seen_at: datetime = Field(default_factory=utc_now)


class WizardProgress(SQLModel, table=True):
    """The symptom check in progress, so it survives a reload or a closed app."""

    id: int | None = Field(default=None, primary_key=True)
    device_id: int = Field(foreign_key="device.id", unique=True, index=True)
    answers_json: str = Field(default="{}", max_length=20_000)
    step: str = Field(default="", max_length=40)
    # Ticks on the question on screen, kept before "Next" so a lost worker loses nothing.
    draft_json: str = Field(default="[]", max_length=2_000)
    updated_at: datetime = Field(default_factory=utc_now)


class WizardResult(SQLModel, table=True):
    """A finished symptom check: the answers and what the engine said."""

    id: int | None = Field(default=None, primary_key=True)
    device_id: int = Field(foreign_key="device.id", index=True)
    created_at: datetime = Field(default_factory=utc_now, index=True)
    urgency: str = Field(max_length=20)
    findings_json: str = Field(max_length=20_000)
    assessment_json: str = Field(max_length=50_000)


class RoutineSession(SQLModel, table=True):
    """One relaxation session, sent once (client_id makes a resend harmless)."""

    __table_args__ = (UniqueConstraint("device_id", "client_id"),)

    id: int | None = Field(default=None, primary_key=True)
    device_id: int = Field(foreign_key="device.id", index=True)
    client_id: str = Field(max_length=36)
    routine_id: str = Field(max_length=60)
    planned_seconds: int
    elapsed_seconds: int
    completed: bool
    feeling: int | None = None
    started_at: datetime
    finished_at: datetime


class CustomPattern(SQLModel, table=True):
    """A breathing pattern a person made; times in half seconds so they stay exact."""

    id: int | None = Field(default=None, primary_key=True)
    device_id: int = Field(foreign_key="device.id", index=True)
    name: str = Field(max_length=40)
    inhale_half_seconds: int
    hold_in_half_seconds: int
    exhale_half_seconds: int
    hold_out_half_seconds: int
    cycles: int | None = None
    minutes: int | None = None
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class DiaryEntry(SQLModel, table=True):
    """One logged twitch, with the day's factors when the person gave them."""

    id: int | None = Field(default=None, primary_key=True)
    device_id: int = Field(foreign_key="device.id", index=True)
    occurred_at: datetime = Field(index=True)  # UTC
    area: str = Field(max_length=20)
    intensity: int
    duration_kind: str = Field(max_length=20)  # seconds, minutes, comes_and_goes
    duration_value: int | None = None
    notes: str = Field(default="", max_length=500)
    caffeine_drinks: int | None = None
    alcohol_units: int | None = None
    sleep_hours: float | None = None
    stress: int | None = None
    hard_exercise: bool | None = None
    enough_water: bool | None = None
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class TransferCode(SQLModel, table=True):
    """A one-time code that moves a device's data to another device."""

    id: int | None = Field(default=None, primary_key=True)
    device_id: int = Field(foreign_key="device.id", index=True)
    code_hash: str = Field(max_length=64, unique=True)
    expires_at: datetime
    used_at: datetime | None = None
