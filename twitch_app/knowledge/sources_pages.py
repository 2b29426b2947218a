"""Source records: patient-information pages from health services and hospitals.

Dates are the "last reviewed" or "published" dates shown on the page where we could read one;
`date_kind="unknown"` marks a page whose copy we read showed none. A few records point at the
exact copy we read (a hospital's licensed copy of a Mayo Clinic page, an NHS trust's page).
"""

from twitch_app.ids import (
    SRC_CAUDA_EQUINA,
    SRC_EPILEPSY_999,
    SRC_FLUOROQUINOLONES,
    SRC_HEALTH_ANXIETY,
    SRC_MAYO_EYE,
    SRC_MAYO_POTASSIUM,
    SRC_NHS_ALCOHOL_UNITS,
    SRC_NHS_DRINKS,
    SRC_NHS_DVT,
    SRC_NHS_DYSTONIA,
    SRC_NHS_LEG_CRAMPS,
    SRC_NHS_MENINGITIS,
    SRC_NHS_METOCLOPRAMIDE,
    SRC_NHS_PRE_ECLAMPSIA,
    SRC_NHS_SEIZURE,
    SRC_NHS_THYROID,
    SRC_NHS_TICS,
    SRC_NHS_TWITCHES,
    SRC_NHS_VITAMIN_D,
    SRC_PREGNANCY_CAFFEINE,
    SRC_PSEUDOEPHEDRINE,
    SRC_RHABDO,
    SRC_SLEEP_DURATION,
)
from twitch_app.knowledge.models import Source

NHS = "NHS (nhs.uk)"
PAGE = "patient_information"
MAYO_COPY = "Mayo Clinic (licensed copy on a hospital's website)"


def _nhs(source_id: str, title: str, path: str, about: str, date: str = "") -> Source:
    return Source(
        id=source_id,
        publisher=NHS,
        title=title,
        url=f"https://www.nhs.uk/{path}",
        date=date,
        date_kind="last reviewed" if date else "unknown",
        grade=PAGE,
        about=about,
    )


PAGE_SOURCES: tuple[Source, ...] = (
    _nhs(
        SRC_NHS_TWITCHES,
        "Twitching eyes and muscles",
        "conditions/twitching-eyes-and-muscles/",
        "Twitches are common and rarely serious; see a GP after 2 weeks or with weakness.",
    ),
    _nhs(
        SRC_NHS_LEG_CRAMPS,
        "Leg cramps",
        "conditions/leg-cramps/",
        "Cramps are common at night, in pregnancy and later life; what helps; when to get help.",
    ),
    _nhs(
        SRC_NHS_SEIZURE,
        "What to do if someone has a seizure (fit)",
        "conditions/epilepsy/what-to-do-if-someone-has-a-seizure-fit/",
        "Call an ambulance for a first seizure or one lasting more than 5 minutes.",
        date="2020-12",
    ),
    Source(
        id=SRC_EPILEPSY_999,
        publisher="Epilepsy Society (UK charity)",
        title="When to dial 999",
        url="https://www.epilepsysociety.org.uk/when-dial-999",
        date="",
        date_kind="unknown",
        grade="other",
        about="An ambulance for a first seizure, one over 5 minutes, or trouble breathing.",
    ),
    _nhs(
        SRC_NHS_MENINGITIS,
        "Meningitis",
        "conditions/meningitis/",
        "Fever, headache, stiff neck, a rash that does not fade under a glass: call 999.",
    ),
    Source(
        id=SRC_MAYO_EYE,
        publisher="Mayo Clinic",
        title="Eye twitching: when to see a doctor",
        url=(
            "https://www.mayoclinic.org/symptoms/eye-twitching/basics/when-to-see-doctor/"
            "sym-20050838"
        ),
        date="2021-01-16",
        date_kind="published",
        grade=PAGE,
        about="See a doctor if the lid shuts fully with each twitch, droops, or the face joins in.",
    ),
    _nhs(
        SRC_NHS_DVT,
        "DVT (deep vein thrombosis)",
        "conditions/deep-vein-thrombosis-dvt/",
        "A clot: throbbing or cramping pain, swelling and warmth in one leg; get help that day.",
    ),
    Source(
        id=SRC_RHABDO,
        publisher=MAYO_COPY,
        title="Rhabdomyolysis",
        url="https://middlesexhealth.org/learning-center/definitions/rhabdomyolysis",
        date="2023-06-03",
        date_kind="last reviewed",
        grade=PAGE,
        about="Muscle breakdown: dark urine, less urine, muscle aches and weakness need care.",
    ),
    Source(
        id=SRC_NHS_ALCOHOL_UNITS,
        publisher="Leicestershire Partnership NHS Trust",
        title="Alcohol: knowing your units",
        url="https://www.leicspart.nhs.uk/mental-health/advice/alcohol-knowing-your-units/",
        date="",
        date_kind="unknown",
        grade=PAGE,
        about="A small glass of wine (125 ml, 12%) is 1.5 units; no more than 14 units a week.",
    ),
    _nhs(
        SRC_NHS_VITAMIN_D,
        "Vitamin D",
        "conditions/vitamins-and-minerals/vitamin-d/",
        "10 micrograms a day in autumn and winter; no more than 100 micrograms a day.",
    ),
    Source(
        id=SRC_SLEEP_DURATION,
        publisher="National Sleep Foundation expert panel, in the journal Sleep Health",
        title="National Sleep Foundation's sleep time duration recommendations",
        url="https://doi.org/10.1016/j.sleh.2014.12.010",
        date="2015-03",
        date_kind="published",
        grade="guideline",
        about="Adults 7 to 9 hours; teenagers 8 to 10; school-age children 9 to 11.",
    ),
    Source(
        id=SRC_MAYO_POTASSIUM,
        publisher=MAYO_COPY,
        title="Low potassium (hypokalemia)",
        url="https://www.stclair.org/services/mayo-clinic-health-information/article/ABT-20334906",
        date="",
        date_kind="unknown",
        grade=PAGE,
        about="Weakness and cramps need a visit; an irregular heartbeat needs a doctor at once.",
    ),
    Source(
        id=SRC_CAUDA_EQUINA,
        publisher="Chesterfield Royal Hospital NHS Foundation Trust",
        title="Cauda equina syndrome",
        url=(
            "https://chesterfieldroyal.nhs.uk/all-services-and-wards/physiotherapy-services/"
            "musculoskeletal-and-rheumatology-services/cauda-equina"
        ),
        date="",
        date_kind="unknown",
        grade=PAGE,
        about="Numbness between the legs or trouble with the bladder or bowel: go to A&E at once.",
    ),
    _nhs(
        SRC_NHS_DRINKS,
        "Water, drinks and hydration",
        "live-well/eat-well/food-guidelines-and-food-labels/water-drinks-nutrition/",
        "6 to 8 drinks a day; tea and coffee count; pale yellow pee is the guide.",
    ),
    Source(
        id=SRC_PREGNANCY_CAFFEINE,
        publisher="HSE (Ireland's health service)",
        title="Caffeine in pregnancy",
        url="https://www2.hse.ie/pregnancy-birth/keeping-well/health-lifestyle/caffeine",
        date="",
        date_kind="unknown",
        grade=PAGE,
        about="No more than 200 mg of caffeine a day in pregnancy.",
    ),
    _nhs(
        SRC_NHS_PRE_ECLAMPSIA,
        "Pre-eclampsia",
        "conditions/pre-eclampsia/",
        "Bad headache, vision problems, pain below the ribs, sudden swelling: call at once.",
    ),
    _nhs(
        SRC_NHS_DYSTONIA,
        "Dystonia",
        "conditions/dystonia/",
        "Uncommon; spasms, twisting or blinking that a GP should check.",
        date="2024-05-15",
    ),
    _nhs(
        SRC_NHS_METOCLOPRAMIDE,
        "Side effects of metoclopramide",
        "medicines/metoclopramide/side-effects-of-metoclopramide/",
        "Eyes rolling up, the neck twisting or other movements you cannot control: call now.",
    ),
    _nhs(
        SRC_NHS_TICS,
        "Tics",
        "conditions/tics/",
        "Common in children from about 5; usually not serious; when to see a GP.",
    ),
    Source(
        id=SRC_HEALTH_ANXIETY,
        publisher="Talk Liverpool (NHS Talking Therapies service)",
        title="Health anxiety",
        url="https://www.talkliverpool.nhs.uk/can-we-help-you/health-anxiety/",
        date="",
        date_kind="unknown",
        grade=PAGE,
        about="Checking the body and seeking reassurance keep health worry going; therapy helps.",
    ),
    Source(
        id=SRC_PSEUDOEPHEDRINE,
        publisher="emc (the UK's licensed medicine information), product information",
        title="Pseudoephedrine tablets: summary of product characteristics",
        url="https://www.medicines.org.uk/emc/product/4900/smpc",
        date="",
        date_kind="unknown",
        grade="other",
        about="Side effects of this decongestant include tremor, restlessness and a fast heart.",
    ),
    Source(
        id=SRC_FLUOROQUINOLONES,
        publisher="South Tees Hospitals NHS Foundation Trust, pharmacy",
        title="Fluoroquinolone antibiotics",
        url="https://www.southtees.nhs.uk/resources/fluoroquinolone-antibiotics/",
        date="",
        date_kind="unknown",
        grade="patient_information",
        about="Rare serious side effects: tendon pain, pins and needles, weakness; stop and call.",
    ),
    _nhs(
        SRC_NHS_THYROID,
        "Overactive thyroid: symptoms",
        "conditions/overactive-thyroid-hyperthyroidism/symptoms/",
        "An overactive thyroid can cause twitching or trembling, a fast heartbeat and weight loss.",
    ),
)
