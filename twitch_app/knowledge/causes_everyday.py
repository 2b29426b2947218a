"""Cause cards: everyday triggers (stress, stimulants, drink, water, sleep, training)."""

from twitch_app.ids import (
    ARTICLE_IDS,
    SRC_FORUM,
    SRC_HOW_TO_STOP,
    SRC_NHS_ALCOHOL_UNITS,
    SRC_NHS_TWITCHES,
    SRC_SLEEP_DURATION,
    SRC_SLEEPING,
    SRC_WHAT_TO_DO,
    SRC_WHY_SUDDENLY,
)
from twitch_app.knowledge.models import CauseCard

EVERYDAY_CAUSES: tuple[CauseCard, ...] = (
    CauseCard(
        id="stress_anxiety",
        title="Stress and worry",
        category="Lifestyle",
        synonyms=("stress", "anxiety", "worry", "nerves", "nervous tic", "tension", "panic"),
        summary="The most common reason for twitches, by day and at night.",
        why=(
            "Stress keeps your nervous system on alert, even when you are resting. Nerves that "
            "stay on alert fire more easily, and a muscle flickers. Worry about the twitch can "
            "then feed the stress, so the two keep each other going."
        ),
        signs=(
            "Twitches come in a busy, tense or sad time.",
            "They get worse when you think about them.",
            "You also sleep badly, feel on edge or have a tight jaw or shoulders.",
        ),
        body_areas=("eyelid", "face", "arm", "leg", "calf", "whole_body"),
        see_doctor=(
            "See a doctor if a twitch lasts more than 2 weeks, spreads to other areas, or stress "
            "is hard to cope with. Talking to a doctor about stress is a good reason on its own."
        ),
        red_flags=("D1", "D2", "D9"),
        evidence_note=(
            "Some research links stress with lower magnesium, but no good study shows that "
            "magnesium pills stop stress twitches. Calming down is the main fix."
        ),
        sources=(*ARTICLE_IDS, SRC_NHS_TWITCHES),
    ),
    CauseCard(
        id="caffeine",
        title="Caffeine and other stimulants",
        category="Lifestyle",
        synonyms=(
            "coffee",
            "tea",
            "energy drink",
            "cola",
            "soda",
            "espresso",
            "pre-workout",
            "stimulant",
        ),
        summary="Coffee, tea and energy drinks can make muscles fire even at rest.",
        why=(
            "Caffeine is a stimulant. It makes nerves and muscles more excitable, so a muscle "
            "can twitch even when you are sitting still or lying in bed."
        ),
        signs=(
            "You drink several cups of coffee or tea, or energy drinks, in a day.",
            "Twitches are worse on days with more caffeine.",
            "You have caffeine in the afternoon or evening and sleep lightly.",
        ),
        body_areas=("eyelid", "face", "arm", "leg", "calf"),
        see_doctor=(
            "See a doctor if the twitch lasts more than 2 weeks from the day it started (cutting "
            "down does not restart the count), or if it is strong enough to spoil work or sleep."
        ),
        red_flags=("D1", "D9"),
        sources=(SRC_SLEEPING, SRC_WHAT_TO_DO, SRC_HOW_TO_STOP, SRC_NHS_TWITCHES),
    ),
    CauseCard(
        id="alcohol",
        title="Alcohol",
        category="Lifestyle",
        synonyms=("beer", "wine", "drinking", "hangover", "spirits", "booze"),
        summary="Alcohol can bring on twitches and makes sleep lighter.",
        why=(
            "Alcohol upsets sleep and can dry you out, and both make muscles twitchy. Twitches "
            "at night after a drink often ease when the bedtime routine changes."
        ),
        signs=(
            "Twitches come the night of, or the day after, drinking.",
            "You drink most evenings.",
            "You have more than you think: a small glass of wine (125 ml at 12%) is about 1.5 "
            "units, not 1.",
        ),
        body_areas=("leg", "calf", "whole_body"),
        see_doctor=(
            "See a doctor if twitches last more than 2 weeks, or if cutting down on alcohol is "
            "hard. Doctors help with that without judging."
        ),
        red_flags=("D1", "D9"),
        sources=(SRC_SLEEPING, SRC_WHAT_TO_DO, SRC_HOW_TO_STOP, SRC_NHS_ALCOHOL_UNITS),
    ),
    CauseCard(
        id="dehydration",
        title="Not drinking enough water",
        category="Nutrition",
        synonyms=(
            "dehydration",
            "thirst",
            "water",
            "sweat",
            "heat",
            "electrolytes",
            "salt",
            "charley horse",
            "cramp",
        ),
        summary="Too little water upsets the salts that help muscles work.",
        why=(
            "Muscles need water and the right balance of salts to fire and relax. When you drink "
            "too little, sweat a lot, train hard or sit in the heat, that balance can tip and "
            "muscles twitch or cramp."
        ),
        signs=(
            "Your urine is dark yellow.",
            "You trained hard, sweated a lot or were out in the heat.",
            "You also get cramps, a dry mouth or a headache.",
        ),
        body_areas=("leg", "calf", "foot"),
        see_doctor=(
            "See a doctor if twitches come with fever, headache, feeling sick or being sick, or "
            "if you cannot keep water down."
        ),
        red_flags=("D8", "D1"),
        evidence_note=(
            "Studies have not clearly shown that losing water or salt alone causes exercise "
            "cramps; tired muscles seem to matter too. Drinking enough is still sensible."
        ),
        sources=(SRC_SLEEPING, SRC_WHY_SUDDENLY, SRC_HOW_TO_STOP),
    ),
    CauseCard(
        id="sleep_deprivation",
        title="Too little or poor sleep",
        category="Sleep",
        synonyms=("tired", "tiredness", "insomnia", "fatigue", "light sleep", "night shift"),
        summary="Short or light sleep leaves nerves and muscles on edge.",
        why=(
            "Deep sleep is when the body rests and repairs. If you sleep too little, or spend "
            "most of the night in light sleep, the brain and muscles never fully switch off, "
            "and twitches come more easily by day and by night."
        ),
        signs=(
            "You sleep less than you need most nights: adults need 7 to 9 hours, teenagers 8 "
            "to 10 and school-age children 9 to 11.",
            "You wake up often or do not feel rested.",
            "Your bedtime changes a lot from night to night.",
        ),
        body_areas=("eyelid", "face", "leg", "whole_body"),
        see_doctor=(
            "See a doctor if twitches last more than 2 weeks, or if poor sleep goes on for weeks "
            "and affects your day."
        ),
        red_flags=("D1", "D9"),
        sources=(SRC_FORUM, SRC_WHY_SUDDENLY, SRC_HOW_TO_STOP, SRC_SLEEP_DURATION),
    ),
    CauseCard(
        id="overexertion",
        title="Training too hard or overusing a muscle",
        category="Exercise",
        synonyms=(
            "workout",
            "gym",
            "running",
            "training",
            "sport",
            "lifting",
            "strain",
            "sore muscles",
            "charley horse",
            "cramp",
        ),
        summary="A muscle pushed too long or too hard can twitch and cramp afterwards.",
        why=(
            "A bit of muscle wear is part of normal training. Very long or very hard sessions, "
            "or poor form, cause more damage, and the tired muscle twitches, cramps or spasms. "
            "Hard physical work can do the same."
        ),
        signs=(
            "The twitch is in a muscle you worked hard in the last day or two.",
            "You recently trained longer, harder or more often than usual.",
            "You have a physical job with few breaks.",
        ),
        body_areas=("calf", "leg", "back", "shoulder", "arm"),
        see_doctor=(
            "See a doctor if the muscle feels weak or stiff, looks thinner, or the twitch lasts "
            "more than 2 weeks from the day it started, rested or not."
        ),
        red_flags=("D3", "D1"),
        sources=(SRC_WHY_SUDDENLY, SRC_HOW_TO_STOP),
    ),
)
