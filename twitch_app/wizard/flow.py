"""The question flow: order, skip rules, checking answers, and answers -> findings.

Everything a Reflex handler receives from the browser passes through `check_answer` or
`check_question_id` first: a forged or out-of-range value raises WizardInputError, whose message
is fit to show, and nothing is changed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from twitch_app.triage import Urgency, assess
from twitch_app.triage.findings_spec import FINDINGS_SPEC, GroupField, ListField

from . import questions_life as life
from . import questions_reactions as reactions
from . import questions_safety as safety
from . import questions_twitch as twitch
from .model import EXCLUSIVE_OPTIONS, SCREEN_STEPS, Answers, Kind, Question

# Warning signs first (emergency signs lead), then age (it changes what the rest means: a baby's
# jerks, words for a parent), and each follow-up right after the answer that makes it possible.
# A skip rule may only look at earlier questions (one walk in order, see _walk).
QUESTIONS: tuple[Question, ...] = (
    safety.EMERGENCY,
    safety.MUSCLE_SIGNS,
    safety.ILLNESS_SIGNS,
    safety.STIFF_NECK,
    safety.RASH,
    life.AGE,
    twitch.AREAS,
    twitch.EYE_SIGNS,
    twitch.WHEN,
    twitch.LEGS_FEELING,
    safety.LEG_CLOT,
    safety.SPINE,
    safety.DARK_URINE,
    twitch.DURATION,
    twitch.COMES_BACK,
    twitch.FREQUENCY,
    twitch.GETTING_WORSE,
    twitch.IMPACT,
    *life.HABIT_QUESTIONS,
    life.MEDICINES,
    reactions.SEROTONIN,
    reactions.DYSTONIA,
    life.CONDITIONS,
    life.FAMILY,
)
QUESTIONS_BY_ID: dict[str, Question] = {question.id: question for question in QUESTIONS}
# A question named like a screen ("result", "emergency") would be unreachable.
assert not SCREEN_STEPS & QUESTIONS_BY_ID.keys(), "a question id clashes with a screen name"
MAX_STORED_CHARS = 20_000  # the WizardProgress column's limit


class WizardInputError(ValueError):
    """An answer the flow cannot accept; the message is written for the person."""


def check_question_id(question_id: object) -> Question:
    if not isinstance(question_id, str) or question_id not in QUESTIONS_BY_ID:
        raise WizardInputError("That question does not exist. Please pick from the list.")
    return QUESTIONS_BY_ID[question_id]


def check_answer(question_id: object, chosen: object) -> tuple[str, ...]:
    """The chosen option ids, checked against the question: known ids, no repeats, right count."""
    question = check_question_id(question_id)
    if isinstance(chosen, str) or not isinstance(chosen, list | tuple):
        raise WizardInputError("The answer must be a list of options.")
    if len(chosen) > len(question.options):
        raise WizardInputError("That answer has more options than the question offers.")
    allowed = question.option_ids
    for option_id in chosen:
        if not isinstance(option_id, str) or option_id not in allowed:
            raise WizardInputError("That is not one of the answers to this question.")
    if len(set(chosen)) != len(chosen):
        raise WizardInputError("An answer was picked twice.")
    if not chosen:
        raise WizardInputError("Please pick an answer (or 'Not sure' / 'None of these').")
    if question.kind is Kind.SINGLE and len(chosen) != 1:
        raise WizardInputError("This question takes one answer.")
    if len(chosen) > 1 and EXCLUSIVE_OPTIONS & set(chosen):
        raise WizardInputError("'Not sure' and 'None of these' cannot be picked with others.")
    # Keep the question's own order, so equal answers are stored the same way.
    return tuple(option_id for option_id in allowed if option_id in chosen)


def toggle(question_id: object, draft: tuple[str, ...], option_id: object) -> tuple[str, ...]:
    """A multi-choice draft after tapping one option: an exclusive option clears the others."""
    question = check_question_id(question_id)
    if question.kind is Kind.SINGLE:
        raise WizardInputError("This question takes one answer: tap it to choose.")
    if not isinstance(option_id, str) or option_id not in question.option_ids:
        raise WizardInputError("That is not one of the answers to this question.")
    current = [item for item in draft if item in question.option_ids]
    if option_id in current:
        current.remove(option_id)
    elif option_id in EXCLUSIVE_OPTIONS:
        current = [option_id]
    else:
        current = [item for item in current if item not in EXCLUSIVE_OPTIONS] + [option_id]
    return tuple(item for item in question.option_ids if item in current)


def _walk(answers: Answers) -> tuple[tuple[Question, ...], dict[str, tuple[str, ...]]]:
    """The questions asked for these answers, and the answers that count.

    A skip rule only looks at earlier questions, so one walk in order is enough. An answer to a
    question that is skipped now (after an earlier answer changed) is ignored, not deleted, so
    changing the earlier answer back brings it back.
    """
    shown: list[Question] = []
    kept: dict[str, tuple[str, ...]] = {}
    for question in QUESTIONS:
        if question.ask_if is None or question.ask_if(kept):
            shown.append(question)
            if question.id in answers:
                kept[question.id] = tuple(answers[question.id])
    return tuple(shown), kept


def visible_questions(answers: Answers) -> tuple[Question, ...]:
    """The questions asked for these answers, in order."""
    return _walk(answers)[0]


def effective_answers(answers: Answers) -> dict[str, tuple[str, ...]]:
    """The answers of the questions still asked."""
    return _walk(answers)[1]


def first_open_question(answers: Answers) -> Question | None:
    """The first question still to answer (None once every asked question has an answer)."""
    return next((q for q in visible_questions(answers) if q.id not in answers), None)


def previous_question(answers: Answers, current_id: str) -> Question | None:
    shown = visible_questions(answers)
    ids = [question.id for question in shown]
    if current_id not in ids:
        return shown[-1]  # from the result page, Back goes to the last question
    index = ids.index(current_id)
    return shown[index - 1] if index > 0 else None


def progress(answers: Answers, current_id: str) -> tuple[int, int]:
    """(question number, questions in all) for the progress bar; totals follow skip rules."""
    ids = [question.id for question in visible_questions(answers)]
    number = ids.index(current_id) + 1 if current_id in ids else len(ids)
    return number, len(ids)


def questions_at_start() -> int:
    """How many questions the counter shows before the first answer ("Question 1 of N")."""
    return len(visible_questions({}))


def answers_to_findings(answers: Answers) -> dict[str, Any]:
    """Findings JSON for the triage engine, built only from options of questions still asked."""
    findings: dict[str, Any] = {}
    for question_id, chosen in effective_answers(answers).items():
        question = QUESTIONS_BY_ID[question_id]
        for option_id in chosen:
            for path, value in question.option(option_id).findings:
                _put(findings, path, value)
    return findings


def _put(findings: dict[str, Any], path: str, value: object) -> None:
    *groups, name = path.split(".")
    target, spec = findings, FINDINGS_SPEC
    for group in groups:
        target = target.setdefault(group, {})
        group_spec = spec[group]
        assert isinstance(group_spec, GroupField)
        spec = group_spec.fields
    if isinstance(spec[name], ListField):
        items = target.setdefault(name, [])
        if value not in items:  # two options may name the same finding (epilepsy, say)
            items.append(value)
    else:
        target[name] = value


def is_emergency(answers: Answers) -> bool:
    """True as soon as the answers given so far call for emergency help."""
    return assess(answers_to_findings(answers)).urgency is Urgency.EMERGENCY


def emergency_question(answers: Answers) -> Question | None:
    """The first question whose answer made this an emergency (where "Back" should lead)."""
    shown, kept = _walk(answers)
    so_far: dict[str, tuple[str, ...]] = {}
    for question in shown:
        if question.id in kept:
            so_far[question.id] = kept[question.id]
            if is_emergency(so_far):
                return question
    return None


def load_answers(stored: object) -> dict[str, tuple[str, ...]]:
    """Answers from the stored JSON; anything that no longer fits the questions is dropped."""
    try:
        raw = json.loads(stored) if isinstance(stored, str) else None
    except ValueError:
        raw = None
    if not isinstance(raw, Mapping):
        return {}
    answers = {}
    for question_id, chosen in raw.items():
        try:
            answers[question_id] = check_answer(question_id, chosen)
        except WizardInputError:
            continue
    return answers


def dump_answers(answers: Answers) -> str:
    text = json.dumps({key: list(value) for key, value in answers.items()}, sort_keys=True)
    if len(text) > MAX_STORED_CHARS:  # cannot happen with checked answers; guards the column
        raise WizardInputError("Too many answers to store.")
    return text
