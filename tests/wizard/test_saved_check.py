"""A finished check is recorded once, by the answer that finishes it: showing the saved check
again (a page load) records nothing, also after its progress and history were parted by a
transfer between phones or by undoing one."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import SQLModel

from tests.wizard.helpers import SELF_CARE
from twitch_app import wizard
from twitch_app.db import (
    device_data,
    models,  # noqa: F401  (registers the tables)
)
from twitch_app.db import wizard as wizard_db
from twitch_app.db.devices import register_device
from twitch_app.db.engine import get_engine, session_scope

FINISHED_AT = datetime.now(UTC)  # the record's own date is the time it is stored
LATER = FINISHED_AT + timedelta(days=30)
SHOWN_LATER = f"{LATER:%d %b %Y, %H:%M}"


@pytest.fixture
def db_url(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'wizard.db'}"
    SQLModel.metadata.create_all(get_engine(url))
    return url


def phones(db_url) -> tuple[int, int]:
    with session_scope(db_url) as session:
        return register_device(session)[0].id, register_device(session)[0].id


def save(db_url, device_id: int, screen: wizard.Screen) -> None:
    """What the page's save does with a screen: the progress and a finished check, together."""
    with session_scope(db_url) as session:
        wizard_db.save_progress(
            session, device_id=device_id, answers_json=screen.answers_json, step=screen.step
        )
        if (done := screen.finished) is not None:
            wizard_db.add_result(
                session, device_id=device_id, urgency=done.urgency,
                findings_json=done.findings_json, assessment_json=done.assessment_json,
            )  # fmt: skip


def finish_check(db_url, device_id: int) -> None:
    """Answer every question of a calm check, saving each screen as the page does."""
    screen = wizard.advance({}, wizard.Start(), now=FINISHED_AT)
    while screen.step != wizard.RESULT_STEP:
        event = wizard.Answer(screen.step, list(SELF_CARE[screen.step]))
        screen = wizard.advance(screen.answers, event, now=FINISHED_AT)
        save(db_url, device_id, screen)
    assert screen.finished is not None


def page_load(db_url, device_id: int) -> wizard.Screen:
    with session_scope(db_url) as session:
        return wizard_db.saved_screen(session, device_id=device_id, now=LATER)


def checks(db_url, device_id: int) -> int:
    with session_scope(db_url) as session:
        return len(wizard_db.list_results(session, device_id=device_id))


def move(db_url, old: int, new: int) -> int:
    with session_scope(db_url) as session:
        code = device_data.create_transfer_code(session, device_id=old)
    with session_scope(db_url) as session:
        device_data.redeem_transfer_code(session, device_id=new, code=code)
        return device_data.list_moves(session, device_id=new)[0].id


def test_a_finished_check_is_recorded_once_and_a_reload_shows_it_with_its_own_date(db_url):
    mine, _ = phones(db_url)
    finish_check(db_url, mine)
    for _ in range(2):
        screen = page_load(db_url, mine)
        assert screen.step == wizard.RESULT_STEP and screen.finished is None
        assert screen.result.created == screen.history[0]["created"] != SHOWN_LATER
    assert checks(db_url, mine) == 1


def test_the_old_phone_left_at_its_result_after_a_move_records_no_new_check(db_url):
    old, new = phones(db_url)
    finish_check(db_url, old)
    with session_scope(db_url) as session:  # the new phone has a check of its own going on
        wizard_db.save_progress(session, device_id=new, answers_json="{}", step="areas")
    move(db_url, old, new)
    # The old phone keeps its result page; its record went with the rest, and is not made again.
    screen = page_load(db_url, old)
    assert screen.step == wizard.RESULT_STEP and screen.finished is None
    assert (checks(db_url, old), checks(db_url, new)) == (0, 1)
    assert page_load(db_url, new).step == "areas"


def test_undoing_a_move_into_an_empty_phone_takes_the_check_back_and_leaves_no_copy(db_url):
    old, new = phones(db_url)
    finish_check(db_url, old)
    move_id = move(db_url, old, new)
    assert page_load(db_url, new).step == wizard.RESULT_STEP  # it came with its history
    with session_scope(db_url) as session:
        device_data.undo_move(session, device_id=new, move_id=move_id)
    on_new = page_load(db_url, new)
    assert on_new.step == wizard.INTRO_STEP and on_new.finished is None and on_new.history == ()
    on_old = page_load(db_url, old)
    assert on_old.step == wizard.RESULT_STEP and on_old.finished is None
    assert on_old.result.created == on_old.history[0]["created"] != SHOWN_LATER
    assert (checks(db_url, old), checks(db_url, new)) == (1, 0)
