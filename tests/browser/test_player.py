"""The routine player: exact time from timestamps, few backend events, offline, accessible."""

import json
import random
import re
from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.browser.test_accessibility import run_axe
from tests.browser.test_offline_writes import QUEUE, QUEUE_IS_EMPTY
from tests.browser.test_pwa import wait_for_controlling_worker
from twitch_app.routines import all_routines, build_schedule, position_at
from twitch_app.routines.player_plan import catalogue_plan

pytestmark = pytest.mark.browser

# Playwright's fake wall clock starts 40 minutes ago, so a fast-forwarded 20-minute session
# still ends in the past: the server refuses sessions that claim to finish in the future.
START = datetime.now(UTC) - timedelta(minutes=40)
PAUSED_AT = START + timedelta(minutes=1)


def count_reports(page: Page) -> list[str]:
    """Every player report the page sends over the websocket (Reflex event frames)."""
    frames: list[str] = []
    page.on(
        "websocket",
        lambda ws: ws.on(
            "framesent",
            lambda payload: (
                frames.append(payload) if "relax_state.report" in str(payload) else None
            ),
        ),
    )
    return frames


def set_hidden(page: Page, hidden: bool) -> None:
    page.evaluate(
        """hidden => {
        Object.defineProperty(document, 'visibilityState', {value: hidden ? 'hidden' : 'visible',
            configurable: true});
        Object.defineProperty(document, 'hidden', {value: hidden, configurable: true});
        document.dispatchEvent(new Event('visibilitychange'));
    }""",
        hidden,
    )


def shown(page: Page) -> tuple[str, int, str]:
    timer = page.get_by_role("timer").inner_text()
    left = page.locator(".time-left").inner_text().split(" ")[0]
    minutes, seconds = left.split(":")
    return page.locator(".phase-word").inner_text(), int(timer), int(minutes) * 60 + int(seconds)


def test_twenty_minutes_of_box_breathing_keep_exact_time_through_a_hidden_page(
    page: Page, app_server: str
):
    reports = count_reports(page)
    page.clock.install(time=START)
    page.goto(app_server + "/relax/box_breathing")
    page.wait_for_function("document.readyState === 'complete'")
    # From here on time moves only when the test says so.
    page.clock.pause_at(PAUSED_AT)
    page.clock.run_for(1500)
    page.get_by_role("button", name="20:00", exact=True).click()
    page.get_by_role("button", name="Start (20:00)").click()
    page.clock.run_for(3000)  # the preparation countdown
    schedule = build_schedule("box_breathing", 20)

    def check(t: float) -> None:
        expected = position_at(schedule, t)
        word, phase_left, total_left = shown(page)
        assert word == expected.segment.cue, (t, word)
        assert abs(phase_left - expected.phase_left) <= 1, (t, phase_left)
        assert abs(total_left - expected.total_left) <= 1, (t, total_left)

    # Phases switch exactly every 4 s: just before and just after each boundary.
    t = 0.0
    for boundary in (4, 8, 12, 16, 20):
        page.clock.run_for(int((boundary - t) * 1000) - 100)
        t = boundary - 0.1
        check(t)
        page.clock.run_for(200)
        t = boundary + 0.1
        check(t)
    # Lock the phone for five minutes in the middle: no timers run, then it comes back.
    page.clock.run_for(int((602 - t) * 1000))
    t = 602.0
    check(t)
    set_hidden(page, True)
    page.clock.fast_forward(5 * 60 * 1000)
    set_hidden(page, False)
    page.clock.run_for(100)
    t += 300.1
    check(t)
    page.clock.run_for(int((1200 - t) * 1000) + 500)
    expect(page.get_by_role("heading", name="Well done")).to_be_visible()
    page.clock.resume()  # let the websocket's own timers run again for the acknowledgement
    page.wait_for_function(QUEUE_IS_EMPTY)
    assert 1 <= len(reports) <= 5, reports
    finished = [frame for frame in reports if '"finished"' in frame]
    assert len(finished) == 1
    page.goto(app_server + "/relax")
    expect(page.locator(".history")).to_contain_text("Box breathing, 20 min, completed")


@pytest.mark.frontend_only
def test_the_browser_clock_agrees_with_the_python_schedule(page: Page, app_server: str):
    page.goto(app_server + "/relax")
    rng = random.Random(7)
    for routine in all_routines():
        plan = catalogue_plan(routine.id)
        for length in plan["lengths"]:
            schedule = build_schedule(routine.id, int(length["label"]))
            assert schedule.total == length["total"]
            instants = [0.0, schedule.total - 0.5, *(s.start for s in schedule.segments[:6])]
            instants += [rng.uniform(0, schedule.total) for _ in range(15)]
            got = page.evaluate(
                """async ([plan, rounds, instants]) => {
                    const clock = await import('/player_clock.js');
                    const lines = clock.timeline(plan, rounds);
                    return instants.map(t => {
                        const p = clock.positionAt(lines, t);
                        return [p.segment.cue, p.phaseLeft, p.totalLeft];
                    });
                }""",
                [plan, length["rounds"], instants],
            )
            for t, (cue, phase_left, total_left) in zip(instants, got, strict=True):
                expected = position_at(schedule, t)
                assert cue == expected.segment.cue, (routine.id, t)
                assert abs(phase_left - expected.phase_left) < 1e-9, (routine.id, t)
                assert abs(total_left - expected.total_left) < 1e-9, (routine.id, t)


def test_a_routine_runs_offline_and_is_stored_after_reconnecting(page: Page, app_server: str):
    page.goto(app_server + "/")
    wait_for_controlling_worker(page)
    page.clock.install(time=START)
    page.goto(app_server + "/relax/breathing_478")
    page.wait_for_function("document.readyState === 'complete'")
    page.context.set_offline(True)
    try:
        page.reload()  # the page now comes from the service worker's cache
        page.wait_for_function("document.readyState === 'complete'")
        page.clock.pause_at(PAUSED_AT)
        page.clock.run_for(1500)
        expect(page.locator("#connection-banner")).to_be_visible(timeout=15_000)
        page.get_by_role("button", name="0:57", exact=True).click()
        start = page.get_by_role("button", name=re.compile(r"^Start \(\d+:\d\d\)"))
        minutes, seconds = re.search(r"(\d+):(\d\d)", start.inner_text()).groups()
        start.click()
        page.clock.run_for(3000 + (int(minutes) * 60 + int(seconds)) * 1000 + 1000)
        expect(page.get_by_role("heading", name="Well done")).to_be_visible()
        page.get_by_role("button", name="5 Much better", exact=True).click()
        queued = json.loads(page.evaluate(f"localStorage.getItem('{QUEUE}')"))
        assert [(op["kind"], op["data"]["feeling"]) for op in queued] == [("session", 5)]
        # The connection comes back while the home page is open, not the player's.
        page.clock.resume()
        page.goto(app_server + "/")
        assert page.evaluate(f"localStorage.getItem('{QUEUE}')") is not None
    finally:
        page.context.set_offline(False)
    page.wait_for_function(QUEUE_IS_EMPTY, timeout=30_000)
    page.goto(app_server + "/relax")
    expect(page.locator(".history")).to_contain_text("4-7-8")
    expect(page.locator(".history li")).to_have_count(1)


def test_custom_patterns_are_validated_saved_edited_played_and_deleted(page: Page, app_server):
    page.goto(app_server + "/relax")
    page.wait_for_function("document.readyState === 'complete'")
    form = page.get_by_role("form", name="Breathing pattern")
    form.get_by_label("Name").fill("Evening <b>")
    form.get_by_label("Breathe in (s)").fill("4.5")
    form.get_by_label("Breathe out (s)").fill("7")
    form.get_by_role("button", name="Save pattern").click()
    expect(page.get_by_role("alert")).to_be_visible()
    expect(page.locator("#pattern-name-error")).to_contain_text("Name may use letters")
    expect(page.locator(".pattern-row")).to_have_count(0)
    form.get_by_label("Name").fill("Evening")
    form.get_by_label("Breathe in (s)").fill("4.5")
    form.get_by_label("Breathe out (s)").fill("7")
    form.get_by_label("Length").fill("3")
    form.get_by_role("button", name="Save pattern").click()
    row = page.locator(".pattern-row")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("4.5-0-7-0 s · 3 min")
    row.get_by_role("button", name="Edit").click()
    expect(form.get_by_label("Name")).to_have_value("Evening")
    form.get_by_label("Name").fill("Night")
    form.get_by_role("button", name="Save changes").click()
    expect(row).to_contain_text("Night")
    row.get_by_role("button", name="Play").click()
    expect(
        page.locator(".custom-player").get_by_role("button", name="Start", exact=False)
    ).to_be_visible()
    page.reload()
    expect(page.locator(".pattern-row")).to_contain_text("Night")
    page.locator(".pattern-row").get_by_role("button", name="Delete").click()
    expect(page.locator(".pattern-row")).to_have_count(0)


@pytest.mark.frontend_only
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_on_the_catalogue_and_the_player(browser, app_server, scheme):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 360, "height": 740})
    page = context.new_page()
    try:
        for route in ["/relax", "/relax/bedtime_yoga"]:
            page.goto(app_server + route)
            expect(page.locator("html")).to_have_class(scheme)
            results = run_axe(page)
            assert results.violations_count == 0, f"{route}: {results.generate_report()}"
        page.get_by_role("button", name="Start", exact=False).click()
        expect(page.get_by_role("timer")).to_be_visible()
        results = run_axe(page)
        assert results.violations_count == 0, f"running player: {results.generate_report()}"
        page.get_by_role("button", name="Pause", exact=True).click()
        expect(page.get_by_role("timer")).to_contain_text("Paused")
        results = run_axe(page)
        assert results.violations_count == 0, f"paused player: {results.generate_report()}"
        page.get_by_role("button", name="Stop", exact=True).click()
        page.get_by_role("button", name="3 The same").click()
        results = run_axe(page)
        assert results.violations_count == 0, f"finished player: {results.generate_report()}"
    finally:
        context.close()


def test_a_deleted_pattern_closes_its_player_and_leaves_every_open_page(page: Page, app_server):
    page.goto(app_server + "/relax")
    # The same phone, another tab with the list open from before the pattern was saved.
    other = page.context.new_page()
    other.goto(app_server + "/relax")
    form = page.get_by_role("form", name="Breathing pattern")
    form.get_by_label("Name").fill("Doomed")
    form.get_by_role("button", name="Save pattern").click()
    row = page.locator(".pattern-row")
    expect(row).to_have_count(1)
    expect(other.locator(".pattern-row")).to_contain_text("Doomed")  # without a tap there
    other.locator(".pattern-row").get_by_role("button", name="Play").click()
    other_player = other.locator(".custom-player")
    expect(other_player.get_by_role("button", name="Start", exact=False)).to_be_visible()
    row.get_by_role("button", name="Play").click()
    player = page.locator(".custom-player")
    expect(player.get_by_role("button", name="Start", exact=False)).to_be_visible()
    row.get_by_role("button", name="Delete").click()
    expect(row).to_have_count(0)
    expect(player).to_have_count(0)
    # The other tab follows at once, untouched: no row, no player for a deleted pattern.
    expect(other.locator(".pattern-row")).to_have_count(0)
    expect(other_player).to_have_count(0)
    page.reload()
    expect(page.get_by_role("heading", name="Your own breathing patterns")).to_be_visible()
    expect(page.locator(".custom-player")).to_have_count(0)
    other.close()
