"""The relaxation pages' state: session history and custom breathing patterns.

The player keeps time in the browser and reports only "started" and "finished"; this state
validates each report, stores it once per device, and tells the player which sessions the
server has, so the device can forget them.
"""

from __future__ import annotations

from collections.abc import Callable

import reflex as rx
from sqlmodel import Session

from twitch_app.db import relax as store
from twitch_app.db.engine import session_scope
from twitch_app.diary.queued import settle_script
from twitch_app.local_days import is_zone_name, local_time, today
from twitch_app.routines import PatternError, parse_pattern
from twitch_app.routines.catalogue import get_routine
from twitch_app.routines.custom import custom_routine, pattern_rounds
from twitch_app.routines.history import (
    SessionRecord,
    minutes_this_week,
    session_minutes,
    streak_days,
)
from twitch_app.routines.player_plan import plan_for
from twitch_app.routines.reports import ReportError, parse_client_id, parse_finished
from twitch_app.state.device import (
    NOT_SAVED,
    DeviceState,
    StorageError,
    log_storage_error,
    parse_row_id,
)
from twitch_app.state.diary import TIMEZONE_SCRIPT
from twitch_app.words import plural

MAX_ACKED = 50
# The device's other tabs on /relax hear that its patterns changed (assets/patterns_sync.jsx).
PATTERNS_CHANGED = "window.__twitchPatternsChanged?.()"
# A write the database refused says so where it was made, and never keeps an older "saved".
NOT_DELETED = (
    "Not deleted: the server could not change this just now. The pattern is still here: "
    "please try again in a moment."
)


def _settle(op_id: object, refusal: str):
    script = settle_script(op_id, refusal)
    return rx.call_script(script) if script else None


def _title(routine_id: str) -> str:
    return "Custom breathing" if routine_id == "custom" else get_routine(routine_id).title


class RelaxState(DeviceState):
    acked_sessions: list[str] = []
    # The device's time zone, learned on load as the diary learns it: the person's own days.
    _timezone: str = "UTC"
    minutes_week: int = 0
    streak: int = 0
    recent: list[dict[str, str]] = []
    patterns: list[dict[str, str]] = []
    pattern_error: str = ""
    pattern_status: str = ""  # "Pattern saved." after a save, and only then
    list_error: str = ""  # a delete the server could not do
    # Bumped after each save, so the form is drawn again empty (never on a failed save).
    form_version: int = 0
    pattern_field_errors: dict[str, str] = {}
    editing_pattern: dict[str, str] = {}
    custom_plan: dict = {}
    # The pattern the custom player plays: deleting it (here or in another tab) closes it.
    _playing_pattern: int | None = None
    report_error: str = ""
    # Finished sessions the server could not store just now: the player offers a retry.
    unsaved_sessions: list[str] = []

    @rx.var
    def pattern_form_key(self) -> str:
        return f"{self.editing_pattern.get('pattern_id', 'new')}-{self.form_version}"

    def _refresh(self) -> None:
        device_id = self._require_device()
        with session_scope() as session:
            rows = store.list_sessions(session, device_id=device_id)
            records = [SessionRecord(r.finished_at, r.elapsed_seconds, r.completed) for r in rows]
            self.recent = [
                {
                    "title": _title(r.routine_id),
                    "minutes": str(session_minutes(r.elapsed_seconds)),
                    "outcome": "completed" if r.completed else "stopped early",
                    "when": local_time(r.finished_at, self._timezone).strftime("%d %b"),
                }
                for r in rows[:5]
            ]
            self.patterns = [
                {"id": str(p.id), "name": p.name, "summary": _pattern_summary(p)}
                for p in store.list_patterns(session, device_id=device_id)
            ]
        if self.custom_plan and not any(
            p["id"] == str(self._playing_pattern) for p in self.patterns
        ):
            self.custom_plan = {}  # its pattern is gone: no player for it, after a reload too
            self._playing_pattern = None
        day = today(self._timezone)
        self.minutes_week = minutes_this_week(records, day, self._timezone)
        self.streak = streak_days(records, day, self._timezone)

    @rx.event
    def load(self):
        """On opening /relax: the history is read once the browser has said its time zone,
        as in the diary."""
        return rx.call_script(TIMEZONE_SCRIPT, callback=RelaxState.set_timezone)

    @rx.event
    def set_timezone(self, name: str):
        if is_zone_name(name):
            self._timezone = name
        self._reread()

    @rx.event
    def patterns_changed(self):
        """Another tab of the device saved or deleted a pattern (assets/patterns_sync.jsx);
        the zone is known by then, so the page is read again without asking for it."""
        self._reread()

    def _reread(self) -> None:
        self._refresh()
        editing = self.editing_pattern.get("pattern_id")
        if editing is not None and all(p["id"] != editing for p in self.patterns):
            self.editing_pattern = {}  # deleted in another tab while this one edited it

    @rx.event
    def report(self, payload: dict):
        """The player's milestones; anything malformed is refused and changes nothing.

        A finished session comes from the device's queue (offline_queue.js), from any page:
        the answer (settle_script) lets the queue forget it, or shows why it was refused.
        """
        self.report_error = ""
        if not isinstance(payload, dict) or payload.get("type") not in ("started", "finished"):
            self.report_error = "Unknown report."
            return None
        op_id = payload.get("op")
        try:
            if payload["type"] == "started":
                parse_client_id(payload.get("clientId"))
                return None
            session = parse_finished(payload.get("session"))
        except ReportError as error:
            self.report_error = str(error)
            return _settle(op_id, str(error))
        stored, _ = self._write(
            "session report",
            lambda db, device_id: store.record_session(
                db, device_id=device_id, session_report=session
            ),
        )
        if not stored:
            # Not settled: the device keeps the session, and sends it again on a retry.
            self.report_error = NOT_SAVED  # the player says it in its own words, with a retry
            self.unsaved_sessions = [*self.unsaved_sessions, session.client_id][-MAX_ACKED:]
            return None
        self.unsaved_sessions = [i for i in self.unsaved_sessions if i != session.client_id]
        self.acked_sessions = [*self.acked_sessions, session.client_id][-MAX_ACKED:]
        self._refresh()
        return _settle(op_id, "")

    @rx.event
    def save_pattern(self, form: dict):
        self.pattern_error, self.pattern_field_errors, self.pattern_status = "", {}, ""
        # Only the fields below are read; the browser may add others (ids of inputs).
        if not isinstance(form, dict):
            self.pattern_error = "The form was not recognised."
            return
        data = {key: form.get(key) for key in ("name", "inhale", "hold", "exhale", "hold_empty")}
        unit = form.get("length_unit")
        if unit not in ("cycles", "minutes"):
            self.pattern_error = "Choose breaths or minutes."
            return
        data[unit] = form.get("length")
        try:
            pattern = parse_pattern(data)
        except PatternError as error:
            self.pattern_field_errors = error.by_input()
            self.pattern_error = "Please check the fields marked above."
            return
        pattern_id = parse_row_id(form.get("pattern_id"))
        try:
            stored, saved = self._write(
                "pattern save",
                lambda db, device_id: store.save_pattern(
                    db, device_id=device_id, pattern=pattern, pattern_id=pattern_id
                ),
            )
        except store.PatternsFull as full:
            self.pattern_error = str(full)
            return
        if not stored:
            self.pattern_error = NOT_SAVED  # the form keeps what was typed: Save retries
            return
        if saved is None:
            self.pattern_error = "That pattern is not on this device."
            return
        self.pattern_status = "Changes saved." if pattern_id is not None else "Pattern saved."
        self.editing_pattern = {}
        self.form_version += 1
        self._refresh()
        return rx.call_script(PATTERNS_CHANGED)

    @rx.event
    def edit_pattern(self, pattern_id: str):
        row = self._own_pattern(pattern_id)
        self.pattern_status = ""
        if row is not None:
            self.editing_pattern = _pattern_form(row)
        else:
            self._gone()

    @rx.event
    def cancel_edit(self):
        self.editing_pattern = {}
        self.pattern_error, self.pattern_field_errors = "", {}

    @rx.event
    def delete_pattern(self, pattern_id: str):
        self.list_error = ""
        wanted = parse_row_id(pattern_id)
        if wanted is None:
            return None
        deleted, _ = self._write(
            "pattern delete",
            lambda db, device_id: store.delete_pattern(db, device_id=device_id, pattern_id=wanted),
        )
        if not deleted:
            self.list_error = NOT_DELETED  # the row stays; tapping Delete again retries
            return None
        if self.editing_pattern.get("pattern_id") == str(wanted):
            self.editing_pattern = {}
        self._refresh()
        return rx.call_script(PATTERNS_CHANGED)

    @rx.event
    def play_pattern(self, pattern_id: str):
        row = self._own_pattern(pattern_id)
        if row is None:
            self._gone()
            return
        pattern = store.as_pattern(row)
        routine = custom_routine(pattern)
        rounds = pattern_rounds(pattern)
        self.custom_plan = {**plan_for(routine, {"custom": rounds}), "routineId": "custom"}
        self._playing_pattern = row.id

    def _write(self, what: str, write: Callable[[Session, int], object]) -> tuple[bool, object]:
        """Run one write for this device: (True, its result), or (False, None) when the
        database refused it (logged in one line; the handler says so to the person)."""
        try:
            device_id = self._require_device()
            with session_scope() as db:
                return True, write(db, device_id)
        except StorageError as error:
            log_storage_error(what, error)
            return False, None

    def _gone(self) -> None:
        """A pattern tapped in a page opened before it was deleted (another tab, say)."""
        self.pattern_error = "That pattern was deleted."
        self._refresh()

    def _own_pattern(self, pattern_id: object):
        wanted = parse_row_id(pattern_id)
        if wanted is None:
            return None
        with session_scope() as db:
            row = store.get_pattern(db, device_id=self._require_device(), pattern_id=wanted)
            if row is not None:
                db.expunge(row)
            return row


def _seconds(half_seconds: int) -> str:
    return f"{half_seconds / 2:g}"


def _pattern_summary(row) -> str:
    parts = [
        _seconds(row.inhale_half_seconds),
        _seconds(row.hold_in_half_seconds),
        _seconds(row.exhale_half_seconds),
        _seconds(row.hold_out_half_seconds),
    ]
    length = plural(row.cycles, "breath") if row.cycles else f"{row.minutes} min"
    return f"{'-'.join(parts)} s · {length}"


def _pattern_form(row) -> dict[str, str]:
    return {
        "pattern_id": str(row.id),
        "name": row.name,
        "inhale": _seconds(row.inhale_half_seconds),
        "hold": _seconds(row.hold_in_half_seconds),
        "exhale": _seconds(row.exhale_half_seconds),
        "hold_empty": _seconds(row.hold_out_half_seconds),
        "length": str(row.cycles or row.minutes),
        "length_unit": "cycles" if row.cycles else "minutes",
    }
