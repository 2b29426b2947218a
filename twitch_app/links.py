"""The one link table: cause -> remedies -> routines.

Cause cards ("What helps", "Start a routine"), remedy cards ("Helps with", "Start a routine"),
the routines' "Helps with" lists and the symptom check's plans all read these three tables, so
no two of them can disagree. Pure Python: it imports only the shared vocabulary, and every
package may import it.

Order matters: each tuple lists the most useful link first, and the pages and plans keep it.
"""

from twitch_app.ids import ALL_CAUSE_IDS, NEVER_RANKED_CAUSES, REMEDY_IDS, ROUTINE_IDS

# cause id -> remedy ids
CAUSE_REMEDIES: dict[str, tuple[str, ...]] = {
    "stress_anxiety": (
        "relaxation",
        "worry_less",
        "sleep_routine",
        "rest_and_pacing",
        "magnesium_foods",
    ),
    "caffeine": ("cut_caffeine_alcohol", "sleep_routine"),
    "alcohol": ("cut_caffeine_alcohol", "sleep_routine", "hydration"),
    "dehydration": ("hydration", "cut_caffeine_alcohol", "recovery_after_training"),
    "magnesium_deficiency": ("magnesium_foods", "balanced_diet", "supplements_check"),
    "potassium_deficiency": (
        "potassium_foods",
        "balanced_diet",
        "supplements_check",
        "recovery_after_training",
    ),
    "calcium_deficiency": ("balanced_diet", "vitamin_d", "supplements_check"),
    "vitamin_d_deficiency": ("vitamin_d", "supplements_check", "balanced_diet"),
    "other_nutrient_gaps": ("balanced_diet", "supplements_check"),
    "sleep_deprivation": ("sleep_routine", "relaxation", "cut_caffeine_alcohol"),
    "overexertion": (
        "rest_and_pacing",
        "recovery_after_training",
        "stretch_and_massage",
        "hydration",
    ),
    # Never stop a prescribed medicine without advice: the review card says so.
    "medication": ("medicine_review", "sleep_routine"),
    "hormonal_changes": ("sleep_routine", "relaxation", "worry_less"),
    "food_sensitivity": ("elimination_diet_advice", "balanced_diet"),
    "nerve_compression": ("rest_and_pacing",),
    "restless_legs": ("sleep_routine", "stretch_and_massage", "cut_caffeine_alcohol"),
    "rare_conditions": ("worry_less", "medicine_review", "screen_and_light_breaks"),
    "genetics": ("worry_less", "relaxation"),
    "hypnic_jerk": ("sleep_routine", "cut_caffeine_alcohol", "relaxation", "worry_less"),
    "benign_fasciculation": (
        "worry_less",
        "relaxation",
        "rest_and_pacing",
        "cut_caffeine_alcohol",
        "stretch_and_massage",
    ),
    # The eyelid plan leads with sleep, caffeine and calm, never with the card for jerks set
    # off by flashing lights (a rare myoclonus).
    "eyelid_twitch": ("sleep_routine", "cut_caffeine_alcohol", "relaxation", "worry_less"),
    "night_leg_cramps": ("stretch_and_massage", "hydration"),
    "pregnancy": ("stretch_and_massage", "cut_caffeine_alcohol", "sleep_routine"),
    "children_tics": ("worry_less", "sleep_routine", "relaxation"),
    "dystonia": ("sleep_routine", "relaxation", "cut_caffeine_alcohol"),
    "body_conditions": ("supplements_check", "medicine_review"),
    "health_anxiety": ("worry_less", "relaxation"),
}

# cause id -> routine ids. Rare conditions get none: a routine never "helps" with them.
CAUSE_ROUTINES: dict[str, tuple[str, ...]] = {
    "stress_anxiety": (
        "box_breathing",
        "cyclic_sighing",
        "progressive_muscle_relaxation",
        "body_scan",
        "breathing_478",
        "coherent_breathing",
        "extended_exhale",
        "mindful_breathing_bells",
        "bedtime_yoga",
        "face_eyelid_relaxation",
    ),
    "caffeine": ("extended_exhale",),
    "alcohol": ("breathing_478",),
    "dehydration": ("calf_hamstring_stretch",),
    "magnesium_deficiency": (),
    "potassium_deficiency": ("calf_hamstring_stretch",),
    "calcium_deficiency": (),
    "vitamin_d_deficiency": (),
    "other_nutrient_gaps": (),
    "sleep_deprivation": (
        "breathing_478",
        "body_scan",
        "bedtime_yoga",
        "coherent_breathing",
        "extended_exhale",
        "progressive_muscle_relaxation",
    ),
    "overexertion": ("calf_hamstring_stretch",),
    "medication": (),
    "hormonal_changes": ("coherent_breathing", "bedtime_yoga"),
    "food_sensitivity": (),
    "nerve_compression": (),
    "restless_legs": ("calf_hamstring_stretch", "bedtime_yoga"),
    "rare_conditions": (),
    "genetics": ("mindful_breathing_bells",),
    "hypnic_jerk": (
        "breathing_478",
        "body_scan",
        "bedtime_yoga",
        "extended_exhale",
        "progressive_muscle_relaxation",
    ),
    "benign_fasciculation": (
        "progressive_muscle_relaxation",
        "body_scan",
        "calf_hamstring_stretch",
        "box_breathing",
        "coherent_breathing",
        "cyclic_sighing",
        "mindful_breathing_bells",
    ),
    "eyelid_twitch": ("face_eyelid_relaxation", "box_breathing"),
    "night_leg_cramps": ("calf_hamstring_stretch",),
    "pregnancy": ("calf_hamstring_stretch",),
    "children_tics": (),
    "dystonia": (),
    "body_conditions": (),
    "health_anxiety": ("cyclic_sighing", "extended_exhale", "mindful_breathing_bells"),
}

# remedy id -> routine ids that put it into practice
REMEDY_ROUTINES: dict[str, tuple[str, ...]] = {
    "relaxation": (
        "box_breathing",
        "coherent_breathing",
        "cyclic_sighing",
        "body_scan",
        "progressive_muscle_relaxation",
        "mindful_breathing_bells",
        "breathing_478",
        "extended_exhale",
        "bedtime_yoga",
        "face_eyelid_relaxation",
    ),
    "cut_caffeine_alcohol": (),
    "hydration": (),
    "magnesium_foods": (),
    "potassium_foods": (),
    "vitamin_d": (),
    "balanced_diet": (),
    "supplements_check": (),
    "sleep_routine": (
        "breathing_478",
        "bedtime_yoga",
        "body_scan",
        "extended_exhale",
        "progressive_muscle_relaxation",
    ),
    "stretch_and_massage": ("calf_hamstring_stretch", "face_eyelid_relaxation", "bedtime_yoga"),
    "recovery_after_training": ("calf_hamstring_stretch",),
    "rest_and_pacing": ("extended_exhale",),
    "worry_less": (
        "cyclic_sighing",
        "extended_exhale",
        "mindful_breathing_bells",
        "box_breathing",
        "breathing_478",
        "coherent_breathing",
        "body_scan",
    ),
    "medicine_review": (),
    "screen_and_light_breaks": ("face_eyelid_relaxation",),
    "elimination_diet_advice": (),
}


def remedies_for(cause_id: str) -> tuple[str, ...]:
    return CAUSE_REMEDIES[cause_id]


def routines_for(cause_id: str) -> tuple[str, ...]:
    return CAUSE_ROUTINES[cause_id]


def causes_for_remedy(remedy_id: str) -> tuple[str, ...]:
    """The causes a remedy helps with, in the order of the cause ids."""
    return tuple(c for c in ALL_CAUSE_IDS if remedy_id in CAUSE_REMEDIES[c])


def routines_for_remedy(remedy_id: str) -> tuple[str, ...]:
    return REMEDY_ROUTINES[remedy_id]


def causes_helped_by(routine_id: str) -> tuple[str, ...]:
    """The causes a routine helps with (the routine's "Helps with" list)."""
    return tuple(c for c in ALL_CAUSE_IDS if routine_id in CAUSE_ROUTINES[c])


def remedies_practised_by(routine_id: str) -> tuple[str, ...]:
    return tuple(r for r in REMEDY_IDS if routine_id in REMEDY_ROUTINES[r])


def link_problems(
    cause_remedies: dict[str, tuple[str, ...]] = CAUSE_REMEDIES,
    cause_routines: dict[str, tuple[str, ...]] = CAUSE_ROUTINES,
    remedy_routines: dict[str, tuple[str, ...]] = REMEDY_ROUTINES,
) -> list[str]:
    """Every broken or contradictory link in the tables, as sentences; empty when all is well."""
    problems: list[str] = []
    for name, table, keys, values in (
        ("cause -> remedies", cause_remedies, ALL_CAUSE_IDS, REMEDY_IDS),
        ("cause -> routines", cause_routines, ALL_CAUSE_IDS, ROUTINE_IDS),
        ("remedy -> routines", remedy_routines, REMEDY_IDS, ROUTINE_IDS),
    ):
        if set(table) != set(keys):
            problems.append(f"{name}: keys differ from the vocabulary: {set(table) ^ set(keys)}")
        for key, linked in table.items():
            problems += [
                f"{name}: {key!r} links to unknown {v!r}" for v in linked if v not in values
            ]
            if len(set(linked)) != len(linked):
                problems.append(f"{name}: {key!r} lists an id twice")
    for cause_id, routine_ids in cause_routines.items():
        if cause_id in NEVER_RANKED_CAUSES and routine_ids:
            problems.append(f"cause {cause_id!r} is rare: no routine may claim to help with it")
        for routine_id in routine_ids:
            # A routine helps with a cause only through one of the cause's remedies.
            backing = [
                r
                for r in cause_remedies.get(cause_id, ())
                if routine_id in remedy_routines.get(r, ())
            ]
            if not backing:
                problems.append(
                    f"cause {cause_id!r} -> routine {routine_id!r} is not backed by any of the "
                    "cause's remedies"
                )
    for cause_id, remedy_ids in cause_remedies.items():
        if not remedy_ids:
            problems.append(f"cause {cause_id!r} has no remedy")
    return problems
