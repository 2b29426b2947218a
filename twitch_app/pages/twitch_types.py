"""/twitch-types: the kinds of twitch, explained briefly, with links to their causes."""

import reflex as rx

from twitch_app import routes
from twitch_app.components.cards import link_list
from twitch_app.components.layout import layout
from twitch_app.components.ui import page_header
from twitch_app.content_links import cause_links
from twitch_app.knowledge import TwitchType, load_knowledge


def _kind(kind: TwitchType, subtypes: list[TwitchType]) -> rx.Component:
    return rx.el.section(
        rx.el.h2(kind.name, id=kind.id.lower().replace(".", "-")),
        rx.el.p(kind.summary, class_name="lead-small"),
        rx.el.p(kind.detail),
        rx.el.p("Also called: " + ", ".join(kind.also_called), class_name="small")
        if kind.also_called
        else rx.fragment(),
        rx.el.section(
            rx.el.h3("Kinds of myoclonus"),
            rx.el.dl(
                *[
                    rx.fragment(rx.el.dt(sub.name), rx.el.dd(sub.summary, " ", sub.detail))
                    for sub in subtypes
                ],
                class_name="definitions",
            ),
        )
        if subtypes
        else rx.fragment(),
        link_list(cause_links(kind.related_causes)) if kind.related_causes else rx.fragment(),
        class_name="card-section",
    )


def page() -> rx.Component:
    kb = load_knowledge()
    kinds = [kind for kind in kb.types if kind.parent is None]
    return layout(
        routes.TWITCH_TYPES,
        page_header(
            "Kinds of twitch",
            "A flicker, a jerk, a cramp and a tremor are different things. Knowing which one you "
            "have helps you and your doctor.",
        ),
        *[_kind(kind, [sub for sub in kb.types if sub.parent == kind.id]) for kind in kinds],
    )
