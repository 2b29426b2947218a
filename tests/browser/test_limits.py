"""One client cannot degrade everyone: floods of saves, new devices and transfer-code guesses are
cut off at their budgets (twitch_app/limits.py), with a message that says when to try again,
while another person's save goes through.

A server of its own, with the default budgets (the suite's shared server raises the
new-device budget, since every test opens devices from this one address).
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.browser.test_forged_events import (
    DEVICE,
    DIARY_FORM,
    PRIVACY,
    SECRET_VAR,
    Forger,
    delta,
    text,
)
from twitch_app.devtools.bench.wsclient import event_packet
from twitch_app.limits import EVENTS, NEW_DEVICES, TRANSFER_TRIES

# It counts rows in the SQLite file; tests/scale/test_shared_limits.py checks the budgets
# across several workers (PostgreSQL and Redis).
pytestmark = [pytest.mark.browser, pytest.mark.sqlite_only]

REFUSED = "more than the app accepts"


@pytest.fixture(scope="module")
def limited_server(spare_build, tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("limits")
    with spare_build.serve(data_dir, {"NEW_DEVICES_PER_MINUTE": "20"}) as server:
        yield server


def run(scenario):
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, scenario()).result()


def rows(database, query: str) -> int:
    with sqlite3.connect(database) as connection:
        return connection.execute(query).fetchone()[0]


def test_a_flood_of_saves_is_cut_off_and_another_persons_save_still_goes_through(limited_server):
    flood = 3 * EVENTS.limit

    async def scenario():
        flooder, bystander = (
            Forger(limited_server.url, "/diary"),
            Forger(limited_server.url, "/diary"),
        )
        await flooder.connect()
        await bystander.connect()
        await bystander.save(area="calf", intensity="2", notes="before")
        await flooder.save(area="eyelid", intensity="3")  # its device, and the key it learns
        packet = event_packet(f"{DIARY_FORM}.save_entry",
                              {"form": {"area": "eyelid", "intensity": "3"}}, "/diary")  # fmt: skip
        for _ in range(flood):
            await flooder._send(packet)
        started = time.monotonic()
        answer = await bystander.save(area="neck", intensity="4", notes="during the flood")
        waited = time.monotonic() - started
        # The flooding socket's own frames are now dropped unread (socket_limits.py): once the
        # server has worked through what it took in, the same device through a fresh socket
        # hears that its budget is spent.
        eyelids = "SELECT count(*) FROM diaryentry WHERE area = 'eyelid'"
        deadline = time.monotonic() + 30
        while rows(limited_server.database, eyelids) < EVENTS.limit // 2:
            assert time.monotonic() < deadline, "the flood never reached the device's budget"
            await asyncio.sleep(0.2)
        again = Forger(limited_server.url, "/diary")
        await again.connect(storage={f"{DEVICE}.{SECRET_VAR}": flooder.secret})
        refused = await again.save(area="hand", intensity="1")
        for device in (flooder, bystander, again):
            await device.close()
        return text(answer), waited, text(refused)

    answer, waited, refused = run(scenario)
    assert "Saved." in answer and REFUSED not in answer
    assert REFUSED in refused and "try again" in refused
    stored = rows(limited_server.database, "SELECT count(*) FROM diaryentry WHERE area = 'eyelid'")
    assert 0 < stored <= EVENTS.limit // 2 < flood  # a save looks the device up twice
    print(f"flood of {flood} saves: {stored} stored; the bystander's save took {waited:.2f} s")


def test_transfer_guesses_are_limited_per_device_and_address_whatever_the_tab(limited_server):
    async def scenario():
        first_tab = Forger(limited_server.url, "/privacy")
        await first_tab.connect()
        await first_tab.save(area="calf", intensity="2")
        second_tab = Forger(limited_server.url, "/privacy")
        await second_tab.connect(storage={f"{DEVICE}.{SECRET_VAR}": first_tab.secret})
        messages = []
        for tab in [first_tab, second_tab] * TRANSFER_TRIES.limit:
            updates = await tab.forge(f"{PRIVACY}.redeem", {"form": {"code": "ACDE-FGHJ-KMNP"}})
            messages.append(delta(updates, PRIVACY).get("transfer_message_rx_state_", ""))
        for device in (first_tab, second_tab):
            await device.close()
        return messages

    messages = run(scenario)
    assert all("not valid" in m for m in messages[: TRANSFER_TRIES.limit])
    assert all("Too many tries" in m for m in messages[TRANSFER_TRIES.limit :])
    assert "try again in 15 minutes" in messages[-1]


def test_new_devices_from_one_address_are_limited(limited_server):
    """Last in this module: it spends the address's budget the tests above need."""

    async def scenario():
        answers = []
        for _ in range(NEW_DEVICES.limit + 5):
            newcomer = Forger(limited_server.url, "/diary")
            await newcomer.connect()
            answers.append(text(await newcomer.save(area="calf", intensity="2")))
            await newcomer.close()
        return answers

    before = rows(limited_server.database, "SELECT count(*) FROM device")
    answers = run(scenario)
    made = rows(limited_server.database, "SELECT count(*) FROM device") - before
    assert made <= NEW_DEVICES.limit
    assert sum(REFUSED in answer for answer in answers) >= 5
