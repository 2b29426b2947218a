"""A new user's first visit on a phone (issue 23): what got in the way, pinned one by one."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.test_wizard import SELF_CARE, answer_all, prompt, start

pytestmark = pytest.mark.browser

OFFER_INSTALL = """() => {
    const offer = new Event('beforeinstallprompt');
    offer.prompt = () => {};
    offer.userChoice = Promise.resolve({ outcome: 'dismissed' });
    window.dispatchEvent(offer);
}"""


def test_downloaded_summary_is_the_same_readable_text_as_copy_and_print(
    page: Page, app_server: str
):
    start(page, app_server)
    answer_all(page, SELF_CARE)
    expect(prompt(page)).to_have_text("Self-care is a good first step")
    shown = page.locator(".doctor-summary .summary-text").inner_text()
    with page.expect_download() as info:
        page.get_by_role("button", name="Download", exact=True).click()
    download = info.value
    assert download.suggested_filename.endswith(".txt")
    text = download.path().read_bytes().decode("utf-8")
    assert "\\n" not in text and not text.startswith('"')
    assert len(text.splitlines()) > 5
    assert text.strip() == shown.strip()


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


def test_skip_link_moves_focus_into_main(page: Page, app_server: str):
    page.goto(app_server + "/causes")
    page.keyboard.press("Tab")
    expect(page.locator(".skip-link")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    # The next Tab goes on into the content, not back to the header.
    page.keyboard.press("Tab")
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)")


def test_keyboard_order_is_skip_link_header_content_then_tabs(page: Page, app_server: str):
    page.goto(app_server + "/")
    order = []
    for _ in range(60):
        page.keyboard.press("Tab")
        where = page.evaluate(
            """() => {
            const el = document.activeElement;
            if (el.classList.contains('skip-link')) return 'skip';
            if (el.closest('header')) return 'header';
            if (el.closest('nav.tabbar')) return 'tabs';
            if (el.closest('main, footer')) return 'content';
            return 'other';
        }"""
        )
        if not order or order[-1] != where:
            order.append(where)
        if where == "tabs":
            break
    assert order == ["skip", "header", "content", "tabs"], order


def test_focused_items_scroll_clear_of_the_tab_bar(page: Page, app_server: str):
    page.goto(app_server + "/causes")
    bar_top = page.locator("nav.tabbar").bounding_box()["y"]
    links = page.locator("main a")
    for index in range(min(links.count(), 25)):
        links.nth(index).focus()
        box = links.nth(index).bounding_box()
        assert box["y"] + box["height"] <= bar_top, (index, box, bar_top)


@pytest.mark.parametrize("width", [768, 1024])
def test_wide_screen_tabs_sit_in_the_header_row_clear_of_brand_and_toggle(
    page: Page, app_server: str, width: int
):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(app_server + "/")
    brand = page.locator(".brand").bounding_box()
    toggle = page.locator("#theme-toggle").bounding_box()
    tabs = [tab.bounding_box() for tab in page.locator("nav .tab").all()]
    assert brand["x"] + brand["width"] <= min(t["x"] for t in tabs)
    assert max(t["x"] + t["width"] for t in tabs) <= toggle["x"]
    assert all(abs(t["y"] - toggle["y"]) < 8 for t in tabs), (tabs, toggle)
