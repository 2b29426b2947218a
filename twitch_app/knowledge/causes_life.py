"""Cause cards added after the clinical review: night cramps, pregnancy, children's tics,
dystonia, body conditions found by a blood test, and health anxiety.

The symptom check ranks only "pregnancy" of these (twitch_app/vocabulary.CARD_ONLY_CAUSE_IDS);
people reach the others by reading and searching.
"""

from twitch_app.ids import (
    SRC_BFS_REVIEW,
    SRC_COCHRANE_PREGNANCY,
    SRC_HEALTH_ANXIETY,
    SRC_HOW_TO_STOP,
    SRC_NHS_DVT,
    SRC_NHS_DYSTONIA,
    SRC_NHS_LEG_CRAMPS,
    SRC_NHS_METOCLOPRAMIDE,
    SRC_NHS_PRE_ECLAMPSIA,
    SRC_NHS_THYROID,
    SRC_NHS_TICS,
    SRC_NHS_TWITCHES,
    SRC_NICE_NG127,
    SRC_PREGNANCY_CAFFEINE,
    SRC_SLEEPING,
)
from twitch_app.knowledge.models import CauseCard

NEW_CAUSES: tuple[CauseCard, ...] = (
    CauseCard(
        id="night_leg_cramps",
        title="Night leg cramps",
        category="Sleep",
        synonyms=("leg cramp", "night cramp", "charley horse", "cramp", "calf cramp"),
        summary="A sudden, painful knot in the calf at night. Common, and usually harmless.",
        why=(
            "A cramp is a muscle that suddenly tightens and will not let go. Most leg cramps "
            "come at night or at rest, often in the calf. Often there is no clear reason. They "
            "are more common as we get older, in pregnancy, after hard exercise, and with some "
            "medicines, such as statins for cholesterol and water pills."
        ),
        signs=(
            "A hard, painful calf, foot or thigh wakes you up.",
            "It lasts from a few seconds to 10 minutes, and the muscle may stay sore after.",
        ),
        body_areas=("calf", "leg", "foot"),
        see_doctor=(
            "See a doctor (GP) if cramps spoil your sleep, or come with numbness or swelling. "
            "Ask for an urgent appointment if a cramp lasts longer than 10 minutes. Pain and "
            "swelling in one leg that does not ease can be a blood clot: get help the same day."
        ),
        red_flags=("D9", "D6"),
        evidence_note=(
            "Stretching the calf may lower how often cramps come, though it may not stop them "
            "all. Painkillers work too slowly to help during a cramp."
        ),
        sources=(SRC_NHS_LEG_CRAMPS, SRC_NHS_DVT, SRC_SLEEPING),
    ),
    CauseCard(
        id="pregnancy",
        title="Pregnancy",
        category="Pregnancy and children",
        synonyms=("pregnant", "pregnancy", "expecting", "baby", "leg cramps in pregnancy"),
        summary="Leg cramps are common in pregnancy, mostly late on. Know the warning signs.",
        why=(
            "Leg cramps are common in pregnancy, mostly in the last months. They often come at "
            "night and pass after the birth. Calf stretches during the day can help."
        ),
        signs=(
            "You are pregnant, often in the last 3 months.",
            "Your calf cramps at night.",
        ),
        body_areas=("calf", "leg", "foot"),
        see_doctor=(
            "Call your midwife, doctor (GP) or NHS 111 at once if you have a bad headache, "
            "blurred or flashing vision, pain just below the ribs, or sudden swelling of the "
            "face, hands or feet. These can be signs of pre-eclampsia. Get help the same day "
            "for pain, swelling and warmth in one leg, which can be a blood clot."
        ),
        red_flags=("D14", "D9"),
        examples=(
            "Keep caffeine to no more than 200 mg a day: about 2 mugs of instant coffee.",
            "Ask your midwife or doctor before taking any supplement or medicine.",
        ),
        evidence_note=(
            "Magnesium for leg cramps in pregnancy has been tested only in small trials, and "
            "their results disagree. The evidence is weak, so ask before taking it. Leave out "
            "breath holds in the breathing routines while you are pregnant."
        ),
        sources=(
            SRC_NHS_LEG_CRAMPS,
            SRC_NHS_PRE_ECLAMPSIA,
            SRC_PREGNANCY_CAFFEINE,
            SRC_COCHRANE_PREGNANCY,
            SRC_NHS_DVT,
        ),
    ),
    CauseCard(
        id="children_tics",
        title="Children's tics (for parents)",
        category="Pregnancy and children",
        synonyms=("child", "children", "kid", "tic", "tics", "tourette", "blinking", "parent"),
        summary="Quick repeated blinks, sniffs or jerks are common in children and often fade.",
        why=(
            "Tics are quick movements or sounds that are hard to hold back, such as blinking, "
            "grimacing, shrugging or sniffing. They are fairly common in children and often "
            "start at about 5 years old. Stress, tiredness or excitement can make them worse, "
            "and so can talking about them a lot. Most get better over time."
        ),
        signs=(
            "Your child blinks, sniffs, shrugs or jerks the head again and again.",
            "Your child feels an urge before a tic and relief after it.",
        ),
        body_areas=("eyelid", "face", "neck", "shoulder"),
        see_doctor=(
            "See a GP if the tics come very often or get worse, hurt, upset your child or get "
            "in the way of school, or come with anger, low mood or self-harm. A jerk with "
            "loss of awareness is not a tic: see a doctor about it. A baby under 1 with jerks "
            "that repeat or come in clusters needs a doctor the same day."
        ),
        red_flags=("D9", "D13"),
        sources=(SRC_NHS_TICS, SRC_SLEEPING, SRC_NICE_NG127),
    ),
    CauseCard(
        id="dystonia",
        title="Dystonia (muscles that twist or spasm)",
        category="Medical conditions",
        synonyms=(
            "dystonia",
            "spasm",
            "twisting",
            "blepharospasm",
            "torticollis",
            "writer's cramp",
        ),
        summary="Uncontrolled spasms that twist a body part. Uncommon; a GP can check it.",
        why=(
            "In dystonia, the brain sends faulty signals, so muscles spasm or pull a part of "
            "the body into an odd position. The neck may turn to one side, a foot may turn in, "
            "or the eyes may blink or squeeze shut. Tiredness, stress, alcohol and caffeine can "
            "make it worse. It is uncommon, and treatment can help."
        ),
        signs=(
            "A spasm twists your neck, hand or foot into a position you did not choose.",
            "It comes with certain tasks, such as writing.",
        ),
        body_areas=("neck", "hand", "foot", "eyelid"),
        see_doctor=(
            "See a doctor (GP) if your muscles spasm or twist like this. They may send you to a "
            "neurologist (a nerve specialist). If your neck twists, your jaw clenches or your "
            "eyes roll up soon after a new medicine, call your doctor or NHS 111 now. Some "
            "medicines for feeling sick, such as metoclopramide, can do this."
        ),
        red_flags=("D9", "D1"),
        sources=(SRC_NHS_DYSTONIA, SRC_NHS_TWITCHES, SRC_NHS_METOCLOPRAMIDE),
    ),
    CauseCard(
        id="body_conditions",
        title="Thyroid and other body conditions",
        category="Medical conditions",
        synonyms=("thyroid", "overactive thyroid", "hyperthyroidism", "blood test", "kidney"),
        summary="An overactive thyroid can cause twitching. A blood test can check for it.",
        why=(
            "The thyroid gland in the neck sets the body's pace. When it is overactive, you may "
            "twitch or tremble, feel nervous, sleep badly, lose weight and have a fast "
            "heartbeat. A doctor's blood test also checks the body's salts (such as potassium, "
            "calcium and magnesium), which help muscles work."
        ),
        signs=(
            "You also feel shaky, hot and on edge, or lose weight without trying.",
            "Your heart beats fast or unevenly.",
        ),
        body_areas=("hand", "face", "whole_body"),
        see_doctor=(
            "See a doctor (GP) if you have these signs. A blood test can check your thyroid and "
            "your body's salts."
        ),
        red_flags=("D1", "D5"),
        doctor_checks=("DX1",),
        evidence_note=(
            "Low sodium, diabetes and kidney disease are sometimes named as causes of cramps "
            "and twitches. We could not yet check this against a health-service source, so we "
            "only say: a GP's blood test looks at these."
        ),
        sources=(SRC_NHS_THYROID, SRC_HOW_TO_STOP),
    ),
    CauseCard(
        id="health_anxiety",
        title="Worrying about your health (health anxiety)",
        category="Lifestyle",
        synonyms=("health anxiety", "worry", "googling", "checking", "reassurance", "fear"),
        summary="When worry about a twitch takes over your day. Common, and it can be treated.",
        why=(
            "Health anxiety is worry about being ill that goes on even when checks are clear. "
            "You may check your body again and again, search online, or ask others for "
            "reassurance. Each check brings short relief, then the worry comes back, and you "
            "notice every twitch more. Talking therapies, such as CBT, help many people, and "
            "you can often refer yourself."
        ),
        signs=(
            "You check the twitch, or search about it, many times a day.",
            "A doctor's all-clear calms you only for a short time.",
        ),
        body_areas=("whole_body",),
        see_doctor=(
            "Talk to your doctor (GP), or refer yourself to a talking therapy service, if worry "
            "takes up much of your day. Harmless twitches can come and go for years and stay "
            "harmless."
        ),
        red_flags=("D9",),
        sources=(SRC_HEALTH_ANXIETY, SRC_NHS_TWITCHES, SRC_BFS_REVIEW),
    ),
)
