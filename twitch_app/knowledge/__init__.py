"""The Twitch Relief knowledge base: plain Python, no Reflex.

Typical use:

    from twitch_app import knowledge
    kb = knowledge.load_knowledge()          # validated once, then cached
    knowledge.cause("caffeine").remedies     # ("cut_caffeine_alcohol", "sleep_routine")
    knowledge.everyday_causes()              # every cause card except the rare-conditions card
    knowledge.search("coffee")               # cards of every kind, best match first
    knowledge.content_json()                 # everything, JSON-ready
"""

from twitch_app.knowledge.content import content_json
from twitch_app.knowledge.loader import build_knowledge, load_knowledge
from twitch_app.knowledge.models import (
    CauseCard,
    DoctorCheck,
    DoctorQuestion,
    KnowledgeBase,
    NumberFact,
    RedFlag,
    RemedyCard,
    Source,
    TwitchType,
)
from twitch_app.knowledge.search import build_search_index, search
from twitch_app.knowledge.taxonomy import CATEGORIES, RED_FLAG_LEVELS
from twitch_app.knowledge.validate import KnowledgeError, find_problems, validate_knowledge


def cause(cause_id: str) -> CauseCard:
    """The cause card with this id; KeyError if there is none."""
    return load_knowledge().cause(cause_id)


def remedy(remedy_id: str) -> RemedyCard:
    """The remedy card with this id; KeyError if there is none."""
    return load_knowledge().remedy(remedy_id)


def red_flag(flag_id: str) -> RedFlag:
    """The red flag D1 ... D14 with this id; KeyError if there is none."""
    return load_knowledge().red_flag(flag_id)


def everyday_causes(category: str | None = None) -> tuple[CauseCard, ...]:
    """Cause cards fit to list side by side (never the rare-conditions card), by category."""
    if category is not None and category not in CATEGORIES:
        raise ValueError(f"unknown category {category!r}; expected one of {CATEGORIES}")
    cards = load_knowledge().everyday_causes()
    return tuple(card for card in cards if category is None or card.category == category)


def rare_conditions_card() -> CauseCard:
    """The one calm card about rare serious conditions, to show on its own."""
    return load_knowledge().cause("rare_conditions")


__all__ = [
    "CATEGORIES",
    "RED_FLAG_LEVELS",
    "CauseCard",
    "DoctorCheck",
    "DoctorQuestion",
    "KnowledgeBase",
    "KnowledgeError",
    "NumberFact",
    "RedFlag",
    "RemedyCard",
    "Source",
    "TwitchType",
    "build_knowledge",
    "build_search_index",
    "cause",
    "content_json",
    "everyday_causes",
    "find_problems",
    "load_knowledge",
    "rare_conditions_card",
    "red_flag",
    "remedy",
    "search",
    "validate_knowledge",
]
