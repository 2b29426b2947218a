"""The check goes on when the server cannot store its progress, and says so in place (SQLite:
`make test-scale` deselects it, as it does tests/browser/test_failures.py).

Another process holds SQLite's write lock past the app's busy timeout: each save of the check's
progress fails inside the handler. The next question must still come, with a notice that this
device is not keeping the answers; once saving works again the notice goes, and a reload
resumes with every answer, the ones given while saving failed included.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.sqlite_lock import writes_refused
from tests.browser.test_wizard import SELF_CARE, answer, answer_all, prompt, start
from twitch_app.state.wizard import PROGRESS_NOT_SAVED, RESULT_NOT_SAVED
from twitch_app.wizard import QUESTIONS_BY_ID

pytestmark = [pytest.mark.browser, pytest.mark.sqlite_only]
SLOW = 20_000  # each refused save first waits out the app's 5 s busy timeout


def test_the_check_goes_on_and_says_its_progress_is_not_saved_while_saving_fails(
    page: Page, running_app
):
    start(page, running_app.url)
    answer(page, "emergency_signs", ["None of these"])  # saved as usual
    notice = page.locator(".wizard-not-saved")
    expect(prompt(page)).to_have_text(QUESTIONS_BY_ID["muscle_signs"].prompt)
    with writes_refused(running_app.database):
        screen = page.locator("[data-question=muscle_signs]")
        box = screen.get_by_role("checkbox", name="None of these", exact=True)
        box.click()
        expect(notice).to_have_text(PROGRESS_NOT_SAVED, timeout=SLOW)
        expect(box).to_be_checked()
        screen.get_by_role("button", name="Next").click()
        # The check keeps going: the next question, with the notice still in place.
        expect(prompt(page)).to_have_text(QUESTIONS_BY_ID["illness_signs"].prompt, timeout=SLOW)
        expect(page.get_by_role("alert").filter(has=notice)).to_be_visible()  # announced
        expect(page.get_by_text("saved", exact=False)).to_have_count(1)  # only the notice
    # Saving works again: the next save says nothing more, and a reload has every answer.
    answer(page, "illness_signs", ["None of these"])
    expect(prompt(page)).to_have_text(QUESTIONS_BY_ID["age"].prompt)
    expect(notice).to_have_count(0)
    page.reload()
    expect(prompt(page)).to_have_text(QUESTIONS_BY_ID["age"].prompt)
    page.locator("[data-question=age]").get_by_role("button", name="Back").click()
    page.locator("[data-question=illness_signs]").get_by_role("button", name="Back").click()
    muscle = page.locator("[data-question=muscle_signs]")
    expect(muscle.get_by_role("checkbox", name="None of these", exact=True)).to_be_checked()


def test_a_result_that_could_not_be_saved_says_so_and_is_recorded_when_answered_again(
    page: Page, running_app
):
    start(page, running_app.url)
    *before_last, (last, labels) = SELF_CARE.items()
    answer_all(page, dict(before_last))
    expect(prompt(page)).to_have_text(QUESTIONS_BY_ID[last].prompt)
    with writes_refused(running_app.database):
        page.get_by_role("button", name=labels[0], exact=True).click()
        # The result is shown all the same, with the summary to copy, and says it is not kept.
        expect(prompt(page)).to_have_text("Self-care is a good first step", timeout=SLOW)
        expect(page.locator(".wizard-not-saved")).to_have_text(RESULT_NOT_SAVED)
        expect(page.locator(".summary-text")).to_contain_text("Result: Self-care")
        expect(page.locator(".history-item")).to_have_count(0)
    page.reload()  # the last answer was not kept: the check asks it again
    expect(prompt(page)).to_have_text(QUESTIONS_BY_ID[last].prompt)
    page.get_by_role("button", name=labels[0], exact=True).click()
    expect(prompt(page)).to_have_text("Self-care is a good first step")
    expect(page.locator(".wizard-not-saved")).to_have_count(0)
    expect(page.locator(".history-item")).to_have_count(1)
