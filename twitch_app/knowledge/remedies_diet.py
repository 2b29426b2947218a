"""Remedy cards: water, food and supplements (R3-R8, R16)."""

from twitch_app.ids import (
    SRC_COCHRANE_MG,
    SRC_HOW_TO_STOP,
    SRC_NHS_DRINKS,
    SRC_NHS_VITAMIN_D,
    SRC_SLEEPING,
    SRC_WHAT_TO_DO,
    SRC_WHY_SUDDENLY,
)
from twitch_app.knowledge.models import RemedyCard

ASK_BEFORE_PILLS = "Ask a doctor before taking any supplement; a blood test shows what you lack."

DIET_REMEDIES: tuple[RemedyCard, ...] = (
    RemedyCard(
        id="hydration",
        title="Drink enough water",
        summary="Steady drinking keeps the salts in your muscles in balance.",
        steps=(
            "Sip water through the day, not all at once.",
            "Drink more when you are active, sweating or somewhere hot.",
            "Weigh yourself before and after a hard workout to see how much you sweated out.",
            "Tea and coffee count towards your drinks; go easy on sugary soda and on alcohol.",
        ),
        how_much=(
            "Aim for pale yellow or almost clear urine.",
            "Most people need about 6 to 8 cups or glasses of fluid a day, more when hot or "
            "active.",
            "Lose no more than 2% of your body weight in a workout: for a 150 lb (68 kg) "
            "person that is no more than 3 lb (about 1.4 kg).",
        ),
        cautions=(
            "If a doctor has told you to limit fluids, for example for your heart or kidneys, "
            "follow their advice.",
            "Do not force down huge amounts: too much water at once can also be harmful.",
        ),
        evidence_note=(
            "The 2% rule is a common sports guideline for comfort and performance. It is not a "
            "proven way to stop twitches, but it is a safe one."
        ),
        sources=(SRC_WHY_SUDDENLY, SRC_HOW_TO_STOP, SRC_SLEEPING, SRC_NHS_DRINKS),
    ),
    RemedyCard(
        id="magnesium_foods",
        title="Eat magnesium-rich foods",
        summary="Food first: nuts, oats, seeds, greens and beans are full of magnesium.",
        steps=(
            "Add nuts, sunflower seeds or oatmeal to breakfast or snacks.",
            "Eat spinach and other leafy greens, beans or avocado most days.",
            "A square of dark chocolate counts too.",
        ),
        how_much=(
            "One magnesium-rich food at each meal is an easy start.",
            "Magnesium tablets are possible, but only after you have asked a doctor.",
        ),
        cautions=(
            ASK_BEFORE_PILLS,
            "Magnesium tablets can cause diarrhoea and are not safe for everyone, for example "
            "with kidney problems or alongside some medicines.",
        ),
        evidence_note=(
            "A 2020 Cochrane review (CD009402) found magnesium supplements no better than "
            "placebo for muscle cramps in older adults. There is no good evidence that they "
            "stop twitches in people who are not short of magnesium. Foods are a safe choice."
        ),
        sources=(SRC_WHAT_TO_DO, SRC_HOW_TO_STOP, SRC_SLEEPING, SRC_COCHRANE_MG),
    ),
    RemedyCard(
        id="potassium_foods",
        title="Eat potassium-rich foods",
        summary="Bananas, sweet potatoes, avocados and spinach all bring potassium.",
        steps=(
            "Have a banana, some sweet potato, avocado or spinach each day.",
            "Eat one of them after exercise, which uses potassium up.",
        ),
        how_much=("One or two portions a day, more on days you sweat a lot.",),
        cautions=(
            "Never take potassium pills unless a doctor prescribes them: too much potassium "
            "can upset the heart.",
            "If you have kidney problems or take certain blood-pressure medicines, ask your "
            "doctor before eating a lot more potassium.",
        ),
        evidence_note=(
            "Bananas have not been shown to prevent cramps in healthy people. Low potassium "
            "more often comes from water pills or illness than from diet."
        ),
        sources=(SRC_HOW_TO_STOP,),
    ),
    RemedyCard(
        id="vitamin_d",
        title="Get enough vitamin D",
        summary="In the darker months, a small daily dose is the health-service advice.",
        steps=(
            "From about October to March, think about taking 10 micrograms of vitamin D a day: "
            "the sun is too weak then for your skin to make enough.",
            "If you are rarely outdoors or cover your skin outside, take it all year.",
            "Eat oily fish, eggs and foods with vitamin D added, such as fortified milk.",
        ),
        how_much=(
            "10 micrograms (400 IU) a day is enough for most adults.",
            "Never take more than 100 micrograms (4,000 IU) a day unless a doctor tells you to.",
        ),
        cautions=(
            "If you have a long-term health condition or take medicines, ask a pharmacist or "
            "doctor first.",
            "Very high doses of vitamin D over time can push calcium too high.",
        ),
        evidence_note=(
            "The 10 microgram dose keeps bones and muscles healthy. It has not been shown to "
            "ease twitches in people whose level is normal."
        ),
        sources=(SRC_HOW_TO_STOP, SRC_NHS_VITAMIN_D),
    ),
    RemedyCard(
        id="balanced_diet",
        title="Eat a balanced diet",
        summary="A varied plate covers the minerals and vitamins muscles need.",
        steps=(
            "Eat plenty of fruit and vegetables, with some dairy or another calcium source.",
            "Include foods with magnesium, iron, folate, calcium and zinc: spinach, nuts, "
            "beans, whole grains, eggs and dairy.",
            "Try not to skip meals.",
        ),
        how_much=("Aim for fruit or vegetables at every meal.",),
        cautions=(
            "If you have a food allergy or follow a special diet, a dietitian can help you fill "
            "gaps safely.",
        ),
        sources=(SRC_SLEEPING, SRC_WHY_SUDDENLY, SRC_HOW_TO_STOP),
    ),
    RemedyCard(
        id="supplements_check",
        title="Ask before you take supplements",
        summary="A doctor can find the actual gap, so you take only what you need.",
        steps=(
            "Tell your doctor about the twitches and ask which blood tests make sense.",
            "Bring a list of every vitamin, mineral and medicine you already take.",
            "Take only what the test shows you need, for as long as advised.",
        ),
        how_much=(),
        cautions=(
            "More is not better: some vitamins and minerals are harmful in large amounts.",
            "Supplements can interact with medicines.",
        ),
        sources=(SRC_SLEEPING, SRC_HOW_TO_STOP),
    ),
    RemedyCard(
        id="elimination_diet_advice",
        title="Get advice before cutting out foods",
        summary="If a food seems to set off twitches, plan any change with a professional.",
        steps=(
            "Keep a simple food and twitch diary for two to three weeks.",
            "Take it to a doctor or dietitian before you cut anything out.",
            "If they agree, leave out one food at a time, so you know what made the difference.",
        ),
        how_much=(),
        cautions=(
            "Cutting out whole food groups without help can leave you short of nutrients.",
            "A swollen mouth or throat, or trouble breathing after food, is an emergency.",
        ),
        evidence_note=(
            "The article suggests a blood test of reactions to 170 foods. It is not an accepted "
            "test for food allergy or intolerance, so we do not recommend it."
        ),
        sources=(SRC_HOW_TO_STOP,),
    ),
)
