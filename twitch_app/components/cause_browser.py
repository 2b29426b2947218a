"""The searchable card list: a React module in assets/, fed the search index at build time."""

from __future__ import annotations

import reflex as rx

from twitch_app import routes
from twitch_app.knowledge import CATEGORIES, build_search_index
from twitch_app.knowledge.search import ALIASES


class CauseBrowser(rx.Component):
    library = rx.asset("cause_browser.jsx").importable_path
    tag = "CauseBrowser"

    cards: rx.Var[list[dict]]
    categories: rx.Var[list[str]]
    aliases: rx.Var[list[list[str]]]


def card_href(kind: str, target: str) -> str:
    """Where a search hit leads: its card page (a red flag opens the cause card that shows it)."""
    if kind == "remedy":
        return f"{routes.REMEDIES}/{target}"
    if kind == "type":
        return f"{routes.TWITCH_TYPES}#{target.lower().replace('.', '-')}"
    return f"{routes.CAUSES}/{target}"


def browser_cards() -> list[dict]:
    """Every card the page can find, in the order the Python ranking uses, with its link."""
    return [
        {**entry, "href": card_href(entry["kind"], entry["target"])}
        for entry in build_search_index()
    ]


def cause_browser() -> rx.Component:
    return CauseBrowser.create(
        cards=browser_cards(),
        categories=list(CATEGORIES),
        aliases=[list(pair) for pair in ALIASES],
    )
