"""Vignettes written from the guidance behind issue 20 (NHS pages, NICE NG127).

Each row: name, expected urgency, a rule that must be raised (None: no red flag at all), rules
that must NOT be raised (needless alarm is a failure too), and the findings. HAZARD_LOG.md cites
these rows by name (test_guidance_vignette[<name>]); a test there checks every cited name exists.
"""

from typing import Any, NamedTuple

import pytest

from tests.triage.test_vignettes import VIGNETTES, answers
from twitch_app.triage import assess
from twitch_app.triage.red_flags import RULES


class Case(NamedTuple):
    name: str
    urgency: str
    flag: str | None
    not_flags: tuple[str, ...]
    findings: dict[str, Any]


C = Case
HABITS = {"caffeine_drinks_per_day": 6, "sleep_hours": 5, "stress": 8}

# fmt: off
CASES = [
    # Stroke (FAST: face, arm, speech): call the emergency number.
    C("arm suddenly weak", "emergency", "E_stroke", (),
      answers(areas="arm", symptoms="sudden_weakness_one_side")),
    C("one leg suddenly numb, calf twitching, stressed", "emergency", "E_stroke", (),
      answers(areas="calf", symptoms="sudden_weakness_one_side", **HABITS)),
    C("swallowing trouble with slurred speech", "emergency", "E_stroke", (),
      answers(symptoms="trouble_swallowing trouble_speaking")),
    C("sudden face droop stays an emergency", "emergency", "E_stroke", (),
      answers(areas="face", symptoms="face_drooping weakness")),
    # Facial weakness over hours or days (Bell's palsy): urgent, treatment within 72 hours.
    C("face weak over two days", "urgent", "U_facial_weakness", ("E_stroke",),
      answers(areas="face", symptoms="weakness", duration_days=2)),
    C("face twitch without weakness", "self_care", None, (),
      answers(areas="face", duration_days=3)),
    # Head injury.
    C("knock to the head then vomiting", "emergency", "E_head_injury", (),
      answers(symptoms="head_injury nausea_or_vomiting")),
    C("knock to the head then confused", "emergency", "E_head_injury", (),
      answers(symptoms="head_injury confusion")),
    C("knock to the head then a seizure", "emergency", "E_head_injury", (),
      answers(symptoms="head_injury seizure", conditions="epilepsy")),
    C("knock to the head then fainted", "emergency", "E_head_injury", (),
      answers(symptoms="head_injury brief_faint")),
    C("knock to the head, nothing else", "see_doctor", "S_head_injury", (),
      answers(areas="arm", symptoms="head_injury")),
    # Confusion and meningitis.
    C("new confusion alone", "urgent", "U_confusion", (),
      answers(symptoms="confusion")),
    C("confusion with fever and severe headache", "emergency", "E_confusion_fever", (),
      answers(symptoms="confusion fever severe_headache")),
    C("stiff neck, fever, severe headache", "emergency", "E_meningitis", (),
      answers(symptoms="stiff_neck fever severe_headache")),
    C("stiff neck with a fever", "urgent", "U_stiff_neck", (),
      answers(symptoms="stiff_neck fever")),
    C("stiff neck alone after a desk day", "self_care", None, (),
      answers(areas="neck", symptoms="stiff_neck")),
    # A rash that does not fade under a glass (NHS meningitis and sepsis pages: call 999).
    C("stiff neck with a rash that does not fade", "emergency", "E_meningitis", (),
      answers(areas="neck", symptoms="stiff_neck rash_not_fading")),
    C("fever with a rash that does not fade", "emergency", "E_rash_not_fading",
      ("E_meningitis",), answers(symptoms="fever rash_not_fading")),
    C("child with a headache and a rash that does not fade", "emergency", "E_rash_not_fading",
      (), answers(age=7, symptoms="headache rash_not_fading")),
    C("stiff neck and mild headache, no rash", "urgent", "U_stiff_neck",
      ("E_meningitis", "E_rash_not_fading"), answers(symptoms="stiff_neck headache")),
    # Spine (cauda equina).
    C("bladder control lost with back pain", "emergency", "E_cauda_equina", (),
      answers(symptoms="bladder_or_bowel_problems back_pain")),
    C("numb around the bottom with weak legs", "emergency", "E_cauda_equina", (),
      answers(areas="leg", symptoms="bladder_or_bowel_problems weakness")),
    C("back twitch with pain and bladder trouble", "emergency", "E_cauda_equina", (),
      answers(areas="back", symptoms="pain bladder_or_bowel_problems")),
    C("bladder trouble alone", "urgent", "U_bladder_bowel", ("E_cauda_equina",),
      answers(symptoms="bladder_or_bowel_problems")),
    C("back pain alone", "self_care", None, (),
      answers(areas="back", symptoms="back_pain")),
    # Medicines.
    C("new antipsychotic, eyes rolling up", "urgent", "U_dystonia", (),
      answers(areas="neck", symptoms="neck_twisting_or_eyes_rolling", kinds="antipsychotic",
              new_medicine=True)),
    C("antidepressant with a fever", "urgent", "U_serotonin", ("E_serotonin",),
      answers(symptoms="fever", kinds="antidepressant", new_medicine=True)),
    C("antidepressant with fever and confusion", "emergency", "E_serotonin", (),
      answers(symptoms="fever confusion", kinds="antidepressant")),
    C("antidepressant alone", "see_doctor", "D4", ("U_serotonin", "E_serotonin"),
      answers(areas="calf", kinds="antidepressant")),
    # Serotonin syndrome: sweating or agitation urgent; a very high temperature or confusion
    # an emergency (issue 20), whether the antidepressant is new, raised or steady.
    C("raised antidepressant dose, heavy sweating", "urgent", "U_serotonin", ("E_serotonin",),
      answers(areas="leg", symptoms="sweating", kinds="antidepressant", dose_increased=True)),
    C("new antidepressant, agitated", "urgent", "U_serotonin", ("E_serotonin",),
      answers(areas="arm", symptoms="agitation", kinds="antidepressant", new_medicine=True)),
    C("raised antidepressant dose, very high temperature", "emergency", "E_serotonin", (),
      answers(symptoms="high_fever fever", kinds="antidepressant", dose_increased=True)),
    C("antidepressant with new confusion", "emergency", "E_serotonin", (),
      answers(areas="leg", symptoms="confusion", kinds="antidepressant")),
    C("sweating and agitation without an antidepressant", "self_care", None, (),
      answers(areas="calf", symptoms="sweating agitation")),
    C("raised dose of another medicine", "see_doctor", "D4", ("U_serotonin",),
      answers(areas="calf", kinds="other", dose_increased=True)),
    # Clot and muscle breakdown.
    C("one calf swollen and warm", "urgent", "U_clot", (),
      answers(areas="calf", symptoms="leg_swollen_red_or_warm")),
    C("pregnant with a swollen red calf", "urgent", "U_clot", (),
      answers(areas="calf", symptoms="leg_swollen_red_or_warm", conditions="pregnancy")),
    C("calf cramps after a run, no swelling", "self_care", None, (),
      answers(areas="calf", when="after_exercise", symptoms="cramps", hard_exercise=True)),
    C("dark urine after a hard session", "urgent", "U_dark_urine", (),
      answers(areas="leg", symptoms="pain dark_urine", hard_exercise=True)),
    # Swallowing and fainting.
    C("trouble swallowing food alone", "urgent", "U_swallowing", ("E_swallowing",),
      answers(areas="neck", symptoms="trouble_swallowing")),
    C("choking on saliva", "emergency", "E_swallowing", (),
      answers(symptoms="cannot_swallow_or_choking")),
    C("fainted and came round", "urgent", "U_faint", ("E_unconscious",),
      answers(symptoms="brief_faint")),
    C("passed out, not back to normal", "emergency", "E_unconscious", (),
      answers(symptoms="loss_of_consciousness")),
    # Epilepsy.
    C("epilepsy, usual seizure", "urgent", "D13", ("E_first_seizure",),
      answers(symptoms="seizure", conditions="epilepsy")),
    C("epilepsy, night jerks", "see_doctor", "D12", ("D13",),
      answers(conditions="epilepsy", when="asleep", areas="leg")),
    # Infants and children.
    C("baby with clustered jerks", "urgent", "U_infant_spasms", (),
      answers(age=0, areas="whole_body", frequency="many_times_a_day")),
    C("baby, jerks that keep coming back", "urgent", "U_infant_spasms", (),
      answers(age=0, areas="arm leg", keeps_coming_back=True)),
    C("baby, one startle", "self_care", None, (),
      answers(age=0, areas="arm", frequency="occasional")),
    C("ten-year-old with an eyelid flicker", "self_care", None, (),
      answers(age=10, areas="eyelid", duration_days=5)),
    C("pregnant with a severe headache", "urgent", "D14", (),
      answers(symptoms="severe_headache", conditions="pregnancy")),
    # Long-standing hypnic jerks.
    C("jolts falling asleep for years", "self_care", None, (),
      answers(areas="whole_body", when="falling_asleep", duration_days=1500)),
    C("leg jolts falling asleep and at rest for months", "see_doctor", "D1", (),
      answers(areas="leg", when="falling_asleep resting", duration_days=90)),
    # Eyelid (NICE NG127).
    C("eyelid for two months, coming and going", "self_care", None, (),
      answers(areas="eyelid", duration_days=60, keeps_coming_back=True)),
    C("both eyes shut tight", "see_doctor", "D11", (),
      answers(areas="eyelid", symptoms="eyelid_closes_fully")),
    C("eyelid and cheek together", "see_doctor", "D11", ("D2",),
      answers(areas="eyelid face")),
    C("eyelid for four months", "see_doctor", "D11", ("D1",),
      answers(areas="eyelid", duration_days=100)),
    # Weakness and wasting (NICE NG127), and D7.
    C("weak hand, very stressed", "see_doctor", "D3", (),
      answers(areas="hand", symptoms="weakness", stress=9, sleep_hours=5)),
    C("thinner calf, twitching all the time", "see_doctor", "D7", (),
      answers(areas="calf", when="any_time", symptoms="muscle_wasting")),
    C("calf twitch at any time, nothing else", "self_care", None, (),
      answers(areas="calf", when="any_time")),
    C("fever, headache and stress: urgent", "urgent", "U_fever_headache", (),
      answers(symptoms="fever headache", stress=9, sleep_hours=5)),
]
# fmt: on


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_guidance_vignette(case: Case) -> None:
    result = assess(case.findings)
    flag_ids = [flag.id for flag in result.red_flags]
    assert result.urgency == case.urgency, flag_ids
    if case.flag is None:
        assert flag_ids == []
    else:
        assert case.flag in flag_ids
    assert not set(case.not_flags) & set(flag_ids), flag_ids
    if case.urgency in {"emergency", "urgent"}:  # nothing may stand before getting help
        assert result.remedies == () and result.routines == ()
    if case.urgency == "emergency":
        assert result.causes == ()


def test_there_are_at_least_40_guidance_vignettes_and_all_names_differ() -> None:
    assert len(CASES) >= 40
    assert len({case.name for case in CASES}) == len(CASES)


def test_every_engine_rule_has_a_vignette() -> None:
    covered = {case.flag for case in CASES} | {vignette.flag for vignette in VIGNETTES}
    assert {rule.id for rule in RULES} <= covered
