"""Cause cards: medicines, hormones, nerves, sleep disorders, family traits and rare conditions."""

from twitch_app.ids import (
    ARTICLE_IDS,
    SRC_ALCOHOL_WITHDRAWAL,
    SRC_ALS_EPIDEMIOLOGY,
    SRC_ANTIHISTAMINE,
    SRC_BENZO_WITHDRAWAL,
    SRC_BFS_REVIEW,
    SRC_CAUDA_EQUINA,
    SRC_DRINKAWARE_WITHDRAWAL,
    SRC_FLUOROQUINOLONES,
    SRC_FORUM,
    SRC_HOW_TO_STOP,
    SRC_LITHIUM,
    SRC_NHS_LEG_CRAMPS,
    SRC_NHS_SEIZURE,
    SRC_NHS_TWITCHES,
    SRC_PREGNANCY_CAFFEINE,
    SRC_PSEUDOEPHEDRINE,
    SRC_SLEEPING,
    SRC_WHAT_TO_DO,
    SRC_WHY_SUDDENLY,
)
from twitch_app.knowledge.models import CauseCard

MEDICAL_CAUSES: tuple[CauseCard, ...] = (
    CauseCard(
        id="medication",
        title="A side effect of a medicine",
        category="Medicines",
        synonyms=(
            "medicine",
            "pills",
            "tablets",
            "side effect",
            "antidepressant",
            "diuretic",
            "lithium",
            "antihistamine",
            "withdrawal",
            "benzodiazepine",
            "diazepam",
        ),
        summary="Some prescribed medicines list twitching as a side effect.",
        why=(
            "Some medicines change how nerves fire, and water pills can wash out potassium and "
            "magnesium. If twitching began soon after you started a new medicine or changed a "
            "dose, the medicine may be part of the story."
        ),
        examples=(
            "some antidepressants and antipsychotics",
            "statins for cholesterol and water pills (diuretics): both can cause leg cramps",
            "decongestants with pseudoephedrine: can cause shaking and restlessness",
            "fluoroquinolone antibiotics, such as ciprofloxacin: rarely, tendon pain, pins and "
            "needles or weakness; stop and call your doctor at once",
            "caffeine in drinks and in some cold remedies",
            "lithium, a medicine for mood: bad shaking of the hands or new muscle twitches can "
            "mean the lithium level is too high, so see a doctor urgently",
            "some antihistamines for allergies, the kind that can make you sleepy: muscle "
            "twitching is a listed side effect, though how often is not known",
            "coming off alcohol after heavy daily drinking, or off calming or sleeping pills "
            "called benzodiazepines (such as diazepam) taken for a long time: this can bring "
            "shaking. Never stop them suddenly on your own: a doctor can help you cut down "
            "safely",
        ),
        signs=(
            "Twitches began shortly after a new medicine or a new dose.",
            "The leaflet lists muscle twitching or cramps as a side effect.",
        ),
        body_areas=("whole_body", "leg", "arm", "face"),
        see_doctor=(
            "See your doctor or pharmacist if you think a medicine may be the cause. Keep taking "
            "it until they advise you: stopping a medicine suddenly can be harmful. Shaking "
            "with confusion, seeing things that are not there, or a fit while coming off "
            "alcohol or benzodiazepines is an emergency: call emergency services."
        ),
        red_flags=("D4", "D5"),
        sources=(
            SRC_WHY_SUDDENLY,
            SRC_SLEEPING,
            SRC_HOW_TO_STOP,
            SRC_NHS_TWITCHES,
            SRC_NHS_LEG_CRAMPS,
            SRC_PSEUDOEPHEDRINE,
            SRC_FLUOROQUINOLONES,
            SRC_PREGNANCY_CAFFEINE,
            SRC_LITHIUM,
            SRC_ANTIHISTAMINE,
            SRC_ALCOHOL_WITHDRAWAL,
            SRC_DRINKAWARE_WITHDRAWAL,
            SRC_BENZO_WITHDRAWAL,
            SRC_NHS_SEIZURE,
        ),
    ),
    CauseCard(
        id="hormonal_changes",
        title="Hormone changes",
        category="Medical conditions",
        synonyms=("hormones", "menopause", "puberty", "oestrogen", "estrogen", "progesterone"),
        summary="Shifts in hormones, as in puberty or menopause, can unsettle nerve control.",
        why=(
            "Oestrogen and progesterone help keep the nervous system steady. When their levels "
            "shift, for example in puberty or around menopause, muscle control can be a little "
            "less steady, and twitches can show up at night."
        ),
        signs=(
            "Twitches began around puberty, or around menopause for women in their 40s or 50s.",
            "Night sweats or hot flushes also break up your sleep.",
        ),
        body_areas=("leg", "whole_body"),
        see_doctor=(
            "See a doctor if twitches last more than 2 weeks or spoil your sleep; a doctor can "
            "also help with hard menopause symptoms."
        ),
        red_flags=("D1", "D9"),
        evidence_note=(
            "The link between hormone changes and night twitches comes from one forum post and "
            "has not been studied much. What is well known: most twitches are not caused by a "
            "medical condition. Pregnancy has its own card."
        ),
        sources=(SRC_FORUM, SRC_NHS_TWITCHES),
    ),
    CauseCard(
        id="nerve_compression",
        title="A pinched or injured nerve",
        category="Medical conditions",
        synonyms=("pinched nerve", "trapped nerve", "sciatica", "slipped disc", "nerve", "spine"),
        summary="A nerve that is pressed on or hurt can send stray signals to its muscle.",
        why=(
            "Nerves run from the spinal cord out to the muscles. If one is squeezed (a pinched "
            "nerve), hurt in an injury, or the spinal cord itself is injured or has a disease, "
            "it can misfire and the muscle it serves twitches."
        ),
        signs=(
            "Neck or back pain spreads into an arm or a leg.",
            "The twitch sits in the area of the pain, with numbness or pins and needles.",
            "It began after an injury.",
        ),
        body_areas=("neck", "back", "arm", "hand", "leg", "foot"),
        see_doctor=(
            "See a doctor: a nerve problem needs checking. Go soon if the area feels weak or "
            "numb, or the twitching spreads. Go to A&E at "
            "once if you get numbness between your legs or around your bottom, or new trouble "
            "peeing or holding in pee or poo: a rare but urgent nerve problem (cauda equina)."
        ),
        red_flags=("D3", "D6", "D7"),
        doctor_checks=("DX3", "DX4"),
        sources=(SRC_SLEEPING, SRC_HOW_TO_STOP, SRC_CAUDA_EQUINA),
    ),
    CauseCard(
        id="restless_legs",
        title="Sleep movement disorders (restless legs and others)",
        category="Sleep",
        synonyms=("restless legs", "rls", "plmd", "leg jerks at night", "kicking in sleep"),
        summary="Conditions that move the legs or body around sleep. A doctor can help.",
        why=(
            "In restless legs syndrome you feel an urge to move your legs, with odd feelings or "
            "an ache, mostly when resting in the evening; moving eases it. In periodic limb "
            "movement disorder the legs jerk again and again in sleep. In REM sleep behaviour "
            "disorder people move with their dreams. Sleep myoclonus is jerking as you drift off."
        ),
        examples=(
            "restless legs syndrome",
            "periodic limb movement disorder",
            "REM sleep behaviour disorder",
            "sleep myoclonus",
        ),
        signs=(
            "You feel an urge to move your legs, with odd feelings or pain, when resting.",
            "A bed partner says your legs kick or you move a lot in your sleep.",
            "You act out dreams.",
        ),
        body_areas=("leg", "calf", "foot", "arm"),
        see_doctor=(
            "See a doctor if you get odd feelings or pain with twitches as you fall asleep, if "
            "you act out dreams, or if night movements spoil your sleep."
        ),
        red_flags=("D10", "D9", "D12"),
        sources=(SRC_SLEEPING, SRC_WHAT_TO_DO, SRC_HOW_TO_STOP),
    ),
    CauseCard(
        id="genetics",
        title="Running in the family",
        category="Medical conditions",
        synonyms=("family", "genes", "genetic", "inherited", "essential myoclonus"),
        summary="Some people are simply more twitchy, and that can run in families.",
        why=(
            "Some twitchiness is inherited. Essential myoclonus means jerks with no other cause; "
            "it often runs in families, though it can also appear out of the blue. It tends to "
            "stay mild or change only slowly."
        ),
        signs=(
            "A parent, brother or sister has the same kind of jerks.",
            "You have had them for years without other problems.",
        ),
        body_areas=("arm", "leg", "whole_body"),
        see_doctor=(
            "See a doctor if the jerks get in the way of work, sleep or fun, or come with "
            "weakness, a thinner muscle or spreading."
        ),
        red_flags=("D9", "D7"),
        evidence_note=(
            "One article counts genes among the most common reasons for night twitches. Genes "
            "may make some people more prone, but everyday triggers such as stress, caffeine "
            "and poor sleep are far more common."
        ),
        sources=(SRC_SLEEPING, SRC_HOW_TO_STOP),
    ),
    CauseCard(
        id="rare_conditions",
        title="Rare medical conditions: the calm facts",
        category="Medical conditions",
        rare=True,
        synonyms=(
            "als",
            "motor neurone disease",
            "ms",
            "multiple sclerosis",
            "epilepsy",
            "parkinson's",
            "neuropathy",
            "serious illness",
        ),
        summary=(
            "Rarely, twitches are part of a nerve, brain or muscle condition. Twitching alone "
            "is almost never how these show."
        ),
        why=(
            "Start with the odds. Most twitches are harmless, most are not caused by any medical "
            "condition, and most fade within a few days or weeks. The conditions below are rare, "
            "and they show with other clear signs, above all weakness or a muscle getting "
            "thinner (wasting). A twitch on its own, in a muscle that works as normal, is not "
            "how they show. Take ALS (motor neurone disease): about 2 in every 100,000 people "
            "are found to have it each year, most often at ages 60 to 75, and it starts with "
            "weakness. Studies that followed people with harmless twitches for months to years "
            "found that none went on to get ALS. All of these conditions need a doctor, and "
            "doctors have good tests for them."
        ),
        examples=(
            "epilepsy",
            "multiple sclerosis (MS)",
            "ALS (motor neurone disease)",
            "spinal muscular atrophy",
            "myasthenia gravis",
            "nerve damage (neuropathy)",
            "muscle disease (myopathy)",
            "polio",
            "wear of the neck spine",
            "Parkinson's disease",
            "Alzheimer's disease",
            "Creutzfeldt-Jakob disease",
            "mini-strokes (transient ischaemic attacks)",
            "head or spinal injury",
            "lack of oxygen to the brain",
            "liver or other organ failure",
            "autoimmune disease",
        ),
        signs=(
            "A muscle is weak, stiff or getting thinner.",
            "You have numbness or tingling as well.",
            "Twitches happen both when you move and when you rest, in many places at once.",
            "You have seizures, severe headaches, or fever with headache and being sick.",
        ),
        see_doctor=(
            "See a doctor if you have any of the signs above. A doctor can examine you and, if "
            "needed, order blood and urine tests, an EEG, an EMG, nerve conduction studies, or "
            "CT, MRI or PET scans. Call emergency services for a first seizure."
        ),
        red_flags=("D3", "D2", "D6", "D7", "D8", "D12", "D13", "D14"),
        doctor_checks=("GP1", "DX1", "DX2", "DX3", "DX4", "TX1"),
        evidence_note=(
            "One article links night twitches to mini-strokes (TIAs). That link is not well "
            "supported. A mini-stroke shows as sudden weakness or numbness on one side, a "
            "drooping face or trouble speaking: call emergency services at once if that happens."
        ),
        sources=(*ARTICLE_IDS, SRC_NHS_TWITCHES, SRC_ALS_EPIDEMIOLOGY, SRC_BFS_REVIEW),
    ),
)
