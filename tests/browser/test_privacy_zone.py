"""/privacy lists a move at the time on the person's own clock, not the server's UTC."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import Browser, expect

from tests.browser.test_diary import transfer_code_for_a_logged_twitch

pytestmark = pytest.mark.browser

ZONE = "Pacific/Auckland"  # 12 or 13 hours from UTC: never the same clock time


def clock_times(start: datetime, end: datetime) -> set[str]:
    """Every minute from start to end, as the page writes it."""
    minutes = int((end - start).total_seconds() // 60) + 1
    return {f"{start + timedelta(minutes=m):%d %B %Y at %H:%M}" for m in range(minutes + 1)}


def test_a_move_is_listed_in_the_browsers_time_zone(browser: Browser, app_server: str):
    old_phone, new_phone = browser.new_context(), browser.new_context(timezone_id=ZONE)
    try:
        old, new = old_phone.new_page(), new_phone.new_page()
        code = transfer_code_for_a_logged_twitch(old, app_server, "shoulder")
        new.goto(app_server + "/privacy")
        started = datetime.now(ZoneInfo(ZONE))
        new.get_by_label("Got a code from your old phone?").fill(code)
        new.get_by_role("button", name="Move my data here").click()
        expect(new.locator("#transfer-status")).to_contain_text("1 item moved")
        new.goto(app_server + "/privacy")  # listed again on a later visit, in the same zone
        line = new.get_by_text("1 item moved here from another phone")
        expect(line).to_be_visible()
        listed = line.inner_text()
        on_the_clock = clock_times(started, datetime.now(ZoneInfo(ZONE)))
        assert any(f"on {when}." in listed for when in on_the_clock), (listed, on_the_clock)
        assert "UTC" not in listed
    finally:
        old_phone.close()
        new_phone.close()
