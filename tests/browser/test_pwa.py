"""Installable and offline: manifest, service worker, offline pages, install and update help."""

import gzip
import json

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import HEADINGS, path_of

# What the browser makes of the static build: `make test-scale` leaves it out (pyproject.toml).
pytestmark = [pytest.mark.browser, pytest.mark.frontend_only]

IPHONE_SAFARI = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1"
)


def wait_for_controlling_worker(page: Page) -> None:
    """Wait until the worker has precached everything, then reload once under its control."""
    page.wait_for_function(
        "navigator.serviceWorker.ready.then(r => !!r.active)", timeout=30_000, polling=200
    )
    page.evaluate("navigator.serviceWorker.ready")
    page.reload()
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=10_000)


def test_chromium_finds_the_app_installable(persistent_context, app_server: str):
    page = persistent_context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(app_server + "/")
    # In a real profile Chromium offers installation once the manifest is linked: the
    # prerendered HTML must still match the first client render (React error #418 means the
    # page was redrawn).
    page.wait_for_function("document.readyState === 'complete'")
    page.wait_for_timeout(1000)
    assert errors == []
    wait_for_controlling_worker(page)
    # The page links its manifest once the boot is over (see the next test).
    page.wait_for_selector("link[rel='manifest']", state="attached", timeout=10_000)
    cdp = persistent_context.new_cdp_session(page)
    manifest = cdp.send("Page.getAppManifest")
    assert manifest["errors"] == []
    parsed = json.loads(manifest["data"])
    assert parsed["name"] == "Twitch Relief"
    assert parsed["display"] == "standalone"
    assert cdp.send("Page.getInstallabilityErrors")["installabilityErrors"] == []


def test_the_manifest_is_linked_only_once_the_boot_is_over(persistent_context, app_server: str):
    # Linking a manifest starts Chromium's installability check (a manifest and an icon
    # download, and desktop Chromium's address-bar animation): it must not share the boot.
    # An incognito profile never checks, so the test needs a persistent one.
    page = persistent_context.new_page()
    manifest_requests: list[str] = []
    page.on(
        "request",
        lambda request: (
            request.url.endswith("/manifest.webmanifest") and manifest_requests.append(request.url)
        ),
    )
    response = page.goto(app_server + "/check")
    assert 'rel="manifest"' not in response.text()
    page.wait_for_selector("html[data-hydrated='true']", state="attached")
    assert page.locator("link[rel='manifest']").count() == 0
    assert manifest_requests == []
    page.wait_for_selector("link[rel='manifest']", state="attached", timeout=10_000)
    page.wait_for_timeout(300)
    assert manifest_requests == [app_server + "/manifest.webmanifest"]
    # Once per page load: moving to another page does not link it again.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Diary").click()
    expect(page.locator("h1")).to_have_text(HEADINGS["/diary"])
    expect(page.locator("link[rel='manifest']")).to_have_count(1)
    assert page.locator("link[rel='manifest']").get_attribute("href") == "/manifest.webmanifest"


def test_the_worker_controls_the_page_after_one_reload(page: Page, app_server: str):
    page.goto(app_server + "/")
    wait_for_controlling_worker(page)
    assert page.evaluate("navigator.serviceWorker.controller.scriptURL").endswith("/sw.js")


def test_every_static_route_renders_offline_after_one_visit(page: Page, app_server: str):
    page.goto(app_server + "/")
    wait_for_controlling_worker(page)
    page.context.set_offline(True)
    try:
        for route, heading in HEADINGS.items():
            page.goto(app_server + route)
            expect(page.locator("h1")).to_have_text(heading)
            assert path_of(page.url) == route
        # The page hydrated from cached scripts: the calm banner replaces the error toast,
        # and client-side controls still work.
        expect(page.locator("#connection-banner")).to_be_visible(timeout=15_000)
        expect(page.locator("#connection-banner")).to_contain_text("still work")
        before = page.locator("html").get_attribute("class")
        page.locator("#theme-toggle").click()
        expect(page.locator("html")).not_to_have_class(before)
        # A page that was never built gets the offline page, not the browser's error: the
        # worker sends the browser there, so React hydrates it at its own address (at the
        # unknown one it would draw the 404 page too). (Not page.goto: the page must stay.)
        page.evaluate("url => location.assign(url)", app_server + "/no-such-page")
        page.wait_for_url(lambda url: path_of(url) == "/offline")
        expect(page.locator("h1")).to_have_text(HEADINGS["/offline"])
        page.wait_for_timeout(2000)
        expect(page.locator("h1")).to_have_text(HEADINGS["/offline"])
    finally:
        page.context.set_offline(False)


def test_the_worker_never_handles_the_websocket_or_health_routes(app_server: str):
    import httpx

    worker = httpx.get(app_server + "/sw.js").text
    for path in ("/_event", "/ping", "/_health", "/_upload"):
        assert f'"{path}"' in worker.split("NEVER_HANDLED")[1].split("\n")[0]
    precached = json.loads(worker.split("const PRECACHE = ")[1].split(";\n")[0])
    assert "/index.html" in precached and "/causes/index.html" in precached
    assert not any(url.endswith(".gz") for url in precached)
    for url in precached[:50]:
        assert httpx.get(app_server + url).status_code == 200, url


@pytest.mark.parametrize("check", ["update()", "a launch"])
def test_a_waiting_update_offers_a_reload(page: Page, app_server: str, static_dir, check):
    page.goto(app_server + "/")
    wait_for_controlling_worker(page)
    old_script = page.evaluate("navigator.serviceWorker.controller.scriptURL")
    worker = static_dir / "sw.js"
    original = worker.read_bytes()
    compressed = static_dir / "sw.js.gz"
    original_gz = compressed.read_bytes() if compressed.exists() else None
    changed = original.replace(b'const VERSION = "', b'const VERSION = "update-test-')
    try:
        worker.write_bytes(changed)
        if original_gz is not None:
            compressed.write_bytes(gzip.compress(changed))
        if check == "update()":
            page.evaluate("navigator.serviceWorker.ready.then(r => r.update())")
        else:
            # A launch is answered from the cache; the browser still looks for a new worker.
            page.goto(app_server + "/")
        banner = page.locator("#update-banner")
        expect(banner).to_contain_text("A new version is available", timeout=30_000)
        with page.expect_navigation():
            banner.get_by_role("button", name="Reload").click()
        page.wait_for_function("navigator.serviceWorker.controller !== null")
        expect(page.locator("#update-banner")).to_have_count(0)
        cache_names = page.evaluate("caches.keys()")
        assert len(cache_names) == 1 and "update-test-" in cache_names[0], cache_names
        assert old_script == page.evaluate("navigator.serviceWorker.controller.scriptURL")
    finally:
        worker.write_bytes(original)
        if original_gz is not None:
            compressed.write_bytes(original_gz)


def test_install_button_appears_when_the_browser_offers_installation(page: Page, app_server: str):
    page.goto(app_server + "/")
    page.wait_for_function("document.readyState === 'complete'")
    expect(page.get_by_role("button", name="Install app")).to_have_count(0)
    page.evaluate(
        """() => {
        const offer = new Event('beforeinstallprompt');
        offer.prompt = () => { window.__prompted = true; };
        offer.userChoice = Promise.resolve({ outcome: 'accepted' });
        window.dispatchEvent(offer);
    }"""
    )
    install = page.get_by_role("button", name="Install app")
    expect(install).to_be_visible()
    install.click()
    assert page.evaluate("window.__prompted") is True
    expect(install).to_have_count(0)


def test_ios_safari_gets_add_to_home_screen_help_until_installed(browser, app_server: str):
    context = browser.new_context(user_agent=IPHONE_SAFARI, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(app_server + "/")
    help_text = page.locator("#ios-install-help")
    expect(help_text).to_contain_text("Add to Home Screen")
    page.get_by_role("button", name="Dismiss install instructions").click()
    expect(help_text).to_have_count(0)
    page.reload()
    page.wait_for_function("document.readyState === 'complete'")
    expect(help_text).to_have_count(0)
    context.close()

    # Opened from the home screen (standalone), there is nothing to install.
    installed = browser.new_context(user_agent=IPHONE_SAFARI)
    installed.add_init_script("Object.defineProperty(navigator, 'standalone', {value: true})")
    page = installed.new_page()
    page.goto(app_server + "/")
    page.wait_for_function("document.readyState === 'complete'")
    page.wait_for_timeout(500)
    expect(page.locator("#ios-install-help")).to_have_count(0)
    installed.close()


def test_hashed_assets_are_cached_for_a_year_and_the_worker_always_revalidates(app_server):
    import re

    import httpx

    html = httpx.get(app_server + "/").text
    asset = re.search(r'"(/assets/[^"]+-[A-Za-z0-9_-]{8,}\.js)"', html).group(1)
    assert httpx.get(app_server + asset).headers["cache-control"] == (
        "public, max-age=31536000, immutable"
    )
    assert httpx.get(app_server + "/sw.js").headers["cache-control"] == "no-cache"
    assert httpx.get(app_server + "/causes/").headers["cache-control"] == "no-cache"


def test_a_launch_under_the_worker_paints_the_precached_page_without_the_network(
    page: Page, app_server: str, static_dir
):
    page.goto(app_server + "/")
    wait_for_controlling_worker(page)
    # The server's copy of /about changes; the worker's copy (this release's) is what shows.
    about = static_dir / "about" / "index.html"
    original = about.read_bytes()
    compressed = about.with_name("index.html.gz")
    original_gz = compressed.read_bytes() if compressed.exists() else None
    changed = original.replace(b"About Twitch Relief", b"Served by the network")
    try:
        about.write_bytes(changed)
        if original_gz is not None:
            compressed.write_bytes(gzip.compress(changed))
        assert b"Served by the network" in httpx.get(app_server + "/about/").content
        response = page.goto(app_server + "/about")
        assert response.from_service_worker
        assert b"Served by the network" not in response.body()
        expect(page.locator("h1")).to_have_text(HEADINGS["/about"])
    finally:
        about.write_bytes(original)
        if original_gz is not None:
            compressed.write_bytes(original_gz)
