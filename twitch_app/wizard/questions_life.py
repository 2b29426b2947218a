"""The later questions: daily habits, medicines and health background.

Amounts are offered as ranges a person can answer at a glance; each range stands for its lower
end in the findings, so the engine never hears more than was said.
"""

from __future__ import annotations

from twitch_app.ids import (
    HOW_TO_STOP,
    TWITCHES_DURING_SLEEP,
    TWITCHING_WHILE_SLEEPING,
    WHAT_TO_DO,
    WHY_SUDDENLY,
)
from twitch_app.triage.sources import SOURCES

from .model import (
    NOT_SURE,
    Answers,
    Kind,
    Option,
    Question,
    Section,
    none_of_these,
    not_sure,
    yes_no,
)

STRESS_SCALE = range(0, 11)
CHILD_AGE_IDS = frozenset({"under_1", "1_9", "10_15"})


def for_child(answers: Answers) -> bool:
    """The check is about a child under 16 (a parent is answering)."""
    return bool(set(answers.get("age", ())) & CHILD_AGE_IDS)


def _adult_or_unknown(answers: Answers) -> bool:
    """Alcohol is not asked about a child under 16."""
    return not for_child(answers)


def _amounts(path: str, *ranges: tuple[str, str, float]) -> tuple[Option, ...]:
    return (*(Option(key, label, ((path, value),)) for key, label, value in ranges), not_sure())


CAFFEINE = Question(
    id="caffeine",
    section=Section.HABITS,
    kind=Kind.SINGLE,
    prompt="How many drinks with caffeine do you have a day?",
    child_prompt="How many drinks with caffeine does your child have a day?",
    help="Coffee, tea, cola and energy drinks all count.",
    options=_amounts(
        "lifestyle.caffeine_drinks_per_day",
        # A range stands for its middle and the top for its lower end, so the result reads
        # each back as it was answered ("4 or 5", "6 or more": triage/causes.py).
        ("none", "None", 0),
        ("one_two", "1 or 2", 1.5),
        ("three", "3", 3),
        ("four_five", "4 or 5", 4.5),
        ("six_plus", "6 or more", 6),
    ),
    why=(
        "Caffeine excites nerves and muscles even at rest; several cups a day can set off twitches."
    ),
    sources=(WHY_SUDDENLY, TWITCHING_WHILE_SLEEPING),
)

ALCOHOL = Question(
    id="alcohol",
    section=Section.HABITS,
    kind=Kind.SINGLE,
    ask_if=_adult_or_unknown,
    prompt="How much alcohol do you drink in a week?",
    help=(
        "One unit is about half a pint of ordinary beer or a single measure of spirits; a small "
        "glass of wine (125 ml, 12%) is about 1.5 units."
    ),
    options=_amounts(
        "lifestyle.alcohol_units_per_week",
        ("none", "None", 0),
        # As for caffeine: "7 to 14 units" is read back as that, not as "about 7".
        ("little", "1 to 6 units", 3.5),
        ("some", "7 to 14 units", 10.5),
        ("more", "15 units or more", 15),
    ),
    why="Alcohol can trigger twitches and spoils sleep, which makes them worse.",
    sources=(TWITCHING_WHILE_SLEEPING, HOW_TO_STOP, SOURCES["nhs_alcohol_units"].title),
)

SLEEP = Question(
    id="sleep",
    section=Section.HABITS,
    kind=Kind.SINGLE,
    prompt="How many hours do you usually sleep a night?",
    child_prompt="How many hours does your child usually sleep a night?",
    options=_amounts(
        "lifestyle.sleep_hours",
        # Ranges that do not overlap; each stands for its middle, so "5 up to 6" reads back
        # as "5 to 6 hours" (triage/causes.py), not as its lower end.
        ("under_five", "Less than 5", 4),
        ("five_six", "5 up to 6", 5.5),
        ("six_seven", "6 up to 7", 6.5),
        ("seven_eight", "7 up to 8", 7.5),
        # "over_eight" keeps its id (answers already saved stay valid); it now ends at 9, so a
        # child's 10 hours can be told apart from 8.
        ("over_eight", "8 up to 9", 8.5),
        ("over_nine", "9 or more", 9.5),
    ),
    why=(
        "Too little or poor sleep makes nerves jumpy. Adults need about 7 to 9 hours a night; "
        "teenagers need 8 to 10, and younger children more."
    ),
    sources=(WHY_SUDDENLY, TWITCHES_DURING_SLEEP, SOURCES["sleep_duration"].title),
)

STRESS = Question(
    id="stress",
    section=Section.HABITS,
    kind=Kind.SINGLE,
    prompt="How stressed or worried have you felt lately?",
    child_prompt="How stressed or worried has your child felt lately?",
    help="0 means not at all, 10 means extremely.",
    options=(
        *(Option(str(n), str(n), (("lifestyle.stress", n),)) for n in STRESS_SCALE),
        not_sure(),
    ),
    why=(
        "Stress and worry are the most common everyday cause of twitches: they keep the nervous "
        "system on alert, and worrying about a twitch can feed it."
    ),
    sources=(WHAT_TO_DO, WHY_SUDDENLY, TWITCHES_DURING_SLEEP),
)

EXERCISE = Question(
    id="exercise",
    section=Section.HABITS,
    kind=Kind.SINGLE,
    prompt="Do you do hard training or heavy physical work?",
    child_prompt="Does your child do hard training or very hard physical activity?",
    options=yes_no("lifestyle.hard_exercise", not_sure=False),
    why=(
        "Tired, overworked muscles twitch, and hard training uses up fluid, potassium and "
        "magnesium."
    ),
    sources=(WHY_SUDDENLY, HOW_TO_STOP),
)

WATER = Question(
    id="water",
    section=Section.HABITS,
    kind=Kind.SINGLE,
    prompt="Do you drink enough water most days?",
    child_prompt="Does your child drink enough water most days?",
    help="Pale yellow urine is a good sign you do.",
    options=yes_no("lifestyle.drinks_enough_water"),
    why="Too little fluid upsets the body's salt balance, which can make muscles twitch.",
    sources=(WHY_SUDDENLY, HOW_TO_STOP),
)

DIET = Question(
    id="diet",
    section=Section.HABITS,
    kind=Kind.SINGLE,
    prompt="Do you eat a varied diet with fruit, vegetables and dairy?",
    child_prompt="Does your child eat a varied diet with fruit, vegetables and dairy?",
    options=yes_no("lifestyle.balanced_diet"),
    why=(
        "Low magnesium, potassium, calcium or vitamin D can all cause twitches; a varied diet "
        "is the usual way to get enough."
    ),
    sources=(WHY_SUDDENLY, TWITCHES_DURING_SLEEP, HOW_TO_STOP),
)

FOOD = Question(
    id="food",
    section=Section.HABITS,
    kind=Kind.SINGLE,
    prompt="Do the twitches seem to follow a particular food?",
    options=yes_no("lifestyle.suspects_food"),
    why=(
        "Now and then a food sensitivity sets off twitches; a doctor or dietitian can help test it."
    ),
    sources=(WHY_SUDDENLY,),
)

MEDICINES = Question(
    id="medicines",
    section=Section.HEALTH,
    kind=Kind.MULTI,
    prompt="Do any of these apply to your medicines?",
    child_prompt="Do any of these apply to your child's medicines?",
    help="Tick all that apply. Keep taking your medicines: never stop one without advice.",
    options=(
        Option(
            "new_medicine",
            "I started a new medicine shortly before the twitching",
            (("medicines.new_medicine", True),),
        ),
        Option(
            "dose_increased",
            "A doctor raised the dose of one of my medicines shortly before the twitching",
            (("medicines.dose_increased", True),),
        ),
        Option("antidepressant", "An antidepressant", (("medicines.kinds", "antidepressant"),)),
        Option("antipsychotic", "An antipsychotic", (("medicines.kinds", "antipsychotic"),)),
        Option("diuretic", "Water tablets (diuretics)", (("medicines.kinds", "diuretic"),)),
        Option(
            "stimulant", "A stimulant (for example for ADHD)", (("medicines.kinds", "stimulant"),)
        ),
        Option("corticosteroid", "Steroid tablets", (("medicines.kinds", "corticosteroid"),)),
        Option("asthma_inhaler", "An asthma inhaler", (("medicines.kinds", "asthma_inhaler"),)),
        Option("other", "Another prescribed medicine", (("medicines.kinds", "other"),)),
        none_of_these("No medicines"),
        not_sure(),
    ),
    why=(
        "Some medicines list twitching as a side effect, and a new medicine just before the "
        "twitching began is a clue. Your doctor or pharmacist can review them with you."
    ),
    sources=(HOW_TO_STOP, WHY_SUDDENLY, WHAT_TO_DO),
)

CONDITIONS = Question(
    id="conditions",
    section=Section.HEALTH,
    kind=Kind.MULTI,
    prompt="Does any of this apply to you?",
    child_prompt='Does any of this apply to your child? Where it says "I", read "my child".',
    help="Tick all that apply.",
    options=(
        Option("pregnancy", "I am pregnant", (("conditions", "pregnancy"),)),
        Option(
            "new_diagnosis",
            "I was recently told I have a new health condition",
            (("conditions", "new_diagnosis"),),
        ),
        Option("kidney_disease", "I have kidney disease", (("conditions", "kidney_disease"),)),
        Option("epilepsy", "I have epilepsy", (("conditions", "epilepsy"),)),
        Option("other", "Another long-term condition", (("conditions", "other"),)),
        none_of_these(),
    ),
    why=(
        "Pregnancy brings changes and warning signs of its own; a new diagnosis, kidney "
        "disease or epilepsy change what the twitching may mean and who to tell."
    ),
    sources=(HOW_TO_STOP, TWITCHES_DURING_SLEEP, WHY_SUDDENLY),
)

FAMILY = Question(
    id="family",
    section=Section.HEALTH,
    kind=Kind.SINGLE,
    prompt="Does twitching run in your family?",
    child_prompt="Does twitching run in your child's family?",
    options=yes_no("runs_in_family"),
    why="Some kinds of twitching run in families and are usually harmless.",
    sources=(HOW_TO_STOP,),
)

AGE = Question(
    id="age",
    section=Section.SAFETY,
    kind=Kind.SINGLE,
    prompt="How old is the person with the twitch?",
    help="Checking for your child? Answer every question about them.",
    options=(
        Option("under_1", "Under 1 year (a baby)", (("age", 0),)),
        Option("1_9", "1 to 9", (("age", 1),)),
        Option("10_15", "10 to 15", (("age", 10),)),
        Option("16_17", "16 or 17", (("age", 16),)),
        Option("18_44", "18 to 44", (("age", 18),)),
        Option("45_55", "45 to 55", (("age", 45),)),
        Option("over_55", "Over 55", (("age", 56),)),
        Option(NOT_SURE, "I'd rather not say"),
    ),
    why=(
        "Age changes what a twitch may mean: repeated jerks in a baby need a doctor the same day, "
        "tics are common in children, and sleep needs and hormones change with age."
    ),
    sources=(
        SOURCES["nice_ng127_children"].title,
        TWITCHES_DURING_SLEEP,
        SOURCES["sleep_duration"].title,
    ),
)


HABIT_QUESTIONS: tuple[Question, ...] = (
    CAFFEINE,
    ALCOHOL,
    SLEEP,
    STRESS,
    EXERCISE,
    WATER,
    DIET,
    FOOD,
)
