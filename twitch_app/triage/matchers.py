"""Small matchers the rule table is written with.

Each returns the answers that matched (dotted findings fields) or an empty tuple, so a red flag
can always say which answers raised it. They only look for the presence of answers, which keeps
urgency monotonic: telling us more never lowers it (the epilepsy exception is in `first_seizure`).
"""

from __future__ import annotations

from collections.abc import Callable

from .findings import Findings
from .findings_spec import Area, Condition, Frequency, MedicineKind, Symptom, When

S = Symptom
Match = tuple[str, ...]
Matcher = Callable[[Findings], Match]

TWO_WEEKS_DAYS = 14
THREE_MONTHS_DAYS = 90
AWAKE_MOMENTS = frozenset({When.RESTING, When.MOVING, When.AFTER_EXERCISE, When.ANY_TIME})
LEG_AREAS = frozenset({Area.LEG, Area.CALF, Area.FOOT})
# The eyelid and the rest of the face count as one region for "more than one area": an eyelid
# twitch that spreads to the cheek is the eyelid rule's business (NICE NG127), not D2's.
FACE_REGION = frozenset({Area.EYELID, Area.FACE})
# Medicines the articles (and common prescribing advice) link to twitching as a side effect.
TWITCH_LINKED_MEDICINES = frozenset(MedicineKind) - {MedicineKind.OTHER}
REPEATED = frozenset({Frequency.DAILY, Frequency.MANY_TIMES_A_DAY, Frequency.CONSTANT})


def symptoms(*wanted: Symptom) -> Matcher:
    return lambda f: tuple(f"symptoms.{s}" for s in wanted if s in f.symptoms)


def fever(f: Findings) -> Match:
    """A fever, or a very high temperature (which is a fever too, for every fever rule)."""
    return symptoms(S.FEVER, S.HIGH_FEVER)(f)


def both(first: Match, second: Match) -> Match:
    """Both groups of answers must be present for the rule to fire."""
    return first + second if first and second else ()


def condition(f: Findings, wanted: Condition) -> Match:
    return (f"conditions.{wanted}",) if wanted in f.conditions else ()


def when(f: Findings, *moments: When) -> Match:
    return tuple(f"when.{m}" for m in moments if m in f.when)


def areas(f: Findings, wanted: frozenset[Area]) -> Match:
    return tuple(f"areas.{a}" for a in sorted(f.areas & wanted))


def medicine(f: Findings, kind: MedicineKind) -> Match:
    return (f"medicines.kinds.{kind}",) if kind in f.medicines.kinds else ()


def only_falling_asleep(f: Findings) -> bool:
    """Hypnic jerks: the twitch comes only while dropping off (D1's clock is for awake twitches)."""
    return f.when == frozenset({When.FALLING_ASLEEP})


def eyelid_only(f: Findings) -> bool:
    return f.areas == frozenset({Area.EYELID})


def long_lasting(f: Findings) -> Match:
    """D1: an awake twitch over 2 weeks, or one that keeps coming back.

    Long-standing hypnic jerks are normal, and a lone eyelid twitch has its own clock (over
    3 months, NICE NG127), so neither is counted here.
    """
    if only_falling_asleep(f) or eyelid_only(f):
        return ()
    fields: Match = ()
    if f.duration_days is not None and f.duration_days > TWO_WEEKS_DAYS:
        fields += ("duration_days",)
    if f.keeps_coming_back:
        fields += ("keeps_coming_back",)
    return fields


def first_seizure(f: Findings) -> Match:
    if Condition.EPILEPSY in f.conditions:
        return ()
    return symptoms(S.SEIZURE)(f)


def several_areas(f: Findings) -> Match:
    regions = {Area.FACE if area in FACE_REGION else area for area in f.areas}
    fields: Match = ("areas",) if len(regions) >= 2 else ()
    # A single whole-body jolt while dropping off is the harmless hypnic jerk; whole-body
    # twitching while awake is what D2 is about.
    if regions == {Area.WHOLE_BODY}:
        fields = both(("areas.whole_body",), when(f, *AWAKE_MOMENTS))
    return fields + symptoms(S.SPREADING)(f)


def linked_medicine(f: Findings) -> Match:
    fields: Match = ("medicines.new_medicine",) if f.medicines.new_medicine else ()
    if f.medicines.dose_increased:
        fields += ("medicines.dose_increased",)
    linked = sorted(f.medicines.kinds & TWITCH_LINKED_MEDICINES)
    return fields + tuple(f"medicines.kinds.{kind}" for kind in linked)


def weakness_or_wasting(f: Findings) -> Match:
    return symptoms(S.WEAKNESS, S.MUSCLE_WASTING)(f)


def moving_and_resting(f: Findings) -> Match:
    """D7 only with weakness, wasting or spreading: harmless twitches come at any time too."""
    at_any_time = when(f, When.ANY_TIME) or both(when(f, When.MOVING), when(f, When.RESTING))
    return both(at_any_time, symptoms(S.WEAKNESS, S.MUSCLE_WASTING, S.SPREADING)(f))


def restless_legs(f: Findings) -> Match:
    sensations = symptoms(S.NUMBNESS_OR_TINGLING, S.PAIN)(f)
    return symptoms(S.URGE_TO_MOVE_LEGS)(f) + both(when(f, When.FALLING_ASLEEP), sensations)


def eyelid_needs_gp(f: Findings) -> Match:
    """NICE NG127: both eyes shut tight, a drooping lid, other face muscles joining in, or an
    eyelid twitch over 3 months. A plain flicker, however often it comes back, is not referred.
    """
    eyelid = ("areas.eyelid",) if Area.EYELID in f.areas else ()
    long: tuple[str, ...] = ()
    if f.duration_days is not None and f.duration_days > THREE_MONTHS_DAYS:
        long = ("duration_days",)
    face_joins = ("areas.face",) if Area.FACE in f.areas else ()
    return both(eyelid, long + face_joins) + symptoms(S.EYELID_CLOSES_FULLY, S.DROOPING_EYELID)(f)


def epilepsy_at_night(f: Findings) -> Match:
    night = when(f, When.FALLING_ASLEEP, When.ASLEEP)
    return both(condition(f, Condition.EPILEPSY), night)


def worsening_weakness(f: Findings) -> Match:
    worse: Match = ("getting_worse",) if f.getting_worse else ()
    return both(symptoms(S.WEAKNESS)(f), worse + symptoms(S.SPREADING)(f))


def facial_weakness(f: Findings) -> Match:
    """One side of the face weak, come on over hours or days (Bell's palsy): urgent."""
    return both(symptoms(S.WEAKNESS)(f), areas(f, frozenset({Area.FACE})))


def infant_clustered_jerks(f: Findings) -> Match:
    """A baby under 1 with repeated or clustered jerks (possible infantile spasms)."""
    if f.age is None or f.age >= 1:
        return ()
    repeated: Match = ("frequency",) if f.frequency in REPEATED else ()
    if f.keeps_coming_back:
        repeated += ("keeps_coming_back",)
    repeated += areas(f, frozenset({Area.WHOLE_BODY}))
    return both(("age",), repeated)


def head_injury_danger(f: Findings) -> Match:
    danger = symptoms(
        S.CONFUSION, S.SEIZURE, S.NAUSEA_OR_VOMITING, S.LOSS_OF_CONSCIOUSNESS, S.BRIEF_FAINT
    )(f)
    return both(symptoms(S.HEAD_INJURY)(f), danger)


def confusion_with_fever_and_headache(f: Findings) -> Match:
    fever_headache = both(fever(f), symptoms(S.SEVERE_HEADACHE)(f))
    return both(symptoms(S.CONFUSION)(f), fever_headache)


def meningitis_signs(f: Findings) -> Match:
    """A stiff neck with a fever and a severe headache or confusion, or with a non-fading rash."""
    illness = both(fever(f), symptoms(S.SEVERE_HEADACHE, S.CONFUSION)(f))
    return both(symptoms(S.STIFF_NECK)(f), illness + symptoms(S.RASH_NOT_FADING)(f))


def stiff_neck_with_illness(f: Findings) -> Match:
    illness = fever(f) + symptoms(S.HEADACHE, S.SEVERE_HEADACHE)(f)
    return both(symptoms(S.STIFF_NECK)(f), illness)


def cauda_equina(f: Findings) -> Match:
    back_pain = symptoms(S.BACK_PAIN)(f) + both(
        symptoms(S.PAIN)(f), areas(f, frozenset({Area.BACK}))
    )
    leg_weakness = symptoms(S.WEAKNESS, S.SUDDEN_WEAKNESS_ONE_SIDE)(f)
    return both(symptoms(S.BLADDER_OR_BOWEL_PROBLEMS)(f), back_pain + leg_weakness)


def _on_antidepressant(f: Findings, signs: Match) -> Match:
    """An antidepressant with the signs; a new medicine or a raised dose is named when told
    (it makes serotonin syndrome likelier) but not required: it can come on a steady dose too."""
    change: Match = ("medicines.new_medicine",) if f.medicines.new_medicine else ()
    if f.medicines.dose_increased:
        change += ("medicines.dose_increased",)
    return both(medicine(f, MedicineKind.ANTIDEPRESSANT) + change, signs)


def serotonin_signs(f: Findings) -> Match:
    """Any serotonin syndrome sign on an antidepressant: urgent at least."""
    signs = fever(f) + symptoms(S.SWEATING, S.AGITATION, S.CONFUSION)(f)
    return _on_antidepressant(f, signs)


def serotonin_severe(f: Findings) -> Match:
    """A very high temperature or confusion on an antidepressant: an emergency (issue 20)."""
    return _on_antidepressant(f, symptoms(S.HIGH_FEVER, S.CONFUSION)(f))


def fever_with_headache(f: Findings) -> Match:
    return both(fever(f), symptoms(S.HEADACHE, S.SEVERE_HEADACHE, S.NAUSEA_OR_VOMITING)(f))
