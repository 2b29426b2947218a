"""/causes/<id>: one cause card, prerendered for every card in the knowledge base."""

from __future__ import annotations

from collections.abc import Callable

import reflex as rx

from twitch_app import routes
from twitch_app.components.cards import (
    bullet_list,
    card_article,
    doctor_box,
    evidence_note,
    link_list,
    more_list,
    section,
    sources_section,
)
from twitch_app.components.layout import emergency_link, layout
from twitch_app.content_links import cause_route, remedy_links, routine_links
from twitch_app.knowledge import CauseCard, load_knowledge


def _sections(card: CauseCard) -> list[rx.Component]:
    kb = load_knowledge()
    parts = [section("Why it can cause twitching", rx.el.p(card.why))]
    if card.signs:
        title = "What a doctor looks for" if card.rare else "Signs that point to it"
        parts.append(section(title, bullet_list(card.signs)))
    if card.examples and card.rare:
        # Rare conditions: their names sit behind a "more" link, never all at once.
        more = more_list(
            f"More: the {len(card.examples)} conditions doctors think of", card.examples
        )
        parts.append(section("Includes", more))
    elif card.examples:
        parts.append(section("Includes", bullet_list(card.examples)))
    flags = [kb.red_flag(flag_id).text for flag_id in card.red_flags]
    parts.append(doctor_box(card.see_doctor, flags, emergency_link()))
    if card.doctor_checks:
        checks_by_id = {check.id: check for check in kb.doctor_checks}
        checks = [checks_by_id[check_id] for check_id in card.doctor_checks]
        parts.append(
            section("What a doctor may check", bullet_list([f"{c.name}: {c.text}" for c in checks]))
        )
    if card.remedies:
        parts.append(section("What helps", link_list(remedy_links(card.remedies))))
    if card.routines:
        parts.append(section("Start a routine", link_list(routine_links(card.routines))))
    parts.append(evidence_note(card.evidence_note))
    parts.append(sources_section(card.sources))
    return parts


def cause_page(card: CauseCard) -> Callable[[], rx.Component]:
    def page() -> rx.Component:
        return layout(
            cause_route(card.id),
            card_article(card.category, card.title, card.summary, *_sections(card)),
        )

    return page


def pages() -> list[tuple[str, str, Callable[[], rx.Component]]]:
    """(route, title, page function) for every cause card."""
    return [
        (cause_route(card.id), f"{card.title} · {routes.APP_NAME}", cause_page(card))
        for card in load_knowledge().causes
    ]
