"""The warning-sign questions of issue 20: asked when they can apply, skipped when they cannot,
and each emergency path stops the check at the answer that completes it."""

import re
from datetime import UTC, datetime

import pytest

from tests.wizard.helpers import SELF_CARE
from twitch_app.triage import Urgency, assess
from twitch_app.wizard import (
    QUESTIONS,
    QUESTIONS_BY_ID,
    answers_to_findings,
    build_result,
    emergency_question,
    is_emergency,
    visible_questions,
)
from twitch_app.wizard.questions_life import for_child
from twitch_app.wizard.summary import CHILD_ACTIONS

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
NEW_QUESTIONS = (
    "stiff_neck", "rash", "leg_clot", "spine_signs", "dark_urine", "dystonia", "serotonin_signs"
)  # fmt: skip

# question -> (answers that bring it, answers that leave it out)
ASKED_WHEN: dict[str, tuple[dict, dict]] = {
    "stiff_neck": ({"illness_signs": ("fever",)}, {"illness_signs": ("nausea",)}),
    "rash": ({"illness_signs": ("nausea",)}, {"illness_signs": ("swallowing",)}),
    "serotonin_signs": ({"medicines": ("antidepressant",)}, {"medicines": ("antipsychotic",)}),
    "leg_clot": ({"areas": ("calf",)}, {"areas": ("hand",)}),
    "spine_signs": ({"muscle_signs": ("weakness",)}, {"muscle_signs": ("cramps",)}),
    "dark_urine": ({"muscle_signs": ("pain",)}, {"muscle_signs": ("numbness",)}),
    "dystonia": ({"medicines": ("antipsychotic",)}, {"medicines": ("none",)}),
}

# The answers (in order) that make each new emergency, and the question that completes it.
EMERGENCY_PATHS: dict[str, tuple[dict, str]] = {
    "sudden_weakness_one_side": ({"emergency_signs": ("sudden_weakness",)}, "emergency_signs"),
    "confusion": ({"illness_signs": ("confusion", "head_injury")}, "illness_signs"),
    "head_injury": ({"illness_signs": ("head_injury", "nausea")}, "illness_signs"),
    "bladder_or_bowel_problems": (
        {"muscle_signs": ("weakness",), "spine_signs": ("bladder_bowel",)},
        "spine_signs",
    ),
    "stiff_neck": (
        {"illness_signs": ("fever", "severe_headache"), "stiff_neck": ("yes",)},
        "stiff_neck",
    ),
    "rash_not_fading": (
        {"illness_signs": ("headache",), "stiff_neck": ("yes",), "rash": ("yes",)},
        "rash",
    ),
    "high_fever": (
        {"medicines": ("dose_increased", "antidepressant"), "serotonin_signs": ("high_fever",)},
        "serotonin_signs",
    ),
}


def ids(answers: dict) -> list[str]:
    return [question.id for question in visible_questions(answers)]


@pytest.mark.parametrize("question_id", NEW_QUESTIONS)
def test_each_new_question_is_asked_only_when_it_can_apply(question_id: str) -> None:
    brings, leaves = ASKED_WHEN[question_id]
    assert question_id in ids(brings)
    assert question_id not in ids(leaves)
    assert question_id not in ids(SELF_CARE)  # a calm eyelid twitch meets none of them


@pytest.mark.parametrize("finding", sorted(EMERGENCY_PATHS))
def test_each_new_emergency_stops_the_check_at_the_answer_that_completes_it(finding: str) -> None:
    answers, completing = EMERGENCY_PATHS[finding]
    assert finding in answers_to_findings(answers)["symptoms"]
    assert is_emergency(answers)
    assert emergency_question(answers).id == completing
    before = {key: value for key, value in answers.items() if key != completing}
    assert not is_emergency(before)


def test_the_old_emergency_answers_split_into_emergency_and_urgent() -> None:
    assert is_emergency({"emergency_signs": ("choking",)})
    assert is_emergency({"emergency_signs": ("passed_out",)})
    for urgent in ("swallowing", "fainted", "confusion"):
        findings = answers_to_findings({"illness_signs": (urgent,)})
        assert assess(findings).urgency is Urgency.URGENT, urgent


def test_a_face_gone_weak_over_days_is_urgent_from_the_muscle_question() -> None:
    findings = answers_to_findings({"muscle_signs": ("face_weak",)})
    result = assess(findings)
    assert result.urgency is Urgency.URGENT
    assert "U_facial_weakness" in {flag.id for flag in result.red_flags}


def test_a_baby_with_repeated_jerks_is_urgent_and_the_words_are_for_a_parent() -> None:
    answers = {**SELF_CARE, "age": ("under_1",), "areas": ("arm",), "frequency": ("many",)}
    view, _ = build_result(answers, NOW)
    assert view.urgency == "urgent"
    assert view.action == CHILD_ACTIONS[Urgency.URGENT] and "your child" in view.action
    assert any("infantile spasms" in flag["message"] for flag in view.flags)
    assert view.notes and "alcohol" not in [q.id for q in visible_questions(answers)]


def test_each_red_flag_on_the_result_page_names_its_rule_and_source() -> None:
    view, _ = build_result({**SELF_CARE, "illness_signs": ("fainted",)}, NOW)
    flag = next(flag for flag in view.flags if flag["rule"] == "U_faint")
    assert flag["source_title"] == "NHS: Fainting"
    assert flag["source_url"] == "https://www.nhs.uk/conditions/fainting/"
    assert "Rule U_faint; source: NHS: Fainting" in view.summary


def test_for_child_is_true_only_for_the_age_bands_under_16() -> None:
    for age, child in [("under_1", True), ("1_9", True), ("10_15", True), ("16_17", False),
                       ("18_44", False), ("not_sure", False)]:  # fmt: skip
        assert for_child({"age": (age,)}) is child, age
    assert not for_child({})


def test_after_the_age_the_questions_that_say_you_are_worded_for_a_parent() -> None:
    worded = 0
    for question in QUESTIONS:
        if question.id in {"emergency_signs", "age"}:
            assert not question.child_prompt, question.id  # asked before the age is known
            continue
        if question.id == "alcohol":  # never asked about a child under 16
            assert question.ask_if and not question.ask_if({"age": ("1_9",)})
            continue
        assert question.prompt_for(child=False) == question.prompt
        if not re.search(r"\byou(r)?\b", question.prompt, re.IGNORECASE):
            assert question.prompt_for(child=True) == question.prompt
            continue
        child = question.prompt_for(child=True)
        assert question.child_prompt and child == question.child_prompt, question.id
        assert "your child" in child.lower(), question.id
        left = re.sub(r"your child('s)?", "", child, flags=re.IGNORECASE)
        assert not re.search(r"\byou(r)?\b", left, re.IGNORECASE), question.id
        worded += 1
    assert worded >= 15
    assert QUESTIONS_BY_ID["sleep"].prompt_for(child=True) == (
        "How many hours does your child usually sleep a night?"
    )


def test_sweating_or_agitation_on_an_antidepressant_is_urgent_and_confusion_an_emergency() -> None:
    on_it = {"medicines": ("dose_increased", "antidepressant")}
    for sign in ("sweating", "agitation"):
        findings = answers_to_findings({**on_it, "serotonin_signs": (sign,)})
        result = assess(findings)
        assert result.urgency is Urgency.URGENT, sign
        flag = next(flag for flag in result.red_flags if flag.id == "U_serotonin")
        assert {f"symptoms.{sign}", "medicines.dose_increased"} <= set(flag.fields)
    confused = answers_to_findings({**on_it, "serotonin_signs": ("confusion",)})
    assert "E_serotonin" in {flag.id for flag in assess(confused).red_flags}
    assert is_emergency({**on_it, "serotonin_signs": ("confusion",)})
    assert not is_emergency({**on_it, "serotonin_signs": ("none",)})
