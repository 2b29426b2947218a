"""The symptom wizard's question flow: pure Python, no Reflex.

from twitch_app import wizard
answers = {"emergency_signs": ("none",), "areas": ("eyelid",)}
wizard.check_answer("areas", ["eyelid", "calf"])   # ("eyelid", "calf") or WizardInputError
wizard.answers_to_findings(answers)                  # {"areas": ["eyelid"]}
wizard.build_result(answers, now)                    # what the result page shows
wizard.advance(answers, wizard.Answer("areas", ["eyelid"]), now=now)  # the next Screen
"""

from .flow import (
    QUESTIONS,
    QUESTIONS_BY_ID,
    WizardInputError,
    answers_to_findings,
    check_answer,
    check_question_id,
    dump_answers,
    effective_answers,
    emergency_question,
    first_open_question,
    is_emergency,
    load_answers,
    previous_question,
    progress,
    toggle,
    visible_questions,
)
from .model import (
    EMERGENCY_STEP,
    INTRO_STEP,
    NONE_OF_THESE,
    NOT_SURE,
    RESULT_STEP,
    SCREEN_STEPS,
    Answers,
    Kind,
    Option,
    Question,
    Section,
)
from .next_screen import advance, resume
from .result import WizardResultView, build_result
from .screen import (
    Answer,
    Back,
    Edit,
    Event,
    FinishedCheck,
    Resume,
    Screen,
    Start,
    StoredCheck,
    Toggle,
)
from .summary import answer_lines, doctor_summary, explain_field

__all__ = [
    "Answer",
    "Back",
    "Edit",
    "Event",
    "FinishedCheck",
    "Resume",
    "Screen",
    "Start",
    "StoredCheck",
    "Toggle",
    "advance",
    "resume",
    "EMERGENCY_STEP",
    "INTRO_STEP",
    "RESULT_STEP",
    "SCREEN_STEPS",
    "NONE_OF_THESE",
    "NOT_SURE",
    "QUESTIONS",
    "QUESTIONS_BY_ID",
    "Answers",
    "Kind",
    "Option",
    "Question",
    "Section",
    "WizardInputError",
    "WizardResultView",
    "answer_lines",
    "answers_to_findings",
    "build_result",
    "check_answer",
    "check_question_id",
    "doctor_summary",
    "dump_answers",
    "effective_answers",
    "emergency_question",
    "explain_field",
    "first_open_question",
    "is_emergency",
    "load_answers",
    "previous_question",
    "progress",
    "toggle",
    "visible_questions",
]
