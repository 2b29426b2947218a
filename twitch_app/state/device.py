"""The device's identity, for every feature state that keeps data.

The browser keeps a random secret in localStorage; the server stores only its hash and
resolves the device from it against the database on every call. Nothing about the device is
cached between events: a tab that cached an id would keep writing to it after the device was
deleted in another tab, and the id could by then belong to someone else. A handler never takes
a device or owner id from the client.
"""

from __future__ import annotations

import logging

import reflex as rx
from reflex.state import BaseState
from sqlalchemy.exc import SQLAlchemyError as StorageError

from twitch_app.db.devices import find_device, resolve_device
from twitch_app.db.engine import session_scope
from twitch_app.limits import EVENTS, NEW_DEVICES, Budget
from twitch_app.local_days import ascii_digits
from twitch_app.redis_limits import limiter
from twitch_app.settings import load_settings

# Shared by every worker when the app has Redis (twitch_app/redis_limits.py). If that store
# does not answer, these let the event through uncounted: they only keep one client from
# slowing everyone, and a person's save must not fail because the counters blinked.
_events = limiter("events", EVENTS, fail_open=True)
_new_devices = limiter(
    "new-devices",
    Budget(limit=load_settings().new_devices_per_minute, window_s=NEW_DEVICES.window_s),
    fail_open=True,
)

DEVICE_STORAGE_KEY = "twitch-relief-device"
NOT_SAVED = (
    "Not saved: the server could not store this just now. What you entered is still here: "
    "please try again in a moment."
)
_log = logging.getLogger("twitch_app.storage")
DELETED_ELSEWHERE = (
    "This device's saved data was deleted, maybe in another tab or window. "
    "Anything you save now starts a new, empty diary."
)


class DeviceState(rx.State):
    # Client-written: checked against the database on every use, never trusted as is.
    device_secret: str = rx.LocalStorage(name=DEVICE_STORAGE_KEY)
    # Said once when the key this tab held no longer names a device.
    device_notice: str = ""

    # The websocket connection whose hydrate delivered device_secret (or that was given a new
    # one). A browser sends its storage inside every connect, so an event from any other
    # connection comes from a client that never showed the secret: a reconnect with an old
    # session token alone must not inherit the key the state still holds.
    _secret_connection: str = ""

    def __setattr__(self, name: str, value: object) -> None:
        super().__setattr__(name, value)
        if name == "device_secret":
            # Reflex assigns the secret at the start of every hydrate (reset, then the value
            # the browser sent), and a browser hydrates inside every connect: so each
            # assignment records the connection it belongs to. The handlers' own assignment
            # (a new device) records theirs. Reflex forbids overriding its hydrate methods;
            # tests/browser/test_device_identity.py fails if this stops being called.
            owner = self._device_state()
            object.__setattr__(owner, "_secret_connection", owner._connection_id())

    def _device_state(self) -> DeviceState:
        """The DeviceState instance that owns the secret (self, or an ancestor of a substate)."""
        state: BaseState | None = self
        while state is not None and type(state) is not DeviceState:
            state = state.parent_state
        if not isinstance(state, DeviceState):
            raise TypeError(f"{type(self).__name__} is not a DeviceState")
        return state

    def _connection_id(self) -> str:
        try:
            return self.router.session.session_id or ""
        except AttributeError:  # while Reflex builds the state, before it has a router
            return ""

    def _shown_secret(self) -> str:
        """The secret, if this connection's hydrate delivered it (see _secret_connection)."""
        owner = self._device_state()
        shown_here = owner._secret_connection == self._connection_id() != ""
        return self.device_secret if shown_here and isinstance(self.device_secret, str) else ""

    def _existing_device(self) -> int | None:
        """This caller's device id if it has one; a mere visit never creates a device."""
        with session_scope() as session:
            device = find_device(session, secret=self._shown_secret())
            return None if device is None else device.id

    def _require_device(self) -> int:
        """This caller's device id, looked up from the secret's hash on every call.

        A first visit gets a new device. A secret that no longer names one (deleted in another
        tab) also gets a new, empty device, and the tab says so.
        """
        secret = self._shown_secret()
        _events.hit(f"connection:{self._connection_id()}", what="events")
        with session_scope() as session:
            device = resolve_device(session, secret=secret, before_new=self._count_new_device)
        if device.is_new:
            if device.was_deleted:
                self.device_notice = DELETED_ELSEWHERE
            self.device_secret = device.secret
        _events.hit(f"device:{device.device_id}", what="events")
        return device.device_id

    def _client_address(self) -> str:
        try:
            return self.router.session.client_ip or ""
        except AttributeError:
            return ""

    def _count_new_device(self) -> None:
        _new_devices.hit(f"address:{self._client_address()}", what="new devices")

    def _forget_device(self) -> None:
        """After "delete everything": the next write starts a fresh device without a notice."""
        self.device_secret = ""

    @rx.event
    def dismiss_device_notice(self):
        self.device_notice = ""


def log_storage_error(what: str, error: StorageError) -> None:
    """One line, never the statement or its parameters (they hold what the person wrote)."""
    _log.error("%s failed: %s", what, type(getattr(error, "orig", error)).__name__)


def parse_row_id(value: object) -> int | None:
    """A row id as the page sends it (text or a number); anything else is refused as None.

    Ownership is checked separately, against the caller's device, before any row is used.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not ascii_digits(value) or len(value) > 12:
        return None
    return int(value)
