"""Data access for the symptom wizard: the check in progress and the finished checks.

Every function takes the device id the server derived (DeviceState._require_device), keyword
only, so a call can never mix up whose data it touches.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, delete, select

from twitch_app import wizard
from twitch_app.db.models import WizardProgress, WizardResult, utc_now

HISTORY_LIMIT = 20


def load_progress(session: Session, *, device_id: int) -> WizardProgress | None:
    statement = select(WizardProgress).where(WizardProgress.device_id == device_id)
    return session.exec(statement).first()


def save_progress(
    session: Session, *, device_id: int, answers_json: str, step: str, draft_json: str = "[]"
) -> None:
    """Create or update the one progress row of this device, in one statement.

    It runs on every tap of the check, in a sync handler that blocks the worker's event loop.
    In a profile of a worker under 200 devices, half of its busy time went to this save (the
    commit included); the ORM's read, then update and flush, was the part that could go.
    One statement also cannot race another worker into the unique index (NOTES 32).
    """
    values = {
        "answers_json": answers_json,
        "step": step,
        "draft_json": draft_json,
        "updated_at": utc_now(),
    }
    upsert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = upsert(WizardProgress).values(device_id=device_id, **values)
    session.exec(
        statement.on_conflict_do_update(index_elements=[col(WizardProgress.device_id)], set_=values)
    )


def clear_progress(session: Session, *, device_id: int) -> None:
    session.exec(delete(WizardProgress).where(col(WizardProgress.device_id) == device_id))


def add_result(
    session: Session, *, device_id: int, urgency: str, findings_json: str, assessment_json: str
) -> WizardResult:
    result = WizardResult(
        device_id=device_id,
        urgency=urgency,
        findings_json=findings_json,
        assessment_json=assessment_json,
    )
    session.add(result)
    session.flush()
    return result


def list_results(
    session: Session, *, device_id: int, limit: int = HISTORY_LIMIT
) -> list[WizardResult]:
    """This device's finished checks, newest first."""
    statement = (
        select(WizardResult)
        .where(WizardResult.device_id == device_id)
        .order_by(col(WizardResult.created_at).desc(), col(WizardResult.id).desc())
        .limit(limit)
    )
    return list(session.exec(statement))


def saved_screen(session: Session, *, device_id: int, now: datetime) -> wizard.Screen:
    """The device's saved check shown again (on a page load), with its history. It records
    nothing, whatever the history holds: a check is recorded by the answer that finishes it."""
    progress = load_progress(session, device_id=device_id)
    history = tuple(
        wizard.StoredCheck(row.created_at, row.urgency, row.assessment_json)
        for row in list_results(session, device_id=device_id)
    )
    event = wizard.Resume(
        progress.step if progress else wizard.INTRO_STEP,
        progress.draft_json if progress else "[]",
        history,
    )
    return wizard.resume(progress.answers_json if progress else "{}", event, now=now)
