"""Diary rows, and the device-wide export, delete and transfer, always scoped to one device."""

from __future__ import annotations

import hashlib
import json
import secrets
from datetime import timedelta

from sqlalchemy import delete, update
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
from twitch_app.diary.entries import EntryInput

# Every table holding a device's rows, and the name it has in an export.
OWNED_TABLES: dict[str, type[SQLModel]] = {
    "diary_entries": DiaryEntry,
    "wizard_results": WizardResult,
    "wizard_progress": WizardProgress,
    "routine_sessions": RoutineSession,
    "custom_patterns": CustomPattern,
    "transfer_codes": TransferCode,
}
# No look-alikes (0/O, 1/I/L, 5/S, 8/B): easy to read aloud and to type from a screen.
TRANSFER_ALPHABET = "ACDEFGHJKMNPQRTVWXYZ234679"
TRANSFER_LENGTH = 12  # 26**12, about 2**56: not guessable at any rate a server allows
TRANSFER_LIFETIME = timedelta(minutes=15)


def add_entry(session: Session, *, device_id: int, entry: EntryInput) -> DiaryEntry:
    row = DiaryEntry(device_id=device_id, **entry.__dict__)
    session.add(row)
    session.flush()
    return row


def get_entry(session: Session, *, device_id: int, entry_id: int) -> DiaryEntry | None:
    row = session.get(DiaryEntry, entry_id)
    return row if row is not None and row.device_id == device_id else None


def update_entry(
    session: Session, *, device_id: int, entry_id: int, entry: EntryInput
) -> DiaryEntry | None:
    row = get_entry(session, device_id=device_id, entry_id=entry_id)
    if row is None:
        return None
    for field, value in entry.__dict__.items():
        setattr(row, field, value)
    row.updated_at = utc_now()
    session.add(row)
    return row


def delete_entry(session: Session, *, device_id: int, entry_id: int) -> bool:
    row = get_entry(session, device_id=device_id, entry_id=entry_id)
    if row is None:
        return False
    session.delete(row)
    return True


def list_entries(session: Session, *, device_id: int, limit: int = 2000) -> list[DiaryEntry]:
    query = select(DiaryEntry).where(DiaryEntry.device_id == device_id)
    return list(session.exec(query.order_by(DiaryEntry.occurred_at.desc()).limit(limit)))


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
