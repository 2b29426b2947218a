"""The Back gesture in the check: one history entry per screen (assets/wizard_history.jsx)."""

from __future__ import annotations

import reflex as rx

from twitch_app.state.wizard import WizardState


class WizardHistory(rx.Component):
    library = rx.asset("wizard_history.jsx").importable_path
    tag = "WizardHistory"

    step: rx.Var[str]
    # Sent once per Back gesture that lands on an earlier screen of the check.
    on_back: rx.EventHandler[lambda: []]


def wizard_history() -> rx.Component:
    return WizardHistory.create(step=WizardState.step, on_back=WizardState.back)
