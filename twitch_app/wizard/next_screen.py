"""The check's one step: the answers so far and one event in, the next Screen out.

from twitch_app.wizard import Answer, advance
screen = advance(answers, Answer("areas", ["eyelid"]), now=now)

An emergency always wins: after every answer the engine grades the answers given so far, once,
and as soon as they call for emergency help the check stops on the emergency screen. The same
assessment then makes the result page, so `assess` runs once per answer.
"""

from __future__ import annotations

import json
from contextlib import suppress
from dataclasses import replace
from datetime import datetime
from typing import Any

from twitch_app.triage import Assessment, Findings, Urgency, assess

from .flow import (
    QUESTIONS_BY_ID,
    WizardInputError,
    answers_to_findings,
    check_answer,
    check_question_id,
    dump_answers,
    emergency_question,
    first_open_question,
    load_answers,
    previous_question,
    progress,
    toggle,
    visible_questions,
)
from .model import EMERGENCY_STEP, INTRO_STEP, RESULT_STEP, Answers, Question
from .questions_life import for_child
from .result import result_view
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
    history_entry,
)
from .summary import answer_lines

MAX_DRAFT = 30  # a stored draft longer than any question's options is damaged


def advance(answers: Answers, event: Event, *, now: datetime) -> Screen:
    """The screen after `event`; raises WizardInputError (nothing changes) for a bad event."""
    answers = dict(answers)
    match event:
        case Start():
            return _settle(answers, now=now)
        case Answer(step=step, chosen=chosen):
            question = _on_screen(step)
            checked = check_answer(question.id, chosen)
            return _settle({**answers, question.id: checked}, now=now, finishing=True)
        case Toggle(step=step, draft=draft, option_id=option_id):
            question = _on_screen(step)
            return _question(answers, question, toggle(question.id, draft, option_id))
        case Back(step=step):
            return _question(answers, _previous(answers, step))
        case Edit(question_id=question_id):
            question = check_question_id(question_id)
            if question not in visible_questions(answers):
                raise WizardInputError("That question is not part of this check.")
            return _question(answers, question)
        case Resume():
            return _resume(answers, event, now)
    raise WizardInputError("That is not something the check can do.")


def resume(answers_json: object, event: Resume, *, now: datetime) -> Screen:
    """The saved check shown again: answers from their stored JSON (what no longer fits the
    questions is dropped), then the saved screen if it still fits them."""
    return advance(load_answers(answers_json), event, now=now)


def _on_screen(step: str) -> Question:
    if step not in QUESTIONS_BY_ID:
        raise WizardInputError("There is no question on screen to answer.")
    return QUESTIONS_BY_ID[step]


def _previous(answers: dict[str, tuple[str, ...]], step: str) -> Question:
    target = None
    if step == EMERGENCY_STEP:
        target = emergency_question(answers)
    elif step == RESULT_STEP or step in QUESTIONS_BY_ID:
        target = previous_question(answers, step)
    if target is None:
        raise WizardInputError("There is no earlier question to go back to.")
    return target


def _resume(answers: dict[str, tuple[str, ...]], event: Resume, now: datetime) -> Screen:
    history = tuple(history_entry(stored) for stored in event.history)
    newest = event.history[0] if event.history else None
    screen = _settle(answers, now=now, at=event.step, checked_at=newest)
    draft = _stored_draft(screen.step, event.draft_json) if screen.step == event.step else ()
    if draft:
        screen = _question(answers, QUESTIONS_BY_ID[screen.step], draft)
    return replace(screen, history=history)


def _stored_draft(step: str, draft_json: str) -> tuple[str, ...]:
    """The ticked options saved with the screen; a stale or damaged draft is dropped."""
    if step not in QUESTIONS_BY_ID:
        return ()
    try:
        raw = json.loads(draft_json)
    except (TypeError, ValueError):
        return ()
    if not isinstance(raw, list) or not raw:
        return ()
    with suppress(WizardInputError):
        return check_answer(step, [item for item in raw if isinstance(item, str)][:MAX_DRAFT])
    return ()


def _settle(
    answers: dict[str, tuple[str, ...]],
    *,
    now: datetime,
    at: str | None = None,
    checked_at: StoredCheck | None = None,
    finishing: bool = False,
) -> Screen:
    """The right screen for the answers: the emergency stop first, then the screen asked for
    (`at`) if it still fits, else the first open question, else the result.

    Only an answer (`finishing`) that completes the check makes a new check to record: a result
    shown again (a reload, Start, a resumed or moved progress) never does, with or without a
    history. The state saves the progress at the result and the record in one transaction, so
    a stored progress at the result always has its record; a finishing save that fails keeps
    neither, and answering the last question again is the retry."""
    raw = answers_to_findings(answers)
    findings = Findings.from_dict(raw)
    assessment = assess(findings) if answers else None
    if assessment is not None and assessment.urgency is Urgency.EMERGENCY:
        view = result_view(answers, findings, assessment, now)
        messages = tuple(flag["message"] for flag in view.flags)
        return _screen(answers, EMERGENCY_STEP, emergency_messages=messages)
    if at in QUESTIONS_BY_ID and QUESTIONS_BY_ID[at] in visible_questions(answers):
        return _question(answers, QUESTIONS_BY_ID[at])
    if at == INTRO_STEP and not answers:
        return _screen(answers, INTRO_STEP)
    open_question = first_open_question(answers)
    if open_question is not None:
        return _question(answers, open_question)
    assert assessment is not None  # no answers always leaves the first question open
    when = checked_at.created_at if checked_at else now
    screen = _result(answers, findings, assessment, when)
    if finishing:  # reached by this answer, not shown again: a new check
        screen = replace(screen, finished=_finished(screen, raw, assessment, when))
    return screen


def _question(
    answers: dict[str, tuple[str, ...]], question: Question, draft: tuple[str, ...] | None = None
) -> Screen:
    number, total = progress(answers, question.id)
    return _screen(
        answers,
        question.id,
        draft=answers.get(question.id, ()) if draft is None else draft,
        question_number=number,
        question_total=total,
        can_go_back=previous_question(answers, question.id) is not None,
        for_child=for_child(answers),
    )


def _result(
    answers: dict[str, tuple[str, ...]], findings: Findings, assessment: Assessment, when: datetime
) -> Screen:
    shown = [question.id for question in visible_questions(answers)]
    rows = tuple(
        {"id": question_id, "title": title, "said": said}
        for question_id, (title, said) in zip(shown, answer_lines(answers), strict=True)
    )
    view = result_view(answers, findings, assessment, when)
    return _screen(answers, RESULT_STEP, result=view, answer_rows=rows)


def _finished(
    screen: Screen, findings: dict[str, Any], assessment: Assessment, when: datetime
) -> FinishedCheck:
    view = screen.result
    assert view is not None
    stored = {**assessment.to_dict(), "headline": view.headline, "summary": view.summary}
    assessment_json = json.dumps(stored)
    return FinishedCheck(
        urgency=view.urgency,
        findings_json=json.dumps(findings),
        assessment_json=assessment_json,
        # The line it adds to "Your earlier checks", made as a stored check's line is.
        entry=history_entry(StoredCheck(when, view.urgency, assessment_json)),
    )


def _screen(
    answers: dict[str, tuple[str, ...]], step: str, draft: tuple[str, ...] = (), **shown: Any
) -> Screen:
    dump_answers(answers)  # refuses answers too long to store, before anything is shown
    return Screen(step=step, answers=answers, draft=draft, **shown)
