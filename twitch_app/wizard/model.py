"""The building blocks of the question flow: options, questions and the stored answers.

Answers are kept as {question id: [option id, ...]}: one shape for every question, so the
server can check any answer the same way and store it as plain JSON. A single-choice answer is
a list of one. Each option says which findings it stands for, as (field path, value) pairs in
the triage engine's vocabulary; the flow turns chosen options into findings, never free text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

Answers = Mapping[str, tuple[str, ...]]

# The screens that are not questions; no question id may take one of these names.
INTRO_STEP, RESULT_STEP, EMERGENCY_STEP = "", "result", "emergency"
SCREEN_STEPS = frozenset({INTRO_STEP, RESULT_STEP, EMERGENCY_STEP})

# Option ids with a meaning of their own in every question that offers them.
NOT_SURE = "not_sure"
NONE_OF_THESE = "none"
EXCLUSIVE_OPTIONS = frozenset({NOT_SURE, NONE_OF_THESE})


class Kind(StrEnum):
    SINGLE = "single"  # one tap answers and moves on
    MULTI = "multi"  # tick any number, then "Next"
    AREAS = "areas"  # like MULTI, with the body outline beside the list


class Section(StrEnum):
    SAFETY = "Warning signs"
    TWITCH = "Your twitch"
    HABITS = "Daily habits"
    HEALTH = "Medicines and health"


@dataclass(frozen=True)
class Option:
    id: str
    label: str
    # (findings path, value): a list field gets the value added, any other field is set to it.
    findings: tuple[tuple[str, object], ...] = ()
    hint: str = ""


@dataclass(frozen=True)
class Question:
    id: str
    section: Section
    kind: Kind
    prompt: str
    why: str  # "Why we ask this", in our own words
    sources: tuple[str, ...]  # article titles the "why" draws on
    options: tuple[Option, ...]
    help: str = ""  # a line under the prompt
    # The prompt as a parent reads it, once the age says a child under 16 ("" when the prompt
    # already reads well for a parent, such as "How long has it been going on?").
    child_prompt: str = ""
    # Asked only when this returns True for the answers so far (None: always asked).
    ask_if: Callable[[Answers], bool] | None = None
    # True for the red-flag questions that come first.
    red_flag: bool = False

    def prompt_for(self, *, child: bool) -> str:
        """The prompt to show: the parent's wording when answering for a child under 16."""
        return self.child_prompt if child and self.child_prompt else self.prompt

    def option(self, option_id: str) -> Option:
        for option in self.options:
            if option.id == option_id:
                return option
        raise KeyError(option_id)

    @property
    def option_ids(self) -> tuple[str, ...]:
        return tuple(option.id for option in self.options)


# Reusable answer sets.
def yes_no(path: str, *, not_sure: bool = True) -> tuple[Option, ...]:
    options = (Option("yes", "Yes", ((path, True),)), Option("no", "No", ((path, False),)))
    return (*options, Option(NOT_SURE, "Not sure")) if not_sure else options


def not_sure() -> Option:
    return Option(NOT_SURE, "Not sure")


def none_of_these(label: str = "None of these") -> Option:
    return Option(NONE_OF_THESE, label)
