"""Diary statistics and honest pattern sentences (pure Python). The rule watch, which applies
the triage engine's rules to the log, is in rule_watch.py (re-exported here).

Days are the device's local days (an IANA time zone name); times are stored in UTC.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from statistics import median

from twitch_app.diary.areas import area_name
from twitch_app.local_days import local_day
from twitch_app.words import days_ago, plural

from .rule_watch import RuleHit as RuleHit  # re-exported for the diary state
from .rule_watch import rule_watch as rule_watch

MIN_DAYS_PER_GROUP = 3  # fewer days than this on either side is too little to say anything


@dataclass(frozen=True)
class Logged:
    occurred_at: datetime  # aware UTC
    area: str
    intensity: int
    duration_kind: str
    duration_value: int | None = None
    caffeine_drinks: int | None = None
    sleep_hours: float | None = None


def per_day(entries: list[Logged], tz: str, today: date, days: int = 30) -> list[tuple[date, int]]:
    counts = Counter(local_day(e.occurred_at, tz) for e in entries)
    start = today - timedelta(days=days - 1)
    return [(start + timedelta(days=i), counts[start + timedelta(days=i)]) for i in range(days)]


def per_area(entries: list[Logged]) -> list[tuple[str, int]]:
    return Counter(e.area for e in entries).most_common()


def _daily_factor(entries: list[Logged], tz: str, factor: str) -> dict[date, float]:
    """The factor each day, as last reported that day."""
    values: dict[date, float] = {}
    for entry in sorted(entries, key=lambda e: e.occurred_at):
        value = getattr(entry, factor)
        if value is not None:
            values[local_day(entry.occurred_at, tz)] = value
    return values


def _compare(ratio: float) -> str:
    if ratio >= 1.8:
        return f"about {ratio:.1f} times as many" if ratio >= 2.5 else "about twice as many"
    if ratio >= 1.25:
        return "more"
    if ratio > 0.8:
        return "about as many"
    return "fewer"


def pattern_sentences(entries: list[Logged], tz: str) -> list[str]:
    """Plain sentences about caffeine and sleep, only when the log holds enough days to say it."""
    counts = Counter(local_day(e.occurred_at, tz) for e in entries)
    sentences = []
    checks: list[tuple[str, Callable[[float], bool], str, str]] = [
        ("caffeine_drinks", lambda v: v >= 4, "4 or more caffeine drinks", "fewer"),
        ("sleep_hours", lambda v: v < 7, "less than 7 hours of sleep", "7 hours or more"),
    ]
    for factor, in_group, group_text, other_text in checks:
        by_day = _daily_factor(entries, tz, factor)
        group = [counts[d] for d, v in by_day.items() if in_group(v)]
        rest = [counts[d] for d, v in by_day.items() if not in_group(v)]
        if len(group) < MIN_DAYS_PER_GROUP or len(rest) < MIN_DAYS_PER_GROUP:
            continue
        mean_group, mean_rest = sum(group) / len(group), sum(rest) / len(rest)
        ratio = mean_group / mean_rest if mean_rest else float("inf")
        sentences.append(
            f"On days with {group_text} you logged {_compare(ratio)} twitches "
            f"({mean_group:.1f} a day) as on days with {other_text} ({mean_rest:.1f} a day), "
            f"over {len(group) + len(rest)} days. A link in your log is not proof of a cause."
        )
    return sentences


def _duration_text(entries: list[Logged]) -> str:
    kinds = Counter(e.duration_kind for e in entries)
    kind, _ = kinds.most_common(1)[0]
    if kind == "comes_and_goes":
        return "It mostly comes and goes."
    values = [e.duration_value for e in entries if e.duration_kind == kind and e.duration_value]
    unit = "seconds" if kind == "seconds" else "minutes"
    return f"Usually {median(values):g} {unit} (median of {len(values)} timed entries)."


def doctor_answers(entries: list[Logged], tz: str, today: date) -> dict[str, str]:
    """The doctor's questions, answered from the log (empty when nothing is logged)."""
    if not entries:
        return {}
    days = Counter(local_day(e.occurred_at, tz) for e in entries)
    first = min(days)
    areas = per_area(entries)
    where = (
        f"Always the same place: {area_name(areas[0][0])}."
        if len(areas) == 1
        else "In several places: " + ", ".join(f"{area_name(a)} ({n})" for a, n in areas) + "."
    )
    recent = [d for d in days if (today - d).days < 30]
    return {
        "When did it start?": (
            f"First logged on {first:%d %B %Y}, {days_ago((today - first).days)}."
        ),
        "How long does each twitch last?": _duration_text(entries),
        "Is it always in the same place?": where,
        "How often does it happen?": (
            f"{plural(len(entries), 'twitch')} on {plural(len(days), 'day')}; "
            f"{len(recent)} of the last 30 days, "
            f"{len(entries) / len(days):.1f} a day on days with twitches."
        ),
    }
