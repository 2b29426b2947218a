"""Take the README's phone screenshots from the real app: `make screenshot`.

Home, the check's first question, a result, the player mid-session and the diary with
entries, in both themes. The home pair also serves as the manifest's screenshots.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

from playwright.sync_api import Page, sync_playwright

from twitch_app.devtools.browser import CHROMIUM_ARGS, chromium_path
from twitch_app.devtools.server import ROOT, production_server

OUTPUT_DIR = ROOT / "assets" / "screenshots"
SCHEMES: tuple[Literal["light", "dark"], ...] = ("light", "dark")


def _ready(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("html[data-hydrated]", state="attached", timeout=30_000)
    page.wait_for_load_state("networkidle")


def _check(page: Page, base: str, shoot) -> None:
    # The same answers as the browser tests' harmless eyelid twitch.
    from tests.browser.test_wizard import SELF_CARE, answer_all

    _ready(page, base + "/check")
    page.get_by_role("button", name="Start the check").click()
    page.locator("#wizard-focus").focus()
    page.wait_for_timeout(500)
    shoot("check-question")
    answer_all(page, SELF_CARE)
    page.get_by_role("heading", name="Self-care is a good first step").wait_for()
    page.evaluate("window.scrollTo(0, 0)")
    shoot("check-result")


def _player(page: Page, base: str, shoot) -> None:
    page.clock.install(time=datetime.now(UTC) - timedelta(minutes=30))
    _ready(page, base + "/relax/box_breathing")
    page.get_by_role("button", name="Start", exact=False).first.click()
    page.clock.run_for(3000 + 45_000)
    page.wait_for_timeout(300)
    shoot("player")


def _diary(page: Page, base: str, shoot) -> None:
    from tests.browser.test_diary import log_twitch

    _ready(page, base + "/diary")
    for area, strength in (("eyelid", "3"), ("calf", "2"), ("eyelid", "4")):
        log_twitch(page, area, strength)
    page.evaluate("document.querySelector('[aria-label=\"Your log\"]')?.scrollIntoView()")
    page.wait_for_timeout(300)
    shoot("diary")


def main() -> None:
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    with (
        tempfile.TemporaryDirectory() as data_dir,
        production_server(Path(data_dir), ROOT / ".web-screenshot") as server,
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        for scheme in SCHEMES:
            for scene in (None, _check, _player, _diary):
                context = browser.new_context(
                    viewport={"width": 360, "height": 740},
                    color_scheme=scheme,
                    device_scale_factor=2,
                )
                page = context.new_page()

                def shoot(name: str, page: Page = page, scheme: str = scheme) -> None:
                    path = OUTPUT_DIR / f"{name}-{scheme}.png"
                    page.screenshot(path=path)
                    print(f"wrote {path}")

                if scene is None:
                    _ready(page, server.url + "/")
                    shoot("home")
                else:
                    scene(page, server.url, shoot)
                context.close()
        browser.close()


if __name__ == "__main__":
    main()
