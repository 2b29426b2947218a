"""A follow-up on the medicines answer: signs of serotonin syndrome on an antidepressant.

Asked only when the person takes an antidepressant. Each sign is urgent at least with one; a
very high temperature or new confusion is an emergency (issue 20; rules U_serotonin and
E_serotonin, triage/rules_act_now.py).
"""

from __future__ import annotations

from .model import Answers, Kind, Option, Question, Section, none_of_these
from .questions_safety import chosen, cite, symptom


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
