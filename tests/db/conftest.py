import pytest
from sqlmodel import SQLModel

from twitch_app.db import models  # noqa: F401  (registers the tables)
from twitch_app.db.engine import get_engine, session_scope


@pytest.fixture
def db_url(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'test.db'}"
    SQLModel.metadata.create_all(get_engine(url))
    return url


@pytest.fixture
def session(db_url):
    with session_scope(db_url) as session:
        yield session
