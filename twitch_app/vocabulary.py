"""The shared id vocabulary: the one place the app's ids and article titles are written down.

The knowledge base (cards), the triage engine and the routine catalogue all refer to each other by
these ids, so each package imports them from here instead of keeping its own copy. Pure Python
with no imports from the rest of the app: every package may depend on this module, and this
module depends on none of them.

The order of each tuple is the order of the fact ids in /work/shared/CONTENT-FACTS.md (noted next
to each id); the knowledge base builds its id -> fact id mappings from that order.
"""

# Cause card ids (C1-C18, then the twitch kinds that have their own cause card).
CAUSE_IDS: tuple[str, ...] = (
    "stress_anxiety",  # C1
    "caffeine",  # C2
    "alcohol",  # C3
    "dehydration",  # C4
    "magnesium_deficiency",  # C5
    "potassium_deficiency",  # C6
    "calcium_deficiency",  # C7
    "vitamin_d_deficiency",  # C8
    "other_nutrient_gaps",  # C9
    "sleep_deprivation",  # C10
    "overexertion",  # C11
    "medication",  # C12
    "hormonal_changes",  # C13
    "food_sensitivity",  # C14
    "nerve_compression",  # C15
    "restless_legs",  # C16: RLS, PLMD, REM sleep behaviour disorder, sleep myoclonus
    "rare_conditions",  # C17
    "genetics",  # C18
    "hypnic_jerk",  # T2
    "benign_fasciculation",  # T3 (BFS)
    "eyelid_twitch",  # T8
)

# Rare serious conditions (ALS, MS, epilepsy...) are never ranked beside everyday causes nor
# offered as something a routine helps with: they are covered by red flags and reassurance.
NEVER_RANKED_CAUSES: frozenset[str] = frozenset({"rare_conditions"})

# Remedy card ids, R1-R16.
REMEDY_IDS: tuple[str, ...] = (
    "relaxation",  # R1
    "cut_caffeine_alcohol",  # R2
    "hydration",  # R3
    "magnesium_foods",  # R4
    "potassium_foods",  # R5
    "vitamin_d",  # R6
    "balanced_diet",  # R7
    "supplements_check",  # R8
    "sleep_routine",  # R9
    "stretch_and_massage",  # R10
    "recovery_after_training",  # R11
    "rest_and_pacing",  # R12
    "worry_less",  # R13
    "medicine_review",  # R14
    "screen_and_light_breaks",  # R15
    "elimination_diet_advice",  # R16
)

ROUTINE_IDS: tuple[str, ...] = (
    "box_breathing",
    "breathing_478",
    "coherent_breathing",
    "cyclic_sighing",
    "extended_exhale",
    "body_scan",
    "progressive_muscle_relaxation",
    "mindful_breathing_bells",
    "bedtime_yoga",
    "calf_hamstring_stretch",
    "face_eyelid_relaxation",
)

BODY_AREA_IDS: tuple[str, ...] = (
    "eyelid",
    "face",
    "neck",
    "shoulder",
    "arm",
    "hand",
    "chest",
    "back",
    "abdomen",
    "leg",
    "calf",
    "foot",
    "whole_body",
)

# The red flags D1-D14 of CONTENT-FACTS.md: signs that mean "see a doctor".
RED_FLAG_IDS: tuple[str, ...] = tuple(f"D{number}" for number in range(1, 15))

# The five source articles, exactly as titled at the top of CONTENT-FACTS.md. Cards and routines
# cite them through these names, so a typo is a NameError rather than a broken citation.
TWITCHING_WHILE_SLEEPING = "Twitching while sleeping"
TWITCHES_DURING_SLEEP = "Sudden muscle twitches during sleep: causes and what you should know"
WHAT_TO_DO = "Muscle twitching: what to do?"
WHY_SUDDENLY = "Why are my muscles suddenly twitching?"
HOW_TO_STOP = "How to stop muscle twitches"

SOURCE_TITLES: tuple[str, ...] = (
    TWITCHING_WHILE_SLEEPING,
    TWITCHES_DURING_SLEEP,
    WHAT_TO_DO,
    WHY_SUDDENLY,
    HOW_TO_STOP,
)
