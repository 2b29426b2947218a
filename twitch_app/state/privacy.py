"""Export, delete and move this device's data: one tap away, and always working.

A storage failure never passes for success: the handler says "Not done" with what to do (the
button that failed is the retry, or "Try again" for a code), and no older "Done" stays up.
"""

from __future__ import annotations

import reflex as rx

from twitch_app.db import device_data as store
from twitch_app.db.engine import session_scope
from twitch_app.diary.export import as_csv, as_json
from twitch_app.limits import TRANSFER_TRIES, TooMany
from twitch_app.local_days import is_zone_name
from twitch_app.redis_limits import limiter
from twitch_app.state.device import DeviceState, StorageError, log_storage_error, parse_row_id
from twitch_app.state.diary import TIMEZONE_SCRIPT
from twitch_app.transfer_words import grouped_code, move_line, refused_try
from twitch_app.words import plural

NOT_EXPORTED = "Not done: the server could not read your data just now. Please try again."
NOT_DELETED = (
    "Not deleted: the server could not do it just now, so nothing was removed. "
    "Please try again in a moment."
)
NO_CODE = "Not done: the server could not store a code just now. Please try again in a moment."
NOT_MOVED = (
    "Not done: the server could not move anything just now, so nothing was moved and "
    "the code still works. Please try again in a moment."
)
NOT_UNDONE = (
    "Not done: the server could not undo the move just now, so nothing changed. "
    "Please try again in a moment."
)


# Failed tries, per device and per client address, whatever the tab (a reload used to reset a
# tab's count) and whatever the worker (redis_limits.py). A code that works costs nothing. If
# the shared counters do not answer, tries are refused: an uncounted try is what a guesser
# wants, and a person moving their diary can wait a minute.
_transfer_tries = limiter("transfer-tries", TRANSFER_TRIES, fail_open=False)


class PrivacyState(DeviceState):
    confirming_delete: bool = False
    deleted_message: str = ""
    # "Not done" messages (role=alert) of the export-and-delete and the transfer sections.
    data_error: str = ""
    transfer_error: str = ""
    # A code whose move failed on a storage error: "Try again" redeems it once more.
    can_retry_move: bool = False
    transfer_code: str = ""
    transfer_message: str = ""
    # Asked before a code's records join records this phone already has.
    move_question: str = ""
    # Moves that brought records here and can be undone: {"id", "text"}.
    moves: list[dict[str, str]] = []
    _pending_code: str = ""
    _retry_code: str = ""
    # The zone the browser named (checked), for the moves' times; UTC until it has.
    _timezone: str = "UTC"

    @rx.event
    def load(self):
        """On opening /privacy: the moves are listed once the browser has said its time zone."""
        return rx.call_script(TIMEZONE_SCRIPT, callback=PrivacyState.set_timezone)

    @rx.event
    def set_timezone(self, name: str):
        if is_zone_name(name):
            self._timezone = name
        self._refresh_moves()

    def _refresh_moves(self) -> None:
        device_id = self._existing_device()
        if device_id is None:
            return
        try:
            with session_scope() as session:
                self.moves = [
                    {
                        "id": str(move.id),
                        "text": move_line(move.moved_count, move.moved_at, self._timezone),
                    }
                    for move in store.list_moves(session, device_id=device_id)
                ]
        except StorageError as error:  # the list stays as it was; the next visit reads it
            log_storage_error("moves list", error)

    def _tables(self) -> dict[str, list[dict]] | None:
        self.data_error = ""
        try:
            with session_scope() as session:
                return store.export_rows(session, device_id=self._require_device())
        except StorageError as error:
            log_storage_error("export", error)
            self.data_error = NOT_EXPORTED
            return None

    @rx.event
    def export_json(self):
        if (tables := self._tables()) is None:
            return None
        return rx.download(data=as_json(tables), filename="twitch-relief-data.json")

    @rx.event
    def export_csv(self):
        # The diary's times are written in the person's own time zone: the browser names it.
        return rx.call_script(TIMEZONE_SCRIPT, callback=PrivacyState.export_csv_in)

    @rx.event
    def export_csv_in(self, zone: str):
        named = zone if is_zone_name(zone) else "UTC"
        if (tables := self._tables()) is None:
            return None
        return rx.download(data=as_csv(tables, named), filename="twitch-relief-diary.csv")

    @rx.event
    def ask_delete(self):
        self.confirming_delete, self.deleted_message, self.data_error = True, "", ""

    @rx.event
    def cancel_delete(self):
        self.confirming_delete = False

    @rx.event
    def confirm_delete(self):
        if not self.confirming_delete:
            return
        self.deleted_message = self.data_error = ""
        try:
            with session_scope() as session:
                removed = store.delete_everything(session, device_id=self._require_device())
        except StorageError as error:
            # The question stays open: "Yes, delete everything" tries again.
            log_storage_error("delete everything", error)
            self.data_error = NOT_DELETED
            return
        # Forget the key on the device too: the next write starts a fresh, empty device. Other
        # open tabs still hold the old key; it names no device now, so they do the same.
        self._forget_device()
        self.confirming_delete = False
        self.transfer_code = ""
        self.deleted_message = (
            f"Deleted: {plural(removed - 1, 'saved item')} and this device's key. "
            "Nothing of yours is left on the server."
        )

    @rx.event
    def make_transfer_code(self):
        self._clear_transfer_messages()
        self.transfer_code = ""
        try:
            with session_scope() as session:
                code = store.create_transfer_code(session, device_id=self._require_device())
        except StorageError as error:
            log_storage_error("transfer code", error)
            self.transfer_error = NO_CODE
            return
        self.transfer_code = grouped_code(code)

    def _clear_transfer_messages(self) -> None:
        self.transfer_message = self.transfer_error = ""
        self.can_retry_move, self._retry_code = False, ""

    def _move_failed(self, code: str, error: StorageError) -> None:
        log_storage_error("transfer move", error)
        self.transfer_message = ""
        self.transfer_error = NOT_MOVED
        self.can_retry_move, self._retry_code = bool(code), code

    @rx.event
    def redeem(self, form: dict):
        self._clear_transfer_messages()
        self._redeem(form.get("code") if isinstance(form, dict) else None)

    @rx.event
    def retry_move(self):
        code = self._retry_code
        self._clear_transfer_messages()
        if code:
            self._redeem(code)

    def _redeem(self, typed: object) -> None:
        try:
            device_id = self._require_device()
        except StorageError as error:
            return self._move_failed(store.normalise_code(typed) or "", error)
        tries = (f"device:{device_id}", f"address:{self._client_address()}")
        try:
            _transfer_tries.check(*tries, what="transfer tries")
        except TooMany as refused:
            self.transfer_message = refused_try(refused)
            return
        code = store.normalise_code(typed)
        if code is None:
            self.transfer_message = "A code has 12 letters and numbers."
            return
        try:
            with session_scope() as session:
                incoming = store.incoming_count(session, device_id=device_id, code=code)
                own = store.count_moved_rows(session, device_id=device_id)
        except StorageError as error:
            return self._move_failed(code, error)
        if incoming is None:
            try:  # another tab or worker may have taken the last try since the check
                _transfer_tries.hit(*tries, what="transfer tries")
            except TooMany as refused:
                self.transfer_message = refused_try(refused)
                return
            self.transfer_message = "That code is not valid: it may have expired or been used."
            return
        if own == 0:
            self._move_here(code)
            return
        # This phone has records of its own: the person says yes first (someone may have been
        # talked into entering another person's code).
        self._pending_code = code
        self.move_question = (
            f"This phone already has {plural(own, 'saved item')}. The code adds "
            f"{plural(incoming, 'item')} from the other phone beside them. You can undo it here "
            "afterwards. Move them here?"
        )

    @rx.event
    def confirm_move(self):
        code, self._pending_code, self.move_question = self._pending_code, "", ""
        self._clear_transfer_messages()
        if code:
            self._move_here(code)

    @rx.event
    def cancel_move(self):
        self._pending_code, self.move_question = "", ""
        self._clear_transfer_messages()
        self.transfer_message = "Nothing was moved."

    def _move_here(self, code: str) -> None:
        try:
            with session_scope() as session:
                moved = store.redeem_transfer_code(
                    session, device_id=self._require_device(), code=code
                )
        except StorageError as error:
            return self._move_failed(code, error)
        if moved is None:  # expired or used while the question was on screen
            self.transfer_message = "That code is not valid: it may have expired or been used."
            return
        self.transfer_message = f"Done: {plural(moved, 'item')} moved to this device."
        self._refresh_moves()

    @rx.event
    def undo_move(self, move_id: str):
        wanted = parse_row_id(move_id)
        if wanted is None:
            return
        self._clear_transfer_messages()
        try:
            with session_scope() as session:
                undone = store.undo_move(session, device_id=self._require_device(), move_id=wanted)
        except StorageError as error:
            # The move stays listed with its Undo button: tapping it again is the retry.
            log_storage_error("undo move", error)
            self.transfer_error = NOT_UNDONE
            return
        if undone is None:
            return
        where = "back to the other phone" if undone.returned else "removed from this phone"
        self.transfer_message = f"Undone: {plural(undone.count, 'item')} {where}."
        self._refresh_moves()
