"""Export formats for everything a device owns (pure Python)."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime


def as_json(tables: dict[str, list[dict]]) -> str:
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


def as_csv(tables: dict[str, list[dict]]) -> str:
    """One row per stored value (table, row id, field, value): every table in one valid CSV."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["table", "row_id", "field", "value"])
    for table, rows in tables.items():
        for row in rows:
            for field, value in row.items():
                if field in ("id", "device_id"):
                    continue
                cell = "" if value is None else spreadsheet_safe(value)
                writer.writerow([table, row.get("id"), field, cell])
    return buffer.getvalue()
