"""/check: the symptom wizard. One question per screen; warning signs first; a result page
with urgency, reasons, what to try and a summary for the doctor; earlier checks below.
"""

import reflex as rx

from twitch_app import routes
from twitch_app.components.device_notice import device_notice
from twitch_app.components.layout import layout
from twitch_app.components.ui import page_header
from twitch_app.components.wizard_history import wizard_history
from twitch_app.components.wizard_intro import history_section, intro_screen
from twitch_app.components.wizard_question import question_screen
from twitch_app.components.wizard_result import emergency_screen, result_screen
from twitch_app.state.wizard import EMERGENCY, INTRO, RESULT, WizardState
from twitch_app.wizard import QUESTIONS


def _screen() -> rx.Component:
    return rx.match(
        WizardState.step,
        (INTRO, intro_screen()),
        (RESULT, result_screen()),
        (EMERGENCY, emergency_screen()),
        *[(question.id, question_screen(question)) for question in QUESTIONS],
        intro_screen(),
    )


def page() -> rx.Component:
    return layout(
        routes.CHECK,
        page_header(
            "Check my symptoms",
            "Answer short questions, one at a time, and see how urgent it is, "
            "what may be behind it and what to try.",
        ),
        device_notice(),
        rx.el.div(
            # Load this device's check (kept on the server) whenever this session has not:
            # on arrival, and again if a new session replaces it (a worker died, Reflex gave
            # the tab a fresh state): the loader mounts each time `loaded` turns false.
            rx.cond(
                WizardState.loaded,
                rx.fragment(),
                rx.el.span(on_mount=WizardState.load, hidden=True),
            ),
            _screen(),
            wizard_history(),
            history_section(),
            class_name="wizard",
        ),
    )
