"""The 404 page: in the app's own layout, with its navigation and a way on."""

import reflex as rx

from twitch_app import routes
from twitch_app.components.layout import layout
from twitch_app.components.ui import entry_card, page_header

# Reflex's route name for the page it shows at any address it does not know.
ROUTE = "404"
TITLE = f"Page not found · {routes.APP_NAME}"


def page() -> rx.Component:
    return layout(
        ROUTE,
        page_header(
            "Page not found",
            "There is no page at this address. It may have moved; these are the main parts.",
        ),
        rx.el.ul(
            entry_card(routes.HOME, "Home", "Start from the beginning.", "home"),
            entry_card(routes.CHECK, "Check my symptoms", "How urgent is it?", "check"),
            entry_card(routes.CAUSES, "Causes and remedies", "What may be behind it.", "book"),
            class_name="entry-grid",
        ),
    )
