"""A save the database refuses is never shown as saved (the refusals need SQLite: sqlite_only).

Another process holds SQLite's write lock past the app's busy timeout, as a stuck backup or a
full disk would: the save fails inside the handler, and the page must say so, keep what was
entered, and save it on the next try.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.sqlite_lock import writes_refused
from tests.browser.test_diary import log_twitch, open_diary

pytestmark = pytest.mark.browser


@pytest.mark.sqlite_only
def test_a_save_the_database_refuses_says_not_saved_keeps_the_form_and_retries(
    page: Page, running_app
):
    open_diary(page, running_app.url)
    log_twitch(page, "calf", "2")  # a first save works and says so
    expect(page.get_by_text("Saved.", exact=False)).not_to_have_count(0)
    form = page.get_by_role("form", name="Log a twitch")
    with writes_refused(running_app.database):
        form.get_by_text("Neck", exact=True).click()
        form.get_by_text("4", exact=True).click()
        form.get_by_role("button", name="Save").click()
        refused = form.get_by_role("alert")
        expect(refused).to_contain_text("Not saved", timeout=20_000)
        expect(page.get_by_text("Saved.", exact=False)).to_have_count(0)
    expect(page.locator(".diary-entry")).to_have_count(1)
    expect(form.get_by_label("Neck", exact=True)).to_be_checked()  # nothing typed was lost
    form.get_by_role("button", name="Save").click()
    expect(page.locator(".diary-entry")).to_have_count(2)
    expect(form.get_by_role("alert")).to_have_count(0)


@pytest.mark.sqlite_only
def test_a_delete_the_database_refuses_says_not_saved_keeps_the_entry_and_retries(
    page: Page, running_app
):
    open_diary(page, running_app.url)
    log_twitch(page, "calf", "2")
    entry = page.locator(".diary-entry")
    with writes_refused(running_app.database):
        entry.get_by_role("button", name="Delete").click()
        expect(entry).to_be_hidden()
        # Sent once the few seconds to undo it have passed; the database refuses it.
        refused = page.get_by_role("alert").filter(has_text="Not saved")
        expect(refused).to_contain_text("still in your diary", timeout=30_000)
        expect(entry).to_be_visible()  # shown again where it was: it was not deleted
    refused.get_by_role("button", name="Try again").click()
    expect(entry).to_have_count(0, timeout=15_000)
    expect(refused).to_have_count(0)
    page.reload()
    expect(page.get_by_text("Nothing logged yet")).to_be_visible()


def test_a_handler_that_raised_is_announced_on_the_page(page: Page, app_server: str):
    """The server answers a raised handler with this event (tests/test_errors.py and the forged
    events' junk test); the shell must turn it into a notice a person can dismiss."""
    page.goto(app_server + "/diary")
    page.evaluate("window.dispatchEvent(new CustomEvent('twitch-error'))")
    alert = page.get_by_role("alert").filter(has_text="may not have been saved")
    expect(alert).to_be_visible()
    alert.get_by_role("button", name="Dismiss").click()
    expect(alert).to_have_count(0)
