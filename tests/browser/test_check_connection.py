"""The symptom check tells the truth about the connection: "Connecting..." until it can act,
and offline it says it needs one, keeps the answers so far and still shows the tel: link."""

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import TEST_EMERGENCY_NUMBER
from tests.browser.test_pwa import wait_for_controlling_worker
from tests.browser.test_wizard import SELF_CARE, answer, answer_all

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


def test_a_connection_lost_mid_question_keeps_the_ticks_and_says_so(page: Page, app_server: str):
    page.goto(app_server + "/check")
    page.get_by_role("button", name="Start the check").click()
    answer_all(page, {key: SELF_CARE[key] for key in list(SELF_CARE)[:4]})
    screen = page.locator("[data-question=areas]")
    tick = screen.get_by_role("checkbox", name="Eyelid", exact=True).last  # the list's box
    tick.click()
    expect(tick).to_be_checked()
    calf = screen.locator("svg.body-outline [aria-label='Calf']")
    page.context.set_offline(True)
    try:
        notice = page.locator("#wizard-offline")
        expect(notice).to_contain_text("needs a connection", timeout=15_000)
        expect(notice).to_contain_text("Your answers so far are kept")
        expect(notice.get_by_role("link")).to_have_attribute("href", f"tel:{TEST_EMERGENCY_NUMBER}")
        next_button = screen.locator(".wizard-next")
        expect(next_button).to_have_text("Needs a connection")
        expect(next_button).to_be_disabled()
        # Every answer is out of reach and looks it, ticks kept: nothing seems live but dead.
        expect(tick).to_be_disabled()
        expect(tick).to_be_checked()
        expect(screen.get_by_role("button", name="Back")).to_be_disabled()
        expect(calf).to_have_attribute("aria-disabled", "true")
        expect(calf).to_have_attribute("tabindex", "-1")
        calf.click(force=True)  # a tap on the outline sends nothing to replay later
    finally:
        page.context.set_offline(False)
    expect(notice).to_have_count(0, timeout=30_000)
    expect(calf).to_have_attribute("aria-disabled", "false")
    expect(tick).to_be_checked()
    page.wait_for_timeout(1000)  # a queued tap would have been replayed by now
    expect(calf).to_have_attribute("aria-checked", "false")
    screen.get_by_role("button", name="Next").click()
    expect(page.locator("[data-question]")).to_have_attribute("data-question", "eye_signs")
