"""The doctor summary from a new user's diary (issue 23): counts in words, and a week's log
on one printed page that a GP can read as one table."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from playwright.sync_api import Browser, expect

from tests.browser.test_diary import open_diary
from tests.browser.test_diary_first_use import log_at, phone_page

pytestmark = pytest.mark.browser


def test_the_summary_counts_one_day_back_in_words(browser: Browser, app_server):
    """Not "1 days ago" nor "1 twitches on 1 days": one is said as one."""
    page = phone_page(browser)
    open_diary(page, app_server)
    yesterday = datetime.now().replace(second=0, microsecond=0) - timedelta(days=1)
    log_at(page, "calf", yesterday)
    page.goto(app_server + "/diary/summary")
    answers = page.locator("main")
    expect(answers).to_contain_text(f"First logged on {yesterday:%d %B %Y}, yesterday.")
    expect(answers).to_contain_text("1 twitch on 1 day;")
    expect(answers).not_to_contain_text("1 days")
    open_diary(page, app_server)
    log_at(page, "neck", yesterday - timedelta(days=1))
    page.goto(app_server + "/diary/summary")
    expect(answers).to_contain_text(f"{yesterday - timedelta(days=1):%d %B %Y}, 2 days ago.")
    expect(answers).to_contain_text("2 twitches on 2 days;")
    page.context.close()


def test_a_weeks_log_prints_on_one_page_as_one_table_within_the_width(browser: Browser, app_server):
    """On paper (A4 less margins: 182 x 269 mm at 96 dpi) a week of two twitches a day, with
    the day's factors and notes, is one page; the days' tables line up under one heading row
    and every factor column fits the width."""
    page = phone_page(browser)
    open_diary(page, app_server)
    now = datetime.now().replace(second=0, microsecond=0)
    factors = {"Caffeine drinks today": "3", "Alcohol units today": "2", "Hours slept": "6.5",
               "Stress (0 to 10)": "7", "Hard exercise today?": "yes",
               "Enough water today?": "no"}  # fmt: skip
    for days_back in range(7):
        log_at(page, "eyelid", now - timedelta(days=days_back, hours=2), **factors)
        log_at(page, "calf", now - timedelta(days=days_back, hours=1), Notes="after a long shift")
    page.goto(app_server + "/diary/summary")
    expect(page.locator(".day-table")).to_have_count(7)
    page.set_viewport_size({"width": 688, "height": 1017})
    page.emulate_media(media="print")
    assert page.evaluate("document.documentElement.scrollWidth") <= 688
    assert page.evaluate("document.documentElement.scrollHeight") <= 1017
    tables = page.locator(".day-table")
    expect(tables.locator("thead:visible")).to_have_count(1)
    columns = tables.evaluate_all(
        "tables => tables.map((table) =>"
        " [...table.querySelector('tbody tr').cells].map((cell) => cell.getBoundingClientRect().x))"
    )
    assert all(row == columns[0] for row in columns), columns
    expect(page.locator(".factor-summary tbody tr")).to_have_count(7)
    page.context.close()
