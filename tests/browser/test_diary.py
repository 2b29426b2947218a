"""The diary in a real browser: three-tap logging, privacy between devices, export, delete,
transfer, the rule watch and plain-text notes."""

import csv
import io
import json
import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from tests.browser.test_accessibility import run_axe

pytestmark = pytest.mark.browser


def open_diary(page: Page, app_server: str) -> None:
    page.goto(app_server + "/diary")
    page.wait_for_function("document.readyState === 'complete'")
    expect(page.get_by_role("region", name="Your log")).to_be_visible()


def area_chip(form: Locator, area: str) -> Locator:
    """The form's chip for a body area, by its id (the chip shows the area's name)."""
    return form.locator(f"label.choice:has(input[name=area][value={area}])")


def log_twitch(page: Page, area: str, strength: str = "3", notes: str | None = None) -> None:
    form = page.get_by_role("form", name="Log a twitch")
    before = page.locator(".diary-entry").count()
    area_chip(form, area).click()
    form.get_by_text(strength, exact=True).click()
    if notes is not None:
        form.get_by_text("More: when, how long").click()
        form.get_by_label("Notes").fill(notes)
    form.get_by_role("button", name="Save").click()
    expect(page.locator(".diary-entry")).to_have_count(before + 1)
    # The form is emptied just after the entry shows: taps made before that would be lost.
    expect(form.locator("input[type=radio]:checked")).to_have_count(0)


def transfer_code_for_a_logged_twitch(page: Page, app_server: str, area: str) -> str:
    """A twitch logged on this phone, then a code to move it to another (from /privacy)."""
    open_diary(page, app_server)
    log_twitch(page, area)
    page.goto(app_server + "/privacy")
    page.get_by_role("button", name="Make a transfer code").click()
    return page.locator("#transfer-code").inner_text()


def download_json(page: Page) -> dict:
    page.goto(page.url.split("/diary")[0] + "/privacy")
    with page.expect_download() as download:
        page.get_by_role("button", name="Export as JSON").click()
    return json.loads(Path(download.value.path()).read_text())


def test_three_taps_log_a_twitch_and_notes_stay_plain_text(page: Page, app_server: str):
    open_diary(page, app_server)
    log_twitch(page, "eyelid", notes="<script>window.__pwned = 1</script> after coffee")
    entry = page.locator(".diary-entry").first
    expect(entry).to_contain_text("Eyelid · strength 3 · comes and goes")
    expect(entry).to_contain_text("<script>window.__pwned = 1</script> after coffee")
    assert page.evaluate("window.__pwned") is None
    # Empty again for the next twitch, also after a second identical save in a row, and the
    # status (a live region) says something new each time, so a screen reader reads it.
    expect_an_empty_form_that_says(page, "Saved. 1 entry in your diary.")
    log_twitch(page, "calf", "4")
    expect_an_empty_form_that_says(page, "Saved. 2 entries in your diary.")
    log_twitch(page, "calf", "4")
    expect_an_empty_form_that_says(page, "Saved. 3 entries in your diary.")
    page.reload()
    expect(page.locator(".diary-entry")).to_have_count(3)


def expect_an_empty_form_that_says(page: Page, status: str) -> None:
    form = page.get_by_role("form", name="Log a twitch")
    expect(form.get_by_role("status")).to_have_text(status)
    expect(form.locator("input[type=radio]:checked")).to_have_count(0)
    expect(form.get_by_label("Notes")).to_have_value("")


def test_a_refused_save_keeps_what_was_tapped_and_says_why(page: Page, app_server: str):
    open_diary(page, app_server)
    form = page.get_by_role("form", name="Log a twitch")
    area_chip(form, "neck").click()
    form.get_by_text("2", exact=True).click()
    form.get_by_text("More: when, how long").click()
    form.get_by_label("When (leave empty for now)").fill("2099-01-01T10:00")
    form.get_by_role("button", name="Save").click()
    # In the form's words, not the column's ("occurred_at").
    expect(form.get_by_role("alert")).to_have_text("When: cannot be in the future")
    expect(form.get_by_role("radio", name="Neck", exact=True)).to_be_checked()
    expect(form.get_by_role("radio", name="2", exact=True)).to_be_checked()
    expect(page.locator(".diary-entry")).to_have_count(0)
    # Corrected, it saves, and the error goes.
    form.get_by_label("When (leave empty for now)").fill("")
    form.get_by_role("button", name="Save").click()
    expect(page.locator(".diary-entry")).to_have_count(1)
    expect(form.get_by_role("alert")).to_have_count(0)


def test_an_entry_can_be_edited_and_deleted(page: Page, app_server: str):
    open_diary(page, app_server)
    log_twitch(page, "arm", "2")
    page.locator(".diary-entry").get_by_role("button", name="Edit").click()
    form = page.get_by_role("form", name="Log a twitch")
    # The form is redrawn with the entry's values: wait for it before changing them.
    expect(form.get_by_role("button", name="Save changes")).to_be_visible()
    expect(form.get_by_role("radio", name="2", exact=True)).to_be_checked()
    form.get_by_text("5", exact=True).click()
    form.get_by_role("button", name="Save changes").click()
    expect(page.locator(".diary-entry")).to_contain_text("Arm · strength 5")
    expect(page.locator(".diary-entry")).to_have_count(1)
    expect(form.get_by_role("button", name="Save", exact=True)).to_be_visible()
    expect_an_empty_form_that_says(page, "Changes saved.")
    # Cancel leaves the entry as it was and gives back an empty form.
    page.locator(".diary-entry").get_by_role("button", name="Edit").click()
    expect(form.get_by_role("radio", name="5", exact=True)).to_be_checked()
    form.get_by_text("1", exact=True).click()
    form.get_by_role("button", name="Cancel").click()
    expect(form.get_by_role("button", name="Save", exact=True)).to_be_visible()
    expect(form.locator("input[type=radio]:checked")).to_have_count(0)
    expect(page.locator(".diary-entry")).to_contain_text("Arm · strength 5")
    # The entry being edited is not deleted under the edit (that lost the changes): the tap is
    # refused with the reason and the edit stays; after Cancel it deletes, with an empty form.
    page.locator(".diary-entry").get_by_role("button", name="Edit").click()
    expect(form.get_by_role("button", name="Save changes")).to_be_visible()
    page.locator(".diary-entry").get_by_role("button", name="Delete").click(force=True)
    expect(page.get_by_text("save or cancel the edit before deleting it")).to_be_visible()
    expect(page.locator(".diary-entry")).to_be_visible()
    expect(form.get_by_role("button", name="Save changes")).to_be_visible()
    form.get_by_role("button", name="Cancel").click()
    page.locator(".diary-entry").get_by_role("button", name="Delete").click()
    expect(page.locator(".diary-entry")).to_be_hidden()
    expect(form.get_by_role("button", name="Save", exact=True)).to_be_visible()
    expect(form.locator("input[type=radio]:checked")).to_have_count(0)


def test_a_new_entry_leaves_the_rows_on_screen_with_their_entries(page: Page, app_server: str):
    open_diary(page, app_server)
    log_twitch(page, "arm", "2")
    row = page.locator(".diary-entry").first.element_handle()
    log_twitch(page, "calf", "4")
    # Rows are keyed by entry, not by position: the row a person was on (a focused button,
    # a screen reader's place) still shows its own entry after a new one comes in on top.
    expect(page.locator(".diary-entry").first).to_contain_text("Calf")
    assert "Arm · strength 2" in row.text_content()


def test_two_devices_never_see_each_others_entries(browser: Browser, app_server: str):
    first, second = browser.new_context(), browser.new_context()
    try:
        mine, theirs = first.new_page(), second.new_page()
        open_diary(mine, app_server)
        open_diary(theirs, app_server)
        log_twitch(mine, "calf")
        log_twitch(theirs, "neck")
        log_twitch(theirs, "hand")
        mine.reload()
        expect(mine.locator(".diary-entry")).to_have_count(1)
        expect(mine.get_by_role("region", name="Your log")).not_to_contain_text("Neck")
        exported = download_json(mine)
        assert [row["area"] for row in exported["diary_entries"]] == ["calf"]
        assert len({row["device_id"] for row in exported["diary_entries"]}) == 1
    finally:
        first.close()
        second.close()


def test_entries_are_shown_in_the_phones_time_zone(browser: Browser, app_server: str):
    # UTC+14: its clock never matches the server's UTC, and its date often does not either.
    # The diary asks a worker for the zone (off the main thread); this is where it must land.
    zone = ZoneInfo("Pacific/Kiritimati")
    context = browser.new_context(timezone_id=zone.key)
    try:
        page = context.new_page()
        open_diary(page, app_server)
        before = datetime.now(zone)
        log_twitch(page, "calf")
        after = datetime.now(zone)
        shown_time = page.locator(".diary-entry .entry-time").first.inner_text()
        assert shown_time in {before.strftime("%H:%M"), after.strftime("%H:%M")}
        day_heading = page.get_by_role("region", name="Your log").locator("h3").first.inner_text()
        assert day_heading in {before.strftime("%A %d %B"), after.strftime("%A %d %B")}
    finally:
        context.close()


def test_the_rule_watch_names_the_rule_for_two_areas(page: Page, app_server: str):
    open_diary(page, app_server)
    log_twitch(page, "eyelid")
    expect(page.locator("#rule-watch")).to_have_count(0)
    log_twitch(page, "calf")
    expect(page.locator("#rule-watch")).to_contain_text("more than one area within 14 days")


def test_export_holds_every_row_and_delete_leaves_none(page: Page, app_server: str):
    open_diary(page, app_server)
    for area in ("eyelid", "calf", "foot"):
        log_twitch(page, area)
    exported = download_json(page)
    assert len(exported["diary_entries"]) == 3
    with page.expect_download() as download:
        page.get_by_role("button", name="Export as CSV").click()
    csv_text = Path(download.value.path()).read_text()
    rows = list(csv.DictReader(io.StringIO(csv_text)))
    assert sorted(row["Where"] for row in rows) == ["Calf", "Eyelid", "Foot or toes"]
    page.get_by_role("button", name="Delete all my data").click()
    page.get_by_role("button", name="Yes, delete everything").click()
    expect(page.locator("#delete-status")).to_contain_text("Nothing of yours is left")
    open_diary(page, app_server)
    expect(page.locator(".diary-entry")).to_have_count(0)
    # The same tab goes on working as a new, empty device.
    log_twitch(page, "hand")
    assert [row["area"] for row in download_json(page)["diary_entries"]] == ["hand"]


def test_a_transfer_code_moves_the_diary_once(browser: Browser, app_server: str):
    old_phone, new_phone = browser.new_context(), browser.new_context()
    try:
        old, new = old_phone.new_page(), new_phone.new_page()
        code = transfer_code_for_a_logged_twitch(old, app_server, "shoulder")
        assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", code), code
        new.goto(app_server + "/privacy")
        new.wait_for_function("document.readyState === 'complete'")
        new.get_by_label("Got a code from your old phone?").fill(code.lower())
        new.get_by_role("button", name="Move my data here").click()
        expect(new.locator("#transfer-status")).to_contain_text("1 item moved")
        open_diary(new, app_server)
        expect(new.locator(".diary-entry")).to_contain_text("Shoulder")
        new.goto(app_server + "/privacy")
        new.get_by_label("Got a code from your old phone?").fill(code)
        new.get_by_role("button", name="Move my data here").click()
        expect(new.locator("#transfer-status")).to_contain_text("not valid")
    finally:
        old_phone.close()
        new_phone.close()


def test_a_code_into_a_phone_with_its_own_diary_asks_first_and_can_be_undone(
    browser: Browser, app_server: str
):
    """Someone talked into entering another person's code sees what would happen, and can
    take it back: the records return to the phone they came from."""
    old_phone, new_phone = browser.new_context(), browser.new_context()
    try:
        old, new = old_phone.new_page(), new_phone.new_page()
        code = transfer_code_for_a_logged_twitch(old, app_server, "shoulder")
        open_diary(new, app_server)
        log_twitch(new, "eyelid")
        new.goto(app_server + "/privacy")
        field = new.get_by_label("Got a code from your old phone?")
        field.fill(code)
        new.get_by_role("button", name="Move my data here").click()
        question = new.get_by_role("alertdialog", name="Confirm the move")
        expect(question).to_contain_text("already has 1 saved item")
        question.get_by_role("button", name="Cancel").click()
        expect(new.locator("#transfer-status")).to_contain_text("Nothing was moved")
        field.fill(code)
        new.get_by_role("button", name="Move my data here").click()
        question.get_by_role("button", name="Yes, move them here").click()
        expect(new.locator("#transfer-status")).to_contain_text("1 item moved")
        open_diary(new, app_server)
        expect(new.locator(".diary-entry")).to_have_count(2)
        new.goto(app_server + "/privacy")  # the move is still shown on a later visit
        expect(new.get_by_text("1 item moved here from another phone")).to_be_visible()
        new.get_by_role("button", name="Undo this move").click()
        expect(new.locator("#transfer-status")).to_contain_text("1 item back to the other phone")
        expect(new.get_by_role("button", name="Undo this move")).to_have_count(0)
        open_diary(new, app_server)
        expect(new.locator(".diary-entry")).to_have_count(1)
        expect(new.locator(".diary-entry")).to_contain_text("Eyelid")
        open_diary(old, app_server)
        expect(old.locator(".diary-entry")).to_contain_text("Shoulder")
    finally:
        old_phone.close()
        new_phone.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_on_a_filled_diary_and_its_summary(browser: Browser, app_server, scheme):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 360, "height": 740})
    page = context.new_page()
    try:
        open_diary(page, app_server)
        log_twitch(page, "eyelid")
        log_twitch(page, "calf")
        for route in ["/diary", "/diary/summary"]:
            page.goto(app_server + route)
            expect(page.locator("figure").first).to_be_visible()
            results = run_axe(page)
            assert results.violations_count == 0, f"{route}: {results.generate_report()}"
    finally:
        context.close()


def test_an_edit_of_the_strength_keeps_every_factor_of_the_day(page: Page, app_server: str):
    open_diary(page, app_server)
    form = page.get_by_role("form", name="Log a twitch")
    area_chip(form, "calf").click()
    form.get_by_text("3", exact=True).click()
    form.get_by_text("More: when, how long").click()
    form.get_by_label("Caffeine drinks today").fill("4")
    form.get_by_label("Alcohol units today").fill("5.5")
    form.get_by_label("Hours slept").fill("8")
    form.get_by_label("Hard exercise today?").select_option("yes")
    form.get_by_role("button", name="Save").click()
    expect(page.locator(".diary-entry")).to_have_count(1)
    page.locator(".diary-entry").get_by_role("button", name="Edit").click()
    expect(form.get_by_role("button", name="Save changes")).to_be_visible()
    # The edit opens with everything that was saved, not only where and how strong.
    expect(form.get_by_label("Alcohol units today")).to_have_value("5.5")
    expect(form.get_by_label("Hard exercise today?")).to_have_value("yes")
    form.get_by_text("5", exact=True).click()
    form.get_by_role("button", name="Save changes").click()
    expect(form.get_by_role("status")).to_have_text("Changes saved.")
    [entry] = download_json(page)["diary_entries"]
    assert entry["intensity"] == 5
    assert (entry["caffeine_drinks"], entry["alcohol_units"], entry["sleep_hours"]) == (4, 5.5, 8)
    assert (entry["hard_exercise"], entry["enough_water"]) == (True, None)
