"""Device identity: a random secret on the device, only its hash on the server."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlmodel import Session, select

from twitch_app.db.models import Device, utc_now

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
    device.last_seen_at = utc_now()
    session.add(device)
    return device


def register_device(session: Session) -> tuple[Device, str]:
    """A new device and its secret; the secret is returned once and never stored."""
    secret = new_secret()
    device = Device(owner_key=owner_key(secret))
    session.add(device)
    session.flush()
    return device, secret
