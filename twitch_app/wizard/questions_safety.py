"""The warning-sign questions: asked first (emergency signs), or as soon as they can apply.

Each follow-up is asked only when an earlier answer makes it possible (a stiff neck after a fever
or headache, a clot after a leg twitch or pain...), so a plain eyelid twitch meets none of them.
The "why we ask" of each names the health-service page the rule rests on (triage/sources.py).
"""

from __future__ import annotations

from twitch_app.triage.sources import SOURCES

from .model import Answers, Kind, Option, Question, Section, none_of_these, not_sure

LEG_AREA_IDS = frozenset({"leg", "calf", "foot"})


def cite(*keys: str) -> tuple[str, ...]:
    return tuple(SOURCES[key].title for key in keys)


def chosen(answers: Answers, question_id: str) -> frozenset[str]:
    return frozenset(answers.get(question_id, ()))


def symptom(option_id: str, label: str, name: str, hint: str = "") -> Option:
    return Option(option_id, label, (("symptoms", name),), hint)


def yes_symptom(name: str) -> tuple[Option, ...]:
    return (symptom("yes", "Yes", name), Option("no", "No"), not_sure())


EMERGENCY = Question(
    id="emergency_signs",
    section=Section.SAFETY,
    kind=Kind.MULTI,
    red_flag=True,
    prompt="Is any of this happening now, or did it happen with the twitching?",
    help="Tick all that apply. If any of these is happening right now, call for help first.",
    options=(
        symptom("face_drooping", "One side of the face suddenly droops", "face_drooping"),
        symptom(
            "sudden_weakness",
            "Sudden weakness or numbness in an arm, a leg or one side of the body",
            "sudden_weakness_one_side",
        ),
        symptom("trouble_speaking", "Sudden trouble speaking", "trouble_speaking"),
        symptom("trouble_breathing", "Trouble breathing", "trouble_breathing"),
        symptom("choking", "Choking, or cannot swallow even saliva", "cannot_swallow_or_choking"),
        symptom("passed_out", "Passed out and not fully back to normal", "loss_of_consciousness"),
        symptom("seizure", "A seizure (fit), and I do not have epilepsy", "seizure"),
        Option(
            "seizure_epilepsy",
            "A seizure, and I have epilepsy",
            (("symptoms", "seizure"), ("conditions", "epilepsy")),
        ),
        none_of_these(),
    ),
    why=(
        "A face that droops, an arm or leg that suddenly goes weak or numb, or slurred speech can "
        "be a stroke; choking, breathing trouble, not coming round and a first seizure need "
        "emergency help too. So we ask about them before anything else."
    ),
    sources=cite("nhs_stroke", "nhs_seizure", "nhs_fainting"),
)

MUSCLE_SIGNS = Question(
    id="muscle_signs",
    section=Section.SAFETY,
    kind=Kind.MULTI,
    red_flag=True,
    prompt="Have you noticed any of these in your muscles?",
    child_prompt="Has your child noticed any of these in their muscles?",
    help="Tick all that apply.",
    options=(
        symptom("weakness", "Weakness: the muscle is hard to use", "weakness"),
        Option(
            "face_weak",
            "One side of my face has become weak over hours or days",
            (("symptoms", "weakness"), ("areas", "face")),
        ),
        symptom("muscle_wasting", "A muscle looks thinner than before", "muscle_wasting"),
        symptom("stiffness", "Stiffness", "stiffness"),
        symptom("numbness", "Numbness, tingling or pins and needles", "numbness_or_tingling"),
        symptom("spreading", "The twitching is spreading to new places", "spreading"),
        symptom("pain", "Pain in the twitching area", "pain"),
        symptom("cramps", "Cramps", "cramps"),
        none_of_these(),
    ),
    why=(
        "Twitching with weakness, stiffness or a thinner muscle needs a doctor's examination "
        "within a week; a face that has gone weak on one side needs one today, because treatment "
        "for Bell's palsy works best within 72 hours. Cramps and pain point to everyday causes."
    ),
    sources=cite("nice_ng127_adults", "nhs_bells_palsy", "nhs_twitching"),
)

ILLNESS_SIGNS = Question(
    id="illness_signs",
    section=Section.SAFETY,
    kind=Kind.MULTI,
    red_flag=True,
    prompt="Do you have any of these as well?",
    child_prompt="Does your child have any of these as well?",
    help="Tick all that apply.",
    options=(
        symptom("fever", "A fever (feeling hot and shivery)", "fever"),
        symptom("severe_headache", "A severe headache", "severe_headache"),
        symptom("headache", "A mild headache", "headache"),
        symptom("nausea", "Feeling sick or being sick", "nausea_or_vomiting"),
        symptom("confusion", "New confusion, agitation or unusual drowsiness", "confusion"),
        symptom("head_injury", "A knock to the head in the last few days", "head_injury"),
        symptom("fainted", "I fainted, then came round fully", "brief_faint"),
        symptom("swallowing", "Trouble swallowing food or drink", "trouble_swallowing"),
        none_of_these(),
    ),
    why=(
        "A fever with a severe headache or confusion can be meningitis; confusion, being sick or "
        "passing out after a knock to the head need A&E. A faint, new confusion or trouble "
        "swallowing need a doctor the same day."
    ),
    sources=cite("nhs_meningitis", "nhs_head_injury", "nhs_confusion", "nhs_dysphagia"),
)


def _fever_or_headache(answers: Answers) -> bool:
    illness = {"fever", "severe_headache", "headache", "confusion"}
    return bool(chosen(answers, "illness_signs") & illness)


STIFF_NECK = Question(
    id="stiff_neck",
    section=Section.SAFETY,
    kind=Kind.SINGLE,
    red_flag=True,
    ask_if=_fever_or_headache,
    prompt="Is your neck stiff, so that it hurts to bend your chin down to your chest?",
    child_prompt=(
        "Is your child's neck stiff, so that it hurts to bend their chin down to their chest?"
    ),
    options=yes_symptom("stiff_neck"),
    why=(
        "With a fever and a severe headache, a stiff neck is a sign of meningitis, which needs "
        "emergency help; with a fever or headache alone it needs a doctor today."
    ),
    sources=cite("nhs_meningitis"),
)


def _unwell(answers: Answers) -> bool:
    illness = {"fever", "severe_headache", "headache", "confusion", "nausea"}
    return bool(chosen(answers, "illness_signs") & illness)


RASH = Question(
    id="rash",
    section=Section.SAFETY,
    kind=Kind.SINGLE,
    red_flag=True,
    ask_if=_unwell,
    prompt=(
        "Do you have spots or a rash that does not fade when the side of a clear glass is "
        "pressed against it?"
    ),
    child_prompt=(
        "Does your child have spots or a rash that does not fade when the side of a clear glass "
        "is pressed against it?"
    ),
    help=(
        "On brown or black skin a rash can be easier to see on the palms, the soles of the feet "
        "or the tummy."
    ),
    options=yes_symptom("rash_not_fading"),
    why=(
        "With a fever, a headache or feeling sick, a rash that does not fade under a glass can "
        "be sepsis or meningitis, which need emergency help at once. Do not wait for a rash if "
        "you feel very unwell."
    ),
    sources=cite("nhs_meningitis", "nhs_sepsis"),
)


def _legs_or_pain(answers: Answers) -> bool:
    return bool(
        chosen(answers, "areas") & LEG_AREA_IDS
        or chosen(answers, "muscle_signs") & {"pain", "cramps"}
    )


LEG_CLOT = Question(
    id="leg_clot",
    section=Section.TWITCH,
    kind=Kind.SINGLE,
    red_flag=True,
    ask_if=_legs_or_pain,
    prompt="Is one leg or calf swollen, red, warm or painful to touch?",
    options=yes_symptom("leg_swollen_red_or_warm"),
    why=(
        "A calf twitch or cramp is usually harmless, but one swollen, warm, red or painful leg "
        "can be a blood clot (DVT), which needs a doctor the same day."
    ),
    sources=cite("nhs_dvt"),
)


def _back_legs_or_nerves(answers: Answers) -> bool:
    return bool(
        "back" in chosen(answers, "areas")
        or chosen(answers, "muscle_signs") & {"weakness", "numbness"}
    )


SPINE = Question(
    id="spine_signs",
    section=Section.TWITCH,
    kind=Kind.MULTI,
    red_flag=True,
    ask_if=_back_legs_or_nerves,
    prompt="Have you noticed any of these since the twitching began?",
    child_prompt="Has your child had any of these since the twitching began?",
    help="Tick all that apply.",
    options=(
        symptom(
            "bladder_bowel",
            "New trouble controlling my bladder or bowels",
            "bladder_or_bowel_problems",
        ),
        symptom(
            "saddle_numbness", "Numbness around my genitals or bottom", "bladder_or_bowel_problems"
        ),
        symptom("back_pain", "Back pain, or pain running down a leg", "back_pain"),
        none_of_these(),
    ),
    why=(
        "Rarely, the nerves at the base of the spine get squeezed. Losing bladder or bowel "
        "control or numbness around the bottom with back pain or weak legs needs A&E at once."
    ),
    sources=cite("nhs_cauda_equina"),
)


def _muscle_pain_fever_or_exercise(answers: Answers) -> bool:
    return bool(
        chosen(answers, "muscle_signs") & {"weakness", "pain", "cramps"}
        or "fever" in chosen(answers, "illness_signs")
        or "after_exercise" in chosen(answers, "when")
    )


DARK_URINE = Question(
    id="dark_urine",
    section=Section.TWITCH,
    kind=Kind.SINGLE,
    red_flag=True,
    ask_if=_muscle_pain_fever_or_exercise,
    prompt=(
        "Has your urine turned dark, like cola or strong tea, since hard exercise, a fever or a "
        "new medicine?"
    ),
    child_prompt=(
        "Has your child's urine turned dark, like cola or strong tea, since hard exercise, a "
        "fever or a new medicine?"
    ),
    options=yes_symptom("dark_urine"),
    why=(
        "Sore or weak muscles with dark urine can mean muscle breakdown, which can harm the "
        "kidneys and needs a doctor the same day."
    ),
    sources=cite("nhs_statin_muscle"),
)
