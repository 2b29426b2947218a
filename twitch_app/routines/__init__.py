"""Relaxation routines (breathing, meditation, yoga) and their schedule maths.

Pure Python with no Reflex import; Reflex states and the browser player are thin layers on top.

    from twitch_app.routines import build_schedule, position_at, schedule_json
    schedule = build_schedule("box_breathing", 5)  # 19 whole cycles of 16 s = 304 s
    position_at(schedule, 4.0).segment.cue  # "Hold"
    schedule_json(schedule)  # what the player receives
"""

from .catalogue import (
    ROUNDING_RULE,
    CatalogueError,
    UnknownRoutineError,
    all_routines,
    get_routine,
    validate_catalogue,
)
from .custom import (
    CustomPattern,
    FieldError,
    PatternError,
    custom_schedule,
    parse_pattern,
    schedule_from_form,
)
from .export import catalogue_json, schedule_json
from .models import Phase, PhaseKind, Routine, RoutineKind, Step
from .schedule import (
    NextCue,
    Position,
    Schedule,
    Segment,
    build_schedule,
    next_cue,
    position_at,
    total_seconds,
)

__all__ = [
    "ROUNDING_RULE",
    "CatalogueError",
    "CustomPattern",
    "FieldError",
    "NextCue",
    "PatternError",
    "Phase",
    "PhaseKind",
    "Position",
    "Routine",
    "RoutineKind",
    "Schedule",
    "Segment",
    "Step",
    "UnknownRoutineError",
    "all_routines",
    "build_schedule",
    "catalogue_json",
    "custom_schedule",
    "get_routine",
    "next_cue",
    "parse_pattern",
    "position_at",
    "schedule_from_form",
    "schedule_json",
    "total_seconds",
    "validate_catalogue",
]
