"""Every route of the app, its title, and the five tabs, in one place."""

from __future__ import annotations

from dataclasses import dataclass

HOME = "/"
CHECK = "/check"
CAUSES = "/causes"
RELAX = "/relax"
DIARY = "/diary"
REMEDIES = "/remedies"
TWITCH_TYPES = "/twitch-types"
DIARY_SUMMARY = "/diary/summary"
PRIVACY = "/privacy"
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
# Which tab is highlighted on pages that are not tabs themselves.
TAB_OF = {REMEDIES: CAUSES, TWITCH_TYPES: CAUSES, PRIVACY: DIARY}


def tab_for(path: str) -> str | None:
    """The tab a page belongs to: itself, its parent section, or the section it reads like."""
    for tab in TABS:
        if tab.route != HOME and (path == tab.route or path.startswith(tab.route + "/")):
            return tab.route
    for prefix, tab_route in TAB_OF.items():
        if path == prefix or path.startswith(prefix + "/"):
            return tab_route
    return HOME if path == HOME else None
