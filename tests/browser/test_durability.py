"""Kill the server (SIGKILL) in the middle of a burst of diary saves, restart it, and find
every entry the app acknowledged, in an intact database."""

import os
import signal
import sqlite3

import pytest
from playwright.sync_api import Browser, expect

from tests.browser.test_diary import log_twitch, open_diary
from tests.conftest import ROOT
from twitch_app.devtools.server import production_server
from twitch_app.state.device import DEVICE_STORAGE_KEY

# It kills the server and opens the SQLite file; tests/scale has PostgreSQL's counterpart.
pytestmark = [pytest.mark.browser, pytest.mark.sqlite_only]

WEB_DIR = ROOT / ".web-durability"
ACKED_BEFORE_KILL = 8


def test_acknowledged_entries_survive_a_killed_server(browser: Browser, tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    context = browser.new_context()
    page = context.new_page()
    with production_server(data_dir, WEB_DIR) as server:
        open_diary(page, server.url)
        for _ in range(ACKED_BEFORE_KILL):
            log_twitch(page, "calf")  # returns once the entry is shown: acknowledged
        secret = page.evaluate(f"localStorage.getItem('{DEVICE_STORAGE_KEY}')")
        # One more save is in flight when the server dies without any chance to clean up.
        form = page.get_by_role("form", name="Log a twitch")
        form.get_by_text("Eyelid", exact=True).click()
        form.get_by_text("4", exact=True).click()
        form.get_by_role("button", name="Save").click()
        os.killpg(server.process.pid, signal.SIGKILL)
        server.process.wait(timeout=10)
    context.close()

    database = server.database
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    # The restarted server listens on a new port (a new origin): bring the device's key along.
    with production_server(data_dir, WEB_DIR) as restarted:
        context = browser.new_context()
        context.add_init_script(f"localStorage.setItem('{DEVICE_STORAGE_KEY}', '{secret}')")
        page = context.new_page()
        open_diary(page, restarted.url)
        entries = page.locator(".diary-entry")
        expect(entries.filter(has_text="calf")).to_have_count(ACKED_BEFORE_KILL)
        assert entries.count() in (ACKED_BEFORE_KILL, ACKED_BEFORE_KILL + 1)
        context.close()
