"""The load benchmark's simulated person: valid answers, and a whole visit on a real server."""

import asyncio
import random
from concurrent.futures import ThreadPoolExecutor

import pytest

from twitch_app import wizard
from twitch_app.devtools.bench import person
from twitch_app.devtools.bench.wsclient import Device

# It needs the production server (the app_server fixture), like every browser test.
pytestmark = pytest.mark.browser


@pytest.mark.parametrize("question", wizard.QUESTIONS, ids=lambda q: q.id)
def test_every_answer_the_person_gives_is_one_the_server_accepts(question):
    for seed in range(10):
        events = person.answer(question, random.Random(seed))
        picks = [payload["option_id"] for _, payload in events if "option_id" in payload]
        assert wizard.check_answer(question.id, picks)
        # Several-choice questions need their Next, as on the page.
        assert events[-1][0] == ("choose" if question.kind is wizard.Kind.SINGLE else "submit")


def test_a_visit_reaches_the_result_and_saves_its_diary_entries(app_server):
    async def scenario():
        device = Device(app_server, person.CHECK_PATH)
        await device.connect()
        try:
            latencies: list[float] = []

            async def think():
                return None

            final = await person.visit(device.call, random.Random(7), think, latencies)
            zone = f"{person.DIARY_STATE}.set_timezone"
            log = await device.call(zone, {"name": "UTC"}, person.DIARY_PATH)
            return final, latencies, log
        finally:
            await device.close()

    async def bounded():  # a server that never answers fails the test instead of hanging it
        return await asyncio.wait_for(scenario(), 120)

    with ThreadPoolExecutor(1) as pool:  # Playwright may own this thread's event loop
        final, latencies, log = pool.submit(asyncio.run, bounded()).result()
    assert final == wizard.RESULT_STEP
    shown = log["delta"][person.DIARY_STATE]
    days = shown["latest_day_rx_state_"] + shown["earlier_days_rx_state_"]
    assert sum(len(day["entries"]) for day in days) == person.DIARY_ENTRIES_PER_VISIT
    # Every question on the way was timed, plus the saves: about what a person taps.
    assert len(latencies) >= len(wizard.QUESTIONS) // 2 + person.DIARY_ENTRIES_PER_VISIT
