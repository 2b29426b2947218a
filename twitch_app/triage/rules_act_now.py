"""The emergency (E_) and urgent (U_, D13, D14) rules: call now, or see a doctor today."""

from __future__ import annotations

from . import matchers as m
from .findings_spec import Symptom
from .matchers import symptoms
from .rule import CALL, SEIZURE_PLAN, E, Rule, U

S = Symptom


EMERGENCY_RULES: tuple[Rule, ...] = (
    Rule(
        "E_stroke",
        E,
        "A drooping face, sudden weakness or numbness of an arm, a leg or one side of the body, "
        f"or sudden trouble speaking can be signs of a stroke. {CALL}",
        symptoms(S.FACE_DROOPING, S.SUDDEN_WEAKNESS_ONE_SIDE, S.TROUBLE_SPEAKING),
        "nhs_stroke",
    ),
    Rule(
        "E_first_seizure",
        E,
        f"A seizure in someone who does not have epilepsy needs emergency help. {CALL}",
        m.first_seizure,
        "nhs_seizure",
    ),
    Rule(
        "E_unconscious",
        E,
        f"Passing out without coming round fully needs emergency help. {CALL}",
        symptoms(S.LOSS_OF_CONSCIOUSNESS),
        "nhs_fainting",
    ),
    Rule(
        "E_breathing",
        E,
        f"Trouble breathing needs emergency help. {CALL}",
        symptoms(S.TROUBLE_BREATHING),
        "nhs_breathless",
    ),
    Rule(
        "E_swallowing",
        E,
        f"Choking, or being unable to swallow even saliva, needs emergency help. {CALL}",
        symptoms(S.CANNOT_SWALLOW_OR_CHOKING),
        "nhs_dysphagia",
    ),
    Rule(
        "E_head_injury",
        E,
        "After a knock to the head, confusion, a seizure, being sick or passing out need "
        f"emergency help. {CALL}",
        m.head_injury_danger,
        "nhs_head_injury",
    ),
    Rule(
        "E_confusion_fever",
        E,
        "New confusion with a fever and a severe headache can be meningitis or another serious "
        f"infection. {CALL}",
        m.confusion_with_fever_and_headache,
        "nhs_meningitis",
    ),
    Rule(
        "E_meningitis",
        E,
        "A stiff neck with a fever and a severe headache or confusion, or with a rash that does "
        f"not fade under a glass, can be meningitis. Do not wait for a rash. {CALL}",
        m.meningitis_signs,
        "nhs_meningitis",
    ),
    Rule(
        "E_rash_not_fading",
        E,
        "A rash that does not fade when you press a clear glass against it can be sepsis or "
        f"meningitis, with or without a fever. {CALL}",
        symptoms(S.RASH_NOT_FADING),
        "nhs_sepsis",
    ),
    Rule(
        "E_cauda_equina",
        E,
        "New loss of bladder or bowel control, or numbness around the genitals or bottom, with "
        "back pain or weak legs can mean pressure on the nerves at the base of the spine. Go to "
        "A&E now or call your local emergency number.",
        m.cauda_equina,
        "nhs_cauda_equina",
    ),
    Rule(
        "E_serotonin",
        E,
        "On an antidepressant, a very high temperature or new confusion can be severe "
        f"serotonin syndrome. {CALL} Do not take another dose until a doctor has seen you.",
        m.serotonin_severe,
        "nhs_serotonin",
    ),
)

URGENT_RULES: tuple[Rule, ...] = (
    Rule(
        "U_confusion",
        U,
        "New confusion, agitation or drowsiness needs a doctor today. Call your local emergency "
        "number if it gets worse quickly.",
        symptoms(S.CONFUSION),
        "nhs_confusion",
    ),
    Rule(
        "U_serotonin",
        U,
        "On an antidepressant, a fever, sweating, agitation or confusion can be serotonin "
        "syndrome, a reaction to the medicine: call your doctor or urgent-advice line now.",
        m.serotonin_signs,
        "nhs_serotonin",
    ),
    Rule(
        "U_stiff_neck",
        U,
        "A stiff neck with a fever or headache should be checked by a doctor today. Call your "
        "local emergency number if a severe headache, confusion or a rash appear.",
        m.stiff_neck_with_illness,
        "nhs_meningitis",
    ),
    Rule(
        "U_bladder_bowel",
        U,
        "New loss of bladder or bowel control, or numbness around the genitals or bottom, "
        "needs a doctor today. Go to A&E if back pain or weak legs come with it.",
        symptoms(S.BLADDER_OR_BOWEL_PROBLEMS),
        "nhs_cauda_equina",
    ),
    Rule(
        "U_dystonia",
        U,
        "The neck twisting, the jaw clenching or the eyes rolling up, especially after a new "
        "antipsychotic or anti-sickness medicine, is a reaction a doctor should treat today. "
        "Keep taking other medicines and call your doctor or urgent-advice line now.",
        symptoms(S.NECK_TWISTING_OR_EYES_ROLLING),
        "nhs_metoclopramide",
    ),
    Rule(
        "U_clot",
        U,
        "One leg or calf that is swollen, red, warm or painful can be a blood clot: see a "
        "doctor today. Call your local emergency number if you get breathless or chest pain.",
        symptoms(S.LEG_SWOLLEN_RED_OR_WARM),
        "nhs_dvt",
    ),
    Rule(
        "U_dark_urine",
        U,
        "Dark, cola-coloured urine with muscle pain or weakness can mean muscle breakdown, "
        "which can harm the kidneys: see a doctor today and drink water meanwhile.",
        symptoms(S.DARK_URINE),
        "nhs_statin_muscle",
    ),
    Rule(
        "U_swallowing",
        U,
        "Trouble swallowing food or drink should be checked today: ask your GP for an urgent "
        "appointment or call your urgent-advice line. Call the emergency number if you choke or "
        "cannot swallow saliva.",
        symptoms(S.TROUBLE_SWALLOWING),
        "nhs_dysphagia",
    ),
    Rule(
        "U_faint",
        U,
        "You fainted and came round: a doctor should check the cause today, especially with "
        "twitching. Call the emergency number if it happens again during exercise or with chest "
        "pain.",
        symptoms(S.BRIEF_FAINT),
        "nhs_fainting",
    ),
    Rule(
        "U_facial_weakness",
        U,
        "Weakness of one side of the face that came on over hours or days needs a doctor today: "
        "treatment for Bell's palsy works best when started within 72 hours.",
        m.facial_weakness,
        "nhs_bells_palsy",
    ),
    Rule(
        "U_infant_spasms",
        U,
        "A baby under 1 with repeated or clustered jerks should be seen by a doctor today: some "
        "of these are infantile spasms, which need treatment quickly. Film an episode if you can.",
        m.infant_clustered_jerks,
        "nice_ng127_children",
    ),
    Rule(
        "U_fever_headache",
        U,
        "Fever together with a headache or vomiting should be checked by a doctor today.",
        m.fever_with_headache,
        "nhs_meningitis",
    ),
    Rule(
        "U_weakness_worsening",
        U,
        "Weakness that is spreading or getting worse should be checked by a doctor today.",
        m.worsening_weakness,
        "nice_ng127_adults",
    ),
    Rule(
        "D13",
        U,
        "A seizure: if you have epilepsy and it was your usual kind, follow your seizure plan "
        f"and let your epilepsy team or GP know today. {SEIZURE_PLAN}",
        symptoms(S.SEIZURE),
        "nhs_seizure",
    ),
    Rule(
        "D14",
        U,
        "Severe headaches with twitching should be checked by a doctor today. Call the "
        "emergency number if a headache came on suddenly and is extremely painful, or comes "
        "with confusion, drowsiness, a stiff neck or a rash.",
        symptoms(S.SEVERE_HEADACHE),
        "nhs_headaches",
    ),
)
