"""/diary: log a twitch in three taps, see the log by day, the patterns and the rule watch."""

import reflex as rx

from twitch_app import routes
from twitch_app.components.device_notice import device_notice
from twitch_app.components.diary_form import log_section
from twitch_app.components.diary_views import charts, entry_list, rule_watch
from twitch_app.components.layout import layout
from twitch_app.components.offline_queue import diary_queue
from twitch_app.components.ui import nav_link, page_header


def page() -> rx.Component:
    return layout(
        routes.DIARY,
        page_header(
            "Twitch diary",
            "Log where and when it happens, and answer your doctor's questions with facts.",
        ),
        device_notice(),
        rule_watch(),
        diary_queue(
            log_section(),
            entry_list(),
        ),
        charts(),
        rx.el.p(
            nav_link("Doctor summary (printable)", href=routes.DIARY_SUMMARY),
            " · ",
            nav_link("Export, delete or move your data", href=routes.PRIVACY),
            class_name="footer-links",
        ),
    )
