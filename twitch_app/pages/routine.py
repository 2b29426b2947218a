"""/relax/<id>: one routine with its player, prerendered for every routine in the catalogue."""

from __future__ import annotations

from collections.abc import Callable

import reflex as rx

from twitch_app import routes
from twitch_app.components.cards import (
    bullet_list,
    card_article,
    link_list,
    section,
    sources_section,
)
from twitch_app.components.layout import layout
from twitch_app.components.routine_player import routine_player
from twitch_app.content_links import cause_links, routine_route
from twitch_app.routines import Routine, all_routines
from twitch_app.routines.describe import what_you_will_do
from twitch_app.routines.player_plan import catalogue_plan

KIND_NAMES = {"breathing": "Breathing", "meditation": "Meditation", "yoga": "Yoga and stretching"}


def routine_page(routine: Routine) -> Callable[[], rx.Component]:
    def page() -> rx.Component:
        return layout(
            routine_route(routine.id),
            card_article(
                KIND_NAMES[routine.kind.value],
                routine.title,
                routine.goal,
                routine_player(catalogue_plan(routine.id)),
                section("What you will do", bullet_list(what_you_will_do(routine))),
                rx.el.section(
                    rx.el.h2("Take care"),
                    bullet_list(routine.cautions),
                    class_name="caution-box",
                    aria_label="Take care",
                ),
                section("Helps with", link_list(cause_links(routine.helps))),
                sources_section(routine.sources),
            ),
        )

    return page


def pages() -> list[tuple[str, str, Callable[[], rx.Component]]]:
    return [
        (routine_route(r.id), f"{r.title} · {routes.APP_NAME}", routine_page(r))
        for r in all_routines()
    ]
