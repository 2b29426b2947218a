"""Take the README's phone screenshots from the real app: `make screenshot`."""

from __future__ import annotations

import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from twitch_app.devtools.browser import CHROMIUM_ARGS, chromium_path
from twitch_app.devtools.server import ROOT, production_server

OUTPUT_DIR = ROOT / "assets" / "screenshots"
SHOTS = {"home-light.png": "light", "home-dark.png": "dark"}


def main() -> None:
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    with (
        tempfile.TemporaryDirectory() as data_dir,
        production_server(Path(data_dir), ROOT / ".web-screenshot") as server,
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        for name, scheme in SHOTS.items():
            page = browser.new_page(
                viewport={"width": 360, "height": 740}, color_scheme=scheme, device_scale_factor=2
            )
            page.goto(server.url + "/")
            page.wait_for_load_state("networkidle")
            page.screenshot(path=OUTPUT_DIR / name)
            print(f"wrote {OUTPUT_DIR / name}")
            page.close()
        browser.close()


if __name__ == "__main__":
    main()
