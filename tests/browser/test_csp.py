"""Every page runs under its script policy (twitch_app/build/csp.py) and the policy bites.

Each page carries `script-src 'self'` with the hash of each inline script it runs; nothing
the app does may be refused (a refusal fires `securitypolicyviolation` and logs a console
error), and a script injected into the page must be.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from tests.browser.pages import HEADINGS
from tests.browser.test_device_identity import delete_everything_in
from tests.browser.test_diary import log_twitch, open_diary, transfer_code_for_a_logged_twitch
from tests.browser.test_pwa import wait_for_controlling_worker

# What the browser makes of the static build: `make test-scale` leaves it out (pyproject.toml).
pytestmark = [pytest.mark.browser, pytest.mark.frontend_only]

RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
}, true);
"""
ROUTES = [*HEADINGS, "/causes/caffeine", "/remedies/balanced_diet", "/relax/box_breathing"]


class Watch:
    """Every policy refusal a context's pages report, by event and in the console."""

    def __init__(self, context: BrowserContext) -> None:
        self.reported: list[str] = []
        context.add_init_script(RECORD_VIOLATIONS)
        context.on("console", self._console)
        context.on("page", lambda page: page.on("console", self._console))
        for page in context.pages:
            page.on("console", self._console)

    def _console(self, message) -> None:
        if "Content Security Policy" in message.text:
            self.reported.append(message.text)

    def refusals(self, page: Page) -> list[str]:
        return [*self.reported, *page.evaluate("window.__violations || []")]


@pytest.fixture
def watched(page: Page) -> tuple[Page, Watch]:
    return page, Watch(page.context)


def test_every_route_has_its_policy_and_runs_without_a_refusal(watched, app_server: str):
    page, watch = watched
    for route in ROUTES:
        page.goto(app_server + route)  # returns once React has hydrated (conftest)
        policy = page.locator('meta[http-equiv="Content-Security-Policy"]')
        expect(policy).to_have_count(1)
        assert "script-src 'self'" in policy.get_attribute("content")
        expect(page.locator("h1")).to_be_visible()
        page.wait_for_timeout(300)
        assert watch.refusals(page) == [], route


def test_the_check_diary_player_and_offline_pages_work_under_the_policy(watched, app_server: str):
    page, watch = watched
    page.goto(app_server + "/check")
    page.get_by_role("button", name="Start the check").click()
    expect(page.get_by_role("button", name="Next")).to_be_visible()
    assert watch.refusals(page) == []
    open_diary(page, app_server)  # the time zone comes from a Blob worker (worker-src)
    log_twitch(page, "eyelid")  # call_script runs through Reflex's eval ('unsafe-eval')
    assert watch.refusals(page) == []
    page.goto(app_server + "/relax/breathing_478")
    page.get_by_role("button", name="0:57", exact=True).click()
    page.get_by_role("button", name=re.compile(r"^Start \(\d+:\d\d\)")).click()
    expect(page.get_by_role("timer")).to_be_visible()
    page.wait_for_timeout(1500)
    assert watch.refusals(page) == []
    wait_for_controlling_worker(page)
    page.context.set_offline(True)
    try:
        page.goto(app_server + "/causes")
        expect(page.locator("h1")).to_have_text(HEADINGS["/causes"])
        expect(page.locator("#connection-banner")).to_be_visible(timeout=15_000)
        assert watch.refusals(page) == []
    finally:
        page.context.set_offline(False)


def test_move_my_data_here_and_delete_everything_work_under_the_policy(
    browser: Browser, app_server: str
):
    old_phone, new_phone = browser.new_context(), browser.new_context()
    try:
        watches = Watch(old_phone), Watch(new_phone)
        old, new = old_phone.new_page(), new_phone.new_page()
        code = transfer_code_for_a_logged_twitch(old, app_server, "shoulder")
        new.goto(app_server + "/privacy")
        new.get_by_label("Got a code from your old phone?").fill(code)
        new.get_by_role("button", name="Move my data here").click()
        expect(new.locator("#transfer-status")).to_contain_text("1 item moved")
        delete_everything_in(new, app_server)
        assert watches[0].refusals(old) == [] and watches[1].refusals(new) == []
    finally:
        old_phone.close()
        new_phone.close()


def test_a_script_injected_into_a_page_is_refused(watched, app_server: str):
    page, watch = watched
    page.goto(app_server + "/diary")
    page.evaluate(
        """() => {
        const script = document.createElement("script");
        script.textContent = "window.__injected = 'inline'";
        document.body.appendChild(script);
        const note = document.createElement("div");
        note.innerHTML = '<img src="/no-such.png" onerror="window.__injected = \\'handler\\'">';
        document.body.appendChild(note);
    }"""
    )
    page.wait_for_timeout(1000)
    assert page.evaluate("window.__injected") is None
    refused = watch.refusals(page)
    assert any(text.startswith("script-src-elem inline") for text in refused), refused
    assert any(text.startswith("script-src-attr inline") for text in refused), refused
