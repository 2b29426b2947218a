"""Render the app icons from the one source drawing, assets/icons/icon.svg.

Run `python -m twitch_app.devtools.icons` after changing the drawing; the PNGs are committed.
Chromium draws the SVG (the same renderer phones use), Pillow writes the favicon.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

from twitch_app.devtools.browser import CHROMIUM_ARGS, chromium_path

ICON_DIR = Path(__file__).resolve().parents[2] / "assets" / "icons"
SOURCE = ICON_DIR / "icon.svg"

# name -> size. The drawing keeps to the central safe zone on a full-bleed tile, so the
# same rendering serves as the maskable icon that launchers crop to their own shape.
OUTPUTS = {
    "icon-192.png": 192,
    "icon-512.png": 512,
    "maskable-512.png": 512,
    "apple-touch-icon.png": 180,
}


def render(page, svg: str, size: int) -> bytes:
    page.set_viewport_size({"width": size, "height": size})
    page.set_content(
        "<html><body style='margin:0'>"
        f"<img src='data:image/svg+xml;utf8,{svg}' width='{size}' height='{size}'>"
        "</body></html>"
    )
    page.wait_for_load_state("load")
    return page.screenshot(clip={"x": 0, "y": 0, "width": size, "height": size})


def main() -> None:
    svg = SOURCE.read_text().replace("#", "%23").replace("\n", " ")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        page = browser.new_page()
        for name, size in OUTPUTS.items():
            (ICON_DIR / name).write_bytes(render(page, svg, size))
            print(f"wrote {name} ({size}x{size})")
        favicon = Image.open(io.BytesIO(render(page, svg, 64)))
        favicon.save(ICON_DIR.parent / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])
        print("wrote favicon.ico")
        browser.close()


if __name__ == "__main__":
    main()
