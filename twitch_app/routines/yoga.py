"""Yoga and stretching routines: a bedtime sequence, calf and hamstring stretches, face relaxation.

The articles recommend yoga against stress-related twitching (R1) and gentle stretching,
massage and warm or cool compresses for the affected muscle (R10).
"""

from twitch_app.ids import (
    SRC_FORUM,
    SRC_HOW_TO_STOP,
    SRC_NHS_LEG_CRAMPS,
    SRC_NHS_TWITCHES,
    SRC_NICE_NG127,
    SRC_SLEEPING,
    SRC_WHAT_TO_DO,
)
from twitch_app.links import causes_helped_by, remedies_practised_by

from .cautions import SEE_A_DOCTOR, SEE_A_DOCTOR_FLAGS
from .models import (
    CALM,
    HOLDING_POSE,
    RELEASED,
    RESTING,
    TENSED,
    PhaseKind,
    Routine,
    RoutineKind,
    Step,
    guidance,
    phase,
    single_step,
)

# A short spoken lead-in before each pose gives the user time to move into it.
MOVE_INTO_POSE_SECONDS = 5

GO_GENTLY = "Move slowly and stop before anything hurts; skip any pose or stretch you find hard."


def pose(title: str, move: str, hold: str, seconds: float) -> Step:
    """A pose: a few seconds to move into it, then a timed hold."""
    return single_step(
        title,
        guidance(title, move, MOVE_INTO_POSE_SECONDS),
        phase(PhaseKind.POSE, "Hold and breathe", hold, seconds, HOLDING_POSE),
    )


BEDTIME_YOGA = Routine(
    id="bedtime_yoga",
    title="Gentle bedtime yoga",
    kind=RoutineKind.YOGA,
    goal="A slow floor sequence that loosens the body and quiets the mind before sleep.",
    helps=causes_helped_by("bedtime_yoga"),
    remedies=remedies_practised_by("bedtime_yoga"),
    duration_choices=(5, 10, 15),
    intro=(
        single_step(
            "Get ready",
            guidance(
                "Get ready", "Lay a blanket on the floor or use your bed, and dim the lights.", 10
            ),
        ),
    ),
    cycle=(
        pose(
            "Child's pose",
            "Kneel, sit back towards your heels and fold forward, arms resting.",
            "Rest your forehead down and breathe into your back.",
            40,
        ),
        pose(
            "Cat and cow",
            "Come onto your hands and knees, wrists under shoulders.",
            "Arch your back as you breathe in and round it as you breathe out, slowly.",
            40,
        ),
        pose(
            "Seated forward fold",
            "Sit with your legs out in front and your knees soft.",
            "Fold forward from the hips only as far as is comfortable, and let your head hang.",
            40,
        ),
        pose(
            "Twist to the left",
            "Lie on your back and draw your knees towards your chest.",
            "Let both knees fall to the left and turn your head to the right.",
            30,
        ),
        pose(
            "Twist to the right",
            "Bring your knees back to the middle.",
            "Let both knees fall to the right and turn your head to the left.",
            30,
        ),
        pose(
            "Legs up the wall",
            "Shuffle close to a wall, or a chair, and lie back.",
            "Rest your legs up the wall or on the chair seat, arms by your sides.",
            60,
        ),
    ),
    closing=(
        single_step(
            "Resting pose",
            phase(
                PhaseKind.REST,
                "Rest",
                "Lie flat, arms a little away from your sides, and let your whole body rest.",
                40,
                RESTING,
            ),
            guidance(
                "Finish", "Roll onto your side and get up slowly, or simply stay and sleep.", 10
            ),
        ),
    ),
    cautions=(
        GO_GENTLY,
        "If you are pregnant, or have back, hip or knee problems, ask a doctor or physiotherapist "
        "which poses suit you.",
        "See a doctor if night-time twitches are frequent or bad enough to spoil your sleep. If "
        "you have epilepsy and get night-time spasms, tell your doctor.",
        SEE_A_DOCTOR,
    ),
    red_flags=(*SEE_A_DOCTOR_FLAGS, "D9", "D12"),
    sources=(SRC_SLEEPING, SRC_WHAT_TO_DO, SRC_FORUM, SRC_NHS_TWITCHES),
    start_scale=CALM,
)

CALF_HAMSTRING_STRETCH = Routine(
    id="calf_hamstring_stretch",
    title="Calf and hamstring stretch",
    kind=RoutineKind.YOGA,
    goal="Seated stretches for the back of the legs, useful before bed if cramps wake you.",
    helps=causes_helped_by("calf_hamstring_stretch"),
    remedies=remedies_practised_by("calf_hamstring_stretch"),
    duration_choices=(3, 5, 8),
    intro=(
        single_step(
            "Get ready",
            guidance(
                "Get ready",
                "Sit on the floor or your bed, legs out in front, with a towel or belt nearby.",
                10,
            ),
        ),
    ),
    cycle=(
        pose(
            "Left calf",
            "Loop the towel around the ball of your left foot, leg straight.",
            "Gently pull your toes towards you until you feel a mild stretch in the calf.",
            30,
        ),
        pose(
            "Right calf",
            "Move the towel to the ball of your right foot, leg straight.",
            "Gently pull your toes towards you until you feel a mild stretch in the calf.",
            30,
        ),
        pose(
            "Left hamstring",
            "Keep your left leg straight and bend the right, foot against your inner thigh.",
            "Reach towards your left foot with a long back until the back of the thigh stretches.",
            30,
        ),
        pose(
            "Right hamstring",
            "Swap legs: right leg straight, left knee bent.",
            "Reach towards your right foot with a long back until the back of the thigh stretches.",
            30,
        ),
        single_step(
            "Shake out",
            phase(PhaseKind.REST, "Rest", "Shake out your legs and breathe easily.", 10, RESTING),
        ),
    ),
    closing=(
        single_step(
            "Finish",
            guidance(
                "Finish",
                "Finish with a gentle calf massage; a warm bath before bed can help too.",
                10,
            ),
        ),
    ),
    cautions=(
        "Stretch only to a mild pull, never to pain, and do not bounce.",
        "If a cramp wakes you, straighten the leg, pull your toes towards you and gently massage "
        "the muscle.",
        "See a doctor if night cramps are frequent, or come with odd feelings, pain or an urge to "
        "move your legs when you lie down: these can point to restless legs.",
        SEE_A_DOCTOR,
    ),
    red_flags=(*SEE_A_DOCTOR_FLAGS, "D9", "D10"),
    sources=(SRC_HOW_TO_STOP, SRC_SLEEPING, SRC_NHS_LEG_CRAMPS, SRC_NHS_TWITCHES),
    start_scale=CALM,
)

FACE_EYELID_RELAXATION = Routine(
    id="face_eyelid_relaxation",
    title="Face and eyelid relaxation",
    kind=RoutineKind.YOGA,
    goal="A short sequence to loosen a tense face and rest tired eyes when an eyelid twitches.",
    helps=causes_helped_by("face_eyelid_relaxation"),
    remedies=remedies_practised_by("face_eyelid_relaxation"),
    duration_choices=(2, 5),
    intro=(
        single_step(
            "Get ready",
            guidance(
                "Get ready",
                "Sit comfortably, take out contact lenses if you wear them, and rest your hands.",
                10,
            ),
        ),
    ),
    cycle=(
        single_step(
            "Squeeze and release",
            phase(
                PhaseKind.TENSE,
                "Squeeze",
                "Close your eyes tightly and scrunch your face.",
                5,
                TENSED,
            ),
            phase(
                PhaseKind.RELEASE,
                "Let go",
                "Let go and let your eyelids rest lightly.",
                10,
                RELEASED,
            ),
        ),
        single_step(
            "Eyebrows",
            phase(PhaseKind.TENSE, "Lift", "Raise your eyebrows as high as they go.", 5, TENSED),
            phase(
                PhaseKind.RELEASE,
                "Let go",
                "Let your brow drop and your forehead smooth.",
                10,
                RELEASED,
            ),
        ),
        single_step(
            "Jaw",
            phase(
                PhaseKind.RELEASE,
                "Unclench",
                "Let your teeth part, your tongue rest and your jaw hang loose.",
                15,
                RELEASED,
            ),
        ),
        single_step(
            "Palming",
            phase(
                PhaseKind.POSE,
                "Palm your eyes",
                "Rub your palms warm and cup them over your closed eyes without pressing.",
                20,
                HOLDING_POSE,
            ),
        ),
        single_step(
            "Temples",
            phase(
                PhaseKind.POSE,
                "Massage",
                "With your fingertips, make slow small circles on your temples and brow bone.",
                20,
                HOLDING_POSE,
            ),
        ),
        single_step(
            "Soft gaze",
            phase(
                PhaseKind.REST,
                "Slow blinks",
                "Open your eyes, blink slowly a few times and look at something far away.",
                15,
                RESTING,
            ),
        ),
    ),
    closing=(
        single_step(
            "Finish",
            guidance(
                "Finish",
                "A warm or cool damp cloth over closed eyes can soothe a twitching eyelid too.",
                10,
            ),
        ),
    ),
    cautions=(
        "Use clean hands and a light touch, and never press on the eyeball itself.",
        "Take regular breaks from screens and flickering light.",
        "See a GP if both eyes close tightly, the eyelid droops, other face muscles join in, "
        "or an eyelid twitch lasts more than 3 months; see a doctor if it spreads to your body.",
        SEE_A_DOCTOR,
    ),
    red_flags=(*SEE_A_DOCTOR_FLAGS, "D11"),
    sources=(SRC_HOW_TO_STOP, SRC_SLEEPING, SRC_WHAT_TO_DO, SRC_NHS_TWITCHES, SRC_NICE_NG127),
    start_scale=CALM,
)

YOGA_ROUTINES: tuple[Routine, ...] = (
    BEDTIME_YOGA,
    CALF_HAMSTRING_STRETCH,
    FACE_EYELID_RELAXATION,
)
