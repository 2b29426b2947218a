"""The first visit paints from the HTML alone, then boots React (twitch_app/build/)."""

import time

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import HEADINGS
from twitch_app.build.staged_boot import EVALUATE_AFTER_MS

# What the browser makes of the static build: `make test-scale` leaves it out (pyproject.toml).
pytestmark = [pytest.mark.browser, pytest.mark.frontend_only]

TIMINGS = """() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    resources: performance.getEntriesByType('resource').map(r => ({
        url: new URL(r.name).pathname, start: r.startTime, type: r.initiatorType})),
})"""


@pytest.mark.parametrize("route", ["/", "/check", "/causes", "/diary"])
def test_page_paints_before_any_script_loads_and_then_works(
    page: Page, app_server: str, route: str
):
    page.goto(app_server + route)
    expect(page.locator("h1")).to_have_text(HEADINGS[route])
    # Styled from the first paint: the page's own colours, not the browser's white.
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") != "rgba(0, 0, 0, 0)"
    # Hydrated and connected: the theme toggle answers a click.
    page.get_by_role("button", name="Use dark theme").click()
    expect(page.get_by_role("button", name="Use light theme")).to_be_visible()
    timings = page.evaluate(TIMINGS)
    assert timings["paint"] is not None
    scripts = [r for r in timings["resources"] if r["url"].endswith(".js")]
    assert any("entry.client" in r["url"] for r in scripts), scripts
    # Nothing the first paint waits for: no stylesheet at all, and every chunk after it.
    assert not [r for r in timings["resources"] if r["url"].endswith(".css")]
    early = [r["url"] for r in scripts if r["start"] < timings["paint"]]
    assert early == [], f"requested before the first paint at {timings['paint']} ms: {early}"


def test_every_chunk_asks_for_eager_background_compilation(page: Page, app_server: str):
    page.goto(app_server + "/")
    expect(page.get_by_role("button", name="Use dark theme")).to_be_visible()
    chunks = page.evaluate(
        "performance.getEntriesByType('resource').map(r => r.name).filter(n => n.endsWith('.js'))"
    )
    assert len(chunks) >= 5
    for chunk in chunks:
        source = page.request.get(chunk).text()
        assert source.startswith("//# allFunctionsCalledOnLoad\n"), chunk


def _svg_image_requests(page: Page) -> list[str]:
    """SVG images the page asks for, data: URLs included (CDP sees those, resource timing not)."""
    seen: list[str] = []
    cdp = page.context.new_cdp_session(page)
    cdp.on(
        "Network.requestWillBeSent",
        lambda event: (
            seen.append(event["request"]["url"])
            if event["request"]["url"].startswith("data:image/svg+xml")
            or event["request"]["url"].split("?")[0].endswith(".svg")
            else None
        ),
    )
    cdp.send("Network.enable")
    return seen


@pytest.mark.parametrize("route", ["/", "/check", "/diary"])
def test_first_load_builds_no_svg_image_document(page: Page, app_server: str, route: str):
    # Chromium builds each SVG image (an <img>, a favicon, a CSS image) as a document of its
    # own on the main thread; the brand mark is inline and the icons are bitmaps instead.
    svg_images = _svg_image_requests(page)
    page.goto(app_server + route)
    expect(page.get_by_role("button", name="Use dark theme")).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert svg_images == []
    expect(page.locator("header .brand svg.brand-mark")).to_be_visible()


def test_date_picker_icon_comes_when_the_more_section_opens(page: Page, app_server: str):
    svg_images = _svg_image_requests(page)
    page.goto(app_server + "/diary")
    page.wait_for_load_state("networkidle")
    assert svg_images == []
    page.get_by_text("More: when, how long").click()
    expect(page.get_by_label("When (leave empty for now)")).to_be_visible()
    # The browser's own calendar icon, loaded once the field is on screen.
    for _ in range(30):
        if svg_images:
            break
        page.wait_for_timeout(100)
    assert any(url.startswith("data:image/svg+xml") for url in svg_images)


def test_scroll_restoration_runs_after_the_paint_and_still_restores(page: Page, app_server: str):
    # React Router's script no longer runs before the paint (staged_boot), only in the boot.
    page.add_init_script(
        "new PerformanceObserver((list) => { if (list.getEntriesByName('first-contentful-paint')"
        ".length) window.__keyAtPaint = history.state?.key ?? null; })"
        ".observe({type: 'paint', buffered: true})"
    )
    page.goto(app_server + "/causes")
    expect(page.get_by_role("button", name="Use dark theme")).to_be_visible()
    page.wait_for_function("history.state && history.state.key")
    assert page.evaluate("window.__keyAtPaint") is None
    page.mouse.wheel(0, 900)
    page.wait_for_function("scrollY > 400")
    scrolled = page.evaluate("scrollY")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Diary").click()
    expect(page.locator("h1")).to_have_text(HEADINGS["/diary"])
    page.go_back()
    expect(page.locator("h1")).to_have_text(HEADINGS["/causes"])
    page.wait_for_function(f"scrollY === {scrolled}")


FIRST_FRAME = """requestAnimationFrame(() => {
    window.__firstFrame = {main: !!document.getElementById('main'),
                           heading: document.querySelector('main h1')?.textContent ?? null};
});"""


@pytest.mark.parametrize("route", ["/check", "/diary"])
def test_the_first_frame_already_holds_the_page_on_a_slow_connection(
    browser, app_server: str, route: str
):
    # On a slow link the HTML arrives in pieces; Chromium would draw a frame of the part it
    # has (the header) and lay the page out again when <main> arrives. `rel=expect` holds
    # rendering until <main> is parsed, so the first frame is the page (twitch_app.py).
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.add_init_script(FIRST_FRAME)
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    slow = {
        "offline": False,
        "latency": 150,
        "downloadThroughput": 20_000,
        "uploadThroughput": 20_000,
    }
    cdp.send("Network.emulateNetworkConditions", slow)
    page.goto(app_server + route)
    page.wait_for_function("window.__firstFrame")
    assert page.evaluate("window.__firstFrame") == {"main": True, "heading": HEADINGS[route]}
    context.close()


# The manifest chunk is the first the loader evaluates: it assigns window.__reactRouterManifest.
MANIFEST_EVALUATED = """Object.defineProperty(window, '__reactRouterManifest', {
    configurable: true,
    set(value) {
        window.__manifestEvaluatedAt = performance.now();
        Object.defineProperty(window, '__reactRouterManifest',
                              {value, writable: true, configurable: true});
    },
});"""
PRELOADS = """() => {
    const links = new Set([...document.querySelectorAll('link[rel=modulepreload]')]
        .map(link => link.href));
    return performance.getEntriesByType('resource').filter(r => links.has(r.name))
        .map(r => ({url: r.name, start: r.startTime, end: r.responseEnd}));
}"""


def _boot_with_the_entry_chunk_late(page: Page, app_server: str, delay_s: float) -> dict:
    """When the manifest ran, and the preloads' timings, with the client entry held back."""
    page.add_init_script(MANIFEST_EVALUATED)

    def late(route):
        time.sleep(delay_s)
        route.continue_()

    page.route("**/assets/entry.client-*.js", late)
    page.goto(app_server + "/check")  # returns once React has hydrated (conftest)
    preloads = page.evaluate(PRELOADS)
    assert len(preloads) >= 5
    entry = next(p for p in preloads if "/entry.client-" in p["url"])
    return {
        "manifest": page.evaluate("window.__manifestEvaluatedAt"),
        "first_asked": min(p["start"] for p in preloads),
        "last_arrived": max(p["end"] for p in preloads),
        "entry_arrived": entry["end"],
    }


def test_no_chunk_runs_until_every_chunk_has_arrived(page: Page, app_server: str):
    # Evaluating while big chunks still compile in the background shares the CPU with that
    # work and stretches the main thread's tasks (staged_boot). Before the loader waited,
    # the manifest ran as soon as it arrived, long before the entry chunk. The loader's cap
    # (EVALUATE_AFTER_MS, tested below) is taken out: a busy machine may serve slower.
    page.add_init_script(
        "const setTimeoutAsIs = window.setTimeout;"
        "window.setTimeout = function (callback, ms, ...rest) {"
        f"  if (ms === {EVALUATE_AFTER_MS} && callback.name === 'ready') return 0;"
        "  return setTimeoutAsIs.call(this, callback, ms, ...rest); };"
    )
    timing = _boot_with_the_entry_chunk_late(page, app_server, 0.3)
    assert timing["manifest"] >= timing["last_arrived"]


def test_on_a_slow_network_chunks_run_as_they_come(page: Page, app_server: str):
    # Past EVALUATE_AFTER_MS the main thread would only idle: evaluation starts, and the
    # late chunk is taken when it comes.
    timing = _boot_with_the_entry_chunk_late(page, app_server, 2.0)
    assert timing["manifest"] < timing["entry_arrived"]
    assert timing["manifest"] - timing["first_asked"] >= EVALUATE_AFTER_MS - 50


def test_a_browser_without_modulepreload_does_not_wait(page: Page, app_server: str):
    # Where rel=modulepreload is unknown, a link fires no load event: nothing to wait for.
    page.add_init_script(
        "const supports = DOMTokenList.prototype.supports;"
        "DOMTokenList.prototype.supports = function (token) {"
        "  return token === 'modulepreload' ? false : supports.call(this, token); };"
    )
    timing = _boot_with_the_entry_chunk_late(page, app_server, 2.0)
    assert timing["manifest"] - timing["first_asked"] < EVALUATE_AFTER_MS
