"""Every route of the app, its title, and the five tabs, in one place."""

from __future__ import annotations

from dataclasses import dataclass

HOME = "/"
CHECK = "/check"
CAUSES = "/causes"
RELAX = "/relax"
DIARY = "/diary"
ABOUT = "/about"
OFFLINE = "/offline"


@dataclass(frozen=True)
class Tab:
    route: str
    label: str
    icon: str  # a key of components.icons.ICON_PATHS


TABS: tuple[Tab, ...] = (
    Tab(HOME, "Home", "home"),
    Tab(CHECK, "Check", "check"),
    Tab(CAUSES, "Causes", "book"),
    Tab(RELAX, "Relax", "wind"),
    Tab(DIARY, "Diary", "diary"),
)

APP_NAME = "Twitch Relief"

# Page titles carry the app name so a tab switcher or history list reads well.
TITLES = {
    HOME: f"{APP_NAME}: calm help for muscle twitches",
    CHECK: f"Check my symptoms · {APP_NAME}",
    CAUSES: f"Causes and remedies · {APP_NAME}",
    RELAX: f"Relax · {APP_NAME}",
    DIARY: f"Twitch diary · {APP_NAME}",
    ABOUT: f"About · {APP_NAME}",
    OFFLINE: f"Offline · {APP_NAME}",
}

# Routes prerendered at build time and precached by the service worker.
STATIC_ROUTES = tuple(TITLES)
