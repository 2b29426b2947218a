"""Schedule maths: turn a routine into a flat timeline and answer "where are we at time t?".

Every offset is computed from whole half-second ticks, so phase boundaries are exact floats (a
box breath starts at exactly 1184.0 s after 74 cycles, with no drift). Time intervals are
half-open: a segment owns its start instant but not its end, so at exactly t = 4.0 in box
breathing the second phase has begun, and at t = total the schedule is finished.
"""

import math
from bisect import bisect_right
from dataclasses import dataclass

from .catalogue import get_routine
from .models import TICKS_PER_SECOND, PhaseKind, Routine, RoutineKind, Step, to_ticks

# What "Skip step" skips: in a breathing routine a cycle is one breath, and its phases (in,
# hold, out) are the steps a person follows; elsewhere a step is a pose or a muscle group.
SKIP_PHASE = "phase"
SKIP_STEP = "step"

MIN_MINUTES = 1
MAX_MINUTES = 60


@dataclass(frozen=True)
class Segment:
    """One timed phase in the flat timeline."""

    index: int
    start: float
    end: float
    kind: PhaseKind
    cue: str
    instruction: str
    scale_from: float  # shape size when the phase begins
    scale_to: float  # shape size when the phase ends
    part: str  # "intro", "cycle" or "closing"
    round: int | None  # 1-based round number for cycle segments, None otherwise
    step: str  # title of the step this phase belongs to

    @property
    def seconds(self) -> float:
        return self.end - self.start


@dataclass(frozen=True)
class Schedule:
    routine_id: str
    title: str
    kind: RoutineKind
    requested_minutes: int | None  # None when a number of cycles was asked for directly
    rounds: int
    round_seconds: float
    segments: tuple[Segment, ...]
    cautions: tuple[str, ...]

    @property
    def total(self) -> float:
        return self.segments[-1].end if self.segments else 0.0


@dataclass(frozen=True)
class Position:
    index: int | None  # index of the current segment; None once finished
    segment: Segment | None
    phase_left: float  # seconds until the current phase ends
    total_left: float  # seconds until the whole schedule ends
    progress: float  # 0..1 through the whole schedule
    finished: bool


@dataclass(frozen=True)
class NextCue:
    at: float  # schedule time of the next change
    index: int | None  # the segment that starts then; None when the schedule ends then
    kind: PhaseKind | None
    cue: str


FINISHED_CUE = "Finished"


def rounds_for(routine: Routine, minutes: int) -> int:
    """Whole cycles that best fill `minutes` (nearest, halves up, at least one).

    Integer arithmetic on half-second ticks keeps the rounding exact: with box breathing
    (16 s cycles) 2 minutes gives 7.5 cycles, which rounds up to 8.
    """
    available = minutes * 60 * TICKS_PER_SECOND - to_ticks(routine.fixed_seconds)
    cycle = to_ticks(routine.cycle_seconds)
    return max(1, (2 * available + cycle) // (2 * cycle))


def _check_minutes(minutes: object) -> int:
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ValueError(f"minutes must be a whole number, got {minutes!r}")
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise ValueError(f"minutes must be between {MIN_MINUTES} and {MAX_MINUTES}, got {minutes}")
    return minutes


def schedule_rounds(
    routine: Routine, rounds: int, requested_minutes: int | None = None
) -> Schedule:
    """Lay out intro, `rounds` repeats of the cycle, then the closing, end to end."""
    if isinstance(rounds, bool) or not isinstance(rounds, int) or rounds < 1:
        raise ValueError(f"rounds must be a whole number of at least 1, got {rounds!r}")
    parts: list[tuple[str, int | None, tuple[Step, ...]]] = [("intro", None, routine.intro)]
    parts += [("cycle", number, routine.cycle) for number in range(1, rounds + 1)]
    parts.append(("closing", None, routine.closing))

    segments: list[Segment] = []
    ticks = 0
    scale = routine.start_scale
    for part, round_number, steps in parts:
        for step in steps:
            for item in step.phases:
                end_ticks = ticks + to_ticks(item.seconds)
                segments.append(
                    Segment(
                        index=len(segments),
                        start=ticks / TICKS_PER_SECOND,
                        end=end_ticks / TICKS_PER_SECOND,
                        kind=item.kind,
                        cue=item.cue,
                        instruction=item.instruction,
                        scale_from=scale,
                        scale_to=item.scale,
                        part=part,
                        round=round_number,
                        step=step.title,
                    )
                )
                ticks, scale = end_ticks, item.scale
    return Schedule(
        routine_id=routine.id,
        title=routine.title,
        kind=routine.kind,
        requested_minutes=requested_minutes,
        rounds=rounds,
        round_seconds=routine.cycle_seconds,
        segments=tuple(segments),
        cautions=routine.cautions,
    )


def schedule_for(routine: Routine, minutes: int) -> Schedule:
    minutes = _check_minutes(minutes)
    return schedule_rounds(routine, rounds_for(routine, minutes), requested_minutes=minutes)


def build_schedule(routine_id: str, minutes: int) -> Schedule:
    """Schedule a catalogue routine for about `minutes` (any whole number from 1 to 60).

    The UI offers the routine's `duration_choices`; other values work the same way.
    Raises UnknownRoutineError for an unknown id and ValueError for bad minutes.
    """
    return schedule_for(get_routine(routine_id), minutes)


def total_seconds(schedule: Schedule) -> float:
    return schedule.total


def _check_time(t: float) -> float:
    if isinstance(t, bool) or not isinstance(t, int | float) or math.isnan(t) or t < 0:
        raise ValueError(f"time must be a number of seconds of at least 0, got {t!r}")
    return float(t)


def _segment_index_at(schedule: Schedule, t: float) -> int | None:
    """Index of the segment running at time t, or None at or after the end."""
    if t >= schedule.total:
        return None
    starts = [segment.start for segment in schedule.segments]
    return bisect_right(starts, t) - 1


def position_at(schedule: Schedule, t: float) -> Position:
    """Where the user is at `t` seconds after starting (negative or NaN times are refused)."""
    t = _check_time(t)
    total = schedule.total
    index = _segment_index_at(schedule, t)
    if index is None:
        return Position(None, None, 0.0, 0.0, 1.0, True)
    segment = schedule.segments[index]
    return Position(
        index=index,
        segment=segment,
        phase_left=segment.end - t,
        total_left=total - t,
        progress=t / total,
        finished=False,
    )


def next_cue(schedule: Schedule, t: float) -> NextCue | None:
    """The next phase change strictly after `t`: when, and what to say.

    During the last phase this is the end of the schedule (index None, cue "Finished");
    once the schedule has finished there is nothing more and the result is None.
    """
    t = _check_time(t)
    index = _segment_index_at(schedule, t)
    if index is None:
        return None
    following = index + 1
    if following == len(schedule.segments):
        return NextCue(at=schedule.total, index=None, kind=None, cue=FINISHED_CUE)
    segment = schedule.segments[following]
    return NextCue(at=segment.start, index=following, kind=segment.kind, cue=segment.cue)


def skip_unit(kind: RoutineKind) -> str:
    """What "Skip step" moves past in a routine of this kind (the player's plan carries it)."""
    return SKIP_PHASE if kind is RoutineKind.BREATHING else SKIP_STEP


def skip_target(schedule: Schedule, t: float) -> float | None:
    """Where "Skip step" jumps from `t`: the start of the next phase (breathing) or of the next
    step (a pose, a muscle group, a minute of practice); the total in the last one; None once
    finished. assets/player_clock.js (nextStepStart) does the same; a browser test compares."""
    t = _check_time(t)
    index = _segment_index_at(schedule, t)
    if index is None:
        return None
    here = schedule.segments[index]
    if skip_unit(schedule.kind) == SKIP_PHASE:
        return here.end
    for segment in schedule.segments[index + 1 :]:
        if segment.step != here.step or segment.round != here.round:
            return segment.start
    return schedule.total
