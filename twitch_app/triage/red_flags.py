"""The urgency rules: one table, read top to bottom.

Each rule looks at the findings and returns the answers that raised it (dotted field names), or
nothing. The overall urgency is the most urgent rule raised, so a red flag can never be
outweighed by reassuring answers. Every rule only looks for the *presence* of answers, which
makes urgency monotonic: telling us more never lowers it. The one deliberate exception is
epilepsy: a seizure in someone without epilepsy is an emergency, while for someone with known
epilepsy it is urgent (D13) and their own seizure plan applies.

Sources: D1-D14 from CONTENT-FACTS.md; the emergency signs follow standard emergency advice
quoted there (first seizure, trouble breathing, swallowing or speaking).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .findings import Findings
from .vocabulary import Area, Condition, MedicineKind, Symptom, Urgency, When

S = Symptom

# Medicines the articles (and common prescribing advice) link to twitching as a side effect.
TWITCH_LINKED_MEDICINES = frozenset(MedicineKind) - {MedicineKind.OTHER}
TWO_WEEKS_DAYS = 14
AWAKE_MOMENTS = (When.RESTING, When.MOVING, When.AFTER_EXERCISE, When.ANY_TIME)


@dataclass(frozen=True)
class RedFlag:
    id: str
    urgency: Urgency
    message: str
    fields: tuple[str, ...]  # the answers that raised it, e.g. ("symptoms.weakness",)

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "urgency": str(self.urgency),
            "message": self.message,
            "fields": list(self.fields),
        }


@dataclass(frozen=True)
class Rule:
    id: str
    urgency: Urgency
    message: str
    raised_by: Callable[[Findings], tuple[str, ...]]


# --- small helpers that return the answers they matched ------------------------------------


def _symptoms(*wanted: Symptom) -> Callable[[Findings], tuple[str, ...]]:
    return lambda f: tuple(f"symptoms.{s}" for s in wanted if s in f.symptoms)


def _both(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    """Both groups of answers must be present for the rule to fire."""
    return first + second if first and second else ()


def _condition(f: Findings, condition: Condition) -> tuple[str, ...]:
    return (f"conditions.{condition}",) if condition in f.conditions else ()


def _when(f: Findings, *moments: When) -> tuple[str, ...]:
    return tuple(f"when.{m}" for m in moments if m in f.when)


def _long_lasting(f: Findings) -> tuple[str, ...]:
    fields = ()
    if f.duration_days is not None and f.duration_days > TWO_WEEKS_DAYS:
        fields += ("duration_days",)
    if f.keeps_coming_back:
        fields += ("keeps_coming_back",)
    return fields


def _first_seizure(f: Findings) -> tuple[str, ...]:
    if Condition.EPILEPSY in f.conditions:
        return ()
    return _symptoms(S.SEIZURE)(f)


def _several_areas(f: Findings) -> tuple[str, ...]:
    fields = ("areas",) if len(f.areas) >= 2 else ()
    # A single whole-body jolt while dropping off is the harmless hypnic jerk; whole-body
    # twitching while awake is what D2 is about.
    if len(f.areas) == 1 and Area.WHOLE_BODY in f.areas:
        fields = _both(("areas.whole_body",), _when(f, *AWAKE_MOMENTS))
    return fields + _symptoms(S.SPREADING)(f)


def _medicine(f: Findings) -> tuple[str, ...]:
    fields = ("medicines.new_medicine",) if f.medicines.new_medicine else ()
    linked = sorted(f.medicines.kinds & TWITCH_LINKED_MEDICINES)
    return fields + tuple(f"medicines.kinds.{kind}" for kind in linked)


def _moving_and_resting(f: Findings) -> tuple[str, ...]:
    if When.ANY_TIME in f.when:
        return ("when.any_time",)
    return _both(_when(f, When.MOVING), _when(f, When.RESTING))


def _restless_legs(f: Findings) -> tuple[str, ...]:
    sensations = _symptoms(S.NUMBNESS_OR_TINGLING, S.PAIN)(f)
    return _symptoms(S.URGE_TO_MOVE_LEGS)(f) + _both(_when(f, When.FALLING_ASLEEP), sensations)


def _eyelid(f: Findings) -> tuple[str, ...]:
    persistent = _both(("areas.eyelid",) if Area.EYELID in f.areas else (), _long_lasting(f))
    eye_signs = _symptoms(S.EYELID_CLOSES_FULLY, S.DROOPING_EYELID, S.EYE_RED_OR_SWOLLEN)(f)
    return persistent + eye_signs


def _epilepsy_at_night(f: Findings) -> tuple[str, ...]:
    night_or_seizure = _when(f, When.FALLING_ASLEEP, When.ASLEEP) + _symptoms(S.SEIZURE)(f)
    return _both(_condition(f, Condition.EPILEPSY), night_or_seizure)


def _worsening_weakness(f: Findings) -> tuple[str, ...]:
    worse = ("getting_worse",) if f.getting_worse else ()
    return _both(_symptoms(S.WEAKNESS)(f), worse + _symptoms(S.SPREADING)(f))


E, U, D = Urgency.EMERGENCY, Urgency.URGENT, Urgency.SEE_DOCTOR

RULES: tuple[Rule, ...] = (
    # Emergencies: call emergency services now.
    Rule(
        "E_stroke",
        E,
        "A drooping face or sudden trouble speaking can be a sign of a stroke. "
        "Call emergency services now.",
        _symptoms(S.FACE_DROOPING, S.TROUBLE_SPEAKING),
    ),
    Rule(
        "E_first_seizure",
        E,
        "A seizure in someone who does not have epilepsy needs "
        "emergency help. Call emergency services now.",
        _first_seizure,
    ),
    Rule(
        "E_unconscious",
        E,
        "Fainting or losing consciousness needs emergency help. Call emergency services now.",
        _symptoms(S.LOSS_OF_CONSCIOUSNESS),
    ),
    Rule(
        "E_breathing",
        E,
        "Trouble breathing needs emergency help. Call emergency services now.",
        _symptoms(S.TROUBLE_BREATHING),
    ),
    Rule(
        "E_swallowing",
        E,
        "Trouble swallowing needs emergency help. Call emergency services now.",
        _symptoms(S.TROUBLE_SWALLOWING),
    ),
    # Urgent: see a doctor today.
    Rule(
        "U_fever_headache",
        U,
        "Fever together with a headache or vomiting should be checked by a doctor today.",
        lambda f: _both(
            _symptoms(S.FEVER)(f), _symptoms(S.HEADACHE, S.SEVERE_HEADACHE, S.NAUSEA_OR_VOMITING)(f)
        ),
    ),
    Rule(
        "U_weakness_worsening",
        U,
        "Weakness that is spreading or getting worse should be checked by a doctor today.",
        _worsening_weakness,
    ),
    Rule(
        "D13",
        U,
        "You had a seizure: see a doctor today. Call emergency services if a seizure "
        "lasts more than 5 minutes, another one follows, or breathing is difficult.",
        _symptoms(S.SEIZURE),
    ),
    Rule(
        "D14",
        U,
        "Severe headaches with twitching should be checked by a doctor today.",
        _symptoms(S.SEVERE_HEADACHE),
    ),
    # See a doctor: book an appointment with your GP.
    Rule("D1", D, "The twitch has lasted more than 2 weeks or keeps coming back.", _long_lasting),
    Rule("D2", D, "The twitching is in more than one area or is spreading.", _several_areas),
    Rule(
        "D3",
        D,
        "The muscle feels weak or stiff, or looks thinner: a doctor should check it.",
        _symptoms(S.WEAKNESS, S.STIFFNESS, S.MUSCLE_WASTING),
    ),
    Rule(
        "D4",
        D,
        "A medicine may play a part. Ask your doctor; never stop a prescribed "
        "medicine on your own.",
        _medicine,
    ),
    Rule(
        "D5",
        D,
        "The twitching began after a new medical diagnosis.",
        lambda f: _condition(f, Condition.NEW_DIAGNOSIS),
    ),
    Rule(
        "D6",
        D,
        "The twitching comes with numbness, tingling or other changes in feeling.",
        _symptoms(S.NUMBNESS_OR_TINGLING),
    ),
    Rule("D7", D, "The twitching happens both when moving and when resting.", _moving_and_resting),
    Rule(
        "D8",
        D,
        "The twitching comes with fever, headache, nausea or vomiting.",
        _symptoms(S.FEVER, S.HEADACHE, S.SEVERE_HEADACHE, S.NAUSEA_OR_VOMITING),
    ),
    Rule(
        "D9",
        D,
        "The twitching is bad enough to affect your sleep, work or daily life.",
        _symptoms(S.AFFECTS_DAILY_LIFE, S.DISTURBS_SLEEP),
    ),
    Rule(
        "D10",
        D,
        "An urge to move the legs, or odd feelings or pain when falling asleep, can "
        "be restless legs syndrome, which a doctor can help with.",
        _restless_legs,
    ),
    Rule(
        "D11",
        D,
        "An eyelid twitch that persists or affects the eye should be seen by an eye doctor.",
        _eyelid,
    ),
    Rule(
        "D12",
        D,
        "You have epilepsy and twitch at night or had a seizure: tell the doctor who "
        "looks after your epilepsy.",
        _epilepsy_at_night,
    ),
    Rule(
        "S_kidney",
        D,
        "With kidney disease, twitches can come from changes in blood minerals: "
        "let your kidney team or GP know.",
        lambda f: _condition(f, Condition.KIDNEY_DISEASE),
    ),
)


def find_red_flags(findings: Findings) -> tuple[RedFlag, ...]:
    """Every rule raised by the findings, most urgent first (table order within a level)."""
    raised = [
        RedFlag(rule.id, rule.urgency, rule.message, fields)
        for rule in RULES
        if (fields := rule.raised_by(findings))
    ]
    return tuple(sorted(raised, key=lambda flag: -flag.urgency.rank))


def overall_urgency(red_flags: tuple[RedFlag, ...]) -> Urgency:
    return max(
        (flag.urgency for flag in red_flags), key=lambda u: u.rank, default=Urgency.SELF_CARE
    )
