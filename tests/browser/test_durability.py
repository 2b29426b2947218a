"""Kill the server (SIGKILL) in the middle of a burst of diary saves, restart it, and find
every entry the app acknowledged, in an intact database."""

import os
import signal
import sqlite3

import pytest
from playwright.sync_api import Browser, expect

from tests.browser.test_diary import log_twitch, open_diary

# It kills the server and opens the SQLite file; tests/scale has PostgreSQL's counterpart.
pytestmark = [pytest.mark.browser, pytest.mark.sqlite_only]

ACKED_BEFORE_KILL = 8


def test_acknowledged_entries_survive_a_killed_server(browser: Browser, spare_build, tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    context = browser.new_context()
    page = context.new_page()
    with spare_build.serve(data_dir) as server:
        open_diary(page, server.url)
        for _ in range(ACKED_BEFORE_KILL):
            log_twitch(page, "calf")  # returns once the entry is shown: acknowledged
        # One more save is in flight when the server dies without any chance to clean up.
        form = page.get_by_role("form", name="Log a twitch")
        form.get_by_text("Eyelid", exact=True).click()
        form.get_by_text("4", exact=True).click()
        form.get_by_role("button", name="Save").click()
        os.killpg(server.process.pid, signal.SIGKILL)
        server.process.wait(timeout=10)

    database = server.database
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    # Restarted at the same address: the phone comes back with its own key.
    with spare_build.serve(data_dir) as restarted:
        open_diary(page, restarted.url)
        entries = page.locator(".diary-entry")
        expect(entries.filter(has_text="calf")).to_have_count(ACKED_BEFORE_KILL)
        assert entries.count() in (ACKED_BEFORE_KILL, ACKED_BEFORE_KILL + 1)
        context.close()
