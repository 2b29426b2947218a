"""WizardProgress and WizardResult access: one progress row per device, history per device."""

from datetime import timedelta

import pytest
from sqlmodel import SQLModel

from twitch_app.db import models  # noqa: F401  (registers the tables)
from twitch_app.db import wizard as wizard_db
from twitch_app.db.devices import register_device
from twitch_app.db.engine import get_engine, session_scope
from twitch_app.db.models import WizardResult, utc_now


@pytest.fixture
def db_url(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'wizard.db'}"
    SQLModel.metadata.create_all(get_engine(url))
    return url


@pytest.fixture
def two_devices(db_url) -> tuple[int, int]:
    with session_scope(db_url) as session:
        return register_device(session)[0].id, register_device(session)[0].id


def test_progress_is_saved_updated_and_cleared_per_device(db_url, two_devices):
    mine, theirs = two_devices
    with session_scope(db_url) as session:
        wizard_db.save_progress(session, device_id=mine, answers_json='{"a": 1}', step="areas")
        wizard_db.save_progress(session, device_id=theirs, answers_json="{}", step="when")
    with session_scope(db_url) as session:
        wizard_db.save_progress(session, device_id=mine, answers_json='{"b": 2}', step="result")
    with session_scope(db_url) as session:
        progress = wizard_db.load_progress(session, device_id=mine)
        assert (progress.answers_json, progress.step) == ('{"b": 2}', "result")
        wizard_db.clear_progress(session, device_id=mine)
    with session_scope(db_url) as session:
        assert wizard_db.load_progress(session, device_id=mine) is None
        assert wizard_db.load_progress(session, device_id=theirs).step == "when"


def test_history_lists_only_this_devices_results_newest_first(db_url, two_devices):
    mine, theirs = two_devices
    with session_scope(db_url) as session:
        for urgency in ["self_care", "see_doctor"]:
            wizard_db.add_result(
                session, device_id=mine, urgency=urgency, findings_json="{}", assessment_json="{}"
            )
        wizard_db.add_result(
            session, device_id=theirs, urgency="urgent", findings_json="{}", assessment_json="{}"
        )
        older = WizardResult(
            device_id=mine,
            urgency="emergency",
            findings_json="{}",
            assessment_json="{}",
            created_at=utc_now() - timedelta(days=3),
        )
        session.add(older)
    with session_scope(db_url) as session:
        rows = wizard_db.list_results(session, device_id=mine)
        assert [row.urgency for row in rows] == ["see_doctor", "self_care", "emergency"]
        assert [
            row.urgency for row in wizard_db.list_results(session, device_id=mine, limit=1)
        ] == ["see_doctor"]
