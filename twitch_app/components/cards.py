"""Sections shared by the cause, remedy, type and routine pages.

Card text is our own content from the knowledge base, rendered as text nodes: never as HTML.
"""

from __future__ import annotations

import reflex as rx

from twitch_app import routes
from twitch_app.components.ui import nav_link


def section(title: str, *children: rx.Component, class_name: str = "") -> rx.Component:
    return rx.el.section(rx.el.h2(title), *children, class_name=f"card-section {class_name}")


def bullet_list(items: tuple[str, ...] | list[str]) -> rx.Component:
    return rx.el.ul(*[rx.el.li(item) for item in items])


def numbered_list(items: tuple[str, ...] | list[str]) -> rx.Component:
    return rx.el.ol(*[rx.el.li(item) for item in items])


def link_list(links: list[tuple[str, str, str]]) -> rx.Component:
    """(href, title, one line) triples as a list of tappable rows."""
    return rx.el.ul(
        *[
            rx.el.li(
                nav_link(
                    rx.el.span(title, class_name="link-row-title"),
                    rx.el.span(line, class_name="link-row-text"),
                    href=href,
                    class_name="link-row",
                )
            )
            for href, title, line in links
        ],
        class_name="link-rows",
    )


def doctor_box(text: str, flags: list[str], emergency: rx.Component) -> rx.Component:
    """The 'when to see a doctor' box: it stands out on every card."""
    return rx.el.section(
        rx.el.h2("When to see a doctor"),
        rx.el.p(text),
        bullet_list(flags) if flags else rx.fragment(),
        rx.el.p("Emergency signs (trouble breathing, a drooping face, a seizure): ", emergency),
        class_name="doctor-box",
        aria_label="When to see a doctor",
    )


def evidence_note(text: str) -> rx.Component:
    if not text:
        return rx.fragment()
    return rx.el.aside(
        rx.el.h2("What the evidence says"), rx.el.p(text), class_name="evidence-note"
    )


def sources_section(titles: tuple[str, ...]) -> rx.Component:
    return rx.el.section(
        rx.el.h2("Sources"),
        rx.el.ul(*[rx.el.li(rx.el.cite(title)) for title in titles], class_name="sources"),
        rx.el.p(nav_link("About our sources", href=routes.ABOUT), class_name="small"),
        class_name="card-section",
    )


def category_tag(category: str) -> rx.Component:
    return rx.el.p(category, class_name="tag")


def card_article(tag: str, title: str, lead: str, *sections: rx.Component) -> rx.Component:
    """The layout every card page shares: a tag, the title, a one-line lead, then sections."""
    return rx.el.article(
        rx.el.header(
            category_tag(tag),
            rx.el.h1(title),
            rx.el.p(lead, class_name="lead"),
            class_name="page-header",
        ),
        *sections,
        class_name="card-page",
    )
