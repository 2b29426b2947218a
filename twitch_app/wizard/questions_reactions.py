"""Reactions to a medicine, asked after the medicines question when they can apply.

Acute dystonia (the neck twisting, the eyes rolling up) after a new, raised or antipsychotic
medicine, or with a neck or face twitch; serotonin syndrome only with an antidepressant. Any
serotonin sign is urgent at least; a very high temperature or new confusion is an emergency
(issue 20; rules U_dystonia, U_serotonin and E_serotonin, triage/rules_act_now.py).
"""

from __future__ import annotations

from .model import Answers, Kind, Option, Question, Section, none_of_these
from .questions_safety import chosen, cite, symptom, yes_symptom

DYSTONIA_AREA_IDS = frozenset({"neck", "face"})
DYSTONIA_MEDICINE_IDS = frozenset(
    {"new_medicine", "dose_increased", "antipsychotic", "other", "not_sure"}
)


def _medicine_or_head_and_neck(answers: Answers) -> bool:
    return bool(
        chosen(answers, "medicines") & DYSTONIA_MEDICINE_IDS
        or chosen(answers, "areas") & DYSTONIA_AREA_IDS
    )


DYSTONIA = Question(
    id="dystonia",
    section=Section.HEALTH,
    kind=Kind.SINGLE,
    red_flag=True,
    ask_if=_medicine_or_head_and_neck,
    prompt="Does your neck twist, your jaw clench or your eyes roll up without you meaning to?",
    child_prompt=(
        "Does your child's neck twist, jaw clench or eyes roll up without them meaning to?"
    ),
    help="This can happen after starting an antipsychotic or an anti-sickness medicine.",
    options=yes_symptom("neck_twisting_or_eyes_rolling"),
    why=(
        "These spasms can be a reaction to a medicine that a doctor should treat the same day; "
        "keep taking your medicines until you have spoken to them."
    ),
    sources=cite("nhs_metoclopramide"),
)


def _on_antidepressant(answers: Answers) -> bool:
    return "antidepressant" in chosen(answers, "medicines")


SEROTONIN = Question(
    id="serotonin_signs",
    section=Section.HEALTH,
    kind=Kind.MULTI,
    red_flag=True,
    ask_if=_on_antidepressant,
    prompt="Since starting your antidepressant or a higher dose, have you had any of these?",
    child_prompt=(
        "Since starting their antidepressant or a higher dose, has your child had any of these?"
    ),
    help="Tick all that apply. Keep taking your medicines until you have spoken to a doctor.",
    options=(
        Option(
            "high_fever",
            "A very high temperature",
            (("symptoms", "high_fever"), ("symptoms", "fever")),
        ),
        symptom("confusion", "New confusion", "confusion"),
        symptom("agitation", "Feeling agitated or restless", "agitation"),
        symptom("sweating", "Heavy sweating", "sweating"),
        none_of_these(),
    ),
    why=(
        "On an antidepressant, sweating, agitation or a fever with twitching can be serotonin "
        "syndrome, a reaction to the medicine that needs a doctor now; a very high temperature "
        "or confusion needs emergency help. It is likelier after starting or raising a dose."
    ),
    sources=cite("nhs_serotonin"),
)
