"""The 404 page: the app's own layout and navigation, a way home, and the main parts.

Reflex shows it at any address it has no page for (its `404` route, React Router's `*`): the
server answers such a request with status 404. Offline, the service worker never lets this page
stand in for one it could not fetch: it sends the browser to /offline instead (assets/sw.js),
so "you're offline" is never mistaken for "there is no such page".
"""

import reflex as rx

from twitch_app import routes
from twitch_app.components.layout import layout
from twitch_app.components.ui import entry_card, nav_link, page_header

# Reflex's route name for the page it shows at any address it does not know.
ROUTE = "404"
TITLE = f"Page not found · {routes.APP_NAME}"


def page() -> rx.Component:
    return layout(
        ROUTE,
        page_header(
            "Page not found",
            "There is no page at this address. It may have moved, or the link may be mistyped.",
        ),
        rx.el.p(nav_link("Go to the home page", href=routes.HOME)),
        rx.el.h2("Or go straight to"),
        rx.el.ul(
            entry_card(routes.CHECK, "Check my symptoms", "How urgent is it?", "check"),
            entry_card(routes.CAUSES, "Causes and remedies", "What may be behind it.", "book"),
            entry_card(routes.RELAX, "Relax", "Breathing and stretching routines.", "wind"),
            entry_card(routes.DIARY, "Twitch diary", "Log a twitch for your doctor.", "diary"),
            class_name="entry-grid",
        ),
    )
