"""What happens when a handler raises, or the browser reports an error.

Reflex's defaults log a whole traceback per error (a client that triggers one on purpose can
flood the log) and tell the person through a toast library this app does not load. Here each
error is one log line, at most LOG_LIMIT lines a minute, and the page shows a notice
(assets/pwa_prompts.jsx listens for ERROR_EVENT) saying that what they just did may not
have been saved, so a failure never passes for success.
"""

import json
import logging
import threading
import time

import reflex as rx
from reflex_base.event import EventSpec

from twitch_app.limits import TooMany

log = logging.getLogger("twitch_app.errors")

ERROR_EVENT = "twitch-error"
LOG_LIMIT = 20  # error lines per minute and process; the rest are counted, then summarised
WINDOW_S = 60.0
MAX_TEXT = 300  # characters of an error's message that reach the log


class LogLimiter:
    """Allows `limit` lines per window; says how many were held back when the next one passes."""

    def __init__(self, limit: int = LOG_LIMIT, window_s: float = WINDOW_S, clock=time.monotonic):
        self._limit, self._window_s, self._clock = limit, window_s, clock
        self._lock = threading.Lock()
        self._window_start, self._in_window, self._suppressed = clock(), 0, 0

    def line(self, text: str) -> str | None:
        """The line to log now (with a count of held-back ones), or None to hold it back."""
        with self._lock:
            now = self._clock()
            if now - self._window_start >= self._window_s:
                self._window_start, self._in_window = now, 0
            if self._in_window >= self._limit:
                self._suppressed += 1
                return None
            self._in_window += 1
            held, self._suppressed = self._suppressed, 0
        return f"{text} ({held} similar lines held back)" if held else text


_limiter = LogLimiter()


def one_line(exception: BaseException) -> str:
    message = " ".join(str(exception).split())[:MAX_TEXT]
    return f"{type(exception).__name__}: {message}"


def too_many_message(refused: TooMany) -> str:
    return (
        "That was more than the app accepts in a short time, so it was not saved. "
        f"Please try again {refused.wait_words()}."
    )


def report_backend_error(exception: Exception) -> EventSpec:
    message = too_many_message(exception) if isinstance(exception, TooMany) else ""
    if (line := _limiter.line(f"handler error: {one_line(exception)}")) is not None:
        log.error(line)
    # json.dumps makes the message a safe JavaScript string literal; the page shows it as text.
    detail = json.dumps({"message": message})
    return rx.call_script(
        f"window.dispatchEvent(new CustomEvent('{ERROR_EVENT}', {{detail: {detail}}}))"
    )


def report_frontend_error(exception: Exception) -> None:
    if (line := _limiter.line(f"browser error: {one_line(exception)}")) is not None:
        log.error(line)
