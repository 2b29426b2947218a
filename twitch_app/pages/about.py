"""/about: who the app is for, its sources, its limits, and privacy in plain words."""

import reflex as rx

from twitch_app import routes
from twitch_app.components.cards import source_item
from twitch_app.components.layout import emergency_link, layout
from twitch_app.components.ui import nav_link, page_header
from twitch_app.knowledge import load_knowledge
from twitch_app.knowledge.taxonomy import SOURCE_GRADES

GRADE_NAMES = {
    "guideline": "Guidelines",
    "systematic_review": "Systematic reviews",
    "trial": "Trials",
    "patient_information": "Health-service and hospital pages",
    "other": "Other sources (the articles we started from, a charity, a forum post)",
}


def sources_by_grade() -> list[rx.Component]:
    """Every source record, grouped by grade, strongest first."""
    kb = load_knowledge()
    parts: list[rx.Component] = []
    for grade in SOURCE_GRADES:
        records = [source for source in kb.sources if source.grade == grade]
        if records:
            parts.append(rx.el.h3(GRADE_NAMES[grade]))
            parts.append(
                rx.el.ul(*[source_item(source) for source in records], class_name="sources")
            )
    return parts


def page() -> rx.Component:
    return layout(
        routes.ABOUT,
        page_header(
            "About Twitch Relief",
            "For anyone bothered by a twitching eyelid, a fluttering calf, night cramps or "
            "the jolt that wakes you as you fall asleep.",
        ),
        rx.el.h2("What it does"),
        rx.el.p(
            "It explains the everyday causes of muscle twitches, asks about your symptoms to "
            "tell you how urgent they are, guides you through relaxation routines, and keeps "
            "a diary you can show your doctor."
        ),
        rx.el.h2("Its limits"),
        rx.el.p(
            "Twitch Relief does not diagnose and does not replace a doctor. It always tells "
            "you when to see one. In an emergency, ",
            emergency_link(),
            ".",
        ),
        rx.el.h2("Sources"),
        rx.el.p(
            "Every card names its sources, with who published them and when. Here they all "
            "are, strongest first. All the words in the app are our own."
        ),
        *sources_by_grade(),
        rx.el.h2("Privacy"),
        rx.el.p(
            "There are no accounts, names or e-mail addresses. Your phone keeps a random key; "
            "the server keeps only what the features need (your diary, check results and "
            "routine history), filed under a scrambled copy of that key. You can export or "
            "delete all of it at any time: ",
            nav_link("your data and privacy", href=routes.PRIVACY),
            ".",
        ),
    )
