"""Answer sets and a Hypothesis strategy shared by the wizard tests."""

from hypothesis import strategies as st

from twitch_app.wizard import QUESTIONS, Kind
from twitch_app.wizard.model import EXCLUSIVE_OPTIONS

# A calm eyelid twitch, answered the way the browser test answers it.
SELF_CARE = {
    "emergency_signs": ("none",),
    "muscle_signs": ("none",),
    "illness_signs": ("none",),
    "age": ("18_44",),
    "areas": ("eyelid",),
    "eye_signs": ("none",),
    "when": ("resting",),
    "duration": ("days",),
    "comes_back": ("no",),
    "frequency": ("occasional",),
    "getting_worse": ("no",),
    "impact": ("none",),
    "caffeine": ("four_five",),
    "alcohol": ("none",),
    "sleep": ("seven_eight",),
    "stress": ("3",),
    "exercise": ("no",),
    "water": ("yes",),
    "diet": ("yes",),
    "food": ("no",),
    "medicines": ("none",),
    "conditions": ("none",),
    "family": ("no",),
}


@st.composite
def valid_answer(draw, question):
    """One answer the flow accepts for this question."""
    ids = list(question.option_ids)
    if question.kind is Kind.SINGLE:
        return (draw(st.sampled_from(ids)),)
    plain = [option_id for option_id in ids if option_id not in EXCLUSIVE_OPTIONS]
    exclusive = [option_id for option_id in ids if option_id in EXCLUSIVE_OPTIONS]
    if exclusive and draw(st.booleans()):
        return (draw(st.sampled_from(exclusive)),)
    picked = draw(st.lists(st.sampled_from(plain), min_size=1, unique=True))
    return tuple(option_id for option_id in ids if option_id in picked)


@st.composite
def any_answers(draw):
    """Answers to any subset of the questions (skipped ones included, as after a change)."""
    answers = {}
    for question in QUESTIONS:
        if draw(st.booleans()):
            answers[question.id] = draw(valid_answer(question))
    return answers
