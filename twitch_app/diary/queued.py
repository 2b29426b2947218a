"""A diary write the device kept while offline and sends later (pure Python, no Reflex).

The browser keeps each create, edit or delete in its queue with an id it made (a UUID) and
sends it once the connection is back; after a reload it may send it again. The server takes
the id as the key that makes a resend harmless, so every field is checked here first: the
client is untrusted, and a queued write is the same data a form would send, only later.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import TypeGuard

from twitch_app.diary.entries import ENTRY_FIELDS, EntryError

KINDS = ("create", "update", "delete")
# crypto.randomUUID() makes version 4 UUIDs in lower case: nothing else is taken as an id.
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
_ROW_ID = re.compile(r"^[0-9]{1,12}$")
MAX_VALUE_LENGTH = 2_000  # notes are 500 at most; anything longer is not from our form


@dataclass(frozen=True)
class QueuedWrite:
    op_id: str  # the queue's id for this write: what the server's answer names
    kind: str  # create, update or delete
    entry: str  # the entry: its client id (UUID), or the row id of one made online before
    data: dict[str, object] = field(default_factory=dict)  # the form's fields (create, update)
    shown: dict[str, str] = field(default_factory=dict)  # the form's text when an edit began


def is_client_id(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and bool(_UUID.match(value))


def _fields(op: dict[str, object], key: str) -> dict[str, object]:
    raw = op.get(key) or {}
    if not isinstance(raw, dict):
        raise EntryError(key, "must be a form")
    values: dict[str, object] = {}
    for name in ENTRY_FIELDS:
        if name not in raw:
            continue
        value = raw[name]
        if value is not None and not isinstance(value, str | int | float | bool):
            raise EntryError(name, "must be text or a number")
        if isinstance(value, str) and len(value) > MAX_VALUE_LENGTH:
            raise EntryError(name, "is too long")
        values[name] = value
    return values


def parse_write(op: object) -> QueuedWrite:
    """Check one queued write; raise EntryError naming what is wrong."""
    if not isinstance(op, dict):
        raise EntryError("write", "must be an object")
    op_id, kind, entry = op.get("op"), op.get("kind"), op.get("entry")
    if not is_client_id(op_id):
        raise EntryError("op", "must be an id made by this app")
    if not isinstance(kind, str) or kind not in KINDS:
        raise EntryError("kind", "must be create, update or delete")
    if kind == "create" and not is_client_id(entry):
        raise EntryError("entry", "a new entry needs an id made by this app")
    if not (is_client_id(entry) or (isinstance(entry, str) and _ROW_ID.match(entry))):
        raise EntryError("entry", "must name an entry")
    if kind == "delete":
        return QueuedWrite(op_id, kind, entry)
    raw_shown = _fields(op, "shown")
    shown = {name: value for name, value in raw_shown.items() if isinstance(value, str)}
    if len(shown) != len(raw_shown):
        raise EntryError("shown", "must be the form's text")
    return QueuedWrite(op_id, kind, entry, _fields(op, "data"), shown)


def settle_script(op_id: object, refusal: str = "", *, gone: bool = False) -> str:
    """The browser's queue hears what became of a write it kept: stored (no refusal), or
    refused with the reason shown to the person; `gone` when the entry it names is not in
    this diary at all (a delete then has nothing left to keep). Empty when the id is not one
    of the app's. The values are JSON literals (a checked UUID, a message of ours), never markup."""
    if not is_client_id(op_id):
        return ""
    args = [json.dumps(op_id), json.dumps(refusal), *(["true"] if gone else [])]
    return f"window.__twitchOutbox?.settle({', '.join(args)})"
