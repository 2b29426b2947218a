"""What to do next: remedies and routines for each cause, when to check again, safety text."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from twitch_app.links import remedies_for, routines_for

from .causes import SCORERS, CauseMatch
from .findings import Findings
from .findings_spec import Area, Urgency
from .rule import EMERGENCY_SIGNS, EPILEPSY_AND_FAINT

# cause id -> (remedy ids, routine ids), most useful first: read from the one link table
# (twitch_app/links.py) that the cards and routines read too, so a plan never disagrees with them.
CAUSE_PLANS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    cause_id: (remedies_for(cause_id), routines_for(cause_id)) for cause_id in SCORERS
}
MAX_REMEDIES = 6
MAX_ROUTINES = 4
# The leg stretch suits any twitch in the legs, whatever the cause.
LEG_AREAS = frozenset({Area.LEG, Area.CALF, Area.FOOT})

TWO_WEEKS_DAYS = 14
SOON_DAYS = 3
APPOINTMENT_CHECK_DAYS = 7

SAFETY_TEXT = (
    "This is not a diagnosis: it is a guide to everyday causes and to when to get help. "
    "Most twitches are harmless and fade within days or weeks. See a doctor if a twitch lasts "
    "more than 2 weeks, spreads, or comes with weakness, numbness or other new symptoms. "
    f"Call your local emergency number (such as 112, 911 or 999) straight away for "
    f"{EMERGENCY_SIGNS}. {EPILEPSY_AND_FAINT}"
)


@dataclass(frozen=True)
class CheckAgain:
    text: str
    days: int  # 0 means "act now": do not wait to check again

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "days": self.days}


def _unique(ids: Iterable[str], limit: int) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in ids:
        seen.setdefault(item, None)
    return tuple(seen)[:limit]


def suggest_remedies(causes: tuple[CauseMatch, ...]) -> tuple[str, ...]:
    remedies = [r for cause in causes for r in CAUSE_PLANS[cause.id][0]]
    # "Never stop a prescribed medicine on your own" must not fall off the end of the list.
    if "medicine_review" in remedies:
        remedies.insert(0, "medicine_review")
    return _unique(remedies, MAX_REMEDIES)


def suggest_routines(causes: tuple[CauseMatch, ...], findings: Findings) -> tuple[str, ...]:
    routines = [r for cause in causes for r in CAUSE_PLANS[cause.id][1]]
    if findings.areas & LEG_AREAS:
        routines.insert(0, "calf_hamstring_stretch")
    if causes and not routines:
        routines.append("box_breathing")  # calming breath helps whatever the cause
    return _unique(routines, MAX_ROUTINES)


def check_again(urgency: Urgency, findings: Findings) -> CheckAgain:
    if urgency is Urgency.EMERGENCY:
        return CheckAgain("Call emergency services now. Do not wait.", 0)
    if urgency is Urgency.URGENT:
        return CheckAgain("See a doctor today, or call your doctor's urgent line.", 0)
    if urgency is Urgency.SEE_DOCTOR:
        return CheckAgain(
            "Book an appointment with your GP. If anything new appears before then, or it gets "
            f"worse, check again straight away. Otherwise check again in {APPOINTMENT_CHECK_DAYS} "
            "days.",
            APPOINTMENT_CHECK_DAYS,
        )
    if findings.getting_worse:
        return CheckAgain(
            f"Try the self-care steps and check again in {SOON_DAYS} days, or sooner if new "
            "symptoms appear.",
            SOON_DAYS,
        )
    so_far = int(findings.duration_days or 0)
    days = max(1, TWO_WEEKS_DAYS - so_far)
    return CheckAgain(
        f"Try the self-care steps. If the twitch is still there in {days} day"
        f"{'s' if days != 1 else ''} (2 weeks in all), or anything new appears, check again: "
        "a twitch lasting more than 2 weeks is worth a GP visit.",
        days,
    )
