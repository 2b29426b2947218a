"""The diary's state: log, list, charts, rule watch and the doctor summary.

Times are stored in UTC and shown in the device's time zone, which the browser reports
once per visit (an IANA name, checked against the server's zone database).
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime, timedelta

import reflex as rx

from twitch_app.db import diary as store
from twitch_app.db.engine import session_scope
from twitch_app.diary.log_view import diary_view
from twitch_app.local_days import is_zone_name
from twitch_app.state.device import DeviceState

# A visit's window may grow by this many entries before it is read afresh (_read_window).
WINDOW_SLACK = 100

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


class DiaryState(DeviceState):
    timezone: str = "UTC"
    latest_day: list[dict] = []  # the log's newest day (a new entry changes only this)
    earlier_days: list[dict] = []
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
    # The oldest time the log shows in this visit (see _read_window).
    _window_since: datetime | None = None

    @rx.event
    def load(self):
        # The log is read once, when the browser has said its time zone (not before as well).
        return rx.call_script(TIMEZONE_SCRIPT, callback=DiaryState.set_timezone)

    @rx.event
    def set_timezone(self, name: str):
        if is_zone_name(name):
            self.timezone = name
        self._log_shown = True
        self._refresh(everything=True)

    def _refresh(self, *, everything: bool = False) -> None:
        """Read the diary's window and show it. After a write only what changed is assigned
        (an assigned var is sent whole, changed or not: a new entry is then today's group,
        the counts and the charts, not the whole log); a page load assigns everything."""
        device_id = self._require_device()
        now = datetime.now(UTC)
        if everything:
            self._window_since = None
        with session_scope() as session:
            rows = self._read_window(session, device_id, now)
            view = diary_view(
                rows,
                in_all=store.count_entries(session, device_id=device_id),
                findings=store.last_wizard_findings(session, device_id=device_id),
                tz=self.timezone,
                now=now,
                window=(store.SHOWN_DAYS, store.SHOWN_LIMIT),
            )
        for name, value in asdict(view).items():  # the view's fields are this state's vars
            if everything or getattr(self, name) != value:
                setattr(self, name, value)

    def _read_window(self, session, device_id: int, now: datetime) -> list:
        """The newest entries of the last SHOWN_DAYS days, at most SHOWN_LIMIT. Within one
        visit the oldest shown entry stays shown (up to WINDOW_SLACK more entries), so a save
        in a full window does not push an old day out and send the whole log again."""
        if self._window_since is not None:
            rows = store.list_entries(
                session, device_id=device_id, since=self._window_since,
                limit=store.SHOWN_LIMIT + WINDOW_SLACK,
            )  # fmt: skip
            if len(rows) < store.SHOWN_LIMIT + WINDOW_SLACK:
                return rows
        since = now - timedelta(days=store.SHOWN_DAYS)
        rows = store.list_entries(session, device_id=device_id, since=since)
        self._window_since = rows[-1].occurred_at if len(rows) == store.SHOWN_LIMIT else since
        return rows
