"""The routine records' fields are declared once (db.records); the pure checks of the player's
reports and the pattern form hold exactly those fields, within those limits."""

import dataclasses

import pytest
from pydantic import ValidationError

from twitch_app.db.models import CustomPattern, RoutineSession
from twitch_app.db.records import CustomPatternBase, CustomPatternUpdate, RoutineSessionBase
from twitch_app.routines.reports import FinishedSession


def test_a_finished_report_has_exactly_the_sessions_declared_fields():
    assert [f.name for f in dataclasses.fields(FinishedSession)] == list(
        RoutineSessionBase.model_fields
    )


@pytest.mark.parametrize(
    ("table", "base", "bookkeeping"),
    [
        (RoutineSession, RoutineSessionBase, {"id", "device_id"}),
        (CustomPattern, CustomPatternBase, {"id", "device_id", "created_at", "updated_at"}),
    ],
)
def test_each_table_is_its_declared_fields_and_bookkeeping(table, base, bookkeeping):
    assert set(table.__table__.c.keys()) == set(base.model_fields) | bookkeeping


def test_a_pattern_update_holds_only_what_it_sets_and_keeps_the_limits():
    assert CustomPatternUpdate(name="slow").model_dump(exclude_unset=True) == {"name": "slow"}
    with pytest.raises(ValidationError):
        CustomPatternUpdate(inhale_half_seconds=41)  # 20.5 s: over the 20 s a phase may last
