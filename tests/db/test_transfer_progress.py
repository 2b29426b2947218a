"""A check in progress (WizardProgress) in a transfer: it goes with the history or stays put,
and an undo puts back exactly what the move brought."""

import json

from twitch_app.db import device_data
from twitch_app.db import wizard as wizard_db
from twitch_app.db.devices import register_device
from twitch_app.db.engine import session_scope

AT_RESULT = {"answers_json": '{"areas": ["eyelid"]}', "step": "result"}


def devices(db_url) -> tuple[int, int]:
    with session_scope(db_url) as session:
        return register_device(session)[0].id, register_device(session)[0].id


def finished_check(db_url, device_id: int) -> None:
    """A finished check as the wizard saves it: the progress at the result and its record."""
    with session_scope(db_url) as session:
        wizard_db.save_progress(session, device_id=device_id, **AT_RESULT)
        wizard_db.add_result(
            session, device_id=device_id, urgency="self_care", findings_json="{}",
            assessment_json="{}",
        )  # fmt: skip


def move(db_url, old: int, new: int) -> int:
    with session_scope(db_url) as session:
        code = device_data.create_transfer_code(session, device_id=old)
    with session_scope(db_url) as session:
        assert device_data.redeem_transfer_code(session, device_id=new, code=code) == 1
        (moved,) = device_data.list_moves(session, device_id=new)
        return moved.id


def undo(db_url, new: int, move_id: int) -> device_data.Undone:
    with session_scope(db_url) as session:
        undone = device_data.undo_move(session, device_id=new, move_id=move_id)
    assert undone is not None
    return undone


def state(db_url, device_id: int) -> tuple[str | None, int]:
    """The device's saved step (None: no check in progress) and how many checks it holds."""
    with session_scope(db_url) as session:
        progress = wizard_db.load_progress(session, device_id=device_id)
        results = wizard_db.list_results(session, device_id=device_id)
        return (progress.step if progress else None), len(results)


def moved_into_an_empty_phone(db_url) -> tuple[int, int, int]:
    """A finished check on the old phone, moved to a new one: (old, new, the move's id)."""
    old, new = devices(db_url)
    finished_check(db_url, old)
    return old, new, move(db_url, old, new)


def test_into_an_empty_phone_the_progress_goes_with_its_history_and_undo_brings_both_back(
    db_url,
):
    old, new, move_id = moved_into_an_empty_phone(db_url)
    assert state(db_url, old) == (None, 0)
    assert state(db_url, new) == ("result", 1)
    undone = undo(db_url, new, move_id)
    assert (undone.count, undone.returned) == (1, True)  # the count is of records only
    # The new phone keeps no result page whose check went back (it would show it as its own).
    assert state(db_url, new) == (None, 0)
    assert state(db_url, old) == ("result", 1)


def test_a_phone_with_its_own_check_keeps_it_and_the_move_records_no_progress(db_url):
    old, new = devices(db_url)
    finished_check(db_url, old)
    with session_scope(db_url) as session:
        wizard_db.save_progress(session, device_id=new, answers_json="{}", step="areas")
    move_id = move(db_url, old, new)
    assert state(db_url, new) == ("areas", 1)
    with session_scope(db_url) as session:
        (moved,) = device_data.list_moves(session, device_id=new)
        assert moved.moved_count == 1 and device_data.PROGRESS not in json.loads(moved.moved_json)
    undo(db_url, new, move_id)
    assert state(db_url, new) == ("areas", 0)  # its own check is not sent away
    assert state(db_url, old) == ("result", 1)


def test_undo_leaves_the_moved_progress_when_the_old_phone_started_a_check_since(db_url):
    old, new, move_id = moved_into_an_empty_phone(db_url)
    with session_scope(db_url) as session:
        wizard_db.save_progress(session, device_id=old, answers_json="{}", step="when")
    undo(db_url, new, move_id)
    assert state(db_url, old) == ("when", 1)  # one per device: the newer check is kept there
    assert state(db_url, new) == ("result", 0)


def test_undo_after_the_old_phone_was_deleted_removes_the_progress_it_brought(db_url):
    old, new, move_id = moved_into_an_empty_phone(db_url)
    with session_scope(db_url) as session:
        device_data.delete_everything(session, device_id=old)
    undone = undo(db_url, new, move_id)
    assert (undone.count, undone.returned) == (1, False)
    assert state(db_url, new) == (None, 0)
