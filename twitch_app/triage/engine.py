"""`assess(findings) -> Assessment`: the one entry point of the triage engine.

Deterministic and pure: the same findings always give the same assessment. The rules live in
rules.py (urgency) and causes.py (everyday causes); safeguards.py filters what is offered (no
routine or remedy with an emergency or urgent result, nothing reassuring first with weakness,
child-safe advice under 16). This module only puts them together.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .causes import CauseMatch, rank_causes
from .findings import Findings
from .findings_spec import Urgency
from .plans import SAFETY_TEXT, CheckAgain, check_again, suggest_remedies, suggest_routines
from .red_flags import RedFlag, find_red_flags, overall_urgency
from .safeguards import Plan, guard, guard_causes

# "Most twitches are not caused by a medical condition" (CONTENT-FACTS, facts with numbers).
REASSURANCE = (
    "Most twitches have an everyday cause such as stress, caffeine or too little sleep, and are "
    "not a sign of a serious illness."
)
RED_FLAG_NOTE = (
    "Something you told us needs a doctor's view. The everyday causes below may still play a "
    "part, but they do not replace that check."
)
# With weakness alone, say, no everyday cause has a clue (and none is offered as comfort):
# the note must not point at a list that is empty.
RED_FLAG_ONLY_NOTE = (
    "Something you told us needs a doctor's view, and nothing else you told us points to an "
    "everyday cause, so that check comes first."
)


@dataclass(frozen=True)
class Assessment:
    urgency: Urgency
    red_flags: tuple[RedFlag, ...]
    causes: tuple[CauseMatch, ...]  # most likely first; never includes rare_conditions
    remedies: tuple[str, ...]  # remedy card ids
    routines: tuple[str, ...]  # routine ids
    check_again: CheckAgain
    reassurance: str
    safety: str
    notes: tuple[str, ...] = ()  # for a child: a note for the parent and one on tics

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON types only (str, int, float, list, dict)."""
        return {
            "urgency": str(self.urgency),
            "red_flags": [flag.to_dict() for flag in self.red_flags],
            "causes": [cause.to_dict() for cause in self.causes],
            "remedies": list(self.remedies),
            "routines": list(self.routines),
            "check_again": self.check_again.to_dict(),
            "reassurance": self.reassurance,
            "safety": self.safety,
            "notes": list(self.notes),
        }


def assess(findings: Findings | Mapping[str, Any]) -> Assessment:
    """Grade urgency and rank everyday causes. Raw dicts are validated (FindingsError)."""
    if not isinstance(findings, Findings):
        findings = Findings.from_dict(findings)
    red_flags = find_red_flags(findings)
    urgency = overall_urgency(red_flags)
    if urgency is Urgency.EMERGENCY:
        # Nothing may distract from calling for help: no causes, no self-care.
        causes: tuple[CauseMatch, ...] = ()
        reassurance = ""
    else:
        causes = guard_causes(rank_causes(findings), findings)
        if not red_flags:
            reassurance = REASSURANCE
        else:
            reassurance = RED_FLAG_NOTE if causes else RED_FLAG_ONLY_NOTE
    plan = guard(
        Plan(
            causes=causes,
            remedies=suggest_remedies(causes),
            routines=suggest_routines(causes, findings),
            check_again=check_again(urgency, findings),
            notes=(),
        ),
        urgency,
        findings,
    )
    return Assessment(
        urgency=urgency,
        red_flags=red_flags,
        causes=plan.causes,
        remedies=plan.remedies,
        routines=plan.routines,
        check_again=plan.check_again,
        reassurance=reassurance,
        safety=SAFETY_TEXT,
        notes=plan.notes,
    )
