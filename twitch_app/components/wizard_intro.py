"""The wizard's start screen and the history of finished checks on this device."""

from __future__ import annotations

import reflex as rx
from reflex_components_core.core.banner import has_connection_errors

from twitch_app.components.layout import emergency_link
from twitch_app.state.wizard import WizardState
from twitch_app.wizard.flow import questions_at_start


def connection_notice() -> rx.Component:
    """Offline, the check says it cannot go on, that nothing is lost, and where urgent help is
    (a tel: link needs no connection). Mounted empty, so screen readers hear it appear."""
    return rx.el.div(
        rx.cond(
            has_connection_errors,
            rx.el.p(
                rx.el.strong("The check needs a connection to go on. "),
                # Never "kept" while this device is not keeping them (save_notice says so).
                rx.cond(
                    WizardState.save_problem == "",
                    "Your answers so far are kept: carry on when you're back online. ",
                    "Some of your latest answers may not have been saved. ",
                ),
                "If you have trouble breathing, speaking or swallowing, your face droops, "
                "you have a first seizure or you pass out: ",
                emergency_link(),
                " now.",
                class_name="safety-line wizard-offline",
                id="wizard-offline",
            ),
        ),
        role="status",
    )


def save_notice() -> rx.Component:
    """When the server could not store the answers, the check goes on and says so in place.
    Mounted empty, so screen readers hear it appear."""
    return rx.el.div(
        rx.cond(
            WizardState.save_problem != "",
            rx.el.p(WizardState.save_problem, class_name="wizard-error wizard-not-saved"),
        ),
        role="alert",
    )


def start_label() -> rx.Var:
    """The start button says what it waits for instead of looking live while it cannot act."""
    return rx.cond(
        has_connection_errors,
        "Needs a connection",
        rx.cond(WizardState.loaded, "Start the check", "Connecting..."),
    )


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
        connection_notice(),
        # Above the safety line, so it is on a 360x740 screen's first view, not under the tabs.
        rx.el.button(
            start_label(),
            type="button",
            class_name="wizard-next wizard-start",
            on_click=WizardState.start,
            disabled=~WizardState.loaded | has_connection_errors,
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
