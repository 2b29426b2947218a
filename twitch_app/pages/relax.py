"""/relax: breathing, yoga and meditation routines (the player arrives with its own issue)."""

import reflex as rx

from twitch_app import routes
from twitch_app.components.layout import layout
from twitch_app.components.ui import coming_soon, page_header


def page() -> rx.Component:
    return layout(
        routes.RELAX,
        page_header(
            "Relax",
            "Guided breathing, gentle stretches and meditation to calm a twitchy body.",
        ),
        coming_soon("The routine player is being built."),
    )
