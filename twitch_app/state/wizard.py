"""WizardState: the symptom check's thin Reflex adapter over twitch_app.wizard and the database.

Every handler can be called by any client with any payload, so each one passes what it got
through the flow's checks (wizard.check_answer, check_question_id, toggle) before touching
anything; a bad value sets `error` and changes nothing. The answers live on the server
(WizardProgress, one row per device), so a reload or a closed app resumes where it stopped.
"""

from __future__ import annotations

import json
from contextlib import suppress
from datetime import UTC, datetime

import reflex as rx

from twitch_app import wizard
from twitch_app.db import wizard as wizard_db
from twitch_app.db.engine import session_scope
from twitch_app.db.models import WizardResult
from twitch_app.state.device import DeviceState
from twitch_app.wizard.questions_life import for_child
from twitch_app.wizard.result import WizardResultView

INTRO, RESULT, EMERGENCY = wizard.INTRO_STEP, wizard.RESULT_STEP, wizard.EMERGENCY_STEP
ACTIVATE_KEYS = ("Enter", " ")
# Move focus to the new screen's heading, so a screen reader announces the next question.
FOCUS_SCRIPT = "setTimeout(() => document.getElementById('wizard-focus')?.focus(), 60)"


def _load_draft(raw: str) -> list[str]:
    try:
        draft = json.loads(raw)
    except ValueError:
        return []
    return [item for item in draft if isinstance(item, str)][:30] if isinstance(draft, list) else []


def _history_row(row: WizardResult) -> dict[str, str]:
    try:
        stored = json.loads(row.assessment_json)
    except ValueError:
        stored = {}
    stored = stored if isinstance(stored, dict) else {}
    return {
        "created": f"{row.created_at:%d %b %Y, %H:%M}",
        "headline": str(stored.get("headline", "")),
        "urgency": row.urgency,
        "summary": str(stored.get("summary", "")),
    }


class WizardState(DeviceState):
    step: str = INTRO  # "", a question id, "result" or "emergency"
    loaded: bool = False
    draft: list[str] = []  # the ticked options of the question on screen
    error: str = ""
    question_number: int = 0
    question_total: int = 0
    can_go_back: bool = False
    for_child: bool = False  # a parent is answering for a child under 16: a line says so

    result_urgency: str = ""
    result_headline: str = ""
    result_action: str = ""
    result_check_again: str = ""
    result_reassurance: str = ""
    result_safety: str = ""
    result_summary: str = ""
    result_created: str = ""
    result_flags: list[dict[str, str]] = []
    result_causes: list[dict[str, str]] = []
    result_remedies: list[dict[str, str]] = []
    result_routine: dict[str, str] = {}
    result_show_rare: bool = False
    result_notes: list[str] = []  # for a child: a note for the parent and one on tics
    answer_rows: list[dict[str, str]] = []  # id, title, said: "your answers" with Change
    emergency_messages: list[str] = []
    history: list[dict[str, str]] = []

    _answers: dict[str, tuple[str, ...]] = {}

    # --- events ---------------------------------------------------------------------------

    @rx.event
    def load(self):
        """Resume this device's check (on mount of the page)."""
        self._load_saved()

    def _load_saved(self) -> None:
        device_id = self._require_device()
        with session_scope() as session:
            progress = wizard_db.load_progress(session, device_id=device_id)
            rows = wizard_db.list_results(session, device_id=device_id)
            self.history = [_history_row(row) for row in rows]
            answers = wizard.load_answers(progress.answers_json) if progress else {}
            step = progress.step if progress else INTRO
            draft = _load_draft(progress.draft_json) if progress else []
            finished_at = rows[0].created_at if rows else None
        self._answers = answers
        self._resume(step, finished_at)
        if self.step == step and step in wizard.QUESTIONS_BY_ID and draft:
            # A stale or damaged draft is dropped, never trusted.
            with suppress(wizard.WizardInputError):
                self.draft = list(wizard.check_answer(step, draft))
        self.loaded = True

    def _ensure_loaded(self) -> None:
        """A fresh session (a new tab, or a worker that died and a new one took over) first
        picks up the saved check, so the event lands on the screen the person sees."""
        if not self.loaded:
            self._load_saved()

    @rx.event
    def start(self):
        self._ensure_loaded()
        self._resume(None, None)
        return self._saved()

    @rx.event
    def start_over(self):
        device_id = self._require_device()
        with session_scope() as session:
            wizard_db.clear_progress(session, device_id=device_id)
        self._answers = {}
        self._show_question(wizard.QUESTIONS[0])
        return rx.call_script(FOCUS_SCRIPT)

    @rx.event
    def choose(self, option_id: str):
        """Answer a one-choice question and move on."""
        try:
            question = self._current_question()
            chosen = wizard.check_answer(question.id, [option_id])
        except wizard.WizardInputError as problem:
            self.error = str(problem)
            return None
        return self._answer(question, chosen)

    @rx.event
    def toggle_option(self, option_id: str):
        """Tick or untick one option of a several-choice question (not saved until Next)."""
        self._toggle(option_id)

    @rx.event
    def area_key(self, area_id: str, key: str):
        """Keyboard on a body-outline region: Enter or Space ticks it, like a checkbox."""
        if isinstance(key, str) and key in ACTIVATE_KEYS:
            self._toggle(area_id)

    def _toggle(self, option_id: object) -> None:
        try:
            question = self._current_question()
            self.draft = list(wizard.toggle(question.id, tuple(self.draft), option_id))
        except wizard.WizardInputError as problem:
            self.error = str(problem)
            return
        self.error = ""
        self._store()

    @rx.event
    def submit(self):
        """Save the ticked options of a several-choice question and move on."""
        try:
            question = self._current_question()
            chosen = wizard.check_answer(question.id, list(self.draft))
        except wizard.WizardInputError as problem:
            self.error = str(problem)
            return None
        return self._answer(question, chosen)

    @rx.event
    def back(self):
        self._ensure_loaded()
        if self.step == EMERGENCY:
            target = wizard.emergency_question(self._answers)
        elif self.step == RESULT:
            target = wizard.previous_question(self._answers, RESULT)
        elif self.step in wizard.QUESTIONS_BY_ID:
            target = wizard.previous_question(self._answers, self.step)
        else:
            target = None
        if target is None:
            return None
        self._show_question(target)
        return self._saved()

    @rx.event
    def edit(self, question_id: str):
        """Go straight to one answered question to change it (from the result page)."""
        self._ensure_loaded()
        try:
            question = wizard.check_question_id(question_id)
        except wizard.WizardInputError as problem:
            self.error = str(problem)
            return None
        if question not in wizard.visible_questions(self._answers):
            self.error = "That question is not part of this check."
            return None
        self._show_question(question)
        return self._saved()

    # --- helpers (not callable from the browser) -------------------------------------------

    def _current_question(self) -> wizard.Question:
        self._ensure_loaded()
        if self.step not in wizard.QUESTIONS_BY_ID:
            raise wizard.WizardInputError("There is no question on screen to answer.")
        return wizard.QUESTIONS_BY_ID[self.step]

    def _answer(self, question: wizard.Question, chosen: tuple[str, ...]):
        self._answers = {**self._answers, question.id: chosen}
        self._resume(None, None)
        return self._saved()

    def _resume(self, step: str | None, finished_at: datetime | None) -> None:
        """Show the right screen for the answers: an emergency always wins."""
        answers = self._answers
        if answers and wizard.is_emergency(answers):
            self._show_emergency()
            return
        if step in wizard.QUESTIONS_BY_ID:
            question = wizard.QUESTIONS_BY_ID[step]
            if question in wizard.visible_questions(answers):
                self._show_question(question)
                return
        if step == INTRO and not answers:
            self.step = INTRO
            return
        open_question = wizard.first_open_question(answers)
        if open_question is not None:
            self._show_question(open_question)
        else:
            self._show_result(finished_at)

    def _show_question(self, question: wizard.Question) -> None:
        self.step = question.id
        self.draft = list(self._answers.get(question.id, ()))
        self.error = ""
        self.question_number, self.question_total = wizard.progress(self._answers, question.id)
        self.can_go_back = wizard.previous_question(self._answers, question.id) is not None
        self.for_child = for_child(self._answers)

    def _show_emergency(self) -> None:
        view, _ = wizard.build_result(self._answers, datetime.now(UTC))
        self.step = EMERGENCY
        self.error = ""
        self.emergency_messages = [flag["message"] for flag in view.flags]

    def _show_result(self, finished_at: datetime | None) -> None:
        """The result page; a newly finished check (no `finished_at`) joins the history."""
        view, assessment = wizard.build_result(self._answers, finished_at or datetime.now(UTC))
        if finished_at is None and self.step != RESULT:
            self._record(view, assessment.to_dict())
        self.step = RESULT
        self.error = ""
        self._set_result(view)

    def _set_result(self, view: WizardResultView) -> None:
        self.result_urgency = view.urgency
        self.result_headline = view.headline
        self.result_action = view.action
        self.result_check_again = view.check_again
        self.result_reassurance = view.reassurance
        self.result_safety = view.safety
        self.result_summary = view.summary
        self.result_created = view.created
        self.result_flags = view.flags
        self.result_causes = view.causes
        self.result_remedies = view.remedies
        self.result_routine = view.routine
        self.result_show_rare = view.show_rare_card
        self.result_notes = view.notes
        self.answer_rows = [
            {"id": question_id, "title": title, "said": said}
            for question_id, (title, said) in zip(
                [q.id for q in wizard.visible_questions(self._answers)],
                wizard.answer_lines(self._answers),
                strict=True,
            )
        ]

    def _record(self, view: WizardResultView, assessment: dict) -> None:
        device_id = self._require_device()
        stored = {**assessment, "headline": view.headline, "summary": view.summary}
        with session_scope() as session:
            wizard_db.add_result(
                session,
                device_id=device_id,
                urgency=view.urgency,
                findings_json=json.dumps(wizard.answers_to_findings(self._answers)),
                assessment_json=json.dumps(stored),
            )
            rows = wizard_db.list_results(session, device_id=device_id)
            self.history = [_history_row(row) for row in rows]

    def _saved(self):
        """Store the answers and the screen, then move focus to the new screen."""
        self._store()
        return rx.call_script(FOCUS_SCRIPT)

    def _store(self) -> None:
        device_id = self._require_device()
        with session_scope() as session:
            wizard_db.save_progress(
                session,
                device_id=device_id,
                answers_json=wizard.dump_answers(self._answers),
                step=self.step,
                draft_json=json.dumps(self.draft),
            )
