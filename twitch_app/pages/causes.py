"""/causes: cause and remedy cards (the cards arrive with the knowledge-base issue)."""

import reflex as rx

from twitch_app import routes
from twitch_app.components.layout import layout
from twitch_app.components.ui import coming_soon, page_header


def page() -> rx.Component:
    return layout(
        routes.CAUSES,
        page_header(
            "Causes and remedies",
            "Why muscles twitch, the signs that point to each cause, and what helps.",
        ),
        coming_soon("The cause and remedy cards are being written."),
    )
