"""The symptom wizard on a phone: a whole check, an emergency stop, Back, resume, axe."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import TEST_EMERGENCY_NUMBER
from tests.browser.test_accessibility import run_axe
from twitch_app.wizard import QUESTIONS_BY_ID, Kind

pytestmark = pytest.mark.browser

# question id -> the answers a person with a harmless eyelid twitch would give.
SELF_CARE = {
    "emergency_signs": ["None of these"],
    "muscle_signs": ["None of these"],
    "illness_signs": ["None of these"],
    "age": ["18 to 44"],
    "areas": ["Eyelid"],
    "eye_signs": ["None of these"],
    "when": ["When I sit or lie still"],
    "duration": ["A few days"],
    "comes_back": ["No"],
    "frequency": ["Now and then"],
    "getting_worse": ["No"],
    "impact": ["No, it is just annoying"],
    "caffeine": ["4 or 5"],
    "alcohol": ["None"],
    "sleep": ["7 up to 8"],
    "stress": ["3"],
    "exercise": ["No"],
    "water": ["Yes"],
    "diet": ["Yes"],
    "food": ["No"],
    "medicines": ["No medicines"],
    "conditions": ["None of these"],
    "family": ["No"],
}


def prompt(page: Page):
    return page.locator("#wizard-focus")


def answer(page: Page, question_id: str, labels: list[str]) -> None:
    """Answer the question on screen, after checking it is the expected one."""
    question = QUESTIONS_BY_ID[question_id]
    # After an age under 16 the prompt is the parent's wording (Question.child_prompt).
    wordings = [question.prompt] + ([question.child_prompt] if question.child_prompt else [])
    expect(prompt(page)).to_have_text(re.compile("^(" + "|".join(map(re.escape, wordings)) + ")$"))
    # Focus moves to the new question (for screen readers); wait for it, so nothing moves later.
    expect(prompt(page)).to_be_focused()
    screen = page.locator(f"[data-question={question_id}]")
    if question.kind is Kind.SINGLE:
        screen.get_by_role("button", name=labels[0], exact=True).click()
        return
    for label in labels:
        # On the "where" question the body outline's region comes first, then the list's box.
        box = screen.get_by_role("checkbox", name=label, exact=True).first
        box.click()  # the server holds the ticks: wait for its answer, not the click
        expect(box).to_be_checked()
    screen.get_by_role("button", name="Next").click()


def start(page: Page, app_server: str) -> None:
    page.goto(app_server + "/check")
    page.get_by_role("button", name="Start the check").click()


def answer_all(page: Page, answers: dict[str, list[str]]) -> None:
    for question_id, labels in answers.items():
        answer(page, question_id, labels)


def test_a_harmless_eyelid_twitch_ends_in_self_care_with_a_routine_and_summary(
    page: Page, app_server: str
):
    start(page, app_server)
    answer_all(page, SELF_CARE)
    expect(prompt(page)).to_have_text("Self-care is a good first step")
    result = page.locator(".wizard-result")
    expect(result.get_by_role("link", name="Eyelid twitch")).to_be_visible()
    expect(result.get_by_role("link", name="Start this routine")).to_have_attribute(
        "href", "/relax/face_eyelid_relaxation"
    )
    summary = result.locator(".summary-text")
    expect(summary).to_contain_text("Result: Self-care is a good first step")
    expect(summary).to_contain_text("Where: Eyelid")
    expect(summary).to_contain_text("Caffeine drinks a day: 4 or 5")
    # The finished check is in this device's history, and the result survives a reload.
    page.reload()
    expect(prompt(page)).to_have_text("Self-care is a good first step")
    expect(page.locator(".history-item")).to_have_count(1)
    expect(page.locator(".history-item summary")).to_contain_text("Self-care")


def test_an_emergency_answer_stops_the_check_at_once(page: Page, app_server: str):
    start(page, app_server)
    answer(page, "emergency_signs", ["Trouble breathing"])
    expect(prompt(page)).to_have_text("Get emergency help now")
    call = page.get_by_role("link", name=f"Call {TEST_EMERGENCY_NUMBER} now")
    expect(call).to_have_attribute("href", f"tel:{TEST_EMERGENCY_NUMBER}")
    expect(page.get_by_text("Trouble breathing needs emergency help")).to_be_visible()
    expect(page.locator("[data-question]")).to_have_count(0)
    # A reload keeps the emergency screen; a mis-tap can be corrected.
    page.reload()
    expect(prompt(page)).to_have_text("Get emergency help now")
    page.get_by_role("button", name="I picked this by mistake: change my answer").click()
    expect(prompt(page)).to_have_text(QUESTIONS_BY_ID["emergency_signs"].prompt)
    expect(page.get_by_role("checkbox", name="Trouble breathing")).to_be_checked()


def test_back_changes_an_answer_and_the_result_follows(page: Page, app_server: str):
    start(page, app_server)
    first_part = dict(list(SELF_CARE.items())[:9])  # up to "comes back"
    answer_all(page, first_part)
    expect(prompt(page)).to_have_text(QUESTIONS_BY_ID["frequency"].prompt)
    expect(prompt(page)).to_be_focused()
    back = page.get_by_role("button", name="Back")
    back.click()
    expect(prompt(page)).to_have_text(QUESTIONS_BY_ID["comes_back"].prompt)
    expect(prompt(page)).to_be_focused()
    back.click()
    expect(prompt(page)).to_have_text(QUESTIONS_BY_ID["duration"].prompt)
    expect(page.get_by_role("button", name="A few days")).to_have_attribute("aria-pressed", "true")
    # An eyelid flicker is a GP visit after 3 months (NICE NG127; issue 20 changed it from 2 weeks).
    page.get_by_role("button", name="More than 3 months").click()
    # Already answered questions are not asked again: the check goes on where it was.
    rest = dict(list(SELF_CARE.items())[9:])
    answer_all(page, rest)
    expect(prompt(page)).to_have_text("Book a visit with your GP")
    flags = page.locator(".flag-list")
    expect(flags).to_contain_text("lasting more than 3 months")
    expect(flags).to_contain_text("How long: More than 3 months")
    expect(flags.get_by_role("link", name="NICE NG127", exact=False).first).to_have_attribute(
        "href",
        "https://www.nice.org.uk/guidance/ng127/chapter/Recommendations-for-adults-aged-over-16",
    )


def test_after_a_child_age_the_questions_read_for_a_parent(page: Page, app_server: str):
    asked = [(key, value) for key, value in SELF_CARE.items() if key != "alcohol"]
    asked[3] = ("age", ["10 to 15"])
    start(page, app_server)
    answer_all(page, dict(asked[:4]))  # the warning signs, then age
    expect(prompt(page)).to_have_text(QUESTIONS_BY_ID["areas"].child_prompt)
    answer_all(page, dict(asked[4:13]))  # up to the caffeine question (alcohol is not asked)
    expect(prompt(page)).to_have_text("How many hours does your child usually sleep a night?")
    expect(page.get_by_role("button", name="9 or more", exact=True)).to_be_visible()


def test_a_reload_mid_way_resumes_at_the_same_question(page: Page, app_server: str):
    start(page, app_server)
    answer_all(page, dict(list(SELF_CARE.items())[:6]))
    expect(prompt(page)).to_have_text(QUESTIONS_BY_ID["when"].prompt)
    expect(page.locator(".wizard-progress-label")).to_have_text("Question 7 of 23")
    page.reload()
    expect(prompt(page)).to_have_text(QUESTIONS_BY_ID["when"].prompt)
    expect(page.locator(".wizard-progress-label")).to_have_text("Question 7 of 23")
    page.get_by_role("button", name="Back").click()
    page.get_by_role("button", name="Back").click()
    expect(prompt(page)).to_have_text(QUESTIONS_BY_ID["areas"].prompt)
    region = page.locator("svg.body-outline [role=checkbox][aria-label=Eyelid]")
    expect(region).to_have_attribute("aria-checked", "true")


def test_the_body_outline_works_with_the_keyboard(page: Page, app_server: str):
    start(page, app_server)
    answer_all(page, dict(list(SELF_CARE.items())[:4]))
    expect(prompt(page)).to_be_focused()
    calf = page.locator("svg.body-outline [role=checkbox][aria-label=Calf]")
    calf.focus()
    page.keyboard.press("Enter")
    expect(calf).to_have_attribute("aria-checked", "true")
    expect(page.get_by_role("checkbox", name="Calf", exact=True).last).to_be_checked()
    page.keyboard.press(" ")
    expect(calf).to_have_attribute("aria-checked", "false")


@pytest.mark.frontend_only
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_on_the_question_result_and_emergency_screens(
    browser, app_server: str, scheme: str
):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 360, "height": 740})
    page = context.new_page()
    try:
        failures = {}
        start(page, app_server)
        answer_all(page, dict(list(SELF_CARE.items())[:4]))
        expect(prompt(page)).to_have_text(QUESTIONS_BY_ID["areas"].prompt)
        page.locator(".why-we-ask summary").click()
        screens = {"areas question": page}
        for name in screens:
            if (results := run_axe(page)).violations_count:
                failures[name] = results.generate_report()
        prompt(page).focus()
        answer_all(page, dict(list(SELF_CARE.items())[4:]))
        expect(prompt(page)).to_have_text("Self-care is a good first step")
        if (results := run_axe(page)).violations_count:
            failures["result"] = results.generate_report()
        page.get_by_role("button", name="Start over").click()
        answer(page, "emergency_signs", ["Passed out and not fully back to normal"])
        expect(prompt(page)).to_have_text("Get emergency help now")
        if (results := run_axe(page)).violations_count:
            failures["emergency_signs"] = results.generate_report()
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        assert not failures, "\n".join(f"{name}:\n{report}" for name, report in failures.items())
    finally:
        context.close()
