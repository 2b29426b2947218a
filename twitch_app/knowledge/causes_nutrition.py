"""Cause cards: minerals, vitamins and food."""

from twitch_app.ids import (
    SRC_COCHRANE_MG,
    SRC_FORUM,
    SRC_HOW_TO_STOP,
    SRC_MAYO_POTASSIUM,
    SRC_NHS_VITAMIN_D,
    SRC_SLEEPING,
    SRC_WHAT_TO_DO,
    SRC_WHY_SUDDENLY,
)
from twitch_app.knowledge.models import CauseCard

# Every mineral card sends people to a doctor before pills: the articles suggest supplements, but
# only a blood test shows which gap, if any, is real.
NUTRITION_CAUSES: tuple[CauseCard, ...] = (
    CauseCard(
        id="magnesium_deficiency",
        title="Low magnesium",
        category="Nutrition",
        synonyms=("magnesium", "mineral", "electrolytes", "charley horse", "cramp", "pregnancy"),
        summary="Magnesium helps nerves talk to muscles; too little can make them twitchy.",
        why=(
            "Magnesium helps carry the message from nerve to muscle and lets the muscle relax "
            "again. With too little, those messages get jumpy. Magnesium can run low from an "
            "unbalanced diet, or because the body needs more: in pregnancy, in athletes and "
            "in people under a lot of stress."
        ),
        signs=(
            "Twitches are in an arm or a leg.",
            "You eat few nuts, beans, whole grains or green vegetables.",
            "You are pregnant, train a lot or are under stress.",
        ),
        body_areas=("arm", "leg", "calf", "eyelid"),
        see_doctor=(
            "Ask a doctor before taking magnesium tablets, and see one if the twitch lasts more "
            "than 2 weeks, spreads, or the muscle feels weak."
        ),
        red_flags=("D1", "D2", "D3"),
        evidence_note=(
            "One article says arm and leg twitches are often due to low magnesium. In healthy "
            "people who eat normally a real shortage is uncommon; it is more likely with heavy "
            "drinking, gut problems or some medicines, such as water pills or long-term "
            "stomach-acid pills. A 2020 Cochrane review (CD009402) found magnesium pills no "
            "better than dummy pills for muscle cramps in older adults."
        ),
        sources=(SRC_WHAT_TO_DO, SRC_FORUM, SRC_WHY_SUDDENLY, SRC_HOW_TO_STOP, SRC_COCHRANE_MG),
    ),
    CauseCard(
        id="potassium_deficiency",
        title="Low potassium",
        category="Nutrition",
        synonyms=("potassium", "banana", "electrolytes", "charley horse", "cramp", "runner"),
        summary="Potassium keeps muscles firing on time; exercise uses it up.",
        why=(
            "Potassium is a salt that helps nerves and muscles fire at the right moment. When "
            "it runs low, muscles can feel weak and tired, and they can cramp (a charley "
            "horse). Hard exercise uses some up through sweat; being sick, diarrhoea and water "
            "pills use up more."
        ),
        signs=(
            "You exercise a lot and sweat heavily.",
            "You get cramps as well as twitches.",
            "You take water pills (diuretics) or have been sick or had diarrhoea.",
        ),
        body_areas=("calf", "leg", "foot"),
        see_doctor=(
            "See a doctor if the muscle feels weak or you take a medicine you think lowers "
            "potassium. If your heart races, flutters or skips beats (palpitations), get "
            "checked the same day. Never take potassium pills without a doctor's advice."
        ),
        red_flags=("D4", "D3"),
        evidence_note=(
            "Low potassium from diet alone is uncommon in healthy people; it more often comes "
            "from water pills, or from being sick or having diarrhoea for a while. Bananas have "
            "not been shown to prevent cramps, though they are a good food."
        ),
        sources=(SRC_FORUM, SRC_WHY_SUDDENLY, SRC_HOW_TO_STOP, SRC_MAYO_POTASSIUM),
    ),
    CauseCard(
        id="calcium_deficiency",
        title="Low calcium",
        category="Nutrition",
        synonyms=("calcium", "hypocalcaemia", "hypocalcemia", "dairy", "milk"),
        summary="Low calcium in the blood makes nerves fire too easily.",
        why=(
            "Calcium keeps nerves calm. When blood calcium is low (doctors say hypocalcaemia), "
            "nerves fire too easily and muscles twitch or spasm, often at rest. Poor intake and "
            "low vitamin D can both play a part."
        ),
        signs=(
            "You eat little dairy or other calcium-rich food.",
            "You have low vitamin D.",
            "You also feel tingling around the mouth or in the fingers.",
        ),
        body_areas=("hand", "face", "leg", "calf"),
        see_doctor=(
            "See a doctor if you feel numbness or tingling, or if twitches last more than 2 "
            "weeks. Only a blood test shows whether calcium is low."
        ),
        red_flags=("D6", "D1", "D3"),
        evidence_note=(
            "The body holds blood calcium steady, so a low-calcium diet rarely lowers it on its "
            "own. Weak bones usually come with normal blood calcium. Truly low blood calcium "
            "usually has a medical cause and is found with a blood test."
        ),
        sources=(SRC_FORUM, SRC_WHY_SUDDENLY, SRC_SLEEPING, SRC_HOW_TO_STOP),
    ),
    CauseCard(
        id="vitamin_d_deficiency",
        title="Low vitamin D",
        category="Nutrition",
        synonyms=("vitamin d", "sunshine", "sun", "winter", "dark months"),
        summary="Little sun means little vitamin D, which can lower blood calcium.",
        why=(
            "Your skin makes vitamin D from sunlight, and the body needs it to use calcium. Low "
            "vitamin D is very common, mostly in northern places with little sun. When it is low "
            "for long, blood calcium can drop and nerves get jumpy."
        ),
        signs=(
            "You live far north or get little sun on your skin.",
            "You are rarely outdoors, or you cover most of your skin when you are outside.",
            "You rarely eat oily fish, eggs or foods with vitamin D added.",
        ),
        body_areas=("leg", "calf", "arm", "whole_body"),
        see_doctor=(
            "You do not need a test to take the everyday 10 micrograms a day. See a doctor if a "
            "twitch lasts more than 2 weeks or the muscle feels weak, and before taking more "
            "than 100 micrograms a day."
        ),
        red_flags=("D1", "D3"),
        evidence_note=(
            "Mildly low vitamin D rarely lowers blood calcium enough to cause twitches; that "
            "usually takes a marked shortage over a long time. Vitamin D pills help people who "
            "are low, not people whose level is fine."
        ),
        sources=(SRC_HOW_TO_STOP, SRC_NHS_VITAMIN_D),
    ),
    CauseCard(
        id="other_nutrient_gaps",
        title="Other vitamin and mineral gaps",
        category="Nutrition",
        synonyms=("vitamins", "b12", "vitamin b", "iron", "folate", "zinc", "diet", "anaemia"),
        summary="B vitamins, iron, folate and zinc all help nerves and muscles.",
        why=(
            "Nerves and muscles need a range of vitamins and minerals to work well. The articles "
            "name B vitamins, iron, folate and zinc as part of a diet that keeps twitches away."
        ),
        signs=(
            "You eat a narrow diet or skip meals.",
            "You feel very tired, pale or short of breath.",
        ),
        body_areas=("leg", "hand", "whole_body"),
        see_doctor=(
            "See a doctor for a blood test before taking pills, and straight away if you feel "
            "numbness or tingling, or a twitch lasts more than 2 weeks."
        ),
        red_flags=("D6", "D1"),
        evidence_note=(
            "The articles do not say how these gaps lead to twitches, and the link is weaker "
            "than for stress, sleep or caffeine. Low vitamin B12 can cause tingling and "
            "numbness, and low iron is linked to restless legs: both are worth a blood test."
        ),
        sources=(SRC_SLEEPING, SRC_HOW_TO_STOP),
    ),
    CauseCard(
        id="food_sensitivity",
        title="A food that disagrees with you",
        category="Nutrition",
        synonyms=("food", "soy", "intolerance", "allergy", "diet", "reaction"),
        summary="Now and then, a certain food seems to set off twitches in one person.",
        why=(
            "Everyone reacts to food a little differently, and any food can set off a reaction "
            "in the body. One dietitian told of a client whose leg twitched whenever she ate "
            "soy, and stopped when she left it out. Soy is not bad for most people."
        ),
        signs=(
            "Twitches follow the same food again and again.",
            "A food diary shows a pattern over a few weeks.",
        ),
        body_areas=("leg",),
        see_doctor=(
            "Talk to a doctor or dietitian before cutting out foods. See a doctor if twitches "
            "last more than 2 weeks or affect daily life."
        ),
        red_flags=("D1", "D9"),
        evidence_note=(
            "This is one person's story, not a study. The article also names a blood test for "
            "food sensitivity; it is not an accepted test for food allergy or intolerance, so "
            "we do not recommend it."
        ),
        sources=(SRC_HOW_TO_STOP,),
    ),
)
