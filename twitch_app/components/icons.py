"""Inline SVG icons: a few paths cost less than an icon library on the first load."""

from functools import cache
from pathlib import Path
from xml.etree import ElementTree

import reflex as rx

BRAND_SOURCE = Path(__file__).resolve().parents[2] / "assets" / "icons" / "icon.svg"

# 24x24 stroke icons (drawn for this app in the style of common open icon sets).
ICON_PATHS = {
    "home": "M3 11.5 12 4l9 7.5M5.5 10v9.5h13V10M10 19.5v-5h4v5",
    "check": "M9 4h6v3H9zM7 5.5H5.5v15h13v-15H17M8.5 13l2.5 2.5 4.5-5",
    "book": "M4 5.5C6.5 4.5 9.5 4.5 12 6c2.5-1.5 5.5-1.5 8-.5v13c-2.5-1-5.5-1-8 .5-2.5-1.5-5.5"
    "-1.5-8-.5zM12 6v13",
    "wind": "M3 9h10.5a2.5 2.5 0 1 0-2.5-2.5M3 13h15a2.5 2.5 0 1 1-2.5 2.5M3 17h7",
    "diary": "M6 3.5h11.5v17H6a1.5 1.5 0 0 1-1.5-1.5V5A1.5 1.5 0 0 1 6 3.5zM9 8h5.5M9 11.5h5.5",
    "moon": "M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z",
    "sun": "M12 7.5a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9zM12 2.5v2M12 19.5v2M2.5 12h2M19.5 "
    "12h2M5.3 5.3l1.4 1.4M17.3 17.3l1.4 1.4M5.3 18.7l1.4-1.4M17.3 6.7l1.4-1.4",
    "phone": "M6.5 3.5h3l1.5 4-2 1.5a11 11 0 0 0 6 6l1.5-2 4 1.5v3a2 2 0 0 1-2 2A16 16 0 0 1 "
    "4.5 5.5a2 2 0 0 1 2-2z",
    "arrow": "M5 12h14M13 6l6 6-6 6",
}


def icon(name: str, size: int = 24) -> rx.Component:
    """A decorative icon; the control around it carries the accessible name."""
    return rx.el.svg(
        rx.el.path(d=ICON_PATHS[name]),
        view_box="0 0 24 24",
        aria_hidden="true",
        class_name="icon",
        # Given as plain attributes: as keyword props Reflex would turn them into a CSS-in-JS
        # class per icon (and `focusable` into a meaningless CSS property).
        custom_attrs={
            "width": str(size),
            "height": str(size),
            "fill": "none",
            "stroke": "currentColor",
            "strokeWidth": "1.8",
            "strokeLinecap": "round",
            "strokeLinejoin": "round",
            "focusable": "false",
        },
    )


def _camel(name: str) -> str:
    head, *rest = name.split("-")
    return head + "".join(part.title() for part in rest)


@cache
def _brand_drawing() -> ElementTree.Element:
    # Parsed once: every page's header draws the mark.
    return ElementTree.parse(BRAND_SOURCE).getroot()


def brand_mark(size: int = 28) -> rx.Component:
    """The app icon, drawn inline from its one source, assets/icons/icon.svg.

    Inline, not an <img>: Chromium builds every SVG image as a document of its own on the
    main thread (10-25 ms in Lighthouse's traces of the first load), an inline <svg> is
    part of the page's own layout.
    """
    drawing = _brand_drawing()
    shapes = [
        getattr(rx.el, shape.tag.rsplit("}", 1)[-1])(
            custom_attrs={_camel(name): value for name, value in shape.attrib.items()}
        )
        for shape in drawing
    ]
    return rx.el.svg(
        *shapes,
        view_box=drawing.attrib["viewBox"],
        aria_hidden="true",
        class_name="brand-mark",
        custom_attrs={"width": str(size), "height": str(size), "focusable": "false"},
    )
