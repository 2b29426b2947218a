"""One SQLAlchemy engine per database URL, with SQLite made durable.

Reflex sets no SQLite pragmas. WAL lets readers and the writer work at once, and
synchronous=FULL makes a commit wait for the disk, so an entry the app acknowledged
survives a crash or a killed server.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

import sqlalchemy
from sqlalchemy import event
from sqlmodel import Session

from twitch_app.settings import load_settings


def _make_sqlite_durable(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


@cache
def get_engine(url: str | None = None) -> sqlalchemy.Engine:
    url = url or load_settings().database_url
    if url.startswith("sqlite"):
        engine = sqlalchemy.create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _make_sqlite_durable)
        return engine
    return sqlalchemy.create_engine(url, pool_pre_ping=True)


@contextmanager
def session_scope(url: str | None = None) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error."""
    with Session(get_engine(url)) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
