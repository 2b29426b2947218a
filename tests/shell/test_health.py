"""/_health says the database is down when it cannot take a write, not only when it cannot read."""

import functools
import sqlite3

import pytest

from tests.shell.asgi import get
from twitch_app.db.health import database_can_write
from twitch_app.serving import write_checked_health


async def reflex_health(scope, receive, send):
    """What Reflex's own /_health answers when a read works."""
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json")]})  # fmt: skip
    await send({"type": "http.response.body", "body": b'{"status": true, "db": true}'})


def get_health(url: str):
    app = write_checked_health(reflex_health, functools.partial(database_can_write, url))
    return get(app, "/_health")


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "twitch.db"
    sqlite3.connect(path).execute("CREATE TABLE device (id INTEGER PRIMARY KEY)").connection.close()
    return path


def test_a_writable_database_is_healthy(database):
    response = get_health(f"sqlite:///{database}")
    assert (response.status_code, response.json()) == (200, {"status": True, "db": True})


def test_a_database_that_refuses_writes_is_unhealthy_though_reads_work(database):
    read_only = f"sqlite:///file:{database}?mode=ro&uri=true"
    response = get_health(read_only)
    assert (response.status_code, response.json()) == (503, {"status": False, "db": False})


def test_the_probe_changes_no_table(database):
    assert database_can_write(f"sqlite:///{database}")
    tables = sqlite3.connect(database).execute("SELECT name FROM sqlite_master").fetchall()
    assert tables == [("device",)]
