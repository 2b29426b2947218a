"""Remedy cards: calm, caffeine and alcohol, sleep, muscles, rest and medicines (R1, R2, R9-R15)."""

from twitch_app.ids import (
    SRC_ALCOHOL_WITHDRAWAL,
    SRC_DRINKAWARE_WITHDRAWAL,
    SRC_FORUM,
    SRC_HOW_TO_STOP,
    SRC_NHS_ALCOHOL_UNITS,
    SRC_NHS_DVT,
    SRC_NHS_LEG_CRAMPS,
    SRC_NHS_TWITCHES,
    SRC_RHABDO,
    SRC_SLEEP_DURATION,
    SRC_SLEEPING,
    SRC_WHAT_TO_DO,
    SRC_WHY_SUDDENLY,
)
from twitch_app.knowledge.models import RemedyCard

NEVER_STOP_MEDICINE = (
    "Never stop or change a prescribed medicine on your own, even if you think it causes the "
    "twitch. Ask your doctor or pharmacist first."
)

SELFCARE_REMEDIES: tuple[RemedyCard, ...] = (
    RemedyCard(
        id="relaxation",
        title="Relax on purpose",
        summary="Calming your body on purpose tells busy nerves they can settle.",
        steps=(
            "Pick one thing you enjoy: yoga, meditation, slow deep breathing or a walk.",
            "Try autogenic training: quietly tell yourself your arms feel heavy and warm.",
            "Put on soothing music, or write your worries down in a journal before bed.",
        ),
        how_much=("A few minutes once or twice a day works better than an hour now and then.",),
        cautions=("If stress or low mood feels too heavy to carry, talk to a doctor.",),
        sources=(SRC_SLEEPING, SRC_WHAT_TO_DO, SRC_WHY_SUDDENLY, SRC_HOW_TO_STOP),
    ),
    RemedyCard(
        id="cut_caffeine_alcohol",
        title="Cut down on caffeine and alcohol",
        summary="Less coffee, tea, energy drinks, soda and alcohol, above all before bed.",
        steps=(
            "Swap some coffee, tea, energy drinks or cola for water, decaf or herbal tea.",
            "Keep caffeine to the morning.",
            "Skip alcohol in the evening and see whether night twitches ease.",
        ),
        how_much=(
            "Cut down step by step, say one cup less every few days, to avoid headaches.",
            "Count alcohol in units: a small glass of wine (125 ml at 12%) is about 1.5 units.",
        ),
        cautions=(
            "If you drink a lot of alcohol every day, do not stop all at once on your own: "
            "that can be dangerous. A doctor can help you cut down safely.",
        ),
        sources=(
            SRC_SLEEPING,
            SRC_WHAT_TO_DO,
            SRC_HOW_TO_STOP,
            SRC_NHS_ALCOHOL_UNITS,
            SRC_ALCOHOL_WITHDRAWAL,
            SRC_DRINKAWARE_WITHDRAWAL,
        ),
    ),
    RemedyCard(
        id="sleep_routine",
        title="Build a steady sleep routine",
        summary="Enough regular sleep lets nerves and muscles fully rest.",
        steps=(
            "Go to bed and get up at about the same time every day, weekends too.",
            "Make your bedroom dark, quiet and comfortable, and keep warm in bed.",
            "If alcohol or a medicine seems to bring on night twitches, change your bedtime "
            "routine: no drink before bed, and ask your doctor about when to take the medicine.",
        ),
        how_much=(
            "Adults: 7 to 9 hours of sleep a night.",
            "Teenagers: 8 to 10 hours. Children aged 6 to 13: 9 to 11 hours.",
        ),
        cautions=(
            "Ask your doctor before changing when you take a medicine.",
            "If you snore loudly, stop breathing in your sleep, or feel sleepy all day after "
            "enough hours in bed, see a doctor.",
        ),
        sources=(SRC_SLEEPING, SRC_FORUM, SRC_WHY_SUDDENLY, SRC_HOW_TO_STOP, SRC_SLEEP_DURATION),
    ),
    RemedyCard(
        id="stretch_and_massage",
        title="Stretch, massage and warmth",
        summary="Gentle stretching and rubbing can calm a twitchy or cramping muscle.",
        steps=(
            "Stretch the muscle slowly and gently, without bouncing.",
            "Rub it with gentle massage.",
            "Try a warm bath, or a warm or cool compress or damp cloth on the spot.",
        ),
        how_much=("Hold each stretch for about 30 seconds, two or three times.",),
        cautions=(
            "Stop if it hurts sharply.",
            "Do not rub a calf that is swollen, warm and red, or throbs in one leg only. Get "
            "help the same day (an urgent GP visit or NHS 111): it can be a blood clot.",
        ),
        evidence_note=(
            "For night leg cramps, studies of stretching give mixed results. It is safe and "
            "many people find it helps, so it is worth a try."
        ),
        sources=(SRC_SLEEPING, SRC_HOW_TO_STOP, SRC_NHS_TWITCHES, SRC_NHS_LEG_CRAMPS, SRC_NHS_DVT),
    ),
    RemedyCard(
        id="recovery_after_training",
        title="Recover well after hard training",
        summary="Help a worked muscle recover, and refill what you sweated out.",
        steps=(
            "Massage the muscle, wear compression, or switch between ice and rest.",
            "Drink to replace the fluid you lost.",
            "Refill potassium, magnesium and vitamin D through food.",
            "Build up training slowly and keep good form.",
        ),
        how_much=(
            "Lose less than 2% of your body weight in sweat (no more than 3 lb for a 150 lb "
            "person).",
            "Ice for no more than 20 minutes at a time, wrapped in a cloth.",
        ),
        cautions=(
            "If your urine turns dark brown or you pass much less of it after very hard "
            "exercise, with strong muscle pain or weakness, get urgent medical help.",
        ),
        evidence_note=(
            "Massage, compression and ice ease soreness for some people. Research on whether "
            "they prevent twitches or cramps is limited."
        ),
        sources=(SRC_HOW_TO_STOP, SRC_RHABDO),
    ),
    RemedyCard(
        id="rest_and_pacing",
        title="Rest and pace yourself",
        summary="Plenty of rest and regular breaks give tired muscles time to settle.",
        steps=(
            "Get plenty of rest while the twitch lasts.",
            "Take short breaks during physical work.",
            "Keep moving every day, but not to excess.",
        ),
        how_much=("A short break every hour or so during hard physical work.",),
        cautions=("If a muscle feels weak, rest alone is not enough: see a doctor.",),
        sources=(SRC_WHY_SUDDENLY, SRC_HOW_TO_STOP),
    ),
    RemedyCard(
        id="worry_less",
        title="Try not to worry",
        summary="Most twitches are harmless, and worry tends to make them worse.",
        steps=(
            "Remind yourself: most twitches fade within a few days or weeks and are not caused "
            "by an illness.",
            "Notice when you check or search about the twitch, and gently turn to something else.",
            "Note it in the diary once a day instead of watching it all day.",
        ),
        how_much=(
            "Give it 2 weeks, counted from the day the twitch started: cutting out caffeine or "
            "resting does not restart the count. If it is still there, book a GP visit.",
            "Two kinds have a longer clock. An eyelid flicker needs a GP after 3 months, or "
            "sooner with the signs on its card. Jerks only as you fall asleep are normal, "
            "however long they have gone on.",
        ),
        cautions=(
            "Not for a weak or thinning muscle: then do not wait 2 weeks, see a doctor within "
            "a week.",
            "Calm words never replace a doctor when there is a warning sign, such as numbness "
            "or twitches spreading.",
        ),
        sources=(SRC_HOW_TO_STOP, SRC_NHS_TWITCHES),
    ),
    RemedyCard(
        id="medicine_review",
        title="Review your medicines with a doctor",
        summary="If a medicine may be behind it, a doctor or pharmacist can look at options.",
        steps=(
            "Note when the twitches began and when any medicine was started or changed.",
            "Bring a list of all your medicines to your doctor or pharmacist.",
            "Talk about whether a change is worth trying.",
        ),
        how_much=(),
        cautions=(NEVER_STOP_MEDICINE,),
        sources=(SRC_HOW_TO_STOP, SRC_SLEEPING, SRC_WHY_SUDDENLY),
    ),
    RemedyCard(
        id="screen_and_light_breaks",
        title="Screen and light breaks",
        summary="For jerks set off by lights: sit back from screens, avoid flicker.",
        steps=(
            "Sit a comfortable distance back from screens.",
            "Avoid flickering or flashing lights where you can.",
        ),
        how_much=(),
        cautions=(
            "This is for stimulus-sensitive myoclonus, which a doctor diagnoses. Jerks set off "
            "by light, sound or movement need a doctor's check.",
        ),
        sources=(SRC_HOW_TO_STOP,),
    ),
)
