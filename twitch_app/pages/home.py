"""Home: what the app does, the four ways in, and the safety line."""

import reflex as rx

from twitch_app import routes
from twitch_app.components.layout import emergency_link, layout
from twitch_app.components.ui import entry_card, nav_link


def page() -> rx.Component:
    return layout(
        routes.HOME,
        rx.el.div(
            rx.el.h1("Calm answers for muscle twitches"),
            rx.el.p(
                "Most twitches are harmless and fade within days or weeks. Twitch Relief helps "
                "you find out what may be behind yours, how urgent it is, and what helps tonight.",
                class_name="lead",
            ),
            class_name="page-header",
        ),
        rx.el.p(
            rx.el.strong("This is not a diagnosis. "),
            "Trouble breathing or speaking, a drooping face, sudden weakness on one side, a "
            "first seizure or one lasting over 5 minutes: ",
            emergency_link(),
            ".",
            class_name="safety-line",
            id="safety-line",
        ),
        rx.el.h2("Start here", class_name="visually-hidden"),
        rx.el.ul(
            entry_card(
                routes.CHECK,
                "Check my symptoms",
                "A few questions, then how urgent it is and why.",
                "check",
            ),
            entry_card(
                routes.CAUSES,
                "Browse causes",
                "Stress, coffee, sleep and more, with what helps.",
                "book",
            ),
            entry_card(
                f"{routes.RELAX}/extended_exhale",
                "2-minute breathing",
                "A slow breathing exercise to settle your body.",
                "wind",
            ),
            entry_card(
                routes.DIARY,
                "Log a twitch",
                "Note where and when, for you and your doctor.",
                "diary",
            ),
            class_name="entry-grid",
        ),
        rx.el.p(
            "Not sure what you are feeling? ",
            nav_link("A flicker, a jerk or a cramp: the kinds of twitch", href=routes.TWITCH_TYPES),
            ".",
        ),
    )
