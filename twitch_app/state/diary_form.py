"""The diary's log form: save, edit and cancel, and the form's own few vars (a delete goes
through the device's queue, so it can be undone: state/diary_sync.py).

A substate of its own because an update of a state redraws everything that reads it: with
the form apart, a save redraws the log, its charts and the status line (all on DiaryState)
but not the form, which the browser empties in place; opening an entry to edit redraws the
form alone.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import reflex as rx

from twitch_app.db import diary as store
from twitch_app.db.engine import session_scope
from twitch_app.diary.entries import (
    DiaryFull,
    EntryError,
    form_values,
    localise,
    parse_changes,
    parse_entry,
)
from twitch_app.diary.log_view import entry_when
from twitch_app.diary.queued import is_client_id, settle_script
from twitch_app.state.device import NOT_SAVED, StorageError, log_storage_error, parse_row_id
from twitch_app.state.diary import DiaryState

# A constant script (no data from anyone): it clears what was typed and tapped.
EMPTY_THE_FORM = "document.querySelector('form.diary-form')?.reset()"


class DiaryFormState(DiaryState):
    form_error: str = ""
    editing: dict[str, str] = {}
    # A new key gives a fresh form with `editing`'s values (see components.diary_form).
    form_key: str = "form-0"
    _form_serial: int = 0

    def _new_form(self) -> None:
        self._form_serial += 1
        self.form_key = f"form-{self._form_serial}"

    @rx.event
    def save_entry(self, form: dict):
        if isinstance(form, dict):
            script = self._save(form)
        else:
            script = self._tell(error="The form was not recognised.")
        # The device's queue kept this save until now (offline_queue.js): the answer lets it
        # go, saved or refused (a refusal is shown in the form, which still holds the input).
        op_id = form.get("op") if isinstance(form, dict) else None
        scripts = [part for part in (script, settle_script(op_id)) if part]
        return rx.call_script(";".join(scripts)) if scripts else None

    def _save(self, form: dict) -> str | None:
        zone = ZoneInfo(self.timezone)
        editing_id = parse_row_id(self.editing.get("id"))
        client_id = form.get("client_id") if is_client_id(form.get("client_id")) else None
        try:
            if editing_id is None:
                when = localise(form.get("occurred_at"), zone)
                entry = parse_entry({**form, "occurred_at": when})
            else:
                # Only what the person changed: a field sent as it was shown is left alone.
                changes = parse_changes(form, self.editing, zone)
        except EntryError as error:
            self._tell(error=str(error))
            return None
        try:
            device_id = self._require_device()
            with session_scope() as session:
                if editing_id is None:
                    try:
                        store.add_entry(
                            session, device_id=device_id, entry=entry, client_id=client_id
                        )
                    except store.ForeignClientId:
                        self._tell(error="That entry is not in this diary.")
                        return None
                elif (
                    store.update_entry(
                        session, device_id=device_id, entry_id=editing_id, changes=changes
                    )
                    is None
                ):
                    self._tell(error="That entry is not in this diary.")
                    return None
        except DiaryFull as full:
            self._tell(error=str(full))
            return None
        except StorageError as error:
            log_storage_error("diary save", error)
            # The form keeps what was typed: the person can tap Save again.
            self._tell(error=NOT_SAVED)
            return None
        self._refresh()
        if editing_id is not None:
            self._tell(saved="Changes saved.")
            self.editing = {}
            self._new_form()
            return None
        # Different after every save, so a screen reader announces each one (the status is
        # a live region, and an unchanged text is not read again).
        count = self.entry_count
        self._tell(saved=f"Saved. {count} {'entry' if count == 1 else 'entries'} in your diary.")
        # A new entry leaves the form's defaults as they were, so the browser can empty the
        # form in place: a new form (a remount) was most of the time a save took to draw.
        return EMPTY_THE_FORM

    def _tell(self, error: str = "", saved: str = "") -> None:
        # An assigned var is sent and redraws everything that reads it (the form's error
        # redraws the whole form): only what changes is assigned, except that an error is
        # always sent, so the server's answer to a bad form is never empty.
        if error or self.form_error:
            self.form_error = error
        if self.saved_message != saved:
            self.saved_message = saved

    @rx.event
    def start_edit(self, entry_id: str):
        wanted = parse_row_id(entry_id)
        if wanted is None:
            return
        with session_scope() as session:
            row = store.get_entry(session, device_id=self._require_device(), entry_id=wanted)
            if row is None:
                return
            # Every declared field, so a save sends back what it was shown (entries.form_values).
            zone = ZoneInfo(self.timezone)
            self.editing = {
                "id": str(row.id),
                "ref": row.client_id or str(row.id),
                "when": entry_when(row, zone),
                **form_values(row, zone),
            }
            self._tell()
            self._new_form()

    @rx.event
    def cancel_edit(self):
        self.editing = {}
        self._tell()
        self._new_form()
