"""The diary's state: log, list, charts, rule watch and the doctor summary.

Times are stored in UTC and shown in the device's time zone, which the browser reports
once per visit (an IANA name, checked against the server's zone database).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import cache
from zoneinfo import available_timezones

import reflex as rx

from twitch_app.db import diary as store
from twitch_app.db.engine import session_scope
from twitch_app.diary.log_view import diary_view
from twitch_app.state.device import DeviceState

# The first Intl.DateTimeFormat of a page costs 35-55 ms of main-thread time on a fast
# machine (ICU builds its locale and zone data): on a phone that is a 150-200 ms freeze just
# as the diary appears. A throwaway worker pays it on another thread; browsers without
# workers ask on the main thread.
TIMEZONE_SCRIPT = """new Promise((resolve) => {
  const here = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
  try {
    const code = "postMessage(Intl.DateTimeFormat().resolvedOptions().timeZone)";
    const url = URL.createObjectURL(new Blob([code], {type: "text/javascript"}));
    const worker = new Worker(url);
    // A worker that never answers (blocked, or killed) must not leave the diary unloaded.
    const timer = setTimeout(() => answer(here()), 2000);
    const answer = (zone) => {
      clearTimeout(timer); worker.terminate(); URL.revokeObjectURL(url); resolve(zone);
    };
    worker.onmessage = (event) => answer(event.data);
    worker.onerror = () => answer(here());
  } catch (error) {
    resolve(here());
  }
})"""


@cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


class DiaryState(DeviceState):
    timezone: str = "UTC"
    days: list[dict] = []
    # The log form's status line, set by DiaryFormState. It lives with the log it reports
    # on: a save changes both, and the form itself is not redrawn.
    saved_message: str = ""
    day_bars: list[dict[str, str]] = []
    day_chart_text: str = ""
    area_bars: list[dict[str, str]] = []
    area_chart_text: str = ""
    factor_rows: list[dict[str, str]] = []
    rule_hits: list[dict[str, str]] = []
    patterns: list[str] = []
    answers: list[dict[str, str]] = []
    other_symptoms: str = ""
    entry_count: int = 0
    # Said when the page shows a window of the diary, not all of it.
    window_note: str = ""
    # Set once the diary page has shown the log: a write synced from another page refreshes
    # the log only when this tab has one to refresh.
    _log_shown: bool = False

    @rx.event
    def load(self):
        # The log is read once, when the browser has said its time zone (not before as well).
        return rx.call_script(TIMEZONE_SCRIPT, callback=DiaryState.set_timezone)

    @rx.event
    def set_timezone(self, name: str):
        if isinstance(name, str) and name in _zones():
            self.timezone = name
        self._log_shown = True
        self._refresh()

    def _refresh(self) -> None:
        device_id = self._require_device()
        now = datetime.now(UTC)
        with session_scope() as session:
            rows = store.list_entries(
                session, device_id=device_id, since=now - timedelta(days=store.SHOWN_DAYS)
            )
            view = diary_view(
                rows,
                in_all=store.count_entries(session, device_id=device_id),
                findings=store.last_wizard_findings(session, device_id=device_id),
                tz=self.timezone,
                now=now,
                window=(store.SHOWN_DAYS, store.SHOWN_LIMIT),
            )
        self.days, self.factor_rows = view.days, view.factor_rows
        self.entry_count, self.window_note = view.entry_count, view.window_note
        self.day_bars, self.day_chart_text = view.day_bars, view.day_chart_text
        self.area_bars, self.area_chart_text = view.area_bars, view.area_chart_text
        self.rule_hits, self.patterns = view.rule_hits, view.patterns
        self.answers, self.other_symptoms = view.answers, view.other_symptoms
