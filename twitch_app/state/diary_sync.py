"""Diary writes the device kept while offline, sent from whichever page is open.

The browser's queue (assets/offline_queue.js) sends each kept create, edit or delete once
the connection is back, with the id it made for it; after a reload it may send one again.
Each is checked like a form, applied at most once (the entry's client id is unique), and
answered with settle_script: stored, or refused with the reason the person will see.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import reflex as rx

from twitch_app.db import diary as store
from twitch_app.db.engine import session_scope
from twitch_app.diary.entries import EntryError, localise, parse_changes, parse_entry
from twitch_app.diary.queued import QueuedWrite, is_client_id, parse_write, settle_script
from twitch_app.state.device import StorageError, log_storage_error
from twitch_app.state.diary import DiaryState

NOT_HERE = "That entry is no longer in this diary."
NOT_STORED = "the server could not store this just now. Try again in a moment."


class DiarySyncState(DiaryState):
    @rx.event
    def sync_write(self, op: dict):
        op_id = op.get("op") if isinstance(op, dict) else None
        write = None
        try:
            write = parse_write(op)
            refusal = self._apply(write)
        except EntryError as error:
            refusal = str(error)
        except store.ForeignClientId:
            refusal = NOT_HERE
        except StorageError as error:
            log_storage_error("diary sync", error)
            # Refused for now: the device keeps the write and shows this with a retry.
            refusal = NOT_STORED
        # A delete of an entry this diary no longer has: the device drops it from view too,
        # and hears that once, without being told the entry is still here.
        gone = write is not None and write.kind == "delete" and refusal == NOT_HERE
        if (gone or not refusal) and self._log_shown:
            self._refresh()
        script = settle_script(op_id if is_client_id(op_id) else None, refusal, gone=gone)
        return rx.call_script(script) if script else None

    def _apply(self, write: QueuedWrite) -> str:
        """Store one write; the refusal's reason, or "" once it is stored (now or before)."""
        zone = ZoneInfo(self.timezone)
        device_id = self._require_device()
        if write.kind == "create":
            when = localise(write.data.get("occurred_at"), zone)
            entry = parse_entry({**write.data, "occurred_at": when})
            with session_scope() as session:
                store.add_entry(session, device_id=device_id, entry=entry, client_id=write.entry)
            return ""
        with session_scope() as session:
            row = store.entry_by_ref(session, device_id=device_id, ref=write.entry)
            if row is None:
                # A delete sent twice finds nothing the second time: that is done, not refused.
                gone = write.kind == "delete" and not store.client_id_in_use(
                    session, client_id=write.entry
                )
                return "" if gone else NOT_HERE
            if write.kind == "delete":
                session.delete(row)
                return ""
            changes = parse_changes(write.data, write.shown, zone)
            store.update_row(session, row=row, changes=changes)
        return ""
