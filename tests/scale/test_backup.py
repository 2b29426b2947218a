"""Backups: the whole database and one device, dumped and restored, on SQLite and PostgreSQL.

The SQLite case needs nothing but Python, so `make test` runs it; the PostgreSQL case is a
`scale` test.
"""

import json
from datetime import UTC, datetime

import pytest
from sqlmodel import select

from twitch_app.backup import cli, core, restore_cli
from twitch_app.db.devices import register_device
from twitch_app.db.engine import session_scope
from twitch_app.db.models import CustomPattern, DiaryEntry, WizardProgress
from twitch_app.devtools.scale import migrations


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.scale)])
def database_pair(request, tmp_path) -> tuple[str, str]:
    """Two migrated, empty databases of one kind: the source and the restore target."""
    if request.param == "sqlite":
        urls = (f"sqlite:///{tmp_path / 'source.db'}", f"sqlite:///{tmp_path / 'target.db'}")
    else:
        from twitch_app.devtools.scale import services

        services.start()
        urls = (
            services.fresh_database("t_backup_source"),
            services.fresh_database("t_backup_target"),
        )
    for url in urls:
        migrations.upgrade(url)
    return urls


def add_device_with_data(url: str, notes: str) -> int:
    with session_scope(url) as session:
        device, _secret = register_device(session)
        when = datetime(2026, 3, 1, 7, 30, tzinfo=UTC)
        session.add(DiaryEntry(device_id=device.id, occurred_at=when, area="calf", intensity=3,
                               duration_kind="seconds", duration_value=20, notes=notes,
                               sleep_hours=6.5, hard_exercise=True))  # fmt: skip
        session.add(CustomPattern(device_id=device.id, name="slow", inhale_half_seconds=8,
                                  hold_in_half_seconds=0, exhale_half_seconds=12,
                                  hold_out_half_seconds=0, minutes=5))  # fmt: skip
        session.add(WizardProgress(device_id=device.id, answers_json='{"areas": ["calf"]}',
                                   step="when"))  # fmt: skip
        return device.id


def dump(url: str, device_id: int | None = None) -> dict:
    with session_scope(url) as session:
        if device_id is None:
            return core.dump_database(session)
        return core.dump_device(session, device_id=device_id)


def without_row_ids(device_dump: dict) -> dict:
    return {
        name: [{key: value for key, value in row.items() if key != "id"} for row in rows]
        for name, rows in device_dump["tables"].items()
    }


def test_the_whole_database_round_trips_through_the_commands(database_pair, tmp_path, monkeypatch):
    source, target = database_pair
    first = add_device_with_data(source, "after a long run")
    add_device_with_data(source, "eyes tired")
    backup_file = tmp_path / "backup.json"

    monkeypatch.setenv("DATABASE_URL", source)
    assert cli.main(["--out", str(backup_file)]) == 0
    assert backup_file.stat().st_mode & 0o077 == 0  # health notes: owner only
    monkeypatch.setenv("DATABASE_URL", target)
    assert restore_cli.main([str(backup_file)]) == 0

    assert dump(target) == dump(source)
    # New rows after a restore get fresh ids (PostgreSQL's sequences were moved on).
    third = add_device_with_data(target, "new after restore")
    assert third > first
    # A second restore into a database that has data is refused: nothing is overwritten.
    assert restore_cli.main([str(backup_file)]) == 1


def test_one_device_is_restored_without_touching_the_others(database_pair):
    source, target = database_pair
    kept = add_device_with_data(source, "the original note")
    saved = dump(source, kept)
    assert [row["notes"] for row in saved["tables"]["diaryentry"]] == ["the original note"]

    # Into the same database after the data changed: the dump's data comes back.
    with session_scope(source) as session:
        entry = session.exec(select(DiaryEntry).where(DiaryEntry.device_id == kept)).one()
        entry.notes = "changed by mistake"
        session.add(DiaryEntry(device_id=kept, occurred_at=datetime(2026, 3, 2, tzinfo=UTC),
                               area="eyelid", intensity=1, duration_kind="minutes"))  # fmt: skip
    other = add_device_with_data(source, "someone else")
    with session_scope(source) as session:
        assert core.restore_device(session, saved) == kept
    # Rows get fresh ids on restore (ids are per database); everything else is as saved.
    assert without_row_ids(dump(source, kept)) == without_row_ids(saved)
    assert dump(source, other)["tables"]["diaryentry"][0]["notes"] == "someone else"

    # Into another database: the device (same secret hash) arrives with its data.
    with session_scope(target) as session:
        moved = core.restore_device(session, json.loads(json.dumps(saved)))
    moved_dump = dump(target, moved)
    assert (
        moved_dump["tables"]["device"][0]["owner_key"] == saved["tables"]["device"][0]["owner_key"]
    )
    assert [row["notes"] for row in moved_dump["tables"]["diaryentry"]] == ["the original note"]


def test_a_dump_from_another_schema_or_scope_is_refused(database_pair):
    source, _target = database_pair
    device = add_device_with_data(source, "note")
    stale = {**dump(source), "schema": "0000_older"}
    with session_scope(source) as session, pytest.raises(core.BackupError, match="schema"):
        core.restore_database(session, stale)
    with session_scope(source) as session, pytest.raises(core.BackupError, match="holds a device"):
        core.restore_database(session, dump(source, device))
