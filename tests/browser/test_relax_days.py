"""The relax page counts the person's own days, in the phone's time zone, like the diary."""

import json
import uuid
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import Browser, expect

from tests.browser.test_offline_writes import QUEUE, QUEUE_IS_EMPTY

pytestmark = pytest.mark.browser


def test_a_session_is_listed_and_counted_on_the_phones_own_day(browser: Browser, app_server):
    finished = datetime.now(UTC) - timedelta(minutes=1)
    # A zone whose date is never the UTC date at this moment: before 10:00 UTC Honolulu
    # (UTC-10) is still on yesterday; from 10:00 Kiritimati (UTC+14) is already on tomorrow.
    zone = ZoneInfo("Pacific/Honolulu" if finished.hour < 10 else "Pacific/Kiritimati")
    local = finished.astimezone(zone)
    assert local.date() != finished.date()
    session = {
        "clientId": str(uuid.uuid4()),
        "routineId": "box_breathing",
        "plannedSeconds": 300,
        "elapsedSeconds": 300,
        "completed": True,
        "feeling": None,
        "startedAt": (finished - timedelta(minutes=5)).isoformat(),
        "finishedAt": finished.isoformat(),
    }
    context = browser.new_context(timezone_id=zone.key)
    try:
        page = context.new_page()
        page.goto(app_server + "/")
        queued = [{"op": str(uuid.uuid4()), "kind": "session", "data": session}]
        page.evaluate("([key, ops]) => localStorage.setItem(key, ops)", [QUEUE, json.dumps(queued)])
        page.goto(app_server + "/relax")
        page.wait_for_function(QUEUE_IS_EMPTY, timeout=30_000)
        history = page.locator(".history li")
        expect(history).to_have_count(1)
        expect(history).to_contain_text(local.strftime("%d %b") + ": Box breathing, 5 min")
        expect(page.locator("#streak")).to_have_text("1 day in a row")
        page.reload()  # read again from the server, with the zone the page learned on load
        expect(history).to_contain_text(local.strftime("%d %b") + ": Box breathing, 5 min")
        assert finished.strftime("%d %b") not in history.inner_text()
    finally:
        context.close()
