"""Make the app's SQLite database refuse writes, as a stuck backup or a full disk would.

Another connection holds SQLite's write lock past the app's busy timeout, so every write a
handler tries fails inside it. PostgreSQL has no such lock: the tests that use this are marked
`sqlite_only`, and `make test-scale` leaves them out.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REFUSED_WITHIN_MS = 20_000  # the app's busy timeout (5 s), and a loaded machine


@contextmanager
def writes_refused(database: Path | str) -> Iterator[None]:
    lock = sqlite3.connect(database, timeout=1, isolation_level=None)
    try:
        lock.execute("BEGIN EXCLUSIVE")  # every other writer waits, then gives up
        yield
    finally:
        lock.execute("ROLLBACK")
        lock.close()
