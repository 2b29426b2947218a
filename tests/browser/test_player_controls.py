"""The player's controls on a 360 x 740 phone: in view, honest about pausing, one step per skip,
a labelled feeling scale, and keyboard focus that follows the session (issue 23, "Player")."""

import random
import time

import pytest
from playwright.sync_api import Page, expect

from tests.browser.test_player import PAUSED_AT, START
from twitch_app.routines import all_routines, build_schedule, parse_pattern
from twitch_app.routines.custom import custom_routine
from twitch_app.routines.player_plan import catalogue_plan, plan_for
from twitch_app.routines.schedule import schedule_rounds, skip_target

pytestmark = pytest.mark.browser

CONTROLS = ("Pause", "Skip step", "Stop")
ROUTINES = all_routines()


def start_session(page: Page, url: str) -> None:
    """Open a routine with time standing still, start it and let the countdown pass."""
    page.clock.install(time=START)
    page.goto(url)
    page.wait_for_function("document.readyState === 'complete'")
    page.clock.pause_at(PAUSED_AT)
    page.clock.run_for(1500)
    page.get_by_role("button", name="Start", exact=False).click()
    page.clock.run_for(3100)  # the get-ready countdown, and the first frame after it
    expect(page.locator(".phase-step")).to_be_visible()


def assert_controls_in_view(page: Page, names: tuple[str, ...] = CONTROLS) -> None:
    tab_bar = page.get_by_role("navigation").last.bounding_box()
    timer = page.get_by_role("timer").bounding_box()
    for name in names:
        box = page.get_by_role("button", name=name, exact=True).bounding_box()
        assert box["y"] >= 0, name
        assert box["y"] + box["height"] <= tab_bar["y"] + 0.5, (name, box, tab_bar)
        if timer["y"] + timer["height"] > 0:  # the timer on screen: the bar is below it
            assert box["y"] >= timer["y"] + timer["height"] - 0.5, (name, box, timer)


def scrolled_down(page: Page, within_s: float = 5) -> bool:
    """The wheel scrolls asynchronously, on the real clock (the page's own clock stands still):
    on a busy machine the scroll lands a moment after the wheel event."""
    deadline = time.monotonic() + within_s
    while page.evaluate("scrollY") <= 0:
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


@pytest.mark.parametrize("routine_id", ["box_breathing", "bedtime_yoga"])
def test_pause_skip_and_stop_stay_in_view_above_the_tab_bar(page: Page, app_server, routine_id):
    start_session(page, f"{app_server}/relax/{routine_id}")
    assert_controls_in_view(page)
    page.mouse.wheel(0, 120)  # reading further down the player: the bar stays put
    page.clock.run_for(500)
    assert scrolled_down(page)
    assert_controls_in_view(page)
    page.get_by_role("button", name="Pause", exact=True).click()
    assert_controls_in_view(page, ("Resume", "Skip step", "Stop"))


def test_paused_is_written_on_the_timer(page: Page, app_server):
    start_session(page, f"{app_server}/relax/box_breathing")
    timer = page.get_by_role("timer")
    expect(timer).not_to_contain_text("Paused")
    page.get_by_role("button", name="Pause", exact=True).click()
    expect(timer).to_contain_text("Paused")
    seconds = page.locator(".timer-seconds").inner_text()
    page.clock.run_for(5000)  # paused: the number stands still
    expect(page.locator(".timer-seconds")).to_have_text(seconds)
    page.get_by_role("button", name="Resume", exact=True).click()
    expect(timer).not_to_contain_text("Paused")


@pytest.mark.parametrize(
    ("routine_id", "shows", "after_each_skip"),
    [
        # One phase of the breath, in the same breath: not the next breath.
        ("box_breathing", ".phase-word", ["Hold", "Breathe out"]),
        # One pose: moving into it and holding it are one step.
        ("bedtime_yoga", ".phase-step", ["Child's pose", "Cat and cow", "Seated forward fold"]),
    ],
)
def test_skip_step_skips_one_step(page: Page, app_server, routine_id, shows, after_each_skip):
    start_session(page, f"{app_server}/relax/{routine_id}")
    for expected in after_each_skip:
        page.get_by_role("button", name="Skip step").click()
        page.clock.run_for(100)  # a frame draws the new position
        expect(page.locator(shows)).to_have_text(expected)
    if routine_id == "box_breathing":
        expect(page.locator(".phase-step")).to_contain_text("round 1 of")


@pytest.mark.frontend_only
def test_the_browser_skips_where_the_python_schedule_says(page: Page, app_server: str):
    page.goto(app_server + "/relax")
    rng = random.Random(11)
    mine = custom_routine(
        parse_pattern({"name": "Mine", "inhale": 4, "hold": 2, "exhale": 6.5, "cycles": 3})
    )
    cases = [(catalogue_plan(r.id), build_schedule(r.id, r.duration_choices[0])) for r in ROUTINES]
    cases.append((plan_for(mine, {"custom": 3}), schedule_rounds(mine, 3)))
    for plan, schedule in cases:
        length = plan["lengths"][0]
        instants = [s.start for s in schedule.segments[:8]] + [schedule.segments[-1].start]
        instants += [rng.uniform(0, schedule.total) for _ in range(12)]
        got = page.evaluate(
            """async ([plan, rounds, instants]) => {
                const clock = await import('/player_clock.js');
                const lines = clock.timeline(plan, rounds);
                return instants.map(t => clock.nextStepStart(lines, t));
            }""",
            [plan, length["rounds"], instants],
        )
        assert got == [skip_target(schedule, t) for t in instants], plan["routineId"]


def test_the_feeling_scale_says_what_each_number_means(page: Page, app_server):
    start_session(page, f"{app_server}/relax/box_breathing")
    page.get_by_role("button", name="Stop", exact=True).click()
    scale = page.get_by_role("group", name="How do you feel now, compared with before? (optional)")
    words = ["Much worse", "A bit worse", "The same", "A bit better", "Much better"]
    for number, word in enumerate(words, start=1):
        expect(scale.get_by_role("button", name=f"{number} {word}", exact=True)).to_be_visible()
    scale.get_by_role("button", name="4 A bit better").click()
    expect(scale.get_by_role("button", name="4 A bit better")).to_have_attribute(
        "aria-pressed", "true"
    )


def test_focus_moves_to_the_controls_on_start_and_to_the_outcome_at_the_end(page: Page, app_server):
    page.goto(app_server + "/relax/box_breathing")
    start = page.get_by_role("button", name="Start", exact=False)
    start.focus()
    page.keyboard.press("Enter")
    pause = page.get_by_role("button", name="Pause", exact=True)
    expect(pause).to_be_focused()
    page.keyboard.press("Enter")  # the keyboard pauses, even in the get-ready countdown
    resume = page.get_by_role("button", name="Resume", exact=True)
    expect(resume).to_be_focused()
    expect(page.get_by_role("timer")).to_contain_text("Paused")
    page.keyboard.press("Enter")
    expect(pause).to_be_focused()
    page.get_by_role("button", name="Stop", exact=True).click()
    expect(page.get_by_role("heading", name="Stopped early")).to_be_focused()


def test_the_controls_fit_one_row_on_a_320_px_phone(page: Page, app_server):
    page.set_viewport_size({"width": 320, "height": 640})
    start_session(page, f"{app_server}/relax/box_breathing")
    assert_controls_in_view(page)
    tops = {page.get_by_role("button", name=n, exact=True).bounding_box()["y"] for n in CONTROLS}
    assert len(tops) == 1, tops
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 320
