"""Lighthouse (the npm package, mobile preset, Debian's Chromium): run it, read its report."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from twitch_app.devtools.bench.stats import median_of_runs
from twitch_app.devtools.bench.trace_cpu import cpu_blocking
from twitch_app.devtools.browser import chromium_path

LIGHTHOUSE_VERSION = "12.2.3"  # 13.x needs Node 22; this machine has Node 20
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
_TIMINGS = {
    "fcp_ms": "first-contentful-paint",
    "lcp_ms": "largest-contentful-paint",
    "tbt_ms": "total-blocking-time",
    "cls": "cumulative-layout-shift",
    "si_ms": "speed-index",
}
RUN_TIMEOUT_S = 180


def lighthouse_cli(root: Path) -> Path:
    return root / ".tools" / "lighthouse" / "node_modules" / "lighthouse" / "cli" / "index.js"


def install(root: Path) -> Path:
    """Install the pinned Lighthouse into .tools/lighthouse once (from the npm registry)."""
    cli = lighthouse_cli(root)
    if not cli.exists():
        subprocess.run(
            ["npm", "install", "--prefix", str(root / ".tools" / "lighthouse"), "--no-audit",
             "--no-fund", f"lighthouse@{LIGHTHOUSE_VERSION}"],
            check=True,
        )  # fmt: skip
    return cli


def summarise(report: Mapping[str, Any]) -> dict[str, float]:
    """The numbers the benchmark keeps from one Lighthouse JSON report.

    Scores are 0-100; timings in ms; bytes are what went over the wire (compressed).
    A category or audit Lighthouse could not score is left out rather than read as zero.
    """
    summary: dict[str, float] = {}
    for category in CATEGORIES:
        score = report.get("categories", {}).get(category, {}).get("score")
        if score is not None:
            summary[category] = round(score * 100)
    audits = report.get("audits", {})
    for key, audit_id in _TIMINGS.items():
        value = audits.get(audit_id, {}).get("numericValue")
        if value is not None:
            summary[key] = float(value)
    # Lighthouse's own measure of the host CPU's speed at the time of the run (higher is
    # faster): its 4x slowdown is applied to whatever speed the machine had that moment.
    speed = report.get("environment", {}).get("benchmarkIndex")
    if speed is not None:
        summary["benchmark_index"] = float(speed)
    requests = audits.get("network-requests", {}).get("details", {}).get("items", [])
    if requests:
        by_type = {"Script": 0, "Stylesheet": 0}
        total = 0
        for request in requests:
            size = request.get("transferSize") or 0
            total += size
            if request.get("resourceType") in by_type:
                by_type[request["resourceType"]] += size
        summary["bytes_total"] = float(total)
        summary["bytes_js"] = float(by_type["Script"])
        summary["bytes_css"] = float(by_type["Stylesheet"])
        summary["requests"] = float(len(requests))
    return summary


def run_once(cli: Path, url: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as workdir:
        output = Path(workdir) / "report.json"
        env = {**os.environ, "CHROME_PATH": chromium_path()}
        subprocess.run(
            ["node", str(cli), url, "--output=json", f"--output-path={output}", "--quiet",
             "--save-assets", f"--only-categories={','.join(CATEGORIES)}",
             "--chrome-flags=--headless --no-sandbox --disable-gpu"],
            check=True, env=env, timeout=RUN_TIMEOUT_S, cwd=workdir,
        )  # fmt: skip
        summary = summarise(json.loads(output.read_text()))
        # --save-assets writes the run's trace beside the report.
        trace = json.loads((Path(workdir) / "report-0.trace.json").read_text())
        events = trace["traceEvents"] if isinstance(trace, dict) else trace
        return summary | cpu_blocking(events)


def audit(cli: Path, urls: tuple[str, ...], runs: int) -> dict[str, dict]:
    """Median of `runs` Lighthouse runs per URL, the URLs interleaved run by run.

    Interleaving spreads a slow moment of the machine over all pages (and over the blank
    app) instead of spoiling every run of one page.
    """
    per_url: dict[str, list[dict[str, float]]] = {url: [] for url in urls}
    for run in range(runs):
        for url in urls:
            print(f"  lighthouse {run + 1}/{runs} {url}", flush=True)
            # Slashed: the server redirects the bare form, and a redirect costs a round trip.
            per_url[url].append(run_once(cli, url if url.endswith("/") else url + "/"))
    return {url: with_spread(results) for url, results in per_url.items()}


# Kept run by run beside the medians: on a shared 2-core machine these are the numbers that
# move most from one run to the next, and the report shows by how much; the CPU-time TBT
# shows how much of each run's TBT was the page's own work (trace_cpu.py).
SPREAD = ("tbt_ms", "cpu_tbt_ms", "benchmark_index")


def with_spread(runs: list[dict[str, float]]) -> dict:
    """Medians of the runs, plus each run's value of the SPREAD metrics, in run order."""
    summary: dict = median_of_runs(runs)
    for key in SPREAD:
        values = [run[key] for run in runs if key in run]
        if values:
            summary[f"{key}_runs"] = values
    return summary
