"""JSON-ready views of the catalogue and of schedules, for the browser player and the CLI.

Shapes are plain dicts, lists, strings and numbers. Times are float seconds from the start of the
schedule; the player finds the phase at time t by comparing t with each segment's start and end
(start inclusive, end exclusive), exactly like `position_at`.
"""

from typing import Any

from .catalogue import ROUNDING_RULE, all_routines
from .models import PhaseKind, Routine, Step
from .schedule import Schedule, rounds_for, schedule_for

JSON_VERSION = 1


def _step_json(step: Step) -> dict[str, Any]:
    return {
        "title": step.title,
        "seconds": float(step.seconds),
        "phases": [
            {
                "kind": str(item.kind),
                "cue": item.cue,
                "instruction": item.instruction,
                "seconds": float(item.seconds),
                "scale": float(item.scale),
            }
            for item in step.phases
        ],
    }


def routine_json(routine: Routine) -> dict[str, Any]:
    return {
        "id": routine.id,
        "title": routine.title,
        "kind": str(routine.kind),
        "goal": routine.goal,
        "helps": list(routine.helps),
        "remedies": list(routine.remedies),
        # What each offered duration really becomes once rounded to whole cycles.
        "duration_choices": [
            {
                "minutes": minutes,
                "rounds": rounds_for(routine, minutes),
                "total_seconds": schedule_for(routine, minutes).total,
            }
            for minutes in routine.duration_choices
        ],
        "cycle_seconds": float(routine.cycle_seconds),
        "start_scale": float(routine.start_scale),
        "intro": [_step_json(step) for step in routine.intro],
        "cycle": [_step_json(step) for step in routine.cycle],
        "closing": [_step_json(step) for step in routine.closing],
        "cautions": list(routine.cautions),
        "red_flags": list(routine.red_flags),
        "sources": list(routine.sources),
    }


def catalogue_json() -> dict[str, Any]:
    return {
        "version": JSON_VERSION,
        "phase_kinds": [str(kind) for kind in PhaseKind],
        "duration_rounding": ROUNDING_RULE,
        "routines": [routine_json(routine) for routine in all_routines()],
    }


def schedule_json(schedule: Schedule) -> dict[str, Any]:
    return {
        "version": JSON_VERSION,
        "routine_id": schedule.routine_id,
        "title": schedule.title,
        "kind": str(schedule.kind),
        "requested_minutes": schedule.requested_minutes,
        "rounds": schedule.rounds,
        "round_seconds": float(schedule.round_seconds),
        "total_seconds": schedule.total,
        "cautions": list(schedule.cautions),
        "segments": [
            {
                "index": segment.index,
                "start": segment.start,
                "end": segment.end,
                "seconds": segment.seconds,
                "kind": str(segment.kind),
                "cue": segment.cue,
                "instruction": segment.instruction,
                "scale_from": float(segment.scale_from),
                "scale_to": float(segment.scale_to),
                "part": segment.part,
                "round": segment.round,
                "step": segment.step,
            }
            for segment in schedule.segments
        ],
    }
