"""The web app manifest and its icons: what Chromium and iOS need to install the app."""

import json
import re
from pathlib import Path

from PIL import Image

from twitch_app import routes
from twitch_app.content_links import routine_route
from twitch_app.routines.player_plan import catalogue_plan

BREATHING_SHORTCUT = "extended_exhale"

ASSETS = Path(__file__).resolve().parents[2] / "assets"
MANIFEST = json.loads((ASSETS / "manifest.webmanifest").read_text())


def _size(path) -> tuple[int, int]:
    with Image.open(path) as image:  # closed: an open file is a ResourceWarning
        return image.size


def test_manifest_names_and_scope():
    assert MANIFEST["name"] == "Twitch Relief"
    assert 0 < len(MANIFEST["short_name"]) <= 15
    assert MANIFEST["description"]
    assert MANIFEST["display"] == "standalone"
    assert MANIFEST["scope"] == "/"
    assert MANIFEST["start_url"].startswith("/")


def test_icons_exist_at_their_declared_sizes_with_a_maskable_one():
    purposes = set()
    for entry in MANIFEST["icons"]:
        path = ASSETS / entry["src"].lstrip("/")
        assert path.exists(), entry["src"]
        purposes.add(entry["purpose"])
        if entry["type"] == "image/png":
            width, height = (int(n) for n in entry["sizes"].split("x"))
            assert _size(path) == (width, height), entry["src"]
    sizes = {entry["sizes"] for entry in MANIFEST["icons"]}
    assert {"192x192", "512x512"} <= sizes
    assert {"any", "maskable"} <= purposes
    assert _size(ASSETS / "icons" / "apple-touch-icon.png") == (180, 180)


def test_shortcuts_open_check_a_two_minute_breathing_routine_and_log():
    targets = {entry["url"].split("?")[0] for entry in MANIFEST["shortcuts"]}
    assert targets == {routes.CHECK, routine_route(BREATHING_SHORTCUT), routes.DIARY}
    # "2-minute breathing" opens a routine whose first length is two minutes exactly.
    first = catalogue_plan(BREATHING_SHORTCUT)["lengths"][0]
    assert first["total"] == 120


def test_the_splash_colour_suits_both_themes():
    # One colour for both themes: the accent shared with theme_color, neither the light
    # theme's near-white (a glare at night) nor the dark theme's near-black.
    assert MANIFEST["background_color"].lower() == MANIFEST["theme_color"].lower()
    assert MANIFEST["background_color"].lower() not in {"#f6f4ef", "#0e1114", "#ffffff"}


def test_manifest_colours_are_the_themes_colours():
    css = (ASSETS / "app.css").read_text().lower()
    theme_tokens = set(re.findall(r"--(?:bg|accent):\s*(#[0-9a-f]{6})", css))
    assert MANIFEST["theme_color"].lower() in theme_tokens
    assert MANIFEST["background_color"].lower() in theme_tokens


def test_screenshots_exist_at_their_declared_sizes():
    for entry in MANIFEST["screenshots"]:
        width, height = (int(n) for n in entry["sizes"].split("x"))
        assert _size(ASSETS / entry["src"].lstrip("/")) == (width, height)
        assert entry["label"]
