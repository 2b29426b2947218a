"""Breathing routines. Each cycle is one breath; the schedule repeats it to fill the duration.

Slow breathing is one of the relaxation techniques the articles recommend against stress-related
twitching (remedy R1 in the digest).
"""

from twitch_app.ids import (
    SRC_BREATHWORK_TRIAL,
    SRC_HOW_TO_STOP,
    SRC_SLOW_BREATHING,
    SRC_WHAT_TO_DO,
    SRC_WHY_SUDDENLY,
)
from twitch_app.links import causes_helped_by, remedies_practised_by

from .cautions import SEE_A_DOCTOR, SEE_A_DOCTOR_FLAGS
from .models import EMPTY, FULL, PhaseKind, Routine, RoutineKind, Step, phase, single_step

# The articles recommend slow, deep breathing against stress twitches; the evidence for each
# pattern is the slow-breathing review (under 10 breaths a minute) and, for box breathing and
# cyclic sighing, the trial that tested those two patterns.
BREATHING_SOURCES = (SRC_WHY_SUDDENLY, SRC_WHAT_TO_DO, SRC_HOW_TO_STOP, SRC_SLOW_BREATHING)
TRIAL_SOURCES = (*BREATHING_SOURCES, SRC_BREATHWORK_TRIAL)


GENTLE = (
    "Breathe gently, never forcing the air. If you feel dizzy, light-headed or short of breath, "
    "stop and breathe normally."
)
HOLDS = (
    "No breath holds if you are pregnant, have a heart or lung condition, or if a child is "
    "doing this: leave the holds out and simply breathe in and out slowly."
)
ALL_BREATHING_CAUTIONS = (GENTLE, HOLDS, SEE_A_DOCTOR)
NO_HOLD_CAUTIONS = (GENTLE, SEE_A_DOCTOR)


def format_seconds(seconds: float) -> str:
    """4.0 -> "4", 5.5 -> "5.5": the way a person would say it."""
    return f"{seconds:g}"


def breath_step(title: str, inhale: float, hold: float, exhale: float, hold_empty: float) -> Step:
    """One breath with plain instructions; holds of zero seconds are left out.

    Used for custom patterns, where we only know the counts the user chose.
    """
    phases = [
        phase(
            PhaseKind.INHALE,
            "Breathe in",
            f"Breathe in slowly through your nose for {format_seconds(inhale)} seconds.",
            inhale,
            FULL,
        )
    ]
    if hold:
        phases.append(
            phase(
                PhaseKind.HOLD,
                "Hold",
                f"Hold the breath softly for {format_seconds(hold)} seconds, shoulders loose.",
                hold,
                FULL,
            )
        )
    phases.append(
        phase(
            PhaseKind.EXHALE,
            "Breathe out",
            f"Breathe out slowly for {format_seconds(exhale)} seconds.",
            exhale,
            EMPTY,
        )
    )
    if hold_empty:
        phases.append(
            phase(
                PhaseKind.HOLD_EMPTY,
                "Hold",
                f"Rest with empty lungs for {format_seconds(hold_empty)} seconds.",
                hold_empty,
                EMPTY,
            )
        )
    return Step(title=title, phases=tuple(phases))


BOX_BREATHING = Routine(
    id="box_breathing",
    title="Box breathing",
    kind=RoutineKind.BREATHING,
    goal="Even, steady breaths in four equal sides to settle a racing mind.",
    helps=causes_helped_by("box_breathing"),
    remedies=remedies_practised_by("box_breathing"),
    duration_choices=(2, 5, 10, 20),
    cycle=(
        single_step(
            "One box breath",
            phase(
                PhaseKind.INHALE,
                "Breathe in",
                "Breathe in slowly through your nose for a count of four.",
                4,
                FULL,
            ),
            phase(
                PhaseKind.HOLD,
                "Hold",
                "Hold the breath gently for four, keeping your jaw and shoulders loose.",
                4,
                FULL,
            ),
            phase(
                PhaseKind.EXHALE,
                "Breathe out",
                "Breathe out slowly through your mouth for a count of four.",
                4,
                EMPTY,
            ),
            phase(
                PhaseKind.HOLD_EMPTY,
                "Hold",
                "Pause with empty lungs for four before the next breath.",
                4,
                EMPTY,
            ),
        ),
    ),
    cautions=ALL_BREATHING_CAUTIONS,
    red_flags=SEE_A_DOCTOR_FLAGS,
    sources=TRIAL_SOURCES,
)

BREATHING_478 = Routine(
    id="breathing_478",
    title="4-7-8 breathing",
    kind=RoutineKind.BREATHING,
    goal="A long hold and a longer out-breath to wind down before sleep.",
    helps=causes_helped_by("breathing_478"),
    remedies=remedies_practised_by("breathing_478"),
    # Kept short on purpose: the long hold makes some people light-headed at first.
    duration_choices=(1, 2, 5),
    cycle=(
        single_step(
            "One 4-7-8 breath",
            phase(
                PhaseKind.INHALE,
                "Breathe in",
                "Breathe in quietly through your nose for a count of four.",
                4,
                FULL,
            ),
            phase(
                PhaseKind.HOLD,
                "Hold",
                "Hold your breath comfortably for a count of seven.",
                7,
                FULL,
            ),
            phase(
                PhaseKind.EXHALE,
                "Breathe out",
                "Breathe out fully through your mouth with a soft whoosh for a count of eight.",
                8,
                EMPTY,
            ),
        ),
    ),
    cautions=(
        "Start with the 1 minute session; the long hold can make you light-headed until you "
        "are used to it.",
        *ALL_BREATHING_CAUTIONS,
    ),
    red_flags=SEE_A_DOCTOR_FLAGS,
    sources=BREATHING_SOURCES,
)

COHERENT_BREATHING = Routine(
    id="coherent_breathing",
    title="Coherent breathing",
    kind=RoutineKind.BREATHING,
    goal="Slow, smooth breathing at about 5.5 breaths a minute for a calm, even rhythm.",
    helps=causes_helped_by("coherent_breathing"),
    remedies=remedies_practised_by("coherent_breathing"),
    duration_choices=(2, 5, 10, 20),
    cycle=(
        single_step(
            "One slow breath",
            phase(
                PhaseKind.INHALE,
                "Breathe in",
                "Breathe in smoothly through your nose, letting your belly rise.",
                5.5,
                FULL,
            ),
            phase(
                PhaseKind.EXHALE,
                "Breathe out",
                "Breathe out just as smoothly, letting your belly fall.",
                5.5,
                EMPTY,
            ),
        ),
    ),
    cautions=NO_HOLD_CAUTIONS,
    red_flags=SEE_A_DOCTOR_FLAGS,
    sources=BREATHING_SOURCES,
)

CYCLIC_SIGHING = Routine(
    id="cyclic_sighing",
    title="Cyclic sighing",
    kind=RoutineKind.BREATHING,
    goal="A double breath in and a long, slow sigh out to release tension quickly.",
    helps=causes_helped_by("cyclic_sighing"),
    remedies=remedies_practised_by("cyclic_sighing"),
    duration_choices=(2, 5, 10),
    cycle=(
        single_step(
            "One sigh",
            phase(
                PhaseKind.INHALE,
                "Breathe in",
                "Breathe in through your nose until your lungs feel nearly full.",
                2,
                0.75,
            ),
            phase(
                PhaseKind.INHALE,
                "Sip in",
                "Take a second, short sip of air through your nose to fill your lungs.",
                1,
                FULL,
            ),
            phase(
                PhaseKind.EXHALE,
                "Sigh out",
                "Let all the air go slowly through your mouth, like a long relaxed sigh.",
                6,
                EMPTY,
            ),
        ),
    ),
    cautions=NO_HOLD_CAUTIONS,
    red_flags=SEE_A_DOCTOR_FLAGS,
    sources=TRIAL_SOURCES,
)

EXTENDED_EXHALE = Routine(
    id="extended_exhale",
    title="Longer out-breath",
    kind=RoutineKind.BREATHING,
    goal="Breathing out for longer than you breathe in, an easy way to slow down anywhere.",
    helps=causes_helped_by("extended_exhale"),
    remedies=remedies_practised_by("extended_exhale"),
    duration_choices=(2, 5, 10, 20),
    cycle=(
        single_step(
            "One long out-breath",
            phase(
                PhaseKind.INHALE,
                "Breathe in",
                "Breathe in gently through your nose for a count of four.",
                4,
                FULL,
            ),
            phase(
                PhaseKind.EXHALE,
                "Breathe out",
                "Breathe out slowly for a count of six, as if through a straw.",
                6,
                EMPTY,
            ),
        ),
    ),
    cautions=NO_HOLD_CAUTIONS,
    red_flags=SEE_A_DOCTOR_FLAGS,
    sources=BREATHING_SOURCES,
)

BREATHING_ROUTINES: tuple[Routine, ...] = (
    BOX_BREATHING,
    BREATHING_478,
    COHERENT_BREATHING,
    CYCLIC_SIGHING,
    EXTENDED_EXHALE,
)
