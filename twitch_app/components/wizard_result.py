"""The result screen, the emergency screen and the doctor summary.

All text comes from our own content and the person's chosen options, rendered as text nodes.
"""

from __future__ import annotations

import reflex as rx
from reflex.vars.function import ENCODE_URI_COMPONENT

from twitch_app.components.layout import emergency_link
from twitch_app.components.ui import copy_button, nav_link
from twitch_app.components.wizard_intro import save_notice
from twitch_app.components.wizard_question import FOCUS_ID
from twitch_app.settings import load_settings
from twitch_app.state.wizard import WizardState
from twitch_app.wizard.result import RARE_CARD_ROUTE

SUMMARY_FILE = "twitch-relief-summary.txt"
PRINT_SCRIPT = "window.print()"
# The summary's own text as a UTF-8 text file. Given a string Var, rx.download would write
# its JSON form (one quoted line with literal \n); a data: URL it passes on as it is.
SUMMARY_DATA_URL = "data:text/plain;charset=utf-8," + ENCODE_URI_COMPONENT.call(
    WizardState.result_summary
).to(str)


def _link_rows(items, text_key: str) -> rx.Component:
    return rx.el.ul(
        rx.foreach(
            items,
            lambda item: rx.el.li(
                nav_link(
                    rx.el.span(item["title"], class_name="link-row-title"),
                    rx.el.span(item[text_key], class_name="link-row-text"),
                    href=item["href"],
                    class_name="link-row",
                )
            ),
        ),
        class_name="link-rows",
    )


def _section(title: str, *children, class_name: str = "") -> rx.Component:
    return rx.el.section(rx.el.h2(title), *children, class_name=f"card-section {class_name}")


def _urgency_box() -> rx.Component:
    return rx.el.section(
        rx.el.p("Your result", class_name="tag"),
        rx.el.h2(WizardState.result_headline, id=FOCUS_ID, tab_index=-1),
        rx.el.p(WizardState.result_action),
        rx.cond(
            WizardState.result_urgency == "urgent",
            rx.el.p("If it gets worse quickly: ", emergency_link(), "."),
        ),
        class_name="urgency-box",
        data_urgency=WizardState.result_urgency,
    )


def _red_flags() -> rx.Component:
    return rx.cond(
        WizardState.result_flags.length() > 0,
        rx.el.section(
            rx.el.h2("Why a doctor should look"),
            rx.el.ul(
                rx.foreach(
                    WizardState.result_flags,
                    lambda flag: rx.el.li(
                        rx.el.span(flag["message"], class_name="flag-message"),
                        rx.el.span(flag["because"], class_name="flag-because"),
                        rx.el.span(
                            "Source: ",
                            rx.el.a(
                                flag["source_title"],
                                href=flag["source_url"],
                                rel="noopener noreferrer",
                                target="_blank",
                            ),
                            class_name="flag-source small",
                        ),
                    ),
                ),
                class_name="flag-list",
            ),
            class_name="doctor-box",
        ),
    )


def _notes() -> rx.Component:
    """For a child: a note for the parent and one on tics (empty otherwise)."""
    return rx.cond(
        WizardState.result_notes.length() > 0,
        rx.el.section(
            rx.foreach(WizardState.result_notes, lambda note: rx.el.p(note)),
            class_name="result-notes",
        ),
    )


def _causes() -> rx.Component:
    return _section(
        "What might be behind it",
        rx.el.p(WizardState.result_reassurance),
        _link_rows(WizardState.result_causes, "reasons"),
        rx.cond(
            WizardState.result_show_rare,
            rx.el.p(
                "Worried about a rare illness? Weakness is the sign a doctor checks first, and "
                "serious causes are rare. ",
                nav_link("Read about rare conditions, calmly", href=RARE_CARD_ROUTE),
                ".",
                class_name="small",
            ),
        ),
    )


def _routine() -> rx.Component:
    routine = WizardState.result_routine
    return rx.cond(
        WizardState.result_routine.contains("href"),
        _section(
            "A routine to start now",
            rx.el.div(
                rx.el.p(routine["title"], class_name="lead-small"),
                rx.el.p(routine["text"], class_name="small"),
                nav_link("Start this routine", href=routine["href"], class_name="start-button"),
                class_name="routine-card",
            ),
        ),
    )


def doctor_summary() -> rx.Component:
    return rx.el.section(
        rx.el.h2("Summary for your doctor"),
        rx.el.p("Copy it, download it, or print it on one page.", class_name="small no-print"),
        rx.el.pre(WizardState.result_summary, id="summary-text", class_name="summary-text"),
        rx.el.div(
            copy_button("summary-text"),
            rx.el.button(
                "Download",
                type="button",
                class_name="chip",
                on_click=rx.download(data=SUMMARY_DATA_URL, filename=SUMMARY_FILE),
            ),
            rx.el.button(
                "Print", type="button", class_name="chip", on_click=rx.call_script(PRINT_SCRIPT)
            ),
            class_name="summary-actions no-print",
        ),
        class_name="doctor-summary",
    )


def _your_answers() -> rx.Component:
    return rx.el.details(
        rx.el.summary("Your answers (change any of them)"),
        rx.el.dl(
            rx.foreach(
                WizardState.answer_rows,
                lambda row: rx.el.div(
                    rx.el.dt(row["title"]),
                    rx.el.dd(
                        row["said"],
                        " ",
                        rx.el.button(
                            "Change",
                            type="button",
                            class_name="link-button",
                            aria_label="Change: " + row["title"],
                            on_click=WizardState.edit(row["id"]),
                        ),
                    ),
                ),
            ),
            class_name="answer-rows",
        ),
        class_name="why-we-ask no-print",
    )


def result_screen() -> rx.Component:
    return rx.el.div(
        _urgency_box(),
        save_notice(),
        _red_flags(),
        _notes(),
        _causes(),
        # An emergency or urgent result carries no remedy (issue 20): no empty heading then.
        rx.cond(
            WizardState.result_remedies.length() > 0,
            _section("What to try", _link_rows(WizardState.result_remedies, "text")),
        ),
        _routine(),
        _section("When to check again", rx.el.p(WizardState.result_check_again)),
        doctor_summary(),
        _your_answers(),
        rx.el.p(WizardState.result_safety, class_name="small"),
        rx.el.div(
            rx.el.button(
                "Back", type="button", class_name="wizard-back", on_click=WizardState.back
            ),
            rx.el.button(
                "Start over",
                type="button",
                class_name="wizard-next",
                on_click=WizardState.start_over,
            ),
            class_name="wizard-buttons no-print",
        ),
        class_name="wizard-result",
    )


def emergency_screen() -> rx.Component:
    return rx.el.section(
        rx.el.h2("Get emergency help now", id=FOCUS_ID, tab_index=-1),
        rx.el.p(
            emergency_link(f"Call {load_settings().emergency_number} now"),
            class_name="emergency-call",
        ),
        rx.el.ul(rx.foreach(WizardState.emergency_messages, rx.el.li)),
        rx.el.p(
            "Do not drive yourself. If someone is with you, ask them to stay until help arrives. "
            "The rest of the check can wait."
        ),
        save_notice(),
        rx.el.div(
            rx.el.button(
                "I picked this by mistake: change my answer",
                type="button",
                class_name="wizard-back",
                on_click=WizardState.back,
            ),
            class_name="wizard-buttons",
        ),
        class_name="emergency-screen",
    )
