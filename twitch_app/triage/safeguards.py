"""What the engine adds or takes away after the rules and the cause scores, for safety.

plans.py suggests remedies and routines for the ranked causes; these filters run on its output,
so the guarantees below hold whatever the plan table says (HAZARD_LOG.md names each one):
- an emergency or urgent result carries no routine and no remedy: nothing may stand between the
  person and getting help (H-OUTPUT-01);
- with weakness or a thinner muscle, stress and other reassuring everyday causes are not ranked,
  "try not to worry" is not offered, and the advice is to see a doctor within a week (NICE NG127);
- under 16: words for a parent, no breath-hold routines, no caffeine, alcohol or supplement advice
  ranked for a child, and a note on tics (NICE NG127, children);
- long-standing jolts only while falling asleep, and a lone eyelid flicker, get the check-again
  advice that fits them instead of "more than 2 weeks".
"""

from __future__ import annotations

from dataclasses import dataclass

from .causes import CauseMatch
from .findings import Findings
from .findings_spec import Urgency
from .matchers import eyelid_only, only_falling_asleep, weakness_or_wasting
from .plans import CheckAgain

ACT_NOW = frozenset({Urgency.EMERGENCY, Urgency.URGENT})
CHILD_AGE = 16
# Causes that can go with a weak or thinner muscle and that a doctor will look at; everything
# else (stress, the harmless twitch, sleep, caffeine...) must not be offered first as comfort.
WEAKNESS_CAUSES = frozenset(
    {
        "medication",
        "nerve_compression",
        "potassium_deficiency",
        "calcium_deficiency",
        "magnesium_deficiency",
        "vitamin_d_deficiency",
    }
)
WEAKNESS_BANNED_REMEDIES = frozenset({"worry_less"})
CHILD_BANNED_CAUSES = frozenset({"caffeine", "alcohol"})
CHILD_BANNED_REMEDIES = frozenset({"cut_caffeine_alcohol", "supplements_check"})
# Routines with breath holds (their cautions carry the breath-hold warning; a test checks it).
BREATH_HOLD_ROUTINES = frozenset({"box_breathing", "breathing_478"})

WEAKNESS_CHECK_AGAIN = CheckAgain(
    "See a doctor within a week: book a GP appointment now. If the weakness spreads or gets "
    "worse before then, see a doctor today.",
    7,
)
HYPNIC_CHECK_AGAIN = CheckAgain(
    "Jolts only as you fall asleep are normal, even when they have gone on for months or years. "
    "Check again if twitches start while you are awake, or anything new appears.",
    30,
)
EYELID_CHECK_AGAIN = CheckAgain(
    "A flickering eyelid usually settles within weeks, even when it comes back now and then. "
    "See a GP if it lasts more than 3 months, both eyes shut tight, the lid droops, or other "
    "face muscles join in; check again sooner if anything new appears.",
    14,
)
PARENT_NOTE = (
    "You are checking for a child: the advice is written for you as their parent or carer. "
    "Talk to their GP or a pharmacist before giving a child any supplement."
)
TICS_NOTE = (
    "Tics (quick repeated movements such as blinking, sniffing or shrugging, which a child can "
    "hold back for a while) are common in children and often fade. See a GP if they are "
    "frequent, upsetting, or come with other symptoms."
)


@dataclass(frozen=True)
class Plan:
    causes: tuple[CauseMatch, ...]
    remedies: tuple[str, ...]
    routines: tuple[str, ...]
    check_again: CheckAgain
    notes: tuple[str, ...]


def is_child(findings: Findings) -> bool:
    return findings.age is not None and findings.age < CHILD_AGE


def guard_causes(causes: tuple[CauseMatch, ...], findings: Findings) -> tuple[CauseMatch, ...]:
    """The ranked causes a person may see (run before remedies are picked from them)."""
    if weakness_or_wasting(findings):
        causes = tuple(c for c in causes if c.id in WEAKNESS_CAUSES)
    if is_child(findings):
        causes = tuple(c for c in causes if c.id not in CHILD_BANNED_CAUSES)
    return causes


def guard(plan: Plan, urgency: Urgency, findings: Findings) -> Plan:
    causes, remedies, routines = guard_causes(plan.causes, findings), plan.remedies, plan.routines
    check_again, notes = plan.check_again, plan.notes
    if weakness_or_wasting(findings):
        remedies = tuple(r for r in remedies if r not in WEAKNESS_BANNED_REMEDIES)
        if urgency is Urgency.SEE_DOCTOR:
            check_again = WEAKNESS_CHECK_AGAIN
    if is_child(findings):
        remedies = tuple(r for r in remedies if r not in CHILD_BANNED_REMEDIES)
        routines = tuple(r for r in routines if r not in BREATH_HOLD_ROUTINES)
        notes += (PARENT_NOTE, TICS_NOTE)
    if urgency is Urgency.SELF_CARE and only_falling_asleep(findings):
        check_again = HYPNIC_CHECK_AGAIN
    elif urgency is Urgency.SELF_CARE and eyelid_only(findings):
        check_again = EYELID_CHECK_AGAIN
    if urgency in ACT_NOW:
        remedies, routines = (), ()
    return Plan(causes, remedies, routines, check_again, notes)
