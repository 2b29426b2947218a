"""The Reflex app: head tags, the connection banner, and page registration only."""

import reflex as rx

from twitch_app import routes
from twitch_app.components.connection import connection_banner
from twitch_app.db import models  # noqa: F401  (registers the tables for `reflex db`)
from twitch_app.errors import report_backend_error, report_frontend_error
from twitch_app.pages import (
    about,
    cause_card,
    causes,
    check,
    diary,
    diary_summary,
    home,
    offline,
    privacy,
    relax,
    remedy_card,
    routine,
    twitch_types,
)
from twitch_app.serving import serve
from twitch_app.state.diary import DiaryState
from twitch_app.state.relax import RelaxState

# Theme colours: keep in step with assets/app.css and assets/manifest.webmanifest.
LIGHT_BACKGROUND = "#f6f4ef"
DARK_BACKGROUND = "#0e1114"

DESCRIPTION = (
    "Calm, private help for muscle twitches: check your symptoms, learn the causes, "
    "breathe and relax, and keep a diary for your doctor. Works offline."
)

app = rx.App(
    # No toast library: nothing in the app pops toasts, and it would cost every first load.
    toaster=None,
    # One log line per error and a notice on the page instead (twitch_app/errors.py).
    backend_exception_handler=report_backend_error,
    frontend_exception_handler=report_frontend_error,
    # Cache-Control, `/check` without a redirect, a /_health that proves writes, and the
    # security headers (twitch_app/serving.py).
    api_transformer=serve,
    stylesheets=["/app.css", "/wizard.css", "/player.css", "/diary.css"],
    head_components=[
        # No frame until the page's <main> is parsed: Chromium otherwise paints a frame of
        # the half-parsed page (no content yet) and lays the page out twice before the
        # first contentful paint. The document is ~10 KiB compressed, in one round trip.
        rx.el.link(rel="expect", href="#main", custom_attrs={"blocking": "render"}),
        # No manifest link here: assets/pwa_prompts.jsx adds it once the boot is over, so
        # the browser's installability check does not compete with hydration.
        rx.el.link(rel="icon", href="/favicon.ico", sizes="32x32"),
        rx.el.link(rel="apple-touch-icon", href="/icons/apple-touch-icon.png"),
        # `media` through custom_attrs: as a keyword Reflex makes it a CSS class, not an attribute.
        rx.el.meta(
            name="theme-color",
            content=LIGHT_BACKGROUND,
            custom_attrs={"media": "(prefers-color-scheme: light)"},
        ),
        rx.el.meta(
            name="theme-color",
            content=DARK_BACKGROUND,
            custom_attrs={"media": "(prefers-color-scheme: dark)"},
        ),
        rx.el.meta(name="apple-mobile-web-app-capable", content="yes"),
        rx.el.meta(name="mobile-web-app-capable", content="yes"),
        rx.el.meta(name="apple-mobile-web-app-title", content="Twitch Relief"),
        rx.el.meta(name="apple-mobile-web-app-status-bar-style", content="default"),
    ],
)

# Replace Reflex's connection-error toast with a calm notice of what still works offline.
# A wrap receives the whole app as children, so the banner sits in a fragment beside it.
app.app_wraps[(5, "Overlay")] = lambda stateful: (
    rx.fragment(connection_banner()) if stateful else None
)

_PAGES = {
    routes.HOME: home.page,
    routes.CHECK: check.page,
    routes.CAUSES: causes.page,
    routes.RELAX: relax.page,
    routes.DIARY: diary.page,
    routes.DIARY_SUMMARY: diary_summary.page,
    routes.PRIVACY: privacy.page,
    routes.TWITCH_TYPES: twitch_types.page,
    routes.ABOUT: about.page,
    routes.OFFLINE: offline.page,
}

# Pages whose data lives on the server load it once on arrival (never on a timer).
_ON_LOAD = {
    routes.RELAX: RelaxState.load,
    routes.DIARY: DiaryState.load,
    routes.DIARY_SUMMARY: DiaryState.load,
}

for route, build_page in _PAGES.items():
    app.add_page(
        build_page,
        route=route,
        title=routes.TITLES[route],
        description=DESCRIPTION,
        on_load=_ON_LOAD.get(route),
    )

# One prerendered page per card: each works offline and is readable before any JavaScript.
for route, title, build_page in [*cause_card.pages(), *remedy_card.pages(), *routine.pages()]:
    app.add_page(build_page, route=route, title=title, description=DESCRIPTION)
