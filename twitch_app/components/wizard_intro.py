"""The wizard's start screen and the history of finished checks on this device."""

from __future__ import annotations

import reflex as rx

from twitch_app.components.layout import emergency_link
from twitch_app.state.wizard import WizardState
from twitch_app.wizard.flow import questions_at_start


def intro_screen() -> rx.Component:
    return rx.el.section(
        rx.el.h2("How it works", id="wizard-focus", tab_index=-1),
        rx.el.ul(
            rx.el.li(
                # The same number the counter shows on the first question.
                f"About {questions_at_start()} short questions, one at a time; most take a "
                "single tap. Checking for your child? Answer about them."
            ),
            rx.el.li("Warning signs come first. You can go back and change any answer."),
            rx.el.li("Your answers stay on this device's record on our server, nowhere else."),
        ),
        # Above the safety line, so it is on a 360x740 screen's first view, not under the tabs.
        rx.el.button(
            "Start the check",
            type="button",
            class_name="wizard-next wizard-start",
            on_click=WizardState.start,
            disabled=~WizardState.loaded,
        ),
        rx.el.p(
            "This is not a diagnosis. If you have trouble breathing or speaking, choke or "
            "cannot swallow, your face droops or an arm or leg suddenly goes weak, have a first "
            "seizure or one over 5 minutes, or pass out and do not fully come round: ",
            emergency_link(),
            " now.",
            class_name="safety-line",
        ),
        class_name="wizard-intro",
    )


def history_section() -> rx.Component:
    return rx.cond(
        WizardState.history.length() > 0,
        rx.el.section(
            rx.el.h2("Your earlier checks"),
            rx.el.ul(
                rx.foreach(
                    WizardState.history,
                    lambda row: rx.el.li(
                        rx.el.details(
                            rx.el.summary(
                                rx.el.span(row["created"], class_name="history-date"),
                                " ",
                                rx.el.span(row["headline"], class_name="history-headline"),
                            ),
                            rx.el.pre(row["summary"], class_name="summary-text"),
                        ),
                        data_urgency=row["urgency"],
                        class_name="history-item",
                    ),
                ),
                class_name="history-list",
            ),
            class_name="card-section wizard-history no-print",
        ),
    )
