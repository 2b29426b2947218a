"""The diary as a new user meets it on a phone (issue 23, "Awkward"): an edit comes into view
with its own heading, a delete can be undone, tables, the daily chart and area names read
right at 360 and 320 px."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.test_accessibility import run_axe
from tests.browser.test_diary import area_chip, download_json, log_twitch, open_diary
from twitch_app.diary.charts import CHART_HEIGHT, MIN_SCALE

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}
UNDO_WAIT_MS = 15_000  # the undo time (6 s) and the server's answer


def phone_page(browser: Browser, width: int = 360) -> Page:
    return browser.new_context(viewport={**PHONE, "width": width}).new_page()


def log_at(page: Page, area: str, when: datetime, **fields: str) -> None:
    """Log an entry at a given local time, with any of the form's optional fields."""
    form = page.get_by_role("form", name="Log a twitch")
    before = page.locator(".diary-entry").count()
    area_chip(form, area).click()
    form.get_by_text(fields.pop("strength", "3"), exact=True).click()
    if not form.locator("details").evaluate("details => details.open"):
        form.get_by_text("More: when, how long").click()
    form.get_by_label("When (leave empty for now)").fill(when.strftime("%Y-%m-%dT%H:%M"))
    for label, value in fields.items():
        field = form.get_by_label(label)
        if field.evaluate("e => e.tagName") == "SELECT":
            field.select_option(value)
        else:
            field.fill(value)
    form.get_by_role("button", name="Save").click()
    expect(page.locator(".diary-entry")).to_have_count(before + 1)
    expect(form.locator("input[type=radio]:checked")).to_have_count(0)


def test_edit_brings_the_form_into_view_with_its_own_heading_focus_and_cancel(
    browser: Browser, app_server
):
    page = phone_page(browser)
    open_diary(page, app_server)
    when = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=1)
    log_at(page, "calf", when)
    log_twitch(page, "neck")
    row = page.locator(".diary-entry").filter(has_text="Calf")
    row.scroll_into_view_if_needed()
    assert page.evaluate("window.scrollY") > 300  # the form is out of sight, above
    row.get_by_role("button", name="Edit").click()
    heading = page.get_by_role("heading", name=re.compile("^Edit the entry of"))
    expect(heading).to_have_text(f"Edit the entry of {when:%A %d %B} at {when:%H:%M}")
    expect(heading).to_be_in_viewport()
    form = page.get_by_role("form", name="Log a twitch")
    expect(form.get_by_role("button", name="Cancel")).to_be_in_viewport()
    # Focus is in the form, on what the entry says (its area), not left on the Edit button.
    page.wait_for_function("document.activeElement?.closest('form.diary-form') !== null")
    assert page.evaluate("document.activeElement.value") == "calf"
    form.get_by_role("button", name="Cancel").click()
    expect(page.get_by_role("heading", name="Log a twitch")).to_be_visible()
    page.context.close()


def test_a_delete_can_be_undone_and_the_entry_comes_back_exactly(browser: Browser, app_server):
    page = phone_page(browser)
    open_diary(page, app_server)
    when = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=2)
    log_at(page, "foot", when, strength="4", **{
        "Notes": "after a long run", "Caffeine drinks today": "3", "Alcohol units today": "1.5",
        "Hours slept": "6.5", "Stress (0 to 10)": "7", "Hard exercise today?": "yes",
        "Enough water today?": "no",
    })  # fmt: skip
    saved = download_json(page)["diary_entries"]
    open_diary(page, app_server)
    row = page.locator(".diary-entry")
    row.get_by_role("button", name="Delete").click()
    expect(row).to_be_hidden()
    expect(page.locator(".day-section")).to_be_hidden()  # the day's heading, with nothing left
    undo = page.get_by_role("status").filter(has_text="Deleted: Foot or toes · strength 4")
    expect(undo.get_by_role("button", name="Undo")).to_be_focused()
    undo.get_by_role("button", name="Undo").click()
    expect(row).to_be_visible()
    expect(undo).to_have_count(0)
    page.wait_for_timeout(7_000)  # past the undo time: nothing is sent after an Undo
    page.reload()
    expect(page.locator(".diary-entry")).to_contain_text("after a long run")
    assert download_json(page)["diary_entries"] == saved  # every field, the same row and ids
    # Not undone, it is gone for good once the few seconds have passed.
    open_diary(page, app_server)
    page.locator(".diary-entry").get_by_role("button", name="Delete").click()
    expect(page.locator(".diary-entry")).to_have_count(0, timeout=UNDO_WAIT_MS)
    page.reload()
    expect(page.get_by_text("Nothing logged yet")).to_be_visible()
    assert download_json(page)["diary_entries"] == []
    page.context.close()


def test_a_delete_made_offline_can_be_undone_too(browser: Browser, app_server):
    page = phone_page(browser)
    open_diary(page, app_server)
    log_twitch(page, "whole_body")
    page.wait_for_function("!localStorage.getItem('twitch-relief:outbox')")
    page.context.set_offline(True)
    page.wait_for_function("navigator.onLine === false")
    page.locator(".diary-entry").get_by_role("button", name="Delete").click()
    expect(page.locator(".diary-entry")).to_be_hidden()
    page.get_by_role("button", name="Undo").click()
    expect(page.locator(".diary-entry")).to_be_visible()
    assert page.evaluate("localStorage.getItem('twitch-relief:outbox')") is None
    page.context.set_offline(False)
    page.reload()
    expect(page.locator(".diary-entry")).to_have_count(1)
    page.context.close()


def test_an_entry_open_for_editing_cannot_be_deleted_and_the_edit_is_kept(
    browser: Browser, app_server
):
    page = phone_page(browser)
    open_diary(page, app_server)
    log_twitch(page, "calf", "2")
    log_twitch(page, "neck")
    calf = page.locator(".diary-entry").filter(has_text="Calf")
    calf.get_by_role("button", name="Edit").click()
    form = page.get_by_role("form", name="Log a twitch")
    expect(form.get_by_role("radio", name="2", exact=True)).to_be_checked()
    form.get_by_text("5", exact=True).click()  # an edit under way
    delete = calf.get_by_role("button", name="Delete")
    expect(delete).to_have_attribute("aria-disabled", "true")
    delete.click(force=True)  # a tap still reaches it (aria-disabled), and is told why not
    expect(page.get_by_role("status").filter(has_text="save or cancel the edit")).to_be_visible()
    expect(calf).to_be_visible()
    expect(page.get_by_role("button", name="Undo")).to_have_count(0)
    expect(form.get_by_role("radio", name="5", exact=True)).to_be_checked()
    expect(page.get_by_role("heading", name=re.compile("^Edit the entry of"))).to_be_visible()
    # The other entry can still be deleted, and this one once the edit is saved.
    neck = page.locator(".diary-entry").filter(has_text="Neck")
    expect(neck.get_by_role("button", name="Delete")).not_to_have_attribute("aria-disabled", "true")
    form.get_by_role("button", name="Save changes").click()
    expect(calf).to_contain_text("strength 5")
    expect(delete).not_to_have_attribute("aria-disabled", "true")
    expect(page.get_by_text("save or cancel the edit")).to_have_count(0)
    delete.click()
    expect(calf).to_be_hidden()
    expect(page.get_by_role("button", name="Undo")).to_be_visible()
    page.context.close()


def test_an_entry_edited_offline_cannot_be_deleted_either(browser: Browser, app_server):
    page = phone_page(browser)
    open_diary(page, app_server)
    log_twitch(page, "calf", "2")
    page.wait_for_function("!localStorage.getItem('twitch-relief:outbox')")
    page.context.set_offline(True)
    page.wait_for_function("navigator.onLine === false")
    calf = page.locator(".diary-entry")
    calf.get_by_role("button", name="Edit").click()  # filled on this phone
    form = page.get_by_role("form", name="Log a twitch")
    form.get_by_text("5", exact=True).click()
    calf.get_by_role("button", name="Delete").click(force=True)
    expect(page.get_by_role("status").filter(has_text="save or cancel the edit")).to_be_visible()
    expect(calf).to_be_visible()
    expect(form.get_by_role("radio", name="5", exact=True)).to_be_checked()
    page.get_by_role("button", name="Cancel edit").click()
    expect(calf.get_by_role("button", name="Delete")).not_to_have_attribute("aria-disabled", "true")
    page.context.close()


# Each word of every table heading on one line: a heading never breaks inside a word.
BROKEN_WORDS = """() => {
  const broken = [];
  for (const cell of document.querySelectorAll("table th")) {
    const walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walk.nextNode(); node; node = walk.nextNode()) {
      for (const word of node.data.matchAll(/\\S+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(word[0]);
      }
    }
  }
  return broken;
}"""


@pytest.mark.parametrize("width", [360, 320])
def test_table_headings_never_break_inside_a_word(browser: Browser, app_server, width):
    page = phone_page(browser, width)
    open_diary(page, app_server)
    log_twitch(page, "calf")
    for route in ("/diary", "/diary/summary"):
        page.goto(app_server + route)
        expect(page.locator("table th").first).to_be_visible()
        assert page.evaluate(BROKEN_WORDS) == [], route
        assert page.evaluate("document.documentElement.scrollWidth") <= width, route
    page.context.close()


def test_the_day_chart_has_dates_and_one_twitch_is_a_short_bar(browser: Browser, app_server):
    page = phone_page(browser)
    open_diary(page, app_server)
    log_twitch(page, "calf")
    chart = page.locator("figure").first
    today = datetime.now()
    ticks = chart.locator(".chart-tick").all_text_contents()
    # A date every week back from today, today's last.
    assert ticks == [f"{today - timedelta(days=7 * n):%d %b}" for n in range(4, -1, -1)]
    heights = [float(h) for h in chart.locator("rect.bar").evaluate_all(
        "bars => bars.map((bar) => bar.getAttribute('height'))")]  # fmt: skip
    assert max(heights) == pytest.approx(CHART_HEIGHT / MIN_SCALE)
    expect(chart.locator("figcaption")).to_contain_text(
        f"1 twitch on 1 of the last 30 days, on {today:%d %B}."
    )
    page.context.close()


def test_days_that_tie_are_called_even_not_the_most(browser: Browser, app_server):
    page = phone_page(browser)
    open_diary(page, app_server)
    now = datetime.now().replace(second=0, microsecond=0)
    log_at(page, "calf", now - timedelta(days=1))
    log_at(page, "calf", now - timedelta(minutes=1))
    caption = page.locator("figure figcaption").first
    expect(caption).to_contain_text(
        "2 twitches on 2 of the last 30 days: the days were even, 1 on each."
    )
    expect(caption).not_to_contain_text("the most")
    log_twitch(page, "neck")
    expect(caption).to_contain_text(f"the most on {now:%d %B} (2)")
    page.context.close()


def test_area_names_read_the_same_in_the_chips_the_log_and_the_chart(browser: Browser, app_server):
    page = phone_page(browser)
    open_diary(page, app_server)
    log_twitch(page, "whole_body")
    log_twitch(page, "foot")
    form = page.get_by_role("form", name="Log a twitch")
    for area, name in (("whole_body", "Whole body"), ("foot", "Foot or toes")):
        expect(area_chip(form, area)).to_have_text(name)
        assert area_chip(form, area).inner_text() == name  # as drawn (no CSS case change)
        assert (
            f"{name} · strength" in page.locator(".diary-entry").filter(has_text=name).inner_text()
        )
        expect(page.locator(".chart-label").filter(has_text=name)).to_have_count(1)
    page.context.close()


EVERY_FIELD = {
    "Notes (plain text, up to 500 characters)": "after the late shift",
    "How long": "seconds", "Number of seconds or minutes": "20",
    "Caffeine drinks today": "4", "Alcohol units today": "5.5", "Hours slept": "8",
    "Stress (0 to 10)": "6", "Hard exercise today?": "yes", "Enough water today?": "no",
}  # fmt: skip


def test_an_edit_of_one_field_through_the_form_keeps_every_other_field(
    browser: Browser, app_server
):
    """Issue 22: every field saved (the time too), the strength edited, the rest unchanged."""
    page = phone_page(browser)
    open_diary(page, app_server)
    when = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=3)
    log_at(page, "calf", when, strength="3", **EVERY_FIELD)
    [saved] = download_json(page)["diary_entries"]
    assert all(saved[name] is not None for name in saved if name != "updated_at"), saved
    open_diary(page, app_server)
    page.locator(".diary-entry").get_by_role("button", name="Edit").click()
    form = page.get_by_role("form", name="Log a twitch")
    expect(form.get_by_role("button", name="Save changes")).to_be_visible()
    for label, value in EVERY_FIELD.items():  # the edit opens with everything saved
        expect(form.get_by_label(label)).to_have_value(value)
    form.get_by_text("5", exact=True).click()
    form.get_by_role("button", name="Save changes").click()
    expect(form.get_by_role("status")).to_have_text("Changes saved.")
    [edited] = download_json(page)["diary_entries"]
    assert edited["intensity"] == 5
    unchanged = set(saved) - {"intensity", "updated_at"}
    assert {name: edited[name] for name in unchanged} == {name: saved[name] for name in unchanged}
    page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_while_editing_undoing_or_moving_data(
    browser: Browser, app_server, scheme
):
    """The states a tap opens: an edit under way, a delete's Undo, a transfer code with its
    Copy, the question before deleting everything."""
    context = browser.new_context(color_scheme=scheme, viewport=PHONE)
    page = context.new_page()
    failures = {}

    def check(name: str) -> None:
        expect(page.locator("html")).to_have_class(scheme)
        if (results := run_axe(page)).violations_count:
            failures[name] = results.generate_report()

    try:
        open_diary(page, app_server)
        log_twitch(page, "calf")
        log_twitch(page, "neck")
        page.locator(".diary-entry").first.get_by_role("button", name="Edit").click()
        expect(page.get_by_role("heading", name=re.compile("^Edit the entry of"))).to_be_visible()
        check("diary, editing")
        page.get_by_role("form", name="Log a twitch").get_by_role("button", name="Cancel").click()
        page.locator(".diary-entry").last.get_by_role("button", name="Delete").click()
        expect(page.get_by_role("button", name="Undo")).to_be_visible()
        check("diary, undo")
        page.get_by_role("button", name="Undo").click()
        page.goto(app_server + "/privacy")
        page.get_by_role("button", name="Make a transfer code").click()
        expect(page.locator("#transfer-code")).to_be_visible()
        page.get_by_role("button", name="Delete all my data").click()
        expect(page.get_by_role("button", name="Yes, delete everything")).to_be_visible()
        check("privacy, code and confirm")
        assert not failures, "\n".join(f"{name}:\n{report}" for name, report in failures.items())
    finally:
        context.close()
