"""The Reflex app: head tags, the connection banner, and page registration only."""

from collections.abc import Callable
from dataclasses import dataclass

import reflex as rx
from reflex.event import EventType

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
    not_found,
    offline,
    privacy,
    relax,
    remedy_card,
    routine,
    twitch_types,
)
from twitch_app.serving import serve
from twitch_app.socket_limits import drop_queued_on_disconnect
from twitch_app.state.diary import DiaryState
from twitch_app.state.privacy import PrivacyState
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

# A socket that closes leaves no queued events behind it (twitch_app/socket_limits.py).
drop_queued_on_disconnect(app)

# Replace Reflex's connection-error toast with a calm notice of what still works offline.
# A wrap receives the whole app as children, so the banner sits in a fragment beside it.
app.app_wraps[(5, "Overlay")] = lambda stateful: (
    rx.fragment(connection_banner()) if stateful else None
)


@dataclass(frozen=True)
class Page:
    """One route of the app, declared once: what it shows, its title, what it loads."""

    route: str
    build: Callable[[], rx.Component]
    title: str
    # Pages whose data lives on the server load it once on arrival (never on a timer).
    on_load: EventType[()] | None = None


NAME = routes.APP_NAME
PAGES = (
    Page(routes.HOME, home.page, f"{NAME}: calm help for muscle twitches"),
    Page(routes.CHECK, check.page, f"Check my symptoms · {NAME}"),
    Page(routes.CAUSES, causes.page, f"Causes and remedies · {NAME}"),
    Page(routes.RELAX, relax.page, f"Relax · {NAME}", RelaxState.load),
    Page(routes.DIARY, diary.page, f"Twitch diary · {NAME}", DiaryState.load),
    Page(routes.DIARY_SUMMARY, diary_summary.page, f"Doctor summary · {NAME}", DiaryState.load),
    Page(routes.PRIVACY, privacy.page, f"Your data and privacy · {NAME}", PrivacyState.load),
    Page(routes.TWITCH_TYPES, twitch_types.page, f"Kinds of twitch · {NAME}"),
    Page(routes.ABOUT, about.page, f"About · {NAME}"),
    Page(routes.OFFLINE, offline.page, f"Offline · {NAME}"),
)

for page in PAGES:
    app.add_page(
        page.build,
        route=page.route,
        title=page.title,
        description=DESCRIPTION,
        on_load=page.on_load,
    )

# Any unknown address: the app's layout and navigation, not Reflex's bare text.
app.add_page(not_found.page, route=not_found.ROUTE, title=not_found.TITLE, description=DESCRIPTION)

# One prerendered page per card: each works offline and is readable before any JavaScript.
for route, title, build_page in [*cause_card.pages(), *remedy_card.pages(), *routine.pages()]:
    app.add_page(build_page, route=route, title=title, description=DESCRIPTION)
