"""The searchable cause list: a React module in assets/, fed the search index at build time."""

from __future__ import annotations

import reflex as rx

from twitch_app.knowledge import CATEGORIES, build_search_index, load_knowledge
from twitch_app.knowledge.search import normalise


class CauseBrowser(rx.Component):
    library = rx.asset("cause_browser.jsx").importable_path
    tag = "CauseBrowser"

    cards: rx.Var[list[dict]]
    categories: rx.Var[list[str]]


def browser_cards() -> list[dict]:
    """Everyday cause cards only: the rare-conditions card is shown on its own, never ranked."""
    kb = load_knowledge()
    cards = []
    for entry in build_search_index(kb):
        if entry["rare"]:
            continue
        synonyms = [normalise(word) for word in kb.cause(entry["id"]).synonyms]
        cards.append({**entry, "synonyms": synonyms})
    return cards


def cause_browser() -> rx.Component:
    return CauseBrowser.create(cards=browser_cards(), categories=list(CATEGORIES))
