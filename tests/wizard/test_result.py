"""The result page data and the doctor summary: each red flag tied to an answer, no rare
condition ranked, an emergency shows no self-care."""

from datetime import UTC, datetime

from hypothesis import given, settings

from tests.wizard.helpers import SELF_CARE, any_answers
from twitch_app.ids import ROUTINE_IDS
from twitch_app.knowledge import load_knowledge
from twitch_app.triage import assess
from twitch_app.wizard import answer_lines, answers_to_findings, build_result, explain_field
from twitch_app.wizard.summary import flag_reasons

NOW = datetime(2025, 3, 4, 9, 30, tzinfo=UTC)
RARE_NAMES = ("ALS", "multiple sclerosis", "motor neurone")


def test_a_calm_eyelid_twitch_is_self_care_with_an_eyelid_routine():
    view, _ = build_result(SELF_CARE, NOW)
    assert view.urgency == "self_care" and view.flags == []
    assert view.causes[0]["title"] == load_knowledge().cause("eyelid_twitch").title
    assert view.routine["href"] == "/relax/face_eyelid_relaxation"
    assert all(link["href"].startswith("/remedies/") for link in view.remedies)
    assert not view.show_rare_card


def test_red_flags_say_which_answer_raised_them():
    # A calf, not the eyelid: since issue 20 a lone eyelid flicker has a 3-month clock.
    answers = {
        **SELF_CARE,
        "areas": ("calf",),
        "duration": ("longer",),
        "muscle_signs": ("numbness",),
    }
    view, _ = build_result(answers, NOW)
    assert view.urgency == "see_doctor"
    because = {flag["message"]: flag["because"] for flag in view.flags}
    long_flag = next(message for message in because if "2 weeks" in message)
    assert because[long_flag] == "You said: How long: More than 2 weeks"
    numb_flag = next(message for message in because if "numbness" in message)
    assert "Numbness, tingling or pins and needles" in because[numb_flag]


@given(any_answers())
@settings(max_examples=200, deadline=None)
def test_every_red_flag_is_tied_to_at_least_one_answer(answers):
    assessment = assess(answers_to_findings(answers))
    for message, because in flag_reasons(assessment, answers):
        assert because.startswith("You said: "), message


def test_explain_field_groups_the_answers_of_one_question():
    answers = {"areas": ("eyelid", "calf")}
    assert explain_field("areas", answers) == "Where: Eyelid, Calf"
    assert explain_field("areas.calf", answers) == "Where: Calf"
    assert explain_field("symptoms.weakness", answers) == ""


def test_an_emergency_result_has_no_causes_and_no_self_care():
    view, assessment = build_result({"emergency_signs": ("trouble_breathing",)}, NOW)
    assert view.urgency == "emergency" and view.headline == "Get emergency help now"
    assert view.causes == [] and view.remedies == [] and view.routine == {}
    assert "Trouble breathing" in view.flags[0]["message"]
    assert "Everyday causes" not in view.summary


def test_weakness_links_the_calm_rare_conditions_card_but_never_ranks_it():
    answers = {**SELF_CARE, "muscle_signs": ("weakness",)}
    view, assessment = build_result(answers, NOW)
    assert view.show_rare_card and view.urgency == "see_doctor"
    assert "rare_conditions" not in [cause.id for cause in assessment.causes]
    assert not any(name in view.summary for name in RARE_NAMES)


def test_the_doctor_summary_holds_date_result_flags_and_every_answer():
    answers = {**SELF_CARE, "areas": ("calf",), "duration": ("longer",)}  # calf: see above
    view, _ = build_result(answers, NOW)
    summary = view.summary
    assert "Date: 04 March 2025, 09:30 (UTC)" in summary
    assert "Result: Book a visit with your GP" in summary
    assert "(You said: How long: More than 2 weeks)" in summary
    assert "[Rule D1; source: NHS: Twitching eyes and muscles (https://www.nhs.uk/" in summary
    assert "not a diagnosis" in summary
    for title, said in answer_lines(answers):
        assert f"- {title}: {said}" in summary
    assert len(summary.splitlines()) < 60  # fits one printed page


def test_every_suggested_routine_exists():
    for answers in [SELF_CARE, {"areas": ("calf",)}, {"when": ("falling_asleep",)}]:
        view, _ = build_result(answers, NOW)
        assert view.routine["href"].removeprefix("/relax/") in ROUTINE_IDS
