"""The tables. Every row a person creates belongs to a device, never to a name or an account.

Limits on text columns mirror the input models that check data before it gets here.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from twitch_app.db.records import CustomPatternBase, RoutineSessionBase
from twitch_app.diary.entries import DiaryEntryBase


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


class RoutineSession(RoutineSessionBase, table=True):
    """One relaxation session, sent once (client_id makes a resend harmless).

    Its fields are declared in routines.records.RoutineSessionBase.
    """

    __table_args__ = (UniqueConstraint("device_id", "client_id"),)

    id: int | None = Field(default=None, primary_key=True)
    device_id: int = Field(foreign_key="device.id", index=True)


class CustomPattern(CustomPatternBase, table=True):
    """A breathing pattern a person made (fields in routines.records.CustomPatternBase)."""

    id: int | None = Field(default=None, primary_key=True)
    device_id: int = Field(foreign_key="device.id", index=True)
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class DiaryEntry(DiaryEntryBase, table=True):
    """One logged twitch, with the day's factors when the person gave them.

    Its fields are declared once, in diary.entries.DiaryEntryBase; this adds the row's owner
    and bookkeeping. client_id is made on the device (a UUID), so an entry saved offline and
    sent again after a reload is stored once; it is unique across devices, so a forged or
    foreign one is refused rather than adopted.
    """

    id: int | None = Field(default=None, primary_key=True)
    device_id: int = Field(foreign_key="device.id", index=True)
    client_id: str | None = Field(default=None, max_length=36, unique=True, index=True)
    occurred_at: datetime = Field(index=True)  # UTC
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class TransferCode(SQLModel, table=True):
    """A one-time code that moves a device's data to another device."""

    id: int | None = Field(default=None, primary_key=True)
    device_id: int = Field(foreign_key="device.id", index=True)
    code_hash: str = Field(max_length=64, unique=True)
    expires_at: datetime
    used_at: datetime | None = None


class TransferMove(SQLModel, table=True):
    """What a transfer code brought to this device, so the person can see the move and undo it
    (someone may have been talked into entering another person's code)."""

    id: int | None = Field(default=None, primary_key=True)
    device_id: int = Field(foreign_key="device.id", index=True)  # the device it came to
    # No foreign key: the phone it came from may delete its device later.
    from_device_id: int
    moved_json: str  # {"diary_entries": [row ids], ...}
    moved_count: int
    moved_at: datetime = Field(default_factory=utc_now)
    undone_at: datetime | None = None
