"""Kill the server (SIGKILL) while the device's queue is sending diary entries kept offline,
restart it, and find every entry stored exactly once."""

import json
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
from tests.conftest import ROOT
from twitch_app.devtools.server import production_server
from twitch_app.state.device import DEVICE_STORAGE_KEY

pytestmark = pytest.mark.browser

WEB_DIR = ROOT / ".web-durability"  # the build test_durability.py makes: one build, not two
AREAS = ["eyelid", "face", "neck", "shoulder", "arm", "hand", "chest", "back"]
QUEUED = f"JSON.parse(localStorage.getItem('{QUEUE}') || '[]').length"


def test_entries_sent_while_the_server_dies_are_stored_once_each_after_a_restart(
    browser: Browser, tmp_path
):
    context = browser.new_context()
    page = context.new_page()
    with production_server(tmp_path, WEB_DIR) as server:
        open_diary(page, server.url)
        go_offline(page)
        for area in AREAS:
            log_offline(page, area, "3")
        context.set_offline(False)
        # The first answer is in: the rest are on their way, one after another.
        page.wait_for_function(f"{QUEUED} < {len(AREAS)}", timeout=30_000, polling=20)
        os.killpg(server.process.pid, signal.SIGKILL)
        server.process.wait(timeout=10)
    secret = page.evaluate(f"localStorage.getItem('{DEVICE_STORAGE_KEY}')")
    queued = page.evaluate(f"localStorage.getItem('{QUEUE}')")
    context.close()
    assert queued is not None, "every entry was answered before the server died"

    # The restarted server has a new port (a new origin): bring the device's storage along.
    with production_server(tmp_path, WEB_DIR) as restarted:
        context = browser.new_context()
        context.add_init_script(
            "if (!localStorage.getItem('seeded')) { localStorage.setItem('seeded', '1');"
            f" localStorage.setItem('{DEVICE_STORAGE_KEY}', {json.dumps(secret)});"
            f" localStorage.setItem('{QUEUE}', {json.dumps(queued)}); }}"
        )
        page = context.new_page()
        page.goto(restarted.url + "/")
        page.wait_for_function(QUEUE_IS_EMPTY, timeout=30_000)
        entries = exported_entries(page, restarted.url)
        context.close()
    assert sorted(entry["area"] for entry in entries) == sorted(AREAS)
    assert len({entry["client_id"] for entry in entries}) == len(AREAS)
