"""One urgency rule, and the words several rules share (rules.py lists them all)."""

from __future__ import annotations

from dataclasses import dataclass

from .findings_spec import Urgency
from .matchers import Matcher

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
# The emergency signs every page repeats (footer, card boxes, the result's safety text), in the
# engine's words: trouble swallowing alone is urgent, choking or not swallowing saliva is an
# emergency; a seizure as in SEIZURE_PLAN; a faint only when someone does not fully come round.
EMERGENCY_SIGNS = (
    "trouble breathing or speaking, choking or not being able to swallow saliva, a drooping "
    "face or sudden weakness on one side, a first seizure or one that lasts over 5 minutes, "
    "repeats or causes an injury or breathing trouble, or passing out without fully coming round"
)
EPILEPSY_AND_FAINT = (
    "If you have epilepsy and it was your usual kind of seizure, follow your seizure plan. A "
    "brief faint with a full recovery needs a doctor the same day."
)
