"""A relax write the database refuses is never shown as saved (issue 25, item 2).

As in test_failures.py, another connection holds SQLite's write lock past the app's busy
timeout: the pattern save, the pattern delete and the session report fail inside their
handlers, and each says so where it happened, keeps what there was, and works on a retry.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.sqlite_lock import REFUSED_WITHIN_MS, writes_refused
from tests.browser.test_offline_writes import QUEUE_IS_EMPTY

pytestmark = [pytest.mark.browser, pytest.mark.sqlite_only]


def save_pattern(page: Page, name: str) -> None:
    form = page.get_by_role("form", name="Breathing pattern")
    form.get_by_label("Name").fill(name)
    form.get_by_label("Breathe in (s)").fill("5")
    form.get_by_role("button", name="Save pattern").click()


def test_a_refused_pattern_save_says_not_saved_keeps_the_form_and_retries(page: Page, running_app):
    page.goto(running_app.url + "/relax")
    save_pattern(page, "First")
    status = page.get_by_role("status").filter(has_text="Pattern saved.")
    expect(status).to_have_count(1)
    form = page.get_by_role("form", name="Breathing pattern")
    with writes_refused(running_app.database):
        save_pattern(page, "Second")
        expect(form.get_by_role("alert")).to_contain_text("Not saved", timeout=REFUSED_WITHIN_MS)
        expect(page.get_by_text("Pattern saved.")).to_have_count(0)  # never the older word
    expect(form.get_by_label("Name")).to_have_value("Second")  # nothing typed was lost
    expect(form.get_by_label("Breathe in (s)")).to_have_value("5")
    expect(page.locator(".pattern-row")).to_have_count(1)
    form.get_by_role("button", name="Save pattern").click()
    expect(page.locator(".pattern-row")).to_have_count(2)
    expect(form.get_by_role("alert")).to_have_count(0)
    expect(status).to_have_count(1)
    expect(form.get_by_label("Name")).to_have_value("")  # saved: the form is ready for another


def test_a_refused_pattern_delete_says_not_deleted_and_retries(page: Page, running_app):
    page.goto(running_app.url + "/relax")
    save_pattern(page, "Keeper")
    row = page.locator(".pattern-row").filter(has_text="Keeper")
    expect(row).to_have_count(1)
    with writes_refused(running_app.database):
        row.get_by_role("button", name="Delete").click()
        refused = page.get_by_role("alert").filter(has_text="Not deleted")
        expect(refused).to_be_visible(timeout=REFUSED_WITHIN_MS)
    expect(row).to_have_count(1)
    row.get_by_role("button", name="Delete").click()
    expect(row).to_have_count(0)
    expect(refused).to_have_count(0)


def test_a_refused_session_report_says_not_in_history_and_retries(page: Page, running_app):
    page.goto(running_app.url + "/relax/box_breathing")
    page.get_by_role("button", name="Start", exact=False).click()
    player = page.locator(".player")
    with writes_refused(running_app.database):
        page.get_by_role("button", name="Stop", exact=True).click()
        refused = player.get_by_role("alert")
        expect(refused).to_contain_text("Not saved in your history", timeout=REFUSED_WITHIN_MS)
        expect(player.get_by_text("in your history.")).to_have_count(0)
    player.get_by_role("button", name="Try again").click()
    expect(player.get_by_role("status")).to_have_text("Saved on this device and in your history.")
    expect(refused).to_have_count(0)
    page.wait_for_function(QUEUE_IS_EMPTY)
    page.goto(running_app.url + "/relax")
    expect(page.locator(".history li")).to_have_count(1)
