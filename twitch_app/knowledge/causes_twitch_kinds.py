"""Cause cards for three common, harmless kinds of twitch people search for by name.

They are cards (not only twitch types) because people arrive asking "why does my eyelid jump?"
and need the same structure: what it is, what helps, and when to see a doctor.
"""

from twitch_app.ids import (
    SRC_BFS_REVIEW,
    SRC_FORUM,
    SRC_HOW_TO_STOP,
    SRC_MAYO_EYE,
    SRC_NHS_TWITCHES,
    SRC_NICE_NG127,
    SRC_SLEEPING,
    SRC_WHAT_TO_DO,
    SRC_WHY_SUDDENLY,
)
from twitch_app.knowledge.models import CauseCard

TWITCH_KIND_CAUSES: tuple[CauseCard, ...] = (
    CauseCard(
        id="hypnic_jerk",
        title="Sleep starts (hypnic jerks)",
        category="Sleep",
        synonyms=(
            "sleep start",
            "hypnic jerk",
            "jerk",
            "jolt",
            "falling asleep",
            "falling feeling",
            "twitch in bed",
        ),
        summary="The jolt as you drift off. Almost everyone has it, and it is harmless.",
        why=(
            "As you fall asleep, parts of your body switch off at different speeds. Much of the "
            "brain is already asleep while the part that moves your muscles is still partly "
            "awake. Now and then it sends a signal to muscles that are already slack, and your "
            "whole body jolts. It is a normal kind of myoclonus."
        ),
        signs=(
            "It happens only as you are falling asleep.",
            "It may come with a feeling of falling or a flash of a dream.",
            "It comes more when you are overtired, stressed or had caffeine late.",
        ),
        body_areas=("whole_body", "leg", "arm"),
        see_doctor=(
            "The odd sleep start needs no doctor. See one if your legs also feel strange or hurt "
            "as you fall asleep, or if you have epilepsy and get night-time spasms. See one too "
            "if the jerks keep spoiling your sleep."
        ),
        red_flags=("D10", "D12", "D9"),
        sources=(SRC_WHAT_TO_DO, SRC_FORUM, SRC_SLEEPING, SRC_HOW_TO_STOP),
    ),
    CauseCard(
        id="benign_fasciculation",
        title="Harmless muscle flickers (benign fasciculations)",
        category="Medical conditions",
        synonyms=(
            "fasciculation",
            "bfs",
            "benign fasciculation syndrome",
            "muscle twitch",
            "flicker",
            "jumping muscle",
            "thigh",
            "thumb",
        ),
        summary="Small flickers under the skin from busy nerves. Common, painless and harmless.",
        why=(
            "A fasciculation is a tiny patch of muscle firing on its own, like a flicker under "
            "the skin. Most people have them now and then, most often in the eyelid, upper arm, "
            "thigh, calf, fingers, thumb or face, and they fade within a few days or weeks. "
            "Some people have flickers and cramps on and off for months, because their nerves "
            "are a bit overactive. Doctors call that benign fasciculation syndrome. Benign "
            "means harmless: the muscles stay strong."
        ),
        signs=(
            "The flicker is painless and you can see or feel it, but it does not move a joint.",
            "The muscle is as strong as ever.",
            "It moves around or comes back in busy, tired or stressful spells.",
        ),
        body_areas=("eyelid", "face", "arm", "hand", "leg", "calf"),
        see_doctor=(
            "See a doctor if a twitch lasts more than 2 weeks from when it started, is in more "
            "than one area or spreads. If the muscle feels weak or looks thinner, see a doctor "
            "within a week. Twitching whether you move or rest is common on its own. A doctor "
            "can usually reassure you after a simple check."
        ),
        red_flags=("D1", "D2", "D3", "D7"),
        evidence_note=(
            "Studies that followed people with benign fasciculations for months to years found "
            "that the twitches often last, yet none went on to get ALS. What sets rarer "
            "problems apart is weakness or muscle wasting, which a doctor can check for. UK "
            "guidance for GPs (NICE) says small twitches on their own do not need a specialist; "
            "twitches with a muscle getting thinner and weaker, or stiff, do."
        ),
        sources=(
            SRC_WHAT_TO_DO,
            SRC_WHY_SUDDENLY,
            SRC_HOW_TO_STOP,
            SRC_SLEEPING,
            SRC_NHS_TWITCHES,
            SRC_BFS_REVIEW,
            SRC_NICE_NG127,
        ),
    ),
    CauseCard(
        id="eyelid_twitch",
        title="Eyelid twitch",
        category="Lifestyle",
        synonyms=("eyelid", "eye twitch", "eye", "blepharospasm", "eyelid flicker", "eye jumping"),
        summary="A flicker in one eyelid. Very common; tiredness, stress and caffeine set it off.",
        why=(
            "The small muscle around the eye is one of the easiest places to notice a twitch. It "
            "tends to flare when you are tired, stressed or have had a lot of caffeine, and it "
            "usually settles within a few days or weeks. When both eyelids squeeze shut hard and "
            "keep doing it, doctors call that blepharospasm; a GP can refer you to a specialist."
        ),
        signs=(
            "Only one eyelid flickers, and your eye looks and feels normal.",
            "It flares after short nights, stressful spells or lots of coffee.",
        ),
        body_areas=("eyelid", "face"),
        see_doctor=(
            "See a GP (family doctor) if both eyes close tightly, the eyelid droops, other "
            "muscles of your face join in, or the twitch has lasted more than 3 months. A "
            "flicker that keeps coming back is not a reason on its own. If the eye is red, "
            "swollen or sore, ask a pharmacist, and see a GP if it does not clear up."
        ),
        red_flags=("D11",),
        evidence_note=(
            "One article says strong eyelid spasm comes from an inflamed eyeball. Doctors see "
            "lasting blepharospasm as a problem in the brain's control of movement; dry or "
            "irritated eyes can make it worse, but are not the root cause."
        ),
        sources=(
            SRC_SLEEPING,
            SRC_WHAT_TO_DO,
            SRC_HOW_TO_STOP,
            SRC_MAYO_EYE,
            SRC_NHS_TWITCHES,
            SRC_NICE_NG127,
        ),
    ),
)
