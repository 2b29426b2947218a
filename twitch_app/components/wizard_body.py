"""The body outline: a front view with tappable, labelled regions for the "where" question.

Each region is an SVG shape with role="checkbox", a name and keyboard support (Tab, then Enter
or Space); it ticks the same answer as the checkbox list beside it, which stays the full
alternative (it also holds "back" and "whole body", which a front view cannot show).
"""

from __future__ import annotations

import reflex as rx
from reflex_base.components.component import field
from reflex_base.event import EventHandler, key_event
from reflex_components_core.core.banner import has_connection_errors
from reflex_components_core.el.elements.media import Path

from twitch_app.state.wizard import WizardState
from twitch_app.wizard.questions_twitch import AREA_LABELS

VIEW_WIDTH, VIEW_HEIGHT = 200, 324
# Drawn at up to 288 px wide (86vw on a small phone, wizard.css): 1 unit is at least 1.37 px
# on a 320 px screen, so every part below, at least 32 units each way, is a 44 px target.
MIN_PART = 32


def _box(x: float, y: float, width: float, height: float, r: float = 8) -> str:
    """A rounded rectangle as one closed subpath."""
    return (
        f"M{x + r} {y} h{width - 2 * r} a{r} {r} 0 0 1 {r} {r} v{height - 2 * r} "
        f"a{r} {r} 0 0 1 {-r} {r} h{-(width - 2 * r)} a{r} {r} 0 0 1 {-r} {-r} "
        f"v{-(height - 2 * r)} a{r} {r} 0 0 1 {r} {-r} Z"
    )


def _oval(cx: float, cy: float, rx: float, ry: float) -> str:
    return f"M{cx - rx} {cy} a{rx} {ry} 0 1 0 {2 * rx} 0 a{rx} {ry} 0 1 0 {-2 * rx} 0 Z"


def _pair(x: float, y: float, width: float, height: float, r: float = 8) -> str:
    """A part on both sides of the body, mirrored about the middle (x = 100)."""
    return f"{_box(x, y, width, height, r)} {_box(VIEW_WIDTH - x - width, y, width, height, r)}"


# Region shapes, front view; later ones are drawn over earlier ones (the eyes over the face).
REGIONS: dict[str, str] = {
    "face": _oval(100, 42, 40, 42),
    # The eyes touch in the middle, so the middle of the pair is an eyelid too.
    "eyelid": f"{_oval(83, 34, 18, 16)} {_oval(117, 34, 18, 16)}",
    "neck": _box(83, 84, 34, 34),
    "shoulder": f"{_oval(60, 130, 17, 17)} {_oval(140, 130, 17, 17)}",
    "chest": _box(77, 118, 46, 50, 10),
    "abdomen": _box(77, 170, 46, 38, 10),
    "arm": _pair(36, 149, 34, 56),
    "hand": _pair(30, 207, 34, 34, 12),
    "leg": _pair(66, 210, 33, 40),
    "calf": _pair(66, 252, 33, 34),
    "foot": _pair(60, 288, 39, 34, 12),
}


class KeyPath(Path):
    """An SVG path that also hears the keyboard (Reflex's Path only has mouse events)."""

    on_key_down: EventHandler[key_event] = field(doc="Fired when a key is pressed down")


def _region(area_id: str, shape: str) -> rx.Component:
    ticked = WizardState.draft.contains(area_id)
    label = AREA_LABELS[area_id]
    return KeyPath.create(
        rx.el.svg.title(label),
        d=shape,
        role="checkbox",
        # Offline the regions are out of reach like the other answers (a path has no
        # `disabled`): out of the tab order, marked, and not hit (wizard.css).
        tab_index=rx.cond(has_connection_errors, -1, 0),
        aria_disabled=rx.cond(has_connection_errors, "true", "false"),
        aria_label=label,
        aria_checked=rx.cond(ticked, "true", "false"),
        class_name=rx.cond(ticked, "body-region is-ticked", "body-region"),
        on_click=WizardState.toggle_option(area_id),
        on_key_down=lambda key: WizardState.area_key(area_id, key),
    )


def body_outline() -> rx.Component:
    return rx.el.div(
        rx.el.svg(
            *[_region(area_id, shape) for area_id, shape in REGIONS.items()],
            view_box=f"0 0 {VIEW_WIDTH} {VIEW_HEIGHT}",
            role="group",
            aria_label="Body outline, seen from the front",
            class_name=rx.cond(has_connection_errors, "body-outline is-offline", "body-outline"),
        ),
        rx.el.p(
            "Tap a region to tick it; tap again to untick.",
            class_name="small body-outline-hint",
        ),
        class_name="body-outline-box",
    )
