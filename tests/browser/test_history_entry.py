"""A visit writes its history entry once, and React Router still keeps the history right.

Each history write costs the main thread milliseconds in Chromium; the boot used to make
three (staged_boot.SETTLE_HISTORY_ENTRY).
"""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import HEADINGS

pytestmark = pytest.mark.browser

RECORD_HISTORY_WRITES = """(() => {
    window.__historyWrites = [];
    for (const method of ['replaceState', 'pushState']) {
        const write = History.prototype[method];
        History.prototype[method] = function (state, unused, url) {
            window.__historyWrites.push({method, state, url: url === undefined ? null : url});
            return write.apply(this, arguments);
        };
    }
})();"""


def _writes(page: Page) -> list[dict]:
    return page.evaluate("window.__historyWrites")


@pytest.mark.parametrize("route", ["/check", "/diary/"])
def test_a_first_visit_writes_its_history_entry_once(page: Page, app_server: str, route: str):
    page.add_init_script(RECORD_HISTORY_WRITES)
    page.goto(app_server + route)
    page.wait_for_timeout(300)  # anything React or Reflex might still write after hydrating
    writes = _writes(page)
    assert len(writes) == 1, writes
    state = page.evaluate("history.state")
    assert state["idx"] == 0
    assert isinstance(state["key"], str) and len(state["key"]) >= 6
    assert writes[0]["state"] == state
    # The address the page was prerendered at.
    assert page.evaluate("location.pathname") == route.rstrip("/") + "/"


def test_a_reload_writes_nothing_and_keeps_the_scroll_key(page: Page, app_server: str):
    page.goto(app_server + "/causes")
    key = page.evaluate("history.state.key")
    page.add_init_script(RECORD_HISTORY_WRITES)
    page.reload()
    page.wait_for_timeout(300)
    assert _writes(page) == []
    assert page.evaluate("history.state") == {"key": key, "idx": 0}


def test_the_router_counts_entries_from_the_settled_one(page: Page, app_server: str):
    page.goto(app_server + "/check")
    first_key = page.evaluate("history.state.key")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Diary").click()
    expect(page.locator("h1")).to_have_text(HEADINGS["/diary"])
    assert page.evaluate("history.state.idx") == 1
    page.go_back()
    expect(page.locator("h1")).to_have_text(HEADINGS["/check"])
    assert page.evaluate("history.state") == {"key": first_key, "idx": 0}
    page.go_forward()
    expect(page.locator("h1")).to_have_text(HEADINGS["/diary"])
