"""BENCHMARKS.md rendering and the Lighthouse report summary."""

from twitch_app.devtools.bench.budgets import check
from twitch_app.devtools.bench.lighthouse import summarise, with_spread
from twitch_app.devtools.bench.report import fmt, render


def _lighthouse_report():
    return {
        "categories": {
            "performance": {"score": 0.98},
            "accessibility": {"score": 1},
            "best-practices": {"score": None},
            "seo": {"score": 0.92},
        },
        "audits": {
            "first-contentful-paint": {"numericValue": 812.4},
            "largest-contentful-paint": {"numericValue": 1020.0},
            "network-requests": {
                "details": {
                    "items": [
                        {"resourceType": "Document", "transferSize": 4000},
                        {"resourceType": "Script", "transferSize": 60000},
                        {"resourceType": "Script", "transferSize": 1000},
                        {"resourceType": "Stylesheet", "transferSize": 5000},
                        {"resourceType": "Other", "transferSize": None},
                    ]
                }
            },
        },
    }


def test_summary_keeps_scores_timings_and_bytes_by_type():
    summary = summarise(_lighthouse_report())
    assert summary["performance"] == 98
    assert summary["seo"] == 92
    assert "best-practices" not in summary  # unscored is not zero
    assert summary["fcp_ms"] == 812.4
    assert summary["bytes_js"] == 61000
    assert summary["bytes_css"] == 5000
    assert summary["bytes_total"] == 70000
    assert "tbt_ms" not in summary


def test_cells_format_seconds_kibibytes_and_missing_values():
    assert fmt(1234.0, "ms") == "1.23"
    assert fmt(2048.0, "kib") == "2"
    assert fmt(None, "{:.0f}") == "-"


def test_report_shows_pages_floor_ratio_and_budgets():
    results = {
        "meta": {"date": "2026-11-27", "machine": "2 cores", "versions": "reflex 0.10.1"},
        "lighthouse": {
            "app": {"/": {"performance": 97, "fcp_ms": 1000, "bytes_total": 100 * 1024}},
            "blank": {"/": {"performance": 89, "fcp_ms": 2000, "bytes_total": 300 * 1024}},
        },
        "interaction": {
            "wizard_answer": {"route": "/check/", "selector": "#x", "samples": 50,
                              "p50_ms": 40.0, "p95_ms": 70.0},
        },  # fmt: skip
        "load": {"single": {"1": {"devices": 1, "events": 30, "errors": 0, "p50_ms": 5.0,
                                  "p99_ms": 9.0, "rss_per_device_kib": 120.0}}},
    }  # fmt: skip
    text = render(results, check(results))
    assert "| / | 97 |" in text
    assert "| blank Reflex app / | 89 |" in text
    assert "- fcp_ms: 0.50x" in text
    assert "p95 70.0 ms over 50 clicks" in text
    assert "| / performance | 97 | >= 98 | FAIL |" in text
    assert "| 1 | 30 | 0 | 5.0 | 9.0 | 120 |" in text
    assert "README.md beside this file" in text  # the notes are not copied in any more


def test_summary_keeps_the_host_speed_lighthouse_measured():
    report = {**_lighthouse_report(), "environment": {"benchmarkIndex": 1234.5}}
    assert summarise(report)["benchmark_index"] == 1234.5
    assert "benchmark_index" not in summarise(_lighthouse_report())


def test_audit_summary_keeps_tbt_and_host_speed_run_by_run_beside_the_medians():
    runs = [
        {"tbt_ms": 40.0, "cpu_tbt_ms": 0.0, "benchmark_index": 1800.0, "performance": 100},
        {"tbt_ms": 250.0, "cpu_tbt_ms": 6.0, "benchmark_index": 1000.0, "performance": 95},
        {"tbt_ms": 90.0, "cpu_tbt_ms": 0.0, "benchmark_index": 1500.0, "performance": 99},
    ]
    summary = with_spread(runs)
    assert summary["tbt_ms"] == 90.0
    assert summary["performance"] == 99
    assert summary["tbt_ms_runs"] == [40.0, 250.0, 90.0]  # in run order, not sorted
    assert summary["benchmark_index_runs"] == [1800.0, 1000.0, 1500.0]
    assert summary["cpu_tbt_ms_runs"] == [0.0, 6.0, 0.0]
    assert "performance_runs" not in summary


def test_report_shows_each_runs_tbt_beside_the_host_speed():
    results = {
        "lighthouse": {
            "app": {"/diary/": {"tbt_ms": 90.0, "tbt_ms_runs": [40.0, 250.0, 90.0],
                                "cpu_tbt_ms_runs": [0.0, 12.4, 0.0],
                                "benchmark_index_runs": [1800.0, 1000.0, 1500.0]}},
            "blank": {"/": {"tbt_ms": 30.0, "tbt_ms_runs": [30.0, 20.0, 31.0]}},
        },
    }  # fmt: skip
    text = render(results, [])
    assert "| /diary/ | 40 / 250 / 90 | 0 / 12 / 0 | 1800 / 1000 / 1500 |" in text
    assert "| blank Reflex app / | 30 / 20 / 31 | - | - |" in text


def test_the_report_gives_the_first_tap_of_both_apps_cold_and_repeat():
    from twitch_app.devtools.bench.first_tap import report_lines

    def runs(*values):
        return {"median_ms": values[len(values) // 2], "runs_ms": list(values)}

    lines = report_lines({
        "app": {"cold": runs(2000, 2100, 2200), "repeat": runs(700, 800, 900)},
        "blank": {"cold": runs(2700, 3000, 3600), "repeat": runs(1000, 1050, 1100)},
        "cold_ratio": 0.7, "repeat_ratio": 0.762,
    })  # fmt: skip
    assert lines == [
        "- first tap answered, cold visit (mobile throttling, median of 3): the check's start "
        "2.10 s, the blank app's button 3.00 s (ours / blank 0.70)",
        "- first tap answered, repeat visit (mobile throttling, median of 3): the check's start "
        "0.80 s, the blank app's button 1.05 s (ours / blank 0.76)",
    ]
    assert report_lines({}) == []
