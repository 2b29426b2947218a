"""The "see a doctor" rules: D1-D12 of CONTENT-FACTS and the S_ signs (book a GP visit)."""

from __future__ import annotations

from . import matchers as m
from .findings_spec import Condition, Symptom
from .matchers import symptoms
from .rule import D, Rule

S = Symptom


SEE_DOCTOR_RULES: tuple[Rule, ...] = (
    Rule(
        "D1",
        D,
        "The twitch has lasted more than 2 weeks or keeps coming back.",
        m.long_lasting,
        "nhs_twitching",
    ),
    Rule(
        "D2",
        D,
        "The twitching is in more than one area or is spreading.",
        m.several_areas,
        "nhs_twitching",
    ),
    Rule(
        "D3",
        D,
        "The muscle feels weak or stiff, or looks thinner: see a doctor within a week. Twitching "
        "with weakness or a thinner muscle needs a doctor's examination.",
        symptoms(S.WEAKNESS, S.STIFFNESS, S.MUSCLE_WASTING),
        "nice_ng127_adults",
    ),
    Rule(
        "D4",
        D,
        "A medicine may play a part. Ask your doctor; never stop a prescribed "
        "medicine on your own.",
        m.linked_medicine,
        "nhs_twitching",
    ),
    Rule(
        "D5",
        D,
        "The twitching began after a new medical diagnosis.",
        lambda f: m.condition(f, Condition.NEW_DIAGNOSIS),
        "nhs_twitching",
    ),
    Rule(
        "D6",
        D,
        "The twitching comes with numbness, tingling or other changes in feeling.",
        symptoms(S.NUMBNESS_OR_TINGLING),
        "nice_ng127_adults",
    ),
    Rule(
        "D7",
        D,
        "The twitching happens both when moving and when resting, together with weakness, a "
        "thinner muscle or spreading.",
        m.moving_and_resting,
        "nice_ng127_adults",
    ),
    Rule(
        "D8",
        D,
        "The twitching comes with fever, headache, nausea or vomiting.",
        symptoms(S.FEVER, S.HIGH_FEVER, S.HEADACHE, S.SEVERE_HEADACHE, S.NAUSEA_OR_VOMITING),
        "nhs_twitching",
    ),
    Rule(
        "D9",
        D,
        "The twitching is bad enough to affect your sleep, work or daily life.",
        symptoms(S.AFFECTS_DAILY_LIFE, S.DISTURBS_SLEEP),
        "nhs_twitching",
    ),
    Rule(
        "D10",
        D,
        "An urge to move the legs, or odd feelings or pain when falling asleep, can "
        "be restless legs syndrome, which a doctor can help with.",
        m.restless_legs,
        "nhs_restless_legs",
    ),
    Rule(
        "D11",
        D,
        "See a GP about the eyelid: both eyes shutting tight, a drooping lid, other face "
        "muscles joining in, or a twitch lasting more than 3 months is worth a check.",
        m.eyelid_needs_gp,
        "nice_ng127_adults",
    ),
    Rule(
        "D12",
        D,
        "You have epilepsy and twitch at night: tell the doctor who looks after your epilepsy.",
        m.epilepsy_at_night,
        "nhs_seizure",
    ),
    Rule(
        "S_kidney",
        D,
        "With kidney disease, twitches can come from changes in blood minerals: "
        "let your kidney team or GP know.",
        lambda f: m.condition(f, Condition.KIDNEY_DISEASE),
        "nhs_kidney",
    ),
    Rule(
        "S_red_eye",
        D,
        "A red, swollen or sticky eye: a pharmacist can advise. See a GP if it hurts, your "
        "sight changes, or it does not clear up.",
        symptoms(S.EYE_RED_OR_SWOLLEN),
        "nhs_conjunctivitis",
    ),
    Rule(
        "S_head_injury",
        D,
        "You had a knock to the head. Go to A&E if you are sick, get confused or drowsy, have a "
        "headache that does not go away, or pass out.",
        symptoms(S.HEAD_INJURY),
        "nhs_head_injury",
    ),
)
