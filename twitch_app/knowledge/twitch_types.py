"""Kinds of twitch (T1-T8) and the myoclonus subtypes, for the explainer page.

Named twitch_types.py so it never shadows the standard library's `types` module.
"""

from twitch_app.ids import (
    SRC_EPILEPSY_999,
    SRC_FORUM,
    SRC_HOW_TO_STOP,
    SRC_MAYO_EYE,
    SRC_NHS_SEIZURE,
    SRC_NICE_NG127,
    SRC_SLEEPING,
    SRC_WHAT_TO_DO,
)
from twitch_app.knowledge.models import TwitchType

MAIN_TYPES: tuple[TwitchType, ...] = (
    TwitchType(
        id="T1",
        name="Myoclonus (a quick jerk)",
        also_called=("muscle jerk", "myoclonic jerk"),
        summary="A sudden, short jerk. Everyone has them: hiccups, a jump when startled.",
        detail=(
            "A jerk happens when a muscle suddenly tightens (doctors call this positive) or "
            "suddenly lets go (negative). The jump you feel as you drift off to sleep is one "
            "kind. Myoclonus is a sign, not an illness in itself. A doctor only looks for a "
            "cause when the jerks are frequent, strong or get in the way of life."
        ),
        related_causes=("hypnic_jerk", "genetics", "restless_legs"),
        sources=(SRC_HOW_TO_STOP, SRC_SLEEPING),
    ),
    TwitchType(
        id="T2",
        name="Hypnic jerk (sleep start)",
        also_called=("sleep start", "falling feeling", "sleep-onset twitch"),
        summary="The jolt just as you fall asleep. Very common and harmless.",
        detail=(
            "As you fall asleep, parts of the body switch off at different speeds. The part of "
            "the brain that moves your muscles can still send a signal to muscles that are "
            "already slack, and you jolt."
        ),
        related_causes=("hypnic_jerk",),
        related_remedies=("sleep_routine", "worry_less"),
        sources=(SRC_WHAT_TO_DO, SRC_FORUM, SRC_HOW_TO_STOP),
    ),
    TwitchType(
        id="T3",
        name="Fasciculation (a flicker under the skin)",
        also_called=("muscle twitch", "muscle flicker", "benign fasciculation syndrome", "BFS"),
        summary="A fine, usually painless flicker in a small patch of muscle.",
        detail=(
            "It shows most often in the eyelid, upper arm, thigh, calf, fingers, thumb or face. "
            "It often fades within a few days or weeks. When twitches and cramps keep coming "
            "back for a long time because the nerves are a bit overactive, doctors call it "
            "benign fasciculation syndrome. Benign means harmless."
        ),
        related_causes=("benign_fasciculation", "stress_anxiety", "caffeine"),
        related_remedies=("worry_less", "relaxation"),
        sources=(SRC_WHAT_TO_DO, SRC_HOW_TO_STOP),
    ),
    TwitchType(
        id="T4",
        name="Spasm or cramp",
        also_called=("cramp", "charley horse", "muscle spasm"),
        summary="A sudden, painful tightening of a muscle. Leg cramps at night are common.",
        detail=(
            "Unlike a twitch, a cramp hurts and can last for seconds to minutes. Night cramps "
            "in the legs are common and often need no treatment, but tell your doctor if you "
            "get them a lot."
        ),
        related_causes=("dehydration", "overexertion", "potassium_deficiency"),
        related_remedies=("stretch_and_massage", "hydration"),
        sources=(SRC_SLEEPING, SRC_HOW_TO_STOP),
    ),
    TwitchType(
        id="T5",
        name="Tic",
        also_called=("nervous tic",),
        summary="A movement that repeats and can be held back for a while.",
        detail=(
            "Tics tend to stay in one area, such as the face, neck, shoulders, trunk or hands. "
            "You may feel an urge before one and relief after it."
        ),
        related_causes=("stress_anxiety",),
        sources=(SRC_SLEEPING,),
    ),
    TwitchType(
        id="T6",
        name="Tremor",
        also_called=("shaking", "shake"),
        summary="A rhythmic shaking, gentler than a spasm or a jerk.",
        detail=(
            "A tremor goes back and forth in a steady beat, for example in the hands. It is a "
            "different thing from a twitch. If a new tremor does not settle, ask your doctor."
        ),
        related_causes=("caffeine", "medication"),
        sources=(SRC_SLEEPING,),
    ),
    TwitchType(
        id="T7",
        name="Convulsion or seizure",
        also_called=("fit", "seizure", "convulsion"),
        summary="The jerking of a seizure. This always needs a doctor.",
        detail=(
            "In a seizure the jerks come from a burst of electrical activity in the brain. "
            "People with epilepsy are more likely to have jerks at night. A first seizure is an "
            "emergency, and so is one that lasts more than 5 minutes, repeats before recovery, "
            "causes an injury or makes breathing hard. With epilepsy and your usual kind of "
            "seizure, follow your seizure plan."
        ),
        related_causes=("rare_conditions",),
        sources=(SRC_SLEEPING, SRC_FORUM, SRC_HOW_TO_STOP, SRC_NHS_SEIZURE, SRC_EPILEPSY_999),
    ),
    TwitchType(
        id="T8",
        name="Eyelid twitch",
        also_called=("eye twitch", "eyelid flicker", "blepharospasm"),
        summary="A flicker of the eyelid. Very common, and it usually passes.",
        detail=(
            "A light flicker of one eyelid is a kind of fasciculation. When the eyelids squeeze "
            "shut strongly and keep doing it, doctors call it blepharospasm. See a GP if both "
            "eyes close tightly, the eyelid droops, other face muscles join in, or the twitch "
            "has lasted more than 3 months."
        ),
        related_causes=("eyelid_twitch",),
        related_remedies=("sleep_routine", "cut_caffeine_alcohol"),
        sources=(SRC_SLEEPING, SRC_WHAT_TO_DO, SRC_HOW_TO_STOP, SRC_MAYO_EYE, SRC_NICE_NG127),
    ),
)

# Doctors group myoclonus by what is behind it (the clinic explainer in "How to stop muscle
# twitches"). Each subtype is its own record so the explainer can link to it.
MYOCLONUS_SUBTYPES: tuple[TwitchType, ...] = (
    TwitchType(
        id="T1.action",
        parent="T1",
        name="Action myoclonus",
        summary="Jerks set off by moving, or even by meaning to move.",
        detail=(
            "It can affect the face, arms or legs and is the form that gets in the way of daily "
            "life the most. It needs a doctor's care."
        ),
        related_causes=("rare_conditions",),
        sources=(SRC_HOW_TO_STOP,),
    ),
    TwitchType(
        id="T1.epileptic",
        parent="T1",
        name="Epileptic myoclonus",
        summary="Jerks in people with epilepsy, who are more prone to them.",
        detail="Tell the doctor who looks after your epilepsy about any new night-time jerks.",
        related_causes=("rare_conditions",),
        sources=(SRC_HOW_TO_STOP, SRC_FORUM),
    ),
    TwitchType(
        id="T1.essential",
        parent="T1",
        name="Essential myoclonus",
        summary="Jerks with no known cause. It often runs in families.",
        detail=(
            "It can also appear in someone with no family history. It tends to stay mild or "
            "change only slowly."
        ),
        related_causes=("genetics",),
        sources=(SRC_HOW_TO_STOP, SRC_SLEEPING),
    ),
    TwitchType(
        id="T1.sleep",
        parent="T1",
        name="Sleep myoclonus",
        summary="Jerks while falling asleep.",
        detail=(
            "Usually harmless. If the legs also feel strange or ache and you need to move them, "
            "it could be restless legs syndrome, which a doctor can help with."
        ),
        related_causes=("hypnic_jerk", "restless_legs"),
        sources=(SRC_HOW_TO_STOP, SRC_SLEEPING),
    ),
    TwitchType(
        id="T1.stimulus_sensitive",
        parent="T1",
        name="Stimulus-sensitive myoclonus",
        summary="Jerks set off by things outside you, like lights, sound or movement.",
        detail=(
            "Keeping a distance from screens and avoiding flickering lights can help, "
            "alongside whatever a doctor advises."
        ),
        related_causes=("rare_conditions",),
        related_remedies=("screen_and_light_breaks",),
        sources=(SRC_HOW_TO_STOP,),
    ),
    TwitchType(
        id="T1.symptomatic",
        parent="T1",
        name="Symptomatic (secondary) myoclonus",
        summary="Jerks that come from another medical condition.",
        detail=(
            "Examples are ataxia (a problem with balance and coordination) and Parkinson's "
            "disease. The doctor treats the condition behind them."
        ),
        related_causes=("rare_conditions",),
        sources=(SRC_HOW_TO_STOP,),
    ),
)

TWITCH_TYPES: tuple[TwitchType, ...] = MAIN_TYPES + MYOCLONUS_SUBTYPES
