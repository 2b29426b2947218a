"""The first layout covers the screen only, in few font strikes (assets/app.css).

Each pair of font size and weight a layout meets is a font the browser must look up (on
Linux a synchronous call to the browser process), so the stylesheet keeps one bold weight
and a short type scale, and off-screen blocks are not laid out until they scroll near.
"""

import io

import pytest
from PIL import Image
from playwright.sync_api import Page, expect

from tests.browser.pages import HEADINGS

# What the browser makes of the static build: `make test-scale` leaves it out (pyproject.toml).
pytestmark = [pytest.mark.browser, pytest.mark.frontend_only]

ROUTES = ["/", "/check", "/causes", "/relax", "/diary", "/causes/caffeine"]

# Size, weight and style of the text an element shows, for every element with text;
# `on_screen` keeps those inside the first screen and not skipped by content-visibility.
TEXT_STYLES = """(onScreen) => {
    const styles = new Set();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const element = walker.currentNode.parentElement;
        if (!walker.currentNode.textContent.trim() || !element.checkVisibility()) continue;
        if (onScreen) {
            if (!element.checkVisibility({contentVisibilityAuto: true})) continue;
            const box = element.getBoundingClientRect();
            if (box.bottom <= 0 || box.top >= innerHeight) continue;
        }
        const style = getComputedStyle(element);
        styles.add(`${style.fontSize} ${style.fontWeight} ${style.fontStyle}`);
    }
    return [...styles].sort();
}"""

# A block with content-visibility: auto is itself laid out; what it skips is its content.
RENDERED = "(block) => block.firstElementChild.checkVisibility({contentVisibilityAuto: true})"


@pytest.mark.parametrize("route", ROUTES)
def test_the_first_screen_needs_few_fonts(page: Page, app_server: str, route: str):
    page.goto(app_server + route)
    on_screen = page.evaluate(TEXT_STYLES, True)
    # Body, bold body, small, tab label, heading and page title.
    assert len(on_screen) <= 6, on_screen
    # One bold weight everywhere (strong and legends included), on screen or not.
    weights = {style.split()[1] for style in page.evaluate(TEXT_STYLES, False)}
    assert weights <= {"400", "650"}, weights


def test_blocks_below_the_screen_wait_until_scrolled_near(page: Page, app_server: str):
    page.goto(app_server + "/causes")
    expect(page.locator("h1")).to_have_text(HEADINGS["/causes"])
    footer = page.locator(".site-footer")
    last_list = page.locator(".link-rows").last
    assert not footer.evaluate(RENDERED)
    assert not last_list.evaluate(RENDERED)
    assert page.locator(".link-rows").first.evaluate(RENDERED)  # the one on screen

    footer.scroll_into_view_if_needed()
    page.wait_for_function(RENDERED, arg=footer.element_handle())  # the next frame
    # Nothing is lost meanwhile: a link far down is found, reached and followed.
    last_link = last_list.get_by_role("link").last
    name = last_link.locator(".link-row-title").inner_text()
    last_link.click()
    expect(page.locator("h1")).to_have_text(name)


def test_a_focused_row_shows_its_whole_focus_ring(page: Page, app_server: str):
    """The lists clip what paints outside them, so a row's ring is drawn inside the row."""
    page.goto(app_server + "/causes")
    row = page.locator(".link-row").first
    row.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # focus by keyboard, so :focus-visible applies
    expect(row).to_be_focused()
    box = row.bounding_box()
    focus = page.evaluate("getComputedStyle(document.activeElement).outlineColor")
    shot = Image.open(io.BytesIO(page.screenshot())).convert("RGB")
    scale = shot.width / page.viewport_size["width"]
    middle = box["y"] + box["height"] / 2
    for x in (box["x"] + 1, box["x"] + box["width"] - 2):  # the left and right edges
        pixel = shot.getpixel((int(x * scale), int(middle * scale)))
        assert f"rgb({pixel[0]}, {pixel[1]}, {pixel[2]})" == focus, (x, pixel, focus)
