"""BENCHMARKS.md from the results dict (pure: no Reflex, no browser)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from twitch_app.devtools.bench import first_tap
from twitch_app.devtools.bench.budgets import BudgetResult
from twitch_app.devtools.bench.stats import ratio

LIGHTHOUSE_COLUMNS = (
    ("performance", "Perf", "{:.0f}"),
    ("accessibility", "A11y", "{:.0f}"),
    ("best-practices", "BP", "{:.0f}"),
    ("seo", "SEO", "{:.0f}"),
    ("fcp_ms", "FCP s", "ms"),
    ("lcp_ms", "LCP s", "ms"),
    ("tbt_ms", "TBT ms", "{:.0f}"),
    ("cls", "CLS", "{:.3f}"),
    ("si_ms", "SI s", "ms"),
    ("bytes_js", "JS KiB", "kib"),
    ("bytes_css", "CSS KiB", "kib"),
    ("bytes_total", "Total KiB", "kib"),
)


def fmt(value: float | None, style: str) -> str:
    """One table cell: '-' for a value that was not measured."""
    if value is None:
        return "-"
    if style == "ms":
        return f"{value / 1000:.2f}"
    if style == "kib":
        return f"{value / 1024:.0f}"
    return style.format(value)


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def _audited_pages(results: Mapping[str, Any]) -> list[tuple[str, Mapping[str, Any]]]:
    """(row label, metrics) for every audited page: ours first, then the blank app's."""
    lighthouse = results.get("lighthouse", {})
    pages = list(lighthouse.get("app", {}).items())
    pages += [(f"blank Reflex app {route}", m) for route, m in lighthouse.get("blank", {}).items()]
    return pages


def lighthouse_table(results: Mapping[str, Any]) -> list[str]:
    lighthouse = results.get("lighthouse", {})
    rows = []
    for label, metrics in _audited_pages(results):
        cells = [fmt(metrics.get(key), style) for key, _, style in LIGHTHOUSE_COLUMNS]
        rows.append([label, *cells])
    header = ["Page", *[title for _, title, _ in LIGHTHOUSE_COLUMNS]]
    lines = _table(header, rows)
    app_home = lighthouse.get("app", {}).get("/", {})
    floor = lighthouse.get("blank", {}).get("/", {})
    if app_home and floor:
        lines.append("")
        lines.append("Ratio of our / to the blank app's / (lower is better for times and bytes):")
        for key in ("fcp_ms", "lcp_ms", "tbt_ms", "bytes_total"):
            if key in app_home and key in floor:
                value = ratio(app_home[key], floor[key])
                lines.append(f"- {key}: " + ("-" if value is None else f"{value:.2f}x"))
    return lines


def spread_table(results: Mapping[str, Any]) -> list[str]:
    """TBT run by run beside the same sum over CPU time and the host's speed in that run."""

    def per_run(metrics: Mapping[str, Any], key: str) -> str:
        return " / ".join(f"{value:.0f}" for value in metrics.get(f"{key}_runs", [])) or "-"

    rows = [
        [label, per_run(metrics, "tbt_ms"), per_run(metrics, "cpu_tbt_ms"),
         per_run(metrics, "benchmark_index")]
        for label, metrics in _audited_pages(results)
        if "tbt_ms_runs" in metrics
    ]  # fmt: skip
    if not rows:
        return []
    return [
        "",
        "TBT run by run; the same sum over each task's CPU time instead of its wall time (the",
        "page's own work: the rest is its main thread waiting for a core, README note 30); and the",
        "host CPU's speed in each run (Lighthouse's benchmarkIndex, higher is faster; the",
        "mobile preset slows whatever speed the host has by 4x):",
        "",
        *_table(
            ["Page", "TBT ms per run", "CPU-time TBT ms per run", "benchmarkIndex per run"], rows
        ),
    ]


def load_table(load: Mapping[str, Any]) -> list[str]:
    lines: list[str] = []
    for mode, label in (("single", "one worker, disk state"), ("redis", "Redis, several workers")):
        levels = load.get(mode)
        if not levels:
            continue
        workers = load.get(f"{mode}_workers", "?")
        lines += ["", f"**{label}** ({workers} worker(s)); knee: {load.get(f'{mode}_knee')}", ""]
        rows = [
            [
                str(level["devices"]),
                str(level["events"]),
                str(level["errors"]),
                fmt(level["p50_ms"], "{:.1f}"),
                fmt(level["p99_ms"], "{:.1f}"),
                fmt(level.get("rss_per_device_kib"), "{:.0f}"),
            ]
            for level in levels.values()
        ]
        header = ["Devices", "Events", "Errors", "p50 ms", "p99 ms", "RSS KiB/device"]
        lines += _table(header, rows)
    return lines


def budget_table(checked: list[BudgetResult]) -> list[str]:
    rows = []
    for result in checked:
        budget = result.budget
        value = "-" if result.value is None else f"{result.value:g}"
        verdict = "pass" if result.passed else ("FAIL" if budget.enforced else "miss (reported)")
        limit = f"{budget.comparison} {budget.limit:g} {budget.unit}".strip()
        rows.append([budget.name, value, limit, verdict])
    return _table(["Budget", "Measured", "Limit", "Result"], rows)


def render(results: Mapping[str, Any], checked: list[BudgetResult]) -> str:
    meta = results.get("meta", {})
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (twitch_app/devtools/bench). Do not edit by hand: what it",
        "measures and what each build step bought are in README.md beside this file.",
        "",
        f"- Date: {meta.get('date', '-')}",
        f"- Machine: {meta.get('machine', '-')}",
        f"- Versions: {meta.get('versions', '-')}",
        f"- Lighthouse: mobile preset, median of {meta.get('lighthouse_runs', '-')} runs",
        "",
        "## Lighthouse",
        "",
        *lighthouse_table(results),
        *spread_table(results),
        "",
        "## Interaction",
        "",
    ]
    for name, item in results.get("interaction", {}).items():
        if "p95_ms" in item:
            p50, p95 = fmt(item["p50_ms"], "{:.1f}"), fmt(item["p95_ms"], "{:.1f}")
            lines.append(
                f"- {name} ({item['route']}, `{item['selector']}`): p50 {p50} ms, p95 {p95} ms"
                f" over {item['samples']} clicks"
            )
    for route, item in results.get("first_click", {}).items():
        seconds = {key: f"{value / 1000:.2f} s" for key, value in item.items()}
        lines.append(
            f"- first handled click on {route} (cold, mobile throttling): "
            f"{seconds['first_handled_click_ms']} (hydrated {seconds['hydrated_ms']},"
            f" state arrived {seconds['connected_ms']})"
        )
    lines += first_tap.report_lines(results.get("first_tap", {}))
    lines += ["", "## Caching", ""]
    for key, value in results.get("caching", {}).items():
        lines.append(f"- {key}: {value}")
    lines += ["", "## Backend load", *load_table(results.get("load", {}))]
    lines += ["", "## Budgets", "", *budget_table(checked)]
    return "\n".join(lines) + "\n"
