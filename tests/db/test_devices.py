"""Device identity: the server keeps a hash, never the secret, and adopts no client's choice."""

from sqlalchemy import text
from sqlmodel import select

from twitch_app.db.devices import find_device, looks_like_secret, owner_key, register_device
from twitch_app.db.engine import get_engine, session_scope
from twitch_app.db.models import Device


def test_a_new_device_gets_a_256_bit_secret_and_only_its_hash_is_stored(db_url):
    with session_scope(db_url) as session:
        device, secret = register_device(session)
        device_id = device.id
    assert looks_like_secret(secret) and len(secret) >= 43  # 32 random bytes, base64url
    with session_scope(db_url) as session:
        stored = session.exec(select(Device)).one()
        assert stored.owner_key == owner_key(secret) != secret
        assert secret not in repr(stored.model_dump())
        assert find_device(session, secret=secret).id == device_id


def test_secrets_are_never_repeated(db_url):
    with session_scope(db_url) as session:
        secrets = {register_device(session)[1] for _ in range(50)}
    assert len(secrets) == 50


def test_unknown_or_malformed_secrets_find_nothing(db_url):
    with session_scope(db_url) as session:
        register_device(session)
        for forged in ["", "x" * 43, "<script>", None, 12345, "a" * 500, owner_key("x")]:
            assert find_device(session, secret=forged) is None


def test_sqlite_is_in_wal_mode_with_full_sync(db_url):
    with get_engine(db_url).connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_a_deleted_devices_id_is_never_given_to_a_new_device(db_url):
    """SQLite reuses the highest deleted rowid unless the table has AUTOINCREMENT: a stale tab
    holding the old id would then reach a stranger's diary."""
    from twitch_app.db.device_data import delete_everything

    with session_scope(db_url) as session:
        ids = [register_device(session)[0].id for _ in range(3)]
    with session_scope(db_url) as session:
        delete_everything(session, device_id=ids[-1])
    with session_scope(db_url) as session:
        newcomer = register_device(session)[0].id
    assert newcomer not in ids and newcomer > max(ids)


def test_the_migrated_sqlite_schema_never_reuses_device_ids(tmp_path):
    """The migrations, not only create_all, give SQLite's device table AUTOINCREMENT."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    url = f"sqlite:///{tmp_path / 'migrated.db'}"
    reflex = Path(sys.executable).with_name("reflex")
    env = {**os.environ, "DATABASE_URL": url}
    subprocess.run([str(reflex), "db", "migrate"], check=True, env=env, capture_output=True)
    with get_engine(url).connect() as connection:
        schema = connection.execute(
            text("SELECT sql FROM sqlite_master WHERE name = 'device'")
        ).scalar()
        indexes = connection.execute(
            text("SELECT name FROM sqlite_master WHERE tbl_name = 'device' AND type = 'index'")
        ).scalars()
        assert "AUTOINCREMENT" in schema
        assert "ix_device_owner_key" in set(indexes)


def test_looking_a_device_up_writes_its_last_seen_time_at_most_hourly(db_url):
    from datetime import timedelta

    from twitch_app.db.models import utc_now

    with session_scope(db_url) as session:
        device, secret = register_device(session)
        device.last_seen_at = utc_now() - timedelta(minutes=5)
    with session_scope(db_url) as session:
        find_device(session, secret=secret)
        assert not session.dirty  # a recent visit: nothing to write on this event
        recent = session.exec(select(Device)).one().last_seen_at
    with session_scope(db_url) as session:
        device = session.exec(select(Device)).one()
        device.last_seen_at = recent - timedelta(hours=2)
    with session_scope(db_url) as session:
        find_device(session, secret=secret)
    with session_scope(db_url) as session:
        assert session.exec(select(Device)).one().last_seen_at > recent
