"""/diary: the twitch diary (its log and charts arrive with their own issue)."""

import reflex as rx

from twitch_app import routes
from twitch_app.components.layout import layout
from twitch_app.components.ui import coming_soon, page_header


def page() -> rx.Component:
    return layout(
        routes.DIARY,
        page_header(
            "Twitch diary",
            "Log where and when it happens, and answer your doctor's questions with facts.",
        ),
        coming_soon("The diary is being built."),
    )
