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
                writer.writerow([table, row.get("id"), field, "" if value is None else value])
    return buffer.getvalue()
