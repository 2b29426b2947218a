"""Install help and the "new version" prompt, from a small React module in assets/."""

import reflex as rx


class PwaPrompts(rx.Component):
    """Registers the service worker; offers installation and reloads to a new version.

    The logic is browser-only (service worker, install prompt, display mode), so it lives
    in assets/pwa_prompts.jsx and never talks to the backend.
    """

    library = rx.asset("pwa_prompts.jsx").importable_path
    tag = "PwaPrompts"


def pwa_prompts() -> rx.Component:
    return PwaPrompts.create()
