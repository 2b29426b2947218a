"""The first tap an app answers, on a cold and on a repeat visit, for the symptom check's
"Start the check" and for the blank Reflex app's button, in one run.

Both under the mobile profile (4x slower CPU, slow 4G). A tap is tried every 20 ms from the
moment the page starts; the time is from navigation start until the page shows the answer
(the check's first question; the blank app's counter at 1), timed in the page. A repeat visit
is a second page in the same profile: our service worker in place (its first visit waited for
it to control a page), the browser's HTTP cache warm for both apps. Visits alternate between
the two apps, so a noisy moment on the machine hits both alike.

    python -m twitch_app.devtools.bench.first_tap --runs 10     # builds and serves both apps
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from twitch_app.devtools.bench.interaction import _throttle
from twitch_app.devtools.bench.stats import median
from twitch_app.devtools.browser import CHROMIUM_ARGS, chromium_path

TIMEOUT_MS = 60_000
# (route, how to find the control, when the page has answered): JavaScript expressions.
# Taps made before an app can act are queued by some (the blank app's counter jumps past 1).
TAPS = {
    "app": ("/check/", "document.querySelector('button.wizard-start')",
            "document.querySelector('[data-question]')"),
    "blank": ("/", "[...document.querySelectorAll('button')].find(b => b.textContent === '0')",
              "[...document.querySelectorAll('button')]"
              ".some(b => /^[1-9][0-9]*$/.test(b.textContent))"),
}  # fmt: skip

_PROBE = """([control, answered]) => {
  const find = new Function(`return ${control};`), done = new Function(`return ${answered};`);
  const timer = setInterval(() => {
    if (window.__firstTap) return clearInterval(timer);
    if (document.readyState !== "loading" && done()) {
      window.__firstTap = performance.now();
      return clearInterval(timer);
    }
    find()?.click();
  }, 20);
}"""


def _visit(browser: Browser, url: str, tap: tuple[str, str, str], repeat: bool) -> float:
    context = browser.new_context()
    try:
        if repeat:
            first = context.new_page()
            first.goto(url, wait_until="load")
            if "/check" in url:  # ours: wait until the worker has everything and controls
                first.wait_for_function(
                    "navigator.serviceWorker.ready.then(r => !!r.active)", timeout=TIMEOUT_MS
                )
                first.reload(wait_until="load")
                first.wait_for_function("navigator.serviceWorker.controller !== null")
            first.close()
        script = f"({_PROBE})({json.dumps([tap[1], tap[2]])})"
        context.add_init_script(script)
        page = context.new_page()
        _throttle(page, network=True)
        page.goto(url, wait_until="commit")
        page.wait_for_function("window.__firstTap", timeout=TIMEOUT_MS, polling=50)
        return round(page.evaluate("window.__firstTap"), 1)
    finally:
        context.close()


def measure(app_url: str, blank_url: str, runs: int = 5) -> dict:
    """Median and every run, in ms, per app and kind of visit."""
    times: dict[str, dict[str, list[float]]] = {name: {"cold": [], "repeat": []} for name in TAPS}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        for _ in range(runs):
            for kind in ("cold", "repeat"):
                for name, tap in TAPS.items():
                    base = app_url if name == "app" else blank_url
                    times[name][kind].append(_visit(browser, base + tap[0], tap, kind == "repeat"))
        browser.close()
    result: dict = {
        name: {kind: {"median_ms": round(median(v), 1), "runs_ms": v} for kind, v in kinds.items()}
        for name, kinds in times.items()
    }
    # Ours over the blank app's (below 1: ours answers first), per kind of visit.
    for kind in ("cold", "repeat"):
        ratio = result["app"][kind]["median_ms"] / result["blank"][kind]["median_ms"]
        result[f"{kind}_ratio"] = round(ratio, 3)
    return result


def report_lines(first_tap: dict) -> list[str]:
    """The report's lines for a measure() result (empty when it was not measured)."""
    lines = []
    for kind in ("cold", "repeat") if first_tap else ():
        ours, blank = first_tap["app"][kind], first_tap["blank"][kind]
        lines.append(
            f"- first tap answered, {kind} visit (mobile throttling, median of "
            f"{len(ours['runs_ms'])}): the check's start {ours['median_ms'] / 1000:.2f} s, "
            f"the blank app's button {blank['median_ms'] / 1000:.2f} s "
            f"(ours / blank {first_tap[f'{kind}_ratio']:.2f})"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    from twitch_app.devtools.bench.__main__ import WEB_DIR
    from twitch_app.devtools.bench.blank_app import blank_server
    from twitch_app.devtools.server import production_server

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="twitch-first-tap-") as workdir:
        (Path(workdir) / "app").mkdir()
        with (
            production_server(Path(workdir) / "app", WEB_DIR) as app,
            blank_server(Path(workdir) / "blank") as blank_url,
        ):
            print(json.dumps(measure(app.url, blank_url, args.runs), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
