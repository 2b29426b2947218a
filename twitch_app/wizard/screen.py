"""What the check's page shows after an event, and the events a person can send.

`advance(answers, event, now=...)` (next_screen.py) turns the answers so far and one event into a
Screen: every value the page shows, the answers to keep, and a finished check to record. A Reflex
state stores the Screen's fields and saves `answers_json` / `draft_json`; it decides nothing.
The events carry what the browser sent, unchecked: advance checks it and raises
WizardInputError (a message fit to show) for anything the flow cannot accept.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from .flow import dump_answers
from .model import INTRO_STEP
from .result import WizardResultView


@dataclass(frozen=True)
class Start:
    """ "Start the check": resume where the answers stop (the first question when none)."""

    step: str = INTRO_STEP  # the screen the tap came from


@dataclass(frozen=True)
class Answer:
    """An answer to the question on screen: one tapped option, or the ticked ones and "Next"."""

    step: str
    chosen: object  # the option ids, as the browser sent them


@dataclass(frozen=True)
class Toggle:
    """Tick or untick one option of a several-choice question (kept as a draft until Next)."""

    step: str
    draft: tuple[str, ...]
    option_id: object


@dataclass(frozen=True)
class Back:
    step: str


@dataclass(frozen=True)
class Edit:
    """Go straight to one answered question (from "Your answers" on the result page)."""

    question_id: object


class StoredCheck(NamedTuple):
    """A finished check as the history keeps it."""

    created_at: datetime
    urgency: str
    assessment_json: str


@dataclass(frozen=True)
class Resume:
    """A page load or a fresh session: show the saved screen again, if it still fits."""

    step: str
    draft_json: str = "[]"
    history: tuple[StoredCheck, ...] = ()  # newest first; the first one dates a shown result


Event = Start | Answer | Toggle | Back | Edit | Resume


@dataclass(frozen=True)
class FinishedCheck:
    """A newly finished check, ready to add to the history."""

    urgency: str
    findings_json: str
    assessment_json: str
    entry: dict[str, str]  # the history line it makes: created, headline, urgency, summary


@dataclass(frozen=True)
class Screen:
    step: str  # INTRO_STEP, a question id, RESULT_STEP or EMERGENCY_STEP
    answers: dict[str, tuple[str, ...]]  # every answer given, skipped questions' included
    draft: tuple[str, ...] = ()  # the options ticked on the question on screen
    question_number: int = 0
    question_total: int = 0
    can_go_back: bool = False
    for_child: bool = False  # a parent is answering for a child under 16
    result: WizardResultView | None = None  # on the result page
    answer_rows: tuple[dict[str, str], ...] = ()  # id, title, said: "Your answers" with Change
    emergency_messages: tuple[str, ...] = ()  # on the emergency stop: why
    history: tuple[dict[str, str], ...] | None = None  # earlier checks; None: unchanged
    finished: FinishedCheck | None = None  # to record: this event finished the check

    @property
    def answers_json(self) -> str:
        """The answers as stored."""
        return dump_answers(self.answers)

    @property
    def draft_json(self) -> str:
        """The draft as stored."""
        return json.dumps(list(self.draft))


def history_entry(stored: StoredCheck) -> dict[str, str]:
    """One line of "Your earlier checks"; a damaged stored record shows as blank, not an error."""
    try:
        saved = json.loads(stored.assessment_json)
    except ValueError:
        saved = {}
    saved = saved if isinstance(saved, dict) else {}
    return {
        "created": f"{stored.created_at:%d %b %Y, %H:%M}",
        "headline": str(saved.get("headline", "")),
        "urgency": stored.urgency,
        "summary": str(saved.get("summary", "")),
    }
