"""The page shell every route shares: skip link, navigation, main, safety footer.

The shell is static (no state vars), so every route prerenders to complete HTML and
the active tab is known at build time: no JavaScript stands in front of the first paint.
"""

from __future__ import annotations

import reflex as rx

from twitch_app import routes
from twitch_app.components.icons import brand_mark, icon
from twitch_app.components.offline_queue import queue_sync
from twitch_app.components.pwa import pwa_prompts
from twitch_app.components.ui import nav_link
from twitch_app.settings import load_settings
from twitch_app.triage.rule import EMERGENCY_SIGNS, EPILEPSY_AND_FAINT


def _tab(tab: routes.Tab, current: str) -> rx.Component:
    is_current = tab.route == routes.tab_for(current)
    return rx.el.li(
        nav_link(
            icon(tab.icon),
            rx.el.span(tab.label, class_name="tab-label"),
            href=tab.route,
            class_name="tab",
            # aria-current marks the active tab for screen readers and for the CSS highlight.
            aria_current="page" if is_current else None,
        ),
    )


def theme_toggle() -> rx.Component:
    """Switches light/dark; Reflex remembers the choice in localStorage."""
    return rx.el.button(
        rx.color_mode_cond(light=icon("moon"), dark=icon("sun")),
        type="button",
        on_click=rx.toggle_color_mode,
        class_name="icon-button",
        aria_label=rx.color_mode_cond("Use dark theme", "Use light theme"),
        title=rx.color_mode_cond("Use dark theme", "Use light theme"),
        id="theme-toggle",
    )


def emergency_link(label: str | None = None) -> rx.Component:
    settings = load_settings()
    return rx.el.a(
        label or f"call {settings.emergency_number}",
        href=settings.emergency_tel,
        class_name="emergency-link",
    )


def safety_footer() -> rx.Component:
    return rx.el.footer(
        rx.el.p(
            f"Twitch Relief explains and guides; it does not diagnose. For {EMERGENCY_SIGNS}, ",
            emergency_link(),
            f" now. {EPILEPSY_AND_FAINT}",
        ),
        rx.el.p(
            nav_link("About, sources and privacy", href=routes.ABOUT),
            class_name="footer-links",
        ),
        class_name="site-footer",
    )


def layout(current: str, *children: rx.Component) -> rx.Component:
    """Wrap a page's content in the shared shell; `current` is the page's route."""
    return rx.fragment(
        rx.el.a("Skip to content", href="#main", class_name="skip-link"),
        rx.el.header(
            nav_link(
                brand_mark(),
                rx.el.span(routes.APP_NAME),
                href=routes.HOME,
                class_name="brand",
            ),
            theme_toggle(),
            class_name="site-header",
        ),
        rx.el.main(
            pwa_prompts(), queue_sync(), *children, id="main", tab_index=-1, class_name="page"
        ),
        safety_footer(),
        # After the content in the keyboard order (skip link, header, content, tabs); CSS puts
        # it at the bottom of a phone's screen and into the header's row on a wide one.
        rx.el.nav(
            rx.el.ul(*[_tab(tab, current) for tab in routes.TABS], class_name="tab-list"),
            aria_label="Main",
            class_name="tabbar",
        ),
    )
