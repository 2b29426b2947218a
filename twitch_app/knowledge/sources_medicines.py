"""Source records for the medicines card: lithium, antihistamines and withdrawal.

Each record points at the page we read that says the medicine (or stopping it) can cause
shaking, tremor or twitching. Dates are left unknown where the copy we read showed none.
"""

from twitch_app.ids import (
    SRC_ALCOHOL_WITHDRAWAL,
    SRC_ANTIHISTAMINE,
    SRC_BENZO_WITHDRAWAL,
    SRC_DRINKAWARE_WITHDRAWAL,
    SRC_LITHIUM,
)
from twitch_app.knowledge.models import Source

MEDICINE_SOURCES: tuple[Source, ...] = (
    Source(
        id=SRC_LITHIUM,
        publisher="Healthify He Puna Waiora (New Zealand health information service)",
        title="Lithium carbonate",
        url="https://healthify.nz/medicines/l/lithium-carbonate",
        date="",
        date_kind="unknown",
        grade="other",
        about=(
            "Signs that the lithium level is too high include bad shaking of the hands and "
            "muscle twitches: see a doctor urgently."
        ),
    ),
    Source(
        id=SRC_ANTIHISTAMINE,
        publisher="emc (the UK's licensed medicine information), product information",
        title="Sedating antihistamine allergy tablets: summary of product characteristics",
        url="https://www.medicines.org.uk/emc/product/14298/smpc",
        date="",
        date_kind="unknown",
        grade="other",
        about=(
            "Side effects of this antihistamine that makes people sleepy include muscle "
            "twitching; how often is not known."
        ),
    ),
    Source(
        id=SRC_ALCOHOL_WITHDRAWAL,
        publisher="UK government (GOV.UK), clinical guidelines for alcohol treatment",
        title="Annex 3: alcohol withdrawal symptoms",
        url=(
            "https://www.gov.uk/guidance/clinical-guidelines-for-alcohol-treatment/"
            "annex-3-alcohol-withdrawal-symptoms"
        ),
        date="",
        date_kind="unknown",
        grade="guideline",
        about=(
            "Shaking is a common withdrawal symptom; stopping heavy drinking abruptly can bring "
            "fits and delirium tremens (severe shaking with deep confusion): life threatening."
        ),
    ),
    Source(
        id=SRC_DRINKAWARE_WITHDRAWAL,
        publisher="Drinkaware (UK alcohol education charity)",
        title="Alcohol withdrawal symptoms",
        url=(
            "https://drinkaware.co.uk/facts/health-effects-of-alcohol/general-health-effects/"
            "alcohol-withdrawal-symptoms"
        ),
        date="",
        date_kind="unknown",
        grade="other",
        about=(
            "Hand tremors are a withdrawal sign; get medical advice to cut down and stop "
            "safely, and medical help for severe shaking, hallucinations or confusion."
        ),
    ),
    Source(
        id=SRC_BENZO_WITHDRAWAL,
        publisher="Mind (mental health charity, England and Wales)",
        title="Sleeping pills and minor tranquillisers: withdrawal effects of benzodiazepines",
        url=(
            "https://www.mind.org.uk/information-support/drugs-and-treatments/"
            "sleeping-pills-and-minor-tranquillisers/withdrawal-effects-of-benzodiazepines/"
        ),
        date="",
        date_kind="unknown",
        grade="other",
        about=(
            "Withdrawal can bring trembling or shaking; reduce the dose gradually, as stopping "
            "suddenly can cause confusion and seizures."
        ),
    ),
)
