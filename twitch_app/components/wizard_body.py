"""The body outline: a front view with tappable, labelled regions for the "where" question.

Each region is an SVG shape with role="checkbox", a name and keyboard support (Tab, then Enter
or Space); it ticks the same answer as the checkbox list beside it, which stays the full
alternative (it also holds "back" and "whole body", which a front view cannot show).
"""

from __future__ import annotations

import reflex as rx
from reflex_base.components.component import field
from reflex_base.event import EventHandler, key_event
from reflex_components_core.el.elements.media import Path

from twitch_app.state.wizard import WizardState
from twitch_app.wizard.questions_twitch import AREA_LABELS

# Region shapes in a 200 x 400 box; one path may hold both sides of the body.
REGIONS: dict[str, str] = {
    "face": "M100 10 a34 36 0 1 0 0.1 0 Z",
    "eyelid": "M70 34 h60 a6 6 0 0 1 6 6 v6 a6 6 0 0 1 -6 6 h-60 a6 6 0 0 1 -6 -6 v-6 "
    "a6 6 0 0 1 6 -6 Z",
    "neck": "M86 82 h28 v18 h-28 Z",
    "shoulder": "M44 104 a16 16 0 1 0 32 0 a16 16 0 1 0 -32 0 Z "
    "M124 104 a16 16 0 1 0 32 0 a16 16 0 1 0 -32 0 Z",
    "chest": "M76 100 h48 l6 58 h-60 Z",
    "abdomen": "M70 158 h60 l-2 52 h-56 Z",
    "arm": "M40 122 l18 2 l-6 110 h-18 Z M142 124 l18 -2 l6 112 h-18 Z",
    "hand": "M30 238 h24 v30 h-24 Z M146 238 h24 v30 h-24 Z",
    "leg": "M72 212 h26 v90 h-24 Z M102 212 h26 l-2 90 h-24 Z",
    "calf": "M74 304 h24 l-2 62 h-20 Z M102 304 h24 l-2 62 h-20 Z",
    "foot": "M70 368 h28 v20 h-30 Z M102 368 h28 l2 20 h-30 Z",
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
        tab_index=0,
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
            view_box="0 0 200 400",
            role="group",
            aria_label="Body outline, seen from the front",
            class_name="body-outline",
        ),
        rx.el.p(
            "Tap a region to tick it; tap again to untick.",
            class_name="small body-outline-hint",
        ),
        class_name="body-outline-box",
    )
