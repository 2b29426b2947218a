"""Assemble the knowledge base from its modules and validate it once."""

from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from types import MappingProxyType

from twitch_app.knowledge.causes_everyday import EVERYDAY_CAUSES
from twitch_app.knowledge.causes_life import NEW_CAUSES
from twitch_app.knowledge.causes_medical import MEDICAL_CAUSES
from twitch_app.knowledge.causes_nutrition import NUTRITION_CAUSES
from twitch_app.knowledge.causes_twitch_kinds import TWITCH_KIND_CAUSES
from twitch_app.knowledge.claims import CLAIMS
from twitch_app.knowledge.coverage import COVERAGE
from twitch_app.knowledge.doctor import DOCTOR_CHECKS, DOCTOR_QUESTIONS, NUMBER_FACTS
from twitch_app.knowledge.models import CauseCard, KnowledgeBase, RemedyCard
from twitch_app.knowledge.red_flags import RED_FLAGS
from twitch_app.knowledge.remedies_diet import DIET_REMEDIES
from twitch_app.knowledge.remedies_selfcare import SELFCARE_REMEDIES
from twitch_app.knowledge.sources import SOURCES
from twitch_app.knowledge.twitch_types import TWITCH_TYPES
from twitch_app.knowledge.validate import validate_knowledge
from twitch_app.links import (
    causes_for_remedy,
    remedies_for,
    routines_for,
    routines_for_remedy,
)


def _linked_causes(cards: Iterable[CauseCard]) -> tuple[CauseCard, ...]:
    """Cause cards with their remedies and routines taken from the one link table."""
    return tuple(
        replace(card, remedies=remedies_for(card.id), routines=routines_for(card.id))
        for card in cards
    )


def _linked_remedies(cards: Iterable[RemedyCard]) -> tuple[RemedyCard, ...]:
    return tuple(
        replace(card, for_causes=causes_for_remedy(card.id), routines=routines_for_remedy(card.id))
        for card in cards
    )


def build_knowledge() -> KnowledgeBase:
    """The knowledge base as written, not yet validated (tests break copies of it on purpose)."""
    return KnowledgeBase(
        sources=SOURCES,
        types=TWITCH_TYPES,
        # The order is the default display order: the most common triggers first, the
        # rare-conditions card (in MEDICAL_CAUSES) last.
        causes=_linked_causes(
            EVERYDAY_CAUSES + TWITCH_KIND_CAUSES + NUTRITION_CAUSES + NEW_CAUSES + MEDICAL_CAUSES
        ),
        remedies=_linked_remedies(SELFCARE_REMEDIES + DIET_REMEDIES),
        red_flags=RED_FLAGS,
        doctor_questions=DOCTOR_QUESTIONS,
        doctor_checks=DOCTOR_CHECKS,
        number_facts=NUMBER_FACTS,
        claims=CLAIMS,
        coverage=MappingProxyType(dict(COVERAGE)),
    )


@cache
def load_knowledge() -> KnowledgeBase:
    """The validated knowledge base; raises KnowledgeError naming every broken card."""
    return validate_knowledge(build_knowledge())
