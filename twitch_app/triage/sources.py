"""The clinical sources the triage rules and the wizard's new questions rest on.

Each rule in rules.py names one key of SOURCES; `twitch-app assess` prints the title and the
address with every red flag, and HAZARD_LOG.md cites the same keys. Pages were read through the
project's search tools; what each one says is paraphrased next to it, so a reviewer can check
the rule against the page without guessing which sentence it rests on.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    title: str
    url: str


SOURCES: dict[str, Source] = {
    # See a GP for a twitch over 2 weeks, in more than one place, with weakness or stiffness,
    # or when a prescribed medicine may be the cause. Most twitches are harmless.
    "nhs_twitching": Source(
        "NHS: Twitching eyes and muscles",
        "https://www.nhs.uk/conditions/twitching-eyes-and-muscles/",
    ),
    # FAST: face fallen on one side, arm weakness or numbness, slurred speech: call 999.
    "nhs_stroke": Source("NHS: Stroke, symptoms", "https://www.nhs.uk/conditions/stroke/symptoms/"),
    # Call 999 for a first seizure, one over 5 minutes, no recovery between seizures, or a
    # serious injury; people with epilepsy do not always need hospital.
    "nhs_seizure": Source(
        "NHS: What to do if someone has a seizure (fit)",
        "https://www.nhs.uk/conditions/what-to-do-if-someone-has-a-seizure-fit/",
    ),
    # See a GP after a faint; 999 if someone does not wake within a minute, does not fully
    # recover, has a seizure, chest pain, or fainted during exercise.
    "nhs_fainting": Source("NHS: Fainting", "https://www.nhs.uk/conditions/fainting/"),
    # Ask for an urgent GP appointment or NHS 111 for difficulty swallowing or choking on food.
    "nhs_dysphagia": Source(
        "NHS: Swallowing problems (dysphagia)",
        "https://www.nhs.uk/conditions/swallowing-problems-dysphagia/",
    ),
    # 999 after a head injury with a seizure, drowsiness, not waking, weakness; A&E after being
    # knocked out, vomiting since the injury, memory problems or a change in behaviour.
    "nhs_head_injury": Source(
        "NHS: Head injury and concussion",
        "https://www.nhs.uk/conditions/head-injury-and-concussion/",
    ),
    # High temperature, vomiting, confusion, stiff neck, severe headache, a rash that does not
    # fade: call 999 or go to A&E; do not wait for a rash.
    "nhs_meningitis": Source(
        "NHS: Meningitis, symptoms", "https://www.nhs.uk/conditions/meningitis/symptoms/"
    ),
    # Adults and older children: call 999 or go to A&E for a rash that does not fade when a
    # glass is rolled over it ("the same as meningitis"), confusion, or blotchy blue skin.
    # The meningitis page says the same of the rash: a sign of sepsis, call 999 straight away.
    "nhs_sepsis": Source("NHS: Sepsis", "https://www.nhs.uk/conditions/sepsis/"),
    # Back pain with loss of bladder or bowel control, numbness around the genitals or bottom,
    # or weakness in the legs: go to A&E now.
    "nhs_cauda_equina": Source(
        "NHS: Cauda equina syndrome", "https://www.nhs.uk/conditions/cauda-equina-syndrome/"
    ),
    # Sudden confusion (delirium) needs urgent medical help.
    "nhs_confusion": Source(
        "NHS: Sudden confusion (delirium)", "https://www.nhs.uk/conditions/confusion/"
    ),
    # Pain, swelling, warmth or redness in one leg: ask for an urgent GP appointment or 111.
    "nhs_dvt": Source(
        "NHS: DVT (deep vein thrombosis)",
        "https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/",
    ),
    # Unexplained muscle pain, weakness or dark urine on a statin: stop and call 111 or a doctor
    # (muscle breakdown can damage the kidneys).
    "nhs_statin_muscle": Source(
        "NHS: Atorvastatin, serious side effects",
        "https://www.nhs.uk/medicines/atorvastatin/side-effects-of-atorvastatin/",
    ),
    # Movements you cannot control, such as the eyes rolling up or the neck twisting, after an
    # anti-sickness medicine: call a doctor or 111 now.
    "nhs_metoclopramide": Source(
        "NHS: Metoclopramide, serious side effects",
        "https://www.nhs.uk/medicines/metoclopramide/side-effects-of-metoclopramide/",
    ),
    # Serotonin syndrome (fast heartbeat, sweating, shaking, twitching, confusion or
    # agitation): call 111 now; 999 for a very high temperature, fits or passing out. It is
    # likelier after starting a medicine or raising its dose. Issue 20 grades confusion on an
    # antidepressant an emergency, above the page's 111 (see HAZARD_LOG.md, to review).
    "nhs_serotonin": Source(
        "NHS: Sertraline, serious side effects",
        "https://www.nhs.uk/medicines/sertraline/side-effects-of-sertraline/",
    ),
    # Weakness on one side of the face: urgent GP appointment or 111; treatment works best when
    # started within 72 hours. A sudden droop with arm or speech problems is a stroke: 999.
    "nhs_bells_palsy": Source("NHS: Bell's palsy", "https://www.nhs.uk/conditions/bells-palsy/"),
    # Adults: do not routinely refer fasciculations unless with wasting and weakness or
    # rigidity; eyelid twitching only with tight closure of both eyes or over 3 months.
    "nice_ng127_adults": Source(
        "NICE NG127: Suspected neurological conditions, adults (tics and involuntary movements)",
        "https://www.nice.org.uk/guidance/ng127/chapter/Recommendations-for-adults-aged-over-16",
    ),
    # Children: infantile spasms (clusters of jerks in a baby) need an immediate referral;
    # tics in children are common and usually need no referral.
    "nice_ng127_children": Source(
        "NICE NG127: Suspected neurological conditions, children under 16",
        "https://www.nice.org.uk/guidance/ng127/chapter/Recommendations-for-children-aged-under-16",
    ),
    # Severe difficulty breathing, gasping, choking or not able to get words out: 999 or A&E.
    "nhs_breathless": Source(
        "NHS: Shortness of breath", "https://www.nhs.uk/conditions/shortness-of-breath/"
    ),
    # 999 for a headache that came on suddenly and is extremely painful, or an extremely painful
    # headache with confusion, drowsiness, a very high temperature with a stiff neck or a rash.
    "nhs_headaches": Source("NHS: Headaches", "https://www.nhs.uk/conditions/headaches/"),
    # Restless legs: see a GP if symptoms disturb sleep or daily life.
    "nhs_restless_legs": Source(
        "NHS: Restless legs syndrome", "https://www.nhs.uk/conditions/restless-legs-syndrome/"
    ),
    # Red, sore or sticky eyes: a pharmacist can help; see a GP if it does not clear up.
    "nhs_conjunctivitis": Source(
        "NHS: Conjunctivitis", "https://www.nhs.uk/conditions/conjunctivitis/"
    ),
    # A unit is 10 ml of pure alcohol: half a pint of ordinary beer, a 25 ml measure of spirits;
    # a small (125 ml, 12%) glass of wine is 1.5 units. No more than 14 units a week.
    "nhs_alcohol_units": Source(
        "Leicestershire Partnership NHS Trust: Alcohol, knowing your units",
        "https://www.leicspart.nhs.uk/mental-health/advice/alcohol-knowing-your-units/",
    ),
    # Expert panel (Sleep Health, 2015): adults 7 to 9 hours, teenagers (14-17) 8 to 10,
    # school-age children (6-13) 9 to 11, younger children more.
    "sleep_duration": Source(
        "National Sleep Foundation: sleep time duration recommendations (Sleep Health, 2015)",
        "https://doi.org/10.1016/j.sleh.2014.12.010",
    ),
    # Kidney disease changes blood minerals; the kidney team follows it.
    "nhs_kidney": Source(
        "NHS: Chronic kidney disease", "https://www.nhs.uk/conditions/kidney-disease/"
    ),
}


def source(key: str) -> Source:
    return SOURCES[key]
