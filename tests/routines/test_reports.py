"""What the player reports is checked before anything is stored."""

from datetime import UTC, datetime

import pytest

from twitch_app.routines.reports import ReportError, parse_finished

NOW = datetime(2026, 11, 27, 22, 0, tzinfo=UTC)
GOOD = {
    "clientId": "3f2b8c1e-9a4d-4e2f-8b1a-2c3d4e5f6a7b",
    "routineId": "box_breathing",
    "plannedSeconds": 128,
    "elapsedSeconds": 128,
    "completed": True,
    "feeling": 4,
    "startedAt": "2026-11-27T21:50:00.000Z",
    "finishedAt": "2026-11-27T21:52:08.000Z",
}


def test_a_good_report_parses():
    session = parse_finished(GOOD, NOW)
    assert session.routine_id == "box_breathing" and session.feeling == 4
    assert session.finished_at.tzinfo is not None


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("clientId", "1; DROP TABLE"),
        ("routineId", "rare_conditions"),
        ("plannedSeconds", 99_999),
        ("plannedSeconds", True),
        ("elapsedSeconds", 129),
        ("elapsedSeconds", -1),
        ("feeling", 9),
        ("completed", "yes"),
        ("startedAt", "yesterday"),
        ("startedAt", "2026-11-27T21:50:00"),
        ("finishedAt", "2030-01-01T00:00:00Z"),
        ("finishedAt", "2026-11-27T21:00:00Z"),
        ("startedAt", "0001-01-01T00:00:00+14:00"),
    ],
)
def test_each_bad_field_is_refused(field, value):
    with pytest.raises(ReportError):
        parse_finished({**GOOD, field: value}, NOW)


def test_a_non_object_is_refused():
    with pytest.raises(ReportError):
        parse_finished(["not", "a", "dict"], NOW)
