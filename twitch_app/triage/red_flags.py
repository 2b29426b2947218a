"""Red flags: the rules (rules.py) a set of findings raises, most urgent first.

A red flag carries the rule's id, its urgency, the words to show, the answers that raised it and
the source the rule rests on, so every output (the result page, the summary, `twitch-app assess`)
can say why and on whose advice.
"""

from __future__ import annotations

from dataclasses import dataclass

from .findings import Findings
from .findings_spec import Urgency
from .rules import RULES, Rule
from .sources import SOURCES

__all__ = ["RULES", "RedFlag", "Rule", "find_red_flags", "overall_urgency"]


@dataclass(frozen=True)
class RedFlag:
    id: str  # the rule id, as listed in HAZARD_LOG.md
    urgency: Urgency
    message: str
    fields: tuple[str, ...]  # the answers that raised it, e.g. ("symptoms.weakness",)
    source: str = ""  # a key of sources.SOURCES

    def to_dict(self) -> dict[str, object]:
        cited = SOURCES.get(self.source)
        return {
            "id": self.id,
            "rule_id": self.id,
            "urgency": str(self.urgency),
            "message": self.message,
            "fields": list(self.fields),
            "source": {"title": cited.title, "url": cited.url} if cited else None,
        }


def find_red_flags(findings: Findings) -> tuple[RedFlag, ...]:
    """Every rule raised by the findings, most urgent first (table order within a level)."""
    raised = [
        RedFlag(rule.id, rule.urgency, rule.message, fields, rule.source)
        for rule in RULES
        if (fields := rule.raised_by(findings))
    ]
    return tuple(sorted(raised, key=lambda flag: -flag.urgency.rank))


def overall_urgency(red_flags: tuple[RedFlag, ...]) -> Urgency:
    return max(
        (flag.urgency for flag in red_flags), key=lambda u: u.rank, default=Urgency.SELF_CARE
    )
