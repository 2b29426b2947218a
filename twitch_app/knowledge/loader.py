"""Assemble the knowledge base from its modules and validate it once."""

from functools import cache
from types import MappingProxyType

from twitch_app.knowledge.causes_everyday import EVERYDAY_CAUSES
from twitch_app.knowledge.causes_medical import MEDICAL_CAUSES
from twitch_app.knowledge.causes_nutrition import NUTRITION_CAUSES
from twitch_app.knowledge.causes_twitch_kinds import TWITCH_KIND_CAUSES
from twitch_app.knowledge.coverage import COVERAGE
from twitch_app.knowledge.doctor import DOCTOR_CHECKS, DOCTOR_QUESTIONS, NUMBER_FACTS
from twitch_app.knowledge.models import KnowledgeBase
from twitch_app.knowledge.red_flags import RED_FLAGS
from twitch_app.knowledge.remedies_diet import DIET_REMEDIES
from twitch_app.knowledge.remedies_selfcare import SELFCARE_REMEDIES
from twitch_app.knowledge.sources import SOURCES
from twitch_app.knowledge.twitch_types import TWITCH_TYPES
from twitch_app.knowledge.validate import validate_knowledge


def build_knowledge() -> KnowledgeBase:
    """The knowledge base as written, not yet validated (tests break copies of it on purpose)."""
    return KnowledgeBase(
        sources=SOURCES,
        types=TWITCH_TYPES,
        # The order is the default display order: the most common triggers first, the
        # rare-conditions card (in MEDICAL_CAUSES) last.
        causes=EVERYDAY_CAUSES + TWITCH_KIND_CAUSES + NUTRITION_CAUSES + MEDICAL_CAUSES,
        remedies=SELFCARE_REMEDIES + DIET_REMEDIES,
        red_flags=RED_FLAGS,
        doctor_questions=DOCTOR_QUESTIONS,
        doctor_checks=DOCTOR_CHECKS,
        number_facts=NUMBER_FACTS,
        coverage=MappingProxyType(dict(COVERAGE)),
    )


@cache
def load_knowledge() -> KnowledgeBase:
    """The validated knowledge base; raises KnowledgeError naming every broken card."""
    return validate_knowledge(build_knowledge())
