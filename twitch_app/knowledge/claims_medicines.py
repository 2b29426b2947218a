"""Claims behind the medicines card and the alcohol caution: what each medicine can do, and
why stopping alcohol or benzodiazepines needs a doctor. The validator checks them like any claim.
"""

from collections.abc import Iterable

from twitch_app.ids import (
    SRC_ALCOHOL_WITHDRAWAL,
    SRC_ANTIHISTAMINE,
    SRC_BENZO_WITHDRAWAL,
    SRC_DRINKAWARE_WITHDRAWAL,
    SRC_FLUOROQUINOLONES,
    SRC_LITHIUM,
    SRC_NHS_LEG_CRAMPS,
    SRC_NHS_SEIZURE,
    SRC_PREGNANCY_CAFFEINE,
    SRC_PSEUDOEPHEDRINE,
)
from twitch_app.knowledge.models import Claim


def claim(
    claim_id: str, text: str, key_phrase: str, sources: Iterable[str], carriers: Iterable[str]
) -> Claim:
    return Claim(claim_id, text, key_phrase, tuple(sources), tuple(carriers))


MEDICINE_CLAIMS: tuple[Claim, ...] = (
    claim(
        "statins_cramps",
        "Statins and water pills can cause leg cramps.",
        "statins",
        (SRC_NHS_LEG_CRAMPS,),
        ("medication", "night_leg_cramps"),
    ),
    claim(
        "decongestant_shaking",
        "Pseudoephedrine decongestants can cause tremor and restlessness.",
        "pseudoephedrine",
        (SRC_PSEUDOEPHEDRINE,),
        ("medication",),
    ),
    claim(
        "fluoroquinolone_nerves",
        "Fluoroquinolone antibiotics rarely cause tendon pain, pins and needles or weakness.",
        "fluoroquinolone",
        (SRC_FLUOROQUINOLONES,),
        ("medication",),
    ),
    claim(
        "caffeine_in_remedies",
        "Caffeine is in some cold and flu remedies as well as drinks.",
        "cold remedies",
        (SRC_PREGNANCY_CAFFEINE,),
        ("medication",),
    ),
    claim(
        "lithium_level",
        "Bad shaking or new muscle twitches on lithium can mean the level is too high.",
        "lithium level is too high",
        (SRC_LITHIUM,),
        ("medication",),
    ),
    claim(
        "antihistamine_twitching",
        "Some antihistamines that can make you sleepy list muscle twitching as a side effect.",
        "antihistamines",
        (SRC_ANTIHISTAMINE,),
        ("medication",),
    ),
    claim(
        "withdrawal_shaking",
        "Coming off heavy drinking or benzodiazepines can bring shaking; never stop suddenly.",
        "never stop them suddenly",
        (SRC_ALCOHOL_WITHDRAWAL, SRC_BENZO_WITHDRAWAL),
        ("medication",),
    ),
    claim(
        "withdrawal_emergency",
        "Shaking with confusion, or a fit, while coming off alcohol or benzodiazepines is an "
        "emergency.",
        "is an emergency",
        (SRC_ALCOHOL_WITHDRAWAL, SRC_DRINKAWARE_WITHDRAWAL, SRC_BENZO_WITHDRAWAL, SRC_NHS_SEIZURE),
        ("medication",),
    ),
    claim(
        "heavy_drinking_stop_slowly",
        "Someone who drinks heavily every day should not stop all at once without a doctor.",
        "do not stop all at once",
        (SRC_ALCOHOL_WITHDRAWAL, SRC_DRINKAWARE_WITHDRAWAL),
        ("cut_caffeine_alcohol",),
    ),
)
