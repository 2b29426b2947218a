"""Interaction latency in Debian's Chromium under the mobile profile.

Click-to-update: the time from a click to the DOM change it causes (a round trip over
the websocket), timed inside the page with a MutationObserver so Playwright's own
overhead is not counted. First handled click: from navigation start until a click is
both handled by React (hydrated) and the state has arrived over the websocket.

The actions are data (`ClickAction`): when the pages change, switch the selectors here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from playwright.sync_api import Browser, Page, sync_playwright

from twitch_app.devtools.bench.stats import median, percentile
from twitch_app.devtools.browser import CHROMIUM_ARGS, chromium_path

SAMPLES = 50
# A device may make about 60 saves or taps a minute (twitch_app/limits.py) and log so many
# entries a day: a fresh device (a new page, a new browser context) every this many samples
# keeps the bench a fast person, never a refused flood.
SAMPLES_PER_DEVICE = 10
CLICK_TIMEOUT_MS = 3000
FIRST_CLICK_RUNS = 5
FIRST_CLICK_TIMEOUT_S = 60
# Lighthouse's mobile profile as DevTools applies it: slow 4G and a 4x slower CPU.
MOBILE_NETWORK = {
    "offline": False,
    "latency": 562.5,
    "downloadThroughput": 1474.56 * 1024 / 8,
    "uploadThroughput": 675 * 1024 / 8,
}
CPU_SLOWDOWN = 4

# Clicks `selector`, resolves with ms until <main>'s markup differs, or null on timeout.
_TIMED_CLICK = """async ([selector, timeoutMs]) => {
  const main = document.querySelector("main");
  const target = document.querySelector(selector);
  if (!main || !target) return -1;
  const before = main.innerHTML;
  return await new Promise((resolve) => {
    let start = 0;
    const observer = new MutationObserver(() => {
      if (main.innerHTML !== before) { observer.disconnect(); resolve(performance.now() - start); }
    });
    observer.observe(main, {subtree: true, childList: true, attributes: true, characterData: true});
    setTimeout(() => { observer.disconnect(); resolve(null); }, timeoutMs);
    start = performance.now();
    target.click();
  });
}"""


@dataclass(frozen=True)
class ClickAction:
    """One kind of click a person makes, repeated: timed click, then an untimed reset."""

    name: str
    route: str
    click: str  # CSS selector of the timed control
    prepare: Callable[[Page], None] = field(default=lambda page: None)
    reset: Callable[[Page], None] = field(default=lambda page: None)


def _start_wizard(page: Page) -> None:
    page.get_by_role("button", name="Start the check").click()
    page.locator("[data-question=emergency_signs]").wait_for()
    page.get_by_text("None of these", exact=True).click()
    page.wait_for_timeout(300)


def _wizard_back(page: Page) -> None:
    page.get_by_role("button", name="Back").click()
    page.locator("[data-question=emergency_signs]").wait_for()


def _fill_pattern(page: Page) -> None:
    page.locator("#pattern-name").fill("Bench")


def _delete_pattern(page: Page) -> None:
    page.locator(".pattern-row").get_by_role("button", name="Delete").first.click()
    page.locator(".pattern-row").first.wait_for(state="detached")
    _fill_pattern(page)


def _fill_diary(page: Page) -> None:
    # The same three taps a person makes (the radio inputs sit under their labels).
    form = page.get_by_role("form", name="Log a twitch")
    form.get_by_text("Calf", exact=True).click()
    form.get_by_text("3", exact=True).click()


def _refill_diary(page: Page) -> None:
    # A save empties the form (in place, once its answer is back): wait for that, or the
    # emptying could undo the next taps; then tap again.
    page.wait_for_function(
        "!document.querySelector(\"form[aria-label='Log a twitch'] input[type=radio]:checked\")"
    )
    _fill_diary(page)


WIZARD_ANSWER = ClickAction(
    "wizard_answer", "/check/", "[data-question=emergency_signs] .wizard-next",
    prepare=_start_wizard, reset=_wizard_back,
)  # fmt: skip
DIARY_SAVE = ClickAction(
    "diary_save", "/diary/", "form[aria-label='Log a twitch'] button[type=submit]",
    prepare=_fill_diary, reset=_refill_diary,
)  # fmt: skip
PATTERN_SAVE = ClickAction(
    "pattern_save", "/relax/", "form[aria-label='Breathing pattern'] button[type=submit]",
    prepare=_fill_pattern, reset=_delete_pattern,
)  # fmt: skip


def _throttle(page: Page, network: bool) -> None:
    cdp = page.context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    if network:
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", MOBILE_NETWORK)


def _on_a_new_device(
    browser: Browser, base_url: str, action: ClickAction, samples: int
) -> list[float]:
    page = browser.new_page()  # a context of its own: new storage, so a new device
    try:
        page.goto(base_url + action.route, wait_until="networkidle")
        # Loopback websocket: DevTools' network throttling does not apply to it
        # anyway, so only the CPU is slowed here.
        _throttle(page, network=False)
        action.prepare(page)
        return _timed_clicks(page, action, samples)
    except Exception as error:  # noqa: BLE001 - a page being rebuilt must not stop the run
        print(f"  {action.name}: {error.__class__.__name__}: {str(error)[:200]}")
        return []
    finally:
        page.close()


def _timed_clicks(page: Page, action: ClickAction, samples: int) -> list[float]:
    timings = []
    for _ in range(samples):
        elapsed = page.evaluate(_TIMED_CLICK, [action.click, CLICK_TIMEOUT_MS])
        if elapsed is None or elapsed < 0:
            break  # the control is missing or nothing changed: the action is not wired
        timings.append(elapsed)
        action.reset(page)
    return timings


def click_latency(base_url: str, actions: list[ClickAction], samples: int = SAMPLES) -> dict:
    """p50/p95 per action; the first action that works wins for its name (fallbacks after)."""
    results: dict[str, dict] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        for action in actions:
            timings: list[float] = []
            while len(timings) < samples:
                wanted = min(SAMPLES_PER_DEVICE, samples - len(timings))
                taken = _on_a_new_device(browser, base_url, action, wanted)
                timings += taken
                if len(taken) < wanted:
                    break  # not wired, or it failed: what was timed stands
            results[action.name] = {
                "route": action.route,
                "selector": action.click,
                "samples": len(timings),
                "p50_ms": round(percentile(timings, 0.5), 1) if timings else None,
                "p95_ms": round(percentile(timings, 0.95), 1) if timings else None,
            }
        browser.close()
    return results


# Installed before any page script: times (ms since navigation start, the page's own
# clock) of the first theme-toggle click React handles and of the hydrated state's arrival.
_PROBE = """(() => {
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (event) => {
        if (!window.__benchConnected && String(event.data).includes(
            '"is_hydrated_rx_state_":true')) window.__benchConnected = performance.now();
      });
    }
  };
  // The theme toggle is in every page's header; before hydration a click does nothing.
  const timer = setInterval(() => {
    const toggle = document.querySelector("button[aria-label*=theme]");
    if (!toggle || window.__benchHydrated) return;
    if (!window.__benchWatching) {
      window.__benchWatching = true;
      new MutationObserver(() => {
        if (!window.__benchHydrated) window.__benchHydrated = performance.now();
        clearInterval(timer);
      }).observe(document.documentElement, {attributes: true, attributeFilter: ["class"]});
    }
    toggle.click();
  }, 20);
})();"""


def _first_click_once(browser, url: str) -> dict[str, float]:
    context = browser.new_context()
    context.add_init_script(_PROBE)
    page = context.new_page()
    _throttle(page, network=True)
    try:
        page.goto(url, wait_until="commit")
        page.wait_for_function(
            "window.__benchHydrated && window.__benchConnected",
            timeout=FIRST_CLICK_TIMEOUT_S * 1000,
            polling=50,
        )
        hydrated, connected = page.evaluate("[window.__benchHydrated, window.__benchConnected]")
    finally:
        context.close()
    return {
        "hydrated_ms": hydrated,
        "connected_ms": connected,
        "first_handled_click_ms": max(hydrated, connected),
    }


def first_handled_click(base_url: str, routes: tuple[str, ...], runs: int = FIRST_CLICK_RUNS):
    """Median over cold visits (a fresh profile each: no cache, no service worker)."""
    results = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        for route in routes:
            visits = [_first_click_once(browser, base_url + route) for _ in range(runs)]
            results[route] = {
                key: round(median([visit[key] for visit in visits]), 1) for key in visits[0]
            }
        browser.close()
    return results
