"""What a doctor asks and does, and the facts with numbers.

The doctor's questions double as the diary's checklist: a diary that answers them makes a GP
visit short and useful.
"""

from twitch_app.ids import (
    SRC_HOW_TO_STOP,
    SRC_NHS_TWITCHES,
    SRC_NICE_NG127,
    SRC_SLEEP_DURATION,
    SRC_WHAT_TO_DO,
    SRC_WHY_SUDDENLY,
)
from twitch_app.knowledge.models import DoctorCheck, DoctorQuestion, NumberFact

DOCTOR_QUESTIONS: tuple[DoctorQuestion, ...] = (
    DoctorQuestion(
        id="Q1",
        text="When did you first notice the twitching?",
        diary_hint="Write down the date it started.",
        sources=(SRC_HOW_TO_STOP,),
    ),
    DoctorQuestion(
        id="Q2",
        text="How long does each twitch last?",
        diary_hint="Note whether it lasts seconds, minutes or longer.",
        sources=(SRC_HOW_TO_STOP,),
    ),
    DoctorQuestion(
        id="Q3",
        text="Does it always happen in the same place?",
        diary_hint="Log the body area every time.",
        sources=(SRC_HOW_TO_STOP,),
    ),
    DoctorQuestion(
        id="Q4",
        text="How often does it happen?",
        diary_hint="Log each episode, or a rough count per day.",
        sources=(SRC_HOW_TO_STOP,),
    ),
    DoctorQuestion(
        id="Q5",
        text="Do you have any other symptoms?",
        diary_hint="Note weakness, numbness, pain, cramps or anything else new.",
        sources=(SRC_HOW_TO_STOP,),
    ),
)

DOCTOR_CHECKS: tuple[DoctorCheck, ...] = (
    DoctorCheck(
        id="GP1",
        kind="visit",
        name="What happens at a GP visit",
        text=(
            "The GP looks at the twitching muscle while you are relaxed, asks the questions "
            "above and looks for simple causes, such as stress or a medicine. They may ask you "
            "to come back if it has not gone in a few weeks, or send you to a neurologist (a "
            "nerve specialist) for tests."
        ),
        sources=(SRC_HOW_TO_STOP, SRC_WHAT_TO_DO, SRC_NHS_TWITCHES, SRC_NICE_NG127),
    ),
    DoctorCheck(
        id="DX1",
        kind="test",
        name="Blood and urine tests",
        text=(
            "Check the body's salts (electrolytes) such as potassium, calcium and magnesium, "
            "the blood chemistry, and signs of infection."
        ),
        sources=(SRC_HOW_TO_STOP,),
    ),
    DoctorCheck(
        id="DX2",
        kind="test",
        name="EEG (electroencephalogram)",
        text=(
            "Small pads on the scalp record the brain's electrical activity, to look for "
            "seizure activity. It does not hurt."
        ),
        sources=(SRC_HOW_TO_STOP,),
    ),
    DoctorCheck(
        id="DX3",
        kind="test",
        name="EMG and nerve conduction studies",
        text=(
            "Measure the electrical activity of muscles and nerves, and how fast signals travel "
            "along a nerve. Related tests follow signals through the brain, brain stem and "
            "spinal cord."
        ),
        sources=(SRC_HOW_TO_STOP,),
    ),
    DoctorCheck(
        id="DX4",
        kind="test",
        name="CT, MRI or PET scans",
        text="Pictures of the inside of the brain or spine, to look for any changes.",
        sources=(SRC_HOW_TO_STOP,),
    ),
    DoctorCheck(
        id="TX1",
        kind="treatment",
        name="Treatment depends on the cause",
        text=(
            "If a doctor finds a cause, they treat that. Many treatments make jerks less "
            "frequent and less strong, for example calming (sedative) or anti-seizure "
            "medicines, or botulinum toxin injections for facial spasms."
        ),
        sources=(SRC_HOW_TO_STOP, SRC_WHY_SUDDENLY),
    ),
)

# Every record that carries one of these facts must contain its key phrase, word for word, so
# the numbers cannot drift apart between cards (checked by the validator).
NUMBER_FACTS: tuple[NumberFact, ...] = (
    NumberFact(
        id="N1",
        text=(
            "Most twitches fade within a few days or weeks, and most are not caused by a "
            "medical condition."
        ),
        key_phrase="a few days or weeks",
        sources=(SRC_HOW_TO_STOP,),
    ),
    NumberFact(
        id="N2",
        text=(
            "Adults need 7 to 9 hours of sleep a night; teenagers 8 to 10 and school-age "
            "children 9 to 11."
        ),
        key_phrase="7 to 9 hours",
        sources=(SRC_HOW_TO_STOP, SRC_SLEEP_DURATION),
    ),
    NumberFact(
        id="N3",
        text=(
            "Lose less than 2% of your body weight in sweat during a workout: no more than 3 lb "
            "for a 150 lb person."
        ),
        key_phrase="2%",
        sources=(SRC_HOW_TO_STOP,),
    ),
    NumberFact(
        id="N4",
        text=(
            "See a GP if a twitch lasts more than 2 weeks, counted from the day it started: "
            "cutting out caffeine or resting does not restart the count. With weakness or a "
            "thinner muscle, do not wait: see a doctor within a week."
        ),
        key_phrase="2 weeks",
        sources=(SRC_HOW_TO_STOP, SRC_NHS_TWITCHES),
    ),
)
