"""Diary writes made offline are kept on the device, shown as waiting, and sent exactly once
from whichever page is open when the connection returns; a refused one is shown with its
reason and kept for editing."""

import json
import uuid
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.test_diary import area_chip, log_twitch, open_diary
from tests.browser.test_pwa import wait_for_controlling_worker

pytestmark = pytest.mark.browser

QUEUE = "twitch-relief:outbox"
QUEUE_IS_EMPTY = f"!localStorage.getItem('{QUEUE}')"


def exported_entries(page: Page, app_server: str) -> list[dict]:
    page.goto(app_server + "/privacy")
    with page.expect_download() as download:
        page.get_by_role("button", name="Export as JSON").click()
    return json.loads(Path(download.value.path()).read_text())["diary_entries"]


def log_offline(page: Page, area: str, strength: str) -> None:
    form = page.get_by_role("form", name="Log a twitch")
    before = page.locator(".waiting-entry").count()
    area_chip(form, area).click()
    form.get_by_text(strength, exact=True).click()
    form.get_by_role("button", name="Save").click()
    expect(page.locator(".waiting-entry")).to_have_count(before + 1)


def go_offline(page: Page) -> None:
    page.context.set_offline(True)
    page.wait_for_function("navigator.onLine === false")


def test_writes_made_offline_reach_the_server_once_each_from_the_home_page(
    browser: Browser, app_server: str
):
    context = browser.new_context()
    page = context.new_page()
    page.goto(app_server + "/")
    wait_for_controlling_worker(page)
    open_diary(page, app_server)
    log_twitch(page, "arm", "2")
    log_twitch(page, "back", "2")
    # The server's answers have reached the queue (they wait for a connection, like any event).
    page.wait_for_function(QUEUE_IS_EMPTY)
    go_offline(page)
    form = page.get_by_role("form", name="Log a twitch")
    waiting = page.locator(".waiting-entry")
    log_offline(page, "calf", "3")
    log_offline(page, "foot", "1")
    expect(waiting.filter(has_text="waiting to sync")).to_have_count(2)
    # A queued entry is edited in the queue, a stored one by a queued change.
    waiting.filter(has_text="calf").get_by_role("button", name="Edit").click()
    expect(form.get_by_role("radio", name="3", exact=True)).to_be_checked()
    form.get_by_text("5", exact=True).click()
    form.get_by_role("button", name="Save").click()
    expect(waiting.filter(has_text="calf")).to_contain_text("Calf · strength 5")
    stored = page.locator(".diary-entry")
    stored.filter(has_text="arm").get_by_role("button", name="Edit").click()
    expect(form.get_by_role("radio", name="2", exact=True)).to_be_checked()
    form.get_by_text("4", exact=True).click()
    form.get_by_role("button", name="Save").click()
    expect(waiting.filter(has_text="Change: Arm · strength 4")).to_have_count(1)
    # And one of each is deleted.
    waiting.filter(has_text="foot").get_by_role("button", name="Delete").click()
    stored.filter(has_text="back").get_by_role("button", name="Delete").click()
    expect(stored.filter(has_text="back")).to_be_hidden()
    # A delete can be undone for a few seconds (UNDO_MS), then it waits to sync like the rest.
    expect(page.get_by_role("status").filter(has_text="Deleted: Back")).to_be_visible()
    expect(waiting).to_have_count(3, timeout=15_000)
    # A reload and a closed page lose nothing.
    page.reload()
    expect(waiting).to_have_count(3)
    page.close()
    page = context.new_page()
    page.goto(app_server + "/")
    context.set_offline(False)
    page.wait_for_function(QUEUE_IS_EMPTY, timeout=30_000)
    entries = exported_entries(page, app_server)
    assert sorted((e["area"], e["intensity"]) for e in entries) == [("arm", 4), ("calf", 5)]
    assert len({e["client_id"] for e in entries}) == 2
    open_diary(page, app_server)
    expect(page.locator(".diary-entry")).to_have_count(2)
    expect(page.get_by_text("waiting to sync")).to_have_count(0)
    context.close()


# (field, what was queued, the reason in the form's words, what the form labels it, the fix)
REFUSALS = [
    ("notes", "x" * 600, "Notes: must be at most 500 characters", "Notes", "shorter now"),
    ("sleep_hours", "30", "Hours slept: must be 0 to 24 hours", "Hours slept", "7.5"),
]


@pytest.mark.parametrize(("field", "queued", "reason", "label", "fixed"), REFUSALS)
def test_a_queued_entry_the_server_refuses_is_shown_with_the_reason_and_kept_for_editing(
    browser: Browser, app_server: str, field, queued, reason, label, fixed
):
    """Too long or out of range: said in plain words, kept, and saved once corrected."""
    op = str(uuid.uuid4())
    refused = {"op": op, "kind": "create", "entry": op, "summary": "neck · strength 2",
               "data": {"area": "neck", "intensity": "2", field: queued}}  # fmt: skip
    context = browser.new_context()
    # Queued by an earlier page (once: a reload must show what the queue kept, not a fresh copy).
    context.add_init_script(
        f"if (!localStorage.getItem('seeded')) {{ localStorage.setItem('seeded', '1');"
        f" localStorage.setItem('{QUEUE}', {json.dumps(json.dumps([refused]))}); }}"
    )
    page = context.new_page()
    open_diary(page, app_server)
    item = page.locator(".waiting-entry")
    expect(item.get_by_role("alert")).to_contain_text(reason)
    expect(item.get_by_role("alert")).not_to_contain_text(field)  # not the column's name
    page.reload()  # kept, still refused, not sent again on its own
    expect(item.get_by_role("alert")).to_contain_text(reason)
    assert page.locator(".diary-entry").count() == 0
    item.get_by_role("button", name="Edit").click()
    form = page.get_by_role("form", name="Log a twitch")
    expect(form.get_by_label(label)).to_have_value(queued)
    form.get_by_label(label).fill(fixed)
    form.get_by_role("button", name="Save").click()
    expect(page.locator(".diary-entry")).to_have_count(1)
    expect(item).to_have_count(0)
    page.wait_for_function(QUEUE_IS_EMPTY)
    [entry] = exported_entries(page, app_server)
    assert (entry["area"], f"{entry[field]}", entry["client_id"]) == ("neck", fixed, op)
    context.close()


def test_a_forged_or_foreign_client_id_is_refused(browser: Browser, app_server: str):
    mine, theirs = browser.new_context(), browser.new_context()
    try:
        page = mine.new_page()
        open_diary(page, app_server)
        log_twitch(page, "calf", "3")
        their_id = exported_entries(page, app_server)[0]["client_id"]
        other = theirs.new_page()
        open_diary(other, app_server)
        foreign = {
            "op": str(uuid.uuid4()),
            "kind": "update",
            "entry": their_id,
            "data": {"intensity": "1"},
            "shown": {},
            "summary": "calf · strength 1",
        }
        forged = {"op": str(uuid.uuid4()), "kind": "create", "entry": "1 OR 1=1",
                  "data": {"area": "calf", "intensity": "1"}, "summary": "forged"}  # fmt: skip
        other.evaluate(
            "ops => localStorage.setItem('twitch-relief:outbox', JSON.stringify(ops))",
            [foreign, forged],
        )
        other.reload()
        alerts = other.locator(".waiting-entry").get_by_role("alert")
        expect(alerts).to_have_count(2)
        expect(alerts.first).to_contain_text("no longer in this diary")
        expect(alerts.last).to_contain_text("entry")
        [entry] = exported_entries(page, app_server)
        assert (entry["client_id"], entry["intensity"]) == (their_id, 3)
    finally:
        mine.close()
        theirs.close()


def diary_with_calf_and_neck(browser: Browser, app_server: str) -> Page:
    """A new device's diary with two entries stored, nothing left in its queue."""
    page = browser.new_context().new_page()
    open_diary(page, app_server)
    log_twitch(page, "calf", "3")
    log_twitch(page, "neck", "2")
    page.wait_for_function(QUEUE_IS_EMPTY)
    return page


def test_a_delete_held_for_undo_is_sent_once_after_the_page_is_left(browser: Browser, app_server):
    page = diary_with_calf_and_neck(browser, app_server)
    calf = page.locator(".diary-entry").filter(has_text="Calf")
    calf.get_by_role("button", name="Delete").click()
    expect(page.get_by_role("button", name="Undo")).to_be_focused()
    page.goto(app_server + "/")  # within the 6 s the delete is held, a page load elsewhere
    # Sent from the home page, at once or when its time is up, with nothing more done.
    page.wait_for_function(QUEUE_IS_EMPTY, timeout=12_000)
    assert [e["area"] for e in exported_entries(page, app_server)] == ["neck"]
    open_diary(page, app_server)
    expect(page.locator(".diary-entry")).to_have_count(1)
    expect(page.locator(".diary-entry")).to_contain_text("Neck")
    expect(page.get_by_role("alert")).to_have_count(0)
    page.context.close()


def test_a_held_delete_left_by_a_closed_app_is_sent_when_its_time_is_up(
    browser: Browser, app_server
):
    """A phone may kill the app without a pagehide: the delete it held is still sent."""
    page = diary_with_calf_and_neck(browser, app_server)
    context = page.context
    calf = next(e for e in exported_entries(page, app_server) if e["area"] == "calf")
    held = {"op": str(uuid.uuid4()), "kind": "delete", "entry": calf["client_id"],
            "summary": "Calf · strength 3", "undo": True}  # fmt: skip
    # What the diary left in the queue when the app was killed just after the tap.
    hold = page.evaluate(
        "op => { const hold = Date.now() + 5000;"
        " localStorage.setItem('twitch-relief:outbox', JSON.stringify([{...op, hold}]));"
        " return hold; }",
        held,
    )
    page.close()
    page = context.new_page()
    page.goto(app_server + "/")
    # Not sent before its time (on a slow machine that time may already have passed).
    not_early = f"hold => localStorage.getItem('{QUEUE}') !== null || Date.now() >= hold"
    assert page.evaluate(not_early, hold)
    page.wait_for_function(QUEUE_IS_EMPTY, timeout=12_000)
    assert [e["area"] for e in exported_entries(page, app_server)] == ["neck"]
    context.close()


def test_a_delete_of_an_entry_no_longer_in_the_diary_says_so_once(browser: Browser, app_server):
    mine = diary_with_calf_and_neck(browser, app_server)
    calf = next(e for e in exported_entries(mine, app_server) if e["area"] == "calf")
    # Another diary's device holds a delete of it (as after the diary's data moved away).
    page = browser.new_context().new_page()
    open_diary(page, app_server)
    held = {"op": str(uuid.uuid4()), "kind": "delete", "entry": calf["client_id"],
            "summary": "Calf · strength 3", "undo": True, "hold": 0}  # fmt: skip
    page.evaluate(f"op => localStorage.setItem('{QUEUE}', JSON.stringify([op]))", held)
    page.reload()
    said = page.get_by_text("That entry is no longer in this diary.")
    expect(said).to_have_count(1)
    expect(said).to_contain_text("Calf · strength 3")
    expect(page.get_by_text("still in your diary")).to_have_count(0)
    expect(page.get_by_text("Try again")).to_have_count(0)
    page.get_by_role("button", name="OK").click()
    expect(said).to_have_count(0)
    page.wait_for_function(QUEUE_IS_EMPTY)
    assert len(exported_entries(mine, app_server)) == 2  # the other diary's entry is untouched
    mine.context.close()
    page.context.close()
