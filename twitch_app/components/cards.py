"""Sections shared by the cause, remedy, type and routine pages.

Card text is our own content from the knowledge base, rendered as text nodes: never as HTML.
"""

from __future__ import annotations

import reflex as rx

from twitch_app import routes
from twitch_app.components.ui import nav_link
from twitch_app.knowledge import load_knowledge
from twitch_app.knowledge.taxonomy import SOURCE_GRADES
from twitch_app.triage.rule import EMERGENCY_SIGNS


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
        rx.el.p(f"Emergency signs ({EMERGENCY_SIGNS}): ", emergency),
        class_name="doctor-box",
        aria_label="When to see a doctor",
    )


def evidence_note(text: str) -> rx.Component:
    if not text:
        return rx.fragment()
    return rx.el.aside(
        rx.el.h2("What the evidence says"), rx.el.p(text), class_name="evidence-note"
    )


def source_item(source) -> rx.Component:
    """One source: its title (a link when it has an address), publisher, date and kind."""
    title = rx.el.cite(source.title)
    if source.url:
        title = rx.el.a(title, href=source.url, rel="noopener noreferrer", target="_blank")
    when = source_date(source)
    return rx.el.li(
        title,
        rx.el.span(f" · {source.publisher}{when}", class_name="source-meta"),
        data_source_id=source.id,
    )


def source_date(source) -> str:
    if not source.date:
        return ""
    label = "reviewed" if source.date_kind == "last reviewed" else "published"
    return f" · {label} {source.date}"


def sources_section(source_ids: tuple[str, ...]) -> rx.Component:
    """The card's sources, strongest grade first, each with publisher, date and link."""
    kb = load_knowledge()
    records = sorted(
        (kb.source(source_id) for source_id in source_ids),
        key=lambda source: SOURCE_GRADES.index(source.grade),
    )
    return rx.el.section(
        rx.el.h2("Sources"),
        rx.el.ul(*[source_item(source) for source in records], class_name="sources"),
        rx.el.p(nav_link("About our sources", href=routes.ABOUT), class_name="small"),
        class_name="card-section",
    )


def more_list(summary: str, items: tuple[str, ...] | list[str]) -> rx.Component:
    """A list folded behind a "more" link, so a long list of names never greets the reader."""
    return rx.el.details(rx.el.summary(summary), bullet_list(items), class_name="more-list")


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
