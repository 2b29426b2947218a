"""The diary's log as the pages show it: entries by day, each day's factors, the names of the
body areas, and the doctor summary's line from the last symptom check (pure Python, no Reflex).

The diary state only reads rows and stores what these functions return.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from twitch_app.diary.areas import area_name
from twitch_app.diary.charts import area_bars, day_bars
from twitch_app.diary.entries import DiaryEntryBase, form_values
from twitch_app.diary.stats import (
    Logged,
    doctor_answers,
    pattern_sentences,
    per_area,
    per_day,
    rule_watch,
)
from twitch_app.local_days import local_day, local_time

DURATION_TEXT = {"seconds": "{} s", "minutes": "{} min", "comes_and_goes": "comes and goes"}
DAY_FORMAT = "%A %d %B"
FACTOR_DAYS = 14  # the factor tables show the latest two weeks
# A day's factors, in the order the doctor summary shows them (the key, then the entry's field).
_DAY_FACTORS = (
    ("caffeine", "caffeine_drinks", ""),
    ("sleep", "sleep_hours", " h"),
    ("alcohol", "alcohol_units", ""),
    ("stress", "stress", ""),
    ("exercise", "hard_exercise", ""),
    ("water", "enough_water", ""),
)

# One day of the log: its heading and its entries' lines, as the page renders them.
DayGroup = dict[str, str | list[dict[str, str]]]


def as_logged(entry: DiaryEntryBase) -> Logged:
    """What the statistics need of an entry."""
    return Logged(entry.occurred_at, entry.area, entry.intensity, entry.duration_kind,
                  entry.duration_value, entry.caffeine_drinks, entry.sleep_hours)  # fmt: skip


def entry_when(entry: DiaryEntryBase, zone: ZoneInfo) -> str:
    """ "Friday 04 December at 14:30": when an entry happened, in the device's zone."""
    local = local_time(entry.occurred_at, zone)
    return f"{local.strftime(DAY_FORMAT)} at {local:%H:%M}"


def _entry_line(entry: DiaryEntryBase, zone: ZoneInfo) -> dict[str, str]:
    # A stored row (db.models.DiaryEntry) has its row id, and the id the device gave it.
    row_id, client_id = getattr(entry, "id", None), getattr(entry, "client_id", None)
    return {
        "id": str(row_id),
        # What the browser's queue names the entry by, and what an edit made offline starts
        # from (every declared field, as the form shows it).
        "ref": client_id or str(row_id),
        "values": json.dumps(form_values(entry, zone)),
        "time": local_time(entry.occurred_at, zone).strftime("%H:%M"),
        "area": area_name(entry.area),
        "intensity": str(entry.intensity),
        "duration": DURATION_TEXT[entry.duration_kind].format(entry.duration_value),
        "notes": entry.notes,
    }


def _factor_text(value: bool | float) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return f"{value:g}"


def log_by_day(
    entries: Iterable[DiaryEntryBase], zone: ZoneInfo
) -> tuple[list[DayGroup], list[dict[str, str]]]:
    """The log grouped by local day, in the order given (newest first), and each day's
    factors (the first value logged that day; the latest FACTOR_DAYS days)."""
    days: dict[str, list[dict[str, str]]] = {}
    factors: dict[str, dict[str, str]] = {}
    for entry in entries:
        day = local_time(entry.occurred_at, zone).strftime(DAY_FORMAT)
        days.setdefault(day, []).append(_entry_line(entry, zone))
        row = factors.setdefault(day, {"day": day, "count": "0"})
        row["count"] = str(int(row["count"]) + 1)
        for key, name, unit in _DAY_FACTORS:
            value = getattr(entry, name)
            if not row.get(key) and value is not None:
                row[key] = _factor_text(value) + unit
            row.setdefault(key, "")
    listed: list[DayGroup] = [{"day": day, "entries": lines} for day, lines in days.items()]
    return listed, list(factors.values())[:FACTOR_DAYS]


def window_note(*, shown: int, in_all: int, days: int, limit: int) -> str:
    """Said when the page shows a window of the diary, not all of it."""
    if in_all <= shown:
        return ""
    older = in_all - shown
    return (
        f"Showing the last {days} days (at most {limit} entries). "
        f"{older} older {'entry is' if older == 1 else 'entries are'} kept, and in your export."
    )


def other_symptoms(findings: dict[str, Any] | None) -> str:
    """The doctor summary's line on other symptoms and medicines, from the last check."""
    if not findings:
        return ""
    symptoms = [s.replace("_", " ") for s in findings.get("symptoms") or []]
    medicines = findings.get("medicines") or {}
    kinds = [k.replace("_", " ") for k in medicines.get("kinds") or []]
    parts = []
    if symptoms:
        parts.append("Other symptoms: " + ", ".join(symptoms) + ".")
    if kinds or medicines.get("new_medicine"):
        parts.append("Medicines: " + (", ".join(kinds) or "a new medicine") + ".")
    return " ".join(parts) or "The last symptom check listed no other symptoms or medicines."


@dataclass(frozen=True)
class DiaryView:
    """Everything the diary page and the doctor summary show, from one read of the log.

    The log is in two parts: the newest day, where a new entry lands, and the days before,
    which a new entry leaves as they were (so a save need not send them again)."""

    latest_day: list[DayGroup]  # the newest day's group, or none
    earlier_days: list[DayGroup]
    factor_rows: list[dict[str, str]]
    entry_count: int
    window_note: str
    day_bars: list[dict[str, str]]
    day_chart_text: str
    area_bars: list[dict[str, str]]
    area_chart_text: str
    rule_hits: list[dict[str, str]]
    patterns: list[str]
    answers: list[dict[str, str]]
    other_symptoms: str


def diary_view(
    entries: list[DiaryEntryBase],
    *,
    in_all: int,
    findings: dict[str, Any] | None,
    tz: str,
    now: datetime,
    window: tuple[int, int],
) -> DiaryView:
    """The view of `entries` (the shown window, newest first) for a device in zone `tz`;
    `in_all` counts the whole diary, `window` is the (days, entries) the page shows at most."""
    zone = ZoneInfo(tz)
    today = local_day(now, zone)
    days, factor_rows = log_by_day(entries, zone)
    logged = [as_logged(entry) for entry in entries]
    day_chart, day_text = day_bars(per_day(logged, tz, today))
    area_chart, area_text = area_bars(per_area(logged))
    answers = doctor_answers(logged, tz, today)
    return DiaryView(
        latest_day=days[:1],
        earlier_days=days[1:],
        factor_rows=factor_rows,
        entry_count=in_all,
        window_note=window_note(shown=len(logged), in_all=in_all, days=window[0], limit=window[1]),
        day_bars=day_chart,
        day_chart_text=day_text,
        area_bars=area_chart,
        area_chart_text=area_text,
        rule_hits=[{"id": hit.id, "text": hit.text} for hit in rule_watch(logged, tz)],
        patterns=pattern_sentences(logged, tz),
        answers=[{"question": q, "answer": a} for q, a in answers.items()],
        other_symptoms=other_symptoms(findings),
    )
