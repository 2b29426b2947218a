"""Forged answers: the checks every Reflex handler runs first reject them with a clear message.

A handler calls check_question_id / check_answer / toggle before it changes anything, so an
error here means the state and the stored answers stay as they were.
"""

import json

import pytest

from tests.wizard.helpers import SELF_CARE
from twitch_app.wizard import (
    WizardInputError,
    check_answer,
    check_question_id,
    dump_answers,
    load_answers,
    toggle,
)

FORGED_QUESTION_IDS = [None, 7, "", "result", "emergency", "../areas", "AREAS", ["areas"], {}]
FORGED_ANSWERS = [
    ("areas", "eyelid"),  # a string, not a list
    ("areas", None),
    ("areas", {"eyelid": True}),
    ("areas", 3),
    ("areas", []),  # nothing picked
    ("areas", ["knee"]),  # not an option
    ("areas", ["eyelid", "eyelid"]),  # picked twice
    ("areas", [1]),
    ("areas", [None]),
    ("areas", [["eyelid"]]),
    ("areas", ["eyelid"] * 40),  # longer than the question
    ("duration", ["days", "week"]),  # one-choice question
    ("caffeine", ["100"]),  # out of range
    ("stress", ["11"]),
    ("stress", [7]),  # right value, wrong type
    ("muscle_signs", ["weakness", "none"]),  # "none" with a symptom
    ("when", ["not_sure", "resting"]),
    ("emergency_signs", ["<script>alert(1)</script>"]),
]


@pytest.mark.parametrize("question_id", FORGED_QUESTION_IDS, ids=repr)
def test_unknown_question_ids_are_refused(question_id):
    with pytest.raises(WizardInputError, match="does not exist"):
        check_question_id(question_id)
    with pytest.raises(WizardInputError):
        check_answer(question_id, ["none"])


@pytest.mark.parametrize(("question_id", "chosen"), FORGED_ANSWERS, ids=repr)
def test_forged_or_out_of_range_answers_are_refused_with_a_message(question_id, chosen):
    with pytest.raises(WizardInputError) as problem:
        check_answer(question_id, chosen)
    assert str(problem.value)  # a message to show, never an empty error


def test_valid_answers_come_back_in_the_question_order():
    assert check_answer("areas", ["calf", "eyelid"]) == ("eyelid", "calf")
    assert check_answer("stress", ("7",)) == ("7",)
    for question_id, chosen in SELF_CARE.items():
        assert check_answer(question_id, list(chosen)) == chosen


def test_toggle_ticks_unticks_and_keeps_none_of_these_alone():
    draft = toggle("muscle_signs", (), "weakness")
    assert draft == ("weakness",)
    assert toggle("muscle_signs", draft, "cramps") == ("weakness", "cramps")
    assert toggle("muscle_signs", draft, "weakness") == ()
    assert toggle("muscle_signs", ("weakness", "cramps"), "none") == ("none",)
    assert toggle("muscle_signs", ("none",), "pain") == ("pain",)


@pytest.mark.parametrize(
    ("question_id", "option_id"),
    [
        ("muscle_signs", "knee"),
        ("muscle_signs", None),
        ("muscle_signs", ["pain"]),
        ("duration", "days"),
        ("nope", "pain"),
    ],  # fmt: skip
)
def test_toggle_refuses_forged_options_and_one_choice_questions(question_id, option_id):
    with pytest.raises(WizardInputError):
        toggle(question_id, (), option_id)


def test_a_forged_draft_is_cleaned_by_the_next_toggle():
    assert toggle("muscle_signs", ("knee", "<b>"), "pain") == ("pain",)


def test_stored_answers_round_trip_and_damaged_entries_are_dropped():
    assert load_answers(dump_answers(SELF_CARE)) == SELF_CARE
    damaged = json.dumps(
        {"areas": ["eyelid"], "duration": ["forever"], "ghost": ["x"], "stress": "7"}
    )
    assert load_answers(damaged) == {"areas": ("eyelid",)}
    for junk in ["", "not json", "[1, 2]", "null", None, 42]:
        assert load_answers(junk) == {}
