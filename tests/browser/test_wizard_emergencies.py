"""One browser path per new emergency finding of issue 20: the check stops at the answer that
completes the emergency and shows the emergency number as a tel: link, with the reason."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.pages import TEST_EMERGENCY_NUMBER
from tests.browser.test_accessibility import run_axe
from tests.browser.test_wizard import SELF_CARE, answer, answer_all, prompt, start
from twitch_app.wizard import QUESTIONS_BY_ID

pytestmark = pytest.mark.browser

NONE = ["None of these"]
ADULT = ["18 to 44"]

# finding -> (answers in the order asked, words of the emergency message shown)
PATHS: dict[str, tuple[dict[str, list[str]], str]] = {
    "sudden_weakness_one_side": (
        {
            "emergency_signs": [
                "Sudden weakness or numbness in an arm, a leg or one side of the body"
            ]
        },
        "can be signs of a stroke",
    ),
    "confusion": (
        {
            "emergency_signs": NONE,
            "muscle_signs": NONE,
            "illness_signs": [
                "A fever (feeling hot and shivery)",
                "A severe headache",
                "New confusion, agitation or unusual drowsiness",
            ],
        },
        "New confusion with a fever and a severe headache",
    ),
    "head_injury": (
        {
            "emergency_signs": NONE,
            "muscle_signs": NONE,
            "illness_signs": [
                "A knock to the head in the last few days",
                "Feeling sick or being sick",
            ],
        },
        "After a knock to the head",
    ),
    "bladder_or_bowel_problems": (
        {
            "emergency_signs": NONE,
            "muscle_signs": ["Weakness: the muscle is hard to use"],
            "illness_signs": NONE,
            "age": ADULT,
            "areas": ["Arm"],
            "when": ["When I move or use the muscle"],
            "spine_signs": ["New trouble controlling my bladder or bowels"],
        },
        "nerves at the base of the spine",
    ),
    "stiff_neck": (
        {
            "emergency_signs": NONE,
            "muscle_signs": NONE,
            "illness_signs": ["A fever (feeling hot and shivery)", "A severe headache"],
            "stiff_neck": ["Yes"],
        },
        "can be meningitis",
    ),
    # A stiff neck with a mild headache is urgent; the rash that does not fade completes the
    # emergency (E_meningitis and E_rash_not_fading).
    "rash_not_fading": (
        {
            "emergency_signs": NONE,
            "muscle_signs": NONE,
            "illness_signs": ["A mild headache"],
            "stiff_neck": ["Yes"],
            "rash": ["Yes"],
        },
        "does not fade under a glass",
    ),
    # Asked only after an antidepressant is ticked, near the end of the check (E_serotonin).
    "high_fever": (
        {
            **dict(list(SELF_CARE.items())[: list(SELF_CARE).index("medicines")]),
            "medicines": ["An antidepressant"],
            "serotonin_signs": ["A very high temperature"],
        },
        "can be severe serotonin syndrome",
    ),
}


def tick_in_list(page: Page, labels: list[str]) -> None:
    """Tick areas in the list beside the body outline (the outline is test_wizard.py's business:
    the middle of a two-part region such as both arms is not on the region)."""
    expect(prompt(page)).to_have_text(QUESTIONS_BY_ID["areas"].prompt)
    screen = page.locator("[data-question=areas]")
    for label in labels:
        box = screen.get_by_role("checkbox", name=label, exact=True).last
        box.click()
        expect(box).to_be_checked()
    screen.get_by_role("button", name="Next").click()


@pytest.mark.parametrize(
    "finding",
    [
        "sudden_weakness_one_side",
        "confusion",
        "head_injury",
        "bladder_or_bowel_problems",
        "stiff_neck",
        "rash_not_fading",
        "high_fever",
    ],
)
def test_new_emergency_stops_the_check_with_a_tel_link(page: Page, app_server: str, finding: str):
    answers, reason = PATHS[finding]
    start(page, app_server)
    for question_id, labels in answers.items():
        if question_id == "areas":
            tick_in_list(page, labels)
        else:
            answer(page, question_id, labels)
    expect(prompt(page)).to_have_text("Get emergency help now")
    call = page.get_by_role("link", name=f"Call {TEST_EMERGENCY_NUMBER} now")
    expect(call).to_have_attribute("href", f"tel:{TEST_EMERGENCY_NUMBER}")
    expect(page.get_by_text(reason, exact=False).first).to_be_visible()
    expect(page.locator("[data-question]")).to_have_count(0)  # no further question is asked


def test_an_urgent_result_offers_no_routine_or_remedy_and_cites_its_source(
    page: Page, app_server: str
):
    start(page, app_server)
    answer_all(page, {**SELF_CARE, "illness_signs": ["I fainted, then came round fully"]})
    expect(prompt(page)).to_have_text("See a doctor today")
    result = page.locator(".wizard-result")
    expect(result.get_by_role("heading", name="What to try")).to_have_count(0)
    expect(result.get_by_role("link", name="Start this routine")).to_have_count(0)
    source = page.locator(".flag-list").get_by_role("link", name="NHS: Fainting")
    expect(source).to_have_attribute("href", "https://www.nhs.uk/conditions/fainting/")


def test_a_baby_with_clustered_jerks_is_urgent_in_words_for_a_parent(page: Page, app_server: str):
    baby = {
        **SELF_CARE,
        "age": ["Under 1 year (a baby)"],
        "frequency": ["Many times a day"],
    }
    start(page, app_server)
    asked = [(key, value) for key, value in baby.items() if key != "alcohol"]
    answer_all(page, dict(asked[:4]))  # the warning signs, then age
    expect(page.get_by_text("You are answering for your child")).to_be_visible()
    answer_all(page, dict(asked[4:]))
    expect(prompt(page)).to_have_text("See a doctor today")
    expect(page.locator(".urgency-box")).to_contain_text("Call your child's GP surgery today")
    expect(page.locator(".flag-list")).to_contain_text("infantile spasms")
    expect(page.locator(".result-notes")).to_contain_text("Tics")
    results = run_axe(page)
    assert not results.violations_count, results.generate_report()
