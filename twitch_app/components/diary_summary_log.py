"""The doctor summary's log: every entry with its time, and each day's factors (printable)."""

from __future__ import annotations

import reflex as rx

from twitch_app.state.diary import DiaryState

PRINT_DATE_ATTR = "data-print-date"
# Fills the "printed on" line, then prints (the shell module fills it for Ctrl+P as well).
PRINT_SCRIPT = (
    f"document.querySelectorAll('[{PRINT_DATE_ATTR}]').forEach((el) => {{"
    "el.textContent = 'Printed on ' + new Date().toLocaleDateString(undefined, "
    "{day: 'numeric', month: 'long', year: 'numeric'}) + '.'; });"
    "window.print();"
)
_ENTRY_COLUMNS = ("Time", "Where", "Strength (1-5)", "How long", "Notes")
_FACTOR_COLUMNS = (
    ("Day", "day"),
    ("Twitches", "count"),
    ("Caffeine drinks", "caffeine"),
    ("Alcohol units", "alcohol"),
    ("Sleep", "sleep"),
    ("Stress (0-10)", "stress"),
    ("Hard exercise", "exercise"),
    ("Enough water", "water"),
)


def print_heading() -> rx.Component:
    """Only on paper: what this is, and when it was printed (the page's header is hidden)."""
    return rx.el.div(
        rx.el.p("Twitch Relief: twitch diary summary for a doctor", class_name="print-title"),
        rx.el.p("", **{PRINT_DATE_ATTR: ""}, class_name="print-date"),
        class_name="print-only",
    )


def _entry_row(entry: rx.Var) -> rx.Component:
    return rx.el.tr(
        rx.el.td(entry["time"]),
        rx.el.td(entry["area"]),
        rx.el.td(entry["intensity"]),
        rx.el.td(entry["duration"]),
        rx.el.td(entry["notes"], class_name="summary-notes"),
    )


def scrolling_table(label, table: rx.Component) -> rx.Component:
    """A wide table scrolls on its own on a phone (the page never scrolls sideways)."""
    return rx.el.div(table, tab_index=0, role="region", aria_label=label, class_name="table-scroll")


def _day(day: rx.Var) -> rx.Component:
    return scrolling_table(
        day["day"],
        rx.el.table(
            rx.el.caption(day["day"]),
            rx.el.thead(rx.el.tr(*[rx.el.th(name, scope="col") for name in _ENTRY_COLUMNS])),
            rx.el.tbody(rx.foreach(day["entries"].to(list[dict]), _entry_row)),
            class_name="summary-table day-table",
        ),
    )


def logged_entries() -> rx.Component:
    return rx.cond(
        DiaryState.entry_count > 0,
        rx.el.section(
            rx.el.h2("What was logged, and when"),
            rx.foreach(DiaryState.latest_day, _day),
            rx.foreach(DiaryState.earlier_days, _day),
            rx.el.h2("Each day's factors"),
            scrolling_table(
                "Each day's factors",
                rx.el.table(
                    rx.el.thead(
                        rx.el.tr(*[rx.el.th(name, scope="col") for name, _ in _FACTOR_COLUMNS])
                    ),
                    rx.el.tbody(
                        rx.foreach(
                            DiaryState.factor_rows,
                            lambda row: rx.el.tr(
                                rx.el.th(row["day"], scope="row"),
                                *[rx.el.td(row[key]) for _, key in _FACTOR_COLUMNS[1:]],
                            ),
                        )
                    ),
                    class_name="summary-table factor-summary",
                ),
            ),
            class_name="card-section summary-log",
            aria_label="What was logged",
        ),
    )
