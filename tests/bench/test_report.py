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


def test_the_report_gives_the_first_tap_as_paired_medians_with_an_interval():
    from twitch_app.devtools.bench.first_tap import report_lines, summarise

    def visit(answered, **marks):
        return {"answered": answered, "fcp": 500, **marks}

    # Pair i of "app" was measured beside pair i of "blank"; the third cold pair failed on
    # the blank side, so it is left out of the ratios but counted.
    result = summarise({
        "app": {"cold": [visit(2000), visit(2100), visit(2200)],
                "repeat": [visit(700, enabled=600), visit(800, enabled=700), visit(900)]},
        "blank": {"cold": [visit(2700), visit(3000), None],
                  "repeat": [visit(1000), visit(1050), visit(800)]},
    })  # fmt: skip
    assert result["cold_pairs"] == 2 and result["blank"]["cold"]["failed"] == 1
    assert result["repeat_ratios"] == [0.7, 0.762, 1.125]
    assert result["repeat_ratio"] == 0.762 and result["repeat_ours_faster"] == 2
    low, high = result["repeat_ratio_interval"]
    assert 0.7 <= low <= 0.762 <= high <= 1.125
    lines = report_lines(result)
    assert lines[0] == (
        "- first tap answered, cold visit (mobile throttling, 2 interleaved pairs, 1 visits "
        "failed): medians: the check's start 2.10 s, the blank app's button 2.85 s; ours / "
        "blank per pair: median 0.72 (95% bootstrap interval 0.70-0.74), ours faster in 2 of 2"
    )
    assert lines[2].startswith(
        "- first tap answered, repeat visit (mobile throttling, 3 interleaved pairs): medians: "
        "the check's start 0.80 s, the blank app's button 1.00 s; ours / blank per pair: "
        "median 0.76 (95% bootstrap interval "
    )
    assert lines[3] == (
        "  - where the time went (medians in s, ours / blank): first paint 0.50 / 0.50, "
        "control enabled 0.65 / -, tap answered 0.80 / 1.00"
    )
    assert report_lines({}) == []
