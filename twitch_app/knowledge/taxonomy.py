"""How the knowledge base sorts its cards, on top of the shared ids (twitch_app/ids.py).

The ids themselves live in the shared module; here they are tied to the fact ids of
knowledge/facts.py, and the card categories and red flag levels are defined. The validator checks
every card against both.
"""

# Cause card id -> the fact id in knowledge/facts.py that the card carries first and foremost.
# Written out rather than zipped by position, so adding a card to ids.py cannot shift the rest;
# validate.py reports a card of ids.py that is missing here.
CAUSE_FACT_IDS: dict[str, str] = {
    "stress_anxiety": "C1",
    "caffeine": "C2",
    "alcohol": "C3",
    "dehydration": "C4",
    "magnesium_deficiency": "C5",
    "potassium_deficiency": "C6",
    "calcium_deficiency": "C7",
    "vitamin_d_deficiency": "C8",
    "other_nutrient_gaps": "C9",
    "sleep_deprivation": "C10",
    "overexertion": "C11",
    "medication": "C12",
    "hormonal_changes": "C13",
    "food_sensitivity": "C14",
    "nerve_compression": "C15",
    "restless_legs": "C16",
    "rare_conditions": "C17",
    "genetics": "C18",
    "hypnic_jerk": "T2",
    "benign_fasciculation": "T3",
    "eyelid_twitch": "T8",
}

# Remedy card id -> its fact id in knowledge/facts.py.
REMEDY_FACT_IDS: dict[str, str] = {
    "relaxation": "R1",
    "cut_caffeine_alcohol": "R2",
    "hydration": "R3",
    "magnesium_foods": "R4",
    "potassium_foods": "R5",
    "vitamin_d": "R6",
    "balanced_diet": "R7",
    "supplements_check": "R8",
    "sleep_routine": "R9",
    "stretch_and_massage": "R10",
    "recovery_after_training": "R11",
    "rest_and_pacing": "R12",
    "worry_less": "R13",
    "medicine_review": "R14",
    "screen_and_light_breaks": "R15",
    "elimination_diet_advice": "R16",
}

# The order is the order the app shows its category filter in.
CATEGORIES: tuple[str, ...] = (
    "Lifestyle",
    "Nutrition",
    "Sleep",
    "Exercise",
    "Medicines",
    "Pregnancy and children",
    "Medical conditions",
)

# How soon to act on a red flag, mildest first. The triage engine takes the highest level found.
RED_FLAG_LEVELS: tuple[str, ...] = ("see_doctor", "urgent", "emergency")

# The only category a rare card may have, so rare conditions never sit among everyday causes.
RARE_CATEGORY = "Medical conditions"

# How strong a source is, strongest first. A trial is one study; "other" covers the articles,
# charities and single studies that are not trials.
SOURCE_GRADES: tuple[str, ...] = (
    "guideline",
    "systematic_review",
    "trial",
    "patient_information",
    "other",
)

# What a source's date means.
DATE_KINDS: tuple[str, ...] = ("published", "last reviewed", "unknown")
