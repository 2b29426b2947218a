"""A calm notice when the backend cannot be reached, in place of Reflex's error toast.

Reading cards and running routines work from the service worker's cache, so the
notice says what still works instead of alarming a person lying in bed.
"""

import reflex as rx
from reflex_components_core.core.banner import has_connection_errors


def connection_banner() -> rx.Component:
    # The live region stays mounted so screen readers announce the text when it appears.
    return rx.el.aside(
        rx.cond(
            has_connection_errors,
            rx.el.p(
                rx.el.strong("You're offline. "),
                "Cause cards, breathing routines and pages you have opened still work. "
                "Saving to your diary will wait until you're back online.",
                class_name="connection-banner",
                id="connection-banner",
            ),
        ),
        aria_label="Connection status",
        aria_live="polite",
        class_name="connection-region",
    )
