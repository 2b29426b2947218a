"""Device identity: a random secret on the device, only its hash on the server."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from sqlmodel import Session, select

from twitch_app.db.models import Device, utc_now
from twitch_app.local_days import as_utc

# last_seen_at is for retention, which needs days, not seconds: the device is looked up on
# every event, and a write (an fsync on SQLite) on each would slow every tap.
LAST_SEEN_RESOLUTION = timedelta(hours=1)
SECRET_BYTES = 32  # 256 bits from the OS's CSPRNG
_SECRET_CHARS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def new_secret() -> str:
    return secrets.token_urlsafe(SECRET_BYTES)


def owner_key(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def looks_like_secret(value: object) -> bool:
    """Shape check before any hashing or lookup: a string this module could have made."""
    return isinstance(value, str) and 40 <= len(value) <= 64 and set(value) <= _SECRET_CHARS


def find_device(session: Session, *, secret: str) -> Device | None:
    if not looks_like_secret(secret):
        return None
    key = owner_key(secret)
    device = session.exec(select(Device).where(Device.owner_key == key)).first()
    # The lookup is by an indexed hash; compare_digest keeps the final check constant-time.
    if device is None or not hmac.compare_digest(device.owner_key, key):
        return None
    now, seen = utc_now(), as_utc(device.last_seen_at)  # SQLite hands it back naive
    if now - seen >= LAST_SEEN_RESOLUTION:
        device.last_seen_at = now
        session.add(device)
    return device


def register_device(session: Session) -> tuple[Device, str]:
    """A new device and its secret; the secret is returned once and never stored."""
    secret = new_secret()
    device = Device(owner_key=owner_key(secret))
    session.add(device)
    session.flush()
    return device, secret


@dataclass(frozen=True)
class ResolvedDevice:
    device_id: int
    secret: str  # the caller's secret, or a new one when `is_new`
    is_new: bool
    was_deleted: bool  # the caller held a well-formed secret that names no device any more


def resolve_device(
    session: Session, *, secret: str, before_new: Callable[[], None] | None = None
) -> ResolvedDevice:
    """The device a secret names, looked up by its hash; a new device when it names none.

    Called on every event: nothing about a device is cached between events, so a secret whose
    device was deleted can never reach the id that device had, nor whatever holds it now.
    """
    device = find_device(session, secret=secret)
    if device is not None:
        return ResolvedDevice(_row_id(device), secret, is_new=False, was_deleted=False)
    if before_new is not None:
        before_new()  # a rate limit may refuse a new device here, before anything is written
    # An unknown or malformed secret is never adopted: the server picks a new one.
    device, new_secret = register_device(session)
    was_deleted = looks_like_secret(secret)
    return ResolvedDevice(_row_id(device), new_secret, is_new=True, was_deleted=was_deleted)


def _row_id(device: Device) -> int:
    """A stored device's id (None only before the row is flushed, which never reaches here)."""
    if device.id is None:
        raise ValueError("the device row has no id: flush it first")
    return device.id
