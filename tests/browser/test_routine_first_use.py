"""Routines as a new user meets them (issue 23): lengths that agree and fit, the whole cycle
described, a short session counted, custom patterns' limits and errors, the shortcut."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import Page, expect

from twitch_app.routines import all_routines
from twitch_app.routines.models import RoutineKind
from twitch_app.routines.player_plan import catalogue_plan

pytestmark = pytest.mark.browser

# The player's fake clock starts in the past: the server refuses sessions from the future.
START = datetime.now(UTC) - timedelta(minutes=40)


def _start_time(page: Page) -> str:
    start_button = page.get_by_role("button", name=re.compile(r"^Start \(\d+:\d\d\)"))
    return re.search(r"\((\d+:\d\d)\)", start_button.inner_text()).group(1)


@pytest.mark.frontend_only
@pytest.mark.parametrize("routine_id", [routine.id for routine in all_routines()])
def test_length_chips_say_what_the_start_button_says(page: Page, app_server: str, routine_id: str):
    page.goto(app_server + f"/relax/{routine_id}")
    chips = page.get_by_role("group", name="Length").get_by_role("button")
    expect(chips).to_have_count(len(catalogue_plan(routine_id)["lengths"]))
    for index in range(chips.count()):
        chips.nth(index).click()
        expect(chips.nth(index)).to_have_attribute("aria-pressed", "true")
        assert chips.nth(index).inner_text().strip() == _start_time(page)


@pytest.mark.frontend_only
def test_what_you_will_do_shows_every_phase_of_a_breathing_cycle(page: Page, app_server: str):
    breathing = [r for r in all_routines() if r.kind is RoutineKind.BREATHING]
    assert len(breathing) >= 5
    for routine in breathing:
        page.goto(app_server + f"/relax/{routine.id}")
        said = page.locator("section:has(> h2:text-is('What you will do'))")
        expect(said).to_be_visible()
        text = said.inner_text()
        for step in routine.cycle:
            for phase in step.phases:  # box breathing: in, hold, out, pause with empty lungs
                assert phase.instruction.rstrip(".") in text, (routine.id, phase.instruction)


@pytest.mark.frontend_only
@pytest.mark.parametrize("width", [320, 360])
def test_every_length_chip_is_whole_on_a_small_phone(page: Page, app_server: str, width: int):
    page.set_viewport_size({"width": width, "height": 740})
    for routine in all_routines():
        page.goto(app_server + f"/relax/{routine.id}")
        chips = page.get_by_role("group", name="Length").get_by_role("button")
        expect(chips.first).to_be_visible()
        chips.last.click()  # the longest length, once the cut-off one
        for box in [chip.bounding_box() for chip in chips.all()]:
            assert box["x"] >= 0 and box["x"] + box["width"] <= width, (routine.id, box)
        pressed = page.locator(".player .chip[aria-pressed=true]")
        expect(pressed).to_be_in_viewport(ratio=1)
        assert page.evaluate("document.documentElement.scrollWidth") <= width


def test_a_57_second_session_counts_one_minute_in_history_and_in_the_week(
    page: Page, app_server: str
):
    page.clock.install(time=START)
    page.goto(app_server + "/relax/breathing_478")
    page.wait_for_function("document.readyState === 'complete'")
    page.clock.pause_at(START + timedelta(minutes=1))
    page.clock.run_for(1500)
    page.get_by_role("group", name="Length").get_by_role("button").first.click()
    assert _start_time(page) == "0:57"
    page.get_by_role("button", name="Start (0:57)").click()
    page.clock.run_for(3000 + 57_000 + 1000)
    expect(page.get_by_role("heading", name="Well done")).to_be_visible()
    page.clock.resume()
    page.wait_for_function(
        "JSON.parse(localStorage.getItem('twitch-relief:pending-sessions') || '[]').length === 0"
    )
    page.goto(app_server + "/relax")
    expect(page.locator(".history")).to_contain_text("4-7-8")
    expect(page.locator(".history")).to_contain_text(", 1 min, completed")
    expect(page.locator("#week-minutes")).to_have_text("1 min this week")
    expect(page.locator("#streak")).to_have_text("1 day in a row")


def test_custom_pattern_inputs_keep_the_servers_limits_and_errors_read_plainly(
    page: Page, app_server: str
):
    page.goto(app_server + "/relax")
    page.wait_for_function("document.readyState === 'complete'")
    form = page.get_by_role("form", name="Breathing pattern")
    breathe_in = form.get_by_label("Breathe in (s)")
    breathe_out = form.get_by_label("Breathe out (s)")
    for field in (breathe_in, breathe_out):
        expect(field).to_have_attribute("min", "1")
        expect(field).to_have_attribute("max", "20")
    expect(form.get_by_label("Hold after breathing in (s)")).to_have_attribute("min", "0")
    # 0 s of breathing out is refused by the input itself, before anything is sent.
    form.get_by_label("Name").fill("Evening")
    breathe_out.fill("0")
    form.get_by_role("button", name="Save pattern").click()
    assert breathe_out.evaluate("input => input.validity.rangeUnderflow")
    expect(page.locator(".pattern-row")).to_have_count(0)
    # What only the server can judge is said in plain words beside the field.
    form.get_by_label("Name").fill("Evening <b>")
    breathe_out.fill("6")
    form.get_by_role("button", name="Save pattern").click()
    message = page.locator("#pattern-name-error")
    expect(message).to_contain_text("Name may use letters, digits, spaces")
    expect(form.get_by_label("Name")).to_have_attribute("aria-invalid", "true")
    for internal in ("name:", "inhale", "exhale", "hold_empty"):
        expect(form).not_to_contain_text(internal)


@pytest.mark.frontend_only
def test_the_breathing_shortcut_opens_a_two_minute_routine(page: Page, app_server: str):
    manifest = page.request.get(app_server + "/manifest.webmanifest").json()
    assert manifest["background_color"] not in ("#f6f4ef", "#0e1114")
    shortcut = next(s for s in manifest["shortcuts"] if "breathing" in s["name"])
    page.goto(app_server + shortcut["url"])
    expect(page.get_by_role("button", name="Start (2:00)")).to_be_visible()
