"""Edits keep everything: save every field, change one, every other field is as it was; and
every column of a person's records reaches the export and comes back from a restore.
On SQLite here; on PostgreSQL in `make test-scale`."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from twitch_app.backup import core
from twitch_app.db import device_data
from twitch_app.db import diary as store
from twitch_app.db.devices import register_device
from twitch_app.db.engine import session_scope
from twitch_app.db.models import CustomPattern, DiaryEntry, RoutineSession
from twitch_app.devtools.scale import migrations
from twitch_app.diary.entries import ENTRY_FIELDS, form_values, parse_changes, parse_entry

NOW = datetime.now(UTC).replace(microsecond=0)
EVERY_FIELD = {
    "occurred_at": NOW.isoformat(), "area": "calf", "intensity": "3",
    "duration_kind": "seconds", "duration_value": "20", "notes": "after the gym",
    "caffeine_drinks": "4", "alcohol_units": "5.5", "sleep_hours": "8", "stress": "6",
    "hard_exercise": "yes", "enough_water": "no",
}  # fmt: skip
ZONE = ZoneInfo("Europe/London")


def migrated(kind: str, name: str, tmp_path) -> str:
    if kind == "sqlite":
        url = f"sqlite:///{tmp_path / f'{name}.db'}"
    else:
        from twitch_app.devtools.scale import services

        services.start()
        url = services.fresh_database(f"t_edits_{name}")
    migrations.upgrade(url)
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.scale)])
def kind(request) -> str:
    return request.param


def stored(url: str, entry_id: int) -> dict:
    with session_scope(url) as session:
        row = session.get(DiaryEntry, entry_id)
        return {name: getattr(row, name) for name in ENTRY_FIELDS}


def test_an_edit_of_one_field_keeps_every_other_field(kind, tmp_path):
    url = migrated(kind, "edit", tmp_path)
    with session_scope(url) as session:
        device_id = register_device(session)[0].id
        entry = parse_entry(EVERY_FIELD)
        entry_id = store.add_entry(session, device_id=device_id, entry=entry).id
    before = stored(url, entry_id)
    assert before["alcohol_units"] == 5.5 and before["hard_exercise"] is True
    # The form as the edit state opens it, with only the intensity tapped differently.
    shown = form_values(entry, ZONE)
    changes = parse_changes({**shown, "intensity": "5"}, shown, ZONE)
    with session_scope(url) as session:
        store.update_entry(session, device_id=device_id, entry_id=entry_id, changes=changes)
    assert stored(url, entry_id) == {**before, "intensity": 5}


def full_records(session, device_id: int) -> None:
    session.add(
        DiaryEntry(
            device_id=device_id,
            client_id="6b3f8a52-0d1e-4c7a-9f00-1a2b3c4d5e6f",
            **parse_entry(EVERY_FIELD).model_dump(),
        )
    )
    session.add(
        RoutineSession(
            device_id=device_id,
            client_id="7c4f8a52-0d1e-4c7a-9f00-1a2b3c4d5e6f",
            routine_id="box_breathing",
            planned_seconds=60,
            elapsed_seconds=50,
            completed=False,
            feeling=4,
            started_at=NOW,
            finished_at=NOW,
        )
    )
    session.add(CustomPattern(device_id=device_id, name="slow", inhale_half_seconds=8,
                              hold_in_half_seconds=1, exhale_half_seconds=12,
                              hold_out_half_seconds=2, cycles=6))  # fmt: skip


@pytest.mark.parametrize("table", [DiaryEntry, RoutineSession, CustomPattern])
def test_every_column_reaches_the_export_and_comes_back_from_a_restore(table, kind, tmp_path):
    source, target = migrated(kind, "source", tmp_path), migrated(kind, "target", tmp_path)
    with session_scope(source) as session:
        device_id = register_device(session)[0].id
        full_records(session, device_id)
    columns = set(table.__table__.c.keys())
    with session_scope(source) as session:
        exported = device_data.export_rows(session, device_id=device_id)
        dump = core.dump_device(session, device_id=device_id)
        original = session.exec(table.__table__.select()).mappings().one()
    export_name = next(name for name, t in device_data.OWNED_TABLES.items() if t is table)
    assert set(exported[export_name][0]) == columns
    assert set(dump["tables"][table.__tablename__][0]) == columns
    with session_scope(target) as session:
        register_device(session)  # the restored device gets another id there
        restored_device = core.restore_device(session, dump)
    with session_scope(target) as session:
        restored = session.exec(table.__table__.select()).mappings().one()
    for column in columns - {"id", "device_id"}:
        assert restored[column] == original[column], column
    assert restored["device_id"] == restored_device
