"""The routine registry, checked once at import so broken data fails loudly and early."""

import math
from collections.abc import Iterable

from twitch_app.ids import (
    ALL_CAUSE_IDS,
    ARTICLE_IDS,
    NEVER_RANKED_CAUSES,
    RED_FLAG_IDS,
    REMEDY_IDS,
    ROUTINE_IDS,
    SOURCE_IDS,
)

from .breathing import BREATHING_ROUTINES
from .cautions import SEE_A_DOCTOR
from .meditation import MEDITATION_ROUTINES
from .models import PhaseKind, Routine, RoutineKind, Step
from .yoga import YOGA_ROUTINES

# How the duration a user picks becomes a whole number of rounds (documented for the UI).
ROUNDING_RULE = (
    "The intro and closing play once; the repeating cycle is played a whole number of times: "
    "the chosen minutes minus the intro and closing, divided by the cycle length, rounded to the "
    "nearest whole number (halves round up), and at least once. The real length can therefore "
    "differ from the choice by up to half a cycle."
)


class CatalogueError(ValueError):
    """Raised when routine data breaks a rule; lists every problem found."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("Routine catalogue is invalid:\n- " + "\n- ".join(problems))


class UnknownRoutineError(LookupError):
    pass


def _check_phases(where: str, steps: Iterable[Step]) -> list[str]:
    problems = []
    for step_number, step in enumerate(steps):
        here = f"{where} step {step_number} ({step.title!r})"
        if not step.title.strip():
            problems.append(f"{here}: title is empty")
        if not step.phases:
            problems.append(f"{here}: has no phases")
        for phase_number, item in enumerate(step.phases):
            at = f"{here} phase {phase_number}"
            if item.kind not in set(PhaseKind):
                problems.append(f"{at}: unknown phase kind {item.kind!r}")
            if not item.cue.strip() or not item.instruction.strip():
                problems.append(f"{at}: cue and instruction must both be filled in")
            seconds = item.seconds
            if isinstance(seconds, bool) or not isinstance(seconds, int | float):
                problems.append(f"{at}: seconds must be a number, got {seconds!r}")
            elif not math.isfinite(seconds) or seconds <= 0:
                problems.append(f"{at}: seconds must be positive, got {seconds!r}")
            elif seconds * 2 != int(seconds * 2):
                problems.append(f"{at}: seconds must be in half-second steps, got {seconds!r}")
            if not 0 <= item.scale <= 1:
                problems.append(f"{at}: scale must be between 0 and 1, got {item.scale!r}")
    return problems


def _check_subset(where: str, label: str, values: Iterable[str], known: Iterable[str]) -> list[str]:
    unknown = sorted(set(values) - set(known))
    return [f"{where}: unknown {label} {unknown}"] if unknown else []


def routine_problems(routine: Routine) -> list[str]:
    """Every rule the routine breaks, as readable sentences (empty when it is fine)."""
    where = f"routine {routine.id!r}"
    problems = []
    if routine.id not in ROUTINE_IDS:
        problems.append(f"{where}: id is not in the shared vocabulary")
    if not routine.title.strip() or not routine.goal.strip():
        problems.append(f"{where}: title and goal must both be filled in")
    if routine.kind not in set(RoutineKind):
        problems.append(f"{where}: unknown kind {routine.kind!r}")
    problems += _check_subset(where, "cause ids", routine.helps, ALL_CAUSE_IDS)
    never = sorted(set(routine.helps) & NEVER_RANKED_CAUSES)
    if never:
        problems.append(f"{where}: must not list {never} as something it helps")
    problems += _check_subset(where, "remedy ids", routine.remedies, REMEDY_IDS)
    problems += _check_subset(where, "red flag ids", routine.red_flags, RED_FLAG_IDS)
    problems += _check_subset(where, "sources", routine.sources, SOURCE_IDS)
    if not routine.helps or not routine.sources:
        problems.append(f"{where}: needs at least one cause it helps and one source")
    if not set(routine.sources) - set(ARTICLE_IDS):
        problems.append(f"{where}: must cite evidence for its pattern, not only the articles")
    choices = routine.duration_choices
    if not choices or any(not isinstance(m, int) or m <= 0 for m in choices):
        problems.append(f"{where}: duration choices must be positive whole minutes")
    elif list(choices) != sorted(set(choices)):
        problems.append(f"{where}: duration choices must be unique and in increasing order")
    if not routine.cycle:
        problems.append(f"{where}: the repeating cycle is empty")
    for part, steps in (
        ("intro", routine.intro),
        ("cycle", routine.cycle),
        ("closing", routine.closing),
    ):
        problems += _check_phases(f"{where} {part}", steps)
    if routine.kind == RoutineKind.BREATHING:
        kinds = {item.kind for step in routine.cycle for item in step.phases}
        if not {PhaseKind.INHALE, PhaseKind.EXHALE} <= kinds:
            problems.append(f"{where}: a breathing cycle needs an inhale and an exhale")
    # Safety rule: every routine says when to see a doctor.
    if SEE_A_DOCTOR not in routine.cautions:
        problems.append(f"{where}: cautions must include the see-a-doctor advice")
    if not 0 <= routine.start_scale <= 1:
        problems.append(f"{where}: start scale must be between 0 and 1")
    return problems


def validate_catalogue(routines: Iterable[Routine]) -> dict[str, Routine]:
    """Return the routines keyed by id, or raise CatalogueError naming every problem."""
    registry: dict[str, Routine] = {}
    problems: list[str] = []
    for routine in routines:
        if routine.id in registry:
            problems.append(f"routine {routine.id!r}: id is used twice")
        registry[routine.id] = routine
        problems += routine_problems(routine)
    if problems:
        raise CatalogueError(problems)
    return registry


ROUTINES: dict[str, Routine] = validate_catalogue(
    (*BREATHING_ROUTINES, *MEDITATION_ROUTINES, *YOGA_ROUTINES)
)


def all_routines() -> tuple[Routine, ...]:
    return tuple(ROUTINES.values())


def get_routine(routine_id: str) -> Routine:
    try:
        return ROUTINES[routine_id]
    except KeyError:
        raise UnknownRoutineError(f"unknown routine id {routine_id!r}") from None
