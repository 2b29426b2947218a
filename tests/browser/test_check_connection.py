"""The symptom check tells the truth about the connection: "Connecting..." until it can act,
and offline it says it needs one, keeps the answers so far and still shows the tel: link."""

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import TEST_EMERGENCY_NUMBER
from tests.browser.test_pwa import wait_for_controlling_worker
from tests.browser.test_wizard import answer

pytestmark = pytest.mark.browser


def test_the_start_button_says_connecting_until_it_can_start(page: Page, app_server: str):
    html = httpx.get(app_server + "/check/").text
    assert "Connecting..." in html and "Start the check" not in html
    page.goto(app_server + "/check")
    expect(page.get_by_role("button", name="Start the check")).to_be_enabled()


def test_offline_the_check_says_it_needs_a_connection_and_keeps_the_answers(
    page: Page, app_server: str
):
    page.goto(app_server + "/check")
    wait_for_controlling_worker(page)
    page.get_by_role("button", name="Start the check").click()
    answer(page, "emergency_signs", ["None of these"])
    question = page.locator("[data-question]")
    expect(question).to_have_attribute("data-question", "muscle_signs")
    page.context.set_offline(True)
    try:
        page.reload()  # from the service worker's cache
        notice = page.locator("#wizard-offline")
        expect(notice).to_contain_text("needs a connection", timeout=15_000)
        expect(notice.get_by_role("link")).to_have_attribute("href", f"tel:{TEST_EMERGENCY_NUMBER}")
        start = page.locator(".wizard-start")
        expect(start).to_have_text("Needs a connection")
        expect(start).to_be_disabled()
    finally:
        page.context.set_offline(False)
    # Back online, the check goes on where it was.
    expect(page.locator("#wizard-offline")).to_have_count(0, timeout=30_000)
    expect(question).to_have_attribute("data-question", "muscle_signs", timeout=30_000)
