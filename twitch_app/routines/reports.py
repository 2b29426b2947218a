"""Checks on what the browser player reports; the client is untrusted (pure Python)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from twitch_app.ids import ROUTINE_IDS
from twitch_app.local_days import TimeError, parse_utc

CUSTOM_ROUTINE = "custom"
MAX_SESSION_SECONDS = 2 * 60 * 60
_TIME_REFUSALS = {
    "form": "must be an ISO date-time",
    "zone": "must carry a time zone",
    "range": "is out of range",
}
_CLIENT_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class ReportError(ValueError):
    """A report the server refuses; the message names the field."""


@dataclass(frozen=True)
class FinishedSession:
    client_id: str
    routine_id: str
    planned_seconds: int
    elapsed_seconds: int
    completed: bool
    feeling: int | None
    started_at: datetime
    finished_at: datetime


def _int(data: dict[str, Any], key: str, low: int, high: int) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ReportError(f"session.{key} must be a whole number from {low} to {high}")
    return value


def _time(data: dict[str, Any], key: str, now: datetime) -> datetime:
    try:
        moment = parse_utc(data.get(key))
    except TimeError as error:
        raise ReportError(f"session.{key} {_TIME_REFUSALS[error.reason]}") from error
    # Offline sessions arrive late, but never from the future or from years ago.
    if not now - timedelta(days=90) <= moment <= now + timedelta(minutes=5):
        raise ReportError(f"session.{key} is out of range")
    return moment


def parse_client_id(value: object) -> str:
    if not isinstance(value, str) or not _CLIENT_ID.match(value):
        raise ReportError("clientId must be a UUID")
    return value


def parse_routine_id(value: object) -> str:
    if value != CUSTOM_ROUTINE and value not in ROUTINE_IDS:
        raise ReportError("routineId is not a known routine")
    return value


def parse_finished(session: object, now: datetime | None = None) -> FinishedSession:
    if not isinstance(session, dict):
        raise ReportError("session must be an object")
    now = now or datetime.now(UTC)
    planned = _int(session, "plannedSeconds", 1, MAX_SESSION_SECONDS)
    elapsed = _int(session, "elapsedSeconds", 0, planned)
    feeling = session.get("feeling")
    if feeling is not None:
        feeling = _int(session, "feeling", 1, 5)
    completed = session.get("completed")
    if not isinstance(completed, bool):
        raise ReportError("session.completed must be true or false")
    started, finished = _time(session, "startedAt", now), _time(session, "finishedAt", now)
    if finished < started:
        raise ReportError("session.finishedAt is before session.startedAt")
    return FinishedSession(
        client_id=parse_client_id(session.get("clientId")),
        routine_id=parse_routine_id(session.get("routineId")),
        planned_seconds=planned,
        elapsed_seconds=elapsed,
        completed=completed,
        feeling=feeling,
        started_at=started,
        finished_at=finished,
    )
