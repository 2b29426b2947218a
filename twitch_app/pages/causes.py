"""/causes: every everyday cause, searchable and filterable offline; rare conditions apart."""

import reflex as rx

from twitch_app import routes
from twitch_app.components.cause_browser import cause_browser
from twitch_app.components.layout import layout
from twitch_app.components.ui import nav_link, page_header
from twitch_app.content_links import cause_route
from twitch_app.knowledge import rare_conditions_card


def page() -> rx.Component:
    rare = rare_conditions_card()
    return layout(
        routes.CAUSES,
        page_header(
            "Causes and remedies",
            "Why muscles twitch, the signs that point to each cause, and what helps.",
        ),
        rx.el.p(
            "New to this? ",
            nav_link("The kinds of twitch, explained", href=routes.TWITCH_TYPES),
            ".",
        ),
        cause_browser(),
        rx.el.aside(
            rx.el.h2("Worried it is something serious?"),
            rx.el.p(rare.summary),
            rx.el.p(nav_link(f"Read: {rare.title}", href=cause_route(rare.id))),
            class_name="calm-box",
            aria_label="Rare conditions",
        ),
    )
