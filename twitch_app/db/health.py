"""Can the database take a write right now? Reflex's /_health only runs a read.

A reviewer found /_health answering `db: true` while every save failed with a disk I/O error:
a read works from the page cache long after the disk refuses writes. The probe commits a real
write without touching any table: on SQLite it bumps the file header's user_version (which
nothing else uses: Alembic keeps its own table), on PostgreSQL it takes a transaction id, whose
commit record goes to the write-ahead log.
"""

from __future__ import annotations

import logging

import sqlalchemy

from twitch_app.db.engine import get_engine

log = logging.getLogger(__name__)


def database_can_write(url: str | None = None) -> bool:
    try:
        with get_engine(url).begin() as connection:
            if connection.dialect.name == "sqlite":
                version = connection.exec_driver_sql("PRAGMA user_version").scalar() or 0
                connection.exec_driver_sql(f"PRAGMA user_version = {(int(version) + 1) % 1000}")
            else:
                connection.exec_driver_sql("SELECT txid_current()")
        return True
    except sqlalchemy.exc.SQLAlchemyError as error:
        log.error("health: the database refused a write: %s", str(error).splitlines()[0][:200])
        return False
