"""The shared id vocabulary: the one place the app's ids and article titles are written down.

The knowledge base (cards), the triage engine and the routine catalogue all refer to each other by
these ids, so each package imports them from here instead of keeping its own copy. Pure Python
with no imports from the rest of the app: every package may depend on this module, and this
module depends on none of them.

The order of each tuple is the order of the fact ids in twitch_app/knowledge/facts.py (noted next
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

# Cause cards beyond the fact list; they are read, searched and linked like every other cause
# card. The symptom check scores "pregnancy" (triage/causes.py); the others are not ranked.
CARD_ONLY_CAUSE_IDS: tuple[str, ...] = (
    "night_leg_cramps",
    "pregnancy",
    "children_tics",
    "dystonia",
    "body_conditions",  # thyroid, low sodium, diabetes, kidney disease
    "health_anxiety",
)

# Every cause card, in the knowledge base's order of ids.
ALL_CAUSE_IDS: tuple[str, ...] = CAUSE_IDS + CARD_ONLY_CAUSE_IDS

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

# The red flags D1-D14 of the fact list (knowledge/facts.py): signs that mean "see a doctor".
RED_FLAG_IDS: tuple[str, ...] = tuple(f"D{number}" for number in range(1, 15))

# The five source articles, exactly as titled in the project's shared digest. Cards and routines
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

# Source record ids. Cards and routines cite sources by these ids; the records themselves
# (publisher, title, address, date, grade) live in twitch_app/knowledge/sources*.py.
# The five articles first (the wizard still names them by the titles above).
SRC_SLEEPING = "article_twitching_while_sleeping"
SRC_FORUM = "article_twitches_during_sleep"  # a forum post: never a card's only source
SRC_WHAT_TO_DO = "article_what_to_do"
SRC_WHY_SUDDENLY = "article_why_suddenly"
SRC_HOW_TO_STOP = "article_how_to_stop"
ARTICLE_IDS: tuple[str, ...] = (
    SRC_SLEEPING,
    SRC_FORUM,
    SRC_WHAT_TO_DO,
    SRC_WHY_SUDDENLY,
    SRC_HOW_TO_STOP,
)
# Guidelines, systematic reviews and trials.
SRC_NICE_NG127 = "nice_ng127"
SRC_COCHRANE_MG = "cochrane_magnesium_cramps"
SRC_COCHRANE_PREGNANCY = "cochrane_leg_cramps_pregnancy"
SRC_BFS_REVIEW = "review_bfs_progression"
SRC_ALS_EPIDEMIOLOGY = "review_als_epidemiology"
SRC_SLOW_BREATHING = "review_slow_breathing"
SRC_MEDITATION = "review_meditation_stress"
SRC_RELAXATION = "review_relaxation_anxiety"
SRC_BREATHWORK_TRIAL = "trial_breathwork_balban"
# Patient-information pages from health services and hospitals.
SRC_NHS_TWITCHES = "nhs_twitching"
SRC_NHS_LEG_CRAMPS = "nhs_leg_cramps"
SRC_NHS_SEIZURE = "nhs_seizure_first_aid"
SRC_EPILEPSY_999 = "epilepsy_society_999"
SRC_NHS_MENINGITIS = "nhs_meningitis"
SRC_NICE_CG150 = "nice_cg150_headaches"
SRC_MAYO_EYE = "mayo_eye_twitching"
SRC_NHS_DVT = "nhs_dvt"
SRC_RHABDO = "mayo_rhabdomyolysis"
SRC_NHS_ALCOHOL_UNITS = "nhs_alcohol_units"
SRC_NHS_VITAMIN_D = "nhs_vitamin_d"
SRC_SLEEP_DURATION = "nsf_sleep_duration"
SRC_MAYO_POTASSIUM = "mayo_low_potassium"
SRC_CAUDA_EQUINA = "nhs_cauda_equina"
SRC_NHS_DRINKS = "nhs_water_drinks"
SRC_PREGNANCY_CAFFEINE = "hse_pregnancy_caffeine"
SRC_NHS_PRE_ECLAMPSIA = "nhs_pre_eclampsia"
SRC_NHS_DYSTONIA = "nhs_dystonia"
SRC_NHS_METOCLOPRAMIDE = "nhs_metoclopramide"
SRC_NHS_TICS = "nhs_tics"
SRC_HEALTH_ANXIETY = "nhs_talking_therapies_health_anxiety"
SRC_NHS_THYROID = "nhs_overactive_thyroid"
SRC_PSEUDOEPHEDRINE = "emc_pseudoephedrine"
SRC_FLUOROQUINOLONES = "south_tees_fluoroquinolones"
SRC_LITHIUM = "healthify_lithium"
SRC_ANTIHISTAMINE = "emc_sedating_antihistamine"
SRC_ALCOHOL_WITHDRAWAL = "gov_uk_alcohol_withdrawal"
SRC_DRINKAWARE_WITHDRAWAL = "drinkaware_alcohol_withdrawal"
SRC_BENZO_WITHDRAWAL = "mind_benzodiazepine_withdrawal"

SOURCE_IDS: tuple[str, ...] = (
    *ARTICLE_IDS,
    SRC_NICE_NG127,
    SRC_COCHRANE_MG,
    SRC_COCHRANE_PREGNANCY,
    SRC_BFS_REVIEW,
    SRC_ALS_EPIDEMIOLOGY,
    SRC_SLOW_BREATHING,
    SRC_MEDITATION,
    SRC_RELAXATION,
    SRC_BREATHWORK_TRIAL,
    SRC_NHS_TWITCHES,
    SRC_NHS_LEG_CRAMPS,
    SRC_NHS_SEIZURE,
    SRC_EPILEPSY_999,
    SRC_NHS_MENINGITIS,
    SRC_NICE_CG150,
    SRC_MAYO_EYE,
    SRC_NHS_DVT,
    SRC_RHABDO,
    SRC_NHS_ALCOHOL_UNITS,
    SRC_NHS_VITAMIN_D,
    SRC_SLEEP_DURATION,
    SRC_MAYO_POTASSIUM,
    SRC_CAUDA_EQUINA,
    SRC_NHS_DRINKS,
    SRC_PREGNANCY_CAFFEINE,
    SRC_NHS_PRE_ECLAMPSIA,
    SRC_NHS_DYSTONIA,
    SRC_NHS_METOCLOPRAMIDE,
    SRC_NHS_TICS,
    SRC_HEALTH_ANXIETY,
    SRC_NHS_THYROID,
    SRC_PSEUDOEPHEDRINE,
    SRC_FLUOROQUINOLONES,
    SRC_LITHIUM,
    SRC_ANTIHISTAMINE,
    SRC_ALCOHOL_WITHDRAWAL,
    SRC_DRINKAWARE_WITHDRAWAL,
    SRC_BENZO_WITHDRAWAL,
)
