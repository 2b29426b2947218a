"""The first tap an app answers, on a cold and on a repeat visit, for the symptom check's
"Start the check" and for the blank Reflex app's button, in one run.

Both under the mobile profile (4x slower CPU, slow 4G). A tap is tried every 20 ms from the
moment the page starts; the time is from navigation start until the page shows the answer
(the check's first question; the blank app's counter at 1), timed in the page. A repeat visit
is a second page in the same profile: our service worker in place (its first visit waited for
it to control a page), the browser's HTTP cache warm for both apps.

The machine is shared, so one visit's time says little. Visits come in pairs, ours and the
blank app's one after the other (which goes first alternates), and what is compared is each
pair's ratio: a noisy moment slows both sides of a pair alike. The report gives the medians,
the median of the paired ratios with a bootstrap interval, and how many pairs ours won.
Each visit also notes where its time went (first paint, hydration, socket open, the control
enabled), so a slow side can be traced.

    python -m twitch_app.devtools.bench.first_tap --pairs 20 --cold-pairs 10
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright
from playwright.sync_api import Error as PlaywrightError

from twitch_app.devtools.bench.interaction import _throttle
from twitch_app.devtools.bench.stats import bootstrap_median_interval, median, paired_ratios
from twitch_app.devtools.browser import CHROMIUM_ARGS, chromium_path

TIMEOUT_MS = 60_000
KINDS = ("cold", "repeat")
# (route, how to find the control, when the page has answered): JavaScript expressions.
# Taps made before an app can act are queued by some (the blank app's counter jumps past 1).
TAPS = {
    "app": ("/check/", "document.querySelector('button.wizard-start')",
            "document.querySelector('[data-question]')"),
    "blank": ("/", "[...document.querySelectorAll('button')].find(b => b.textContent === '0')",
              "[...document.querySelectorAll('button')]"
              ".some(b => /^[1-9][0-9]*$/.test(b.textContent))"),
}  # fmt: skip
# What each visit notes on the way, in the order it normally happens (ms from navigation).
PHASES = ("html", "fcp", "hydrated", "socket_open", "enabled", "answered")
PHASE_NAMES = {
    "html": "page received", "fcp": "first paint", "hydrated": "control hydrated",
    "socket_open": "socket open", "enabled": "control enabled", "answered": "tap answered",
}  # fmt: skip

# Installed before the page's own scripts. Marks: when the control has React's props on it
# (hydrated), when the first websocket opens, when a control seen disabled is enabled (ours
# waits for the device's saved check; the blank app's button is never disabled), when the
# page shows the answer; the page's HTML (responseEnd, from the worker or not) and first paint.
_PROBE = """([control, answered]) => {
  const marks = (window.__firstTapMarks = {});
  const now = () => Math.round(performance.now() * 10) / 10;
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("open", () => { marks.socket_open ??= now(); });
    }
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === "first-contentful-paint") marks.fcp ??= Math.round(entry.startTime);
    }
  }).observe({ type: "paint", buffered: true });
  const find = new Function(`return ${control};`), done = new Function(`return ${answered};`);
  const timer = setInterval(() => {
    if (document.readyState === "loading") return;
    if (done()) {
      marks.answered = now();
      const nav = performance.getEntriesByType("navigation")[0];
      marks.html = nav ? Math.round(nav.responseEnd) : null;
      marks.from_worker = nav ? nav.workerStart > 0 : false;
      window.__firstTap = marks;
      return clearInterval(timer);
    }
    const target = find();
    if (!target) return;
    const hydrated = Object.keys(target).some((key) => key.startsWith("__reactProps"));
    if (hydrated) marks.hydrated ??= now();
    if (target.disabled) {
      marks.was_disabled = true;
    } else {
      if (marks.was_disabled) marks.enabled ??= now();
      target.click();
    }
  }, 20);
}"""


def _prepare_repeat(context, url: str, with_worker: bool) -> None:
    """The earlier visit of a repeat visit: HTTP cache warm; our worker installed and in control."""
    first = context.new_page()
    first.goto(url, wait_until="load")
    if with_worker:
        first.wait_for_function(
            "navigator.serviceWorker.ready.then(r => !!r.active)", timeout=TIMEOUT_MS
        )
        first.reload(wait_until="load")
        first.wait_for_function("navigator.serviceWorker.controller !== null")
    first.close()


def visit(browser: Browser, url: str, tap: tuple[str, str, str], repeat: bool) -> dict | None:
    """One visit's marks (ms from navigation start), or None when it never answered."""
    context = browser.new_context()
    try:
        if repeat:
            _prepare_repeat(context, url, with_worker="/check" in url)
        context.add_init_script(f"({_PROBE})({json.dumps([tap[1], tap[2]])})")
        page = context.new_page()
        _throttle(page, network=True)
        page.goto(url, wait_until="commit")
        page.wait_for_function("window.__firstTap", timeout=TIMEOUT_MS, polling=50)
        return page.evaluate("window.__firstTap")
    except PlaywrightError as error:  # a timed-out visit is counted, not fatal to the bench
        print(f"first tap: {url} ({'repeat' if repeat else 'cold'}) failed: {error}", flush=True)
        return None
    finally:
        context.close()


def summarise(visits: dict[str, dict[str, list[dict | None]]]) -> dict:
    """Medians per app and kind, and the paired comparison per kind.

    `visits[app][kind]` lists one visit's marks (or None) per pair, in pair order, so the
    i-th visit of "app" and of "blank" were measured one after the other.
    """
    result: dict = {}
    for name, kinds in visits.items():
        result[name] = {}
        for kind, marks in kinds.items():
            answered = [m["answered"] for m in marks if m and m.get("answered") is not None]
            phases = {
                phase: round(median(values), 1)
                for phase in PHASES
                if (values := [m[phase] for m in marks if m and m.get(phase) is not None])
            }
            result[name][kind] = {
                "median_ms": round(median(answered), 1) if answered else None,
                "runs_ms": [m["answered"] if m else None for m in marks],
                "failed": sum(1 for m in marks if not m),
                "phases_ms": phases,
                "from_worker": sum(1 for m in marks if m and m.get("from_worker")),
            }
    for kind in KINDS:
        ratios = paired_ratios(result["app"][kind]["runs_ms"], result["blank"][kind]["runs_ms"])
        if not ratios:
            continue
        low, high = bootstrap_median_interval(ratios)
        result[f"{kind}_ratio"] = round(median(ratios), 3)  # ours / blank: below 1, ours first
        result[f"{kind}_ratio_interval"] = [round(low, 3), round(high, 3)]
        result[f"{kind}_pairs"] = len(ratios)
        result[f"{kind}_ours_faster"] = sum(1 for value in ratios if value < 1)
        result[f"{kind}_ratios"] = [round(value, 3) for value in ratios]
    return result


def measure(app_url: str, blank_url: str, pairs: int = 20, cold_pairs: int = 10) -> dict:
    """`pairs` repeat-visit pairs and `cold_pairs` cold ones, interleaved, then summarised."""
    counts = {"cold": cold_pairs, "repeat": pairs}
    visits: dict = {name: {kind: [] for kind in KINDS} for name in TAPS}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        for index in range(max(counts.values())):
            for kind in KINDS:
                if index >= counts[kind]:
                    continue
                # Alternate which app goes first, so neither always meets the other's wake.
                order = ("app", "blank") if index % 2 == 0 else ("blank", "app")
                for name in order:
                    tap = TAPS[name]
                    base = app_url if name == "app" else blank_url
                    marks = visit(browser, base + tap[0], tap, kind == "repeat")
                    visits[name][kind].append(marks)
        browser.close()
    return summarise(visits)


def _seconds(value: float | None) -> str:
    return "-" if value is None else f"{value / 1000:.2f}"


def report_lines(first_tap: dict) -> list[str]:
    """The report's lines for a measure() result (empty when it was not measured)."""
    lines = []
    for kind in KINDS if first_tap else ():
        if f"{kind}_ratio" not in first_tap:
            continue
        ours, blank = first_tap["app"][kind], first_tap["blank"][kind]
        low, high = first_tap[f"{kind}_ratio_interval"]
        pairs = first_tap[f"{kind}_pairs"]
        failed = ours.get("failed", 0) + blank.get("failed", 0)
        lines.append(
            f"- first tap answered, {kind} visit (mobile throttling, {pairs} interleaved pairs"
            f"{f', {failed} visits failed' if failed else ''}): medians: the check's start "
            f"{_seconds(ours['median_ms'])} s, the blank app's button "
            f"{_seconds(blank['median_ms'])} s; ours / blank per pair: median "
            f"{first_tap[f'{kind}_ratio']:.2f} (95% bootstrap interval {low:.2f}-{high:.2f}), "
            f"ours faster in {first_tap[f'{kind}_ours_faster']} of {pairs}"
        )
        phases = [
            f"{PHASE_NAMES[p]} {_seconds(ours['phases_ms'].get(p))} / "
            f"{_seconds(blank['phases_ms'].get(p))}"
            for p in PHASES
            if p in ours.get("phases_ms", {}) or p in blank.get("phases_ms", {})
        ]
        if phases:
            lines.append(
                f"  - where the time went (medians in s, ours / blank): {', '.join(phases)}"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    from twitch_app.devtools.bench.__main__ import WEB_DIR
    from twitch_app.devtools.bench.blank_app import blank_server
    from twitch_app.devtools.server import production_server

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=20, help="repeat-visit pairs")
    parser.add_argument("--cold-pairs", type=int, default=10)
    parser.add_argument("--out", type=Path, help="also write the JSON here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="twitch-first-tap-") as workdir:
        (Path(workdir) / "app").mkdir()
        with (
            production_server(Path(workdir) / "app", WEB_DIR) as app,
            blank_server(Path(workdir) / "blank") as blank_url,
        ):
            result = measure(app.url, blank_url, args.pairs, args.cold_pairs)
    text = json.dumps(result, indent=2)
    if args.out:
        args.out.write_text(text + "\n")
    print(text)
    print("\n".join(report_lines(result)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
