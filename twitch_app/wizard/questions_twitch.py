"""The twitch itself: where, when, how long and how often.

The warning-sign questions live in questions_safety.py; flow.py sets the order.
"""

from __future__ import annotations

from twitch_app.ids import (
    HOW_TO_STOP,
    TWITCHES_DURING_SLEEP,
    TWITCHING_WHILE_SLEEPING,
    WHAT_TO_DO,
    WHY_SUDDENLY,
)
from twitch_app.triage.sources import SOURCES

from .model import Answers, Kind, Option, Question, Section, none_of_these, not_sure, yes_no

LEG_AREA_IDS = frozenset({"leg", "calf", "foot"})
EYE_AREA_IDS = frozenset({"eyelid", "face"})
NIGHT_WHEN_IDS = frozenset({"falling_asleep", "asleep"})

# Label, and a hint that helps someone find the right region.
AREA_LABELS: dict[str, str] = {
    "eyelid": "Eyelid",
    "face": "Face (cheek, lips, jaw)",
    "neck": "Neck",
    "shoulder": "Shoulder",
    "arm": "Arm",
    "hand": "Hand or fingers",
    "chest": "Chest",
    "back": "Back",
    "abdomen": "Tummy (abdomen)",
    "leg": "Thigh or knee",
    "calf": "Calf",
    "foot": "Foot or toes",
    "whole_body": "Whole body (a jolt)",
}


def _chosen(answers: Answers, question_id: str) -> frozenset[str]:
    return frozenset(answers.get(question_id, ()))


def _twitch_near_the_eye(answers: Answers) -> bool:
    return bool(_chosen(answers, "areas") & EYE_AREA_IDS)


def _legs_or_night(answers: Answers) -> bool:
    return bool(
        _chosen(answers, "areas") & LEG_AREA_IDS or _chosen(answers, "when") & NIGHT_WHEN_IDS
    )


def _symptom(option_id: str, label: str, symptom: str, hint: str = "") -> Option:
    return Option(option_id, label, (("symptoms", symptom),), hint)


AREAS = Question(
    id="areas",
    section=Section.TWITCH,
    kind=Kind.AREAS,
    prompt="Where do you feel the twitching?",
    child_prompt="Where does your child feel the twitching?",
    help="Tap the body outline or tick the list. Pick every place.",
    options=tuple(Option(area, label, (("areas", area),)) for area, label in AREA_LABELS.items()),
    why=(
        "The place says a lot: eyelid twitches and jolts when falling asleep are very common and "
        "harmless, while twitching in several places at once is worth a doctor's check."
    ),
    sources=(HOW_TO_STOP, TWITCHING_WHILE_SLEEPING),
)

EYE_SIGNS = Question(
    id="eye_signs",
    section=Section.TWITCH,
    kind=Kind.MULTI,
    ask_if=_twitch_near_the_eye,
    prompt="Is anything else happening with your eye?",
    child_prompt="Is anything else happening with your child's eye?",
    help="Tick all that apply.",
    options=(
        _symptom("closes_fully", "Both eyes squeeze shut tightly", "eyelid_closes_fully"),
        _symptom("drooping_eyelid", "The eyelid droops", "drooping_eyelid"),
        Option("face_joins", "Other muscles of my face twitch too", (("areas", "face"),)),
        _symptom(
            "red_or_swollen", "The eye is red, swollen or has discharge", "eye_red_or_swollen"
        ),
        none_of_these(),
    ),
    why=(
        "A plain eyelid flicker is common and harmless, even when it comes back. Both eyes "
        "shutting tight, a drooping lid or other face muscles joining in are worth a GP visit; "
        "a red or sore eye is one for a pharmacist first."
    ),
    sources=(TWITCHING_WHILE_SLEEPING, SOURCES["nice_ng127_adults"].title),
)

WHEN = Question(
    id="when",
    section=Section.TWITCH,
    kind=Kind.MULTI,
    prompt="When does it happen?",
    help="Tick all that apply.",
    options=(
        Option("falling_asleep", "As I fall asleep", (("when", "falling_asleep"),)),
        Option("asleep", "While I sleep (someone noticed, or it wakes me)", (("when", "asleep"),)),
        Option("resting", "When I sit or lie still", (("when", "resting"),)),
        Option("moving", "When I move or use the muscle", (("when", "moving"),)),
        Option("after_exercise", "After exercise or hard work", (("when", "after_exercise"),)),
        Option("any_time", "At any time, moving or resting", (("when", "any_time"),)),
        not_sure(),
    ),
    why=(
        "A jolt while dropping off is a harmless hypnic jerk; twitches after exercise point to "
        "tired muscles or fluid loss. Harmless twitches come at any time too, moving or "
        "resting: that needs a check only with weakness, a thinner muscle or spreading."
    ),
    sources=(
        TWITCHES_DURING_SLEEP,
        HOW_TO_STOP,
        WHY_SUDDENLY,
        SOURCES["nice_ng127_adults"].title,
    ),
)

LEGS_FEELING = Question(
    id="legs_feeling",
    section=Section.TWITCH,
    kind=Kind.SINGLE,
    ask_if=_legs_or_night,
    prompt="When you rest, do you get a strong urge to move your legs?",
    child_prompt="When your child rests, do they get a strong urge to move their legs?",
    help="Often with creeping, tingling or aching feelings that ease when you move.",
    options=(
        Option("yes", "Yes", (("symptoms", "urge_to_move_legs"),)),
        Option("no", "No"),
        not_sure(),
    ),
    why=(
        "That urge is the main sign of restless legs syndrome, a common condition a doctor can "
        "treat."
    ),
    sources=(WHAT_TO_DO, TWITCHING_WHILE_SLEEPING),
)

DURATION = Question(
    id="duration",
    section=Section.TWITCH,
    kind=Kind.SINGLE,
    prompt="How long has it been going on?",
    options=(
        Option("today", "It started today", (("duration_days", 0),)),
        Option("days", "A few days", (("duration_days", 3),)),
        Option("week", "About a week", (("duration_days", 7),)),
        Option("two_weeks", "Up to 2 weeks", (("duration_days", 14),)),
        Option("longer", "More than 2 weeks", (("duration_days", 21),)),
        Option("months", "1 to 3 months", (("duration_days", 30),)),
        Option("over_3_months", "More than 3 months", (("duration_days", 91),)),
        not_sure(),
    ),
    why=(
        "Most twitches fade within a few days or weeks. One that lasts more than 2 weeks is "
        "worth a visit to your GP (for a lone eyelid flicker, more than 3 months); jolts only "
        "as you fall asleep are normal however long they have gone on."
    ),
    sources=(HOW_TO_STOP, WHAT_TO_DO, WHY_SUDDENLY),
)

COMES_BACK = Question(
    id="comes_back",
    section=Section.TWITCH,
    kind=Kind.SINGLE,
    prompt="Has it gone away and come back more than once?",
    options=yes_no("keeps_coming_back"),
    why="A twitch that keeps coming back is worth a GP visit, just like one that lasts.",
    sources=(HOW_TO_STOP,),
)

FREQUENCY = Question(
    id="frequency",
    section=Section.TWITCH,
    kind=Kind.SINGLE,
    prompt="How often does it happen?",
    options=(
        Option("occasional", "Now and then", (("frequency", "occasional"),)),
        Option("daily", "Every day", (("frequency", "daily"),)),
        Option("many", "Many times a day", (("frequency", "many_times_a_day"),)),
        Option("constant", "Almost all the time", (("frequency", "constant"),)),
        not_sure(),
    ),
    why="Doctors ask how often it happens; your answer goes into the summary for them.",
    sources=(HOW_TO_STOP,),
)

GETTING_WORSE = Question(
    id="getting_worse",
    section=Section.TWITCH,
    kind=Kind.SINGLE,
    prompt="Is it getting worse?",
    options=yes_no("getting_worse"),
    why=(
        "A twitch that is getting worse is checked again sooner, and together with weakness it "
        "needs a doctor the same day."
    ),
    sources=(HOW_TO_STOP,),
)

IMPACT = Question(
    id="impact",
    section=Section.TWITCH,
    kind=Kind.MULTI,
    prompt="Does it get in the way of your life?",
    child_prompt="Does it get in the way of your child's life?",
    help="Tick all that apply.",
    options=(
        _symptom("daily_life", "It affects my work or daily life", "affects_daily_life"),
        _symptom("sleep", "It keeps me from sleeping", "disturbs_sleep"),
        none_of_these("No, it is just annoying"),
    ),
    why=(
        "Twitches that are frequent or strong enough to spoil work, sleep or enjoying life are a "
        "good reason to see a GP, even when the cause is harmless."
    ),
    sources=(HOW_TO_STOP,),
)

TWITCH_QUESTIONS: tuple[Question, ...] = (
    AREAS,
    EYE_SIGNS,
    WHEN,
    LEGS_FEELING,
    DURATION,
    COMES_BACK,
    FREQUENCY,
    GETTING_WORSE,
    IMPACT,
)
