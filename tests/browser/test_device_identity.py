"""A device's data reaches only the holder of its secret, even after a delete in another tab.

The server resolves the device from the secret's hash against the database on every event:
a tab that still holds a deleted device's key gets a new, empty device (and is told so), never
the id the deleted one had, which SQLite would once have handed to the next stranger. A
session token replayed on its own, without the browser's storage, carries no key at all.
"""

from __future__ import annotations

import asyncio
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.test_diary import download_json, log_twitch, open_diary
from tests.browser.test_forged_events import (
    DEVICE,
    PRIVACY,
    SECRET_VAR,
    TIMEOUT_S,
    Forger,
    delta,
    text,
)

pytestmark = pytest.mark.browser

DELETED_NOTICE = "saved data was deleted"


def run(scenario):
    """Run an async scenario on a loop in a thread (Playwright owns this one)."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, scenario()).result()


async def connected(url: str, **how) -> Forger:
    device = Forger(url, "/diary")
    await asyncio.wait_for(device.connect(**how), TIMEOUT_S)
    return device


def delete_everything_in(page: Page, app_server: str) -> None:
    page.goto(app_server + "/privacy")
    page.get_by_role("button", name="Delete all my data").click()
    page.get_by_role("button", name="Yes, delete everything").click()
    expect(page.get_by_text("Nothing of yours is left on the server")).to_be_visible()


def test_a_tab_left_open_after_delete_everything_never_reaches_a_strangers_diary(
    browser: Browser, app_server: str
):
    mine, theirs = (f"{who}-{uuid.uuid4()}" for who in ("mine", "stranger"))
    phone = browser.new_context(viewport={"width": 360, "height": 740})
    stranger = browser.new_context(viewport={"width": 360, "height": 740})
    try:
        diary_tab = phone.new_page()
        open_diary(diary_tab, app_server)
        log_twitch(diary_tab, "calf", "4", notes=mine)
        delete_everything_in(phone.new_page(), app_server)

        stranger_tab = stranger.new_page()
        open_diary(stranger_tab, app_server)
        log_twitch(stranger_tab, "neck", "2", notes=theirs)

        # The old diary tab saves again (its list still shows the deleted entry, as a page
        # does until it hears otherwise): a new, empty diary, and it says why.
        form = diary_tab.get_by_role("form", name="Log a twitch")
        form.get_by_text("Hand or fingers", exact=True).click()
        form.get_by_text("3", exact=True).click()
        form.get_by_role("button", name="Save").click()
        expect(diary_tab.get_by_role("status").filter(has_text=DELETED_NOTICE)).to_be_visible()
        expect(diary_tab.locator(".diary-entry")).to_have_count(1)
        expect(diary_tab.locator(".diary-entry")).to_contain_text("Hand or fingers")
        expect(diary_tab.get_by_text(theirs)).to_have_count(0)
        exported = download_json(diary_tab)
        assert [row["area"] for row in exported["diary_entries"]] == ["hand"]

        open_diary(stranger_tab, app_server)
        expect(stranger_tab.locator(".diary-entry")).to_have_count(1)
        expect(stranger_tab.locator(".diary-entry")).to_contain_text(theirs)
        assert [row["notes"] for row in download_json(stranger_tab)["diary_entries"]] == [theirs]
    finally:
        phone.close()
        stranger.close()


def test_forged_events_from_a_deleted_devices_tab_reach_no_one_elses_rows(app_server: str):
    async def scenario():
        owner = await connected(app_server)
        await owner.save(area="calf", intensity="4", notes="owner's")
        # A second tab of the same phone: it hydrates with the key from localStorage.
        second_tab = await connected(app_server, storage={f"{DEVICE}.{SECRET_VAR}": owner.secret})
        assert [e["notes"] for e in await second_tab.diary()] == ["owner's"]
        await second_tab.forge(f"{PRIVACY}.ask_delete")
        await second_tab.forge(f"{PRIVACY}.confirm_delete")
        stranger = await connected(app_server)
        await stranger.save(area="neck", intensity="2", notes="stranger's")

        stale = await owner.save(area="hand", intensity="3", notes="after delete")
        seen = stale + await owner.forge(f"{PRIVACY}.make_transfer_code")
        code = delta(seen, PRIVACY)["transfer_code_rx_state_"]
        thief = await connected(app_server)
        moved = await thief.forge(f"{PRIVACY}.redeem", {"form": {"code": code}})
        results = (
            text(seen),
            delta(stale, DEVICE).get("device_notice_rx_state_", ""),
            await owner.export(),
            text(moved),
            await thief.export(),
            await stranger.export(),
        )
        for device in (owner, second_tab, stranger, thief):
            await device.close()
        return results

    seen, notice, owners, moved, thiefs, strangers = run(scenario)
    assert "stranger's" not in seen and "owner's" not in seen
    assert DELETED_NOTICE in notice
    assert owners["diary_entries"] == []  # the transfer took the new device's one entry
    assert [row["notes"] for row in thiefs["diary_entries"]] == ["after delete"]
    assert "1 item moved" in moved
    assert [row["notes"] for row in strangers["diary_entries"]] == ["stranger's"]


def test_an_old_session_token_replayed_without_the_secret_reads_nothing(app_server: str):
    note = f"private-{uuid.uuid4()}"

    async def scenario():
        owner = await connected(app_server)
        await owner.save(area="foot", intensity="2", notes=note)
        await owner.close()
        # The same session token, reconnected without the browser's storage (no hydrate).
        replay = Forger(app_server, "/diary")
        replay.token = owner.token
        await asyncio.wait_for(replay.connect(hydrate=False), TIMEOUT_S)
        exported, diary = await replay.export(), await replay.diary()
        await replay.close()
        # The owner's own browser, reconnecting with its storage, still finds everything.
        back = Forger(app_server, "/diary")
        back.token = owner.token
        await back.connect(storage={f"{DEVICE}.{SECRET_VAR}": owner.secret})
        mine = await back.diary()
        await back.close()
        return exported, diary, mine

    exported, diary, mine = run(scenario)
    assert note not in text(exported) and diary == []
    assert [entry["notes"] for entry in mine] == [note]


def test_no_page_can_frame_the_privacy_page_and_every_response_has_the_headers(
    page: Page, app_server: str
):
    import httpx

    from twitch_app.security_headers import SECURITY_HEADERS

    for path in ("/", "/privacy/", "/sw.js", "/_health", "/ping"):
        response = httpx.get(app_server + path, timeout=10)
        for name, value in SECURITY_HEADERS.items():
            assert response.headers.get(name) == value, (path, name)
    health = httpx.get(app_server + "/_health", timeout=10)
    assert health.status_code == 200, health.text
    assert health.json()["db"] is True  # after a real write
    # A page of the same site tries to frame /privacy (where two taps delete everything).
    page.goto(app_server + "/about")
    page.evaluate(
        """src => { const frame = document.createElement('iframe');
                    frame.src = src; frame.id = 'probe'; document.body.append(frame); }""",
        app_server + "/privacy/",
    )
    page.wait_for_timeout(1500)
    framed = page.frame_locator("#probe")
    expect(framed.get_by_role("button", name="Delete all my data")).to_have_count(0)
