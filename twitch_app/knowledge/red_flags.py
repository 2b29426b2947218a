"""Red flags D1-D14: the signs that mean "see a doctor".

The app and the triage engine both cite these sentences, so the wording lives only here.
"""

from twitch_app.ids import (
    SRC_EPILEPSY_999,
    SRC_FORUM,
    SRC_HOW_TO_STOP,
    SRC_MAYO_EYE,
    SRC_NHS_MENINGITIS,
    SRC_NHS_SEIZURE,
    SRC_NHS_TWITCHES,
    SRC_NICE_CG150,
    SRC_NICE_NG127,
    SRC_SLEEPING,
    SRC_WHAT_TO_DO,
    SRC_WHY_SUDDENLY,
)
from twitch_app.knowledge.models import RedFlag

BOOK_GP = "Book a visit with your GP (family doctor)."

RED_FLAGS: tuple[RedFlag, ...] = (
    RedFlag(
        id="D1",
        text=(
            "A twitch has lasted more than 2 weeks, counted from the day it started, or keeps "
            "coming back."
        ),
        # The engine's D1 leaves out a lone eyelid flicker (D11's 3 months) and jerks only while
        # falling asleep (normal however long): the card says so too.
        advice=(
            f"{BOOK_GP} A lone eyelid flicker and jerks only as you fall asleep have their own "
            "advice."
        ),
        level="see_doctor",
        sources=(SRC_HOW_TO_STOP, SRC_WHAT_TO_DO, SRC_WHY_SUDDENLY, SRC_NHS_TWITCHES),
    ),
    RedFlag(
        id="D2",
        text="Twitching is in more than one area, or in many parts of the body at once.",
        advice=BOOK_GP,
        level="see_doctor",
        sources=(SRC_HOW_TO_STOP,),
    ),
    RedFlag(
        id="D3",
        text="The twitching area feels weak or stiff, or a muscle is getting thinner.",
        advice=(
            "See a doctor within a week and tell them about the weakness or thinning. Do not "
            "wait for 2 weeks to pass."
        ),
        level="see_doctor",
        sources=(SRC_HOW_TO_STOP, SRC_NICE_NG127),
    ),
    RedFlag(
        id="D4",
        text="You think a prescribed medicine may be causing it, or it began after a new one.",
        advice=(
            "Talk to your doctor or pharmacist. Keep taking the medicine until they tell you "
            "otherwise."
        ),
        level="see_doctor",
        sources=(SRC_HOW_TO_STOP,),
    ),
    RedFlag(
        id="D5",
        text="It began after you were told you have a new medical condition.",
        advice="Tell the doctor who looks after that condition.",
        level="see_doctor",
        sources=(SRC_HOW_TO_STOP,),
    ),
    RedFlag(
        id="D6",
        text="It comes with numbness, tingling or another change in feeling.",
        advice=BOOK_GP,
        level="see_doctor",
        sources=(SRC_HOW_TO_STOP,),
    ),
    RedFlag(
        id="D7",
        # Twitching at any time of day is common and harmless on its own (an eyelid twitches
        # "at any time"); it is a warning sign only with weakness, wasting or spreading (issue 20).
        text=(
            "It happens both when you move and when you rest, and the muscle is also weak or "
            "getting thinner, or the twitching is spreading."
        ),
        advice=BOOK_GP,
        level="see_doctor",
        sources=(SRC_HOW_TO_STOP, SRC_NICE_NG127),
    ),
    RedFlag(
        id="D8",
        text="It comes with fever, headache, feeling sick or being sick.",
        # The article says "talk to your doctor", so any one of these signs alone is see_doctor.
        # A fever together with a headache or vomiting can be the start of a serious infection:
        # the triage engine grades that pair urgent (same day), and the advice says so.
        advice=(
            "Book a visit with your GP. If you have a fever together with a headache or "
            "vomiting, contact a doctor the same day, and call emergency services if you also "
            "have a stiff neck, a rash that does not fade when pressed, confusion, or feel very "
            "unwell."
        ),
        level="see_doctor",
        sources=(SRC_HOW_TO_STOP, SRC_NHS_MENINGITIS),
    ),
    RedFlag(
        id="D9",
        text="Twitches are so frequent or strong that they spoil work, sleep or enjoying life.",
        advice=BOOK_GP,
        level="see_doctor",
        sources=(SRC_HOW_TO_STOP, SRC_FORUM),
    ),
    RedFlag(
        id="D10",
        text="You feel odd sensations or pain along with twitches as you fall asleep.",
        advice="See a doctor: this can be restless legs syndrome, which can be treated.",
        level="see_doctor",
        sources=(SRC_WHAT_TO_DO,),
    ),
    RedFlag(
        id="D11",
        # NICE NG127: a flickering eyelid is not referred unless both eyes close tightly, or it
        # has lasted more than 3 months; a drooping lid or other face muscles joining in too.
        text=(
            "With an eyelid twitch, both eyes close tightly, the eyelid droops, other face "
            "muscles join in, or it has lasted more than 3 months."
        ),
        advice=BOOK_GP,
        level="see_doctor",
        sources=(SRC_SLEEPING, SRC_MAYO_EYE, SRC_NICE_NG127),
    ),
    RedFlag(
        id="D12",
        text="You have epilepsy and get spasms at night.",
        advice="Tell the doctor who looks after your epilepsy.",
        level="see_doctor",
        sources=(SRC_FORUM, SRC_HOW_TO_STOP),
    ),
    RedFlag(
        id="D13",
        text="You have a seizure (a fit).",
        # The clinic explainer says "call your doctor"; standard emergency advice (NHS: what to
        # do if someone has a seizure) is stricter, so the flag carries the stricter level. The
        # same words as the engine's D13 rule and the home page (issue 20).
        advice=(
            "Call emergency services for a first seizure, or if a seizure lasts more than 5 "
            "minutes, another follows before recovery, it causes an injury, or breathing is "
            "difficult. If you have epilepsy and it was your usual kind, follow your seizure "
            "plan and let your epilepsy team or GP know today."
        ),
        level="emergency",
        sources=(SRC_HOW_TO_STOP, SRC_SLEEPING, SRC_NHS_SEIZURE, SRC_EPILEPSY_999),
    ),
    RedFlag(
        id="D14",
        text="You have severe headaches.",
        advice=(
            "Call your doctor today. Call emergency services for a sudden, very severe "
            "headache, or a headache with weakness, confusion or trouble speaking."
        ),
        level="urgent",
        sources=(SRC_HOW_TO_STOP, SRC_NICE_CG150),
    ),
)
