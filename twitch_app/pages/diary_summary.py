"""/diary/summary: one printable page answering the doctor's questions from the log."""

import reflex as rx

from twitch_app import routes
from twitch_app.components.diary_summary_log import PRINT_SCRIPT, logged_entries, print_heading
from twitch_app.components.diary_views import area_chart, day_chart
from twitch_app.components.layout import layout
from twitch_app.components.ui import page_header
from twitch_app.state.diary import DiaryState


def page() -> rx.Component:
    return layout(
        routes.DIARY_SUMMARY,
        page_header(
            "Doctor summary",
            "What your diary says, in the order a doctor usually asks. Print it or show it.",
        ),
        print_heading(),
        rx.el.button(
            "Print",
            type="button",
            class_name="primary-button no-print",
            on_click=rx.call_script(PRINT_SCRIPT),
        ),  # fmt: skip
        rx.cond(
            DiaryState.entry_count == 0,
            rx.el.p("Nothing logged yet: log a few twitches in the diary first."),
        ),
        rx.el.dl(
            rx.foreach(
                DiaryState.answers,
                lambda qa: rx.fragment(rx.el.dt(qa["question"]), rx.el.dd(qa["answer"])),
            ),
            rx.el.dt("Any other symptoms?"),
            rx.el.dd(
                rx.cond(
                    DiaryState.other_symptoms != "",
                    DiaryState.other_symptoms,
                    "Not recorded: the symptom check asks about them.",
                )
            ),
            class_name="definitions summary-answers",
        ),
        rx.cond(
            DiaryState.rule_hits.length() > 0,
            rx.el.section(
                rx.el.h2("Why a doctor visit is suggested"),
                rx.el.ul(rx.foreach(DiaryState.rule_hits, lambda hit: rx.el.li(hit["text"]))),
                class_name="card-section summary-rules",
            ),
        ),
        logged_entries(),
        rx.cond(
            DiaryState.entry_count > 0,
            rx.el.section(
                rx.el.h2("Charts"),
                day_chart(),
                area_chart(),
                class_name="card-section summary-charts",
            ),
        ),
        rx.el.p(
            "Made with Twitch Relief. It records what you logged; it is not a diagnosis.",
            class_name="small",
        ),  # fmt: skip
    )
