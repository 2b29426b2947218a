"""What the engine offers after the rules: the safeguards of issue 20, as a caller sees them."""

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.triage.test_properties import findings
from twitch_app.routines.breathing import HOLDS
from twitch_app.routines.catalogue import ROUTINES
from twitch_app.triage import Findings, Urgency, assess
from twitch_app.triage.findings_spec import Symptom
from twitch_app.triage.rules import EMERGENCY_RULES
from twitch_app.triage.safeguards import BREATH_HOLD_ROUTINES, PARENT_NOTE, TICS_NOTE

# One finding for each way an emergency can be raised (every E_ rule), as the property uses.
EMERGENCY_ADDITIONS: dict[str, dict] = {
    "E_stroke": {"symptoms": ["sudden_weakness_one_side"]},
    "E_first_seizure": {"symptoms": ["seizure"]},
    "E_unconscious": {"symptoms": ["loss_of_consciousness"]},
    "E_breathing": {"symptoms": ["trouble_breathing"]},
    "E_swallowing": {"symptoms": ["cannot_swallow_or_choking"]},
    "E_head_injury": {"symptoms": ["head_injury", "confusion"]},
    "E_confusion_fever": {"symptoms": ["confusion", "fever", "severe_headache"]},
    "E_meningitis": {"symptoms": ["stiff_neck", "fever", "severe_headache"]},
    "E_cauda_equina": {"symptoms": ["bladder_or_bowel_problems", "back_pain"]},
    "E_serotonin": {
        "symptoms": ["fever", "confusion"],
        "medicines": {"kinds": ["antidepressant"]},
    },
    "E_rash_not_fading": {"symptoms": ["rash_not_fading"]},
}


def test_the_emergency_additions_cover_every_emergency_rule() -> None:
    assert set(EMERGENCY_ADDITIONS) == {rule.id for rule in EMERGENCY_RULES}
    for rule_id, extra in EMERGENCY_ADDITIONS.items():
        assert rule_id in {flag.id for flag in assess(extra).red_flags}


def _with(value: Findings, extra: dict) -> Findings:
    symptoms = value.symptoms | {Symptom(s) for s in extra.get("symptoms", ())}
    conditions = value.conditions - (
        {"epilepsy"} if "seizure" in extra.get("symptoms", ()) else set()
    )
    more = replace(value, symptoms=symptoms, conditions=frozenset(conditions))
    kinds = extra.get("medicines", {}).get("kinds")
    if kinds:
        medicines = replace(more.medicines, kinds=more.medicines.kinds | frozenset(kinds))
        more = replace(more, medicines=medicines)
    return more


@settings(max_examples=300)
@given(findings, st.sampled_from(sorted(EMERGENCY_ADDITIONS)))
def test_adding_an_emergency_finding_never_lowers_urgency(value: Findings, rule_id: str) -> None:
    before = assess(value).urgency
    after = assess(_with(value, EMERGENCY_ADDITIONS[rule_id]))
    assert after.urgency is Urgency.EMERGENCY and after.urgency.rank >= before.rank
    assert after.remedies == () and after.routines == () and after.causes == ()


@settings(max_examples=300)
@given(findings, st.sampled_from([Symptom.WEAKNESS, Symptom.MUSCLE_WASTING]))
def test_a_result_with_weakness_or_wasting_never_ranks_stress_first(
    value: Findings, sign: Symptom
) -> None:
    result = assess(replace(value, symptoms=value.symptoms | {sign}))
    assert result.urgency.rank >= Urgency.SEE_DOCTOR.rank
    if result.causes:
        assert result.causes[0].id != "stress_anxiety"
    everyday = {"stress_anxiety", "benign_fasciculation", "caffeine", "sleep_deprivation"}
    assert not everyday & {cause.id for cause in result.causes}
    assert "worry_less" not in result.remedies  # the "Try not to worry" card
    assert "2 weeks" not in result.check_again.text


@settings(max_examples=300)
@given(findings)
def test_an_emergency_or_urgent_result_never_carries_a_routine_or_remedy(value: Findings) -> None:
    data = assess(value).to_dict()
    if data["urgency"] in {"emergency", "urgent"}:
        assert data["remedies"] == [] and data["routines"] == []


def test_weakness_says_see_a_doctor_within_a_week_in_those_words() -> None:
    result = assess({"areas": ["hand"], "symptoms": ["weakness"], "lifestyle": {"stress": 9}})
    assert result.urgency is Urgency.SEE_DOCTOR
    assert "see a doctor within a week" in result.check_again.text.lower()
    d3 = next(flag for flag in result.red_flags if flag.id == "D3")
    assert "see a doctor within a week" in d3.message
    assert "try not to worry" not in (result.reassurance + result.check_again.text).lower()


def test_a_child_gets_a_parent_note_a_tics_note_and_no_adult_advice() -> None:
    child = assess(
        {"age": 10, "areas": ["eyelid"], "lifestyle": {"caffeine_drinks_per_day": 6, "stress": 9}}
    )
    assert child.notes == (PARENT_NOTE, TICS_NOTE)
    assert not {"caffeine", "alcohol"} & {cause.id for cause in child.causes}
    assert not {"supplements_check", "cut_caffeine_alcohol"} & set(child.remedies)
    assert not BREATH_HOLD_ROUTINES & set(child.routines)
    adult = assess({"age": 18, "areas": ["eyelid"], "lifestyle": {"caffeine_drinks_per_day": 6}})
    assert adult.notes == () and "caffeine" in {cause.id for cause in adult.causes}


@given(findings, st.integers(0, 15))
def test_under_16_never_gets_a_breath_hold_routine_or_supplement_advice(
    value: Findings, age: int
) -> None:
    result = assess(replace(value, age=age))
    assert not BREATH_HOLD_ROUTINES & set(result.routines)
    assert "supplements_check" not in result.remedies
    assert not {"caffeine", "alcohol"} & {cause.id for cause in result.causes}


def test_the_breath_hold_list_matches_the_routines_that_hold_the_breath() -> None:
    holding = {rid for rid, routine in ROUTINES.items() if HOLDS in routine.cautions}
    assert holding == set(BREATH_HOLD_ROUTINES)


def test_long_standing_hypnic_jerks_and_a_flickering_eyelid_are_not_told_2_weeks() -> None:
    hypnic = assess({"areas": ["whole_body"], "when": ["falling_asleep"], "duration_days": 900})
    assert hypnic.urgency is Urgency.SELF_CARE and "2 weeks" not in hypnic.check_again.text
    assert "normal" in hypnic.check_again.text
    eyelid = assess({"areas": ["eyelid"], "duration_days": 30, "keeps_coming_back": True})
    assert eyelid.urgency is Urgency.SELF_CARE and "3 months" in eyelid.check_again.text
