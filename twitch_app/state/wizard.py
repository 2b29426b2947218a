"""WizardState: the symptom check's thin Reflex adapter over twitch_app.wizard and the database.

Each tap is one call into the core: `wizard.advance(answers, event)` gets what the browser sent,
checks it (a bad value raises WizardInputError: `error` says why and nothing changes) and returns
the next Screen; this state copies the Screen into its vars and saves the progress (one row per
device), so a reload or a closed app resumes where it stopped. A save the database refuses does
not stop the check: the page says in place that this device is not keeping the answers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import reflex as rx

from twitch_app import wizard
from twitch_app.db import wizard as wizard_db
from twitch_app.db.engine import session_scope
from twitch_app.state.device import DeviceState, StorageError, log_storage_error

INTRO, RESULT, EMERGENCY = wizard.INTRO_STEP, wizard.RESULT_STEP, wizard.EMERGENCY_STEP
ACTIVATE_KEYS = ("Enter", " ")
# Move focus to the new screen's heading, so a screen reader announces the next question.
FOCUS_SCRIPT = "setTimeout(() => document.getElementById('wizard-focus')?.focus(), 60)"
PROGRESS_NOT_SAVED = (
    "Not saved on this device: the server could not store your answers just now. You can "
    "carry on, but if you close or reload this page you may have to answer again."
)
RESULT_NOT_SAVED = (
    "Not saved on this device: the server could not store this result, so it will not appear "
    "in your earlier checks. Copy or download the summary below to keep it."
)


class WizardState(DeviceState):
    step: str = INTRO  # "", a question id, "result" or "emergency"
    loaded: bool = False
    draft: list[str] = []  # the ticked options of the question on screen
    error: str = ""
    save_problem: str = ""  # set while this device is not keeping the answers
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

    @rx.event
    def start(self):
        return self._advance(wizard.Start)

    @rx.event
    def start_over(self):
        try:
            device_id = self._require_device()
            with session_scope() as session:
                wizard_db.clear_progress(session, device_id=device_id)
        except StorageError as problem:
            log_storage_error("wizard start over", problem)
            self._set("save_problem", PROGRESS_NOT_SAVED)
        self._show(wizard.advance({}, wizard.Start(), now=datetime.now(UTC)))
        return rx.call_script(FOCUS_SCRIPT)

    @rx.event
    def choose(self, option_id: str):
        """Answer a one-choice question and move on."""
        return self._advance(lambda step: wizard.Answer(step, [option_id]))

    @rx.event
    def toggle_option(self, option_id: str):
        """Tick or untick one option of a several-choice question (not saved until Next)."""
        self._advance(lambda step: wizard.Toggle(step, tuple(self.draft), option_id))

    @rx.event
    def area_key(self, area_id: str, key: str):
        """Keyboard on a body-outline region: Enter or Space ticks it, like a checkbox."""
        if isinstance(key, str) and key in ACTIVATE_KEYS:
            self._advance(lambda step: wizard.Toggle(step, tuple(self.draft), area_id))

    @rx.event
    def submit(self):
        """Save the ticked options of a several-choice question and move on."""
        return self._advance(lambda step: wizard.Answer(step, list(self.draft)))

    @rx.event
    def back(self):
        return self._advance(wizard.Back)

    @rx.event
    def edit(self, question_id: str):
        """Go straight to one answered question to change it (from the result page)."""
        return self._advance(lambda _step: wizard.Edit(question_id))

    # --- helpers (not callable from the browser) -------------------------------------------

    def _load_saved(self) -> None:
        device_id = self._require_device()
        with session_scope() as session:
            screen = wizard_db.saved_screen(session, device_id=device_id, now=datetime.now(UTC))
        self._show(screen)  # records nothing: only the answer that finishes a check does
        self.loaded = True

    def _advance(self, make_event: Callable[[str], wizard.Event]):
        """One tap: the core's next screen, shown and saved; a refused event only says why.

        A fresh session (a new tab, or a worker that died and a new one took over) first picks
        up the saved check, so the event (made from the screen on show) lands where the person is.
        """
        if not self.loaded:
            self._load_saved()
        event = make_event(self.step)
        try:
            screen = wizard.advance(self._answers, event, now=datetime.now(UTC))
        except wizard.WizardInputError as problem:
            self.error = str(problem)
            return None
        self._show(screen)
        self._save(screen)
        return None if isinstance(event, wizard.Toggle) else rx.call_script(FOCUS_SCRIPT)

    def _show(self, screen: wizard.Screen) -> None:
        self._answers = screen.answers
        shown: dict[str, object] = {
            "step": screen.step,
            "draft": list(screen.draft),
            "error": "",
            "question_number": screen.question_number,
            "question_total": screen.question_total,
            "can_go_back": screen.can_go_back,
            "for_child": screen.for_child,
        }
        if (view := screen.result) is not None:
            shown |= {
                "result_urgency": view.urgency,
                "result_headline": view.headline,
                "result_action": view.action,
                "result_check_again": view.check_again,
                "result_reassurance": view.reassurance,
                "result_safety": view.safety,
                "result_summary": view.summary,
                "result_created": view.created,
                "result_flags": view.flags,
                "result_causes": view.causes,
                "result_remedies": view.remedies,
                "result_routine": view.routine,
                "result_show_rare": view.show_rare_card,
                "result_notes": view.notes,
                "answer_rows": list(screen.answer_rows),
            }
        if screen.step == EMERGENCY:
            shown["emergency_messages"] = list(screen.emergency_messages)
        if screen.history is not None:
            shown["history"] = list(screen.history)
        for name, value in shown.items():
            self._set(name, value)

    def _set(self, name: str, value: object) -> None:
        """Assign only what changed: Reflex sends every assigned var to the browser."""
        if getattr(self, name) != value:
            setattr(self, name, value)

    def _save(self, screen: wizard.Screen) -> None:
        """Store the answers and the screen, and a newly finished check in the history, in one
        transaction: a stored progress at the result always has its record. When the save fails
        neither is kept, so a reload asks the last question again and its answer records it."""
        try:
            device_id = self._require_device()
            with session_scope() as session:
                wizard_db.save_progress(
                    session,
                    device_id=device_id,
                    answers_json=screen.answers_json,
                    step=screen.step,
                    draft_json=screen.draft_json,
                )
                if (done := screen.finished) is not None:
                    wizard_db.add_result(
                        session,
                        device_id=device_id,
                        urgency=done.urgency,
                        findings_json=done.findings_json,
                        assessment_json=done.assessment_json,
                    )
        except StorageError as problem:
            log_storage_error("wizard progress save", problem)
            self._set("save_problem", RESULT_NOT_SAVED if screen.finished else PROGRESS_NOT_SAVED)
            return
        self._set("save_problem", "")
        if screen.finished is not None:
            entries = [screen.finished.entry, *self.history]
            self.history = entries[: wizard_db.HISTORY_LIMIT]
