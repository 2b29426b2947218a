"""Diary rows, and the device-wide export, delete and transfer, always scoped to one device."""

from __future__ import annotations

import hashlib
import json
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, func, update
from sqlmodel import Session, SQLModel, select

from twitch_app.db.models import (
    CustomPattern,
    Device,
    DiaryEntry,
    RoutineSession,
    TransferCode,
    WizardProgress,
    WizardResult,
    utc_now,
)
from twitch_app.diary.entries import (
    DiaryEntryBase,
    DiaryEntryCreate,
    DiaryEntryUpdate,
    check_room,
)
from twitch_app.record_models import required_fields

# Every table holding a device's rows, and the name it has in an export.
OWNED_TABLES: dict[str, type[SQLModel]] = {
    "diary_entries": DiaryEntry,
    "wizard_results": WizardResult,
    "wizard_progress": WizardProgress,
    "routine_sessions": RoutineSession,
    "custom_patterns": CustomPattern,
    "transfer_codes": TransferCode,
}
REQUIRED_FIELDS = required_fields(DiaryEntryBase)
TRANSFER_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"  # no 0/O, 1/I/L: easy to read aloud
TRANSFER_LENGTH = 12  # 30**12, about 2**59: not guessable at any rate a server allows
TRANSFER_LIFETIME = timedelta(minutes=15)


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
    session: Session, *, device_id: int, entry_id: int, changes: DiaryEntryUpdate
) -> DiaryEntry | None:
    """Apply only the fields set in `changes`; every other field keeps its value."""
    row = get_entry(session, device_id=device_id, entry_id=entry_id)
    if row is None:
        return None
    for field, value in changes.model_dump(exclude_unset=True).items():
        if value is None and field in REQUIRED_FIELDS:
            raise ValueError(f"{field} cannot be emptied")
        setattr(row, field, value)
    row.updated_at = utc_now()
    session.add(row)
    return row


def entry_by_ref(session: Session, *, device_id: int, ref: str) -> DiaryEntry | None:
    """The device's entry named by its client id (a UUID) or, for older rows, its row id."""
    if ref.isdigit():
        return get_entry(session, device_id=device_id, entry_id=int(ref))
    row = session.exec(select(DiaryEntry).where(DiaryEntry.client_id == ref)).first()
    return row if row is not None and row.device_id == device_id else None


def client_id_in_use(session: Session, *, client_id: str) -> bool:
    """Whether any device's entry has this client id (a row id is never a client id)."""
    if client_id.isdigit():
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
    start = moment.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
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
    return list(session.exec(query.order_by(DiaryEntry.occurred_at.desc()).limit(limit)))


def count_entries(session: Session, *, device_id: int) -> int:
    return _count(session, device_id)


def export_rows(session: Session, *, device_id: int) -> dict[str, list[dict]]:
    """Every row this device owns, table by table (transfer codes without their hashes)."""
    exported = {}
    for name, table in OWNED_TABLES.items():
        rows = session.exec(select(table).where(table.device_id == device_id)).all()
        exported[name] = [row.model_dump(exclude={"code_hash"}, mode="json") for row in rows]
    return exported


def delete_everything(session: Session, *, device_id: int) -> int:
    """Remove every row the device owns, and the device itself. Returns the rows removed."""
    removed = 0
    for table in OWNED_TABLES.values():
        removed += session.exec(delete(table).where(table.device_id == device_id)).rowcount
    removed += session.exec(delete(Device).where(Device.id == device_id)).rowcount
    return removed


def _code_hash(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


def create_transfer_code(session: Session, *, device_id: int) -> str:
    """A new one-time code (any older one of this device stops working)."""
    session.exec(delete(TransferCode).where(TransferCode.device_id == device_id))
    code = "".join(secrets.choice(TRANSFER_ALPHABET) for _ in range(TRANSFER_LENGTH))
    session.add(
        TransferCode(
            device_id=device_id,
            code_hash=_code_hash(code),
            expires_at=utc_now() + TRANSFER_LIFETIME,
        )
    )
    return code


def normalise_code(raw: object) -> str | None:
    if not isinstance(raw, str) or len(raw) > 40:
        return None
    code = "".join(ch for ch in raw.upper() if ch.isalnum())
    ok = len(code) == TRANSFER_LENGTH and set(code) <= set(TRANSFER_ALPHABET)
    return code if ok else None


def redeem_transfer_code(session: Session, *, device_id: int, code: str) -> int | None:
    """Move the code's device's rows to `device_id`, once. None if the code is not valid now."""
    row = session.exec(
        select(TransferCode).where(TransferCode.code_hash == _code_hash(code))
    ).first()
    now = utc_now()
    if row is None or row.used_at is not None or row.expires_at <= now:
        return None
    if row.device_id == device_id:
        return None
    source = row.device_id
    row.used_at = now
    session.add(row)
    moved = 0
    for table in OWNED_TABLES.values():
        if table in (TransferCode, WizardProgress):
            continue
        moved += session.exec(
            update(table).where(table.device_id == source).values(device_id=device_id)
        ).rowcount
    # The wizard in progress follows only when the new device has none of its own.
    has_own = session.exec(select(WizardProgress).where(WizardProgress.device_id == device_id))
    if has_own.first() is None:
        session.exec(
            update(WizardProgress)
            .where(WizardProgress.device_id == source)
            .values(device_id=device_id)
        )
    return moved


def last_wizard_findings(session: Session, *, device_id: int) -> dict | None:
    """The answers of this device's latest finished symptom check, if any."""
    row = session.exec(
        select(WizardResult)
        .where(WizardResult.device_id == device_id)
        .order_by(WizardResult.created_at.desc())
    ).first()
    return json.loads(row.findings_json) if row else None
