"""The install offer on a phone (issue 23, "Broken"): it closes for good, leaves every control
reachable where it shows, and stays away from the check and from a routine under way."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import path_of

# What the browser makes of the static build: `make test-scale` leaves it out (pyproject.toml).
pytestmark = [pytest.mark.browser, pytest.mark.frontend_only]


OFFER_INSTALL = """() => {
    const offer = new Event('beforeinstallprompt');
    offer.prompt = () => {};
    offer.userChoice = Promise.resolve({ outcome: 'dismissed' });
    window.dispatchEvent(offer);
}"""


def _offer_install(page: Page) -> None:
    page.wait_for_function("document.readyState === 'complete'")
    page.evaluate(OFFER_INSTALL)


def test_install_offer_closes_for_good(page: Page, app_server: str):
    page.goto(app_server + "/")
    _offer_install(page)
    offer = page.locator("#install-offer")
    expect(offer).to_be_visible()
    page.get_by_role("button", name="Close the install offer").click()
    expect(offer).to_have_count(0)
    page.reload()
    _offer_install(page)
    page.wait_for_timeout(300)
    expect(offer).to_have_count(0)


@pytest.mark.parametrize("route", ["/relax/box_breathing", "/check"])
def test_install_offer_stays_off_routines_and_the_check(page: Page, app_server: str, route: str):
    page.goto(app_server + route)
    _offer_install(page)
    page.wait_for_timeout(300)
    expect(page.locator("#install-offer")).to_have_count(0)
    button = page.locator(".player .primary-button, .wizard-intro button").first
    button.scroll_into_view_if_needed()
    box = button.bounding_box()
    under = page.evaluate(
        "([x, y]) => document.elementFromPoint(x, y).closest('button')?.textContent",
        [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2],
    )
    assert under is not None and "Start" in under


def test_install_offer_goes_when_a_routine_starts_and_on_a_routine_reached_by_a_tap(
    page: Page, app_server: str
):
    page.goto(app_server + "/relax")
    _offer_install(page)
    offer = page.locator("#install-offer")
    expect(offer).to_be_visible()
    # A pattern of one's own plays on /relax itself: while it runs, no offer.
    form = page.get_by_role("form", name="Breathing pattern")
    form.get_by_label("Name").fill("Evening")
    form.get_by_role("button", name="Save pattern").click()
    page.locator(".pattern-row").get_by_role("button", name="Play").click()
    player = page.locator(".custom-player")
    player.get_by_role("button", name="Start", exact=False).click()
    expect(player.get_by_role("button", name="Pause", exact=True)).to_be_visible()
    expect(offer).to_have_count(0)
    player.get_by_role("button", name="Stop", exact=True).click()
    # A routine's page reached in the app (no page load) has none either.
    page.get_by_role("link", name=re.compile("^Box breathing")).first.click()
    page.wait_for_url(lambda url: path_of(url) == "/relax/box_breathing")
    expect(page.get_by_role("button", name="Start", exact=False)).to_be_visible()
    page.wait_for_timeout(300)
    expect(offer).to_have_count(0)


@pytest.mark.parametrize("route", ["/", "/diary", "/privacy"])
def test_where_the_install_offer_shows_every_control_is_reached_clear_of_it(
    page: Page, app_server: str, route: str
):
    page.goto(app_server + route)
    _offer_install(page)
    offer = page.locator("#install-offer")
    expect(offer).to_be_visible()
    controls = page.locator(
        "main :is(a, button, input, select, textarea):not(.pwa-prompts *):visible"
    )
    assert controls.count() > 3
    for index in range(min(controls.count(), 30)):
        control = controls.nth(index)
        control.focus()  # as a keyboard would: it scrolls clear of the offer and the tab bar
        box, top = control.bounding_box(), offer.bounding_box()["y"]
        assert box["y"] + box["height"] <= top, (index, control.evaluate("e => e.outerHTML"))
    # The page's last control too, reached by scrolling to the end as a thumb would.
    page.mouse.wheel(0, 10_000)
    page.wait_for_function("innerHeight + scrollY >= document.documentElement.scrollHeight - 1")
    last = controls.last
    box = last.bounding_box()
    under = page.evaluate(
        "([x, y]) => document.elementFromPoint(x, y)?.closest('main') !== null",
        [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2],
    )
    assert box["y"] + box["height"] <= offer.bounding_box()["y"] and under
