"""Handler and browser errors: one short log line each, and a flood of them is held back."""

import logging

from twitch_app import errors
from twitch_app.errors import (
    LOG_LIMIT,
    MAX_TEXT,
    WINDOW_S,
    LogLimiter,
    one_line,
    report_backend_error,
    report_frontend_error,
)


class Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_flood_of_errors_logs_the_limit_then_says_how_many_were_held_back():
    clock = Clock()
    limiter = LogLimiter(limit=3, window_s=60, clock=clock)
    lines = [limiter.line(f"error {n}") for n in range(10)]
    assert lines[:3] == ["error 0", "error 1", "error 2"] and lines[3:] == [None] * 7
    clock.now = 61
    assert limiter.line("error 10") == "error 10 (7 similar lines held back)"
    assert limiter.line("error 11") == "error 11"


def test_an_error_is_one_short_line_whatever_it_carries():
    huge = ValueError("first line\n" + "x" * 100_000 + "\nTraceback (most recent call last)")
    line = one_line(huge)
    assert "\n" not in line and line.startswith("ValueError: first line") and len(line) < 330


def test_a_handler_error_logs_one_line_and_tells_the_page(caplog):
    with caplog.at_level(logging.ERROR, logger="twitch_app.errors"):
        event = report_backend_error(ValueError("diaryentry\nsecret stack"))
    assert [r.getMessage() for r in caplog.records] == [
        "handler error: ValueError: diaryentry secret stack"
    ]
    assert "twitch-error" in str(event)


def test_a_browser_error_is_logged_as_one_short_line(caplog):
    """The browser reports what it likes (Reflex's client_error): the log gets one line,
    cut to MAX_TEXT characters, whatever the report carried."""
    report = Exception("[SID: abc] TypeError: " + "y" * 50_000 + "\n    at render (x.js:1)")
    with caplog.at_level(logging.ERROR, logger="twitch_app.errors"):
        report_frontend_error(report)
    [line] = [r.getMessage() for r in caplog.records]
    assert line.startswith("browser error: Exception: [SID: abc] TypeError: yyy")
    assert "\n" not in line and len(line) <= len("browser error: Exception: ") + MAX_TEXT


def test_repeated_handler_errors_are_held_back_in_the_log_but_each_still_tells_the_page(
    caplog, monkeypatch
):
    clock = Clock()
    monkeypatch.setattr(errors, "_limiter", LogLimiter(clock=clock))
    with caplog.at_level(logging.ERROR, logger="twitch_app.errors"):
        events = [report_backend_error(ValueError(f"boom {n}")) for n in range(3 * LOG_LIMIT)]
        assert len(caplog.records) == LOG_LIMIT
        clock.now += WINDOW_S
        report_frontend_error(ValueError("later"))
    assert all("twitch-error" in str(event) for event in events)
    assert caplog.records[-1].getMessage() == (
        f"browser error: ValueError: later ({2 * LOG_LIMIT} similar lines held back)"
    )
