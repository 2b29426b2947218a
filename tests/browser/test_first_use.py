"""A new user's first visit on a phone (issue 23): what got in the way, pinned one by one."""

import csv
import io
import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import every_route, path_of
from tests.browser.test_diary import log_twitch, open_diary, transfer_code_for_a_logged_twitch
from tests.browser.test_wizard import SELF_CARE, answer, answer_all, prompt, start
from twitch_app.wizard import QUESTIONS_BY_ID

pytestmark = pytest.mark.browser


def test_downloaded_summary_is_the_same_readable_text_as_copy_and_print(
    page: Page, app_server: str
):
    start(page, app_server)
    answer_all(page, SELF_CARE)
    expect(prompt(page)).to_have_text("Self-care is a good first step")
    shown = page.locator(".doctor-summary .summary-text").inner_text()
    with page.expect_download() as info:
        page.get_by_role("button", name="Download", exact=True).click()
    download = info.value
    assert download.suggested_filename.endswith(".txt")
    text = download.path().read_bytes().decode("utf-8")
    assert "\\n" not in text and not text.startswith('"')
    assert len(text.splitlines()) > 5
    assert text.strip() == shown.strip()
    # Copy gives the same text, and says it did.
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app_server)
    page.get_by_role("button", name="Copy", exact=True).click()
    expect(page.locator("#summary-text-copied")).to_have_text("Copied.")
    assert page.evaluate("navigator.clipboard.readText()").strip() == text.strip()
    # Print gives the same text, alone, on one page (A4 less margins: 182 x 269 mm at 96 dpi).
    page.set_viewport_size({"width": 688, "height": 1017})
    page.emulate_media(media="print")
    printed = page.locator("body").inner_text()
    assert printed.replace("Summary for your doctor", "", 1).strip() == text.strip()
    assert page.evaluate("document.documentElement.scrollHeight") <= 1017


@pytest.mark.frontend_only
def test_skip_link_moves_focus_into_main(page: Page, app_server: str):
    page.goto(app_server + "/causes")
    page.keyboard.press("Tab")
    expect(page.locator(".skip-link")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    # The next Tab goes on into the content, not back to the header.
    page.keyboard.press("Tab")
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)")


@pytest.mark.frontend_only
def test_keyboard_order_is_skip_link_header_content_then_tabs(page: Page, app_server: str):
    page.goto(app_server + "/")
    order = []
    for _ in range(60):
        page.keyboard.press("Tab")
        where = page.evaluate(
            """() => {
            const el = document.activeElement;
            if (el.classList.contains('skip-link')) return 'skip';
            if (el.closest('header')) return 'header';
            if (el.closest('nav.tabbar')) return 'tabs';
            if (el.closest('main, footer')) return 'content';
            return 'other';
        }"""
        )
        if not order or order[-1] != where:
            order.append(where)
        if where == "tabs":
            break
    assert order == ["skip", "header", "content", "tabs"], order


@pytest.mark.frontend_only
def test_focused_items_scroll_clear_of_the_tab_bar(page: Page, app_server: str):
    page.goto(app_server + "/causes")
    bar_top = page.locator("nav.tabbar").bounding_box()["y"]
    links = page.locator("main a")
    for index in range(min(links.count(), 25)):
        links.nth(index).focus()
        box = links.nth(index).bounding_box()
        assert box["y"] + box["height"] <= bar_top, (index, box, bar_top)


@pytest.mark.frontend_only
@pytest.mark.parametrize("width", [768, 1024])
def test_wide_screen_tabs_sit_in_the_header_row_clear_of_brand_and_toggle(
    page: Page, app_server: str, width: int
):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(app_server + "/")
    brand = page.locator(".brand").bounding_box()
    toggle = page.locator("#theme-toggle").bounding_box()
    tabs = [tab.bounding_box() for tab in page.locator("nav .tab").all()]
    assert brand["x"] + brand["width"] <= min(t["x"] for t in tabs)
    assert max(t["x"] + t["width"] for t in tabs) <= toggle["x"]
    assert all(abs(t["y"] - toggle["y"]) < 8 for t in tabs), (tabs, toggle)


def test_ranges_answered_read_back_as_they_were_answered(page: Page, app_server: str):
    """'5 up to 6' hours, '4 or 5' drinks, '7 to 14 units': not 'about 5 hours', '4 drinks'."""
    sleep = QUESTIONS_BY_ID["sleep"]
    labels = [option.label for option in sleep.options]
    assert "5 up to 6" in labels and "6 up to 7" in labels  # the ranges do not overlap at 6
    start(page, app_server)
    answers = {**SELF_CARE, "sleep": ["5 up to 6"], "alcohol": ["7 to 14 units"]}
    assert answers["caffeine"] == ["4 or 5"]
    answer_all(page, answers)
    result = page.locator(".wizard-result")
    expect(result).to_contain_text("you sleep 5 to 6 hours a night")
    expect(result).to_contain_text("you have 4 or 5 drinks with caffeine a day")
    expect(result).to_contain_text("you drink 7 to 14 units of alcohol a week")
    for misread in ("about 5 hours", "have 4 drinks", "about 7 units"):
        expect(result).not_to_contain_text(misread)


def test_the_intro_counts_the_questions_the_counter_shows(page: Page, app_server: str):
    page.goto(app_server + "/check")
    intro = page.locator(".wizard-intro").inner_text()
    said = re.search(r"About (\d+) short questions", intro)
    assert said, intro
    # Nothing else on the page gives another count ("a few questions" beside "about 22").
    counts = re.findall(
        r"(\d+|a few|several|some|many) (?:short )?questions", page.inner_text("main")
    )
    assert counts == [said.group(1)], counts
    page.get_by_role("button", name="Start the check").click()
    expect(page.locator("#wizard-progress-label")).to_have_text(f"Question 1 of {said.group(1)}")


def test_csv_export_has_one_row_per_entry_readable_columns_and_no_ids(page: Page, app_server: str):
    open_diary(page, app_server)
    log_twitch(page, "eyelid")
    log_twitch(page, "calf")
    page.goto(app_server + "/privacy")
    page.wait_for_function("document.readyState === 'complete'")
    with page.expect_download() as info:
        page.get_by_role("button", name="Export as CSV").click()
    text = info.value.path().read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 2
    assert list(rows[0])[:4] == ["Date", "Time", "Where", "Strength (1-5)"]
    assert sorted(row["Where"] for row in rows) == ["Calf", "Eyelid"]
    assert all(row["Strength (1-5)"] == "3" for row in rows)
    assert "device" not in text.lower() and "row_id" not in text and "table" not in text


def _copy_the_transfer_code(page: Page, app_server: str) -> str:
    """A twitch logged, a transfer code made, its Copy tapped and confirmed: the code."""
    code = transfer_code_for_a_logged_twitch(page, app_server, "hand")
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", code), code
    page.get_by_role("button", name="Copy the code").click()
    expect(page.locator("#transfer-code-copied")).to_have_text("Copied.")
    return code


def test_the_transfer_code_is_grouped_without_look_alikes_and_copies(page: Page, app_server: str):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app_server)
    code = _copy_the_transfer_code(page, app_server)
    assert not set(code) & set("0O1IL5S8B")
    assert page.evaluate("navigator.clipboard.readText()") == code


def test_copy_works_and_says_so_without_the_clipboard_api(browser, app_server: str):
    """Served over plain http to a phone on the home network, a page has no clipboard API."""
    context = browser.new_context(viewport={"width": 360, "height": 740})
    context.add_init_script("Object.defineProperty(navigator, 'clipboard', {value: undefined})")
    try:
        page = context.new_page()
        code = _copy_the_transfer_code(page, app_server)
        assert page.evaluate("getSelection().toString()") == code
    finally:
        context.close()


@pytest.mark.frontend_only
def test_start_the_check_is_in_the_first_view_above_the_tab_bar(page: Page, app_server: str):
    page.goto(app_server + "/check")
    button = page.get_by_role("button", name="Start the check")
    expect(button).to_be_enabled()
    box = button.bounding_box()
    bar_top = page.locator("nav.tabbar").bounding_box()["y"]
    assert box["y"] >= 0 and box["y"] + box["height"] <= bar_top, (box, bar_top)
    # The safety line is still on the start screen.
    expect(page.locator(".wizard-intro .safety-line")).to_contain_text("not a diagnosis")


def test_the_back_gesture_goes_to_the_previous_question(page: Page, app_server: str):
    start(page, app_server)
    first, second, third = list(SELF_CARE)[:3]
    answer_all(page, {key: SELF_CARE[key] for key in (first, second)})
    expect(prompt(page)).to_have_text(QUESTIONS_BY_ID[third].prompt)
    page.go_back()
    expect(prompt(page)).to_have_text(QUESTIONS_BY_ID[second].prompt)
    assert path_of(page.url) == "/check"
    page.go_back()
    expect(prompt(page)).to_have_text(QUESTIONS_BY_ID[first].prompt)
    assert path_of(page.url) == "/check"
    # The earlier answer is still ticked: Next goes on to the first unanswered question.
    screen = page.locator(f"[data-question={first}]")
    expect(screen.get_by_role("checkbox", name=SELF_CARE[first][0], exact=True)).to_be_checked()
    screen.get_by_role("button", name="Next").click()
    expect(prompt(page)).to_have_text(QUESTIONS_BY_ID[third].prompt)


def test_doctor_summary_lists_each_entry_with_its_time_and_the_days_factors_on_one_printed_page(
    page: Page, app_server: str
):
    open_diary(page, app_server)
    log_twitch(page, "eyelid", strength="4", notes="after the late shift")
    log_twitch(page, "calf", strength="2")
    times = page.locator(".diary-entry .entry-time").all_inner_texts()
    page.goto(app_server + "/diary/summary")
    log = page.get_by_role("region", name="What was logged")
    expect(log).to_contain_text("after the late shift")
    rows = log.locator(".summary-table tbody tr")
    expect(rows).to_have_count(2 + 1)  # two entries, one day of factors
    cells = [row.locator("td").all_inner_texts() for row in rows.all()[:2]]
    assert sorted(c[2] for c in cells) == ["2", "4"]  # strength
    assert sorted(c[0] for c in cells) == sorted(times)  # time of day
    factors = log.get_by_role("region", name="Each day's factors")
    expect(factors).to_contain_text("Stress (0-10)")
    expect(factors.locator("tbody tr td").first).to_have_text("2")  # twitches that day
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    # On paper: a title, the date it was printed, and one A4 page (182 x 269 mm at 96 dpi).
    page.set_viewport_size({"width": 688, "height": 1017})
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    expect(page.locator(".print-title")).to_be_visible()
    expect(page.locator(".print-title")).to_contain_text("summary for a doctor")
    expect(page.locator(".print-date")).to_have_text(re.compile(r"^Printed on .*\d{4}\.$"))
    assert page.evaluate("document.documentElement.scrollHeight") <= 1017


MEASURE_PARTS = """() => {
    const svg = document.querySelector('svg.body-outline');
    const parts = [];
    for (const region of svg.querySelectorAll('[role=checkbox]')) {
        for (const d of region.getAttribute('d').split(/(?=M)/)) {
            const probe = document.createElementNS('http://www.w3.org/2000/svg', 'path');
            probe.setAttribute('d', d);
            svg.appendChild(probe);
            const box = probe.getBoundingClientRect();
            probe.remove();
            parts.push([region.getAttribute('aria-label'), box.width, box.height]);
        }
    }
    return [parts, svg.getBoundingClientRect().height];
}"""


@pytest.mark.frontend_only
@pytest.mark.parametrize("width", [320, 360])
def test_every_body_outline_region_is_a_44px_target(page: Page, app_server: str, width: int):
    page.set_viewport_size({"width": width, "height": 740})
    start(page, app_server)
    answer_all(page, {key: SELF_CARE[key] for key in ("emergency_signs", "muscle_signs",
                                                      "illness_signs", "age")})  # fmt: skip
    expect(page.locator("svg.body-outline")).to_be_visible()
    parts, height = page.evaluate(MEASURE_PARTS)
    small = [(name, round(w), round(h)) for name, w, h in parts if min(w, h) < 44]
    assert not small, small
    assert height <= 480
    # The face is a target of its own below the eyes, not only a rim around them.
    face_region = page.locator("svg.body-outline [aria-label='Face (cheek, lips, jaw)']")
    face_region.evaluate("el => el.scrollIntoView({block: 'center'})")
    face = face_region.bounding_box()
    x, y = face["x"] + face["width"] / 2, face["y"] + face["height"] * 0.82
    hit = page.evaluate("([x, y]) => document.elementFromPoint(x, y).getAttribute('aria-label')",
                        [x, y])  # fmt: skip
    assert hit == "Face (cheek, lips, jaw)"
    assert page.evaluate("document.documentElement.scrollWidth") <= width


@pytest.mark.frontend_only
def test_no_route_scrolls_sideways_on_a_320px_phone(page: Page, app_server: str):
    page.set_viewport_size({"width": 320, "height": 640})
    wide = {}
    for route in [*every_route(), "/no-such-page"]:
        page.goto(app_server + route)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            wide[route] = width
    # And every screen of a whole check, its result too.
    start(page, app_server)
    for question_id, labels in SELF_CARE.items():
        if (width := page.evaluate("document.documentElement.scrollWidth")) > 320:
            wide[f"/check: {question_id}"] = width
        answer(page, question_id, labels)
    expect(prompt(page)).to_have_text("Self-care is a good first step")
    if (width := page.evaluate("document.documentElement.scrollWidth")) > 320:
        wide["/check: result"] = width
    assert not wide, wide
