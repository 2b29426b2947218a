"""The words the triage engine understands, in one place.

Every answer the wizard can give is listed here, and both the validator (findings.py) and the
published JSON Schema (schema.py) are generated from FINDINGS_SPEC below, so the two can never
disagree. Ids for causes, remedies, routines and red flags are the app-wide ones in
twitch_app/ids.py; body areas are the shared BODY_AREA_IDS, typed as the Area enum.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Area(StrEnum):
    EYELID = "eyelid"
    FACE = "face"
    NECK = "neck"
    SHOULDER = "shoulder"
    ARM = "arm"
    HAND = "hand"
    CHEST = "chest"
    BACK = "back"
    ABDOMEN = "abdomen"
    LEG = "leg"
    CALF = "calf"
    FOOT = "foot"
    WHOLE_BODY = "whole_body"


class When(StrEnum):
    FALLING_ASLEEP = "falling_asleep"
    ASLEEP = "asleep"
    RESTING = "resting"
    MOVING = "moving"
    AFTER_EXERCISE = "after_exercise"
    ANY_TIME = "any_time"


class Frequency(StrEnum):
    OCCASIONAL = "occasional"
    DAILY = "daily"
    MANY_TIMES_A_DAY = "many_times_a_day"
    CONSTANT = "constant"


class Symptom(StrEnum):
    WEAKNESS = "weakness"
    MUSCLE_WASTING = "muscle_wasting"
    STIFFNESS = "stiffness"
    NUMBNESS_OR_TINGLING = "numbness_or_tingling"
    PAIN = "pain"
    CRAMPS = "cramps"
    URGE_TO_MOVE_LEGS = "urge_to_move_legs"
    FEVER = "fever"
    HEADACHE = "headache"
    SEVERE_HEADACHE = "severe_headache"
    NAUSEA_OR_VOMITING = "nausea_or_vomiting"
    SEIZURE = "seizure"
    LOSS_OF_CONSCIOUSNESS = "loss_of_consciousness"
    TROUBLE_BREATHING = "trouble_breathing"
    TROUBLE_SWALLOWING = "trouble_swallowing"
    TROUBLE_SPEAKING = "trouble_speaking"
    FACE_DROOPING = "face_drooping"
    EYELID_CLOSES_FULLY = "eyelid_closes_fully"
    EYE_RED_OR_SWOLLEN = "eye_red_or_swollen"
    DROOPING_EYELID = "drooping_eyelid"
    SPREADING = "spreading"
    AFFECTS_DAILY_LIFE = "affects_daily_life"
    DISTURBS_SLEEP = "disturbs_sleep"
    # Issue 20: signs a GP would not want missed (see rules.py and HAZARD_LOG.md).
    SUDDEN_WEAKNESS_ONE_SIDE = "sudden_weakness_one_side"
    CONFUSION = "confusion"
    HEAD_INJURY = "head_injury"
    BLADDER_OR_BOWEL_PROBLEMS = "bladder_or_bowel_problems"
    NECK_TWISTING_OR_EYES_ROLLING = "neck_twisting_or_eyes_rolling"
    LEG_SWOLLEN_RED_OR_WARM = "leg_swollen_red_or_warm"
    DARK_URINE = "dark_urine"
    STIFF_NECK = "stiff_neck"
    # What splits the old emergency answers into what is and is not an emergency.
    CANNOT_SWALLOW_OR_CHOKING = "cannot_swallow_or_choking"
    BRIEF_FAINT = "brief_faint"
    BACK_PAIN = "back_pain"
    # Meningitis and sepsis: a rash that does not fade when a glass is pressed on it.
    RASH_NOT_FADING = "rash_not_fading"
    # Serotonin syndrome on an antidepressant: the signs its rules need beyond fever and confusion.
    HIGH_FEVER = "high_fever"
    SWEATING = "sweating"
    AGITATION = "agitation"


class MedicineKind(StrEnum):
    ANTIDEPRESSANT = "antidepressant"
    ANTIPSYCHOTIC = "antipsychotic"
    DIURETIC = "diuretic"
    STIMULANT = "stimulant"
    CORTICOSTEROID = "corticosteroid"
    ASTHMA_INHALER = "asthma_inhaler"
    OTHER = "other"


class Condition(StrEnum):
    EPILEPSY = "epilepsy"
    PREGNANCY = "pregnancy"
    NEW_DIAGNOSIS = "new_diagnosis"
    KIDNEY_DISEASE = "kidney_disease"
    OTHER = "other"


class Urgency(StrEnum):
    """How soon to get help. Declared from least to most urgent; `rank` orders them."""

    SELF_CARE = "self_care"
    SEE_DOCTOR = "see_doctor"
    URGENT = "urgent"
    EMERGENCY = "emergency"

    @property
    def rank(self) -> int:
        return list(Urgency).index(self)


# --- The findings vocabulary, described once -------------------------------------------------


@dataclass(frozen=True)
class NumberField:
    description: str
    minimum: float
    maximum: float
    integer: bool = False


@dataclass(frozen=True)
class BoolField:
    description: str


@dataclass(frozen=True)
class ChoiceField:
    """One value out of `choices`."""

    description: str
    choices: tuple[str, ...]


@dataclass(frozen=True)
class ListField:
    """Any number of distinct values out of `choices`."""

    description: str
    choices: tuple[str, ...]


@dataclass(frozen=True)
class GroupField:
    description: str
    fields: dict[str, FieldSpec]


FieldSpec = NumberField | BoolField | ChoiceField | ListField | GroupField


def _values(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in enum)


FINDINGS_SPEC: dict[str, FieldSpec] = {
    "age": NumberField("Age in years.", 0, 120, integer=True),
    "areas": ListField("Where the twitching is.", _values(Area)),
    "when": ListField("When the twitching happens (several may apply).", _values(When)),
    "duration_days": NumberField("How many days it has been going on.", 0, 36500),
    "keeps_coming_back": BoolField("The twitch went away and came back more than once."),
    "frequency": ChoiceField("How often it happens.", _values(Frequency)),
    "getting_worse": BoolField("The twitching is getting worse."),
    "symptoms": ListField("Other things noticed along with the twitching.", _values(Symptom)),
    "lifestyle": GroupField(
        "Everyday habits that can cause or feed twitching.",
        {
            "caffeine_drinks_per_day": NumberField(
                "Cups of coffee, tea, cola or energy drinks a day.", 0, 30
            ),
            "alcohol_units_per_week": NumberField("Units of alcohol a week.", 0, 200),
            "sleep_hours": NumberField("Usual hours of sleep a night.", 0, 24),
            "stress": NumberField("Stress from 0 (none) to 10 (extreme).", 0, 10, integer=True),
            "hard_exercise": BoolField("Does hard training or heavy physical work."),
            "drinks_enough_water": BoolField("Drinks enough water most days."),
            "balanced_diet": BoolField("Eats a varied diet with fruit, vegetables and dairy."),
            "suspects_food": BoolField("Twitches seem to follow a particular food."),
        },
    ),
    "medicines": GroupField(
        "Medicines taken.",
        {
            "new_medicine": BoolField("Started a new medicine shortly before the twitching."),
            "dose_increased": BoolField(
                "The dose of a medicine was raised shortly before the twitching."
            ),
            "kinds": ListField("Kinds of medicine taken now.", _values(MedicineKind)),
        },
    ),
    "conditions": ListField("Known health conditions or situations.", _values(Condition)),
    "runs_in_family": BoolField("Twitching runs in the family."),
}
