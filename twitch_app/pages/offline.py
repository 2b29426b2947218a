"""/offline: what the service worker shows for a page it has never cached."""

import reflex as rx

from twitch_app import routes
from twitch_app.components.layout import layout
from twitch_app.components.ui import nav_link


def page() -> rx.Component:
    return layout(
        routes.OFFLINE,
        rx.el.div(
            rx.el.h1("You're offline"),
            rx.el.p(
                "This page has not been saved on your phone yet. Everything you have "
                "opened before still works without a connection.",
                class_name="lead",
            ),
            class_name="page-header",
        ),
        rx.el.p(nav_link("Go to the home page", href=routes.HOME)),
    )
