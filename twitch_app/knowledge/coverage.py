"""Coverage: every fact in CONTENT-FACTS.md, and the records that carry it.

The table is written by hand on purpose: adding a fact to CONTENT-FACTS.md makes the coverage test
fail until someone decides which cards carry it.
"""

import re
from pathlib import Path

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

# The doctor's tests and treatments are one sentence in CONTENT-FACTS.md with no ids of their own;
# we split it into four tests and one treatment fact.
DOCTOR_CHECK_FACT_IDS: tuple[str, ...] = ("DX1", "DX2", "DX3", "DX4", "TX1")

# Used only when /work/shared is absent (for example on a machine with just the repository).
# A test keeps it equal to what parse_fact_ids() reads from the real file.
FALLBACK_FACT_IDS: tuple[str, ...] = (
    *(f"T{n}" for n in range(1, 9)),
    *(
        f"T1.{name}"
        for name in (
            "action",
            "epileptic",
            "essential",
            "sleep",
            "stimulus_sensitive",
            "symptomatic",
        )
    ),
    *(f"C{n}" for n in range(1, 19)),
    *(f"R{n}" for n in range(1, 17)),
    *(f"D{n}" for n in range(1, 15)),
    *(f"Q{n}" for n in range(1, 6)),
    *(f"N{n}" for n in range(1, 5)),
)


def content_facts_path() -> Path:
    """Where CONTENT-FACTS.md lives: the shared folder beside the repository root."""
    repo_root = Path(__file__).resolve().parents[2]
    return repo_root / ".." / "shared" / "CONTENT-FACTS.md"


def _section(text: str, heading: str) -> str:
    """The text under a '## heading', up to the next '## '."""
    match = re.search(rf"^## {re.escape(heading)}.*?$(.*?)(?=^## |\Z)", text, re.M | re.S)
    return match.group(1) if match else ""


def parse_fact_ids(text: str) -> tuple[str, ...]:
    """Fact ids in a CONTENT-FACTS.md text, in file order.

    Bullets start with their id ("- C12 Medication ..."). The myoclonus subtypes, doctor's
    questions and facts with numbers have no ids in the file, so they get T1.<name>, Q<n> and
    N<n> in the order they appear.
    """
    ids = re.findall(r"^- ([TCRD]\d+)\b", text, re.M)

    subtypes = re.search(r"^- Myoclonus subtypes[^:]*:(.*?)(?=^\s*$|^- |^## )", text, re.M | re.S)
    if subtypes:
        # Drop the examples in brackets first: they contain commas of their own.
        names = re.sub(r"\([^)]*\)", "", subtypes.group(1)).split(",")
        for name in names:
            word = re.match(r"\s*([a-z-]+)", name)
            if word:
                ids.append("T1." + word.group(1).replace("-", "_"))

    question_count = _section(text, "What a doctor asks").count("?")
    ids.extend(f"Q{n}" for n in range(1, question_count + 1))

    number_count = len(re.findall(r"^- ", _section(text, "Facts with numbers"), re.M))
    ids.extend(f"N{n}" for n in range(1, number_count + 1))
    return tuple(ids)


def expected_fact_ids() -> tuple[str, ...]:
    """Every fact id the coverage table must hold: from the shared file if present."""
    path = content_facts_path()
    if not path.is_file():
        return FALLBACK_FACT_IDS + DOCTOR_CHECK_FACT_IDS
    return parse_fact_ids(path.read_text(encoding="utf-8")) + DOCTOR_CHECK_FACT_IDS


def missing_facts(coverage: dict[str, tuple[str, ...]]) -> list[str]:
    """Fact ids that the coverage table does not carry yet."""
    return [fact for fact in expected_fact_ids() if not coverage.get(fact)]
