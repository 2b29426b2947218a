"""Export formats for everything a device owns (pure Python)."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from twitch_app.local_days import local_time
from twitch_app.wizard.questions_twitch import AREA_LABELS


def as_json(tables: dict[str, list[dict[str, Any]]]) -> str:
    document = {
        "app": "Twitch Relief",
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        **tables,
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


# A spreadsheet runs a cell that starts with one of these as a formula (OWASP, CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """A text cell a spreadsheet will show as text: a leading apostrophe neutralises a formula.

    Numbers stay numbers (a negative number is data, not a formula); only text is touched.
    """
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


# The diary as a spreadsheet shows it: one row per logged twitch, columns a person can read.
CSV_COLUMNS = (
    "Date",
    "Time",
    "Where",
    "Strength (1-5)",
    "How long",
    "Notes",
    "Caffeine drinks",
    "Alcohol units",
    "Hours of sleep",
    "Stress (0-10)",
    "Hard exercise",
    "Enough water",
)
_UNITS = {"seconds": "s", "minutes": "min"}


def _yes_no(value: object) -> str:
    return "" if value is None else ("Yes" if value else "No")


def _how_long(entry: dict[str, Any]) -> str:
    kind, value = entry.get("duration_kind"), entry.get("duration_value")
    if kind == "comes_and_goes":
        return "Comes and goes"
    return f"{value} {_UNITS[kind]}" if kind in _UNITS and value is not None else ""


def _cells(entry: dict[str, Any], zone: ZoneInfo) -> list[object]:
    moment = local_time(datetime.fromisoformat(str(entry["occurred_at"])), zone)
    area = entry.get("area") or ""
    return [
        f"{moment:%Y-%m-%d}",
        f"{moment:%H:%M}",
        AREA_LABELS.get(area, area.replace("_", " ").capitalize()),
        entry.get("intensity"),
        _how_long(entry),
        entry.get("notes") or "",
        entry.get("caffeine_drinks"),
        entry.get("alcohol_units"),
        entry.get("sleep_hours"),
        entry.get("stress"),
        _yes_no(entry.get("hard_exercise")),
        _yes_no(entry.get("enough_water")),
    ]


def as_csv(tables: dict[str, list[dict[str, Any]]], tz: str = "UTC") -> str:
    """The diary, one row per entry in time order, times in the person's own time zone.

    No internal ids (the row's or the device's); everything else a device owns is in the JSON
    export. Text a spreadsheet would run as a formula is neutralised (`spreadsheet_safe`).
    """
    zone = ZoneInfo(tz)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    entries = sorted(tables.get("diary_entries", []), key=lambda e: str(e["occurred_at"]))
    for entry in entries:
        cells = _cells(entry, zone)
        writer.writerow(["" if cell is None else spreadsheet_safe(cell) for cell in cells])
    return buffer.getvalue()
