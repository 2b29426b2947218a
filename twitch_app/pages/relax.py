"""/relax: the routine catalogue, this device's practice, and custom breathing patterns."""

import reflex as rx

from twitch_app import routes
from twitch_app.components.cards import link_list
from twitch_app.components.custom_patterns import custom_patterns
from twitch_app.components.layout import layout
from twitch_app.components.ui import page_header
from twitch_app.content_links import routine_route
from twitch_app.pages.routine import KIND_NAMES
from twitch_app.routines import all_routines
from twitch_app.state.relax import RelaxState


def _catalogue() -> list[rx.Component]:
    sections = []
    for kind, name in KIND_NAMES.items():
        links = [
            (routine_route(r.id), r.title, r.goal) for r in all_routines() if r.kind.value == kind
        ]
        sections.append(rx.el.section(rx.el.h2(name), link_list(links), class_name="card-section"))
    return sections


def _practice() -> rx.Component:
    return rx.el.section(
        rx.el.h2("Your practice"),
        rx.el.div(
            rx.el.p(rx.el.strong(RelaxState.minutes_week), " min this week", id="week-minutes"),
            rx.el.p(
                rx.el.strong(RelaxState.streak),
                rx.cond(RelaxState.streak == 1, " day in a row", " days in a row"),
                id="streak",
            ),
            class_name="stats",
        ),
        rx.el.ul(
            rx.foreach(
                RelaxState.recent,
                lambda row: rx.el.li(
                    row["when"], ": ", row["title"], ", ", row["minutes"], " min, ", row["outcome"]
                ),
            ),
            class_name="history",
        ),
        class_name="card-section",
        aria_label="Your practice",
    )


def page() -> rx.Component:
    return layout(
        routes.RELAX,
        page_header(
            "Relax",
            "Guided breathing, gentle stretches and meditation to calm a twitchy body.",
        ),
        _practice(),
        *_catalogue(),
        custom_patterns(),
    )
