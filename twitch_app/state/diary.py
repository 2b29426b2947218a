"""The diary's state: log, list, charts, rule watch and the doctor summary.

Times are stored in UTC and shown in the device's time zone, which the browser reports
once per visit (an IANA name, checked against the server's zone database).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

import reflex as rx

from twitch_app.db import diary as store
from twitch_app.db.engine import session_scope
from twitch_app.diary.charts import area_bars, day_bars
from twitch_app.diary.entries import form_values
from twitch_app.diary.stats import Logged, doctor_answers, pattern_sentences, per_area, per_day
from twitch_app.diary.stats import rule_watch as run_rule_watch
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


DURATION_TEXT = {"seconds": "{} s", "minutes": "{} min", "comes_and_goes": "comes and goes"}


@cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


def _as_logged(row) -> Logged:
    return Logged(row.occurred_at, row.area, row.intensity, row.duration_kind,
                  row.duration_value, row.caffeine_drinks, row.sleep_hours)  # fmt: skip


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
        since = datetime.now(UTC) - timedelta(days=store.SHOWN_DAYS)
        with session_scope() as session:
            rows = store.list_entries(session, device_id=device_id, since=since)
            in_all = store.count_entries(session, device_id=device_id)
            findings = store.last_wizard_findings(session, device_id=device_id)
            zone = ZoneInfo(self.timezone)
            self._fill_list(rows, zone)
            logged = [_as_logged(row) for row in rows]
        today = datetime.now(zone).date()
        self.entry_count = in_all
        self.window_note = _window_note(shown=len(logged), in_all=in_all)
        self.day_bars, self.day_chart_text = day_bars(per_day(logged, self.timezone, today))
        self.area_bars, self.area_chart_text = area_bars(per_area(logged))
        self.rule_hits = [
            {"id": h.id, "text": h.text} for h in run_rule_watch(logged, self.timezone)
        ]
        self.patterns = pattern_sentences(logged, self.timezone)
        answers = doctor_answers(logged, self.timezone, today)
        self.answers = [{"question": q, "answer": a} for q, a in answers.items()]
        self.other_symptoms = _other_symptoms(findings)

    def _fill_list(self, rows, zone: ZoneInfo) -> None:
        days: dict[str, list[dict[str, str]]] = {}
        factors: dict[str, dict[str, str]] = {}
        for row in rows:
            local = row.occurred_at.astimezone(zone)
            day = local.strftime("%A %d %B")
            days.setdefault(day, []).append(
                {
                    "id": str(row.id),
                    # What the browser's queue names the entry by, and what an edit made
                    # offline starts from (every declared field, as the form shows it).
                    "ref": row.client_id or str(row.id),
                    "values": json.dumps(form_values(row, zone)),
                    "time": local.strftime("%H:%M"),
                    "area": row.area.replace("_", " "),
                    "intensity": str(row.intensity),
                    "duration": DURATION_TEXT[row.duration_kind].format(row.duration_value),
                    "notes": row.notes,
                }
            )
            day_factors = factors.setdefault(day, {"day": day, "count": "0", "caffeine": "",
                                                   "sleep": "", "alcohol": "", "stress": "",
                                                   "exercise": "", "water": ""})  # fmt: skip
            day_factors["count"] = str(int(day_factors["count"]) + 1)
            if row.caffeine_drinks is not None and not day_factors["caffeine"]:
                day_factors["caffeine"] = str(row.caffeine_drinks)
            if row.sleep_hours is not None and not day_factors["sleep"]:
                day_factors["sleep"] = f"{row.sleep_hours:g} h"
            # The doctor summary shows the rest of the day's factors too (first value logged).
            for key, value in (
                ("alcohol", row.alcohol_units),
                ("stress", row.stress),
                ("exercise", row.hard_exercise),
                ("water", row.enough_water),
            ):
                if value is not None and not day_factors[key]:
                    yes_no = "yes" if value is True else "no"
                    day_factors[key] = yes_no if isinstance(value, bool) else f"{value:g}"
        self.days = [{"day": day, "entries": entries} for day, entries in days.items()]
        self.factor_rows = list(factors.values())[:14]


def _window_note(*, shown: int, in_all: int) -> str:
    if in_all <= shown:
        return ""
    older = in_all - shown
    return (
        f"Showing the last {store.SHOWN_DAYS} days (at most {store.SHOWN_LIMIT} entries). "
        f"{older} older {'entry is' if older == 1 else 'entries are'} kept, and in your export."
    )


def _other_symptoms(findings: dict | None) -> str:
    if not findings:
        return ""
    symptoms = [s.replace("_", " ") for s in findings.get("symptoms") or []]
    medicines = findings.get("medicines") or {}
    kinds = [k.replace("_", " ") for k in medicines.get("kinds") or []]
    parts = []
    if symptoms:
        parts.append("Other symptoms: " + ", ".join(symptoms) + ".")
    if kinds or medicines.get("new_medicine"):
        parts.append("Medicines: " + (", ".join(kinds) or "a new medicine") + ".")
    return " ".join(parts) or "The last symptom check listed no other symptoms or medicines."
