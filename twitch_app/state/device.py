"""The device's identity, for every feature state that keeps data.

The browser keeps a random secret in localStorage; the server stores only its hash and
derives the device from it on every call. A handler never takes a device or owner id
from the client.
"""

from __future__ import annotations

import reflex as rx

from twitch_app.db.devices import find_device, owner_key, register_device
from twitch_app.db.engine import session_scope

DEVICE_STORAGE_KEY = "twitch-relief-device"


class DeviceState(rx.State):
    # Client-written: checked against the database on every use, never trusted as is.
    device_secret: str = rx.LocalStorage(name=DEVICE_STORAGE_KEY)

    _device_id: int | None = None
    _device_key: str = ""

    def _require_device(self) -> int:
        """This caller's device id; a first visit (or an unknown secret) gets a new device."""
        secret = self.device_secret if isinstance(self.device_secret, str) else ""
        if self._device_id is not None and self._device_key == owner_key(secret):
            return self._device_id
        with session_scope() as session:
            device = find_device(session, secret=secret)
            if device is None:
                # An unknown or malformed secret is never adopted: the server picks a new one.
                device, secret = register_device(session)
                self.device_secret = secret
            self._device_id = device.id
        self._device_key = owner_key(secret)
        return self._device_id


def parse_row_id(value: object) -> int | None:
    """A row id as the page sends it (text or a number); anything else is refused as None.

    Ownership is checked separately, against the caller's device, before any row is used.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    # isascii(): str.isdigit() also accepts "²", which int() then refuses.
    if not isinstance(value, str) or not (value.isascii() and value.isdigit()) or len(value) > 12:
        return None
    return int(value)
