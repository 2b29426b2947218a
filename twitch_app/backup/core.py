"""Backups as plain JSON: the whole database, or one device's data (see backup/cli.py).

JSON rather than pg_dump, so one command works on SQLite and PostgreSQL alike and a dump
can move a deployment from one to the other. A dump records the schema revision; restore
refuses a dump from another revision (migrate first). A whole-database restore goes into an
empty, migrated database and keeps every id; a device restore replaces that device's data
(matched by the hash of its secret) and leaves everyone else's alone.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy
from sqlalchemy import DateTime, Table, delete, func, insert, select, text
from sqlmodel import Session, SQLModel

from twitch_app.db import models  # noqa: F401  (registers the tables)

FORMAT = "twitch-relief-backup"
FORMAT_VERSION = 1


class BackupError(ValueError):
    """A dump that cannot be restored here; the message says why."""


def _tables() -> list[Table]:
    # Parents before children, so a restore never inserts a row whose device is not there yet.
    return list(SQLModel.metadata.sorted_tables)


def _device_tables() -> list[Table]:
    return [table for table in _tables() if "device_id" in table.c]


def schema_revision(session: Session) -> str:
    try:
        return session.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    except sqlalchemy.exc.SQLAlchemyError as error:
        raise BackupError(
            "the database has no migration revision: run `reflex db migrate`"
        ) from error


def _row_to_json(row: sqlalchemy.RowMapping) -> dict[str, Any]:
    return {
        key: value.isoformat() if isinstance(value, datetime) else value
        for key, value in row.items()
    }


def _holds_datetimes(column: sqlalchemy.Column) -> bool:
    # sqlmodel wraps DateTime in a TypeDecorator (UTCDateTime): look at what it stores.
    column_type = getattr(column.type, "impl", column.type)
    return isinstance(column_type, DateTime)


def _row_from_json(table: Table, row: object) -> dict[str, Any]:
    if not isinstance(row, dict):
        raise BackupError(f"a row of {table.name} is not an object")
    unknown = set(row) - set(table.c.keys())
    if unknown:
        raise BackupError(f"{table.name} has no column {sorted(unknown)[0]!r}")
    return {
        key: datetime.fromisoformat(value)
        if value is not None and _holds_datetimes(table.c[key])
        else value
        for key, value in row.items()
    }


def _rows(session: Session, statement) -> list[dict[str, Any]]:
    return [_row_to_json(row) for row in session.execute(statement).mappings()]


def dump_database(session: Session) -> dict[str, Any]:
    tables = {t.name: _rows(session, select(t).order_by(*t.primary_key.columns)) for t in _tables()}
    return {"format": FORMAT, "version": FORMAT_VERSION, "schema": schema_revision(session),
            "scope": "database", "tables": tables}  # fmt: skip


def dump_device(session: Session, *, device_id: int) -> dict[str, Any]:
    device_table = SQLModel.metadata.tables["device"]
    device = _rows(session, select(device_table).where(device_table.c.id == device_id))
    if not device:
        raise BackupError(f"there is no device {device_id}")
    tables = {"device": device}
    for table in _device_tables():
        statement = select(table).where(table.c.device_id == device_id).order_by(table.c.id)
        tables[table.name] = _rows(session, statement)
    return {"format": FORMAT, "version": FORMAT_VERSION, "schema": schema_revision(session),
            "scope": "device", "tables": tables}  # fmt: skip


def _check_dump(session: Session, dump: object, scope: str) -> dict[str, list[dict[str, Any]]]:
    if not isinstance(dump, dict) or dump.get("format") != FORMAT:
        raise BackupError("this is not a Twitch Relief backup")
    if dump.get("version") != FORMAT_VERSION:
        raise BackupError(f"backup format {dump.get('version')!r} is not {FORMAT_VERSION}")
    if dump.get("scope") != scope:
        raise BackupError(f"this backup holds a {dump.get('scope')}, not a {scope}")
    here = schema_revision(session)
    if dump.get("schema") != here:
        raise BackupError(
            f"the backup is from schema {dump.get('schema')!r}, this database is at {here!r}: "
            "restore into a database migrated to the backup's revision"
        )
    tables = dump.get("tables")
    known = {table.name for table in _tables()}
    if not isinstance(tables, dict) or not set(tables) <= known:
        raise BackupError(f"unknown tables: {sorted(set(tables or {}) - known)}")
    return tables


def _reset_id_sequences(session: Session) -> None:
    """PostgreSQL hands out ids from sequences: move each past the restored ids."""
    if session.get_bind().dialect.name != "postgresql":
        return  # SQLite takes max(id) + 1 by itself
    for table in _tables():
        statement = text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
        )
        session.execute(statement)


def restore_database(session: Session, dump: object) -> int:
    """Load a whole-database dump into an empty database; return the number of rows."""
    tables = _check_dump(session, dump, "database")
    for table in _tables():
        if session.execute(select(func.count()).select_from(table)).scalar_one():
            raise BackupError(f"table {table.name} is not empty: restore into a new database")
    count = 0
    for table in _tables():
        rows = [_row_from_json(table, row) for row in tables.get(table.name, [])]
        if rows:
            session.execute(insert(table), rows)
            count += len(rows)
    _reset_id_sequences(session)
    return count


def restore_device(session: Session, dump: object) -> int:
    """Replace one device's data with the dump's; return the device's id here."""
    tables = _check_dump(session, dump, "device")
    device_table = SQLModel.metadata.tables["device"]
    devices = tables.get("device") or []
    if len(devices) != 1 or not isinstance(devices[0], dict):
        raise BackupError("a device backup holds exactly one device")
    device_row = devices[0]
    device_row = _row_from_json(device_table, device_row)
    existing = session.execute(
        select(device_table.c.id).where(device_table.c.owner_key == device_row["owner_key"])
    ).scalar_one_or_none()
    if existing is None:
        device_row.pop("id", None)  # ids are per database: take a fresh one
        added = session.connection().execute(insert(device_table).values(device_row))
        key = added.inserted_primary_key
        if key is None:
            raise BackupError("the database gave the restored device no id")
        existing = key[0]
    for table in reversed(_device_tables()):
        session.execute(delete(table).where(table.c.device_id == existing))
    for table in _device_tables():
        rows = [_row_from_json(table, row) for row in tables.get(table.name, [])]
        for row in rows:
            row.pop("id", None)
            row["device_id"] = existing
        if rows:
            session.execute(insert(table), rows)
    return existing
