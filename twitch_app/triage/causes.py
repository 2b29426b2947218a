"""Scoring the everyday causes, with reasons in the person's own terms.

Each cause has one scorer that returns clues: points plus a sentence such as "you have 5 drinks
with caffeine a day". A cause's score is the sum of its clues. Points are rough weights, not
probabilities: 3-4 for a direct clue, 1-2 for a supporting one, 0.5-1 for a general base rate.
`rare_conditions` has no scorer on purpose: it is never ranked (red flags cover it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from twitch_app.ids import NEVER_RANKED_CAUSES

from .amount_words import alcohol_words, caffeine_words, sleep_words
from .findings import Findings
from .findings_spec import Area, Condition, MedicineKind, Symptom, When

S = Symptom
LIMB_OR_SPINE_AREAS = frozenset(
    {Area.NECK, Area.SHOULDER, Area.ARM, Area.HAND, Area.BACK, Area.LEG, Area.CALF, Area.FOOT}
)
LEG_AREAS = frozenset({Area.LEG, Area.CALF, Area.FOOT})
# Where harmless fine twitches (fasciculations) are most often felt; the eyelid has its own card.
FASCICULATION_AREAS = frozenset({Area.CALF, Area.LEG, Area.ARM, Area.HAND, Area.FACE})
MEDICINE_PHRASES = {
    MedicineKind.ANTIDEPRESSANT: "you take an antidepressant; some can cause twitching",
    MedicineKind.ANTIPSYCHOTIC: "you take an antipsychotic; some can cause twitching",
    MedicineKind.DIURETIC: "you take water tablets (diuretics), which can upset salt balance",
    MedicineKind.STIMULANT: "you take a stimulant medicine, which can make muscles jumpy",
    MedicineKind.CORTICOSTEROID: "you take a steroid medicine, which can affect muscles",
    MedicineKind.ASTHMA_INHALER: "you use an asthma inhaler; some can cause shakes and twitches",
}


@dataclass(frozen=True)
class Clue:
    points: float
    reason: str


@dataclass(frozen=True)
class CauseMatch:
    id: str
    score: float
    reasons: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "score": self.score, "reasons": list(self.reasons)}


def _exercise(f: Findings) -> bool:
    return bool(f.lifestyle.hard_exercise) or When.AFTER_EXERCISE in f.when


def _poor_diet(f: Findings) -> bool:
    return f.lifestyle.balanced_diet is False


def _stress(f: Findings) -> list[Clue]:
    stress = f.lifestyle.stress
    if stress is None:
        return [Clue(1, "stress and worry are the most common everyday cause of twitches")]
    if stress >= 6:
        return [Clue(3, f"you rate your stress at {stress} out of 10")]
    if stress >= 4:
        return [Clue(1, f"you rate your stress at {stress} out of 10, which can keep nerves alert")]
    return []


def _caffeine(f: Findings) -> list[Clue]:
    cups = f.lifestyle.caffeine_drinks_per_day
    if cups is None or cups < 3:
        return []
    reason = (
        f"you have {caffeine_words(cups)} drinks with caffeine a day (coffee, tea, cola, energy)"
    )
    return [Clue(3 if cups >= 4 else 1.5, reason)]


def _alcohol(f: Findings) -> list[Clue]:
    units = f.lifestyle.alcohol_units_per_week
    if units is None or units < 7:
        return []
    return [Clue(2.5 if units > 14 else 1, f"you drink {alcohol_words(units)} of alcohol a week")]


def _dehydration(f: Findings) -> list[Clue]:
    clues = []
    if f.lifestyle.drinks_enough_water is False:
        clues.append(Clue(3, "you feel you don't drink enough water"))
    if f.lifestyle.hard_exercise and S.CRAMPS in f.symptoms:
        clues.append(Clue(1.5, "cramps with hard exercise can mean fluid lost in sweat"))
    if When.AFTER_EXERCISE in f.when:
        clues.append(Clue(1, "the twitches come after exercise, when you may be low on fluid"))
    return clues


def _magnesium(f: Findings) -> list[Clue]:
    clues = []
    if Condition.PREGNANCY in f.conditions:
        clues.append(Clue(2, "pregnancy raises the body's need for magnesium"))
    if _poor_diet(f):
        clues.append(
            Clue(1.5, "your diet may be short of nuts, greens and beans, rich in magnesium")
        )
    if f.lifestyle.hard_exercise:
        clues.append(Clue(0.5, "people who train hard need more magnesium"))
    if (f.lifestyle.stress or 0) >= 6:
        clues.append(Clue(0.5, "stress uses up magnesium"))
    return clues


def _potassium(f: Findings) -> list[Clue]:
    clues = []
    if S.CRAMPS in f.symptoms and _exercise(f):
        clues.append(Clue(2, "cramps with exercise can mean potassium lost in sweat"))
    if MedicineKind.DIURETIC in f.medicines.kinds:
        clues.append(Clue(1.5, "water tablets (diuretics) can lower potassium"))
    if Condition.KIDNEY_DISEASE in f.conditions:
        clues.append(Clue(1, "kidney disease can upset potassium levels"))
    return clues


def _calcium(f: Findings) -> list[Clue]:
    clues = []
    if _poor_diet(f):
        clues.append(Clue(1, "a diet low in dairy and greens can leave calcium low"))
    if Condition.KIDNEY_DISEASE in f.conditions:
        clues.append(Clue(1, "kidney disease can upset calcium levels"))
    return clues


def _vitamin_d(f: Findings) -> list[Clue]:
    if not _poor_diet(f):
        return []
    return [Clue(0.5, "vitamin D is often low with little sun and few fortified foods")]


def _other_nutrients(f: Findings) -> list[Clue]:
    if not _poor_diet(f):
        return []
    return [Clue(1, "a less varied diet can be short of B vitamins, iron, folate or zinc")]


def sleep_need(age: int | None) -> tuple[float, str] | None:
    """The fewest hours of sleep a night recommended at this age, and how to say it.

    National Sleep Foundation panel (Sleep Health, 2015): adults 7 to 9, teenagers 8 to 10,
    school-age children 9 to 11, younger children more. None for a baby: a baby's sleep is not
    scored as a cause. Age is the lower end of the band the person chose.
    """
    if age is None or age >= 18:
        return 7, "adults need about 7 to 9 hours"
    if age >= 14:
        return 8, "teenagers need about 8 to 10 hours"
    if age >= 1:
        return 9, "children need more sleep than adults: about 9 to 11 hours at school age"
    return None


def _sleep(f: Findings) -> list[Clue]:
    hours = f.lifestyle.sleep_hours
    need = sleep_need(f.age)
    if hours is None or need is None or hours >= need[0]:
        return []
    minimum, recommended = need
    reason = f"you sleep {sleep_words(hours)} a night; {recommended}"
    return [Clue(3 if hours < minimum - 1 else 2, reason)]


def _overexertion(f: Findings) -> list[Clue]:
    clues = []
    if f.lifestyle.hard_exercise:
        clues.append(Clue(2, "you do hard training or heavy physical work"))
    if When.AFTER_EXERCISE in f.when:
        clues.append(Clue(2, "the twitches come after exercise"))
    return clues


def _medication(f: Findings) -> list[Clue]:
    clues = []
    if f.medicines.new_medicine:
        clues.append(Clue(3, "you started a new medicine shortly before the twitching began"))
    if f.medicines.dose_increased:
        clues.append(Clue(3, "a medicine's dose was raised shortly before the twitching began"))
    for kind, phrase in MEDICINE_PHRASES.items():
        if kind in f.medicines.kinds:
            clues.append(Clue(2, phrase))
    return clues


def _pregnancy(f: Findings) -> list[Clue]:
    """Pregnancy has its own card (leg cramps, and the clot and pre-eclampsia warnings)."""
    if Condition.PREGNANCY not in f.conditions:
        return []
    clues = [Clue(2, "you are pregnant; the pregnancy card says what is common and what to watch")]
    if f.areas & LEG_AREAS or S.CRAMPS in f.symptoms:
        clues.append(Clue(1, "leg cramps and twitches are common in pregnancy, mostly late on"))
    return clues


def _hormonal(f: Findings) -> list[Clue]:
    """Puberty for 10 to 17; menopause only for the 45-55 band, and never in pregnancy
    (pregnancy has its own card). The app does not ask sex, so the clue names whom it is for."""
    clues = []
    if f.age is not None and 10 <= f.age <= 17:
        clues.append(Clue(1, "hormones change a lot around puberty"))
    if f.age is not None and 45 <= f.age <= 55 and Condition.PREGNANCY not in f.conditions:
        clues.append(
            Clue(
                0.5,
                "for women in their 40s and 50s, the hormone changes of menopause can play a part",
            )
        )
    return clues


def _food(f: Findings) -> list[Clue]:
    if not f.lifestyle.suspects_food:
        return []
    return [Clue(3, "you noticed the twitches after eating certain foods")]


def _nerve_compression(f: Findings) -> list[Clue]:
    clues = []
    limbs = sorted(f.areas & LIMB_OR_SPINE_AREAS)
    if S.NUMBNESS_OR_TINGLING in f.symptoms and limbs:
        where = " and ".join(str(area) for area in limbs)
        clues.append(Clue(2, f"numbness or tingling in your {where} can come from a pressed nerve"))
    if S.PAIN in f.symptoms and f.areas & {Area.NECK, Area.BACK}:
        clues.append(Clue(1, "neck or back pain can go with a pinched nerve"))
    return clues


def _restless_legs(f: Findings) -> list[Clue]:
    clues = []
    legs = bool(f.areas & LEG_AREAS)
    if S.URGE_TO_MOVE_LEGS in f.symptoms:
        clues.append(Clue(4, "you feel an urge to move your legs"))
    if legs and When.ASLEEP in f.when:
        clues.append(Clue(1.5, "your legs twitch while you sleep"))
    if legs and When.FALLING_ASLEEP in f.when and f.has_symptom(S.NUMBNESS_OR_TINGLING, S.PAIN):
        clues.append(Clue(1, "your legs feel odd or hurt as you fall asleep"))
    return clues


def _genetics(f: Findings) -> list[Clue]:
    return [Clue(2.5, "twitching runs in your family")] if f.runs_in_family else []


def _hypnic_jerk(f: Findings) -> list[Clue]:
    if When.FALLING_ASLEEP not in f.when:
        return []
    clues = [Clue(3, "the twitches come as you fall asleep, which is very common and harmless")]
    if Area.WHOLE_BODY in f.areas:
        clues.append(Clue(1, "a whole-body jolt just as you drop off is typical of this"))
    return clues


def _benign_fasciculation(f: Findings) -> list[Clue]:
    # With weakness or muscle loss, a doctor has to look first (red flag D3): no reassurance here.
    if f.has_symptom(S.WEAKNESS, S.MUSCLE_WASTING):
        return []
    clues = [Clue(0.5, "most twitches have an everyday cause and fade within days or weeks")]
    fine_twitch_areas = sorted(f.areas & FASCICULATION_AREAS)
    if fine_twitch_areas:
        where = " and ".join(str(area) for area in fine_twitch_areas)
        clues.append(Clue(1.5, f"small twitches in the {where} without weakness are common"))
    return clues


def _eyelid(f: Findings) -> list[Clue]:
    if Area.EYELID not in f.areas:
        return []
    return [Clue(4, "the twitch is in your eyelid, a very common place for harmless twitches")]


# Table order breaks ties between equal scores, so the result is always the same.
SCORERS: dict[str, Callable[[Findings], list[Clue]]] = {
    "eyelid_twitch": _eyelid,
    "hypnic_jerk": _hypnic_jerk,
    "restless_legs": _restless_legs,
    "stress_anxiety": _stress,
    "caffeine": _caffeine,
    "sleep_deprivation": _sleep,
    "alcohol": _alcohol,
    "dehydration": _dehydration,
    "overexertion": _overexertion,
    "medication": _medication,
    "pregnancy": _pregnancy,
    "potassium_deficiency": _potassium,
    "magnesium_deficiency": _magnesium,
    "hormonal_changes": _hormonal,
    "food_sensitivity": _food,
    "nerve_compression": _nerve_compression,
    "genetics": _genetics,
    "calcium_deficiency": _calcium,
    "other_nutrient_gaps": _other_nutrients,
    "vitamin_d_deficiency": _vitamin_d,
    "benign_fasciculation": _benign_fasciculation,
}
assert not NEVER_RANKED_CAUSES & SCORERS.keys(), "rare conditions must never be ranked"


def rank_causes(findings: Findings) -> tuple[CauseMatch, ...]:
    """Every cause with at least one clue, most likely first."""
    matches = []
    for order, (cause_id, scorer) in enumerate(SCORERS.items()):
        clues = scorer(findings)
        if clues:
            score = float(sum(clue.points for clue in clues))
            matches.append(
                (-score, order, CauseMatch(cause_id, score, tuple(c.reason for c in clues)))
            )
    return tuple(match for *_, match in sorted(matches))
