"""/about: who the app is for, its sources, its limits, and privacy in plain words."""

import reflex as rx

from twitch_app import routes
from twitch_app.components.layout import emergency_link, layout
from twitch_app.components.ui import nav_link, page_header

# The articles the app's content is drawn from, as CONTENT-FACTS.md names them.
SOURCES = (
    "Twitching while sleeping",
    "Sudden muscle twitches during sleep: causes and what you should know",
    "Muscle twitching: what to do?",
    "Why are my muscles suddenly twitching?",
    "How to stop muscle twitches",
)


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
        rx.el.p("Every card names the articles it draws on:"),
        rx.el.ul(*[rx.el.li(rx.el.cite(title)) for title in SOURCES]),
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
