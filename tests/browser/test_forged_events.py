"""Forged websocket events against the production build: the client is untrusted.

An attacker does not need the page: it can open /_event itself and send any event name with
any payload. These tests do that through the benchmark's minimal client and check what a
person would notice: nothing bad is stored, another device's rows are never read, changed or
deleted, `_` methods and backend-only vars are out of reach, and the server keeps serving.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import re
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.browser.test_diary import log_twitch, open_diary
from twitch_app.devtools.bench.wsclient import NAMESPACE, ROOT_STATE, Device, event_packet

pytestmark = pytest.mark.browser

DEVICE = f"{ROOT_STATE}.twitch_app___state___device____device_state"
DIARY = f"{DEVICE}.twitch_app___state___diary____diary_state"
DIARY_FORM = f"{DIARY}.twitch_app___state___diary_form____diary_form_state"
DIARY_SYNC = f"{DIARY}.twitch_app___state___diary_sync____diary_sync_state"
RELAX = f"{DEVICE}.twitch_app___state___relax____relax_state"
PRIVACY = f"{DEVICE}.twitch_app___state___privacy____privacy_state"
WIZARD = f"{DEVICE}.twitch_app___state___wizard____wizard_state"
UPDATE_VARS = f"{ROOT_STATE}.reflex___state____update_vars_internal_state.update_vars_internal"
SECRET_VAR = "device_secret_rx_state_"
MARKER = "Intl.DateTimeFormat"  # in the script DiaryState.load sends: it always answers
TIMEOUT_S = 20
ERROR_NOTICE = "twitch-error"  # the page's notice when a handler raised (errors.py)

# fmt: off
NOW = datetime.now(UTC)
GOOD = {"area": "eyelid", "intensity": "3"}
BAD_FIELDS = [
    ("area", "heart"), ("area", ["eyelid"]), ("duration_kind", "hours"),
    *(("intensity", v) for v in ("0", "6", 6, 3.5, True, None, "3 OR 1=1", "²", 10**30)),
    ("notes", "x" * 5000), ("notes", {"$gt": ""}), ("caffeine_drinks", "31"),
    ("sleep_hours", "nan"), ("hard_exercise", "maybe"),
    ("occurred_at", (NOW + timedelta(days=2)).isoformat()),
    ("occurred_at", "2001-01-01T00:00:00+00:00"), ("occurred_at", "0001-01-01T00:00:00+14:00"),
]
BAD_ENTRIES = [*({**GOOD, field: value} for field, value in BAD_FIELDS),
               {**GOOD, "duration_kind": "seconds", "duration_value": 10**9},
               "eyelid", ["eyelid", "3"], None]
PATTERN = {"name": "Victim calm", "inhale": "4", "hold": "", "exhale": "6", "hold_empty": "",
           "length": "10", "length_unit": "cycles"}
BAD_PATTERNS = [
    *({**PATTERN, "inhale": v} for v in ("1e9", "inf", "-4", "4.3", "", True, 10**400)),
    *({**PATTERN, "length": v} for v in ("1000000000", "0", "2.5")),
    {**PATTERN, "exhale": "nan"}, {**PATTERN, "length_unit": "hours"},
    {**PATTERN, "name": "<img src=x onerror=alert(1)>"}, {**PATTERN, "name": "x" * 41},
    "not a form",
]


def finished(**changes) -> dict:
    now = datetime.now(UTC)
    session = {"clientId": str(uuid.uuid4()), "routineId": "box_breathing", "completed": True,
               "plannedSeconds": 600, "elapsedSeconds": 600, "feeling": None,
               "startedAt": (now - timedelta(minutes=10)).isoformat(),
               "finishedAt": now.isoformat()}
    return {"type": "finished", "session": {**session, **changes}}


LATER, EARLY = (NOW + timedelta(days=1)).isoformat(), (NOW - timedelta(hours=1)).isoformat()
BAD_REPORTS = [
    finished(plannedSeconds=10**9, elapsedSeconds=10**9), finished(elapsedSeconds=601),
    finished(feeling=9), finished(completed="yes"), finished(routineId="../../etc/passwd"),
    finished(clientId="1 OR 1=1"), finished(startedAt=LATER, finishedAt=LATER),
    finished(finishedAt=EARLY), finished(startedAt="0001-01-01T00:00:00+14:00"),
    {"type": "deleted"}, "finished",
]
# fmt: on


class Forger(Device):
    """A device that sends any packet, and returns every update the server sent for it."""

    secret = ""

    async def forge(self, name: str, payload: object = None) -> list[dict]:
        return await self.raw(event_packet(name, {} if payload is None else payload, self.pathname))

    async def raw(self, packet: str) -> list[dict]:
        """Send a packet, then the marker event twice: a tab's events run in order, so every
        update before the second marker's answer came from the packet (the error notice of a
        handler that raised is sent by a task of its own, at the latest beside the first)."""
        marker = event_packet(f"{DIARY}.load", {}, self.pathname)
        for text_frame in (packet, marker, marker):
            await self._send(text_frame)
        updates, markers = [], 0
        while markers < 2:
            update = await asyncio.wait_for(self._next_update(), TIMEOUT_S)
            if MARKER in json.dumps(update.get("events", [])):
                markers += 1
                continue
            self.secret = update.get("delta", {}).get(DEVICE, {}).get(SECRET_VAR, self.secret)
            updates.append(update)
        return updates

    async def save(self, **form) -> list[dict]:
        return await self.forge(f"{DIARY_FORM}.save_entry", {"form": form})

    async def diary(self) -> list[dict]:  # the log as the server sends it to the page
        updates = await self.forge(f"{DIARY}.set_timezone", {"name": "UTC"})
        shown = delta(updates, DIARY)  # the newest day apart from the days before
        days = shown["latest_day_rx_state_"] + shown["earlier_days_rx_state_"]
        return [e for day in days for e in day["entries"]]

    async def patterns(self) -> list[dict]:
        return delta(await self.forge(f"{RELAX}.set_timezone", {"name": "UTC"}), RELAX)[
            "patterns_rx_state_"
        ]

    async def export(self) -> dict:  # the JSON file the privacy page downloads
        updates = await self.forge(f"{PRIVACY}.export_json")
        found = re.search(r"data:[\w/]+;base64,([A-Za-z0-9+/=]+)", text(updates))
        return json.loads(base64.b64decode(found[1]))


def delta(updates: list[dict], state: str) -> dict:
    """What the updates changed in one state, last value wins."""
    return {k: v for u in updates for k, v in u.get("delta", {}).get(state, {}).items()}


def history(updates: list[dict], var: str, state: str = WIZARD) -> list:
    """Every value the updates gave one var, in order."""
    return [u["delta"][state][var] for u in updates if var in u.get("delta", {}).get(state, {})]


def text(updates: list) -> str:
    return json.dumps(updates, ensure_ascii=False)


def refused(updates: list[dict], state: str, error_var: str) -> bool:
    """The handler said why in its own words (it did not crash into Reflex's error notice)."""
    return bool(delta(updates, state).get(error_var)) and ERROR_NOTICE not in text(updates)


def run(url: str, devices: int, scenario):
    """Connect forgers, run the scenario on a loop in a thread (Playwright owns this one)."""

    async def main():
        crowd = [Forger(url, "/diary") for _ in range(devices)]
        try:
            for device in crowd:
                await asyncio.wait_for(device.connect(), TIMEOUT_S)
            return await scenario(*crowd)
        finally:
            await asyncio.gather(*(device.close() for device in crowd))

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, main()).result()


def test_forged_diary_entries_with_bad_fields_store_nothing(app_server):
    async def scenario(device):
        for form in BAD_ENTRIES:
            updates = await device.forge(f"{DIARY_FORM}.save_entry", {"form": form})
            assert refused(updates, DIARY_FORM, "form_error_rx_state_"), form
            assert "Saved." not in text(updates), form
        assert await device.diary() == []
        assert "Saved." in text(await device.save(**GOOD, notes="real"))
        return await device.diary()

    assert [entry["notes"] for entry in run(app_server, 1, scenario)] == ["real"]


def test_absurd_patterns_and_session_reports_are_refused(app_server):
    async def scenario(device):
        for form in BAD_PATTERNS:
            updates = await device.forge(f"{RELAX}.save_pattern", {"form": form})
            assert refused(updates, RELAX, "pattern_error_rx_state_"), form
        for report in BAD_REPORTS:
            updates = await device.forge(f"{RELAX}.report", {"payload": report})
            assert refused(updates, RELAX, "report_error_rx_state_"), report
        empty = delta(await device.forge(f"{RELAX}.set_timezone", {"name": "../etc"}), RELAX)
        assert (empty["patterns_rx_state_"], empty["recent_rx_state_"]) == ([], [])
        assert empty["minutes_week_rx_state_"] == 0
        await device.forge(f"{RELAX}.save_pattern", {"form": PATTERN})
        await device.forge(f"{RELAX}.report", {"payload": finished()})
        return delta(await device.forge(f"{RELAX}.set_timezone", {"name": "../etc"}), RELAX)

    after = run(app_server, 1, scenario)
    assert [p["name"] for p in after["patterns_rx_state_"]] == ["Victim calm"]
    assert [s["minutes"] for s in after["recent_rx_state_"]] == ["10"]


def test_another_device_cannot_read_edit_or_delete_my_diary(page: Page, app_server):
    note = f"private-{uuid.uuid4()}"
    open_diary(page, app_server)
    log_twitch(page, "calf", "4", notes=note)

    async def scenario(thief):
        await thief.save(area="neck", intensity="1")
        seen = []
        newest = int((await thief.diary())[0]["id"])
        # The 25 row ids before the thief's own, the victim's among them: one socket may not
        # send more (socket_limits.py drops a flood's frames unread).
        for row_id in range(max(1, newest - 25), newest):
            seen += await thief.forge(f"{DIARY_FORM}.start_edit", {"entry_id": str(row_id)})
            # Every delete goes through the device's queue (it can be undone before it is sent).
            delete = {"op": str(uuid.uuid4()), "kind": "delete", "entry": str(row_id)}
            seen += await thief.forge(f"{DIARY_SYNC}.sync_write", {"op": delete})
        seen += await thief.save(area="hand", intensity="5", notes="overwritten")
        return text(seen), await thief.export()

    seen, export = run(app_server, 1, scenario)
    assert note not in seen
    assert sorted(row["area"] for row in export["diary_entries"]) == ["hand", "neck"]
    open_diary(page, app_server)
    expect(page.locator(".diary-entry")).to_have_count(1)
    expect(page.locator(".diary-entry")).to_contain_text("Calf · strength 4")
    expect(page.locator(".diary-entry")).to_contain_text(note)


def test_another_device_cannot_overwrite_play_or_delete_my_patterns(app_server):
    async def scenario(owner, thief):
        await owner.forge(f"{RELAX}.save_pattern", {"form": PATTERN})
        before = await owner.patterns()
        hijack = {**PATTERN, "name": "Hijacked", "inhale": "20", "pattern_id": before[0]["id"]}
        tried = await thief.forge(f"{RELAX}.save_pattern", {"form": hijack})
        assert "not on this device" in delta(tried, RELAX)["pattern_error_rx_state_"]
        for name in ("edit_pattern", "play_pattern", "delete_pattern"):
            tried += await thief.forge(f"{RELAX}.{name}", {"pattern_id": before[0]["id"]})
        return before, tried, await owner.patterns(), await thief.patterns()

    before, tried, after, thiefs = run(app_server, 2, scenario)
    assert after == before and before[0]["name"] == "Victim calm"
    assert "Victim calm" not in text(tried)
    assert {"editing_pattern_rx_state_", "custom_plan_rx_state_"}.isdisjoint(delta(tried, RELAX))
    assert thiefs == []


def test_backend_only_vars_cannot_be_written_by_the_client(app_server):
    note = f"private-{uuid.uuid4()}"

    async def scenario(owner, thief):
        await owner.save(area="foot", intensity="2", notes=note)
        owner_id = (await owner.export())["diary_entries"][0]["device_id"]
        assert await thief.diary() == [] and thief.secret  # a device of its own: it knows its key
        key = hashlib.sha256(thief.secret.encode()).hexdigest()
        forged = {f"{DEVICE}._device_id": owner_id, f"{DEVICE}._device_key": key,
                  f"{DEVICE}.{SECRET_VAR}": thief.secret}  # fmt: skip
        seen = await thief.forge(UPDATE_VARS, {"vars": forged})
        for state in (DIARY, DIARY_FORM):
            for var in ("_device_id", "_device_key", "editing", "device_secret"):
                seen += await thief.forge(f"{state}.setvar", {"var_name": var, "value": owner_id})
        return text(seen), await thief.diary(), await thief.export(), await owner.diary()

    seen, thiefs, export, owners = run(app_server, 2, scenario)
    assert note not in seen and thiefs == [] and export["diary_entries"] == []
    assert [entry["notes"] for entry in owners] == [note]


def test_underscore_methods_cannot_be_called(app_server):
    shared = f"{ROOT_STATE}.reflex___istate___shared____shared_state_base_internal"
    private = [f"{DIARY}._refresh", f"{DIARY_FORM}._new_form", f"{DEVICE}._require_device",
               f"{RELAX}._refresh", f"{PRIVACY}._tables", f"{WIZARD}._load_saved",
               f"{shared}._link_to"]  # fmt: skip

    async def scenario(device):
        control = await device.forge(f"{DIARY_FORM}.cancel_edit")  # public: it changes form_key
        return control, [await device.forge(name) for name in private]

    control, answers = run(app_server, 1, scenario)
    assert "form_key_rx_state_" in delta(control, DIARY_FORM)  # the probe does see state changes
    assert answers == [[] for _ in private]


def test_forged_wizard_answers_cannot_skip_the_red_flag_questions(app_server):
    forged = [("choose", {"option_id": "eyelid"}), ("choose", {"option_id": ["none"]}),
              ("edit", {"question_id": "result"}), ("edit", {"question_id": "areas"}),
              ("toggle_option", {"option_id": "eyelid"}), ("submit", {})]  # fmt: skip

    async def scenario(device):
        updates = await device.forge(f"{WIZARD}.start")
        return updates + [u for n, p in forged for u in await device.forge(f"{WIZARD}.{n}", p)]

    updates = run(app_server, 1, scenario)
    # The forged jump to a later question is answered, and the server goes back to the red flags.
    assert history(updates, "step_rx_state_") == ["emergency_signs", "areas", "emergency_signs"]
    assert len([error for error in history(updates, "error_rx_state_") if error]) == 3
    assert not delta(updates, WIZARD).get("result_urgency_rx_state_")


def test_junk_events_get_a_plain_error_and_the_server_keeps_serving(app_server):
    async def scenario(bystander, attacker):
        junk = [
            await attacker.forge(f"{ROOT_STATE}.no_such_state.save_entry", {"form": GOOD}),
            await attacker.forge(f"{DIARY}.no_such_handler"),
            await attacker.forge(f"{DIARY_FORM}.save_entry", {"form": GOOD, "device_id": 1}),
            await attacker.forge(f"{DIARY_FORM}.save_entry", "not a payload"),
            await attacker.forge(f"{DIARY_SYNC}.sync_write"),
            await attacker.raw(f'42{NAMESPACE},["event","not an event"]'),
            await attacker.raw(f'42{NAMESPACE},["event",{{"payload":{{}}}}]'),
            await attacker.raw(f'42{NAMESPACE},["event",'),
            await attacker.raw(f'42{NAMESPACE},["no_such_socket_event",{{}}]'),
        ]
        assert await attacker.diary() == []
        await attacker.save(**GOOD)
        await bystander.save(area="calf", intensity="2")
        return junk, await attacker.diary(), await bystander.diary()

    junk, attackers, bystanders = run(app_server, 2, scenario)
    assert ERROR_NOTICE in text(junk[2])  # the wrong-argument call: the page says so
    for leak in ("Traceback", "TypeError", "KeyError", "device_id", "site-packages"):
        assert leak not in text(junk), leak
    assert [entry["area"] for entry in attackers] == ["Eyelid"]
    assert [entry["area"] for entry in bystanders] == ["Calf"]
    assert run(app_server, 1, lambda newcomer: newcomer.diary()) == []  # a new tab still connects
