"""Small building blocks the pages share."""

from __future__ import annotations

import reflex as rx
from reflex_components_core.react_router.dom import ReactRouterLink

from twitch_app.components.icons import icon


def nav_link(*children, href: str, **props) -> rx.Component:
    """An in-app link: a real <a href> before hydration, client-side routing after it."""
    return ReactRouterLink.create(*children, href=href, **props)


def page_header(title: str, lead: str) -> rx.Component:
    return rx.el.div(
        rx.el.h1(title),
        rx.el.p(lead, class_name="lead"),
        class_name="page-header",
    )


def entry_card(href: str, title: str, text: str, icon_name: str) -> rx.Component:
    """A large tap target that leads into one feature."""
    return rx.el.li(
        nav_link(
            icon(icon_name, size=28),
            rx.el.span(
                rx.el.span(title, class_name="entry-title"),
                rx.el.span(text, class_name="entry-text"),
                class_name="entry-body",
            ),
            href=href,
            class_name="entry-card",
        )
    )
