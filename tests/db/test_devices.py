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
