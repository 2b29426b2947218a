"""Data model of a guided routine: phases grouped into steps, steps grouped into three parts.

A routine is played as: the `intro` steps once, the `cycle` steps repeated a whole number of
rounds to fill the chosen duration, then the `closing` steps once. Breathing routines have only a
cycle (one breath); meditation and yoga routines wrap their cycle in a short intro and closing.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class RoutineKind(StrEnum):
    BREATHING = "breathing"
    MEDITATION = "meditation"
    YOGA = "yoga"


class PhaseKind(StrEnum):
    INHALE = "inhale"
    HOLD = "hold"  # holding with full lungs
    EXHALE = "exhale"
    HOLD_EMPTY = "hold_empty"  # resting with empty lungs
    TENSE = "tense"
    RELEASE = "release"
    POSE = "pose"
    REST = "rest"
    BELL = "bell"
    GUIDANCE = "guidance"


# Scales the player animates towards. Breathing phases use the full 0..1 range (empty to full
# lungs); the calmer phases of meditation and yoga move the shape gently around the middle.
EMPTY = 0.0
FULL = 1.0
CALM = 0.5
TENSED = 0.85
RELEASED = 0.3
HOLDING_POSE = 0.6
RESTING = 0.4

# Durations are whole half-seconds so that every phase boundary is exact in binary floating
# point, however many phases are summed.
TICKS_PER_SECOND = 2


@dataclass(frozen=True)
class Phase:
    kind: PhaseKind
    cue: str  # a word or two shown large and spoken: "Breathe in"
    instruction: str  # one full sentence telling the user what to do
    seconds: float
    scale: float  # the shape's target size at the end of this phase, 0..1


@dataclass(frozen=True)
class Step:
    title: str
    phases: tuple[Phase, ...]

    @property
    def seconds(self) -> float:
        return sum_seconds(phase.seconds for phase in self.phases)


@dataclass(frozen=True)
class Routine:
    id: str
    title: str
    kind: RoutineKind
    goal: str
    helps: tuple[str, ...]  # cause ids from the shared vocabulary
    remedies: tuple[str, ...]  # remedy card ids this routine puts into practice
    duration_choices: tuple[int, ...]  # minutes offered to the user
    cycle: tuple[Step, ...]
    cautions: tuple[str, ...]
    red_flags: tuple[str, ...]  # red flag ids named by the cautions
    sources: tuple[str, ...]  # article titles
    intro: tuple[Step, ...] = ()
    closing: tuple[Step, ...] = ()
    start_scale: float = EMPTY  # shape size before the first phase

    @property
    def cycle_seconds(self) -> float:
        return sum_seconds(step.seconds for step in self.cycle)

    @property
    def fixed_seconds(self) -> float:
        """Seconds of the parts played once (intro and closing)."""
        return sum_seconds(step.seconds for step in (*self.intro, *self.closing))


def to_ticks(seconds: float) -> int:
    """Convert seconds to whole half-second ticks; refuse anything off the half-second grid."""
    ticks = seconds * TICKS_PER_SECOND
    if ticks != int(ticks):
        raise ValueError(f"{seconds} s is not a whole number of half seconds")
    return int(ticks)


def sum_seconds(values: Iterable[float]) -> float:
    """Add durations via integer ticks, so the total is exact and independent of order."""
    return sum(to_ticks(value) for value in values) / TICKS_PER_SECOND


def phase(kind: PhaseKind, cue: str, instruction: str, seconds: float, scale: float) -> Phase:
    """Short constructor used by the catalogue data modules."""
    return Phase(kind=kind, cue=cue, instruction=instruction, seconds=seconds, scale=scale)


def guidance(cue: str, instruction: str, seconds: float, scale: float = CALM) -> Phase:
    return Phase(PhaseKind.GUIDANCE, cue, instruction, seconds, scale)


def single_step(title: str, *phases: Phase) -> Step:
    return Step(title=title, phases=tuple(phases))
