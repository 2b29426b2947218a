"""axe finds nothing on any route, in the light and the dark theme: every fixed page, every
cause and remedy card and every routine (the 404 page: test_not_found.py)."""

import pytest
from axe_playwright_python.sync_playwright import Axe, AxeResults
from playwright.sync_api import expect

from tests.browser.pages import HEADINGS, every_route

# What the browser makes of the static build: `make test-scale` leaves it out (pyproject.toml).
pytestmark = [pytest.mark.browser, pytest.mark.frontend_only]

AXE_SCRIPT = Axe().axe_script


def run_axe(page) -> AxeResults:
    # A global eval makes `axe` global (the package's own page.evaluate keeps it local). Not a
    # script tag: each page's policy refuses inline scripts it has no hash for (build/csp.py).
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate("source => { (0, eval)(source); }", AXE_SCRIPT)
    return AxeResults(page.evaluate("axe.run(document, {resultTypes: ['violations']})"))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations(browser, app_server: str, scheme: str):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 360, "height": 740})
    page = context.new_page()
    try:
        failures = {}
        for route in every_route():
            page.goto(app_server + route)
            if route in HEADINGS:
                expect(page.locator("h1")).to_have_text(HEADINGS[route])
            expect(page.locator("h1")).to_have_count(1)
            expect(page.locator("html")).to_have_class(scheme)
            results = run_axe(page)
            if results.violations_count:
                failures[route] = results.generate_report()
        assert not failures, "\n".join(f"{route}:\n{report}" for route, report in failures.items())
    finally:
        context.close()
