"""Knowledge-base words on top of the shared id vocabulary (twitch_app/vocabulary.py).

The ids themselves live in the shared module; here they are tied to the fact ids of
knowledge/facts.py, and the card categories and red flag levels are defined. The validator checks
every card against both.
"""

from twitch_app.vocabulary import CAUSE_IDS, REMEDY_IDS

# Cause card id -> the fact id in knowledge/facts.py that the card carries first and foremost.
# CAUSE_IDS lists C1-C18 in order, then the twitch kinds with their own card (T2, T3, T8).
CAUSE_FACT_IDS: dict[str, str] = dict(
    zip(CAUSE_IDS, (*(f"C{number}" for number in range(1, 19)), "T2", "T3", "T8"), strict=True)
)

# Remedy card id -> its fact id in knowledge/facts.py; REMEDY_IDS lists R1-R16 in order.
REMEDY_FACT_IDS: dict[str, str] = {
    remedy_id: f"R{number}" for number, remedy_id in enumerate(REMEDY_IDS, start=1)
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
