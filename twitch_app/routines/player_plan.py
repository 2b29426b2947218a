"""The compact plan the browser player runs: intro, one cycle, closing, and rounds per length.

A 20-minute box-breathing timeline has 300 segments; the plan has 4 (plus intro and
closing) and the player repeats the cycle itself. Times stay whole half seconds, so the
player's boundaries are as exact as `schedule.position_at` (a browser test compares them).
"""

from __future__ import annotations

from typing import Any

from twitch_app.routines.catalogue import get_routine
from twitch_app.routines.models import Routine
from twitch_app.routines.schedule import Schedule, rounds_for, schedule_rounds, skip_unit

PLAN_VERSION = 1


def _segments(schedule: Schedule, part: str) -> list[dict[str, Any]]:
    return [
        {
            "kind": segment.kind.value,
            "cue": segment.cue,
            "instruction": segment.instruction,
            "seconds": segment.seconds,
            "from": segment.scale_from,
            "to": segment.scale_to,
            "step": segment.step,
        }
        for segment in schedule.segments
        if segment.part == part and (segment.round in (None, 1))
    ]


def plan_for(routine: Routine, lengths: dict[str, int]) -> dict[str, Any]:
    """`lengths` maps a label ("5" minutes, "custom") to a number of cycle rounds."""
    one_round = schedule_rounds(routine, 1)
    intro, cycle, closing = (_segments(one_round, part) for part in ("intro", "cycle", "closing"))
    fixed = sum(s["seconds"] for s in intro) + sum(s["seconds"] for s in closing)
    cycle_seconds = sum(s["seconds"] for s in cycle)
    return {
        "version": PLAN_VERSION,
        "routineId": routine.id,
        "title": routine.title,
        "kind": routine.kind.value,
        "skip": skip_unit(routine.kind),  # what "Skip step" moves past: a phase or a step
        "intro": intro,
        "cycle": cycle,
        "closing": closing,
        "lengths": [
            {"label": label, "rounds": rounds, "total": fixed + rounds * cycle_seconds}
            for label, rounds in lengths.items()
        ],
    }


def catalogue_plan(routine_id: str) -> dict[str, Any]:
    """The plan for a catalogue routine, with one length per duration choice."""
    routine = get_routine(routine_id)
    lengths = {str(minutes): rounds_for(routine, minutes) for minutes in routine.duration_choices}
    return plan_for(routine, lengths)
