"""advance(answers, event) -> Screen: the check's one step, as the page sees it.

Start, answers, Back, skipped questions, the emergency stop, resuming after a reload, and the
events it refuses; the engine grades the answers once per answer.
"""

import json
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings

from tests.wizard.helpers import SELF_CARE, any_answers
from twitch_app.triage import assess
from twitch_app.wizard import (
    EMERGENCY_STEP,
    INTRO_STEP,
    QUESTIONS,
    RESULT_STEP,
    Answer,
    Back,
    Edit,
    Resume,
    Start,
    StoredCheck,
    Toggle,
    WizardInputError,
    advance,
    answers_to_findings,
    first_open_question,
    is_emergency,
    next_screen,
    resume,
    visible_questions,
)

NOW = datetime(2025, 3, 4, 9, 30, tzinfo=UTC)
EARLIER = datetime(2025, 2, 1, 8, 15, tzinfo=UTC)
ORDER = [question.id for question in QUESTIONS if question.id in SELF_CARE]


def step(answers, event):
    return advance(answers, event, now=NOW)


def walk(answers: dict) -> list:
    """Every screen on the way through the given answers, from Start on."""
    screens = [step({}, Start())]
    while screens[-1].step not in (RESULT_STEP, EMERGENCY_STEP):
        here = screens[-1]
        screens.append(step(here.answers, Answer(here.step, list(answers[here.step]))))
    return screens


@pytest.fixture
def assess_runs(monkeypatch) -> list[int]:
    runs = [0]

    def counted(findings):
        runs[0] += 1
        return assess(findings)

    monkeypatch.setattr(next_screen, "assess", counted)
    return runs


def test_start_shows_the_first_question_with_the_counter_and_no_back():
    screen = step({}, Start())
    assert screen.step == QUESTIONS[0].id == "emergency_signs"
    assert (screen.question_number, screen.question_total) == (1, len(visible_questions({})))
    assert not screen.can_go_back and screen.draft == () and screen.answers_json == "{}"
    assert screen.result is None and screen.finished is None


def test_an_answer_moves_on_counts_up_and_is_kept_for_saving():
    first = step({}, Start())
    second = step(first.answers, Answer(first.step, ["none"]))
    assert second.step == "muscle_signs" and second.question_number == 2 and second.can_go_back
    assert second.answers == {"emergency_signs": ("none",)}
    assert json.loads(second.answers_json) == {"emergency_signs": ["none"]}
    assert second.draft == () and second.draft_json == "[]"


def test_a_calm_check_ends_on_its_result_once_and_is_recorded_for_the_history():
    screens = walk(SELF_CARE)
    assert [screen.step for screen in screens[1:-1]] == ORDER[1:]  # nothing asked twice
    assert [screen.question_number for screen in screens[:-1]] == list(range(1, len(ORDER) + 1))
    result = screens[-1]
    assert result.step == RESULT_STEP and result.result.urgency == "self_care"
    assert [row["id"] for row in result.answer_rows] == ORDER
    assert result.answer_rows[ORDER.index("areas")]["said"] == "Eyelid"
    done = result.finished
    assert done is not None and done.urgency == "self_care"
    assert json.loads(done.findings_json) == answers_to_findings(SELF_CARE)
    assert json.loads(done.assessment_json)["headline"] == result.result.headline
    assert done.entry == {
        "created": "04 Mar 2025, 09:30",
        "headline": result.result.headline,
        "urgency": "self_care",
        "summary": result.result.summary,
    }
    assert all(screen.finished is None for screen in screens[:-1])


def test_skipped_questions_are_not_asked_nor_counted_and_come_back_with_the_answer():
    no_fever = {"emergency_signs": ("none",), "muscle_signs": ("none",)}
    after = step(no_fever, Answer("illness_signs", ["none"]))
    assert after.step == "age"  # the stiff neck and rash questions do not apply
    fever = step(no_fever, Answer("illness_signs", ["fever"]))
    assert fever.step == "stiff_neck" and fever.question_total > after.question_total
    assert after.question_total == len(visible_questions(after.answers))
    # An answer to a question skipped now is ignored, not lost: it counts again when it applies.
    answered = {**no_fever, "illness_signs": ("fever",), "stiff_neck": ("no",), "rash": ("no",)}
    changed = step(answered, Answer("illness_signs", ["none"]))
    assert changed.step == "age" and changed.answers["stiff_neck"] == ("no",)
    back_again = step(changed.answers, Edit("illness_signs"))
    assert step(back_again.answers, Answer("illness_signs", ["fever"])).step == "age"


def test_back_goes_to_the_previous_asked_question_with_its_answer_ticked():
    answers = {"emergency_signs": ("none",), "muscle_signs": ("none",), "illness_signs": ("none",)}
    back = step(answers, Back("age"))  # the skipped rash and stiff-neck questions are passed by
    assert back.step == "illness_signs" and back.draft == ("none",)
    assert back.question_number == 3 and back.answers == answers  # Back changes no answer
    assert step(SELF_CARE, Back(RESULT_STEP)).step == ORDER[-1]
    with pytest.raises(WizardInputError):
        step({}, Back("emergency_signs"))  # nothing before the first question


def test_an_emergency_stops_the_check_and_back_leads_to_the_answer_that_made_it():
    answers = {"emergency_signs": ("none",), "muscle_signs": ("none",)}
    answers |= {"illness_signs": ("fever",), "stiff_neck": ("no",)}
    stop = step(answers, Answer("rash", ["yes"]))
    assert stop.step == EMERGENCY_STEP and is_emergency(stop.answers)
    assert stop.emergency_messages and stop.result is None and stop.finished is None
    back = step(stop.answers, Back(EMERGENCY_STEP))
    assert back.step == "rash" and back.draft == ("yes",)
    # The emergency wins over any screen asked for, however the check is picked up again.
    assert step(stop.answers, Start()).step == EMERGENCY_STEP
    assert resume(stop.answers_json, Resume("age"), now=NOW).step == EMERGENCY_STEP


def test_the_first_question_can_stop_the_check_at_once():
    stop = step({}, Answer("emergency_signs", ["choking"]))
    assert stop.step == EMERGENCY_STEP and len(stop.emergency_messages) >= 1


def test_assess_runs_once_per_answer(assess_runs):
    for screen, answered in zip(walk(SELF_CARE)[1:], ORDER, strict=True):
        assert screen.answers[answered] == SELF_CARE[answered]
    assert assess_runs[0] == len(ORDER)  # the last one makes the result from the same run
    assess_runs[0] = 0
    step({}, Answer("emergency_signs", ["seizure"]))
    assert assess_runs[0] == 1


def test_ticking_options_makes_a_draft_and_answers_nothing_yet():
    first = step({}, Start())
    ticked = step(first.answers, Toggle(first.step, (), "choking"))
    both = step(ticked.answers, Toggle(ticked.step, ticked.draft, "seizure"))
    assert both.step == "emergency_signs" and both.draft == ("choking", "seizure")
    assert json.loads(both.draft_json) == ["choking", "seizure"] and both.answers == {}
    only_none = step(both.answers, Toggle(both.step, both.draft, "none"))
    assert only_none.draft == ("none",)  # "None of these" clears the others


@pytest.mark.parametrize(
    ("answers", "event"),
    [
        ({}, Answer(INTRO_STEP, ["none"])),  # no question on screen
        (SELF_CARE, Answer(RESULT_STEP, ["none"])),
        ({}, Answer("emergency_signs", ["eyelid"])),  # not an option of this question
        ({}, Answer("emergency_signs", [["none"]])),
        ({}, Answer("emergency_signs", "none")),
        ({}, Answer("emergency_signs", [])),
        ({}, Answer("emergency_signs", ["none", "choking"])),
        ({}, Toggle("age", (), "18_44")),  # one-choice questions are answered with a tap
        ({}, Edit("result")),
        ({}, Edit("stiff_neck")),  # not asked without fever or a headache
        ({}, Edit(42)),
    ],
)
def test_events_the_flow_cannot_accept_raise_with_a_message(answers, event):
    with pytest.raises(WizardInputError) as refused:
        step(answers, event)
    assert str(refused.value)


def test_resume_after_a_reload_shows_the_saved_question_with_its_ticked_draft():
    answers_json = json.dumps({"emergency_signs": ["none"], "muscle_signs": ["none"]})
    draft_json = json.dumps(["fever", "headache"])
    screen = resume(answers_json, Resume("illness_signs", draft_json), now=NOW)
    assert screen.step == "illness_signs" and screen.draft == ("fever", "headache")
    assert screen.question_number == 3 and screen.history == ()
    for damaged in ("not json", json.dumps(["eyelid"]), json.dumps({"a": 1}), "[1, 2]"):
        picked_up = resume(answers_json, Resume("illness_signs", damaged), now=NOW)
        assert picked_up.step == "illness_signs" and picked_up.draft == ()


def test_resume_moves_on_from_a_saved_screen_that_no_longer_fits():
    answers_json = json.dumps({"emergency_signs": ["none"], "muscle_signs": ["none"]})
    assert resume(answers_json, Resume("stiff_neck"), now=NOW).step == "illness_signs"
    assert resume(answers_json, Resume(INTRO_STEP), now=NOW).step == "illness_signs"
    assert resume("{}", Resume(INTRO_STEP), now=NOW).step == INTRO_STEP
    damaged = json.dumps({"emergency_signs": ["nonsense"], "areas": ["eyelid"]})
    screen = resume(damaged, Resume("areas"), now=NOW)
    assert screen.answers == {"areas": ("eyelid",)} and screen.step == "areas"
    assert resume("not json", Resume("areas"), now=NOW).answers == {}


def test_resume_at_the_result_shows_it_again_with_its_date_and_records_nothing_new():
    stored = json.dumps({"headline": "Self-care is a good first step", "summary": "S"})
    history = (StoredCheck(EARLIER, "self_care", stored), StoredCheck(EARLIER, "urgent", "{!"))
    answers_json = json.dumps({key: list(value) for key, value in SELF_CARE.items()})
    screen = resume(answers_json, Resume(RESULT_STEP, "[]", history), now=NOW)
    assert screen.step == RESULT_STEP and screen.finished is None
    assert screen.result.created == "01 Feb 2025, 08:15"
    assert screen.history == (
        {"created": "01 Feb 2025, 08:15", "headline": "Self-care is a good first step",
         "urgency": "self_care", "summary": "S"},
        {"created": "01 Feb 2025, 08:15", "headline": "", "urgency": "urgent", "summary": ""},
    )  # fmt: skip
    # Nor without a history (a progress moved apart from its history): only an answer records.
    assert resume(answers_json, Resume(RESULT_STEP), now=NOW).finished is None
    # Start on the result page, or on a stale intro, is not a new check either; an edited answer is.
    assert step(screen.answers, Start(RESULT_STEP)).finished is None
    assert step(screen.answers, Start()).finished is None
    edited = step(screen.answers, Edit("caffeine"))
    assert edited.step == "caffeine" and edited.draft == SELF_CARE["caffeine"]
    assert step(edited.answers, Answer("caffeine", ["none"])).finished is not None


@settings(max_examples=60, deadline=None)
@given(any_answers())
def test_start_always_lands_on_the_emergency_the_first_open_question_or_the_result(answers):
    screen = step(answers, Start())
    if is_emergency(answers):
        assert screen.step == EMERGENCY_STEP
    elif (open_question := first_open_question(answers)) is not None:
        assert screen.step == open_question.id and screen.result is None
    else:
        assert screen.step == RESULT_STEP
        # Nothing outweighs a red flag: the result has the engine's own grade for the answers.
        assert screen.result.urgency == str(assess(answers_to_findings(answers)).urgency)
