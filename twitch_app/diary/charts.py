"""Chart geometry for the diary's SVG charts, with a text alternative for each (pure)."""

from __future__ import annotations

from datetime import date

from twitch_app.words import plural

CHART_WIDTH = 300
CHART_HEIGHT = 90
AREA_ROW = 22


def day_bars(days: list[tuple[date, int]]) -> tuple[list[dict[str, str]], str]:
    """Bars for twitches per day, and a sentence that says what the chart shows."""
    most = max((count for _, count in days), default=0)
    slot = CHART_WIDTH / max(len(days), 1)
    bars = []
    for index, (day, count) in enumerate(days):
        height = 0 if most == 0 else max(2.0, CHART_HEIGHT * count / most) if count else 0
        bars.append(
            {
                "x": f"{index * slot + 1:.1f}",
                "y": f"{CHART_HEIGHT - height:.1f}",
                "width": f"{max(slot - 2, 1):.1f}",
                "height": f"{height:.1f}",
                "label": f"{day:%d %b}: {count}",
            }
        )
    total = sum(count for _, count in days)
    if total == 0:
        return bars, f"No twitches logged in the last {len(days)} days."
    peak_day, peak = max(days, key=lambda item: item[1])
    active = sum(1 for _, count in days if count)
    text = (
        f"{plural(total, 'twitch')} on {active} of the last {len(days)} days; "
        f"the most on {peak_day:%d %B} ({peak})."
    )
    return bars, text


def area_bars(areas: list[tuple[str, int]]) -> tuple[list[dict[str, str]], str]:
    most = max((count for _, count in areas), default=0)
    bars = [
        {
            "y": f"{index * AREA_ROW:.0f}",
            "text_y": f"{index * AREA_ROW + 15:.0f}",
            "width": f"{(CHART_WIDTH - 110) * count / most:.1f}",
            "name": area.replace("_", " "),
            "count": str(count),
        }
        for index, (area, count) in enumerate(areas)
    ]
    text = "; ".join(f"{area.replace('_', ' ')}: {count}" for area, count in areas)
    return bars, (f"By body area: {text}." if areas else "No body areas logged yet.")
