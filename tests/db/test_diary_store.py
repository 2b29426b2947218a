"""Diary rows stay with their device; export holds every row; delete leaves none; transfer once."""

from datetime import UTC, datetime, timedelta

from sqlmodel import select

from twitch_app.db import diary as store
from twitch_app.db.devices import register_device
from twitch_app.db.engine import session_scope
from twitch_app.db.models import Device, DiaryEntry, RoutineSession, TransferCode
from twitch_app.diary.entries import parse_entry

NOW = datetime.now(UTC)


def two_devices(db_url) -> tuple[int, int]:
    with session_scope(db_url) as session:
        return register_device(session)[0].id, register_device(session)[0].id


def log(db_url, device_id: int, area: str = "eyelid") -> int:
    with session_scope(db_url) as session:
        entry = parse_entry({"area": area, "intensity": 2}, NOW)
        return store.add_entry(session, device_id=device_id, entry=entry).id


def test_a_device_never_reaches_another_devices_entries(db_url):
    mine, theirs = two_devices(db_url)
    their_entry = log(db_url, theirs)
    log(db_url, mine)
    changed = parse_entry({"area": "calf", "intensity": 5}, NOW)
    with session_scope(db_url) as session:
        assert store.get_entry(session, device_id=mine, entry_id=their_entry) is None
        assert (
            store.update_entry(session, device_id=mine, entry_id=their_entry, entry=changed) is None
        )
        assert store.delete_entry(session, device_id=mine, entry_id=their_entry) is False
        assert [e.area for e in store.list_entries(session, device_id=mine)] == ["eyelid"]
        assert len(store.export_rows(session, device_id=mine)["diary_entries"]) == 1
    with session_scope(db_url) as session:
        assert session.get(DiaryEntry, their_entry).area == "eyelid"


def test_export_holds_every_row_and_delete_leaves_none(db_url):
    mine, theirs = two_devices(db_url)
    for area in ("eyelid", "calf", "arm"):
        log(db_url, mine, area)
    log(db_url, theirs)
    with session_scope(db_url) as session:
        session.add(RoutineSession(device_id=mine, client_id="a" * 36, routine_id="box_breathing",
                                   planned_seconds=60, elapsed_seconds=60, completed=True,
                                   started_at=NOW, finished_at=NOW))  # fmt: skip
    with session_scope(db_url) as session:
        exported = store.export_rows(session, device_id=mine)
        assert len(exported["diary_entries"]) == 3 and len(exported["routine_sessions"]) == 1
        assert all(row["device_id"] == mine for rows in exported.values() for row in rows)
        assert store.delete_everything(session, device_id=mine) == 5  # 4 rows and the device
    with session_scope(db_url) as session:
        assert session.get(Device, mine) is None
        assert session.exec(select(DiaryEntry).where(DiaryEntry.device_id == mine)).all() == []
        assert len(store.list_entries(session, device_id=theirs)) == 1


def test_a_transfer_code_moves_the_data_once_and_then_fails(db_url):
    old, new = two_devices(db_url)
    log(db_url, old)
    log(db_url, old, "calf")
    with session_scope(db_url) as session:
        code = store.create_transfer_code(session, device_id=old)
    assert store.normalise_code(code.lower()) == code
    with session_scope(db_url) as session:
        assert store.redeem_transfer_code(session, device_id=new, code=code) == 2
    with session_scope(db_url) as session:
        assert len(store.list_entries(session, device_id=new)) == 2
        assert store.list_entries(session, device_id=old) == []
        assert store.redeem_transfer_code(session, device_id=old, code=code) is None


def test_an_expired_or_made_up_code_moves_nothing(db_url):
    old, new = two_devices(db_url)
    log(db_url, old)
    with session_scope(db_url) as session:
        code = store.create_transfer_code(session, device_id=old)
        row = session.exec(select(TransferCode)).one()
        row.expires_at = datetime.now(UTC) - timedelta(seconds=1)
    with session_scope(db_url) as session:
        assert store.redeem_transfer_code(session, device_id=new, code=code) is None
        assert store.redeem_transfer_code(session, device_id=new, code="ABCDEFGHJKMN") is None
        assert len(store.list_entries(session, device_id=old)) == 1
    assert store.normalise_code("nope") is None and store.normalise_code(42) is None


def test_transfer_codes_avoid_look_alikes_and_redeem_takes_the_grouped_form():
    assert not set(store.TRANSFER_ALPHABET) & set("0O1IL5S8B")
    assert store.normalise_code("acde-fghj-kmnp") == "ACDEFGHJKMNP"
    assert store.normalise_code("ACDE FGHJ KMNP") == "ACDEFGHJKMNP"
    assert store.normalise_code("ACDE-FGHJ-KMN5") is None  # 5 is not in the alphabet
