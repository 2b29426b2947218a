"""The app shell on a phone-sized screen: layout, navigation, themes, safety line."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import HEADINGS, TABS, TEST_EMERGENCY_NUMBER, path_of

# What the browser makes of the static build: `make test-scale` leaves it out (pyproject.toml).
pytestmark = [pytest.mark.browser, pytest.mark.frontend_only]


@pytest.mark.parametrize("route", list(HEADINGS))
def test_route_fits_a_360px_phone_with_one_main_and_ordered_headings(
    page: Page, app_server: str, route: str
):
    page.goto(app_server + route)
    expect(page.locator("h1")).to_have_text(HEADINGS[route])
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert page.locator("main").count() == 1
    assert "Twitch Relief" in page.title()
    levels = page.eval_on_selector_all(
        "h1, h2, h3, h4", "els => els.map(e => Number(e.tagName[1]))"
    )
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), levels


def test_every_tab_navigates_and_marks_itself_current(page: Page, app_server: str):
    page.goto(app_server + "/")
    nav = page.get_by_role("navigation", name="Main")
    for label, route in TABS.items():
        nav.get_by_role("link", name=label).click()
        page.wait_for_url(lambda url, route=route: path_of(url) == route)
        expect(page.locator("h1")).to_have_text(HEADINGS[route])
        expect(nav.get_by_role("link", name=label)).to_have_attribute("aria-current", "page")
        assert nav.locator("[aria-current=page]").count() == 1


def test_tab_targets_are_at_least_48px(page: Page, app_server: str):
    page.goto(app_server + "/")
    boxes = [link.bounding_box() for link in page.locator("nav .tab").all()]
    assert len(boxes) == 5
    for box in boxes:
        assert box["width"] >= 48 and box["height"] >= 48, box
    # On a phone the bar sits at the bottom of the screen, within reach of a thumb.
    assert min(box["y"] for box in boxes) > 740 - 100


def test_wide_screen_moves_the_tabs_to_the_top(page: Page, app_server: str):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(app_server + "/")
    boxes = [link.bounding_box() for link in page.locator("nav .tab").all()]
    assert max(box["y"] for box in boxes) < 120
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280


def test_theme_follows_the_system_then_the_toggle_is_remembered(browser, app_server: str):
    context = browser.new_context(color_scheme="dark", viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(app_server + "/")
    html = page.locator("html")
    expect(html).to_have_class("dark")
    toggle = page.get_by_role("button", name="Use light theme")
    page.wait_for_function("window.__reactRouterContext && document.readyState === 'complete'")
    toggle.click()
    expect(html).to_have_class("light")
    page.reload()
    expect(html).to_have_class("light")
    expect(page.get_by_role("button", name="Use dark theme")).to_be_visible()
    # The dark theme is for a dark room: no bright white text or background.
    page.get_by_role("button", name="Use dark theme").click()
    expect(html).to_have_class("dark")
    colours = page.evaluate(
        "[getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]"
    )
    assert "255, 255, 255" not in "".join(colours), colours
    context.close()


def test_home_has_entry_points_and_a_visible_safety_line(page: Page, app_server: str):
    page.goto(app_server + "/")
    main = page.locator("main")
    for name, route in [
        ("Check my symptoms", "/check"),
        ("Browse causes", "/causes"),
        ("2-minute breathing", "/relax/extended_exhale"),
        ("Log a twitch", "/diary"),
    ]:
        link = main.get_by_role("link", name=name)
        assert path_of(app_server + link.get_attribute("href")) == route
    types = main.get_by_role("link", name="the kinds of twitch")
    assert path_of(app_server + types.get_attribute("href")) == "/twitch-types"
    safety = page.locator("#safety-line")
    expect(safety).to_contain_text("not a diagnosis")
    expect(safety).to_be_in_viewport()
    call = safety.get_by_role("link", name=f"call {TEST_EMERGENCY_NUMBER}")
    expect(call).to_have_attribute("href", f"tel:{TEST_EMERGENCY_NUMBER}")


def test_skip_link_moves_focus_to_main(page: Page, app_server: str):
    page.goto(app_server + "/about")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


def test_about_lists_the_sources(page: Page, app_server: str):
    from twitch_app.knowledge import load_knowledge

    kb = load_knowledge()
    page.goto(app_server + "/about")
    sources = page.locator("main cite")
    expect(sources).to_have_count(len(kb.sources))
    # Strongest first: a guideline, with its publisher and a link to it.
    first = page.locator("main li[data-source-id]").first
    expect(first).to_contain_text("NICE")
    expect(first.get_by_role("link")).to_have_attribute(
        "href", "https://www.nice.org.uk/guidance/ng127"
    )
    expect(page.locator("main")).to_contain_text("Twitching while sleeping")


@pytest.mark.parametrize("route", ["/check", "/causes/caffeine"])
def test_an_address_without_its_slash_answers_with_the_page_and_it_works(
    page: Page, app_server: str, route: str
):
    # A redirect to `<route>/` would cost a phone a second round trip before the first byte.
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    documents: list[str] = []
    page.on(
        "request",
        lambda request: request.resource_type == "document" and documents.append(request.url),
    )
    response = page.goto(app_server + route)
    assert response is not None and response.status == 200
    assert response.request.redirected_from is None and response.url == app_server + route
    # The boot gives the address the slash the page was prerendered with, without a reload,
    # so links resolved against it stay on this page: the skip link jumps, it does not leave.
    expect(page).to_have_url(app_server + route + "/")
    assert documents == [app_server + route]  # the slash came without a reload
    skip_target = "new URL(document.querySelector('.skip-link').href)"
    assert page.evaluate(f"{skip_target}.pathname === location.pathname")
    # Hydrated at this address: a tap on a tab is handled by the app's router.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Diary").click()
    expect(page.locator("h1")).to_have_text(HEADINGS["/diary"])
    if route == "/check":
        page.go_back()
        page.get_by_role("button", name="Start the check").click()
        expect(page.locator("#wizard-focus")).to_be_visible()
    assert errors == []
