"""The diary's rule watch: the triage engine's own rules, applied to what the log shows.

The log is turned into findings and run through the same rules as the symptom check, so the
diary and the check can never disagree (issue 20):
- how long a twitch has *persisted* is measured per area, as a run of logged days with no gap
  longer than MAX_GAP_DAYS; two eyelid flickers 14 days apart are two short twitches, not a
  twitch lasting 2 weeks. The engine then applies D1 (over 2 weeks), or for a lone eyelid its
  3-month clock (D11, NICE NG127);
- "more than one area" looks at the areas logged within 14 days. A whole-body entry is left out:
  the diary cannot tell a jolt while falling asleep (a normal hypnic jerk) from twitching while
  awake, and the symptom check asks about that.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol

from twitch_app.local_days import local_day
from twitch_app.triage import Findings
from twitch_app.triage.findings_spec import Area
from twitch_app.triage.red_flags import find_red_flags

AREAS_WINDOW_DAYS = 14
MAX_GAP_DAYS = 3  # a twitch logged again within 3 days is taken to be the same, still going


class LoggedTwitch(Protocol):
    """What the rule watch reads of a diary entry (stats.Logged, or a stored row)."""

    @property
    def occurred_at(self) -> datetime: ...

    @property
    def area(self) -> str: ...


@dataclass(frozen=True)
class RuleHit:
    id: str  # the engine rule it echoes (D1, D2, D11)
    text: str


def persisted_days(days: list[date]) -> int:
    """The longest stretch, in days (both ends counted), of a twitch logged with no gap over
    MAX_GAP_DAYS. One entry is a twitch of 1 day."""
    longest, start, previous = 0, None, None
    for day in sorted(set(days)):
        if start is None or previous is None or (day - previous).days > MAX_GAP_DAYS:
            start = day
        previous = day
        longest = max(longest, (day - start).days + 1)
    return longest


def _known_area(area: str) -> Area | None:
    try:
        return Area(area)
    except ValueError:
        return None


def rule_watch(entries: Sequence[LoggedTwitch], tz: str) -> list[RuleHit]:
    """The engine's red flags that the log itself shows (at most one hit per rule id)."""
    hits: dict[str, RuleHit] = {}
    by_area: dict[Area, list[date]] = {}
    for entry in entries:
        area = _known_area(entry.area)
        if area is not None:
            by_area.setdefault(area, []).append(local_day(entry.occurred_at, tz))
    for area, days in sorted(by_area.items()):
        lasted = persisted_days(days)
        flags = find_red_flags(Findings(areas=frozenset({area}), duration_days=lasted))
        for flag in flags:
            if flag.id in {"D1", "D11"} and flag.id not in hits:
                hits[flag.id] = RuleHit(
                    flag.id,
                    f"Your {area.replace('_', ' ')} twitch has been logged over {lasted} days "
                    f"with no break longer than {MAX_GAP_DAYS} days. {flag.message}",
                )
    several = _areas_within_window(entries, tz)
    if several:
        flags = find_red_flags(Findings(areas=frozenset(several)))
        if any(flag.id == "D2" for flag in flags):
            names = ", ".join(sorted(area.replace("_", " ") for area in several))
            hits["D2"] = RuleHit(
                "D2",
                "You have logged twitches in more than one area within "
                f"{AREAS_WINDOW_DAYS} days ({names}): a GP visit is worth it.",
            )
    return [hits[key] for key in ("D1", "D2", "D11") if key in hits]


def _areas_within_window(entries: Sequence[LoggedTwitch], tz: str) -> set[Area]:
    """The first set of two or more areas (whole body left out) logged within 14 days."""
    ordered = sorted(entries, key=lambda e: e.occurred_at)
    window: list[LoggedTwitch] = []
    for entry in ordered:
        window = [
            e
            for e in window
            if entry.occurred_at - e.occurred_at <= timedelta(days=AREAS_WINDOW_DAYS)
        ]
        window.append(entry)
        areas: set[Area] = {
            a for e in window if (a := _known_area(e.area)) and a is not Area.WHOLE_BODY
        }
        if len(areas) > 1:
            return areas
    return set()
