"""A diary save sends what changed, not the whole log (issue 25, item 3).

A device with a full window (500 entries in the last 90 days) saves one more: the answer
carries today's group, the counts and the charts, not the entries before it (and none of
the old ones is pushed out mid-visit, which would change them all).
"""

from __future__ import annotations

import os
import random
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session, create_engine

from tests.browser.test_forged_events import DIARY, delta, run, text
from twitch_app.db.models import DiaryEntry

pytestmark = pytest.mark.browser

FULL_WINDOW = 500
BUDGET_BYTES = 20_000  # the whole log alone is about 260 KB


def fill_diary(database_url: str, device_id: int, count: int) -> None:
    """`count` entries over the last 89 days (none today), straight into the table."""
    rng = random.Random(5)
    now = datetime.now(UTC)
    engine = create_engine(database_url)
    with Session(engine) as session:
        for _ in range(count):
            when = now - timedelta(days=1, minutes=rng.randint(0, 88 * 24 * 60))
            entry = DiaryEntry(device_id=device_id, occurred_at=when, area="calf",
                               intensity=rng.randint(1, 5), notes="after a long day")  # fmt: skip
            session.add(entry)
        session.commit()
    engine.dispose()


def test_a_save_in_a_full_diary_sends_today_not_the_whole_log(running_app):
    database_url = os.environ.get("TWITCH_TEST_DATABASE_URL") or f"sqlite:///{running_app.database}"

    async def scenario(device):
        await device.save(area="neck", intensity="2")
        [first] = (await device.export())["diary_entries"]
        fill_diary(database_url, first["device_id"], FULL_WINDOW - 1)
        loaded = await device.forge(f"{DIARY}.set_timezone", {"name": "UTC"})
        saved = await device.save(area="eyelid", intensity="4")
        return loaded, saved

    loaded, saved = run(running_app.url, 1, scenario)
    page = delta(loaded, DIARY)
    assert sum(len(day["entries"]) for day in page["earlier_days_rx_state_"]) == FULL_WINDOW - 1
    changed = delta(saved, DIARY)
    assert "earlier_days_rx_state_" not in changed  # the 499 entries before today stay as sent
    assert [e["area"] for e in changed["latest_day_rx_state_"][0]["entries"]] == ["Eyelid", "Neck"]
    assert changed["entry_count_rx_state_"] == FULL_WINDOW + 1
    assert len(text(saved)) < BUDGET_BYTES < len(text(loaded)), (
        len(text(saved)),
        len(text(loaded)),
    )
