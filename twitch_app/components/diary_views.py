"""The diary's list by day, its SVG charts (each with a text alternative) and the rule watch."""

from __future__ import annotations

import reflex as rx

from twitch_app import routes
from twitch_app.components.diary_summary_log import scrolling_table
from twitch_app.components.ui import nav_link
from twitch_app.diary.charts import AREA_ROW, AXIS_HEIGHT, CHART_HEIGHT, CHART_WIDTH, MIN_SCALE
from twitch_app.state.diary import DiaryState
from twitch_app.state.diary_form import DiaryFormState


def _entry(entry: rx.Var) -> rx.Component:
    return rx.el.li(
        rx.el.span(entry["time"], class_name="entry-time"),
        rx.el.span(entry["area"], " · strength ", entry["intensity"], " · ", entry["duration"]),
        # Notes are the person's own text: rendered as a text node, never as HTML.
        rx.cond(entry["notes"] != "", rx.el.span(entry["notes"], class_name="entry-notes")),
        rx.el.div(
            # assets/diary_queue.jsx takes these taps (data-action): an edit offline, and
            # every delete, which waits in the device's queue while it can be undone.
            rx.el.button("Edit", type="button", class_name="chip",
                         on_click=DiaryFormState.start_edit(entry["id"]),
                         custom_attrs={"data-action": "edit"}),
            rx.el.button("Delete", type="button", class_name="chip",
                         custom_attrs={"data-action": "delete"}),
            class_name="row-actions",
        ),
        class_name="diary-entry",
        custom_attrs={"data-ref": entry["ref"], "data-values": entry["values"]},
        # Keyed by row, not by position: a new entry at the top is one inserted row, instead
        # of every row below it rewritten with its neighbour's text.
        key=entry["id"],
    )  # fmt: skip


def _day(day: rx.Var) -> rx.Component:
    return rx.el.section(
        rx.el.h3(day["day"]),
        rx.el.ul(rx.foreach(day["entries"].to(list[dict]), _entry), class_name="day-list"),
        key=day["day"],
        class_name="day-section",
    )


def entry_list() -> rx.Component:
    return rx.el.section(
        rx.el.h2("Your log"),
        rx.cond(
            DiaryState.entry_count == 0,
            rx.el.p("Nothing logged yet. Your entries stay private to this device."),
        ),
        rx.cond(DiaryState.window_note != "", rx.el.p(DiaryState.window_note, class_name="small")),
        # The newest day apart: a new entry changes it, and the days before stay as sent.
        rx.foreach(DiaryState.latest_day, _day),
        rx.foreach(DiaryState.earlier_days, _day),
        class_name="card-section",
        aria_label="Your log",
    )


def rule_watch() -> rx.Component:
    return rx.cond(
        DiaryState.rule_hits.length() > 0,
        rx.el.section(
            rx.el.h2("Time to see a doctor"),
            rx.el.ul(rx.foreach(DiaryState.rule_hits, lambda hit: rx.el.li(hit["text"]))),
            rx.el.p("Book a visit with your GP and take your ",
                    nav_link("doctor summary", href=routes.DIARY_SUMMARY), " along."),
            class_name="doctor-box",
            aria_label="Time to see a doctor",
            id="rule-watch",
        ),
    )  # fmt: skip


def day_chart() -> rx.Component:
    return rx.el.figure(
        rx.el.svg(
            rx.foreach(
                DiaryState.day_bars,
                lambda bar: rx.fragment(
                    rx.el.rect(rx.el.title(bar["label"]), x=bar["x"], y=bar["y"],
                               width=bar["width"], height=bar["height"], class_name="bar"),
                    # Dates under the axis, every week back from today.
                    rx.cond(bar["tick"] != "",
                            rx.el.text(bar["tick"], x=bar["tick_x"], y=str(CHART_HEIGHT + 13),
                                       text_anchor=bar["anchor"], class_name="chart-tick")),
                ),
            ),
            rx.el.line(x1="0", y1=str(CHART_HEIGHT), x2=str(CHART_WIDTH), y2=str(CHART_HEIGHT),
                       class_name="axis"),
            view_box=f"0 0 {CHART_WIDTH} {CHART_HEIGHT + AXIS_HEIGHT}", role="img",
            aria_label=DiaryState.day_chart_text, class_name="chart",
        ),
        rx.el.figcaption(f"Twitches per day, last 30 days (the top of the chart is at least "
                         f"{MIN_SCALE} a day). ", DiaryState.day_chart_text),
    )  # fmt: skip


def area_chart() -> rx.Component:
    return rx.el.figure(
        rx.el.svg(
            rx.foreach(
                DiaryState.area_bars,
                lambda bar: rx.fragment(
                    rx.el.text(bar["name"], x="0", y=bar["text_y"], class_name="chart-label"),
                    rx.el.rect(x="100", y=bar["y"], width=bar["width"], height="16",
                               class_name="bar"),
                    rx.el.text(bar["count"], x="104", y=bar["text_y"], class_name="chart-count"),
                ),
            ),
            view_box=rx.Var.create(f"0 0 {CHART_WIDTH} ").to(str)
            + (DiaryState.area_bars.length() * AREA_ROW).to_string(),
            role="img", aria_label=DiaryState.area_chart_text, class_name="chart",
        ),
        rx.el.figcaption(DiaryState.area_chart_text),
    )  # fmt: skip


def factor_table() -> rx.Component:
    # A narrow phone scrolls the table on its own; its headings never break inside a word.
    table = rx.el.table(
        rx.el.caption("Twitches beside caffeine and sleep, by day"),
        rx.el.thead(
            rx.el.tr(
                rx.el.th("Day", scope="col"),
                rx.el.th("Twitches", scope="col"),
                rx.el.th("Caffeine drinks", scope="col"),
                rx.el.th("Sleep", scope="col"),
            )
        ),
        rx.el.tbody(
            rx.foreach(
                DiaryState.factor_rows,
                lambda row: rx.el.tr(
                    rx.el.th(row["day"], scope="row"),
                    rx.el.td(row["count"]),
                    rx.el.td(row["caffeine"]),
                    rx.el.td(row["sleep"]),
                ),
            )
        ),
        class_name="factor-table",
    )
    return scrolling_table("Twitches beside caffeine and sleep", table)


def charts() -> rx.Component:
    return rx.cond(
        DiaryState.entry_count > 0,
        rx.el.section(
            rx.el.h2("Patterns"),
            day_chart(),
            area_chart(),
            rx.foreach(DiaryState.patterns, lambda text: rx.el.p(text, class_name="pattern")),
            factor_table(),
            class_name="card-section",
            aria_label="Patterns",
        ),
    )
