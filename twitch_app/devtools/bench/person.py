"""One simulated person for the load benchmark: a whole symptom check, then diary entries.

What a real visit sends, event by event (about 35): the check from its first question to
the result (answered from the question bank, so a new question is answered too), then a
few taps on the diary's Save. The server decides which question comes next; the person
reads it from the update, as the page does.
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable
from typing import Any

from twitch_app import wizard
from twitch_app.ids import BODY_AREA_IDS
from twitch_app.state.diary import DiaryState
from twitch_app.state.diary_form import DiaryFormState
from twitch_app.state.wizard import WizardState

# The states' wire names, from the states themselves: a renamed state cannot leave the
# benchmark sending events to a name nobody answers.
WIZARD_STATE = WizardState.get_full_name()
DIARY_STATE = DiaryState.get_full_name()
DIARY_FORM_STATE = DiaryFormState.get_full_name()
CHECK_PATH, DIARY_PATH = "/check/", "/diary/"
STEP_VAR = "step_rx_state_"
DIARY_ENTRIES_PER_VISIT = 2
TIME_ZONES = ("Europe/London", "America/New_York", "Asia/Kolkata", "Australia/Sydney")
# More answers than any path through the check needs: a server that never reaches the
# result (a loop) ends the visit instead of running until the level's deadline.
MAX_ANSWERS = 2 * len(wizard.QUESTIONS)

# (event name, payload, pathname) -> the state update it brought
Call = Callable[[str, dict[str, Any], str], Awaitable[dict[str, Any]]]


def answer(question: wizard.Question, rng: random.Random) -> list[tuple[str, dict[str, str]]]:
    """The events one answer takes: a tap for a one-choice question, tick and Next otherwise.

    Where "none of these" is offered it is taken, as most people would on the red-flag
    questions, so the visit goes through the whole check instead of stopping at a warning.
    """
    options = [option.id for option in question.options]
    if question.kind is wizard.Kind.SINGLE:
        return [("choose", {"option_id": rng.choice(options)})]
    pick = wizard.NONE_OF_THESE if wizard.NONE_OF_THESE in options else rng.choice(options)
    return [("toggle_option", {"option_id": pick}), ("submit", {})]


async def visit(
    call: Call, rng: random.Random, think: Callable[[], Awaitable[None]], latencies: list[float]
) -> str:
    """Run one visit: `think` waits between taps, each round trip goes into `latencies` (ms).

    Returns the step the check ended on ("result" when all went well).
    """

    async def timed(handler: str, payload: dict[str, Any], path: str) -> dict[str, Any]:
        await think()
        started = time.perf_counter()
        update = await call(handler, payload, path)
        latencies.append((time.perf_counter() - started) * 1000)
        return update

    # As the page does: it loads the device's saved check when it mounts, and "Start over"
    # (or "Start" on a first visit, the same question) opens the first question.
    await timed(f"{WIZARD_STATE}.load", {}, CHECK_PATH)
    step = _step(await timed(f"{WIZARD_STATE}.start_over", {}, CHECK_PATH))
    for _ in range(MAX_ANSWERS):
        question = wizard.QUESTIONS_BY_ID.get(step)
        if question is None:
            break  # the result (or the emergency screen): the check is done
        for handler, payload in answer(question, rng):
            update = await timed(f"{WIZARD_STATE}.{handler}", payload, CHECK_PATH)
        step = _step(update) or step
    # Opening the diary: its `load` asks the browser for the time zone (no state change, so
    # no update to wait for); the answer, which reads the whole log, is the event to time.
    await timed(f"{DIARY_STATE}.set_timezone", {"name": rng.choice(TIME_ZONES)}, DIARY_PATH)
    for _ in range(DIARY_ENTRIES_PER_VISIT):
        form = {"area": rng.choice(BODY_AREA_IDS), "intensity": str(rng.randint(1, 5))}
        await timed(f"{DIARY_FORM_STATE}.save_entry", {"form": form}, DIARY_PATH)
    return step


def _step(update: dict[str, Any]) -> str:
    return update.get("delta", {}).get(WIZARD_STATE, {}).get(STEP_VAR, "")
