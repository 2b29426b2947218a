"""Kill the server (SIGKILL) while the device's queue is sending diary entries kept offline,
restart it, and find every entry stored exactly once."""

import os
import signal

import pytest
from playwright.sync_api import Browser

from tests.browser.test_diary import open_diary
from tests.browser.test_offline_writes import (
    QUEUE,
    QUEUE_IS_EMPTY,
    exported_entries,
    go_offline,
    log_offline,
)

pytestmark = pytest.mark.browser

AREAS = ["eyelid", "face", "neck", "shoulder", "arm", "hand", "chest", "back"]
QUEUED = f"JSON.parse(localStorage.getItem('{QUEUE}') || '[]').length"


def test_entries_sent_while_the_server_dies_are_stored_once_each_after_a_restart(
    browser: Browser, spare_build, tmp_path
):
    context = browser.new_context()
    page = context.new_page()
    with spare_build.serve(tmp_path) as server:
        open_diary(page, server.url)
        go_offline(page)
        for area in AREAS:
            log_offline(page, area, "3")
        context.set_offline(False)
        # The first answer is in: the rest are on their way, one after another.
        page.wait_for_function(f"{QUEUED} < {len(AREAS)}", timeout=30_000, polling=20)
        os.killpg(server.process.pid, signal.SIGKILL)
        server.process.wait(timeout=10)
    assert page.evaluate(QUEUED) > 0, "every entry was answered before the server died"

    # Restarted at the same address, the page still open: it reconnects by itself and its
    # queue sends what is left, the entry that was in flight included.
    with spare_build.serve(tmp_path) as restarted:
        page.wait_for_function(QUEUE_IS_EMPTY, timeout=60_000)
        entries = exported_entries(page, restarted.url)
        context.close()
    assert sorted(entry["area"] for entry in entries) == sorted(AREAS)
    assert len({entry["client_id"] for entry in entries}) == len(AREAS)
