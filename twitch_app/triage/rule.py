"""One urgency rule, and the words several rules share (rules.py lists them all)."""

from __future__ import annotations

from dataclasses import dataclass

from .matchers import Matcher
from .vocabulary import Urgency

E, U, D = Urgency.EMERGENCY, Urgency.URGENT, Urgency.SEE_DOCTOR


@dataclass(frozen=True)
class Rule:
    id: str
    urgency: Urgency
    message: str
    raised_by: Matcher
    source: str  # a key of sources.SOURCES


CALL = "Call your local emergency number now."
# The same words as the D13 card (knowledge/red_flags.py) and the home page's safety line.
SEIZURE_PLAN = (
    "Call the emergency number for a first seizure, or if a seizure lasts more than 5 minutes, "
    "another follows before recovery, it causes an injury, or breathing is difficult."
)
