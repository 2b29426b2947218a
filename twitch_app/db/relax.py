"""Routine sessions and custom breathing patterns, always scoped to one device."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, col, select

from twitch_app.db.models import CustomPattern, RoutineSession, utc_now
from twitch_app.db.records import CustomPatternCreate, CustomPatternUpdate, RoutineSessionCreate
from twitch_app.routines import CustomPattern as Pattern
from twitch_app.routines.reports import FinishedSession


def record_session(session: Session, *, device_id: int, session_report: FinishedSession) -> bool:
    """Store a finished session once; a resend only fills in a feeling. True if new."""
    report = RoutineSessionCreate.model_validate(session_report.__dict__)
    existing = session.exec(
        select(RoutineSession).where(
            RoutineSession.device_id == device_id, RoutineSession.client_id == report.client_id
        )
    ).first()
    if existing is not None:
        if report.feeling is not None and existing.feeling != report.feeling:
            existing.feeling = report.feeling
            session.add(existing)
        return False
    session.add(RoutineSession(device_id=device_id, **report.model_dump()))
    return True


def list_sessions(session: Session, *, device_id: int, limit: int = 500) -> list[RoutineSession]:
    query = (
        select(RoutineSession)
        .where(RoutineSession.device_id == device_id)
        .order_by(col(RoutineSession.finished_at).desc())
        .limit(limit)
    )
    return list(session.exec(query))


def _halves(seconds: float) -> int:
    return round(seconds * 2)


def pattern_record(pattern: Pattern) -> CustomPatternCreate:
    """A checked pattern (seconds) as the stored record (half seconds)."""
    return CustomPatternCreate(
        name=pattern.name,
        inhale_half_seconds=_halves(pattern.inhale),
        hold_in_half_seconds=_halves(pattern.hold),
        exhale_half_seconds=_halves(pattern.exhale),
        hold_out_half_seconds=_halves(pattern.hold_empty),
        cycles=pattern.cycles,
        minutes=pattern.minutes,
    )


MAX_PATTERNS = 50  # a person keeps a handful; a flood cannot grow a device without end


class PatternsFull(ValueError):
    """The device keeps as many patterns as it may; the message says what to do."""


def save_pattern(
    session: Session, *, device_id: int, pattern: Pattern, pattern_id: int | None = None
) -> CustomPattern | None:
    """Create, or update one this device owns; None when `pattern_id` is not this device's."""
    record = pattern_record(pattern)
    if pattern_id is None:
        kept = session.exec(
            select(func.count())
            .select_from(CustomPattern)
            .where(CustomPattern.device_id == device_id)
        ).one()
        if kept >= MAX_PATTERNS:
            raise PatternsFull(
                f"Not saved: you keep {MAX_PATTERNS} patterns, the most this app holds. "
                "Delete one you no longer use to make room."
            )
        row = CustomPattern(device_id=device_id, **record.model_dump())
    else:
        found = get_pattern(session, device_id=device_id, pattern_id=pattern_id)
        if found is None:
            return None
        row = found
        # The form sends the whole pattern: every field is a change (cycles or minutes empties).
        changes = CustomPatternUpdate(**record.model_dump())
        for field, value in changes.model_dump(exclude_unset=True).items():
            setattr(row, field, value)
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
