"""Chart geometry for the diary's SVG charts, with a text alternative for each (pure)."""

from __future__ import annotations

from datetime import date

from twitch_app.diary.areas import area_name
from twitch_app.words import plural

CHART_WIDTH = 300
CHART_HEIGHT = 90
AXIS_HEIGHT = 16  # the date labels under the day chart
AREA_ROW = 22
# The day chart's top stands for at least this many twitches a day, so one twitch is a short
# bar, not a full-height one that looks like a bad day.
MIN_SCALE = 5
TICK_EVERY = 7  # a date under every 7th day, counted back from today


def day_scale(days: list[tuple[date, int]]) -> int:
    return max([MIN_SCALE, *(count for _, count in days)])


def day_bars(days: list[tuple[date, int]]) -> tuple[list[dict[str, str]], str]:
    """Bars for twitches per day (oldest first), each with its date label when it has one
    under the axis, and a sentence that says what the chart shows."""
    scale = day_scale(days)
    slot = CHART_WIDTH / max(len(days), 1)
    bars = []
    for index, (day, count) in enumerate(days):
        height = max(2.0, CHART_HEIGHT * count / scale) if count else 0
        from_end = len(days) - 1 - index
        last = from_end == 0
        bars.append(
            {
                "x": f"{index * slot + 1:.1f}",
                "y": f"{CHART_HEIGHT - height:.1f}",
                "width": f"{max(slot - 2, 1):.1f}",
                "height": f"{height:.1f}",
                "label": f"{day:%d %b}: {plural(count, 'twitch')}",
                # The last label ends at the chart's edge; the others sit under their bar.
                "tick": f"{day:%d %b}" if from_end % TICK_EVERY == 0 else "",
                "tick_x": f"{CHART_WIDTH if last else index * slot + slot / 2:.1f}",
                "anchor": "end" if last else "middle",
            }
        )
    return bars, day_chart_text(days)


def day_chart_text(days: list[tuple[date, int]]) -> str:
    total = sum(count for _, count in days)
    if total == 0:
        return f"No twitches logged in the last {len(days)} days."
    active = [(day, count) for day, count in days if count]
    said = f"{plural(total, 'twitch')} on {len(active)} of the last {len(days)} days"
    if len(active) == 1:
        return f"{said}, on {active[0][0]:%d %B}."
    peak = max(count for _, count in active)
    top = [day for day, count in active if count == peak]
    if len(top) == len(active):
        return f"{said}: the days were even, {peak} on each."
    if len(top) == 1:
        return f"{said}; the most on {top[0]:%d %B} ({peak})."
    return f"{said}; the most, {peak}, on {len(top)} days, the latest {top[-1]:%d %B}."


def area_bars(areas: list[tuple[str, int]]) -> tuple[list[dict[str, str]], str]:
    most = max((count for _, count in areas), default=0)
    bars = [
        {
            "y": f"{index * AREA_ROW:.0f}",
            "text_y": f"{index * AREA_ROW + 15:.0f}",
            "width": f"{(CHART_WIDTH - 110) * count / most:.1f}",
            "name": area_name(area),
            "count": str(count),
        }
        for index, (area, count) in enumerate(areas)
    ]
    text = "; ".join(f"{area_name(area)}: {count}" for area, count in areas)
    return bars, (f"By body area: {text}." if areas else "No body areas logged yet.")
