"""Diary rows stay with their device; export holds every row; delete leaves none; transfer once."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from twitch_app.db import device_data
from twitch_app.db import diary as store
from twitch_app.db.devices import register_device
from twitch_app.db.engine import session_scope
from twitch_app.db.models import Device, DiaryEntry, RoutineSession, TransferCode
from twitch_app.diary.entries import DiaryEntryUpdate, parse_entry

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
    changed = DiaryEntryUpdate(area="calf", intensity=5)
    with session_scope(db_url) as session:
        assert store.get_entry(session, device_id=mine, entry_id=their_entry) is None
        assert (
            store.update_entry(session, device_id=mine, entry_id=their_entry, changes=changed)
            is None
        )
        assert store.delete_entry(session, device_id=mine, entry_id=their_entry) is False
        assert [e.area for e in store.list_entries(session, device_id=mine)] == ["eyelid"]
        assert len(device_data.export_rows(session, device_id=mine)["diary_entries"]) == 1
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
        exported = device_data.export_rows(session, device_id=mine)
        assert len(exported["diary_entries"]) == 3 and len(exported["routine_sessions"]) == 1
        assert all(row["device_id"] == mine for rows in exported.values() for row in rows)
        assert device_data.delete_everything(session, device_id=mine) == 5  # 4 rows and the device
    with session_scope(db_url) as session:
        assert session.get(Device, mine) is None
        assert session.exec(select(DiaryEntry).where(DiaryEntry.device_id == mine)).all() == []
        assert len(store.list_entries(session, device_id=theirs)) == 1


def test_a_transfer_code_moves_the_data_once_and_then_fails(db_url):
    old, new = two_devices(db_url)
    log(db_url, old)
    log(db_url, old, "calf")
    with session_scope(db_url) as session:
        code = device_data.create_transfer_code(session, device_id=old)
    assert device_data.normalise_code(code.lower()) == code
    with session_scope(db_url) as session:
        assert device_data.redeem_transfer_code(session, device_id=new, code=code) == 2
    with session_scope(db_url) as session:
        assert len(store.list_entries(session, device_id=new)) == 2
        assert store.list_entries(session, device_id=old) == []
        assert device_data.redeem_transfer_code(session, device_id=old, code=code) is None


def test_an_expired_or_made_up_code_moves_nothing(db_url):
    old, new = two_devices(db_url)
    log(db_url, old)
    with session_scope(db_url) as session:
        code = device_data.create_transfer_code(session, device_id=old)
        row = session.exec(select(TransferCode)).one()
        row.expires_at = datetime.now(UTC) - timedelta(seconds=1)
    with session_scope(db_url) as session:
        assert device_data.redeem_transfer_code(session, device_id=new, code=code) is None
        assert device_data.redeem_transfer_code(session, device_id=new, code="ABCDEFGHJKMN") is None
        assert len(store.list_entries(session, device_id=old)) == 1
    assert device_data.normalise_code("nope") is None and device_data.normalise_code(42) is None


def test_a_client_id_stores_an_entry_once_and_is_never_taken_from_another_device(db_url):
    mine, theirs = two_devices(db_url)
    client_id = "0b6d1f3e-2a4c-4e8f-9b1a-3c5d7e9f1a2b"
    entry = parse_entry({"area": "calf", "intensity": 3}, NOW)
    with session_scope(db_url) as session:
        first = store.add_entry(session, device_id=mine, entry=entry, client_id=client_id).id
    with session_scope(db_url) as session:  # sent again after a reload
        again = store.add_entry(session, device_id=mine, entry=entry, client_id=client_id).id
        assert again == first
        assert store.entry_by_ref(session, device_id=mine, ref=client_id).id == first
        assert store.entry_by_ref(session, device_id=theirs, ref=client_id) is None
        assert store.entry_by_ref(session, device_id=theirs, ref=str(first)) is None
    with session_scope(db_url) as session, pytest.raises(store.ForeignClientId):
        store.add_entry(session, device_id=theirs, entry=entry, client_id=client_id)
    with session_scope(db_url) as session:
        assert len(store.list_entries(session, device_id=mine)) == 1
        assert store.list_entries(session, device_id=theirs) == []


def test_a_move_is_recorded_and_undone_back_to_the_phone_it_came_from(db_url):
    old, new = two_devices(db_url)
    log(db_url, old, "calf")
    log(db_url, new, "eyelid")  # the receiving phone's own entry
    with session_scope(db_url) as session:
        code = device_data.create_transfer_code(session, device_id=old)
        assert device_data.incoming_count(session, device_id=new, code=code) == 1
        assert device_data.count_moved_rows(session, device_id=new) == 1
    with session_scope(db_url) as session:
        assert device_data.redeem_transfer_code(session, device_id=new, code=code) == 1
    log(db_url, new, "hand")  # added after the move: it stays
    with session_scope(db_url) as session:
        (move,) = device_data.list_moves(session, device_id=new)
        assert move.moved_count == 1 and move.from_device_id == old
        assert device_data.list_moves(session, device_id=old) == []
        assert device_data.undo_move(session, device_id=old, move_id=move.id) is None  # not its
        undone = device_data.undo_move(session, device_id=new, move_id=move.id)
        assert (undone.count, undone.returned) == (1, True)
        move_id = move.id
    with session_scope(db_url) as session:
        assert [e.area for e in store.list_entries(session, device_id=old)] == ["calf"]
        assert sorted(e.area for e in store.list_entries(session, device_id=new)) == [
            "eyelid",
            "hand",
        ]
        assert device_data.list_moves(session, device_id=new) == []
        assert device_data.undo_move(session, device_id=new, move_id=move_id) is None  # once


def test_undoing_a_move_from_a_phone_since_deleted_removes_what_came(db_url):
    old, new = two_devices(db_url)
    log(db_url, old, "calf")
    with session_scope(db_url) as session:
        code = device_data.create_transfer_code(session, device_id=old)
    with session_scope(db_url) as session:
        device_data.redeem_transfer_code(session, device_id=new, code=code)
    with session_scope(db_url) as session:
        device_data.delete_everything(session, device_id=old)
    with session_scope(db_url) as session:
        (move,) = device_data.list_moves(session, device_id=new)
        undone = device_data.undo_move(session, device_id=new, move_id=move.id)
        assert (undone.count, undone.returned) == (1, False)
        assert store.list_entries(session, device_id=new) == []


def test_transfer_codes_avoid_look_alikes_and_redeem_takes_the_grouped_form():
    assert not set(device_data.TRANSFER_ALPHABET) & set("0O1IL5S8B")
    assert device_data.normalise_code("acde-fghj-kmnp") == "ACDEFGHJKMNP"
    assert device_data.normalise_code("ACDE FGHJ KMNP") == "ACDEFGHJKMNP"
    assert device_data.normalise_code("ACDE-FGHJ-KMN5") is None  # 5 is not in the alphabet
