"""An unknown address: the 404 page in the app's layout online, the offline page offline."""

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import HEADINGS, TABS, path_of
from tests.browser.test_accessibility import run_axe
from tests.browser.test_pwa import wait_for_controlling_worker

# What the browser makes of the static build: `make test-scale` leaves it out (pyproject.toml).
pytestmark = [pytest.mark.browser, pytest.mark.frontend_only]

NOT_FOUND = "Page not found"


def test_the_server_answers_an_unknown_address_with_status_404(app_server: str):
    response = httpx.get(app_server + "/no-such-page")
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"]
    # Real pages are untouched.
    assert httpx.get(app_server + "/causes/").status_code == 200


def test_an_unknown_address_shows_the_404_page_with_the_apps_navigation(
    page: Page, app_server: str
):
    page.goto(app_server + "/no-such-page")
    expect(page.locator("h1")).to_have_text(NOT_FOUND)
    assert page.locator("h1").count() == 1 and page.locator("main").count() == 1
    assert path_of(page.url) == "/no-such-page"
    assert NOT_FOUND in page.title()
    nav = page.get_by_role("navigation", name="Main")
    for label in TABS:
        expect(nav.get_by_role("link", name=label)).to_be_visible()
    # The safety line is on every page, this one too.
    expect(page.locator("footer.site-footer")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.locator("main").get_by_role("link", name="Go to the home page").click()
    page.wait_for_url(lambda url: path_of(url) == "/")
    expect(page.locator("h1")).to_have_text(HEADINGS["/"])


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_on_the_404_page(browser, app_server: str, scheme: str):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 360, "height": 740})
    try:
        page = context.new_page()
        page.goto(app_server + "/no-such-page")
        expect(page.locator("h1")).to_have_text(NOT_FOUND)
        expect(page.locator("html")).to_have_class(scheme)
        results = run_axe(page)
        assert not results.violations_count, results.generate_report()
    finally:
        context.close()


def test_offline_an_unknown_address_shows_the_offline_page_and_real_pages_still_work(
    page: Page, app_server: str
):
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(app_server + "/")
    wait_for_controlling_worker(page)
    # Online under the worker, the 404 page comes from the network; it must not be kept as
    # this address's page, nor stand in for the offline page later.
    page.goto(app_server + "/no-such-page")
    expect(page.locator("h1")).to_have_text(NOT_FOUND)
    cached = page.evaluate(
        """async () => {
          const urls = [];
          for (const key of await caches.keys()) {
            for (const request of await (await caches.open(key)).keys()) urls.push(request.url);
          }
          return urls;
        }"""
    )
    assert cached and not [url for url in cached if "no-such-page" in url]
    page.context.set_offline(True)
    try:
        # Not page.goto: its wait for React would also accept the wrong page.
        page.evaluate("url => location.assign(url)", app_server + "/no-such-page")
        page.wait_for_url(lambda url: path_of(url) == "/offline")
        expect(page.locator("h1")).to_have_text(HEADINGS["/offline"])
        page.wait_for_selector("html[data-hydrated]", state="attached", timeout=15_000)
        page.wait_for_timeout(1500)  # hydrated and settled: still one page, the offline one
        expect(page.locator("h1")).to_have_text(HEADINGS["/offline"])
        expect(page.get_by_text(NOT_FOUND)).to_have_count(0)
        expect(page.get_by_role("navigation", name="Main")).to_be_visible()
        # A real page still works offline, from the worker's cache.
        page.goto(app_server + "/causes")
        expect(page.locator("h1")).to_have_text(HEADINGS["/causes"])
        assert path_of(page.url) == "/causes"
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Relax").click()
        page.wait_for_url(lambda url: path_of(url) == "/relax")
        expect(page.locator("h1")).to_have_text(HEADINGS["/relax"])
    finally:
        page.context.set_offline(False)
    assert errors == []
