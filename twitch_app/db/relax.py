"""Routine sessions and custom breathing patterns, always scoped to one device."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from twitch_app.db.models import CustomPattern, RoutineSession, utc_now
from twitch_app.routines import CustomPattern as Pattern


def record_session(
    session: Session,
    *,
    device_id: int,
    client_id: str,
    routine_id: str,
    planned_seconds: int,
    elapsed_seconds: int,
    completed: bool,
    feeling: int | None,
    started_at: datetime,
    finished_at: datetime,
) -> bool:
    """Store a finished session once; a resend only fills in a feeling. True if new."""
    existing = session.exec(
        select(RoutineSession).where(
            RoutineSession.device_id == device_id, RoutineSession.client_id == client_id
        )
    ).first()
    if existing is not None:
        if feeling is not None and existing.feeling != feeling:
            existing.feeling = feeling
            session.add(existing)
        return False
    session.add(
        RoutineSession(
            device_id=device_id,
            client_id=client_id,
            routine_id=routine_id,
            planned_seconds=planned_seconds,
            elapsed_seconds=elapsed_seconds,
            completed=completed,
            feeling=feeling,
            started_at=started_at,
            finished_at=finished_at,
        )
    )
    return True


def list_sessions(session: Session, *, device_id: int, limit: int = 500) -> list[RoutineSession]:
    query = (
        select(RoutineSession)
        .where(RoutineSession.device_id == device_id)
        .order_by(RoutineSession.finished_at.desc())
        .limit(limit)
    )
    return list(session.exec(query))


def _halves(seconds: float) -> int:
    return round(seconds * 2)


def save_pattern(
    session: Session, *, device_id: int, pattern: Pattern, pattern_id: int | None = None
) -> CustomPattern | None:
    """Create, or update one this device owns; None when `pattern_id` is not this device's."""
    if pattern_id is None:
        row = CustomPattern(
            device_id=device_id,
            name=pattern.name,
            inhale_half_seconds=0,
            hold_in_half_seconds=0,
            exhale_half_seconds=0,
            hold_out_half_seconds=0,
        )
    else:
        row = get_pattern(session, device_id=device_id, pattern_id=pattern_id)
        if row is None:
            return None
    row.name = pattern.name
    row.inhale_half_seconds = _halves(pattern.inhale)
    row.hold_in_half_seconds = _halves(pattern.hold)
    row.exhale_half_seconds = _halves(pattern.exhale)
    row.hold_out_half_seconds = _halves(pattern.hold_empty)
    row.cycles, row.minutes = pattern.cycles, pattern.minutes
    row.updated_at = utc_now()
    session.add(row)
    session.flush()
    return row


def get_pattern(session: Session, *, device_id: int, pattern_id: int) -> CustomPattern | None:
    row = session.get(CustomPattern, pattern_id)
    return row if row is not None and row.device_id == device_id else None


def list_patterns(session: Session, *, device_id: int) -> list[CustomPattern]:
    query = select(CustomPattern).where(CustomPattern.device_id == device_id)
    return list(session.exec(query.order_by(CustomPattern.name)))


def delete_pattern(session: Session, *, device_id: int, pattern_id: int) -> bool:
    row = get_pattern(session, device_id=device_id, pattern_id=pattern_id)
    if row is None:
        return False
    session.delete(row)
    return True


def as_pattern(row: CustomPattern) -> Pattern:
    return Pattern(
        name=row.name,
        inhale=row.inhale_half_seconds / 2,
        hold=row.hold_in_half_seconds / 2,
        exhale=row.exhale_half_seconds / 2,
        hold_empty=row.hold_out_half_seconds / 2,
        cycles=row.cycles,
        minutes=row.minutes,
    )
