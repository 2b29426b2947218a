"""/check: the symptom wizard's home (the wizard itself arrives with its own issue)."""

import reflex as rx

from twitch_app import routes
from twitch_app.components.layout import emergency_link, layout
from twitch_app.components.ui import coming_soon, page_header


def page() -> rx.Component:
    return layout(
        routes.CHECK,
        page_header(
            "Check my symptoms",
            "Answer a few questions, one at a time, and see how urgent it is, "
            "what may be behind it and what to try.",
        ),
        coming_soon("The step-by-step check is being built."),
        rx.el.h2("Get help now if"),
        rx.el.p(
            "You have trouble breathing, speaking or swallowing, your face droops, "
            "you have a seizure for the first time or you pass out: ",
            emergency_link(),
            ".",
        ),
    )
