"""Everything a device owns, as a whole: export, delete, and moving it to another device.

Every function takes the device id the server derived (DeviceState._require_device).
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Delete, Update, delete, func, update
from sqlmodel import Session, col, select

from twitch_app.db.models import (
    CustomPattern,
    Device,
    DiaryEntry,
    RoutineSession,
    TransferCode,
    TransferMove,
    WizardProgress,
    WizardResult,
    utc_now,
)

OwnedTable = (
    type[DiaryEntry]
    | type[WizardResult]
    | type[WizardProgress]
    | type[RoutineSession]
    | type[CustomPattern]
    | type[TransferCode]
    | type[TransferMove]
)
# Every table holding a device's rows, and the name it has in an export.
OWNED_TABLES: dict[str, OwnedTable] = {
    "diary_entries": DiaryEntry,
    "wizard_results": WizardResult,
    "wizard_progress": WizardProgress,
    "routine_sessions": RoutineSession,
    "custom_patterns": CustomPattern,
    "transfer_codes": TransferCode,
    "transfer_moves": TransferMove,
}
# What a transfer carries: the person's own records (not codes, moves, or a check in progress,
# which follows only when the new phone has none of its own: _move_progress).
MOVED_TABLES = {
    name: table
    for name, table in OWNED_TABLES.items()
    if table not in (TransferCode, TransferMove, WizardProgress)
}
PROGRESS = "wizard_progress"  # the check in progress's name in a move's record of what it moved
# No look-alikes (0/O, 1/I/L, 5/S, 8/B): easy to read aloud and to type from a screen.
TRANSFER_ALPHABET = "ACDEFGHJKMNPQRTVWXYZ234679"
TRANSFER_LENGTH = 12  # 26**12, about 2**56: not guessable at any rate a server allows
TRANSFER_LIFETIME = timedelta(minutes=15)


def export_rows(session: Session, *, device_id: int) -> dict[str, list[dict]]:
    """Every row this device owns, table by table (transfer codes without their hashes)."""
    exported = {}
    for name, table in OWNED_TABLES.items():
        rows = session.exec(select(table).where(col(table.device_id) == device_id)).all()
        exported[name] = [row.model_dump(exclude={"code_hash"}, mode="json") for row in rows]
    return exported


def delete_everything(session: Session, *, device_id: int) -> int:
    """Remove every row the device owns, and the device itself. Returns the rows removed."""
    removed = 0
    for table in OWNED_TABLES.values():
        removed += session.exec(delete(table).where(col(table.device_id) == device_id)).rowcount
    removed += session.exec(delete(Device).where(col(Device.id) == device_id)).rowcount
    return removed


def count_moved_rows(session: Session, *, device_id: int) -> int:
    """How many of the person's own records the device holds (what a transfer would carry)."""
    return sum(
        session.exec(
            select(func.count()).select_from(table).where(col(table.device_id) == device_id)
        ).one()
        for table in MOVED_TABLES.values()
    )


def _code_hash(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


def create_transfer_code(session: Session, *, device_id: int) -> str:
    """A new one-time code (any older one of this device stops working)."""
    session.exec(delete(TransferCode).where(col(TransferCode.device_id) == device_id))
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


def _usable_code(session: Session, *, device_id: int, code: str) -> TransferCode | None:
    row = session.exec(
        select(TransferCode).where(TransferCode.code_hash == _code_hash(code))
    ).first()
    if row is None or row.used_at is not None or row.expires_at <= utc_now():
        return None
    return None if row.device_id == device_id else row


def incoming_count(session: Session, *, device_id: int, code: str) -> int | None:
    """How many records the code would bring here, without moving them; None if not valid."""
    row = _usable_code(session, device_id=device_id, code=code)
    return None if row is None else count_moved_rows(session, device_id=row.device_id)


def redeem_transfer_code(session: Session, *, device_id: int, code: str) -> int | None:
    """Move the code's device's rows to `device_id`, once, and record what moved (a
    TransferMove, which undo_move reverses). None if the code is not valid now."""
    row = _usable_code(session, device_id=device_id, code=code)
    if row is None:
        return None
    source = row.device_id
    row.used_at = utc_now()
    session.add(row)
    moved: dict[str, list[int]] = {}
    for name, table in MOVED_TABLES.items():
        found = session.exec(select(col(table.id)).where(col(table.device_id) == source))
        ids = [row_id for row_id in found if row_id is not None]
        if ids:
            session.exec(update(table).where(col(table.id).in_(ids)).values(device_id=device_id))
            moved[name] = ids
    count = sum(len(ids) for ids in moved.values())
    if (progress_id := _move_progress(session, source=source, target=device_id)) is not None:
        moved[PROGRESS] = [progress_id]  # undone with the rest; not one of the counted records
    session.add(
        TransferMove(
            device_id=device_id,
            from_device_id=source,
            moved_json=json.dumps(moved),
            moved_count=count,
        )
    )
    return count


def _progress_id(session: Session, *, device_id: int) -> int | None:
    found = select(col(WizardProgress.id)).where(col(WizardProgress.device_id) == device_id)
    return session.exec(found).first()


def _move_progress(session: Session, *, source: int, target: int) -> int | None:
    """The check in progress follows the history only when the target has none of its own (one
    per device); it then goes wherever the history goes, undo included. Returns the moved id."""
    progress_id = _progress_id(session, device_id=source)
    if progress_id is None or _progress_id(session, device_id=target) is not None:
        return None
    session.exec(
        update(WizardProgress).where(col(WizardProgress.id) == progress_id).values(device_id=target)
    )
    return progress_id


def list_moves(session: Session, *, device_id: int) -> list[TransferMove]:
    """This device's moves that can still be undone, newest first."""
    query = select(TransferMove).where(
        TransferMove.device_id == device_id, col(TransferMove.undone_at).is_(None)
    )
    return list(session.exec(query.order_by(col(TransferMove.moved_at).desc())))


@dataclass(frozen=True)
class Undone:
    count: int
    returned: bool  # True: back on the other phone; False: that phone's data was deleted


def undo_move(session: Session, *, device_id: int, move_id: int) -> Undone | None:
    """Send what a move brought back to the device it came from (or, if that device was
    deleted since, remove it here). None if the move is not this device's or already undone.
    Records added on this device since the move stay here."""
    move = session.get(TransferMove, move_id)
    if move is None or move.device_id != device_id or move.undone_at is not None:
        return None
    returned = session.get(Device, move.from_device_id) is not None
    count = 0
    for name, ids in json.loads(move.moved_json).items():
        table = MOVED_TABLES.get(name)
        if table is None or not ids:
            continue
        mine = (col(table.id).in_(ids), col(table.device_id) == device_id)
        statement: Update | Delete
        if returned:
            statement = update(table).where(*mine).values(device_id=move.from_device_id)
        else:
            statement = delete(table).where(*mine)
        count += session.exec(statement).rowcount
    _undo_progress(session, move, device_id=device_id, returned=returned)
    move.undone_at = utc_now()
    session.add(move)
    return Undone(count, returned)


def _undo_progress(session: Session, move: TransferMove, *, device_id: int, returned: bool) -> None:
    """The check in progress a move brought goes back with the history (removed with it when
    the phone it came from was deleted). If that phone has started a check of its own since,
    the moved one stays here: one per device, and the newer check is the one to keep there."""
    ids = json.loads(move.moved_json).get(PROGRESS) or []
    mine = (col(WizardProgress.id).in_(ids), col(WizardProgress.device_id) == device_id)
    if not returned:
        session.exec(delete(WizardProgress).where(*mine))
    elif _progress_id(session, device_id=move.from_device_id) is None:
        session.exec(update(WizardProgress).where(*mine).values(device_id=move.from_device_id))
