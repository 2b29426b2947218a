"""Meditation routines: body scan, progressive muscle relaxation, mindful breathing with bells.

Meditation and conscious relaxation are recommended by the articles against stress-related
twitching (remedy R1 in the digest).
"""

from twitch_app.ids import (
    SRC_HOW_TO_STOP,
    SRC_MEDITATION,
    SRC_RELAXATION,
    SRC_SLEEPING,
    SRC_WHAT_TO_DO,
    SRC_WHY_SUDDENLY,
)
from twitch_app.links import causes_helped_by, remedies_practised_by

from .cautions import SEE_A_DOCTOR, SEE_A_DOCTOR_FLAGS
from .models import (
    CALM,
    RELEASED,
    RESTING,
    TENSED,
    Phase,
    PhaseKind,
    Routine,
    RoutineKind,
    Step,
    guidance,
    phase,
    single_step,
)

ARTICLES = (SRC_SLEEPING, SRC_WHAT_TO_DO, SRC_WHY_SUDDENLY, SRC_HOW_TO_STOP)
# Mindfulness practice: the review of meditation programmes for stress.
MEDITATION_SOURCES = (*ARTICLES, SRC_MEDITATION)

# Paying close attention to the body can turn into checking on a twitch; the articles note that
# worry makes twitches worse (R13), so the cautions say how to step back.
DONT_CHASE_TWITCHES = (
    "If noticing a twitch makes you anxious, move your attention on or open your eyes. Most "
    "twitches are harmless, and worrying about them tends to make them worse."
)

SECONDS_PER_AREA = 20


def scan_area(title: str, instruction: str) -> Step:
    return single_step(title, guidance(title, instruction, SECONDS_PER_AREA))


BODY_SCAN = Routine(
    id="body_scan",
    title="Body scan",
    kind=RoutineKind.MEDITATION,
    goal="Move your attention slowly from your feet to your head, letting each area soften.",
    helps=causes_helped_by("body_scan"),
    remedies=remedies_practised_by("body_scan"),
    duration_choices=(5, 10, 20),
    intro=(
        single_step(
            "Settle in",
            guidance(
                "Settle in",
                "Lie down or sit comfortably, and close your eyes if that feels right.",
                15,
            ),
            phase(
                PhaseKind.REST,
                "Breathe",
                "Take a few slow breaths and let your body grow heavy.",
                15,
                RESTING,
            ),
        ),
    ),
    # One round scans the whole body from feet to head; longer sessions repeat the scan.
    cycle=(
        scan_area("Feet", "Bring your attention to your toes, soles and heels, just noticing."),
        scan_area(
            "Lower legs",
            "Move up to your ankles, shins and calves. If something twitches, let it be.",
        ),
        scan_area("Knees and thighs", "Notice your knees and thighs and let them go heavy."),
        scan_area("Hips and lower back", "Feel your hips and lower back resting on the support."),
        scan_area("Belly", "Feel your belly rise and fall with each breath."),
        scan_area("Chest and upper back", "Notice your chest and upper back as you breathe."),
        scan_area("Hands", "Bring your attention to your fingers, palms and the backs of hands."),
        scan_area("Arms", "Move up through your forearms, elbows and upper arms."),
        scan_area(
            "Shoulders and neck",
            "Let your shoulders drop away from your ears and your neck lengthen.",
        ),
        scan_area("Jaw and mouth", "Unclench your jaw and let your tongue rest softly."),
        scan_area("Eyes and forehead", "Soften around your eyes and let your forehead smooth."),
        scan_area("Whole body", "Feel your whole body at once, breathing and supported."),
    ),
    closing=(
        single_step(
            "Come back",
            guidance(
                "Come back",
                "Wiggle your fingers and toes and notice the room around you.",
                15,
            ),
            guidance(
                "Open your eyes",
                "Open your eyes when you are ready and take a moment before getting up.",
                15,
            ),
        ),
    ),
    cautions=(
        DONT_CHASE_TWITCHES,
        "If you practise in bed, it is fine to fall asleep before the end.",
        SEE_A_DOCTOR,
    ),
    red_flags=SEE_A_DOCTOR_FLAGS,
    sources=MEDITATION_SOURCES,
    start_scale=CALM,
)

TENSE_SECONDS = 5
RELEASE_SECONDS = 15


def muscle_group(title: str, tense: str, release: str) -> Step:
    """Tense one muscle group for about 5 s, then let go for about 15 s."""
    return single_step(
        title,
        phase(PhaseKind.TENSE, "Tense", tense, TENSE_SECONDS, TENSED),
        phase(PhaseKind.RELEASE, "Let go", release, RELEASE_SECONDS, RELEASED),
    )


PROGRESSIVE_MUSCLE_RELAXATION = Routine(
    id="progressive_muscle_relaxation",
    title="Progressive muscle relaxation",
    kind=RoutineKind.MEDITATION,
    goal="Tense and then release one muscle group at a time to feel what letting go is like.",
    helps=causes_helped_by("progressive_muscle_relaxation"),
    remedies=remedies_practised_by("progressive_muscle_relaxation"),
    duration_choices=(5, 10, 15),
    intro=(
        single_step(
            "Get comfortable",
            guidance(
                "Get comfortable",
                "Sit or lie down. Tense each area for about five seconds, then let go for "
                "about fifteen.",
                20,
            ),
        ),
    ),
    cycle=(
        muscle_group(
            "Hands", "Make fists with both hands and squeeze.", "Open your hands and let go."
        ),
        muscle_group(
            "Upper arms",
            "Bend your elbows and tighten your upper arms.",
            "Let your arms drop and go loose.",
        ),
        muscle_group(
            "Shoulders",
            "Lift your shoulders up towards your ears.",
            "Drop your shoulders and feel the difference.",
        ),
        muscle_group(
            "Forehead",
            "Raise your eyebrows and wrinkle your forehead.",
            "Let your forehead smooth out.",
        ),
        muscle_group(
            "Eyes and cheeks",
            "Squeeze your eyes shut and scrunch up your face.",
            "Let your face go soft and your eyelids rest lightly.",
        ),
        muscle_group(
            "Mouth and jaw",
            "Press your lips together gently.",
            "Let your lips part and your jaw hang loose.",
        ),
        muscle_group(
            "Chest and back",
            "Breathe in and gently draw your shoulder blades together.",
            "Breathe out and let your back sink down.",
        ),
        muscle_group(
            "Belly",
            "Tighten your stomach muscles as if bracing.",
            "Let your belly soften and breathe easily.",
        ),
        muscle_group(
            "Thighs and buttocks",
            "Squeeze your thighs and buttocks.",
            "Let your legs go heavy.",
        ),
        # Pulling the toes up, not pointing them, tenses the shins without inviting a calf cramp.
        muscle_group(
            "Lower legs",
            "Pull your toes up towards your shins.",
            "Let your feet fall back and relax.",
        ),
    ),
    closing=(
        single_step(
            "Rest",
            phase(
                PhaseKind.REST,
                "Rest",
                "Lie still and feel your whole body loose and heavy.",
                20,
                RESTING,
            ),
            guidance("Come back", "Take a deep breath, stretch gently and open your eyes.", 10),
        ),
    ),
    cautions=(
        "Tense at about half your strength, never to the point of pain, and skip any area that "
        "is injured or sore.",
        "If a muscle starts to cramp, let go at once and stretch it gently.",
        SEE_A_DOCTOR,
    ),
    red_flags=SEE_A_DOCTOR_FLAGS,
    sources=(SRC_WHAT_TO_DO, SRC_WHY_SUDDENLY, SRC_HOW_TO_STOP, SRC_RELAXATION),
    start_scale=CALM,
)

BELL_SECONDS = 5


def bell(instruction: str) -> Phase:
    return phase(PhaseKind.BELL, "Bell", instruction, BELL_SECONDS, CALM)


MINDFUL_BREATHING_BELLS = Routine(
    id="mindful_breathing_bells",
    title="Mindful breathing with bells",
    kind=RoutineKind.MEDITATION,
    goal="Rest your attention on your breath; a bell each minute invites you back.",
    helps=causes_helped_by("mindful_breathing_bells"),
    remedies=remedies_practised_by("mindful_breathing_bells"),
    duration_choices=(3, 5, 10, 20),
    intro=(
        single_step(
            "Begin",
            bell("Listen to the bell until the sound fades."),
            guidance(
                "Settle",
                "Sit upright but relaxed, lower your gaze and let your breath find its own pace.",
                25,
            ),
        ),
    ),
    cycle=(
        single_step(
            "One minute of breathing",
            phase(
                PhaseKind.REST,
                "Breathe",
                "Rest your attention on the breath. When your mind wanders, gently come back.",
                55,
                RESTING,
            ),
            bell("At the bell, notice where your attention is and return to the breath."),
        ),
    ),
    closing=(
        single_step(
            "Finish",
            guidance(
                "Finish",
                "Let go of any focus, notice how your body feels and open your eyes.",
                25,
            ),
            bell("A last bell closes the practice."),
        ),
    ),
    cautions=(DONT_CHASE_TWITCHES, SEE_A_DOCTOR),
    red_flags=SEE_A_DOCTOR_FLAGS,
    sources=MEDITATION_SOURCES,
    start_scale=CALM,
)

MEDITATION_ROUTINES: tuple[Routine, ...] = (
    BODY_SCAN,
    PROGRESSIVE_MUSCLE_RELAXATION,
    MINDFUL_BREATHING_BELLS,
)
