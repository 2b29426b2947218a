"""The whole knowledge base as plain JSON data, for `twitch-app content` and the static build."""

from dataclasses import asdict, is_dataclass
from typing import Any

from twitch_app.knowledge.facts import FACTS
from twitch_app.knowledge.loader import load_knowledge
from twitch_app.knowledge.models import KnowledgeBase
from twitch_app.knowledge.search import build_search_index
from twitch_app.knowledge.taxonomy import CATEGORIES, RED_FLAG_LEVELS, SOURCE_GRADES
from twitch_app.links import CAUSE_REMEDIES, CAUSE_ROUTINES, REMEDY_ROUTINES


def _plain(value: Any) -> Any:
    """Dataclasses to dicts and tuples to lists, so the result survives a JSON round trip as is."""
    if is_dataclass(value) and not isinstance(value, type):
        return _plain(asdict(value))
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def content_json(kb: KnowledgeBase | None = None) -> dict[str, Any]:
    """Every source, twitch type, card, red flag, doctor fact, claim and link, plus coverage."""
    kb = kb or load_knowledge()
    return {
        "categories": list(CATEGORIES),
        "red_flag_levels": list(RED_FLAG_LEVELS),
        "source_grades": list(SOURCE_GRADES),
        "sources": _plain(kb.sources),
        "types": _plain(kb.types),
        "causes": _plain(kb.causes),
        "remedies": _plain(kb.remedies),
        "red_flags": _plain(kb.red_flags),
        "doctor_questions": _plain(kb.doctor_questions),
        "doctor_checks": _plain(kb.doctor_checks),
        "number_facts": _plain(kb.number_facts),
        "claims": _plain(kb.claims),
        "links": {
            "cause_remedies": _plain(CAUSE_REMEDIES),
            "cause_routines": _plain(CAUSE_ROUTINES),
            "remedy_routines": _plain(REMEDY_ROUTINES),
        },
        "facts": dict(FACTS),
        "coverage": _plain(dict(kb.coverage)),
        "search_index": _plain(build_search_index(kb)),
    }
