"""Routes of the content pages and the links between them (pure: no Reflex import)."""

from __future__ import annotations

from twitch_app import routes
from twitch_app.knowledge import load_knowledge
from twitch_app.routines import get_routine


def cause_route(cause_id: str) -> str:
    return f"{routes.CAUSES}/{cause_id}"


def remedy_route(remedy_id: str) -> str:
    return f"{routes.REMEDIES}/{remedy_id}"


def routine_route(routine_id: str) -> str:
    return f"{routes.RELAX}/{routine_id}"


def cause_links(cause_ids) -> list[tuple[str, str, str]]:
    kb = load_knowledge()
    return [(cause_route(i), kb.cause(i).title, kb.cause(i).summary) for i in cause_ids]


def remedy_links(remedy_ids) -> list[tuple[str, str, str]]:
    kb = load_knowledge()
    return [(remedy_route(i), kb.remedy(i).title, kb.remedy(i).summary) for i in remedy_ids]


def routine_links(routine_ids) -> list[tuple[str, str, str]]:
    return [(routine_route(i), get_routine(i).title, get_routine(i).goal) for i in routine_ids]
