"""/remedies/<id>: one remedy card, prerendered for every remedy in the knowledge base."""

from __future__ import annotations

from collections.abc import Callable

import reflex as rx

from twitch_app import routes
from twitch_app.components.cards import (
    bullet_list,
    card_article,
    evidence_note,
    link_list,
    numbered_list,
    section,
    sources_section,
)
from twitch_app.components.layout import layout
from twitch_app.content_links import cause_links, remedy_route, routine_links
from twitch_app.knowledge import RemedyCard, load_knowledge


def _sections(card: RemedyCard) -> list[rx.Component]:
    parts = [section("What to do", numbered_list(card.steps))]
    if card.how_much:
        parts.append(section("How much, how long", bullet_list(card.how_much)))
    if card.cautions:
        parts.append(
            rx.el.section(
                rx.el.h2("Take care"),
                bullet_list(card.cautions),
                class_name="caution-box",
                aria_label="Take care",
            )
        )
    if card.routines:
        parts.append(section("Start a routine", link_list(routine_links(card.routines))))
    parts.append(section("Helps with", link_list(cause_links(card.for_causes))))
    parts.append(evidence_note(card.evidence_note))
    parts.append(sources_section(card.sources))
    return parts


def remedy_page(card: RemedyCard) -> Callable[[], rx.Component]:
    def page() -> rx.Component:
        return layout(
            remedy_route(card.id),
            card_article("Remedy", card.title, card.summary, *_sections(card)),
        )

    return page


def pages() -> list[tuple[str, str, Callable[[], rx.Component]]]:
    """(route, title, page function) for every remedy card."""
    return [
        (remedy_route(card.id), f"{card.title} · {routes.APP_NAME}", remedy_page(card))
        for card in load_knowledge().remedies
    ]
