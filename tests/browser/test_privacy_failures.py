"""/privacy never reports a storage failure as done (SQLite: `make test-scale` deselects it).

Another process holds SQLite's write lock past the app's busy timeout, as a stuck backup or a
full disk would (tests/browser/test_failures.py does the same to a diary save). Making a code,
moving data here, undoing a move and deleting everything must each say "Not done" in place,
show no success, change nothing, and work when tried again.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.sqlite_lock import writes_refused
from tests.browser.test_diary import log_twitch, open_diary

pytestmark = [pytest.mark.browser, pytest.mark.sqlite_only]

REFUSED_S = 20_000  # the app's busy timeout (5 s) and a loaded machine


def rows(database: Path, query: str) -> int:
    with sqlite3.connect(database) as connection:
        return connection.execute(query).fetchone()[0]


def alert(page: Page, text: str):
    return page.get_by_role("alert").filter(has_text=text)


def test_codes_moves_and_undo_that_the_database_refuses_say_not_done_and_retry(
    browser: Browser, running_app
):
    database = running_app.database
    old_phone, new_phone = browser.new_context(), browser.new_context()
    try:
        old, new = old_phone.new_page(), new_phone.new_page()
        open_diary(old, running_app.url)
        log_twitch(old, "shoulder")
        old.goto(running_app.url + "/privacy")
        make_code = old.get_by_role("button", name="Make a transfer code")
        with writes_refused(database):
            make_code.click()
            expect(alert(old, "Not done")).to_be_visible(timeout=REFUSED_S)
            expect(old.locator("#transfer-code")).to_have_count(0)
        make_code.click()  # the same button is the retry
        expect(old.locator("#transfer-code")).to_be_visible()
        expect(alert(old, "Not done")).to_have_count(0)
        code = old.locator("#transfer-code").inner_text()

        new.goto(running_app.url + "/privacy")
        new.get_by_label("Got a code from your old phone?").fill(code)
        with writes_refused(database):
            new.get_by_role("button", name="Move my data here").click()
            expect(alert(new, "nothing was moved")).to_be_visible(timeout=REFUSED_S)
            expect(new.locator("#transfer-status")).not_to_contain_text("moved to this device")
        new.get_by_role("button", name="Try again").click()  # the code was kept for it
        expect(new.locator("#transfer-status")).to_contain_text("1 item moved")
        expect(alert(new, "Not done")).to_have_count(0)

        undo = new.get_by_role("button", name="Undo this move")
        with writes_refused(database):
            undo.click()
            expect(alert(new, "could not undo")).to_be_visible(timeout=REFUSED_S)
            expect(new.locator("#transfer-status")).not_to_contain_text("Undone")
        expect(undo).to_be_visible()  # still listed: tapping it again is the retry
        undo.click()
        expect(new.locator("#transfer-status")).to_contain_text("1 item back to the other phone")
        expect(alert(new, "Not done")).to_have_count(0)
    finally:
        old_phone.close()
        new_phone.close()


def test_a_delete_the_database_refuses_says_not_deleted_keeps_everything_and_retries(
    page: Page, running_app
):
    database = running_app.database
    open_diary(page, running_app.url)
    log_twitch(page, "calf")
    page.goto(running_app.url + "/privacy")
    devices = "SELECT count(*) FROM device"
    before = rows(database, devices)
    page.get_by_role("button", name="Delete all my data").click()
    confirm = page.get_by_role("button", name="Yes, delete everything")
    with writes_refused(database):
        confirm.click()
        expect(alert(page, "Not deleted")).to_be_visible(timeout=REFUSED_S)
        expect(page.locator("#delete-status")).not_to_contain_text("Deleted")
    assert rows(database, devices) == before  # nothing went
    expect(confirm).to_be_visible()  # the question stays open: the same button tries again
    confirm.click()
    expect(page.locator("#delete-status")).to_contain_text("Nothing of yours is left")
    expect(alert(page, "Not deleted")).to_have_count(0)
    assert rows(database, devices) == before - 1
