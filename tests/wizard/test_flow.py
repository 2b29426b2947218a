"""The question flow: order, skip rules, Back, progress and the findings it hands the engine."""

import pytest
from hypothesis import given, settings

from tests.wizard.helpers import SELF_CARE, any_answers
from twitch_app.ids import SOURCE_TITLES
from twitch_app.triage import Findings, Urgency, assess
from twitch_app.triage.sources import SOURCES
from twitch_app.wizard import (
    QUESTIONS,
    QUESTIONS_BY_ID,
    SCREEN_STEPS,
    answers_to_findings,
    effective_answers,
    emergency_question,
    first_open_question,
    is_emergency,
    previous_question,
    progress,
    visible_questions,
)
from twitch_app.wizard.summary import TITLES

ALL_SHOWN = {"areas": ("eyelid", "calf"), "when": ("falling_asleep",)}  # no question skipped


def ids(questions) -> list[str]:
    return [question.id for question in questions]


def test_warning_sign_questions_come_first_starting_with_emergencies():
    # Changed by issue 20: age comes right after the warning signs (it changes what the answers
    # mean), and each new warning-sign follow-up comes right after the answer that brings it.
    first = ids(QUESTIONS[: ids(QUESTIONS).index("areas")])
    assert first == [
        "emergency_signs", "muscle_signs", "illness_signs", "stiff_neck", "rash", "age"
    ]  # fmt: skip
    assert all(q.red_flag for q in QUESTIONS[:5])
    later_flags = [q for q in QUESTIONS[len(first) :] if q.red_flag]
    assert later_flags and all(q.ask_if is not None for q in later_flags)


def test_every_question_explains_why_and_cites_known_articles():
    clinical = {source.title for source in SOURCES.values()}
    for question in QUESTIONS:
        assert len(question.why) > 40, question.id
        assert question.sources and set(question.sources) <= set(SOURCE_TITLES) | clinical
        if question.red_flag:  # warning signs rest on a health-service page, not an article
            assert set(question.sources) & clinical, question.id
        assert question.id in TITLES and question.id not in SCREEN_STEPS
        assert len(set(question.option_ids)) == len(question.option_ids), question.id


def test_every_option_maps_to_findings_the_engine_accepts():
    for question in QUESTIONS:
        for option_id in question.option_ids:
            answers = {**ALL_SHOWN, question.id: (option_id,)}
            Findings.from_dict(answers_to_findings(answers))  # raises on any unknown field


@given(any_answers())
@settings(max_examples=300, deadline=None)
def test_any_accepted_answers_give_valid_findings_and_an_assessment(answers):
    findings = Findings.from_dict(answers_to_findings(answers))
    assessment = assess(findings)
    assert "rare_conditions" not in [cause.id for cause in assessment.causes]


def test_a_full_calm_check_has_no_open_question_and_skips_the_legs_question():
    shown = ids(visible_questions(SELF_CARE))
    assert "legs_feeling" not in shown and "eye_signs" in shown
    assert first_open_question(SELF_CARE) is None
    new_follow_ups = {
        "stiff_neck", "rash", "leg_clot", "spine_signs", "dark_urine", "dystonia", "serotonin_signs"
    }  # fmt: skip
    assert not new_follow_ups & set(shown)  # a calm eyelid twitch meets none of them
    assert assess(answers_to_findings(SELF_CARE)).urgency is Urgency.SELF_CARE


def test_the_eye_question_is_asked_only_for_an_eyelid_or_face_twitch():
    for areas, asked in [(("eyelid",), True), (("face",), True), (("calf", "arm"), False)]:
        answers = {"areas": areas}
        assert ("eye_signs" in ids(visible_questions(answers))) is asked
        shown = ids(visible_questions(answers))
        assert (shown[shown.index("areas") + 1] == "eye_signs") is asked


def test_the_legs_question_is_asked_for_legs_or_night_twitches():
    assert "legs_feeling" in ids(visible_questions({"areas": ("calf",)}))
    assert "legs_feeling" in ids(visible_questions({"when": ("falling_asleep",)}))
    assert "legs_feeling" not in ids(visible_questions({"areas": ("hand",), "when": ("moving",)}))


def test_an_answer_to_a_question_now_skipped_stops_counting_and_comes_back_with_it():
    answers = {"areas": ("eyelid",), "eye_signs": ("drooping_eyelid",)}
    assert "drooping_eyelid" in answers_to_findings(answers)["symptoms"]
    moved = {**answers, "areas": ("hand",)}
    assert "symptoms" not in answers_to_findings(moved)
    assert "eye_signs" not in effective_answers(moved)
    assert answers_to_findings({**moved, "areas": ("eyelid",)}) == answers_to_findings(answers)


def test_back_and_progress_follow_the_questions_actually_asked():
    answers = {"emergency_signs": ("none",), "areas": ("hand",)}
    assert previous_question(answers, "when").id == "areas"  # eye question skipped
    assert previous_question(answers, "emergency_signs") is None
    assert previous_question(SELF_CARE, "result").id == "family"
    number, total = progress(SELF_CARE, "when")
    skipped = {
        "legs_feeling", "stiff_neck", "rash", "leg_clot", "spine_signs", "dark_urine", "dystonia",
        "serotonin_signs",
    }  # fmt: skip
    assert (number, total) == (7, len(QUESTIONS) - len(skipped))


def test_after_an_edit_the_check_goes_on_at_the_first_open_question():
    answers = dict(list(SELF_CARE.items())[:8])  # up to "how long"
    edited = {**answers, "areas": ("calf",)}  # the legs question now appears, unanswered
    assert first_open_question(edited).id == "legs_feeling"
    # The calf brings the clot question too (issue 20), then the check goes on.
    assert first_open_question({**edited, "legs_feeling": ("no",)}).id == "leg_clot"
    done = {**edited, "legs_feeling": ("no",), "leg_clot": ("no",)}
    assert first_open_question(done).id == "comes_back"


def test_each_emergency_sign_stops_the_check_but_a_known_epileptic_seizure_is_urgent():
    question = QUESTIONS_BY_ID["emergency_signs"]
    for option_id in question.option_ids:
        answers = {"emergency_signs": (option_id,)}
        expected = option_id not in {"none", "seizure_epilepsy"}
        assert is_emergency(answers) is expected, option_id
        assert (emergency_question(answers) is not None) is expected
    urgency = assess(answers_to_findings({"emergency_signs": ("seizure_epilepsy",)})).urgency
    assert urgency is Urgency.URGENT


def test_an_emergency_later_in_the_answers_cannot_be_outweighed():
    answers = {**SELF_CARE, "emergency_signs": ("face_drooping",)}
    assert is_emergency(answers)
    assert emergency_question(answers).id == "emergency_signs"


def test_epilepsy_named_twice_is_one_finding():
    answers = {"emergency_signs": ("seizure_epilepsy",), "conditions": ("epilepsy",)}
    findings = answers_to_findings(answers)
    assert findings["conditions"] == ["epilepsy"]
    Findings.from_dict(findings)


def test_amount_ranges_stand_for_their_middle_and_the_top_answer_for_its_lower_end():
    findings = answers_to_findings(
        {"caffeine": ("four_five",), "sleep": ("five_six",), "duration": ("longer",)}
    )
    assert findings["lifestyle"]["caffeine_drinks_per_day"] == 4.5
    assert answers_to_findings({"caffeine": ("six_plus",)})["lifestyle"] == {
        "caffeine_drinks_per_day": 6
    }
    assert findings["lifestyle"]["sleep_hours"] == 5.5
    assert findings["duration_days"] > 14  # "more than 2 weeks" must raise D1
    assert answers_to_findings({"caffeine": ("not_sure",), "medicines": ("not_sure",)}) == {}


def test_the_alcohol_and_sleep_questions_give_the_corrected_amounts_and_cite_them() -> None:
    alcohol, sleep = QUESTIONS_BY_ID["alcohol"], QUESTIONS_BY_ID["sleep"]
    assert "small glass of wine (125 ml, 12%) is about 1.5 units" in alcohol.help
    assert SOURCES["nhs_alcohol_units"].title in alcohol.sources
    assert "7 to 9 hours" in sleep.why and "teenagers need 8 to 10" in sleep.why
    assert SOURCES["sleep_duration"].title in sleep.sources
    for question in QUESTIONS:
        text = " ".join((question.prompt, question.help, question.why)).lower()
        assert "7 to 8 hours" not in text and "menopause" not in text, question.id


def _sleep_ranked(age_band: str, sleep: str) -> bool:
    answers = {**SELF_CARE, "age": (age_band,), "sleep": (sleep,)}
    causes = assess(answers_to_findings(answers)).causes
    return "sleep_deprivation" in {cause.id for cause in causes}


def test_eight_hours_is_enough_for_an_adult_but_short_for_a_child() -> None:
    assert not _sleep_ranked("18_44", "over_eight")
    assert _sleep_ranked("18_44", "six_seven")
    assert _sleep_ranked("16_17", "seven_eight") and not _sleep_ranked("16_17", "over_eight")
    assert _sleep_ranked("1_9", "over_eight") and not _sleep_ranked("1_9", "over_nine")


def test_the_when_question_does_not_call_any_time_twitching_a_warning_sign() -> None:
    why = QUESTIONS_BY_ID["when"].why
    assert "worth a check." not in why
    assert "only with weakness, a thinner muscle or spreading" in why
    assert SOURCES["nice_ng127_adults"].title in QUESTIONS_BY_ID["when"].sources


@pytest.mark.parametrize(
    ("question_id", "said"), [("caffeine", "drinks with caffeine"), ("alcohol", "of alcohol")]
)
def test_an_amount_reads_back_in_the_result_as_it_was_answered(question_id, said):
    """Issue 23: "4 or 5" came back as "4 drinks", "7 to 14 units" as "about 7 units"."""
    read_back = 0
    for option in QUESTIONS_BY_ID[question_id].options:
        findings = answers_to_findings({question_id: (option.id,)})
        result = assess({**findings, "age": 30})
        reasons = [r for cause in result.causes for r in cause.reasons if said in r]
        for reason in reasons:
            assert option.label.lower() in reason, (option.label, reason)
            read_back += 1
    assert read_back >= 2  # the answers that count as a cause are all checked
