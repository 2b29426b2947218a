"""Coverage: every fact of facts.py, and the records that carry it.

The table is written by hand on purpose: adding a fact to facts.py makes the coverage test fail
until someone decides which cards carry it.
"""

from twitch_app.knowledge.facts import FACTS

COVERAGE: dict[str, tuple[str, ...]] = {
    # Kinds of twitch
    "T1": ("T1", "hypnic_jerk", "genetics"),
    "T2": ("T2", "hypnic_jerk"),
    "T3": ("T3", "benign_fasciculation"),
    "T4": ("T4", "overexertion", "potassium_deficiency", "stretch_and_massage"),
    "T5": ("T5",),
    "T6": ("T6",),
    "T7": ("T7", "rare_conditions", "D13"),
    "T8": ("T8", "eyelid_twitch", "D11"),
    "T1.action": ("T1.action",),
    "T1.epileptic": ("T1.epileptic", "D12"),
    "T1.essential": ("T1.essential", "genetics"),
    "T1.sleep": ("T1.sleep", "restless_legs"),
    "T1.stimulus_sensitive": ("T1.stimulus_sensitive", "screen_and_light_breaks"),
    "T1.symptomatic": ("T1.symptomatic", "rare_conditions"),
    # Causes
    "C1": ("stress_anxiety", "relaxation"),
    "C2": ("caffeine", "cut_caffeine_alcohol"),
    "C3": ("alcohol", "cut_caffeine_alcohol"),
    "C4": ("dehydration", "hydration"),
    "C5": ("magnesium_deficiency", "magnesium_foods"),
    "C6": ("potassium_deficiency", "potassium_foods"),
    "C7": ("calcium_deficiency",),
    "C8": ("vitamin_d_deficiency", "vitamin_d"),
    "C9": ("other_nutrient_gaps", "balanced_diet"),
    "C10": ("sleep_deprivation", "sleep_routine"),
    "C11": ("overexertion", "recovery_after_training"),
    "C12": ("medication", "medicine_review", "D4"),
    "C13": ("hormonal_changes",),
    "C14": ("food_sensitivity", "elimination_diet_advice"),
    "C15": ("nerve_compression",),
    "C16": ("restless_legs", "T1.sleep", "D10"),
    "C17": ("rare_conditions",),
    "C18": ("genetics", "T1.essential"),
    # Remedies
    "R1": ("relaxation", "stress_anxiety"),
    "R2": ("cut_caffeine_alcohol", "caffeine", "alcohol"),
    "R3": ("hydration", "dehydration"),
    "R4": ("magnesium_foods", "magnesium_deficiency"),
    "R5": ("potassium_foods", "potassium_deficiency"),
    "R6": ("vitamin_d", "vitamin_d_deficiency"),
    "R7": ("balanced_diet", "other_nutrient_gaps"),
    "R8": ("supplements_check",),
    "R9": ("sleep_routine", "sleep_deprivation"),
    "R10": ("stretch_and_massage",),
    "R11": ("recovery_after_training", "overexertion"),
    "R12": ("rest_and_pacing",),
    "R13": ("worry_less",),
    "R14": ("medicine_review", "medication"),
    "R15": ("screen_and_light_breaks", "T1.stimulus_sensitive"),
    "R16": ("elimination_diet_advice", "food_sensitivity"),
    # Red flags
    "D1": ("D1", "benign_fasciculation"),
    "D2": ("D2", "benign_fasciculation"),
    "D3": ("D3", "rare_conditions"),
    "D4": ("D4", "medication"),
    "D5": ("D5", "medication"),
    "D6": ("D6", "nerve_compression"),
    "D7": ("D7", "nerve_compression"),
    "D8": ("D8", "dehydration"),
    "D9": ("D9",),
    "D10": ("D10", "restless_legs"),
    "D11": ("D11", "eyelid_twitch"),
    "D12": ("D12", "hypnic_jerk"),
    "D13": ("D13", "rare_conditions"),
    "D14": ("D14", "rare_conditions"),
    # What a doctor asks, tests and treats
    "Q1": ("Q1",),
    "Q2": ("Q2",),
    "Q3": ("Q3",),
    "Q4": ("Q4",),
    "Q5": ("Q5",),
    "DX1": ("DX1", "rare_conditions"),
    "DX2": ("DX2", "rare_conditions"),
    "DX3": ("DX3", "rare_conditions", "nerve_compression"),
    "DX4": ("DX4", "rare_conditions", "nerve_compression"),
    "TX1": ("TX1", "rare_conditions"),
    # Facts with numbers (each listed record contains the fact's key phrase)
    "N1": ("N1", "T3", "benign_fasciculation", "eyelid_twitch", "rare_conditions", "worry_less"),
    "N2": ("N2", "sleep_deprivation", "sleep_routine"),
    "N3": ("N3", "hydration", "recovery_after_training"),
    "N4": ("N4", "D1", "worry_less", "stress_anxiety", "benign_fasciculation"),
}


def expected_fact_ids() -> tuple[str, ...]:
    """Every fact id the coverage table must hold: the in-repo list, in its order."""
    return tuple(FACTS)


def missing_facts(coverage: dict[str, tuple[str, ...]]) -> list[str]:
    """Fact ids that the coverage table does not carry yet."""
    return [fact for fact in expected_fact_ids() if not coverage.get(fact)]
