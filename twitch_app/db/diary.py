"""Diary rows, always scoped to one device. Device-wide export, delete, move: device_data.py."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlmodel import Session, SQLModel, col, select

from twitch_app.db.models import (
    DiaryEntry,
    WizardResult,
    utc_now,
)
from twitch_app.diary.entries import (
    DiaryEntryBase,
    DiaryEntryCreate,
    check_room,
)
from twitch_app.local_days import as_utc, ascii_digits
from twitch_app.record_models import required_fields

REQUIRED_FIELDS = required_fields(DiaryEntryBase)


class ForeignClientId(ValueError):
    """A client id that names another device's entry: refused, never adopted."""


def add_entry(
    session: Session, *, device_id: int, entry: DiaryEntryCreate, client_id: str | None = None
) -> DiaryEntry:
    """Store a new entry. With a client id it is stored once: a resend of the same id by the
    same device returns the row it made; another device's id raises ForeignClientId."""
    if client_id is not None:
        existing = session.exec(select(DiaryEntry).where(DiaryEntry.client_id == client_id))
        row = existing.first()
        if row is not None:
            if row.device_id != device_id:
                raise ForeignClientId(client_id)
            return row
    check_room(
        on_that_day=_count(session, device_id, *_utc_day(entry.occurred_at)),
        in_all=_count(session, device_id),
    )
    row = DiaryEntry(device_id=device_id, client_id=client_id, **entry.model_dump())
    session.add(row)
    session.flush()
    return row


def get_entry(session: Session, *, device_id: int, entry_id: int) -> DiaryEntry | None:
    row = session.get(DiaryEntry, entry_id)
    return row if row is not None and row.device_id == device_id else None


def update_entry(
    session: Session, *, device_id: int, entry_id: int, changes: SQLModel
) -> DiaryEntry | None:
    """Apply only the fields set in `changes` (a DiaryEntryUpdate); the rest stay as they are."""
    row = get_entry(session, device_id=device_id, entry_id=entry_id)
    return None if row is None else update_row(session, row=row, changes=changes)


def update_row(session: Session, *, row: DiaryEntry, changes: SQLModel) -> DiaryEntry:
    """`update_entry` for a row already found as the device's own."""
    for field, value in changes.model_dump(exclude_unset=True).items():
        if value is None and field in REQUIRED_FIELDS:
            raise ValueError(f"{field} cannot be emptied")
        setattr(row, field, value)
    row.updated_at = utc_now()
    session.add(row)
    return row


def entry_by_ref(session: Session, *, device_id: int, ref: str) -> DiaryEntry | None:
    """The device's entry named by its client id (a UUID) or, for older rows, its row id."""
    if ascii_digits(ref):
        return get_entry(session, device_id=device_id, entry_id=int(ref))
    row = session.exec(select(DiaryEntry).where(DiaryEntry.client_id == ref)).first()
    return row if row is not None and row.device_id == device_id else None


def client_id_in_use(session: Session, *, client_id: str) -> bool:
    """Whether any device's entry has this client id (a row id is never a client id)."""
    if ascii_digits(client_id):
        return False
    found = session.exec(select(DiaryEntry.id).where(DiaryEntry.client_id == client_id))
    return found.first() is not None


def delete_entry(session: Session, *, device_id: int, entry_id: int) -> bool:
    row = get_entry(session, device_id=device_id, entry_id=entry_id)
    if row is None:
        return False
    session.delete(row)
    return True


def _utc_day(moment: datetime) -> tuple[datetime, datetime]:
    start = as_utc(moment).replace(hour=0, minute=0, second=0, microsecond=0)
    return start, start + timedelta(days=1)


def _count(
    session: Session, device_id: int, since: datetime | None = None, until: datetime | None = None
) -> int:
    query = select(func.count()).select_from(DiaryEntry).where(DiaryEntry.device_id == device_id)
    if since is not None:
        query = query.where(DiaryEntry.occurred_at >= since)
    if until is not None:
        query = query.where(DiaryEntry.occurred_at < until)
    return session.exec(query).one()


# What the diary page reads and sends: a bounded window, however long the diary grows. The
# export holds everything.
SHOWN_DAYS = 90
SHOWN_LIMIT = 500


def list_entries(
    session: Session, *, device_id: int, since: datetime | None = None, limit: int = SHOWN_LIMIT
) -> list[DiaryEntry]:
    query = select(DiaryEntry).where(DiaryEntry.device_id == device_id)
    if since is not None:
        query = query.where(DiaryEntry.occurred_at >= since)
    return list(session.exec(query.order_by(col(DiaryEntry.occurred_at).desc()).limit(limit)))


def count_entries(session: Session, *, device_id: int) -> int:
    return _count(session, device_id)


def last_wizard_findings(session: Session, *, device_id: int) -> dict | None:
    """The answers of this device's latest finished symptom check, if any."""
    row = session.exec(
        select(WizardResult)
        .where(WizardResult.device_id == device_id)
        .order_by(col(WizardResult.created_at).desc())
    ).first()
    return json.loads(row.findings_json) if row else None
