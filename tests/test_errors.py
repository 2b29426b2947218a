"""Handler and browser errors: one short log line each, and a flood of them is held back."""

import logging

from twitch_app.errors import LogLimiter, one_line, report_backend_error


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
