"""Deployment settings read from the environment (pure Python: no Reflex import).

Every knob a deployer may turn lives here, so the README's configuration table and
the code cannot drift apart: `SETTINGS_DOC` is what the README table is checked against.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from twitch_app.local_days import ascii_digits

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = PROJECT_ROOT / "data"

# Emergency numbers are short digit strings (112, 999, 911, 000, 111 ...). Anything
# else would make a broken `tel:` link on the one screen that must never be broken.
_EMERGENCY_NUMBER = re.compile(r"^[0-9]{2,6}$")

SETTINGS_DOC = {
    "PORT": "Port for the whole app (pages, websocket, /ping). Default 3000.",
    "HOST": "Address the server binds to. Default 127.0.0.1; 0.0.0.0 to reach it from a phone.",
    "DATABASE_URL": "SQLAlchemy URL. Default sqlite in data/twitch.db; postgresql+psycopg://...",
    "REDIS_URL": "Optional. redis://host:6379/0 shares state between several backend workers.",
    "ALLOWED_ORIGINS": "Comma-separated origins that may open the websocket. Default: the app's.",
    "PUBLIC_URL": "The address people use, e.g. https://twitch.example.org. Default localhost.",
    "API_URL": "Backend address baked into a separately hosted front end. Default PUBLIC_URL.",
    "EMERGENCY_NUMBER": "Emergency number shown in the app as a tel: link. Default 112.",
}


class SettingsError(ValueError):
    """A setting has a value the app cannot run with."""


@dataclass(frozen=True)
class Settings:
    port: int
    host: str
    database_url: str
    redis_url: str | None
    allowed_origins: tuple[str, ...]
    public_url: str
    api_url: str
    emergency_number: str
    new_devices_per_minute: int = 20
    trusted_proxy_hops: int = 0

    @property
    def emergency_tel(self) -> str:
        return f"tel:{self.emergency_number}"


def _port(raw: str) -> int:
    if not ascii_digits(raw) or not 1 <= int(raw) <= 65535:
        raise SettingsError(f"PORT must be a number from 1 to 65535, not {raw!r}")
    return int(raw)


def _origins(raw: str | None, public_url: str) -> tuple[str, ...]:
    if not raw:
        # Both spellings of this machine, so http://127.0.0.1:PORT works like localhost.
        loopback_twin = public_url.replace("//localhost:", "//127.0.0.1:")
        return tuple(dict.fromkeys((public_url, loopback_twin)))
    origins = tuple(origin.strip().rstrip("/") for origin in raw.split(",") if origin.strip())
    if "*" in origins:
        # A wildcard lets any web page drive a visitor's session over the websocket.
        raise SettingsError("ALLOWED_ORIGINS must list origins; '*' is not accepted")
    for origin in origins:
        if not re.match(r"^https?://[^/\s]+$", origin):
            raise SettingsError(f"ALLOWED_ORIGINS has {origin!r}: write scheme://host[:port]")
    return origins


def _count(env: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = env.get(name, "").strip() or str(default)
    if not ascii_digits(raw) or not low <= int(raw) <= high:
        raise SettingsError(f"{name} must be a number from {low} to {high}, not {raw!r}")
    return int(raw)


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    """Read and check every setting; raise SettingsError naming the first bad one."""
    env = os.environ if environ is None else environ
    port = _port(env.get("PORT", "3000").strip())
    host = env.get("HOST", "127.0.0.1").strip() or "127.0.0.1"
    public_url = env.get("PUBLIC_URL", f"http://localhost:{port}").strip().rstrip("/")
    emergency_number = env.get("EMERGENCY_NUMBER", "112").strip()
    if not _EMERGENCY_NUMBER.match(emergency_number):
        raise SettingsError(
            f"EMERGENCY_NUMBER must be 2 to 6 digits (e.g. 112, 999, 911), not {emergency_number!r}"
        )
    database_url = env.get("DATABASE_URL", "").strip() or (
        f"sqlite:///{DEFAULT_DATA_DIR / 'twitch.db'}"
    )
    return Settings(
        port=port,
        host=host,
        database_url=database_url,
        redis_url=env.get("REDIS_URL", "").strip() or None,
        allowed_origins=_origins(env.get("ALLOWED_ORIGINS"), public_url),
        public_url=public_url,
        api_url=env.get("API_URL", "").strip().rstrip("/") or public_url,
        emergency_number=emergency_number,
        new_devices_per_minute=_count(env, "NEW_DEVICES_PER_MINUTE", 20, 1, 1_000_000),
        trusted_proxy_hops=_count(env, "TRUSTED_PROXY_HOPS", 0, 0, 5),
    )
